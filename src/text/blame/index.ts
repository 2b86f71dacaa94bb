/**
 * Practitioner blame: whether a statement by a vendor, practitioner or journalist frames people
 * as the problem, next to the paper's keyword method (Employee, Human, User, Weakest, Error,
 * Insider). Pure and deterministic, no I/O.
 */
export { analyseBlame, type BlameAnalysis, type BlameEvidence } from "./analyse.js";
export { type BlameEvaluation, evaluateBlame } from "./evaluate.js";
export { BLAME_KEYWORDS, type BlameKeyword, keywordHits } from "./keywords.js";
