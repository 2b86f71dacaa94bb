import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scalesOf } from "../../../analysis/scales.js";
import { isRapportError } from "../../../errors.js";
import { COMMUNITIES } from "../../../organisation/organisation.js";
import { itemsOf } from "../../instrument.js";
import type { InstrumentDefinition, ItemDefinition } from "../../instrument.schema.js";
import { parseInstrumentDefinition } from "../../instrument.service.js";
import { BUILTIN_INSTRUMENTS } from "../index.js";
import { AGREE_5 } from "./common.js";
import {
  blameClimate,
  DIAGNOSTIC_INSTRUMENTS,
  errorClimateEmployee,
  errorClimateManager,
  frictionInvolvement,
  lifePositions,
  relationshipDiagnosis,
} from "./index.js";

function problems(input: unknown): { path?: string; message: string }[] {
  try {
    parseInstrumentDefinition(input);
  } catch (error) {
    if (isRapportError(error)) return [...error.details];
    throw error;
  }
  return [];
}

const byCode = (definition: InstrumentDefinition) =>
  new Map(itemsOf(definition).map((item) => [item.code, item]));

function item(definition: InstrumentDefinition, code: string): ItemDefinition {
  const found = byCode(definition).get(code);
  assert.ok(found, `${definition.code} has no item ${code}`);
  return found;
}

const optionCodes = (found: ItemDefinition): string[] =>
  found.type === "single_choice" || found.type === "multiple_choice"
    ? found.options.map((o) => o.code)
    : [];

