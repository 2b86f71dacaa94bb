/**
 * Relationship indicators: which of the six signs of a dysfunctional security relationship an
 * answer shows (conflict, negative communication, negative feelings, power imbalance,
 * disengagement, blame), with evidence spans and, for blame, who is blamed. Rules (cue lists
 * with negation, contrast and hedge handling) combined with a small classifier trained on the
 * bundled corpus and on phrases read from the cue lists; the classifier may report on its own
 * past a stricter line, pointing at the sentence that weighs most. Deterministic; the model
 * is read from the file `npm install` built. Quality figures: evaluate.ts (not exported here,
 * as it loads the corpus, which the product never needs).
 */
export { keywordBaseline } from "./baseline.js";
export { detectIndicators } from "./detect.js";
export { throughputSample } from "./throughput.js";
export {
  BLAME_DIRECTIONS,
  type BlameDirection,
  type EvidenceSpan,
  INDICATOR_CODES,
  type IndicatorCode,
  type IndicatorResult,
  REPORT_THRESHOLD,
} from "./types.js";
