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

/** At most one hit per sentence: the strongest ill word with people as the subject. */
export function compositeHits(scope: Scope, exonerated: ReadonlySet<number>): CompositeHit[] {
  const { tokens } = scope;
  const out: CompositeHit[] = [];
  let k = 0;
  while (k < tokens.length) {
    const sentence = tokens[k]!.sentence;
    let end = k;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    const subject = exonerated.has(sentence) ? -1 : peopleSubject(tokens, k, end);
    if (subject >= 0) {
      let best: CompositeHit | null = null;
      let supported = false;
      for (let j = k; j < end; j++) {
        const t = tokens[j]!;
        if (t.kind !== "word") continue;
        if (SUPPORT.has(t.norm) || SUPPORT.has(t.lemma)) supported = true;
        const w = ILL.get(t.norm) ?? ILL.get(t.lemma);
        if (w === undefined || negationBefore(scope, j) !== "none") continue;
        // "The user is not the problem; the problem is the process": another clause, another subject.
        if (scope.segment[j] !== scope.segment[subject]) continue;
        if (!best || w > best.weight) best = { from: j, to: j + 1, weight: w };
      }
      if (best && !supported) out.push(best);
    }
    k = end;
  }
  return out;
}

/** A people word before the first verb of the sentence ("Your staff are ...", "Users pick ..."); -1 if none. */
function peopleSubject(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from, words = 0; j < to && words < 6; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") continue;
    words++;
    if (subjectAt(t, tokens[j - 1]) === "people") return j;
    if ((t.pos === "VERB" || t.pos === "AUX") && words > 1) return -1;
  }
  return -1;
}
