import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { isRapportError } from "../errors.js";
import { parseAnswer } from "./answer-value.js";
import { BUILTIN_INSTRUMENTS } from "./builtin/index.js";
import { itemsOf } from "./instrument.js";
import type { InstrumentDefinition, ItemDefinition } from "./instrument.schema.js";
import {
  addInstrument,
  getInstrumentVersion,
  listInstruments,
  parseInstrumentDefinition,
} from "./instrument.service.js";

const minimal = (): InstrumentDefinition => ({
  code: "pulse",
  title: "Pulse",
  sections: [{ title: "One", items: [{ code: "ok", type: "yes_no", text: "All good?" }] }],
});

function problems(input: unknown): { path?: string; message: string }[] {
  try {
    parseInstrumentDefinition(input);
  } catch (error) {
    if (isRapportError(error)) return [...error.details];
    throw error;
  }
  return [];
}

describe("instrument definitions", () => {
  it("ships two valid built-in instruments carrying the stable item codes", () => {
    for (const definition of BUILTIN_INSTRUMENTS) assert.deepEqual(problems(definition), []);
    const sme = itemsOf(BUILTIN_INSTRUMENTS[0] as InstrumentDefinition).map((i) => i.code);
    for (const code of [
      "aware_controls",
      "policy_status",
      "need_responsible_person",
      "need_incident_team",
      "need_data_ownership",
      "controls_reviewed",
      "controls_updates_aware",
      "involved_requirements",
      "job_requires_attention",
      "security_prioritised",
      "received_training",
      "handles_sensitive_data",
    ]) {
      assert.ok(sme.includes(code), code);
    }
    const relationship = itemsOf(BUILTIN_INSTRUMENTS[1] as InstrumentDefinition).map((i) => i.code);
    assert.equal(relationship.length, 12);
  });

  it("names the JSON path of each problem and says how to fix it", () => {
    const found = problems({
      code: "Bad Code",
      title: "T",
      sections: [
        {
          title: "S",
          items: [
            { code: "q1", type: "yes_no", text: "A?" },
            { code: "q1", type: "sliders", text: "B?" },
            { code: "q3", type: "likert", text: "C?", points: 5, labels: ["a", "b", "c"] },
            {
              code: "q4",
              type: "single_choice",
              text: "D?",
              options: [
                { code: "x", label: "X" },
                { code: "x", label: "Y" },
              ],
              colour: "red",
            },
          ],
        },
      ],
    });
    const byPath = new Map(found.map((p) => [p.path, p.message]));
    assert.match(byPath.get("code") ?? "", /lowercase letters, digits and -/);
    assert.match(
      byPath.get("sections[0].items[1].type") ?? "",
      /Use one of: yes_no, single_choice/,
    );
    assert.match(byPath.get("sections[0].items[2].labels") ?? "", /5-point scale needs 5 labels/);
    assert.match(byPath.get("sections[0].items[3]") ?? "", /Unknown field "colour"/);
  });

  it("refuses a duplicate item code, a missing field and a non-object", () => {
    const def = minimal();
    const items = (def.sections[0] as { items: ItemDefinition[] }).items;
    items.push({ code: "ok", type: "open_text", text: "Again" });
    assert.match(problems(def)[0]?.message ?? "", /used twice/);
    assert.match(problems({ code: "x", sections: [] })[0]?.message ?? "", /required/);
    assert.equal(problems("just text")[0]?.path, "(top level)");
    assert.equal(problems(null).length, 1);
  });

  it("checks that show_if values are answers of the earlier item", () => {
    const later = minimal();
    (later.sections[0] as { items: ItemDefinition[] }).items.unshift({
      code: "first",
      type: "yes_no",
      text: "?",
      show_if: { item: "ok", equals: "yes" },
    });
    assert.match(problems(later)[0]?.message ?? "", /"ok", which is not an earlier item/);
    const def = minimal();
    (def.sections[0] as { items: ItemDefinition[] }).items.push({
      code: "why",
      type: "open_text",
      text: "Why?",
      show_if: { item: "ok", equals: "maybe" },
    });
    assert.match(
      problems(def)[0]?.message ?? "",
      /"maybe" is not an answer of "ok". Use one of: yes, no/,
    );
  });
});

