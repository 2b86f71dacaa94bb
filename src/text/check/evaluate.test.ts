import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluateJargon, expectedSpans } from "./evaluate.js";
import { JARGON_EVAL_SET } from "./jargon-eval-set.js";
import { OTHER_SETS, otherSet, parseSamples } from "./jargon-others.js";

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

  describe("on messages marked by other authors", () => {
    const sets = OTHER_SETS.map((name) => otherSet(name));
    const pooled = sets.flat();

    it("has sixteen sets of about sixty messages, ids unique, every mark in its text", () => {
      assert.equal(sets.length, 16);
      for (const set of sets) assert.ok(set.length >= 50, `only ${set.length}`);
      assert.equal(new Set(pooled.map((s) => s.id)).size, pooled.length);
      for (const sample of pooled) {
        const spans = expectedSpans(sample);
        for (const word of sample.jargon) {
          assert.ok(
            spans.some((s) => sample.text.slice(s.start, s.end) === word),
            sample.id,
          );
        }
      }
    });

    // Session 17: the 427-entry glossary found 0.48 to 0.65 of what these editors marked; with
    // about 1,500 entries and the rule for unknown abbreviations, 0.76 to 0.90 per set and 0.82
    // pooled. Session 18 added eight sets written with more shorthand and notation, which the
    // check of the day found 0.49 to 0.66 of; with notation, product names, shorthand and a
    // wider reading of everyday words in a technical sense, 0.65 to 0.93 per set and 0.81
    // pooled over all sixteen (0.76 and 0.71 on JO and JP, scored once at the end).
    it("finds at least 0.6 of the marked jargon in each set and 0.8 pooled", () => {
      sets.forEach((set, i) => {
        const r = evaluateJargon(set);
        assert.ok(r.recall >= 0.6, `${OTHER_SETS[i]} recall ${r.recall.toFixed(3)}`);
        assert.ok(r.precision >= 0.75, `${OTHER_SETS[i]} precision ${r.precision.toFixed(3)}`);
      });
      assert.ok(evaluateJargon(pooled).recall >= 0.8);
    });

    // The bar (90% of what a plain-language editor would mark) holds on our own set but
    // not yet on other editors' marks; todo so that the gap shows in every run.
    it("finds at least 0.9 of it, pooled", {
      todo: "recall on other editors' marks is below 0.9",
    }, () => {
      const r = evaluateJargon(pooled);
      assert.ok(r.recall >= 0.9, `recall ${r.recall.toFixed(3)}`);
    });

    it("names the file and line of a malformed message", () => {
      const good = JSON.stringify({ id: "a", text: "Turn on MFA.", jargon: ["MFA"] });
      assert.equal(parseSamples(`${good}\n\n`, "x.jsonl").length, 1);
      assert.throws(() => parseSamples(`${good}\n{oops`, "x.jsonl"), /x\.jsonl:2 /);
      const absent = JSON.stringify({ id: "b", text: "Hello.", jargon: ["MFA"] });
      assert.throws(() => parseSamples(absent, "y.jsonl"), /y\.jsonl:1 /);
    });
  });
});
