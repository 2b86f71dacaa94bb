import type { DemoRow } from "./demo-row.js";
import { type RelationshipWave, relationshipRows } from "./relationship-rows.js";

/**
 * The second wave of the relationship demo: the same invented firm a year on, after security
 * dialogues and champions. These figures are ours, not published ones: people meet the
 * security team more often, fewer describe the relationship as distant (about 18% instead of
 * 36%), and a few more find the team helpful. Each plan column adds up to the its_helpful
 * target of this wave, as in wave 1. The text pools are drawn without repeats, so the seed is
 * one under which every pool suffices (demo-rows tests would fail loudly otherwise).
 */
export const RELATIONSHIP_WAVE_2: RelationshipWave = {
  seed: 2021,
  targets: {
    its_helpful: { yes: 62, partly: 12, no: 15, never_needed: 3 },
    contact_frequency: { never: 12, rarely: 36, monthly: 28, weekly: 12, daily: 4 },
  },
  experiencePlan: {
    none: { yes: 56, partly: 5, no: 0, never_needed: 3 },
    described: { yes: 1, partly: 5, no: 10, never_needed: 0 },
    empty: { yes: 5, partly: 2, no: 5, never_needed: 0 },
  },
  communicationPlan: {
    jargon: { yes: 8, partly: 5, no: 7, never_needed: 0 },
    clear: { yes: 36, partly: 3, no: 1, never_needed: 2 },
    troubled: { yes: 3, partly: 2, no: 4, never_needed: 0 },
    empty: { yes: 15, partly: 2, no: 3, never_needed: 1 },
  },
  noNegativeExperience: 64,
  jargonObstacle: 20,
  distantRelationship: 17,
  poorRelationship: 6,
  emptyOwnView: 24,
  criticalAmongHelpful: 6,
  criticalAmongPartly: 6,
};

/** The 92 employees of the demo firm in wave 2, one row each, identical on every call. */
export function relationshipWave2Rows(): DemoRow[] {
  return relationshipRows(RELATIONSHIP_WAVE_2);
}
