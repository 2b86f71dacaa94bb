import type { Catalogue } from "../guideline.schema.js";
import { CONTEXT_GUIDELINES } from "./context.js";
import { CUSTOMER_AND_PRODUCT_GUIDELINES } from "./customers-products.js";
import { INFORMATION_AND_TECHNOLOGY_GUIDELINES } from "./information-technology.js";
import { LIFE_CYCLE_GUIDELINES } from "./life-cycle.js";
import { PARTICIPANT_GUIDELINES } from "./participants.js";
import { PROCESS_GUIDELINES } from "./processes.js";

/**
 * The guidelines Rapport ships with, after the security guidelines that Work System Theory gives
 * per element and per life-cycle phase, restated as questions an employee or analyst can answer.
 * Raise the version whenever a text changes, so reports can say which wording they used.
 */
export const BUILTIN_CATALOGUE: Catalogue = {
  schema: "rapport.guidelines/1",
  version: 1,
  name: "Rapport built-in guidelines",
  guidelines: [
    ...CUSTOMER_AND_PRODUCT_GUIDELINES,
    ...PROCESS_GUIDELINES,
    ...PARTICIPANT_GUIDELINES,
    ...INFORMATION_AND_TECHNOLOGY_GUIDELINES,
    ...CONTEXT_GUIDELINES,
    ...LIFE_CYCLE_GUIDELINES,
  ],
};
