import type { Token } from "../shared/nlp.js";
import type { BlameDirection } from "./types.js";

/** Which community a word names, if any; "thing" marks tools, rules and designs. */
export type Group = "self" | "emp" | "sec" | "thing";

const SELF = new Set([
  "i",
  "me",
  "my",
  "myself",
  "mine",
  "i'm",
  "im",
  "i've",
  "ive",
  "i'd",
  "i'll",
]);
const EMPLOYEES = new Set([
  "user",
  "users",
  "employee",
  "employees",
  "staff",
  "people",
  "person",
  "human",
  "humans",
  "colleague",
  "colleagues",
  "worker",
  "workers",
  "workforce",
  "personnel",
  "end-user",
  "end-users",
  "enduser",
  "endusers",
  "everyone",
  "everybody",
  "folk",
  "folks",
  "clickers",
  "coworkers",
  "co-workers",
  "teammates",
  "nurses",
  "teachers",
  "doctors",
  "salespeople",
  "accountants",
  "admin staff",
  "newbies",
  "interns",
  "temps",
  "contractors",
  "nurse",
  "doctor",
  "teacher",
  "clerk",
  "clerks",
  "receptionist",
  "receptionists",
  "cashier",
  "cashiers",
  "driver",
  "drivers",
  "developer",
  "developers",
  "devs",
  "executives",
  "execs",
  "insider",
  "insiders",
  "caller",
  "callers",
  "volunteer",
  "volunteers",
  "lecturers",
  "researchers",
  "clinicians",
]);
const WE = new Set(["we", "us", "our", "ours", "ourselves"]);
/** "you" in these answers is the generic person or the staff being addressed ("your users"). */
const YOU = new Set(["you", "your", "yours", "yourself", "yourselves", "u", "ya"]);
/** "my team", "our colleagues": the speaker's group, not the speaker. */
const COLLECTIVE = new Set([
  "team",
  "teams",
  "colleagues",
  "department",
  "staff",
  "people",
  "coworkers",
  "co-workers",
  "teammates",
  "office",
  "unit",
  "ward",
  "branch",
]);
const POSSESSIVE = new Set(["my", "our", "their", "your", "its", "'s", "his", "her"]);
const THEY = new Set(["they", "them", "their", "theirs", "themselves"]);
const SECURITY = new Set([
  "security",
  "infosec",
  "cybersecurity",
  "helpdesk",
  "techs",
  "techies",
  "admins",
  "sysadmins",
  "sysadmin",
  "ciso",
  "geeks",
  "nerds",
  "it_dept",
]);
/** After a lower-case "it", these make it the department rather than the pronoun. */
const IT_HEADS = new Set([
  "team",
  "department",
  "dept",
  "staff",
  "guys",
  "people",
  "support",
  "lot",
  "crew",
  "folk",
  "folks",
  "helpdesk",
  "desk",
  "bods",
  "techs",
  "admin",
  "admins",
  "person",
  "security",
  "professionals",
  "pros",
  "crowd",
  "manager",
  "managers",
]);
const THINGS = new Set([
  "design",
  "designs",
  "system",
  "systems",
  "process",
  "processes",
  "tool",
  "tools",
  "software",
  "technology",
  "tech",
  "interface",
  "interfaces",
  "policy",
  "policies",
  "rule",
  "rules",
  "procedure",
  "procedures",
  "training",
  "password",
  "passwords",
  "printer",
  "laptop",
  "network",
  "vpn",
  "product",
  "products",
  "process",
  "culture",
  "setup",
  "configuration",
  "budget",
  "management",
  "leadership",
  "approach",
  "it",
  "this",
  "there",
]);

/** Markers that the speaker is on the security or management side ("our users"). */
const OWNER = new Set(["our", "my", "your"]);
const OWNED = new Set([
  "users",
  "staff",
  "employees",
  "people",
  "workforce",
  "end-users",
  "endusers",
  "personnel",
  "team",
]);

export interface Voice {
  /** True when "we" are security staff or managers and "they" are the employees. */
  readonly securitySide: boolean;
}

