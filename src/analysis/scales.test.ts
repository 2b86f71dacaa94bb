import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DIAGNOSTIC_INSTRUMENTS } from "../instrument/builtin/diagnostics/index.js";
import { itemsOf } from "../instrument/instrument.js";
import type { ItemDefinition } from "../instrument/instrument.schema.js";
import { COMMUNITIES } from "../organisation/organisation.js";
import { cronbachAlpha } from "./cronbach-alpha.js";
import {
  findScale,
  LIFE_POSITION_SCALES,
  lifePositionQuadrant,
  SCALES,
  type ScaleDefinition,
  scaleMatrix,
  scalesOf,
  scoreScale,
} from "./scales.js";

const INSTRUMENT_ITEMS = new Map(
  DIAGNOSTIC_INSTRUMENTS.map((d) => [d.code, new Map(itemsOf(d).map((i) => [i.code, i]))]),
);

function scale(instrument: string, code: string): ScaleDefinition {
  const found = findScale(instrument, code);
  assert.ok(found, `no scale ${code} on ${instrument}`);
  return found;
}

const answers = (entries: Record<string, number | null>) => new Map(Object.entries(entries));

describe("scale definitions", () => {
  it("are unique per instrument and belong to a diagnostic instrument", () => {
    const keys = SCALES.map((s) => `${s.instrument}/${s.code}`);
    assert.equal(new Set(keys).size, keys.length);
    for (const s of SCALES) assert.ok(INSTRUMENT_ITEMS.has(s.instrument), s.instrument);
  });

  it("name only Likert items of their own instrument, with matching points", () => {
    for (const s of SCALES) {
      const items = INSTRUMENT_ITEMS.get(s.instrument);
      assert.equal(new Set(s.items).size, s.items.length, s.code);
      for (const code of s.items) {
        const found: ItemDefinition | undefined = items?.get(code);
        assert.ok(found, `${s.instrument} has no item ${code}`);
        assert.equal(found.type, "likert", code);
        if (found.type === "likert") assert.equal(found.points, s.points, code);
      }
    }
  });

  it("put every Likert item of the diagnostic instruments on exactly one scale", () => {
    for (const [instrument, items] of INSTRUMENT_ITEMS) {
      for (const found of items.values()) {
        if (found.type !== "likert") continue;
        const on = scalesOf(instrument).filter((s) => s.items.includes(found.code));
        assert.equal(on.length, 1, `${instrument}/${found.code}`);
      }
    }
  });

  it("have both reverse-keyed and plain items on every scale of three or more", () => {
    for (const s of SCALES) {
      for (const code of s.reversed) assert.ok(s.items.includes(code), `${s.code}: ${code}`);
      if (s.items.length >= 3) {
        assert.ok(s.reversed.length >= 1, `${s.code} has no reverse-keyed item`);
        assert.ok(s.reversed.length < s.items.length, `${s.code} is all reverse-keyed`);
      }
    }
  });

  it("give life-positions three or more items per axis for each community", () => {
    assert.deepEqual(Object.keys(LIFE_POSITION_SCALES).sort(), [...COMMUNITIES].sort());
    let total = 0;
    for (const community of COMMUNITIES) {
      for (const axis of ["ok", "treats"] as const) {
        const s = scale("life-positions", LIFE_POSITION_SCALES[community][axis]);
        assert.ok(s.items.length >= 3, s.code);
        total += s.items.length;
      }
    }
    assert.equal(scalesOf("life-positions").length, 6);
    assert.ok(total >= 18, `${total} items`);
  });

  it("give both error-climate forms the same five factors of three or more items", () => {
    const factors = [
      "error_openness",
      "error_causes",
      "error_change",
      "error_fairness",
      "error_support",
    ];
    for (const code of factors) {
      const employee = scale("error-climate-employee", code);
      const manager = scale("error-climate-manager", code);
      assert.ok(employee.items.length >= 3, code);
      assert.deepEqual(manager.items, employee.items);
      assert.deepEqual(manager.reversed, employee.reversed);
    }
    assert.deepEqual(
      scalesOf("error-climate-manager").map((s) => s.code),
      factors,
    );
  });

  it("give blame-climate four factors and friction-involvement a friction scale", () => {
    const blame = ["blame_seeking", "blame_personal", "blame_hiding", "blame_self"];
    assert.deepEqual(
      scalesOf("blame-climate").map((s) => s.code),
      blame,
    );
    for (const code of blame) {
      const s = scale("blame-climate", code);
      assert.ok(s.items.length >= 3, code);
      assert.equal(s.higherIsBetter, false, "a high blame score is the unhealthy end");
    }
    assert.ok(scale("friction-involvement", "friction").items.length >= 3);
  });
});

