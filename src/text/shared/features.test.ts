import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contextGrams } from "./features.js";
import { tokenize } from "./nlp.js";
import { buildScope } from "./scope.js";

const grams = (text: string) => contextGrams(buildScope(tokenize(text)));

describe("the network's word pairs and triples", () => {
  it("pairs words one apart and reads triples, as lemmas", () => {
    assert.deepEqual(grams("They talked us down"), [
      "they~us",
      "they_talk_us",
      "talk~down",
      "talk_us_down",
    ]);
  });

  it("stays within a clause", () => {
    const g = grams("They never call, but we cope fine");
    assert.ok(g.includes("they~call"));
    assert.ok(g.includes("we~fine"));
    assert.ok(!g.some((x) => x.startsWith("never~") || x.startsWith("call~")), g.join(" "));
  });

  it("has nothing for texts under three words, or none at all", () => {
    assert.deepEqual(grams(""), []);
    assert.deepEqual(grams("Fine, thanks"), []);
    assert.deepEqual(grams("!!! ???"), []);
  });

  it("keeps a long word to the classifiers' length", () => {
    const long = "a".repeat(200);
    for (const g of grams(`so ${long} here`)) assert.ok(g.length < 60, g);
  });
});
