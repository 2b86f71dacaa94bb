import type { Token } from "./nlp.js";
import type { Concession } from "./scope.js";

// Where a text turns from the past to the present ("They used to lecture us; now they
// listen"): the past part counts much less, as a thing that is over.

const PAST_MARKERS = new Set([
  "used",
  "initially",
  "previously",
  "formerly",
  "originally",
  "before",
  "last",
  "past",
  "old",
  "first",
]);
const NOW_MARKERS = new Set([
  "now",
  "since",
  "nowadays",
  "anymore",
  "today",
  "new",
  "lately",
  "recently",
]);

export function isPast(
  tokens: readonly Token[],
  conceded: readonly [number, number],
  main: readonly [number, number],
): boolean {
  for (let k = conceded[0]; k < conceded[1]; k++)
    if (PAST_MARKERS.has(tokens[k]!.norm)) return true;
  for (let k = main[0]; k < main[1]; k++) if (NOW_MARKERS.has(tokens[k]!.norm)) return true;
  return false;
}

function sentenceBounds(tokens: readonly Token[], at: number): [number, number] {
  const s = tokens[at]!.sentence;
  let a = at;
  while (a > 0 && tokens[a - 1]!.sentence === s) a--;
  let b = at;
  while (b < tokens.length && tokens[b]!.sentence === s) b++;
  return [a, b];
}

/**
 * "Our old IT person was rude; the new team is much better": a sentence that moves from a past
 * marker to a present one concedes its first part even without "but". So does a sentence with
 * a past marker followed by one that opens with a present one ("They used to lecture us. Now
 * they listen.").
 */
export function findChanges(
  tokens: readonly Token[],
  contrasts: readonly Concession[],
): Concession[] {
  const out: Concession[] = [];
  let k = 0;
  while (k < tokens.length) {
    const [sa, sb] = sentenceBounds(tokens, k);
    let pastAt = -1;
    let changed = false;
    for (let j = sa; j < sb; j++) {
      const w = tokens[j]!.norm;
      if (pastAt < 0 && (PAST_MARKERS.has(w) || w === "was" || w === "were")) pastAt = j;
      else if (
        pastAt >= 0 &&
        j > pastAt + 1 &&
        isNowAt(tokens, j) &&
        saysSomething(tokens, pastAt, j)
      ) {
        out.push({ conceded: [sa, j], main: [j, sb], past: true });
        changed = true;
        break;
      }
    }
    if (!changed && pastAt >= 0 && sb < tokens.length) {
      const [na, nb] = sentenceBounds(tokens, sb);
      // "But these days ..." was conceded by its "but" already: once is enough.
      const known = contrasts.some((c) => c.conceded[0] === sa && c.conceded[1] === sb);
      if (!known && opensWithNow(tokens, na, nb))
        out.push({ conceded: [sa, sb], main: [na, nb], past: true });
    }
    k = sb;
  }
  return out;
}

/**
 * The past part must say something before the present begins: in "Before the new manager came"
 * the "new" is part of the past, which has no verb yet.
 */
function saysSomething(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const p = tokens[k]!.pos;
    if (p === "VERB" || p === "AUX" || p === "ADJ") return true;
  }
  return false;
}

/** "now", "since", ... or "these days" within a sentence. */
function isNowAt(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]!.norm;
  return NOW_MARKERS.has(w) || (w === "these" && tokens[j + 1]?.norm === "days");
}

/**
 * A turn to the present among a sentence's first three words ("Now they ...", "These days
 * ..."). Only words that say things are different now: "Since then I avoid them" carries the
 * past on, so the sentence before it still counts.
 */
const TURNS = new Set(["now", "nowadays", "today"]);

function opensWithNow(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from, words = 0; j < to && words < 3; j++) {
    if (tokens[j]!.kind !== "word") continue;
    const w = tokens[j]!.norm;
    if (TURNS.has(w) || (w === "these" && tokens[j + 1]?.norm === "days")) return true;
    words++;
  }
  return false;
}
