import type { InstrumentDefinition } from "../instrument.schema.js";
import { securityRelationship } from "./security-relationship.js";
import { smeSecurityPractices } from "./sme-security-practices.js";

/** Shipped with Rapport and installed in every workspace. */
export const BUILTIN_INSTRUMENTS: readonly InstrumentDefinition[] = [
  smeSecurityPractices,
  securityRelationship,
];
