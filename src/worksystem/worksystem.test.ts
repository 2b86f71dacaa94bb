import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  INTERVENTION_DESCRIPTIONS,
  INTERVENTION_LABELS,
  INTERVENTIONS,
  isIntervention,
} from "./interventions.js";
import {
  ELEMENT_DESCRIPTIONS,
  ELEMENT_LABELS,
  ELEMENTS,
  isElement,
  isPhase,
  isPlannedPhase,
  PHASE_DESCRIPTIONS,
  PHASE_LABELS,
  PHASES,
  PLANNED_PHASES,
  SENSITIVITY_DESCRIPTIONS,
  SENSITIVITY_LABELS,
  SENSITIVITY_LEVELS,
} from "./worksystem.js";

const STABLE_CODE = /^[a-z][a-z_]*$/;

function checkVocabulary(
  codes: readonly string[],
  labels: Readonly<Record<string, string>>,
  descriptions: Readonly<Record<string, string>>,
): void {
  assert.equal(new Set(codes).size, codes.length, "codes are unique");
  assert.deepEqual(Object.keys(labels), [...codes], "one label per code, in order");
  assert.deepEqual(Object.keys(descriptions), [...codes], "one description per code, in order");
  for (const code of codes) {
    assert.match(code, STABLE_CODE);
    assert.ok((labels[code] ?? "").trim() !== "", code);
    const description = descriptions[code] ?? "";
    assert.match(description, /^[A-Z].*\.$/, code);
    assert.ok(description.split(/\s+/).length <= 25, `${code}: description too long`);
  }
}

describe("work system vocabulary", () => {
  it("has the nine elements, the four phases and the four sensitivity levels", () => {
    assert.deepEqual(
      [...ELEMENTS],
      [
        "customers",
        "products_services",
        "processes_activities",
        "participants",
        "information",
        "technologies",
        "environment",
        "infrastructure",
        "strategies",
      ],
    );
    assert.deepEqual(
      [...PHASES],
      ["initiation", "development", "implementation", "operation_maintenance"],
    );
    assert.deepEqual([...PLANNED_PHASES], PHASES.slice(0, 3));
    assert.deepEqual(
      [...SENSITIVITY_LEVELS],
      ["public", "internal", "confidential", "special_category"],
    );
  });

  it("labels and describes every code", () => {
    checkVocabulary(ELEMENTS, ELEMENT_LABELS, ELEMENT_DESCRIPTIONS);
    checkVocabulary(PHASES, PHASE_LABELS, PHASE_DESCRIPTIONS);
    checkVocabulary(SENSITIVITY_LEVELS, SENSITIVITY_LABELS, SENSITIVITY_DESCRIPTIONS);
    checkVocabulary(INTERVENTIONS, INTERVENTION_LABELS, INTERVENTION_DESCRIPTIONS);
  });

  it("recognises its own codes and nothing else", () => {
    assert.ok(isElement("participants"));
    assert.ok(!isElement("Participants"));
    assert.ok(!isElement(3));
    assert.ok(isPhase("operation_maintenance"));
    assert.ok(!isPlannedPhase("operation_maintenance"));
    assert.ok(isPlannedPhase("development"));
    assert.ok(isIntervention("security_dialogue"));
    assert.ok(!isIntervention("toString"));
  });
});
