import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeCounts, round1 } from "./describe.js";
import { wilsonInterval } from "./wilson.js";

// Oracle: R 4.2, prop.test(x, n, correct = FALSE)$conf.int, printed with sprintf("%.10f").
const R_WILSON: [number, number, number, number][] = [
  [97, 187, 0.4474500917, 0.5892295692],
  [90, 187, 0.4107704308, 0.5525499083],
  [0, 10, 0.0, 0.2775327999],
  [10, 10, 0.7224672001, 1.0],
  [1, 3, 0.0614919447, 0.7923403992],
  [2, 3, 0.2076596008, 0.9385080553],
  [45, 92, 0.3894871252, 0.5896450789],
  [5, 92, 0.0234350639, 0.1209853048],
  [1, 1, 0.2065493144, 1.0],
  [0, 1, 0.0, 0.7934506856],
  [13, 40, 0.2008450223, 0.4798225381],
  [26, 92, 0.200756793, 0.3818872893],
];

describe("Wilson score interval", () => {
  for (const [x, n, lower, upper] of R_WILSON) {
    it(`matches R for ${x} of ${n}`, () => {
      const interval = wilsonInterval(x, n);
      assert.ok(interval);
      assert.ok(Math.abs(interval[0] - lower) < 1e-9, `lower ${interval[0]} vs ${lower}`);
      assert.ok(Math.abs(interval[1] - upper) < 1e-9, `upper ${interval[1]} vs ${upper}`);
    });
  }

  it("has no interval without answers and refuses impossible counts", () => {
    assert.equal(wilsonInterval(0, 0), undefined);
    assert.equal(wilsonInterval(3, 2), undefined);
    assert.equal(wilsonInterval(-1, 5), undefined);
  });

  it("stays inside [0, 1] for huge n", () => {
    const interval = wilsonInterval(1, 10_000_000);
    assert.ok(interval && interval[0] >= 0 && interval[1] <= 1 && interval[0] < interval[1]);
  });
});

describe("mean, standard deviation and median of counted values", () => {
  it("matches R's mean, sd and median for 1, 2, 2, 5", () => {
    const d = describeCounts([
      { value: 5, count: 1 },
      { value: 2, count: 2 },
      { value: 1, count: 1 },
    ]);
    assert.equal(d.n, 4);
    assert.equal(d.mean, 2.5);
    assert.ok(Math.abs((d.sd ?? 0) - 1.732050808) < 1e-9);
    assert.equal(d.median, 2);
  });

  it("matches R on a 5-point scale with 50 answers", () => {
    // R: y <- c(rep(1,3), rep(2,7), rep(3,11), rep(4,20), rep(5,9)); mean 3.5, sd 1.1293848786, median 4
    const d = describeCounts([
      { value: 1, count: 3 },
      { value: 2, count: 7 },
      { value: 3, count: 11 },
      { value: 4, count: 20 },
      { value: 5, count: 9 },
    ]);
    assert.equal(d.mean, 3.5);
    assert.ok(Math.abs((d.sd ?? 0) - 1.1293848786) < 1e-9);
    assert.equal(d.median, 4);
  });

  it("averages the two middle values for an even count", () => {
    assert.equal(
      describeCounts([
        { value: 1, count: 1 },
        { value: 4, count: 1 },
      ]).median,
      2.5,
    );
  });

  it("has no sd for one answer and nothing for none", () => {
    assert.deepEqual(describeCounts([{ value: 3, count: 1 }]), {
      n: 1,
      mean: 3,
      sd: undefined,
      median: 3,
    });
    assert.deepEqual(describeCounts([]), {
      n: 0,
      mean: undefined,
      sd: undefined,
      median: undefined,
    });
  });

  it("rounds halves away from zero", () => {
    assert.equal(round1(44.75), 44.8);
    assert.equal(round1(0.05), 0.1);
    assert.equal(round1(58.92295692), 58.9);
  });
});
