import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { newcombeDifference } from "./newcombe.js";

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Reference values: Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10,
 * which R reproduces with DescTools::BinomDiffCI(x1, n1, x2, n2, method = "score"), e.g.
 * DescTools::BinomDiffCI(56, 70, 48, 80, method = "score") gives 0.2000 [0.0524, 0.3339].
 * R was not installed where these tests were written, so each value was also recomputed by
 * hand from the Wilson limits (prop.test(x, n, correct = FALSE)$conf.int) in a separate
 * Python script; all agree to four decimals.
 */
const CASES: [number, number, number, number, number, number, number][] = [
  [56, 70, 48, 80, 0.2, 0.0524, 0.3339],
  [9, 10, 3, 10, 0.6, 0.1705, 0.809],
  [5, 56, 0, 29, 0.0893, -0.0381, 0.1926],
  [0, 10, 0, 20, 0, -0.1611, 0.2775],
  [0, 10, 0, 10, 0, -0.2775, 0.2775],
  [10, 10, 0, 20, 1, 0.6791, 1],
  [10, 10, 0, 10, 1, 0.6075, 1],
];

describe("Newcombe's hybrid score interval for a difference of proportions", () => {
  for (const [x1, n1, x2, n2, d, lower, upper] of CASES) {
    it(`${x1}/${n1} - ${x2}/${n2} = ${d} [${lower}, ${upper}]`, () => {
      const result = newcombeDifference({ x: x1, n: n1 }, { x: x2, n: n2 });
      assert.ok(result);
      assert.equal(round4(result.difference), d);
      assert.equal(round4(result.ci95[0]), lower);
      assert.equal(round4(result.ci95[1]), upper);
    });
  }

  it("is symmetric: swapping the groups mirrors the interval", () => {
    const ab = newcombeDifference({ x: 56, n: 70 }, { x: 48, n: 80 });
    const ba = newcombeDifference({ x: 48, n: 80 }, { x: 56, n: 70 });
    assert.ok(ab && ba);
    assert.equal(round4(ab.ci95[0]), round4(-ba.ci95[1]));
    assert.equal(round4(ab.ci95[1]), round4(-ba.ci95[0]));
  });

  it("takes a published share times its n as a fractional count", () => {
    // 24 of 40 against 48% of 187; checked by hand as above.
    const result = newcombeDifference({ x: 24, n: 40 }, { x: 0.48 * 187, n: 187 });
    assert.ok(result);
    assert.equal(round4(result.difference), 0.12);
    assert.equal(round4(result.ci95[0]), -0.0497);
    assert.equal(round4(result.ci95[1]), 0.2736);
  });

  it("has no interval for an empty group or an impossible count", () => {
    assert.equal(newcombeDifference({ x: 0, n: 0 }, { x: 1, n: 2 }), undefined);
    assert.equal(newcombeDifference({ x: 3, n: 2 }, { x: 1, n: 2 }), undefined);
    assert.equal(newcombeDifference({ x: -1, n: 2 }, { x: 1, n: 2 }), undefined);
  });

  it("stays within -1 and 1 for huge groups", () => {
    const result = newcombeDifference({ x: 1e9, n: 1e9 }, { x: 0, n: 1e9 });
    assert.ok(result);
    assert.ok(result.ci95[0] > 0.99 && result.ci95[1] === 1);
  });
});
