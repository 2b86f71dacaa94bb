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

/**
 * Bag of lemma unigrams and bigrams for the classifiers. Words in a negation's reach are
 * marked ("not_condescending") so that a denied cue does not count as the cue.
 */
export function lemmaFeatures(scope: Scope): string[] {
  const { tokens } = scope;
  const out: string[] = [];
  let prev: Token | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") {
      if (t.value === "!" || t.value === "?") out.push(t.value);
      if (t.kind === "punct") prev = undefined;
      continue;
    }
    const lemma = t.lemma.length > 24 ? t.lemma.slice(0, 24) : t.lemma;
    const negated = negationBefore(scope, k) !== "none";
    const word = negated ? `not_${lemma}` : lemma;
    if (!STOP.has(lemma)) out.push(word);
    if (prev && scope.clause[k] === scope.clause[k - 1]) out.push(`${prev.lemma}_${lemma}`);
    prev = t;
  }
  return out;
}
