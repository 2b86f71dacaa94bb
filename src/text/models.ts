import { BLAME_MODELS } from "./blame/shipped.js";
import { INDICATOR_MODELS } from "./indicators/shipped.js";
import type { BuiltModel } from "./shared/built-model.js";

/** Every model `npm install` builds: the product's and the measured one, for each task. */
export const TEXT_MODELS: readonly BuiltModel<unknown>[] = [
  INDICATOR_MODELS.shipped,
  INDICATOR_MODELS.measured,
  BLAME_MODELS.shipped,
  BLAME_MODELS.measured,
];
