import { type BuiltModel, classifiersToColumns, readOrTrain } from "../shared/built-model.js";
import type { StackedModel } from "../shared/stacking.js";
import { trainBlameModel } from "./analyse.js";
import { BLAME_CORPUS, type BlameExample, blameSplit } from "./corpus/index.js";
import { BLAME_FORMAT, BLAME_STORES, type BlameModelFile, type BlameModelKind } from "./shipped.js";

function trainingSet(kind: BlameModelKind): readonly BlameExample[] {
  return kind === "shipped" ? BLAME_CORPUS : blameSplit(["train", "dev"]);
}

export function trainBlameKind(kind: BlameModelKind): StackedModel {
  return trainBlameModel(trainingSet(kind));
}

export function blameModelToJson(model: StackedModel, kind: BlameModelKind): BlameModelFile {
  return {
    format: BLAME_FORMAT,
    kind,
    statements: trainingSet(kind).length,
    classifier: classifiersToColumns([model.classifier]),
    stacker: model.stacker,
  };
}

function built(kind: BlameModelKind): BuiltModel<StackedModel> {
  return {
    ...BLAME_STORES[kind],
    train: () => trainBlameKind(kind),
    toJson: (model) => blameModelToJson(model, kind),
  };
}

/** The two practitioner-blame models as `npm install` builds them. */
export const BLAME_MODELS: Record<BlameModelKind, BuiltModel<StackedModel>> = {
  shipped: built("shipped"),
  measured: built("measured"),
};

let measured: StackedModel | undefined;

/** The model the quality figures are measured with: it never saw the test split. */
export function evaluationBlameModel(): StackedModel {
  measured ??= readOrTrain(BLAME_STORES.measured, () => trainBlameKind("measured"));
  return measured;
}
