import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cronbachAlpha, sampleVariance } from "./cronbach-alpha.js";

/*
 * Oracle: R 4.2.2, base R only, run with Rscript:
 *
 *   alpha <- function(x) { k <- ncol(x); k/(k-1)*(1-sum(apply(x,2,var))/var(rowSums(x))) }
 *   A <- matrix(c(4,5,4,5, 3,3,4,3, 2,2,1,2, 5,4,5,5, 3,4,3,3, 1,2,2,1), ncol=4, byrow=TRUE)
 *   B <- matrix(c(1,4,2, 2,5,3, 3,2,3, 4,3,2, 5,1,4), ncol=3, byrow=TRUE)
 *   C <- matrix(c(1,2,3, 2,2,3, 3,4,3, 4,4,3, 5,5,3), ncol=3, byrow=TRUE)
 *   D <- matrix(c(1,2, 3,3, 5,4), ncol=2, byrow=TRUE)
 *   E <- matrix(c(2,4, 3,3, 4,2), ncol=2, byrow=TRUE)
 *   F <- matrix(c(1,1,1, 2,2,2, 4,4,4), ncol=3, byrow=TRUE)
 *   G <- matrix(3, nrow=4, ncol=3)
 *   for (x in list(A,B,C,D,E,F,G)) cat(sprintf("%.12f", alpha(x)), "\n")
 *
 * printed:
 *   A  0.957186544343   consistent items
 *   B -3.529411764706   item 2 pulls against items 1 and 3 (cor -0.80 and -0.57)
 *   C  0.722891566265   item 3 is constant
 *   D  0.888888888889   two items, three respondents: the smallest defined case
 *   E  -Inf             every total is 6: zero total variance
 *   F  1.000000000000   identical items
 *   G  NaN              nothing varies at all
 */
const A = [
  [4, 5, 4, 5],
  [3, 3, 4, 3],
  [2, 2, 1, 2],
  [5, 4, 5, 5],
  [3, 4, 3, 3],
  [1, 2, 2, 1],
];
const B = [
  [1, 4, 2],
  [2, 5, 3],
  [3, 2, 3],
  [4, 3, 2],
  [5, 1, 4],
];
const C = [
  [1, 2, 3],
  [2, 2, 3],
  [3, 4, 3],
  [4, 4, 3],
  [5, 5, 3],
];
const D = [
  [1, 2],
  [3, 3],
  [5, 4],
];
const E = [
  [2, 4],
  [3, 3],
  [4, 2],
];
const F = [
  [1, 1, 1],
  [2, 2, 2],
  [4, 4, 4],
];
const G = [
  [3, 3, 3],
  [3, 3, 3],
  [3, 3, 3],
  [3, 3, 3],
];

const R_ALPHA: [string, number[][], number][] = [
  ["consistent items", A, 0.957186544343],
  ["negative alpha", B, -3.529411764706],
  ["a constant item", C, 0.722891566265],
  ["two items, three respondents", D, 0.888888888889],
  ["identical items", F, 1],
];

describe("Cronbach's alpha", () => {
  for (const [name, matrix, expected] of R_ALPHA) {
    it(`matches R for ${name}`, () => {
      const alpha = cronbachAlpha(matrix);
      assert.ok(alpha !== undefined);
      assert.ok(Math.abs(alpha - expected) < 1e-9, `${alpha} vs ${expected}`);
    });
  }

  it("is undefined where R gives -Inf or NaN: no variation in the totals", () => {
    assert.equal(cronbachAlpha(E), undefined);
    assert.equal(cronbachAlpha(G), undefined);
  });

  it("is undefined with fewer than two items or two respondents", () => {
    assert.equal(cronbachAlpha([]), undefined);
    assert.equal(cronbachAlpha([[1], [2], [3]]), undefined);
    assert.equal(cronbachAlpha([[1, 2, 3]]), undefined);
  });

  it("does not depend on the order of respondents or items", () => {
    const rows = [...A].reverse();
    const columns = A.map((row) => [...row].reverse());
    assert.ok(Math.abs((cronbachAlpha(rows) ?? 0) - 0.957186544343) < 1e-9);
    assert.ok(Math.abs((cronbachAlpha(columns) ?? 0) - 0.957186544343) < 1e-9);
  });

  it("refuses ragged or non-numeric matrices", () => {
    assert.throws(() => cronbachAlpha([[1, 2], [3]]), RangeError);
    assert.throws(
      () =>
        cronbachAlpha([
          [1, Number.NaN],
          [3, 4],
        ]),
      RangeError,
    );
  });

  it("uses the sample variance, like R's var()", () => {
    // var(c(1,2,3,4)) = 1.666667 in R.
    assert.ok(Math.abs(sampleVariance([1, 2, 3, 4]) - 5 / 3) < 1e-12);
    assert.ok(Number.isNaN(sampleVariance([1])));
  });
});
