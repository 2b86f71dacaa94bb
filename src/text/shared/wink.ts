import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";
import type { Model, WinkMethods } from "wink-nlp";

// Both packages are CommonJS, so they can be required on first use instead of imported.
const require = createRequire(import.meta.url);

let model: Model | undefined;
const pipelines = new Map<string, WinkMethods>();

/**
 * A wink-nlp pipeline over its English model, one per set of stages, made once per process.
 * Reading the model takes about 0.4 s, so it is done on the first text a process reads rather
 * than at import: most server requests and CLI commands read no text, and they no longer wait
 * for it.
 */
export function englishPipeline(pipe?: readonly string[]): WinkMethods {
  const key = pipe?.join(",") ?? "*";
  let nlp = pipelines.get(key);
  if (!nlp) {
    model ??= require("wink-eng-lite-web-model") as Model;
    const create = require("wink-nlp") as typeof winkNLP;
    nlp = pipe ? create(model, [...pipe]) : create(model);
    pipelines.set(key, nlp);
  }
  return nlp;
}
