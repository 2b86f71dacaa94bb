import {
  type BuiltModel,
  builtModelFile as builtFile,
  type ClassifierColumns,
  classifiersFromColumns,
  classifiersToColumns,
  loadBuiltModel,
  writeBuiltModel,
} from "../shared/built-model.js";
import type { LogRegModel } from "../shared/logreg.js";
import type { Stacker } from "../shared/stacking.js";
import { corpusSplit, INDICATOR_CORPUS, type IndicatorExample } from "./corpus/index.js";
import { type IndicatorModel, trainIndicatorModel } from "./model.js";
import { INDICATOR_CODES, type IndicatorCode } from "./types.js";

/**
 * The model Rapport ships is trained on every labelled statement (train, dev and test): once
 * the test split has measured the method, holding it back would only leave the product with
 * less to learn from. Quality figures come from a separate model that never saw the test split
 * (see evaluate.ts). `npm install` builds both (see ../shared/built-model.ts).
 */
export type ModelKind = "shipped" | "measured";

export const MODEL_KINDS: readonly ModelKind[] = ["shipped", "measured"];

/** 2: classifiers stored column by column (see ClassifierColumns). */
const FORMAT = 2;

interface ModelFile {
  readonly format: number;
  /** Absent in files written before the measured model was built too: those are shipped ones. */
  readonly kind?: ModelKind;
  readonly statements: number;
  /** The six classifiers, in the order of INDICATOR_CODES. */
  readonly classifiers: ClassifierColumns;
  readonly stackers: Record<string, Stacker>;
  readonly classifierOnly: Record<string, number>;
}

/** The statements a model of this kind learns from. */
export function trainingSet(kind: ModelKind): readonly IndicatorExample[] {
  return kind === "shipped" ? INDICATOR_CORPUS : corpusSplit(["train", "dev"]);
}

export function modelToJson(model: IndicatorModel, kind: ModelKind = "shipped"): ModelFile {
  return {
    format: FORMAT,
    kind,
    statements: trainingSet(kind).length,
    classifiers: classifiersToColumns(INDICATOR_CODES.map((code) => model.classifiers[code])),
    stackers: model.stackers,
    classifierOnly: model.classifierOnly,
  };
}

/** Null when the file is not this version's or not of this kind: the caller trains instead. */
export function modelFromJson(file: ModelFile, kind: ModelKind = "shipped"): IndicatorModel | null {
  if (typeof file !== "object" || file === null) return null;
  if (file.format !== FORMAT || (file.kind ?? "shipped") !== kind) return null;
  if (file.statements !== trainingSet(kind).length) return null;
  const columns = classifiersFromColumns(file.classifiers, INDICATOR_CODES.length);
  if (!columns) return null;
  const classifiers = {} as Record<IndicatorCode, LogRegModel>;
  const stackers = {} as Record<IndicatorCode, Stacker>;
  const classifierOnly = {} as Record<IndicatorCode, number>;
  for (const [j, code] of INDICATOR_CODES.entries()) {
    const s = file.stackers?.[code];
    const line = file.classifierOnly?.[code];
    if (!s || line === undefined) return null;
    classifiers[code] = columns[j]!;
    stackers[code] = s;
    classifierOnly[code] = line;
  }
  return { classifiers, stackers, classifierOnly };
}

export function trainModel(kind: ModelKind): IndicatorModel {
  return trainIndicatorModel(trainingSet(kind));
}

function built(kind: ModelKind, file: string, env: string): BuiltModel<IndicatorModel> {
  return {
    name: kind === "shipped" ? "indicator" : "indicator (measured)",
    file,
    env,
    train: () => trainModel(kind),
    toJson: (model) => modelToJson(model, kind),
    fromJson: (json) => modelFromJson(json as ModelFile, kind),
  };
}

/** The two indicator models as `npm install` builds them. */
export const INDICATOR_MODELS: Record<ModelKind, BuiltModel<IndicatorModel>> = {
  shipped: built("shipped", "indicator-model.json", "RAPPORT_INDICATOR_MODEL"),
  measured: built("measured", "indicator-measured-model.json", "RAPPORT_MEASURED_MODEL"),
};

/** Where `npm install` writes a model of this kind: beside the compiled code. */
export function builtModelFile(kind: ModelKind): string {
  return builtFile(INDICATOR_MODELS[kind]);
}

/** The model of this kind written at build time (or named by its variable), if it fits. */
export function loadModel(kind: ModelKind): IndicatorModel | null {
  return loadBuiltModel(INDICATOR_MODELS[kind]);
}

/** Writes a model (trained afresh unless given) with the digest of the sources it came from. */
export function writeModel(
  kind: ModelKind,
  file = builtModelFile(kind),
  model?: IndicatorModel,
): string {
  return writeBuiltModel(INDICATOR_MODELS[kind], file, model);
}
