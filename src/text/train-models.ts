// Build step (see package.json "build"): trains the relationship-indicator models on the
// bundled corpus and writes them beside the compiled code (see shipped.ts): the one the product
// uses, so that a server answers at once, and the one the quality figures are measured with.
import { MODEL_KINDS, writeModel } from "./indicators/shipped.js";

for (const kind of MODEL_KINDS) {
  console.log(`Trained the ${kind} text model: ${writeModel(kind)}`);
}
