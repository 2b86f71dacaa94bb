import {
  type ClassifierColumns,
  classifiersFromColumns,
  loadBuiltModel,
  type ModelStore,
} from "../shared/built-model.js";
import type { LogRegModel } from "../shared/logreg.js";
import { type NetworkJson, networkFromJson } from "../shared/network.js";
import { isStacker, type Stacker } from "../shared/stacking.js";
import type { IndicatorModel } from "./model.js";
import { INDICATOR_CODES, type IndicatorCode } from "./types.js";

/**
 * The model Rapport ships is trained on every labelled statement (train, dev and test): once
 * the test split has measured the method, holding it back would only leave the product with
 * less to learn from. Quality figures come from a separate model that never saw the test split
 * (see evaluate.ts). `npm install` builds both (see training.ts); this module only reads them,
 * so the product never loads the corpus.
 */
export type ModelKind = "shipped" | "measured";

export const MODEL_KINDS: readonly ModelKind[] = ["shipped", "measured"];

/** 2: classifiers stored column by column (see ClassifierColumns); 3: with the network. */
export const FORMAT = 3;

export interface ModelFile {
  readonly format: number;
  readonly kind: ModelKind;
  /** How many statements it learnt from (for people reading the file). */
  readonly statements: number;
  /** The six classifiers, in the order of INDICATOR_CODES. */
  readonly classifiers: ClassifierColumns;
  readonly stackers: Record<string, Stacker>;
  readonly classifierOnly: Record<string, number>;
  readonly network: NetworkJson;
}

/** Null when the file is not this version's or not of this kind. */
export function modelFromJson(file: unknown, kind: ModelKind = "shipped"): IndicatorModel | null {
  if (typeof file !== "object" || file === null) return null;
  const f = file as Partial<ModelFile>;
  if (f.format !== FORMAT || f.kind !== kind) return null;
  // The small parts are checked first: decoding the classifiers and the network is most of
  // the time a file takes to read.
  const stackers = {} as Record<IndicatorCode, Stacker>;
  const classifierOnly = {} as Record<IndicatorCode, number>;
  for (const code of INDICATOR_CODES) {
    const s = f.stackers?.[code];
    const line = f.classifierOnly?.[code];
    if (!isStacker(s)) return null;
    if (typeof line !== "number") return null;
    stackers[code] = s;
    classifierOnly[code] = line;
  }
  const columns = classifiersFromColumns(f.classifiers, INDICATOR_CODES.length);
  if (!columns) return null;
  const network = networkFromJson(f.network);
  if (!network || network.outputs !== INDICATOR_CODES.length) return null;
  const classifiers = {} as Record<IndicatorCode, LogRegModel>;
  for (const [j, code] of INDICATOR_CODES.entries()) classifiers[code] = columns[j]!;
  return { classifiers, stackers, classifierOnly, network };
}

function store(kind: ModelKind, file: string, env: string): ModelStore<IndicatorModel> {
  return {
    name: kind === "shipped" ? "indicator" : "indicator (measured)",
    file,
    env,
    fromJson: (json) => modelFromJson(json, kind),
  };
}

/** Where each indicator model is read from (see ../shared/built-model.ts). */
export const INDICATOR_STORES: Record<ModelKind, ModelStore<IndicatorModel>> = {
  shipped: store("shipped", "indicator-model.json", "RAPPORT_INDICATOR_MODEL"),
  measured: store("measured", "indicator-measured-model.json", "RAPPORT_MEASURED_MODEL"),
};

/** The model of this kind written at build time (or named by its variable), if it can be read. */
export function loadModel(kind: ModelKind): IndicatorModel | null {
  return loadBuiltModel(INDICATOR_STORES[kind]);
}
