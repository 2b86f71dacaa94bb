import { countBinary, type Prf } from "../shared/metrics.js";
import type { StackedModel } from "../shared/stacking.js";
import { analyseBlameWith } from "./analyse.js";
import { type BlameExample, blameSplit } from "./corpus/index.js";
import { keywordHits } from "./keywords.js";
import { evaluationBlameModel } from "./training.js";

export interface BlameEvaluation {
  /** Our rules and classifier. */
  readonly ours: Prf;
  /** The paper's keyword method: blame whenever a keyword appears. */
  readonly keywords: Prf;
  readonly testSize: number;
}

export function scoreBlame(
  model: StackedModel,
  examples: readonly BlameExample[],
): BlameEvaluation {
  const gold = examples.map((e) => e.blame);
  return {
    ours: countBinary(
      gold,
      examples.map((e) => analyseBlameWith(model, e.text).blame),
    ),
    keywords: countBinary(
      gold,
      examples.map((e) => keywordHits(e.text).length > 0),
    ),
    testSize: examples.length,
  };
}

/** Precision, recall and F1 on the held-out test split of the practitioner corpus. */
export function evaluateBlame(): BlameEvaluation {
  return scoreBlame(evaluationBlameModel(), blameSplit("test"));
}
