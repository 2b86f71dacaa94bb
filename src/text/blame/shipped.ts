import {
  type BuiltModel,
  type ClassifierColumns,
  classifiersFromColumns,
  classifiersToColumns,
  loadOrTrain,
} from "../shared/built-model.js";
import type { StackedModel, Stacker } from "../shared/stacking.js";
import { analyseBlameWith, type BlameAnalysis, trainBlameModel } from "./analyse.js";
import { BLAME_CORPUS, type BlameExample, blameSplit } from "./corpus/index.js";

/**
 * As for the indicators (see ../indicators/shipped.ts): the product's model learns from every
 * labelled practitioner statement, the measured one from train and dev only, and `npm install`
 * builds both, so that `rapport text blame` answers without training first.
 */
export type BlameModelKind = "shipped" | "measured";

const FORMAT = 1;

interface BlameModelFile {
  readonly format: number;
  readonly kind: BlameModelKind;
  readonly statements: number;
  readonly classifier: ClassifierColumns;
  readonly stacker: Stacker;
}

function trainingSet(kind: BlameModelKind): readonly BlameExample[] {
  return kind === "shipped" ? BLAME_CORPUS : blameSplit(["train", "dev"]);
}

export function blameModelToJson(model: StackedModel, kind: BlameModelKind): BlameModelFile {
  return {
    format: FORMAT,
    kind,
    statements: trainingSet(kind).length,
    classifier: classifiersToColumns([model.classifier]),
    stacker: model.stacker,
  };
}

/** Null when the file is not this version's, kind's or corpus's: the caller trains instead. */
export function blameModelFromJson(file: unknown, kind: BlameModelKind): StackedModel | null {
  if (typeof file !== "object" || file === null) return null;
  const f = file as Partial<BlameModelFile>;
  if (f.format !== FORMAT || f.kind !== kind) return null;
  if (f.statements !== trainingSet(kind).length) return null;
  const classifier = classifiersFromColumns(f.classifier, 1)?.[0];
  const s = f.stacker;
  if (!classifier || !s || ![s.rule, s.clf, s.bias].every(Number.isFinite)) return null;
  return { classifier, stacker: s };
}

function built(kind: BlameModelKind, file: string, env: string): BuiltModel<StackedModel> {
  return {
    name: kind === "shipped" ? "practitioner blame" : "practitioner blame (measured)",
    file,
    env,
    train: () => trainBlameModel(trainingSet(kind)),
    toJson: (model) => blameModelToJson(model, kind),
    fromJson: (json) => blameModelFromJson(json, kind),
  };
}

export const BLAME_MODELS: Record<BlameModelKind, BuiltModel<StackedModel>> = {
  shipped: built("shipped", "blame-model.json", "RAPPORT_BLAME_MODEL"),
  measured: built("measured", "blame-measured-model.json", "RAPPORT_BLAME_MEASURED_MODEL"),
};

let shipped: StackedModel | undefined;
let measured: StackedModel | undefined;

/** The model the product uses: built at install, or trained here on first use. */
export function defaultBlameModel(): StackedModel {
  shipped ??= loadOrTrain(BLAME_MODELS.shipped);
  return shipped;
}

/** The model the quality figures are measured with: it never saw the test split. */
export function evaluationBlameModel(): StackedModel {
  measured ??= loadOrTrain(BLAME_MODELS.measured);
  return measured;
}

/**
 * Reads a statement by a security vendor, practitioner or journalist: which of the paper's
 * keywords it contains, and whether it actually frames people as the problem.
 */
export function analyseBlame(text: string): BlameAnalysis {
  return analyseBlameWith(defaultBlameModel(), text);
}
