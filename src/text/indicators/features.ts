import { type FeatureSites, featureSites as sharedFeatureSites } from "../shared/features.js";
import type { Scope } from "../shared/scope.js";

export { type FeatureSites, heaviestSentence, stemOf } from "../shared/features.js";

/** Lemma n-grams and stems of a statement, each with the token it was read from. */
export function featureSites(scope: Scope): FeatureSites {
  return sharedFeatureSites(scope, { stems: true, past: true });
}

export function indicatorFeatures(scope: Scope): string[] {
  return featureSites(scope).features;
}
