import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { foldsOf } from "../bench/held-out-folds.js";
import { LATEST_ROUNDS } from "../src/text/indicators/held-out.js";

describe("the bench's folds of rounds held out", () => {
  it("hold every batch of every round exactly once", () => {
    const folds = foldsOf(LATEST_ROUNDS);
    assert.equal(folds.length, 7);
    const all = folds.flat();
    assert.deepEqual([...all].sort(), LATEST_ROUNDS.flat().sort());
    assert.equal(new Set(all).size, all.length);
  });

  it("keep a round's batches together and deal rounds in turn, so each fold mixes early and late briefs", () => {
    const rounds = [["a1", "a2"], ["b"], ["c"], ["d1", "d2"], ["e"]];
    assert.deepEqual(foldsOf(rounds, 2), [
      ["a1", "a2", "c", "e"],
      ["b", "d1", "d2"],
    ]);
  });

  it("make no empty fold when there are fewer rounds than folds, and none at all for no rounds", () => {
    assert.deepEqual(foldsOf([["a"], ["b"]], 7), [["a"], ["b"]]);
    assert.deepEqual(foldsOf([], 7), []);
  });
});
