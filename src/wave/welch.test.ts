import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sampleOf, tQuantile, welchDifference } from "./welch.js";

/*
 * Oracle: R 4.2.2, base R only, run with Rscript:
 *
 *   options(digits = 15)
 *   x <- c(3.2, 4.1, 2.8, 3.9, 4.4, 3.0, 3.7); y <- c(2.1, 2.9, 3.3, 2.4, 2.0, 3.1, 2.6, 2.2, 2.8, 3.0)
 *   r <- t.test(x, y); print(unname(r$conf.int[1:2])); print(unname(r$parameter))
 *   a <- c(1, 2, 3, 4, 5); b <- c(2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5)
 *   r <- t.test(a, b); print(unname(r$conf.int[1:2])); print(unname(r$parameter))
 *   print(qt(0.975, c(1, 2.5, 7.3, 58.2)))
 *
 * printed:
 *   0.354693274761805  1.536735296666766    df 10.587894927398
 *   -2.67268924585768  1.17268924585768     df 5.81516368841483
 *   12.70620473617469  3.57465484200369  2.34506673654770  2.00157103695021
 */
const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `expected ${expected}, got ${actual} (off by ${Math.abs(actual - expected)})`,
  );

describe("Welch's interval for a difference of means", () => {
  it("matches R's t.test for two groups of unequal size and spread", () => {
    const x = [3.2, 4.1, 2.8, 3.9, 4.4, 3.0, 3.7];
    const y = [2.1, 2.9, 3.3, 2.4, 2.0, 3.1, 2.6, 2.2, 2.8, 3.0];
    const result = welchDifference(sampleOf(x), sampleOf(y));
    assert.ok(result);
    close(result.ci95[0], 0.354693274761805);
    close(result.ci95[1], 1.536735296666766);
    close(result.df, 10.587894927398);
  });

  it("matches R when the interval crosses zero", () => {
    const result = welchDifference(
      sampleOf([1, 2, 3, 4, 5]),
      sampleOf([2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5]),
    );
    assert.ok(result);
    close(result.difference, 3 - 45 / 12);
    close(result.ci95[0], -2.67268924585768);
    close(result.ci95[1], 1.17268924585768);
    close(result.df, 5.81516368841483);
  });

  it("gives the t quantiles R's qt gives, also for fractional degrees of freedom", () => {
    close(tQuantile(0.975, 1), 12.70620473617469, 1e-8);
    close(tQuantile(0.975, 2.5), 3.57465484200369);
    close(tQuantile(0.975, 7.3), 2.3450667365477);
    close(tQuantile(0.975, 58.2), 2.00157103695021);
  });

  it("has no interval for a group of one or when nothing varies", () => {
    assert.equal(welchDifference(sampleOf([3]), sampleOf([1, 2, 3])), undefined);
    assert.equal(welchDifference(sampleOf([2, 2, 2]), sampleOf([4, 4])), undefined);
    assert.equal(welchDifference(sampleOf([]), sampleOf([1, 2])), undefined);
  });

  it("refuses quantiles it cannot give", () => {
    assert.throws(() => tQuantile(0.4, 5), RangeError);
    assert.throws(() => tQuantile(0.975, 0), RangeError);
  });
});
