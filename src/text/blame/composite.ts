import { negationBefore } from "../shared/negation.js";
import type { Token } from "../shared/nlp.js";
import type { Scope } from "../shared/scope.js";
import { subjectAt } from "./subject.js";

/**
 * The general shape behind most blaming statements, for the phrasings no cue list foresees:
 * people are the subject of the sentence and the sentence speaks ill of them ("Staff are the
 * most unpredictable element", "Employees routinely sabotage security through laziness").
 * Words of support or praise in the same sentence call it off ("Staff who report mistakes
 * should be thanked").
 */
const ILL = new Map<string, number>([
  ...[
    "unpredictable",
    "unreliable",
    "untrustworthy",
    "sabotage",
    "sabotages",
    "laziness",
    "lazy",
    "careless",
    "carelessness",
    "negligent",
    "negligence",
    "reckless",
    "ignorant",
    "ignorance",
    "gullible",
    "naive",
    "stupid",
    "stupidity",
    "incompetent",
    "clueless",
    "complacent",
    "liability",
    "weakest",
    "culprit",
    "culprits",
    "self-inflicted",
    "inflicted",
    "damned",
    "sloppy",
    "lax",
    "irresponsible",
    "thoughtless",
    "oblivious",
    "inattentive",
    "distracted",
    "foolish",
    "dumb",
    "unteachable",
    "hopeless",
    "useless",
    "resistance",
    "leaking",
    "leak",
    "leaks",
    "dangerous",
    "danger",
    "risky",
    "threat",
    "threats",
    "vulnerability",
    "weak",
    "soft",
    "problem",
    "trouble",
    "clumsy",
    "complacency",
    "blunder",
    "blunders",
    "slip-up",
    "slip-ups",
    "gullibility",
    "untrainable",
    "fooled",
    "duped",
    "tricked",
    "manipulate",
    "manipulated",
    "idiot",
    "idiots",
    "moron",
    "morons",
    "fools",
    "liars",
    "hapless",
    "sloppiness",
    "recklessness",
  ].map((w) => [w, 0.55] as const),
  ...[
    "attacker",
    "attackers",
    "hacker",
    "hackers",
    "criminals",
    "fraudsters",
    "breach",
    "breaches",
    "risk",
  ].map((w) => [w, 0.3] as const),
]);

const SUPPORT = new Set([
  "thank",
  "thanked",
  "thanks",
  "support",
  "supported",
  "supporting",
  "help",
  "helping",
  "deserve",
  "deserves",
  "respect",
  "respected",
  "empower",
  "empowered",
  "trust",
  "trusted",
  "willing",
  "care",
  "protect",
  "protecting",
  "face",
  "faces",
  "facing",
  "targeted",
  "victims",
  "victim",
  "design",
  "designed",
  "listen",
  "listening",
  "coach",
  "coaching",
  "praise",
  "reward",
  "rewarded",
  "value",
]);

export interface CompositeHit {
  readonly from: number;
  readonly to: number;
  readonly weight: number;
}

/**
 * At most one hit per sentence: the strongest ill word said of people, where people are the
 * subject of a clause ("Staff are careless", "... because employees there will believe
 * anything") or the ill word qualifies them directly ("clumsy colleagues", "your team's
 * complacency").
 */
export function compositeHits(scope: Scope, exonerated: ReadonlySet<number>): CompositeHit[] {
  const { tokens } = scope;
  const out: CompositeHit[] = [];
  let k = 0;
  while (k < tokens.length) {
    const sentence = tokens[k]!.sentence;
    let end = k;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    if (!exonerated.has(sentence)) {
      const best = strongestIll(scope, k, end);
      if (best) out.push(best);
    }
    k = end;
  }
  return out;
}

function strongestIll(scope: Scope, from: number, to: number): CompositeHit | null {
  const { tokens } = scope;
  const subjects: number[] = [];
  for (let j = from; j < to; j++) {
    if (j === from || scope.clause[j] !== scope.clause[j - 1]) {
      const s = peopleSubject(tokens, j, to, scope.clause[j]!, scope.clause);
      if (s >= 0) subjects.push(s);
    }
  }
  let best: CompositeHit | null = null;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") continue;
    if (SUPPORT.has(t.norm) || SUPPORT.has(t.lemma)) return null;
    const w = ILL.get(t.norm) ?? ILL.get(t.lemma);
    if (w === undefined || negationBefore(scope, j) !== "none") continue;
    // "The user is not the problem; the problem is the process": another clause, another subject.
    const ofSubject = subjects.some((s) => s < j && scope.segment[j] === scope.segment[s]);
    // Only a strong ill word qualifies people by standing next to them; a mild one ("risk",
    // "breach") must be said of a subject that is people.
    const qualified = w >= 0.5 ? qualifiesPeople(tokens, j) : null;
    if (!ofSubject && qualified === null) continue;
    const hit =
      qualified !== null
        ? { from: j, to: qualified + 1, weight: w }
        : { from: j, to: j + 1, weight: w };
    if (!best || w > best.weight) best = hit;
  }
  return best;
}

/**
 * The people word an ill word qualifies, or null: right before it ("clumsy colleagues",
 * "careless new starters") or as its owner ("your team's complacency", "staff's laziness").
 */
function qualifiesPeople(tokens: readonly Token[], j: number): number | null {
  for (let k = j + 1, words = 0; k < tokens.length && words < 3; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") break;
    words++;
    if (subjectAt(t, tokens[k - 1]) === "people") return k;
    if (t.pos !== "ADJ" && t.pos !== "NOUN") break;
  }
  const owner = tokens[j - 1]?.value === "'s" || tokens[j - 1]?.value === "’s" ? j - 2 : -1;
  if (owner >= 0 && tokens[owner] && subjectAt(tokens[owner]!, tokens[owner - 1]) === "people") {
    return j;
  }
  return null;
}

/** A people word before the first verb of the clause ("Your staff are ...", "Users pick ..."); -1 if none. */
function peopleSubject(
  tokens: readonly Token[],
  from: number,
  to: number,
  clause: number,
  clauses: Int32Array,
): number {
  for (let j = from, words = 0; j < to && words < 6 && clauses[j] === clause; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") continue;
    words++;
    if (subjectAt(t, tokens[j - 1]) === "people") return j;
    if ((t.pos === "VERB" || t.pos === "AUX") && words > 1) return -1;
  }
  return -1;
}
