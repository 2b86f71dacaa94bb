import { type FeatureSites, featureSites as sharedFeatureSites } from "../shared/features.js";
import type { LogRegModel } from "../shared/logreg.js";
import type { Scope } from "../shared/scope.js";

export { type FeatureSites, stemOf } from "../shared/features.js";

/** Lemma n-grams and stems of a statement, each with the token it was read from. */
export function featureSites(scope: Scope): FeatureSites {
  return sharedFeatureSites(scope, { stems: true });
}

export function indicatorFeatures(scope: Scope): string[] {
  return featureSites(scope).features;
}

/**
 * The sentence that weighs most for a classifier, as a token range [from, to) from its first
 * to its last word; null when no sentence weighs for it. Used as evidence when the classifier
 * reports an indicator that no cue names.
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
