import { NEGATORS } from "../shared/negation.js";
import type { Token } from "../shared/nlp.js";
import type { BlameCue } from "./lexicon.js";

/**
 * Who a framing cue is about. Practitioner statements name their subject plainly ("users are
 * lazy", "human error causes breaches"), so a look at the nearest noun or pronoun on the right
 * side, with a few rules for predicates and prepositions, is enough.
 */
export const PEOPLE = new Set([
  "user",
  "users",
  "employee",
  "employees",
  "staff",
  "people",
  "person",
  "human",
  "humans",
  "workforce",
  "worker",
  "workers",
  "colleague",
  "colleagues",
  "personnel",
  "insider",
  "insiders",
  "end-user",
  "end-users",
  "enduser",
  "endusers",
  "you",
  "team",
  "teams",
  "member",
  "members",
  "receptionist",
  "clerk",
  "clerks",
  "directors",
  "managers",
  "everyone",
  "someone",
  "somebody",
  "anyone",
  "anybody",
  "they",
  "them",
  "individuals",
  "individual",
  "beings",
  "humanity",
  "employer",
  "operator",
  "operators",
  // Roles: the people a statement blames are often named by their job.
  "administrator",
  "administrators",
  "admin",
  "admins",
  "temp",
  "temps",
  "intern",
  "interns",
  "accountant",
  "accountants",
  "assistant",
  "assistants",
  "receptionists",
  "secretary",
  "secretaries",
  "starter",
  "starters",
  "contractor",
  "contractors",
  "executive",
  "executives",
  "boss",
  "bosses",
  "manager",
  "salespeople",
  "salesperson",
  "rep",
  "reps",
  "folk",
  "folks",
  "workforces",
  "staffer",
  "staffers",
  "nurse",
  "nurses",
  "clinicians",
  "doctors",
  "teachers",
  "drivers",
  "pickers",
  "engineers",
  "developers",
  "devs",
  "recruits",
  "newcomers",
  "trainees",
  "employee's",
  "whoever",
  "whomever",
]);
const NOT_NOUN_PRONOUNS = new Set(["it", "this", "these", "those", "what", "there"]);

export type Subject = "people" | "other" | "none";

/** "human error", "user negligence": a failing named after people stands for them. */
const FAILINGS = new Set([
  "error",
  "errors",
  "mistake",
  "mistakes",
  "negligence",
  "carelessness",
  "factor",
  "element",
  "behaviour",
  "behavior",
  "weakness",
  "failings",
]);
const PEOPLE_ADJ = new Set(["human", "user", "employee", "staff", "people", "insider", "worker"]);

export function subjectAt(t: Token, prev?: Token): Subject | null {
  if (t.kind !== "word") return null;
  if (FAILINGS.has(t.norm) && prev && PEOPLE_ADJ.has(prev.norm)) return "people";
  if (PEOPLE.has(t.norm) || PEOPLE.has(t.lemma)) return "people";
  if (NOT_NOUN_PRONOUNS.has(t.norm)) return "other";
  if (t.pos === "NOUN" || t.pos === "PROPN") return "other";
  return null;
}

/** Who does a framing cue at [from, to) frame? The nearest noun or pronoun on the given side. */
/** Verbs through which a subject *is* what follows; modals may stand in between. */
const COPULAS = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "'s",
  "'re",
  "remain",
  "remains",
  "become",
  "becomes",
  "pose",
  "poses",
  "represent",
  "represents",
  "constitute",
  "constitutes",
  "stay",
  "stays",
  "seem",
  "seems",
  "prove",
  "proves",
  "make",
  "makes",
  "provide",
  "provides",
  "offer",
  "offers",
  "create",
  "creates",
  "present",
  "presents",
  "open",
  "opens",
]);
const MODALS = new Set([
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "must",
  "should",
  "always",
  "still",
  "often",
  "usually",
]);

