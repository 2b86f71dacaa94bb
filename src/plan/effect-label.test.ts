import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BUILTIN_CATALOGUE } from "../worksystem/catalogue/index.js";
import { effectLabel } from "./effect-label.js";

describe("effect labels", () => {
  it("says in words what each kind of effect code means", () => {
    assert.equal(effectLabel("indicator:power_imbalance"), "Sign: power imbalance");
    assert.equal(effectLabel("scale:friction"), "Score: Security gets in the way of the job");
    assert.match(effectLabel("item:aware_controls"), /^Question: \S/);
    assert.match(effectLabel("finding:participants.know_guidance"), /^Guideline: \S/);
  });

  it("keeps long texts short, cut between words", () => {
    const label = effectLabel("finding:participants.know_guidance").slice("Guideline: ".length);
    assert.ok(label.length <= 74, label);
    const full = BUILTIN_CATALOGUE.guidelines.find(
      (g) => g.code === "participants.know_guidance",
    )?.statement;
    assert.ok(full);
    if (label.endsWith(" ...")) {
      const kept = label.slice(0, -4);
      assert.ok(full.startsWith(kept), label);
      assert.equal(full[kept.length], " ", "cut at a space, not inside a word");
    } else assert.equal(label, full);
  });

  it("falls back to the code for anything it does not know", () => {
    for (const code of [
      "indicator:nope",
      "scale:",
      "item:",
      "weird",
      "",
      "finding:custom.own_rule",
    ])
      assert.equal(effectLabel(code), code);
  });
});
