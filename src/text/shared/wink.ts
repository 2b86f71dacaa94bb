import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";
import type { Model, WinkMethods } from "wink-nlp";

// Both packages are CommonJS, so they can be required on first use instead of imported.
const require = createRequire(import.meta.url);

let model: Model | undefined;

/**
 * A wink-nlp pipeline over its English model. Reading the model takes about 0.4 s, so it is
 * done on the first text a process reads rather than at import: most server requests and CLI
 * commands read no text, and they no longer wait for it.
 */
export function englishPipeline(pipe?: string[]): WinkMethods {
  model ??= require("wink-eng-lite-web-model") as Model;
  const create = require("wink-nlp") as typeof winkNLP;
  return pipe ? create(model, pipe) : create(model);
}
