import {
  type BuiltModel,
  classifiersToColumns,
  readOrTrain,
  writeBuiltModel,
} from "../shared/built-model.js";
import { networkToJson } from "../shared/network.js";
import { corpusSplit, INDICATOR_CORPUS, type IndicatorExample } from "./corpus/index.js";
import { type IndicatorModel, trainIndicatorModel } from "./model.js";
import { FORMAT, INDICATOR_STORES, type ModelFile, type ModelKind } from "./shipped.js";
import { INDICATOR_CODES } from "./types.js";

/** The statements a model of this kind learns from. */
export function trainingSet(kind: ModelKind): readonly IndicatorExample[] {
  return kind === "shipped" ? INDICATOR_CORPUS : corpusSplit(["train", "dev"]);
}

export function trainModel(kind: ModelKind): IndicatorModel {
  return trainIndicatorModel(trainingSet(kind));
}

export function modelToJson(model: IndicatorModel, kind: ModelKind = "shipped"): ModelFile {
  // Only hand-made models in tests lack one, and they are never written.
  if (!model.network) throw new Error("An indicator model is written with its network.");
  return {
    format: FORMAT,
    kind,
    statements: trainingSet(kind).length,
    classifiers: classifiersToColumns(INDICATOR_CODES.map((code) => model.classifiers[code])),
    stackers: model.stackers,
    classifierOnly: model.classifierOnly,
    network: networkToJson(model.network),
  };
}

function built(kind: ModelKind): BuiltModel<IndicatorModel> {
  return {
    ...INDICATOR_STORES[kind],
    train: () => trainModel(kind),
    toJson: (model) => modelToJson(model, kind),
  };
}

/** The two indicator models as `npm install` builds them. */
export const INDICATOR_MODELS: Record<ModelKind, BuiltModel<IndicatorModel>> = {
  shipped: built("shipped"),
  measured: built("measured"),
};

/** Writes a model (trained afresh unless given) with the digest of the sources it came from. */
export function writeModel(kind: ModelKind, file?: string, model?: IndicatorModel): string {
  return writeBuiltModel(INDICATOR_MODELS[kind], file, model);
}

let measured: IndicatorModel | undefined;

/** The model the quality figures are measured with: it never saw the test split. */
export function evaluationModel(): IndicatorModel {
  measured ??= readOrTrain(INDICATOR_STORES.measured, () => trainModel("measured"));
  return measured;
}
