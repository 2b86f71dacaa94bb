import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { InstrumentDefinition, ItemDefinition } from "../instrument/instrument.schema.js";
import { describeAnswer, finalAnswers, isVisible, readPage, stepsOf } from "./flow.js";

const items: ItemDefinition[] = [
  { code: "uses_laptop", type: "yes_no", text: "Do you use a laptop?", required: true },
  {
    code: "laptop_home",
    type: "yes_no",
    text: "Do you take it home?",
    show_if: { item: "uses_laptop", equals: "yes" },
  },
  {
    code: "tools",
    type: "multiple_choice",
    text: "Which tools?",
    max_choices: 2,
    options: [
      { code: "mail", label: "Email" },
      { code: "chat", label: "Chat" },
      { code: "drive", label: "Shared drive" },
    ],
  },
  { code: "hours", type: "number", text: "Hours?", min: 0, max: 80, integer: true },
];
const definition: InstrumentDefinition = {
  code: "flow-test",
  title: "Flow",
  sections: [
    { title: "One", items: items.slice(0, 2) },
    { title: "Two", items: items.slice(2) },
  ],
};

describe("respondent flow", () => {
  it("has an about step, one step per section and a review", () => {
    assert.deepEqual(
      stepsOf(definition).map((s) => s.kind),
      ["about", "section", "section", "review"],
    );
  });

  it("shows a conditional question only when the earlier answer fits", () => {
    const conditional = items[1] as ItemDefinition;
    assert.equal(isVisible(conditional, {}), false);
    assert.equal(isVisible(conditional, { uses_laptop: "no" }), false);
    assert.equal(isVisible(conditional, { uses_laptop: "yes" }), true);
  });

  it("asks kindly for a required answer and drops an answer to a hidden question", () => {
    const missing = readPage(items.slice(0, 2), {}, {});
    assert.deepEqual(missing.errors, [
      { code: "uses_laptop", message: "Please answer this question." },
    ]);
    const hidden = readPage(items.slice(0, 2), { uses_laptop: "no", laptop_home: "yes" }, {});
    assert.deepEqual(hidden, { answers: { uses_laptop: "no" }, errors: [] });
  });

  it("refuses tampered values and out-of-range numbers with plain words", () => {
    const page = readPage(items.slice(2), { tools: ["mail", "chat", "drive"], hours: "200" }, {});
    assert.deepEqual(
      page.errors.map((e) => e.message),
      [
        "Please choose up to 2 answers.",
        "Please enter a whole number from 0 to 80, using digits (for example 12).",
      ],
    );
    const forged = readPage(items.slice(0, 1), { uses_laptop: "<script>" }, {});
    assert.equal(forged.errors[0]?.message, "Please choose one of the answers shown.");
  });

  it("keeps earlier answers, replaces this page's, and builds the final answers", () => {
    const first = readPage(items.slice(0, 2), { uses_laptop: "yes", laptop_home: "no" }, {});
    const second = readPage(
      items.slice(2),
      { tools: ["drive", "mail"], hours: "38" },
      first.answers,
    );
    const final = finalAnswers(definition, second.answers);
    assert.deepEqual(final.missing, []);
    assert.deepEqual(final.answers, [
      { itemCode: "uses_laptop", value: { kind: "choice", choice: "yes" } },
      { itemCode: "laptop_home", value: { kind: "choice", choice: "no" } },
      { itemCode: "tools", value: { kind: "choices", choices: ["mail", "drive"] } },
      { itemCode: "hours", value: { kind: "number", number: 38 } },
    ]);
    assert.equal(
      describeAnswer(items[2] as ItemDefinition, ["mail", "drive"]),
      "Email, Shared drive",
    );
    assert.equal(describeAnswer(items[3] as ItemDefinition, undefined), "Not answered");
  });

  it("reports a required question that was never answered", () => {
    assert.deepEqual(finalAnswers(definition, {}).missing, ["uses_laptop"]);
  });
});