describe("diagnostic instruments", () => {
  it("are six valid definitions with their own codes", () => {
    for (const definition of DIAGNOSTIC_INSTRUMENTS)
      assert.deepEqual(problems(definition), [], definition.code);
    const codes = BUILTIN_INSTRUMENTS.map((d) => d.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(
      DIAGNOSTIC_INSTRUMENTS.every((d) => codes.includes(d.code)),
      "all are shipped",
    );
    assert.deepEqual(
      DIAGNOSTIC_INSTRUMENTS.map((d) => d.code),
      [
        "life-positions",
        "error-climate-employee",
        "error-climate-manager",
        "blame-climate",
        "friction-involvement",
        "relationship-diagnosis",
      ],
    );
  });

  it("offer the same five agreement answers on every Likert item", () => {
    for (const definition of DIAGNOSTIC_INSTRUMENTS) {
      for (const found of itemsOf(definition)) {
        if (found.type !== "likert") continue;
        assert.equal(found.points, 5, found.code);
        assert.deepEqual(found.labels, [...AGREE_5], found.code);
      }
    }
  });

  it("promise anonymity before anyone answers", () => {
    for (const definition of DIAGNOSTIC_INSTRUMENTS)
      assert.match(definition.intro ?? "", /anonymous/i, definition.code);
  });
});

describe("life-positions", () => {
  it("asks for the respondent's community first, with the stable community codes", () => {
    const first = lifePositions.sections[0]?.items[0];
    assert.ok(first);
    assert.equal(first.code, "own_community");
    assert.equal(first.type, "single_choice");
    assert.equal(first.required, true);
    assert.deepEqual(optionCodes(first), [...COMMUNITIES]);
  });

  it("asks the same statements about each of the three communities", () => {
    const codes = itemsOf(lifePositions)
      .map((i) => i.code)
      .filter((c) => c.startsWith("lp_"));
    assert.equal(codes.length, 18);
    for (const code of codes) assert.match(code, /^lp_(emp|its|mgt)_(ok|treats)_[1-9]$/);
    const texts = (prefix: string) =>
      itemsOf(lifePositions)
        .filter((i) => i.code.startsWith(`lp_${prefix}_`))
        .map((i) =>
          i.text.replace(/^(Staff here|People in the IT security team|Managers here)/, ""),
        );
    assert.deepEqual(texts("emp"), texts("its"));
    assert.deepEqual(texts("emp"), texts("mgt"));
  });
});

describe("error-climate forms", () => {
  const likertCodes = (d: InstrumentDefinition) =>
    itemsOf(d)
      .filter((i) => i.type === "likert")
      .map((i) => i.code);

  it("share every rating item code, worded from each side", () => {
    const employee = likertCodes(errorClimateEmployee);
    assert.deepEqual(employee, likertCodes(errorClimateManager));
    assert.equal(employee.length, 20);
    const reworded = employee.filter(
      (code) => item(errorClimateEmployee, code).text !== item(errorClimateManager, code).text,
    );
    assert.deepEqual(reworded, employee, "each shared item is adapted to the manager's view");
  });

  it("each ends with an open question for ideas of its own", () => {
    assert.equal(item(errorClimateEmployee, "ec_employee_idea").type, "open_text");
    assert.equal(item(errorClimateManager, "ec_manager_idea").type, "open_text");
    assert.equal(byCode(errorClimateManager).has("ec_employee_idea"), false);
  });
});

describe("blame-climate", () => {
  it("asks who usually carries the blame, with nobody and don't know as answers", () => {
    assert.deepEqual(optionCodes(item(blameClimate, "blame_who")), [
      ...COMMUNITIES,
      "outsiders",
      "nobody",
      "dont_know",
    ]);
    assert.equal(item(blameClimate, "own_community").type, "single_choice");
  });
});

describe("friction-involvement", () => {
  it("lists typical situations and common workarounds as choices", () => {
    const situations = item(frictionInvolvement, "friction_situations");
    assert.equal(situations.type, "multiple_choice");
    assert.ok(optionCodes(situations).includes("none"));
    const workarounds = item(frictionInvolvement, "workarounds_seen");
    assert.equal(workarounds.type, "multiple_choice");
    for (const code of [
      "share_passwords",
      "personal_device",
      "personal_email",
      "write_down_passwords",
      "skip_step",
    ])
      assert.ok(optionCodes(workarounds).includes(code), code);
  });

  it("leaves room for own words and asks whether people were involved", () => {
    for (const code of ["friction_example", "workarounds_other", "proposed_requirements"])
      assert.equal(item(frictionInvolvement, code).type, "open_text", code);
    assert.equal(item(frictionInvolvement, "asked_about_rules").type, "yes_no");
  });

  it("never asks who the respondent is, so workarounds stay unattributed", () => {
    assert.equal(byCode(frictionInvolvement).has("own_community"), false);
    for (const found of itemsOf(frictionInvolvement)) assert.equal(found.required, undefined);
  });
});

describe("relationship-diagnosis", () => {
  const parts = [lifePositions, errorClimateEmployee, blameClimate, frictionInvolvement];

  it("asks for the respondent's community once, first", () => {
    const codes = itemsOf(relationshipDiagnosis).map((i) => i.code);
    assert.equal(codes[0], "own_community");
    assert.equal(codes.filter((c) => c === "own_community").length, 1);
  });

  it("holds every item of the separate instruments with the same code and wording", () => {
    const combined = byCode(relationshipDiagnosis);
    const expected = new Set(parts.flatMap((d) => itemsOf(d).map((i) => i.code)));
    assert.deepEqual(new Set(combined.keys()), expected);
    for (const definition of parts)
      for (const found of itemsOf(definition))
        assert.deepEqual(combined.get(found.code), found, found.code);
    assert.equal(combined.has("ec_manager_idea"), false, "employee wording for everyone");
    for (const code of ["friction_example", "workarounds_other", "proposed_requirements"])
      assert.equal(item(relationshipDiagnosis, code).type, "open_text", code);
  });

  it("is scored on every scale of its parts", () => {
    const codes = scalesOf(relationshipDiagnosis).map((s) => s.code);
    assert.equal(new Set(codes).size, codes.length);
    const expected = parts.flatMap((d) => scalesOf(d.code).map((s) => s.code));
    assert.deepEqual([...codes].sort(), [...expected].sort());
    assert.deepEqual(
      scalesOf("relationship-diagnosis").map((s) => s.code),
      codes,
    );
  });
});

/** Every piece of text a respondent reads. */
function textsOf(definition: InstrumentDefinition): string[] {
  const out = [definition.title, definition.description ?? "", definition.intro ?? ""];
  for (const section of definition.sections) {
    out.push(section.title, section.description ?? "");
    for (const found of section.items) {
      out.push(found.text, found.help ?? "");
      if (found.type === "likert") out.push(...found.labels);
      if (found.type === "single_choice" || found.type === "multiple_choice")
        out.push(...found.options.map((o) => o.label));
    }
  }
  return out.filter((t) => t !== "");
}

const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

const wordCount = (sentence: string): number =>
  sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// Word beginnings, so plural and verb forms are caught too ("leveraging", "stakeholders").
const JARGON =
  /\b(stakeholder|leverag|paradigm|synerg|utili[sz]|facilitat|mitigat|complian|cyber|phish|malware|credential|authenticat|endpoint|vulnerab)/i;
const BLAMING = /(weakest link|\bstupid|\bfault)/i;

describe("plain language in the diagnostic instruments", () => {
  it("checks its own sentence splitter and word count", () => {
    assert.deepEqual(sentencesOf("One two. Three? Four!"), ["One two.", "Three?", "Four!"]);
    assert.equal(wordCount("Staff here - mostly - are fine."), 5);
    assert.match("our stakeholders", JARGON);
    assert.match("Whose fault was it?", BLAMING);
    assert.doesNotMatch("the default setting", BLAMING);
  });

  for (const definition of DIAGNOSTIC_INSTRUMENTS) {
    it(`${definition.code}: no sentence over 25 words`, () => {
      for (const text of textsOf(definition))
        for (const sentence of sentencesOf(text))
          assert.ok(wordCount(sentence) <= 25, `${wordCount(sentence)} words: ${sentence}`);
    });

    it(`${definition.code}: no jargon and no blaming words`, () => {
      for (const text of textsOf(definition)) {
        assert.doesNotMatch(text, JARGON);
        assert.doesNotMatch(text, BLAMING);
      }
    });
  }
});
