import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAnswer } from "../instrument/answer-value.js";
import { relationshipDiagnosis } from "../instrument/builtin/diagnostics/relationship-diagnosis.js";
import { itemsOf } from "../instrument/instrument.js";
import { diagnosisRows } from "./diagnosis-rows.js";
import { RELATIONSHIP_GROUPS, RELATIONSHIP_ORGANISATION } from "./relationship-rows.js";

describe("relationship-diagnosis demo rows", () => {
  it("are the same on every call, about 90 per wave, for the relationship demo's firm", () => {
    assert.deepEqual(diagnosisRows(1), diagnosisRows(1));
    assert.equal(diagnosisRows(1).length, 90);
    assert.equal(diagnosisRows(2).length, 88);
    assert.notDeepEqual(diagnosisRows(1), diagnosisRows(2));
    const departments = new Set<string>(RELATIONSHIP_GROUPS.map(([name]) => name));
    for (const row of diagnosisRows(1)) {
      assert.equal(row.organisation, RELATIONSHIP_ORGANISATION);
      assert.equal(row.own_community, row.community);
      assert.ok(departments.has(row.group ?? "") || row.group === "IT", row.group);
    }
  });

  it("answer every item with a value the importer accepts", () => {
    const items = itemsOf(relationshipDiagnosis);
    for (const wave of [1, 2] as const) {
      for (const row of diagnosisRows(wave)) {
        for (const item of items) {
          const parsed = parseAnswer(item, row[item.code] ?? "");
          assert.ok(parsed.ok, `${item.code}: ${row[item.code]}`);
        }
      }
    }
  });

  it("write some answers in their own words, never the same long text twice in a wave", () => {
    const rows = diagnosisRows(1);
    for (const code of ["friction_example", "workarounds_other", "proposed_requirements"]) {
      const texts = rows.map((r) => r[code] ?? "").filter((t) => t.length > 20);
      assert.ok(texts.length >= 10, code);
      assert.equal(new Set(texts).size, texts.length, code);
    }
  });
});