describe("reading answers as people type them", () => {
  const yesNo: ItemDefinition = { code: "q", type: "yes_no", text: "?", dont_know: true };
  const likert: ItemDefinition = {
    code: "l",
    type: "likert",
    text: "?",
    points: 5,
    labels: ["SD", "D", "N", "A", "SA"],
  };
  it("accepts codes, labels and common spellings", () => {
    for (const [raw, code] of [
      ["Yes", "yes"],
      [" Y ", "yes"],
      ["FALSE", "no"],
      ["Don’t know", "dont_know"],
      ["dont_know", "dont_know"],
    ]) {
      assert.deepEqual(parseAnswer(yesNo, raw as string), {
        ok: true,
        value: { kind: "choice", choice: code },
      });
    }
    assert.deepEqual(parseAnswer(likert, "a"), {
      ok: true,
      value: { kind: "choice", choice: "4" },
    });
    assert.deepEqual(parseAnswer(likert, "4"), {
      ok: true,
      value: { kind: "choice", choice: "4" },
    });
    assert.equal(parseAnswer(likert, "6").ok, false);
    assert.deepEqual(parseAnswer(yesNo, "   "), { ok: true, value: null });
  });

  it("checks numbers against their limits", () => {
    const n: ItemDefinition = {
      code: "n",
      type: "number",
      text: "?",
      min: 0,
      max: 10,
      integer: true,
    };
    assert.deepEqual(parseAnswer(n, "7"), { ok: true, value: { kind: "number", number: 7 } });
    for (const bad of ["11", "-1", "2.5", "seven", "1e999", "0x10"])
      assert.equal(parseAnswer(n, bad).ok, false, bad);
  });
});

describe("instrument versions", () => {
  let db: Database;
  let workspaceId: string;
  before(async () => {
    ({ db, workspaceId } = await setupWorkspace());
  });
  after(async () => {
    await db.close();
  });

  it("installs the built-ins in a new workspace", async () => {
    const codes = (await listInstruments(db, workspaceId)).map((i) => i.code);
    assert.deepEqual(codes, [
      "blame-climate",
      "error-climate-employee",
      "error-climate-manager",
      "friction-involvement",
      "life-positions",
      "relationship-diagnosis",
      "security-relationship",
      "sme-security-practices",
    ]);
  });

  it("adds a new version only when the content changes", async () => {
    assert.deepEqual(await addInstrument(db, workspaceId, minimal()), {
      code: "pulse",
      version: 1,
      created: true,
    });
    const reordered = JSON.parse(
      JSON.stringify({ sections: minimal().sections, title: "Pulse", code: "pulse" }),
    );
    assert.deepEqual(await addInstrument(db, workspaceId, reordered), {
      code: "pulse",
      version: 1,
      created: false,
    });
    const changed = { ...minimal(), title: "Pulse, revised" };
    assert.deepEqual(await addInstrument(db, workspaceId, changed), {
      code: "pulse",
      version: 2,
      created: true,
    });
    assert.equal((await getInstrumentVersion(db, workspaceId, "pulse", 1)).title, "Pulse");
    assert.equal((await getInstrumentVersion(db, workspaceId, "pulse")).version, 2);
  });

  it("says which instruments exist when one is not found", async () => {
    await assert.rejects(
      getInstrumentVersion(db, workspaceId, "nope"),
      /Known instruments: .*sme-security-practices/,
    );
    await assert.rejects(getInstrumentVersion(db, workspaceId, "pulse", 9), /has no version 9/);
  });
});

describe("telling a wrong type from a missing field", () => {
  it("says a title given as a number is the wrong type, not missing", () => {
    const found = problems({ code: "x", title: 5, sections: [] });
    assert.equal(found.find((p) => p.path === "title")?.message, "Expected text here.");
  });
});