export function subjectOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  side: BlameCue["subject"],
  copula = false,
): Subject {
  if (side === "inherent") return "people";
  for (let k = from; k < to; k++) {
    if (subjectAt(tokens[k]!) === "people") return "people";
  }
  const sentence = tokens[from]!.sentence;
  const left = (): Subject => {
    // Nouns between the cue and the nearest verb belong to the predicate ("is a security
    // disaster"), and a noun right after a preposition hangs off another noun ("someone in
    // your company"): neither is the subject.
    let crossedVerb = false;
    for (let k = from - 1, words = 0; k >= 0 && words < 8; k--) {
      const t = tokens[k]!;
      if (t.sentence !== sentence || t.value === ";") break;
      if (t.kind !== "word") continue;
      words++;
      if ((t.pos === "VERB" || t.pos === "AUX") && !MODALS.has(t.norm)) {
        // "staff face a risk": people who face it are not it.
        if (copula && !crossedVerb && !COPULAS.has(t.norm) && !COPULAS.has(t.lemma)) return "other";
        crossedVerb = true;
      }
      const s = subjectAt(t, tokens[k - 1]);
      if (s === "people") return s;
      if (s === "other") {
        if (!crossedVerb && side === "left") continue;
        if (isPrepositionObject(tokens, k)) continue;
        return s;
      }
    }
    return "none";
  };
  const right = (): Subject => {
    for (let k = to, words = 0; k < tokens.length && words < 7; k++) {
      const t = tokens[k]!;
      if (t.sentence !== sentence || t.value === ";") break;
      if (t.kind !== "word") continue;
      words++;
      const s = subjectAt(t);
      if (s === "other" && isPrepositionObject(tokens, k)) continue;
      if (s) return s;
    }
    return "none";
  };
  if (side === "left") return left();
  if (side === "right") return right();
  // An adjective right before its noun: "careless employees", "careless clicks".
  const next = tokens[to];
  if (!copula && to - from === 1 && tokens[from]!.pos === "ADJ" && next && next.kind === "word") {
    const s = subjectAt(next);
    if (s) return s;
  }
  const l = left();
  return l === "none" ? right() : l;
}

/**
 * "The weakest link is not the user", "the biggest risk isn't your staff but your software":
 * a framing said of a subject and then denied of people, right after the cue.
 */
export function peopleDeniedAfter(tokens: readonly Token[], to: number): boolean {
  const words: number[] = [];
  for (let k = to; k < tokens.length && words.length < 6; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct") break;
    if (t.kind === "word") words.push(k);
  }
  const [be, not] = words;
  if (be === undefined || not === undefined) return false;
  if (!COPULAS.has(tokens[be]!.norm) || !NEGATORS.has(tokens[not]!.norm)) return false;
  return words.slice(2).some((k) => subjectAt(tokens[k]!, tokens[k - 1]) === "people");
}

function isPrepositionObject(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1, words = 0; j >= 0 && words < 3; j--) {
    const t = tokens[j]!;
    if (t.kind !== "word") continue;
    words++;
    if (t.pos === "ADP") return true;
    if (t.pos !== "DET" && t.pos !== "PRON" && t.pos !== "ADJ" && t.pos !== "NOUN") return false;
  }
  return false;
}

/**
 * Who a statement may be about beyond the subjects the rules read: jobs, family, departments
 * and shifts stand for the people in them ("the night shift are a disaster", "marketing will
 * click it"). Only used to decide whether a text names anyone at all, never to find the
 * subject of a cue.
 */
const PEOPLE_LIKE = new Set([
  "engineer",
  "exec",
  "ceo",
  "cfo",
  "cto",
  "cio",
  "vp",
  "founder",
  "student",
  "volunteer",
  "analyst",
  "guy",
  "adult",
  "participant",
  "public",
  "clicker",
  "owner",
  "nephew",
  "niece",
  "husband",
  "wife",
  "mum",
  "dad",
  "idiot",
  "fool",
  "moron",
  "developer",
  "doctor",
  "nurse",
  "teacher",
  "academic",
  "researcher",
  "scientist",
  "partner",
  "lawyer",
  "solicitor",
  "bookkeeper",
  "cashier",
  "technician",
  "sysadmin",
  "officer",
  "official",
  "leader",
  "director",
  "agent",
  "customer",
  "client",
  "visitor",
  "caller",
  "trainee",
  "graduate",
  "newbie",
  "coworker",
  "co-worker",
  "teammate",
  "crew",
  "department",
  "reception",
  "marketing",
  "finance",
  "payroll",
  "hr",
  "shift",
  "floor",
  "lot",
  "pebkac",
]);
const NAME_THEN = new Set(["from", "in", "at", "on"]);

/**
 * Does the text name people at all: as a subject the rules know, by a job, a department or a
 * family tie, or by a first name with where they work ("Steve from sales", "Sharon in HR")?
 */
export function namesPeople(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (subjectAt(t, tokens[k - 1]) === "people") return true;
    if (t.kind !== "word") return false;
    if (PEOPLE_LIKE.has(t.norm) || PEOPLE_LIKE.has(t.lemma)) return true;
    const next = tokens[k + 1];
    return (
      t.pos === "PROPN" &&
      /^\p{Lu}\p{Ll}+$/u.test(t.value) &&
      next !== undefined &&
      NAME_THEN.has(next.norm)
    );
  });
}
