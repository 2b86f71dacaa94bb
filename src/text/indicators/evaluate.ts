import { countBinary, type Prf } from "../shared/metrics.js";
import { keywordBaseline } from "./baseline.js";
import { corpusSplit, type IndicatorExample } from "./corpus/index.js";
import { detectWith } from "./detect.js";
import type { IndicatorModel } from "./model.js";
import { evaluationModel } from "./training.js";
import { INDICATOR_CODES, type IndicatorCode } from "./types.js";

export interface MethodScores {
  readonly perIndicator: Record<IndicatorCode, Prf>;
  readonly macroF1: number;
}

export interface IndicatorEvaluation extends MethodScores {
  readonly keywordBaseline: MethodScores;
  /** How many test statements the numbers are computed on. */
  readonly testSize: number;
}

export function score(
  examples: readonly IndicatorExample[],
  predictFn: (text: string) => ReadonlySet<IndicatorCode>,
): MethodScores {
  const predictions = examples.map((e) => predictFn(e.text));
  const perIndicator = {} as Record<IndicatorCode, Prf>;
  let sum = 0;
  for (const code of INDICATOR_CODES) {
    const r = countBinary(
      examples.map((e) => e.labels.has(code)),
      predictions.map((p) => p.has(code)),
    );
    perIndicator[code] = r;
    sum += r.f1;
  }
  return { perIndicator, macroF1: sum / INDICATOR_CODES.length };
}

export function scoreModel(
  model: IndicatorModel,
  examples: readonly IndicatorExample[],
): MethodScores {
  return score(examples, (text) => new Set(detectWith(model, text).indicators));
}

/**
 * Quality on the held-out test split (never used for training or tuning), next to the keyword
 * baseline on the same statements.
 */
export function evaluateIndicators(): IndicatorEvaluation {
  const test = corpusSplit("test");
  const ours = scoreModel(evaluationModel(), test);
  return { ...ours, keywordBaseline: score(test, keywordBaseline), testSize: test.length };
}