export function detectVoice(tokens: readonly Token[]): Voice {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    const next = tokens[k + 1];
    if (
      OWNER.has(t.norm) &&
      next &&
      OWNED.has(next.norm) &&
      !(t.norm === "my" && next.norm === "team")
    ) {
      return { securitySide: true };
    }
    if (
      t.norm === "as" &&
      next &&
      (next.norm === "a" || next.norm === "an" || next.norm === "the")
    ) {
      const role = tokens[k + 2]?.norm ?? "";
      if (
        /^(security|it|ciso|cio|sysadmin|admin|administrator|manager|owner|director|analyst|engineer)$/.test(
          role,
        )
      ) {
        return { securitySide: true };
      }
    }
  }
  return { securitySide: false };
}

export function groupAt(tokens: readonly Token[], k: number, voice: Voice): Group | null {
  const t = tokens[k];
  if (t?.kind !== "word") return null;
  const w = t.norm;
  if (t.value === "IT" || t.value === "I.T.") return "sec";
  if (w === "it") {
    const next = tokens[k + 1];
    return next && IT_HEADS.has(next.norm) ? "sec" : "thing";
  }
  if ((w === "my" || w === "our") && tokens[k + 1] && COLLECTIVE.has(tokens[k + 1]!.norm)) {
    return voice.securitySide ? "emp" : w === "our" ? "emp" : "emp";
  }
  if (SELF.has(w)) return "self";
  if (YOU.has(w)) return "emp";
  if (EMPLOYEES.has(w)) return "emp";
  if (SECURITY.has(w)) {
    // "security rules", "security training": the thing, not the team.
    const next = tokens[k + 1];
    if (w === "security" && next && THINGS.has(next.norm)) return "thing";
    return "sec";
  }
  if (WE.has(w)) return voice.securitySide ? "sec" : "emp";
  if (THEY.has(w)) return voice.securitySide ? "emp" : "sec";
  if (THINGS.has(w)) return "thing";
  return null;
}

/** "their policy", "IT's software": the owner of a thing, when one is named right before it. */
function ownerOf(tokens: readonly Token[], k: number, voice: Voice): Group | null {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = tokens[j]!;
    if (t.kind === "punct" && t.value !== "'") return null;
    if (t.kind !== "word") continue;
    if (t.value === "'s" || t.value === "\u2019s") continue;
    const g = groupAt(tokens, j, voice);
    if (g && g !== "thing")
      return POSSESSIVE.has(t.norm) || tokens[j + 1]?.value === "'s" || g === "sec" ? g : null;
    if (
      !/^(new|old|stupid|whole|own|latest|current|password|security|login|email|shared|shoddy|poor|bad|awful|terrible|rubbish|outdated|ancient|broken|buggy|clunky|useless|cheap)$/.test(
        t.norm,
      )
    )
      return null;
  }
  return null;
}

export function toDirection(g: Group): BlameDirection | null {
  if (g === "self") return "towards_self";
  if (g === "emp") return "towards_employees";
  if (g === "sec") return "towards_security";
  return null;
}

/**
 * Finds the group a blame cue at [from, to) is about: first inside the cue ("I'm the problem"),
 * then the nearest to the left in the sentence (the subject: "users are lazy"), then to the
 * right (the object: "they blame us"); `rightFirst` swaps the last two.
 */
export function resolveGroup(
  tokens: readonly Token[],
  from: number,
  to: number,
  voice: Voice,
  rightFirst: boolean,
): Group | null {
  for (let k = from; k < to; k++) {
    const g = groupAt(tokens, k, voice);
    if (g && g !== "thing") return g;
  }
  const sentence = tokens[from]!.sentence;
  const left = (): Group | null => {
    for (let k = from - 1, words = 0; k >= 0 && words < 7; k--) {
      const t = tokens[k]!;
      if (t.sentence !== sentence) break;
      if (t.kind !== "word") continue;
      words++;
      const g = groupAt(tokens, k, voice);
      if (g === "thing") return ownerOf(tokens, k, voice) ?? g;
      if (g) return g;
    }
    return null;
  };
  const right = (): Group | null => {
    for (let k = to, words = 0; k < tokens.length && words < 5; k++) {
      const t = tokens[k]!;
      if (t.sentence !== sentence) break;
      if (t.kind !== "word") continue;
      words++;
      const g = groupAt(tokens, k, voice);
      if (g) return g;
    }
    return null;
  };
  return rightFirst ? (right() ?? left()) : (left() ?? right());
}
