// Precision and recall of the jargon finder against an annotated set, for tests and for the
// benchmark to print.
import { findJargon } from "./jargon.js";
import { JARGON_EVAL_SET, type JargonSample } from "./jargon-eval-set.js";
import { overlaps, type Span } from "./types.js";

export interface JargonEvaluation {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Per sample: marked words that were missed and found words that were not expected. */
  errors: Array<{ id: string; missed: string[]; extra: string[] }>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every whole-word, same-case occurrence of each annotated string. */
export function expectedSpans(sample: JargonSample): Span[] {
  const spans: Span[] = [];
  for (const word of new Set(sample.jargon)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of sample.text.matchAll(re))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * A finding counts as correct when it overlaps a marked span not already claimed, so
 * "data exfiltration" found where an editor marked "exfiltration" still counts once.
 */
export function evaluateJargon(
  samples: readonly JargonSample[] = JARGON_EVAL_SET,
): JargonEvaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: JargonEvaluation["errors"] = [];
  for (const sample of samples) {
    const expected = expectedSpans(sample);
    const claimed = new Set<number>();
    const extra: string[] = [];
    for (const found of findJargon(sample.text)) {
      const i = expected.findIndex((e, k) => !claimed.has(k) && overlaps(e, found));
      if (i >= 0) {
        claimed.add(i);
        tp++;
      } else {
        fp++;
        extra.push(sample.text.slice(found.start, found.end));
      }
    }
    const missed = expected
      .filter((_, k) => !claimed.has(k))
      .map((e) => sample.text.slice(e.start, e.end));
    fn += missed.length;
    if (missed.length > 0 || extra.length > 0) errors.push({ id: sample.id, missed, extra });
  }
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    errors,
  };
}
