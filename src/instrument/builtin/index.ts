import type { InstrumentDefinition } from "../instrument.schema.js";
import { DIAGNOSTIC_INSTRUMENTS } from "./diagnostics/index.js";
import { securityRelationship } from "./security-relationship.js";
import { smeSecurityPractices } from "./sme-security-practices.js";

/** Shipped with Rapport and installed in every workspace. */
export const BUILTIN_INSTRUMENTS: readonly InstrumentDefinition[] = [
  smeSecurityPractices,
  securityRelationship,
  // Diagnosis of the security relationship: life positions, error and blame climate, friction.
  ...DIAGNOSTIC_INSTRUMENTS,
];
