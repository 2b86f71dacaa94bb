// Build step (see package.json "build"): trains the text models on the bundled corpora and
// writes them beside the compiled code (see shared/built-model.ts), so that neither a server
// nor a CLI run waits for training, and the test suite reuses them.

import { TEXT_MODELS } from "./models.js";
import { writeBuiltModel } from "./shared/built-model.js";

for (const model of TEXT_MODELS) {
  console.log(`Trained the ${model.name} model: ${writeBuiltModel(model)}`);
}
