import {
  type ClassifierColumns,
  classifiersFromColumns,
  type ModelStore,
} from "../shared/built-model.js";
import { isStacker, type StackedModel, type Stacker } from "../shared/stacking.js";

/**
 * As for the indicators (see ../indicators/shipped.ts): the product's model learns from every
 * labelled practitioner statement, the measured one from train and dev only, and `npm install`
 * builds both (see training.ts), so that `rapport text blame` answers without training first.
 * This module only reads them.
 */
export type BlameModelKind = "shipped" | "measured";

export const BLAME_FORMAT = 1;

export interface BlameModelFile {
  readonly format: number;
  readonly kind: BlameModelKind;
  /** How many statements it learnt from (for people reading the file). */
  readonly statements: number;
  readonly classifier: ClassifierColumns;
  readonly stacker: Stacker;
}

/** Null when the file is not this version's or this kind's. */
export function blameModelFromJson(file: unknown, kind: BlameModelKind): StackedModel | null {
  if (typeof file !== "object" || file === null) return null;
  const f = file as Partial<BlameModelFile>;
  if (f.format !== BLAME_FORMAT || f.kind !== kind) return null;
  const classifier = classifiersFromColumns(f.classifier, 1)?.[0];
  const s = f.stacker;
  if (!classifier || !isStacker(s)) return null;
  return { classifier, stacker: s };
}

function store(kind: BlameModelKind, file: string, env: string): ModelStore<StackedModel> {
  return {
    name: kind === "shipped" ? "practitioner blame" : "practitioner blame (measured)",
    file,
    env,
    fromJson: (json) => blameModelFromJson(json, kind),
  };
}

/** Where each practitioner-blame model is read from (see ../shared/built-model.ts). */
export const BLAME_STORES: Record<BlameModelKind, ModelStore<StackedModel>> = {
  shipped: store("shipped", "blame-model.json", "RAPPORT_BLAME_MODEL"),
  measured: store("measured", "blame-measured-model.json", "RAPPORT_BLAME_MEASURED_MODEL"),
};
