// Public entry point of the communication check.
export { checkMessage } from "./check.js";
export { evaluateJargon, type JargonEvaluation } from "./evaluate.js";
export { formatCheckAsText } from "./format.js";
export { GLOSSARY, type GlossaryEntry, type GlossaryKind } from "./glossary.js";
export { findJargon } from "./jargon.js";
export { JARGON_EVAL_SET, type JargonSample } from "./jargon-eval-set.js";
export { SCORE_WEIGHTS } from "./score.js";
export type * from "./types.js";