describe("scoreScale", () => {
  const ok = scale("life-positions", "lp_it_security_ok");

  it("averages the answers, recoding the reverse-keyed item", () => {
    // lp_its_ok_3 is reverse-keyed: 2 counts as 6 - 2 = 4.
    const score = scoreScale(ok, answers({ lp_its_ok_1: 5, lp_its_ok_2: 3, lp_its_ok_3: 2 }));
    assert.equal(score, 4);
    const worst = scoreScale(ok, answers({ lp_its_ok_1: 1, lp_its_ok_2: 1, lp_its_ok_3: 5 }));
    assert.equal(worst, 1);
  });

  it("leaves out missing answers and needs at least half the items", () => {
    assert.equal(scoreScale(ok, answers({ lp_its_ok_1: 4, lp_its_ok_3: 1 })), 4.5);
    assert.equal(scoreScale(ok, answers({ lp_its_ok_1: 4, lp_its_ok_2: null })), null);
    assert.equal(scoreScale(ok, answers({})), null);
    const four = scale("blame-climate", "blame_seeking");
    assert.equal(scoreScale(four, answers({ bl_seek_1: 5, bl_seek_4: 4 })), 3.5);
    assert.equal(
      scoreScale(four, answers({ bl_seek_1: 5, bl_seek_2: null, bl_seek_3: null })),
      null,
    );
  });

  it("ignores answers to items of other scales", () => {
    const score = scoreScale(ok, answers({ lp_its_ok_1: 2, lp_its_ok_2: 2, lp_emp_ok_1: 5 }));
    assert.equal(score, 2);
  });

  it("refuses answers that cannot be points of the scale", () => {
    assert.throws(() => scoreScale(ok, answers({ lp_its_ok_1: 6, lp_its_ok_2: 3 })), RangeError);
    assert.throws(() => scoreScale(ok, answers({ lp_its_ok_1: 0, lp_its_ok_2: 3 })), RangeError);
    assert.throws(() => scoreScale(ok, answers({ lp_its_ok_1: 2.5, lp_its_ok_2: 3 })), RangeError);
  });

  it("builds the alpha matrix from complete, recoded answers (checked in R)", () => {
    /*
     * R 4.2.2, base R: the raw answers, then item 3 (reverse-keyed) recoded as 6 - x.
     *   H <- matrix(c(4,5,2, 2,2,4, 5,4,1, 3,3,3, 1,2,5, 4,4,2, 2,3,4), ncol=3, byrow=TRUE)
     *   alpha(H)                        # -4.846153846154, unrecoded: the items seem to clash
     *   H[,3] <- 6 - H[,3]; alpha(H)    #  0.960784313725
     *   rowMeans(H)   # 4.333333 2.000000 4.666667 3.000000 1.333333 4.000000 2.333333
     */
    const raw = [
      [4, 5, 2],
      [2, 2, 4],
      [5, 4, 1],
      [3, 3, 3],
      [1, 2, 5],
      [4, 4, 2],
      [2, 3, 4],
    ];
    const respondents = raw.map(([a, b, c]) =>
      answers({ lp_its_ok_1: a ?? null, lp_its_ok_2: b ?? null, lp_its_ok_3: c ?? null }),
    );
    const incomplete = answers({ lp_its_ok_1: 5, lp_its_ok_2: null, lp_its_ok_3: 1 });
    const matrix = scaleMatrix(ok, [...respondents, incomplete]);
    assert.equal(matrix.length, 7);
    assert.deepEqual(matrix[0], [4, 5, 4]);
    assert.ok(Math.abs((cronbachAlpha(matrix) ?? 0) - 0.960784313725) < 1e-9);
    assert.ok(Math.abs((cronbachAlpha(raw) ?? 0) - -4.846153846154) < 1e-9);
    const means = respondents.map((r) => scoreScale(ok, r) ?? Number.NaN);
    const rMeans = [4.333333333333, 2, 4.666666666667, 3, 1.333333333333, 4, 2.333333333333];
    for (const [i, m] of means.entries())
      assert.ok(Math.abs(m - (rMeans[i] ?? 0)) < 1e-9, `row ${i}`);
  });
});

describe("lifePositionQuadrant", () => {
  it("maps the ok axis to 'I' and the treats axis to 'you'", () => {
    assert.equal(lifePositionQuadrant(4.2, 3.8), "ok_ok");
    assert.equal(lifePositionQuadrant(4.5, 1.7), "ok_notok");
    assert.equal(lifePositionQuadrant(2.1, 4), "notok_ok");
    assert.equal(lifePositionQuadrant(1.5, 2.9), "notok_notok");
  });

  it("counts a mean exactly at the midpoint as OK", () => {
    assert.equal(lifePositionQuadrant(3, 3), "ok_ok");
    assert.equal(lifePositionQuadrant(2.99, 3), "notok_ok");
  });

  it("takes another midpoint for 7-point scales", () => {
    assert.equal(lifePositionQuadrant(3.5, 5, 4), "notok_ok");
    assert.equal(lifePositionQuadrant(4, 3.9, 4), "ok_notok");
  });

  it("refuses a missing mean instead of guessing a position", () => {
    assert.throws(() => lifePositionQuadrant(Number.NaN, 3), RangeError);
    assert.throws(() => lifePositionQuadrant(3, Number.POSITIVE_INFINITY), RangeError);
  });
});
