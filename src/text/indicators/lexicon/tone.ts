import type { Token } from "../../shared/nlp.js";
import type { Scope } from "../../shared/scope.js";
import { groupAt, type Voice } from "../direction.js";
import type { IndicatorCue } from "./cue.js";

/**
 * Two readings of feeling that no single cue carries (brief F):
 * - sarcasm: a cheer ("Great", "Lovely", "Thrilled to") that opens or closes a sentence of an
 *   answer which also complains, or opens "Fantastic, another ...": frustration, not praise;
 * - the speaker's own feeling: "I feel like a second-class citizen", "we feel watched": a
 *   complaint framed as how the speaker feels is also a negative feeling.
 * And one reading of blame: fault that is only feared or supposed ("I'm scared I'll be the one
 * who lets them in", "when I've made a mistake") is a worry, not blame (used by rules.ts).
 */
const CHEERS = new Set([
  "great",
  "fantastic",
  "wonderful",
  "brilliant",
  "lovely",
  "love",
  "thrilled",
  "glad",
  "pleasure",
  "perfect",
  "superb",
  "marvellous",
  "marvelous",
  "genius",
  "nice",
  "amazing",
  "awesome",
  "excellent",
  "delighted",
  "cheers",
]);

/** Words that may stand before the cheer: "Oh great", "Yeah, brilliant", "Always a pleasure". */
const LEAD_INS = new Set(["oh", "yeah", "so", "well", "always", "just", "really", "a", "how", "i"]);

/** Right after an opening cheer these make it sarcastic on their own: "Fantastic, another ...". */
const MORE_OF_IT = new Set(["another", "more", "yet", "again"]);

function words(tokens: readonly Token[], sentence: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.sentence === sentence && tokens[k]!.kind === "word") out.push(k);
  }
  return out;
}

/**
 * Is the praise cue at token `from` a sarcastic cheer? `complains` says whether the answer
 * holds a complaint cue elsewhere.
 */
export function sarcasticCheer(
  tokens: readonly Token[],
  from: number,
  complains: boolean,
): boolean {
  const t = tokens[from];
  if (t?.kind !== "word" || !CHEERS.has(t.norm)) return false;
  const ws = words(tokens, t.sentence);
  const at = ws.indexOf(from);
  const opens = ws.slice(0, at).every((k) => LEAD_INS.has(tokens[k]!.norm)) && at <= 2;
  const closes = at >= ws.length - 2 && ws.length <= 3;
  if (opens) {
    const next = ws.slice(at + 1, at + 3).map((k) => tokens[k]!.norm);
    if (next.some((w) => MORE_OF_IT.has(w))) return true;
  }
  return complains && (opens || closes);
}

const SPEAKERS = new Set(["i", "we", "i'm", "im"]);
const FEEL = new Set(["feel", "feels", "felt", "feeling"]);

/** Is the cue at `from` inside "I feel ..." / "we felt ..." of the same sentence? */
export function speakerFeels(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1, n = 0; k >= 0 && n < 6; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (t.kind !== "word") continue;
    n++;
    if (!FEEL.has(t.norm)) continue;
    for (let j = k - 1, m = 0; j >= 0 && m < 3; j--) {
      const u = tokens[j]!;
      if (u.sentence !== sentence) return false;
      if (u.kind !== "word") continue;
      m++;
      if (SPEAKERS.has(u.norm)) return true;
    }
    return false;
  }
  return false;
}

/** Worry words: "I'm scared I'll be the one who lets them in" fears a mistake, it owns none. */
const FEAR_WORDS = new Set([
  "scared",
  "afraid",
  "worried",
  "worry",
  "worries",
  "anxious",
  "nervous",
  "terrified",
  "frightened",
  "dread",
  "fear",
  "panic",
  "paranoid",
]);

/** Openers of a condition or an occasion: "when I've made a mistake" tells when, not whose fault. */
const CONDITION_WORDS = new Set(["if", "when", "whenever", "once", "unless", "case"]);

const GENERIC_ONE = new Set(["person", "one", "someone", "somebody", "human"]);

/** An indirect self-blame cue weaker than this can be a fear or a condition rather than a verdict. */
const FIRM_SELF_BLAME = 0.7;

/**
 * Self-blame that is only feared or supposed: a worry word earlier in the sentence, or a
 * condition opening the cue's clause just before it. Firm admissions ("my fault") stay.
 */
export function hypotheticalSelfBlame(scope: Scope, cue: IndicatorCue, from: number): boolean {
  if ((cue.weights.blame ?? 0) >= FIRM_SELF_BLAME) return false;
  const { tokens } = scope;
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1, words = 0; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    if (t.kind !== "word") continue;
    words++;
    if (FEAR_WORDS.has(t.norm)) return true;
    if (words <= 4 && scope.clause[k] === scope.clause[from] && CONDITION_WORDS.has(t.norm)) {
      return true;
    }
  }
  return false;
}

/**
 * The speaker fears being the one at fault ("I'm terrified of being the person who let them
 * in"): a worry word earlier in the sentence with the speaker, and no other group named
 * between it and the cue. "I'm worried staff will click anything" names staff and stays blame.
 */
export function fearedOwnFault(tokens: readonly Token[], from: number, voice: Voice): boolean {
  const sentence = tokens[from]!.sentence;
  let speaker = false;
  for (let k = from - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (t.kind !== "word") continue;
    if (FEAR_WORDS.has(t.norm)) {
      for (let j = k - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) {
        if (/^(i|i'm|im|me|my|he|she|her|him)$/.test(tokens[j]!.norm)) speaker = true;
      }
      return speaker || k === 0 || tokens.slice(0, k).every((x) => x.kind !== "word");
    }
    // "the person who", "the one who": the speaker in other words, not another group.
    const g = GENERIC_ONE.has(t.norm) ? null : groupAt(tokens, k, voice);
    if (g === "emp" || g === "sec") return false;
    if (/^(i|i'm|im|me|my|he|she|her|him)$/.test(t.norm)) speaker = true;
  }
  return false;
}
