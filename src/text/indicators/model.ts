import { lemmaFeatures } from "../shared/features.js";
import type { LogRegModel } from "../shared/logreg.js";
import { tokenize } from "../shared/nlp.js";
import { fnv1a } from "../shared/split.js";
import { CUE_DROPOUT, FOLDS, type Stacker, trainStacked } from "../shared/stacking.js";
import type { IndicatorExample } from "./corpus/index.js";
import { analyseRules, type CueHit, scoreHits } from "./rules.js";
import { INDICATOR_CODES, type IndicatorCode } from "./types.js";

export { stackScore } from "../shared/stacking.js";

/** Per indicator: a lemma n-gram classifier and the stacker that merges it with the rules. */
export interface IndicatorModel {
  readonly classifiers: Record<IndicatorCode, LogRegModel>;
  readonly stackers: Record<IndicatorCode, Stacker>;
}

function withoutSome(hits: readonly CueHit[], text: string): CueHit[] {
  return hits.filter((h) => fnv1a(`drop:${h.from}:${text}`) % 100 >= CUE_DROPOUT * 100);
}

export function trainIndicatorModel(examples: readonly IndicatorExample[]): IndicatorModel {
  const prepared = examples.map((e) => {
    const analysis = analyseRules(tokenize(e.text));
    return {
      features: lemmaFeatures(analysis.scope),
      rules: scoreHits(withoutSome(analysis.hits, e.text)),
      labels: e.labels,
      fold: fnv1a(`fold:${e.text}`) % FOLDS,
    };
  });
  const classifiers = {} as Record<IndicatorCode, LogRegModel>;
  const stackers = {} as Record<IndicatorCode, Stacker>;
  for (const code of INDICATOR_CODES) {
    const m = trainStacked(
      prepared.map((p) => ({
        features: p.features,
        rule: p.rules[code],
        label: p.labels.has(code),
        fold: p.fold,
      })),
    );
    classifiers[code] = m.classifier;
    stackers[code] = m.stacker;
  }
  return { classifiers, stackers };
}
