import type { Token } from "./nlp.js";
import type { Scope } from "./scope.js";

/**
 * Negation in its three shapes: before a cue ("never condescending"), right after it
 * ("helpful... NOT", "jargon-free"), and a denial of the whole claim ("blaming users doesn't
 * help").
 */
function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word";
}

export type Negation = "none" | "full" | "soft";

/** Words that negate what follows them. */
export const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "nobody",
  "none",
  "nothing",
  "neither",
  "nor",
  "without",
  "hardly",
  "barely",
  "rarely",
  "seldom",
  "nowhere",
  "lack",
  "lacking",
  "lacks",
  "absence",
]);
/** A negator followed by one of these is not negating the next words ("not only", "never stop"). */
const NEGATION_EXEMPT = new Set([
  "only",
  "just",
  "least",
  "doubt",
  "wonder",
  "matter",
  "stop",
  "end",
  "quit",
  "cease",
  "tell",
  "but",
  "longer",
]);
/** After a negator these make it partial: "not always", "not very". */
const SOFTENERS = new Set([
  "always",
  "very",
  "that",
  "particularly",
  "too",
  "entirely",
  "totally",
  "really",
  "exactly",
  "overly",
  "especially",
  "so",
]);

const NEGATION_WINDOW = 6;

/** Is the cue starting at token `from` inside the scope of a preceding negator? */
export function negationBefore(scope: Scope, from: number, extra?: ReadonlySet<string>): Negation {
  const { tokens, clause } = scope;
  let words = 0;
  let found: Negation = "none";
  for (let k = from - 1; k >= 0 && words < NEGATION_WINDOW; k--) {
    const t = tokens[k]!;
    if (clause[k] !== clause[from]) {
      // "instead of"/"rather than" open a clause of their own but negate what follows.
      if (t.norm === "of" && tokens[k - 1]?.norm === "instead")
        return found === "none" ? "full" : "none";
      if (t.norm === "than" && tokens[k - 1]?.norm === "rather")
        return found === "none" ? "full" : "none";
      break;
    }
    if (t.kind !== "word") continue;
    words++;
    const isNeg = NEGATORS.has(t.norm) || (extra?.has(t.norm) ?? false);
    if (!isNeg) {
      if (
        (t.norm === "of" && tokens[k - 1]?.norm === "instead") ||
        (t.norm === "than" && tokens[k - 1]?.norm === "rather")
      ) {
        return found === "none" ? "full" : "none";
      }
      continue;
    }
    const next = nextWord(tokens, k);
    if (next && NEGATION_EXEMPT.has(next.norm) && next !== tokens[from]) continue;
    // Two negations cancel: "it isn't that they don't care".
    if (found !== "none") return "none";
    found = next && SOFTENERS.has(next.norm) ? "soft" : "full";
  }
  if (found === "none" && words >= NEGATION_WINDOW && clauseOpensWithNobody(scope, from)) {
    return "full";
  }
  return found;
}

/**
 * "Nobody from the security team has ever once asked ...": a clause whose subject is nobody
 * denies its verb however far the verb stands from it.
 */
function clauseOpensWithNobody(scope: Scope, from: number): boolean {
  const { tokens, clause } = scope;
  let first = -1;
  for (let k = from - 1; k >= 0 && clause[k] === clause[from]; k--) {
    if (tokens[k]!.kind === "word") first = k;
  }
  if (first < 0) return false;
  const w = tokens[first]!.norm;
  if (w === "nobody" || w === "noone") return true;
  const next = nextWord(tokens, first);
  return (w === "no" && next?.norm === "one") || (w === "none" && next?.norm === "of");
}

function nextWord(tokens: readonly Token[], k: number): Token | undefined {
  for (let j = k + 1; j < tokens.length; j++) if (isWord(tokens[j])) return tokens[j];
  return undefined;
}

/** "helpful... NOT", "jargon-free": a negation right after the cue. */
export function negationAfter(scope: Scope, to: number): boolean {
  const { tokens } = scope;
  let j = to;
  while (j < tokens.length && (tokens[j]!.value === "-" || tokens[j]!.kind === "space")) j++;
  const t = tokens[j];
  if (!t) return false;
  if (t.norm === "free" && j === to + 1) return true;
  // "explain nothing", "help with nothing".
  if (t.norm === "nothing" && j === to) return true;
  // Sarcastic tag: a lone "not" closing the sentence ("helpful... NOT").
  let k = j;
  for (let skipped = 0; k < tokens.length && tokens[k]!.kind === "punct" && skipped < 3; skipped++)
    k++;
  const w = tokens[k];
  if (w && w.norm === "not" && w.value !== "n't" && k > to) {
    const after = tokens[k + 1];
    return after === undefined || after.kind === "punct";
  }
  return false;
}

