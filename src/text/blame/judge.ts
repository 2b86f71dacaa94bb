import { hasModelFile, readOrTrain } from "../shared/built-model.js";
import type { StackedModel } from "../shared/stacking.js";
import { analyseBlameWith, type BlameAnalysis } from "./analyse.js";
import { BLAME_STORES } from "./shipped.js";

/**
 * Run from the sources before `npm run build`, there is no model file and the model is trained
 * on first use; only then are the training code and the corpus imported.
 */
const training = hasModelFile(BLAME_STORES.shipped) ? undefined : await import("./training.js");

let shipped: StackedModel | undefined;

/** The model the product uses: built at install from every labelled statement. */
export function defaultBlameModel(): StackedModel {
  shipped ??= readOrTrain(
    BLAME_STORES.shipped,
    training && (() => training.trainBlameKind("shipped")),
  );
  return shipped;
}

/**
 * Reads a statement by a security vendor, practitioner or journalist: which of the paper's
 * keywords it contains, and whether it actually frames people as the problem.
 */
export function analyseBlame(text: string): BlameAnalysis {
  return analyseBlameWith(defaultBlameModel(), text);
}
