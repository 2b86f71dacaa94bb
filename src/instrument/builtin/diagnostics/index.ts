import type { InstrumentDefinition } from "../../instrument.schema.js";
import { blameClimate } from "./blame-climate.js";
import { errorClimateEmployee } from "./error-climate-employee.js";
import { errorClimateManager } from "./error-climate-manager.js";
import { frictionInvolvement } from "./friction-involvement.js";
import { lifePositions } from "./life-positions.js";

/** The diagnostic instruments of the therapy framework (paper 004), ready to be shipped. */
export const DIAGNOSTIC_INSTRUMENTS: readonly InstrumentDefinition[] = [
  lifePositions,
  errorClimateEmployee,
  errorClimateManager,
  blameClimate,
  frictionInvolvement,
];

export {
  blameClimate,
  errorClimateEmployee,
  errorClimateManager,
  frictionInvolvement,
  lifePositions,
};
