import type { LogRegModel } from "./logreg.js";
import { negationBefore } from "./negation.js";
import type { Token } from "./nlp.js";
import type { Scope } from "./scope.js";

/** Function words carry no signal on their own; they still take part in bigrams. */
const STOP = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "it",
  "is",
  "be",
  "that",
  "this",
  "i",
  "we",
  "they",
  "you",
  "he",
  "she",
  "my",
  "our",
  "their",
  "your",
  "me",
  "us",
  "them",
  "as",
  "by",
  "from",
  "so",
  "if",
  "then",
  "there",
  "here",
  "have",
  "has",
  "do",
]);

/** Word stems shorter than this carry too little to tell words apart. */
const MIN_STEM_WORD = 4;
const STEM_LENGTH = 6;
const MAX_LEMMA = 24;

/** A pasted hash or URL would otherwise become a feature as long as itself. */
const clipped = (lemma: string) => (lemma.length > MAX_LEMMA ? lemma.slice(0, MAX_LEMMA) : lemma);

/**
 * A crude stem: the first letters of the lemma. Ties together the forms a lemmatiser leaves
 * apart ("frustrating", "frustration", "frustrated"; "communicate", "communication"), so that
 * a word the classifier met in one form still counts in another.
 */
export function stemOf(lemma: string): string {
  return lemma.length > STEM_LENGTH ? lemma.slice(0, STEM_LENGTH) : lemma;
}

/** The classifier's features, each with the token it was read from. */
export interface FeatureSites {
  readonly features: string[];
  /** Token index per feature; -1 for features of the whole text. */
  readonly sites: number[];
}

/**
 * Lemma unigrams and bigrams (bigrams only within a clause), and "!" and "?"; with `stems`, also
 * one stem per content word. Words in a negation's reach are marked ("not_condescending"), so
 * that a denied word does not count as the word; with `past`, so are words of a part the text
 * says is over ("past_lecture").
 */
export function featureSites(
  scope: Scope,
  options: { stems: boolean; past?: boolean },
): FeatureSites {
  const { tokens } = scope;
  const features: string[] = [];
  const sites: number[] = [];
  const add = (f: string, k: number) => {
    features.push(f);
    sites.push(k);
  };
  let prev: Token | undefined;
  // "They used to talk down to us, now they explain things": words of a part the text says is
  // over are marked too, so that a complaint of the past does not count as one of today.
  const pastAt = new Uint8Array(tokens.length);
  if (options.past)
    for (const c of scope.concessions)
      if (c.past) for (let k = c.conceded[0]; k < c.conceded[1]; k++) pastAt[k] = 1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") {
      if (t.value === "!" || t.value === "?") add(t.value, k);
      if (t.kind === "punct") prev = undefined;
      continue;
    }
    const lemma = clipped(t.lemma);
    const mark = (negationBefore(scope, k) !== "none" ? "not_" : "") + (pastAt[k] ? "past_" : "");
    if (!STOP.has(lemma)) add(`${mark}${lemma}`, k);
    if (prev && scope.clause[k] === scope.clause[k - 1]) add(`${prev.lemma}_${lemma}`, k);
    if (options.stems && lemma.length >= MIN_STEM_WORD) add(`${mark}stem:${stemOf(lemma)}`, k);
    prev = t;
  }
  return { features, sites };
}

/**
 * Word pairs one word apart ("talk us down" gives "talk~down") and word triples, within a
 * clause, for the network only. Each logistic regression did worse with triples (too many rare
 * features for a linear model to weigh one by one); the network, which shares what it learns
 * across features, did better with both: test split 0.7210 -> 0.7251 and 0.7197 -> 0.7258
 * with another seed; rounds 13 to 17, each held out whole, 0.720 -> 0.725.
 */
export function contextGrams(scope: Scope): string[] {
  const { tokens } = scope;
  const out: string[] = [];
  let clause = -1;
  let before = "";
  let last = "";
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (scope.clause[k] !== clause) {
      clause = scope.clause[k]!;
      before = "";
      last = "";
    }
    if (t.kind !== "word") continue;
    const lemma = clipped(t.lemma);
    if (before) out.push(`${before}~${lemma}`, `${before}_${last}_${lemma}`);
    before = last;
    last = lemma;
  }
  return out;
}

/** Bag of lemma unigrams and bigrams for the classifiers (no stems). */
export function lemmaFeatures(scope: Scope): string[] {
  return featureSites(scope, { stems: false }).features;
}

/**
 * The sentence that weighs most for a classifier, as a token range [from, to) from its first
 * to its last word; null when no sentence weighs for it. Used as evidence when the classifier
 * reports something that no cue names.
 */
export function heaviestSentence(
  scope: Scope,
  sites: FeatureSites,
  model: LogRegModel,
): [number, number] | null {
  const { tokens } = scope;
  const weightOf = new Map<number, number>();
  const seen = new Set<string>();
  for (let i = 0; i < sites.features.length; i++) {
    const k = sites.sites[i]!;
    if (k < 0) continue;
    const f = sites.features[i]!;
    const s = tokens[k]!.sentence;
    // As in the classifier, a feature counts once; here once per sentence.
    const key = `${s}\u0000${f}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const w = model.weights.get(f);
    if (w !== undefined) weightOf.set(s, (weightOf.get(s) ?? 0) + w);
  }
  let best = -1;
  let bestWeight = 0;
  for (const [s, w] of weightOf) {
    if (w > bestWeight || (w === bestWeight && best >= 0 && s < best)) {
      best = s;
      bestWeight = w;
    }
  }
  if (best < 0) return null;
  let from = -1;
  let to = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== best || t.kind !== "word") continue;
    if (from < 0) from = k;
    to = k + 1;
  }
  return from < 0 ? null : [from, to];
}
