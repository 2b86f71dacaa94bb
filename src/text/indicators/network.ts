import { contextGrams } from "../shared/features.js";
import { type Network, networkPredict, trainNetwork } from "../shared/network.js";
import { FOLDS } from "../shared/stacking.js";
import { type CueHit, EVIDENCE_MIN, type RuleAnalysis } from "./rules.js";
import { INDICATOR_CODES, type IndicatorCode } from "./types.js";

/**
 * The network beside the six classifiers (see ../shared/network.ts): it reads a statement's
 * words together, with the cues the rules found, and learns the six indicators at once.
 */

/**
 * The mean of the two probabilities. The per-indicator classifiers weigh each word apart; the
 * network reads words together and shares what it learns across the six, so they err on
 * different statements. With the classifiers' features alone, each at its best threshold, the
 * mean took macro-F1 from 0.711 to 0.721 on the test split and from 0.711 to 0.720 on rounds
 * 13 to 17, each held out whole; the network alone scored between the two. Weighing the
 * network 0.35 or 0.65 instead of a half changed the detector's test split by 0.0003.
 */
export function blend(classifier: number, network: number | undefined): number {
  return network === undefined ? classifier : (classifier + network) / 2;
}

/**
 * The network's input: the classifiers' features with word pairs and triples (see
 * contextGrams), and what the rules found: which indicators some cue names, whether something
 * was praised, each cue by name, so that it can learn which cues to trust next to which words,
 * and each cue the text denies outright ("never on edge"). The cues took the detector's test
 * split from 0.7249 (words only) to 0.7281, and rounds 13 to 17, each held out whole, from
 * 0.714 to 0.717 (0.716 with the first two alone).
 */
export function networkInput(
  features: readonly string[],
  analysis: Pick<RuleAnalysis, "hits" | "denied" | "scope">,
): string[] {
  return [...features, ...networkExtras(analysis)];
}

/** What the network reads beyond the classifiers' features (see networkInput). */
export function networkExtras({
  hits,
  denied,
  scope,
}: Pick<RuleAnalysis, "hits" | "denied" | "scope">): string[] {
  const input = contextGrams(scope);
  for (const code of INDICATOR_CODES) {
    if (hits.some((h) => (h.effective[code] ?? 0) >= EVIDENCE_MIN)) input.push(`cue:${code}`);
  }
  if (hits.some((h) => h.praise)) input.push("cue:praise");
  for (const h of hits) input.push(`cue:${weakened(h) ? "weak:" : ""}${h.cue.id}`);
  for (const cue of denied) input.push(`cue:denied:${cue.id}`);
  return input;
}

/**
 * A cue the text denies, hedges or says is over ("they used to talk down to us, now ...") is
 * not the same input as the cue said plainly, as a denied word is not the word.
 */
function weakened(h: CueHit): boolean {
  if (h.praise) return false;
  const full = Math.max(0, ...Object.values(h.cue.weights), ...Object.values(h.cue.flip));
  const now = Math.max(0, ...Object.values(h.effective));
  return now < full / 2;
}

interface NetworkRow {
  /** See networkInput. */
  readonly input: readonly string[];
  readonly labels: ReadonlySet<IndicatorCode>;
}

/**
 * The network on everything, and its out-of-fold probabilities for each statement (one network
 * per fold, trained on the other folds and on the phrases not written for this one), so that
 * the combiners learn how far to trust the blend on statements it has not seen.
 */
export function trainNetworks(
  statements: readonly (NetworkRow & { readonly fold: number })[],
  phrases: readonly (NetworkRow & { readonly tailoredTo: number })[],
): { network: Network; outOfFold: Float64Array[] } {
  const train = (rows: readonly NetworkRow[]) =>
    trainNetwork(
      rows.map((r) => r.input),
      rows.map((r) => INDICATOR_CODES.map((c) => r.labels.has(c))),
    );
  const outOfFold: Float64Array[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const net = train([
      ...statements.filter((s) => s.fold !== fold),
      ...phrases.filter((p) => p.tailoredTo !== fold),
    ]);
    statements.forEach((s, i) => {
      if (s.fold === fold) outOfFold[i] = networkPredict(net, s.input);
    });
  }
  return { network: train([...statements, ...phrases]), outOfFold };
}
