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

/*
 * Oracle: R 4.2.2, base R only, run with Rscript. The two Wilson intervals come from
 * prop.test without continuity correction and are combined as in Newcombe's method 10:
 *
 *   newcombe <- function(x1, n1, x2, n2) {
 *     w1 <- prop.test(x1, n1, correct = FALSE)$conf.int
 *     w2 <- prop.test(x2, n2, correct = FALSE)$conf.int
 *     p1 <- x1 / n1; p2 <- x2 / n2; d <- p1 - p2
 *     lo <- d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2)
 *     hi <- d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2)
 *     c(d, max(-1, lo), min(1, hi))
 *   }
 *   cases <- list(c(56,70,48,80), c(9,10,3,10), c(5,56,0,29), c(0,10,0,20), c(10,10,0,20),
 *                 c(1,3,2,4), c(12,12,3,15), c(0,5,5,5))
 *   for (k in cases) cat(k, sprintf("%.6f", newcombe(k[1], k[2], k[3], k[4])), "\n")
 *
 * printed (prop.test warns that the chi-squared approximation may be poor for small n; the
 * Wilson interval it returns is exact all the same):
 *   56 70 48 80   0.200000  0.052431  0.333873
 *   9 10 3 10     0.600000  0.170523  0.809018
 *   5 56 0 29     0.089286 -0.038137  0.192560   0/n in one group
 *   0 10 0 20     0.000000 -0.161125  0.277533   0/n in both
 *   10 10 0 20    1.000000  0.679086  1.000000   n/n against 0/n: upper limit clipped at 1
 *   1 3 2 4      -0.166667 -0.609804  0.410534   very small groups
 *   12 12 3 15    0.800000  0.450380  0.929525   n/n in one group
 *   0 5 5 5      -1.000000 -1.000000 -0.385549   0/n against n/n: lower limit at -1
 */
const R_CASES: [number, number, number, number, number, number, number][] = [
  [56, 70, 48, 80, 0.2, 0.052431, 0.333873],
  [9, 10, 3, 10, 0.6, 0.170523, 0.809018],
  [5, 56, 0, 29, 0.089286, -0.038137, 0.19256],
  [0, 10, 0, 20, 0, -0.161125, 0.277533],
  [10, 10, 0, 20, 1, 0.679086, 1],
  [1, 3, 2, 4, -0.166667, -0.609804, 0.410534],
  [12, 12, 3, 15, 0.8, 0.45038, 0.929525],
  [0, 5, 5, 5, -1, -1, -0.385549],
];

describe("Newcombe's interval agrees with base R to six decimals", () => {
  const close = (actual: number, expected: number) =>
    assert.ok(Math.abs(actual - expected) < 5e-7, `${actual} is not ${expected}`);
  for (const [x1, n1, x2, n2, d, lower, upper] of R_CASES) {
    it(`${x1}/${n1} - ${x2}/${n2}`, () => {
      const result = newcombeDifference({ x: x1, n: n1 }, { x: x2, n: n2 });
      assert.ok(result);
      close(result.difference, d);
      close(result.ci95[0], lower);
      close(result.ci95[1], upper);
    });
  }
});

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
