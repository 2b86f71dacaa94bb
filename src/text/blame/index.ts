/**
 * Practitioner blame: whether a statement by a vendor, practitioner or journalist frames people
 * as the problem, next to the paper's keyword method (Employee, Human, User, Weakest, Error,
 * Insider). Deterministic: the model is the one `npm install` built, or trained on first use.
 */
export type { BlameAnalysis, BlameEvidence } from "./analyse.js";
export { analyseBlame } from "./judge.js";
export { BLAME_KEYWORDS, type BlameKeyword, keywordHits } from "./keywords.js";
