import type { InstrumentDefinition } from "../../instrument.schema.js";
import { blameClimate } from "./blame-climate.js";
import { errorClimateEmployee } from "./error-climate-employee.js";
import { errorClimateManager } from "./error-climate-manager.js";
import { frictionInvolvement } from "./friction-involvement.js";
import { lifePositions } from "./life-positions.js";
import { relationshipDiagnosis } from "./relationship-diagnosis.js";

/** The diagnostic instruments of the therapy framework (paper 004), ready to be shipped. */
export const DIAGNOSTIC_INSTRUMENTS: readonly InstrumentDefinition[] = [
  lifePositions,
  errorClimateEmployee,
  errorClimateManager,
  blameClimate,
  frictionInvolvement,
  // All of the above in one questionnaire, with the same item codes.
  relationshipDiagnosis,
];

export {
  blameClimate,
  errorClimateEmployee,
  errorClimateManager,
  frictionInvolvement,
  lifePositions,
  relationshipDiagnosis,
};
