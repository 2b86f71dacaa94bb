import { existsSync } from "node:fs";
import { BLAME_MODELS } from "./blame/training.js";
import { INDICATOR_MODELS } from "./indicators/training.js";
import {
  type BuiltModel,
  builtModelFile,
  modelSourceDigest,
  sourceOfModelFile,
} from "./shared/built-model.js";

/** Every model `npm install` builds: the product's and the measured one, for each task. */
export const TEXT_MODELS: readonly BuiltModel<unknown>[] = [
  INDICATOR_MODELS.shipped,
  INDICATOR_MODELS.measured,
  BLAME_MODELS.shipped,
  BLAME_MODELS.measured,
];

/**
 * For the test runner and the bench, which run from the sources: points this process and its
 * children at the models `npm install` built, each where it was built from these very sources
 * (its digest matches). Returns the models that were not, for the caller to train.
 */
export function useBuiltModels(root = process.cwd()): BuiltModel<unknown>[] {
  const digest = modelSourceDigest(root);
  const stale: BuiltModel<unknown>[] = [];
  for (const model of TEXT_MODELS) {
    const built = builtModelFile(model, root);
    if (digest !== null && existsSync(built) && sourceOfModelFile(built) === digest) {
      process.env[model.env] = built;
    } else {
      stale.push(model);
    }
  }
  return stale;
}