/** After a blame cue, these deny it: "blaming users doesn't help", "... is a myth". */
const DENIAL_AFTER = new Set([
  "wrong",
  "unfair",
  "myth",
  "nonsense",
  "rubbish",
  "untrue",
  "false",
  "outdated",
  "counterproductive",
  "counter-productive",
  "pointless",
  "misguided",
  "unhelpful",
  "toxic",
  "harmful",
  "simplistic",
  "lazy",
  "cop-out",
  "overblown",
  "overstated",
  "misleading",
  "nowhere",
  "backfires",
  "backfire",
]);
const DENIAL_VERBS = new Set([
  "help",
  "helps",
  "work",
  "works",
  "fix",
  "fixes",
  "solve",
  "solves",
  "true",
  "fair",
  "right",
  "answer",
  "useful",
  "ok",
  "okay",
  "acceptable",
  "productive",
]);

const AUX = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "do",
  "does",
  "did",
  "will",
  "would",
  "never",
  "'s",
  "can",
  "has",
  "have",
]);

/** "blaming users doesn't help", "calling staff the weakest link is lazy": the claim is denied. */
export function deniedAfter(tokens: readonly Token[], to: number): boolean {
  let auxAt = -1;
  for (let k = to, words = 0; k < tokens.length && words < 7; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct") break;
    if (t.kind !== "word") continue;
    words++;
    if (/^(backfires|backfired|backfire|misfires|misfired|fails|failed)$/.test(t.norm)) return true;
    if (auxAt < 0) {
      if (AUX.has(t.norm) || AUX.has(t.lemma)) auxAt = words;
      continue;
    }
    if (words - auxAt > 3) break;
    if (DENIAL_AFTER.has(t.norm)) return true;
    const prev = tokens[k - 1];
    if (
      DENIAL_VERBS.has(t.norm) &&
      t === tokens[k] &&
      (prev?.norm === "not" || prev?.norm === "never")
    )
      return true;
  }
  return false;
}

/**
 * Judgements that deny blame only when said of the blaming: "it is wrong to blame users",
 * "unfair to point at staff"; not "when something goes wrong they blame us".
 */
const BLAME_JUDGEMENTS = new Set(["unfair", "wrong", "unjust", "pointless", "unhelpful"]);
const COPULA = new Set(["is", "'s", "was", "be", "are", "were", "seems", "feels"]);

/** The word at `k` judges the blaming that follows it: "wrong to ...", "it is unfair ...". */
export function judgesTheBlaming(tokens: readonly Token[], k: number): boolean {
  if (!BLAME_JUDGEMENTS.has(tokens[k]?.norm ?? "")) return false;
  const near = (step: number): Token | undefined => {
    for (let j = k + step; j >= 0 && j < tokens.length; j += step) {
      const t = tokens[j]!;
      if (t.kind === "word") return t;
      if (t.kind === "punct") return undefined;
    }
    return undefined;
  };
  const before = near(-1);
  return near(1)?.norm === "to" || (before !== undefined && COPULA.has(before.norm));
}

/**
 * Whether one of the `reach` words before `from` passes `test` (given its index), without
 * crossing punctuation.
 */
export function someWordBefore(
  tokens: readonly Token[],
  from: number,
  reach: number,
  test: (k: number) => boolean,
): boolean {
  for (let k = from - 1, words = 0; k >= 0 && words < reach; k--) {
    const t = tokens[k]!;
    if (t.kind === "punct") break;
    if (t.kind !== "word") continue;
    words++;
    if (test(k)) return true;
  }
  return false;
}

/** A judgement of the blaming within `reach` words before `from`, in the same clause. */
export function blameJudgedBefore(tokens: readonly Token[], from: number, reach = 4): boolean {
  return someWordBefore(tokens, from, reach, (k) => judgesTheBlaming(tokens, k));
}
