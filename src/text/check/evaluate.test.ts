import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluateJargon, expectedSpans } from "./evaluate.js";
import { JARGON_EVAL_SET } from "./jargon-eval-set.js";

describe("jargon evaluation", () => {
  it("has about thirty realistic samples with unique ids and findable annotations", () => {
    assert.ok(JARGON_EVAL_SET.length >= 30);
    assert.equal(new Set(JARGON_EVAL_SET.map((s) => s.id)).size, JARGON_EVAL_SET.length);
    for (const sample of JARGON_EVAL_SET) {
      const spans = expectedSpans(sample);
      for (const word of sample.jargon) {
        assert.ok(
          spans.some((s) => sample.text.slice(s.start, s.end) === word),
          `${sample.id}: "${word}" not in text`,
        );
      }
    }
  });

  it("reaches recall >= 0.9 and precision >= 0.8 on the set", () => {
    const r = evaluateJargon();
    assert.ok(r.recall >= 0.9, `recall ${r.recall}: ${JSON.stringify(r.errors)}`);
    assert.ok(r.precision >= 0.8, `precision ${r.precision}: ${JSON.stringify(r.errors)}`);
    assert.equal(r.truePositives + r.falseNegatives, JARGON_EVAL_SET.flatMap(expectedSpans).length);
  });

  it("counts hits, misses and extras on a custom set", () => {
    const r = evaluateJargon([
      { id: "a", text: "Turn on MFA and check the firewall.", jargon: ["MFA", "check"] },
      { id: "b", text: "Nothing to see here.", jargon: [] },
    ]);
    assert.equal(r.truePositives, 1);
    assert.equal(r.falsePositives, 1);
    assert.equal(r.falseNegatives, 1);
    assert.equal(r.precision, 0.5);
    assert.equal(r.recall, 0.5);
    assert.deepEqual(r.errors, [{ id: "a", missed: ["check"], extra: ["firewall"] }]);
  });

  it("returns perfect scores for an empty set rather than NaN", () => {
    const r = evaluateJargon([]);
    assert.equal(r.precision, 1);
    assert.equal(r.recall, 1);
  });
});
