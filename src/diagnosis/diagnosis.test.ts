import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scalesOf } from "../analysis/scales.js";
import { relationshipDiagnosis } from "../instrument/builtin/diagnostics/relationship-diagnosis.js";
import { securityRelationship } from "../instrument/builtin/security-relationship.js";
import { itemsOf } from "../instrument/instrument.js";
import type { Community } from "../organisation/organisation.js";
import { checkMessage } from "../text/check/index.js";
import { type Diagnosis, diagnose, type OpenAnswer, type Respondent } from "./diagnosis.js";
import { CLOSED_INDICATOR_RULES, OPEN_ITEM_ABOUT } from "./indicator-rules.js";
import { cellReading, type MatrixCell, QUADRANT_RULE } from "./life-matrix.js";
import { meanInterval, tQuantile975 } from "./mean-interval.js";
import { toSignals } from "./signals.js";
import { describesWorkaround } from "./workaround-register.js";

let nextId = 0;
function person(
  community: Community | null,
  numbers: Record<string, number | null>,
  choices: Record<string, string[]> = {},
): Respondent {
  return {
    id: `r${nextId++}`,
    community,
    numbers: new Map(Object.entries(numbers)),
    choices: new Map(Object.entries(choices)),
  };
}

/** Answers giving an axis the score s: items 1 and 2 as s, the reverse-keyed item 3 as 6 - s. */
function axis(prefix: string, name: "ok" | "treats", s: number): Record<string, number> {
  return {
    [`lp_${prefix}_${name}_1`]: s,
    [`lp_${prefix}_${name}_2`]: s,
    [`lp_${prefix}_${name}_3`]: 6 - s,
  };
}

function run(respondents: Respondent[], openAnswers: OpenAnswer[] = [], min = 5): Diagnosis {
  return diagnose({
    campaign: { id: "c1", name: "Test", organisation: "Acme", wave: 1 },
    instrument: relationshipDiagnosis,
    minGroupSize: min,
    respondents,
    openAnswers,
    workSystems: [],
  });
}

function cell(d: Diagnosis, community: Community, about: Community): MatrixCell {
  const found = d.life_positions?.cells.find((c) => c.community === community && c.about === about);
  assert.ok(found, `${community} -> ${about}`);
  return found;
}

describe("mean and t interval", () => {
  it("matches R's qt(0.975, df) and t.test", () => {
    // R 4.2: qt(0.975, c(1, 2, 4, 9, 29, 89)); t.test(c(3.2, 4, 2.5, 3.75, 4.5, 2, 3))$conf.int
    const r = [
      [1, 12.70620473617469],
      [2, 4.30265272974946],
      [4, 2.77644510519779],
      [9, 2.2621571627982],
      [29, 2.0452296421327],
      [89, 1.98697869950628],
    ] as const;
    for (const [df, q] of r) assert.ok(Math.abs(tQuantile975(df) - q) < 1e-9, `df ${df}`);
    const m = meanInterval([3.2, 4, 2.5, 3.75, 4.5, 2, 3]);
    assert.ok(m && m.low !== null && m.high !== null);
    assert.ok(Math.abs(m.low - 2.4723727470614) < 1e-9);
    assert.ok(Math.abs(m.high - 4.08477011008145) < 1e-9);
  });

  it("gives no interval for one value and nothing for none", () => {
    assert.deepEqual(meanInterval([4]), { n: 1, mean: 4, low: null, high: null });
    assert.equal(meanInterval([]), null);
    assert.throws(() => tQuantile975(0), RangeError);
  });
});

describe("life-position matrix", () => {
  it("places each cell by the two axis means against the midpoint 3", () => {
    const staff = [4, 4, 5, 4, 3, 4].map((ok, i) =>
      person("employees", {
        ...axis("its", "ok", ok),
        ...axis("its", "treats", [2, 1, 2, 2, 1, 2][i] ?? 2),
      }),
    );
    const d = run(staff);
    const c = cell(d, "employees", "it_security");
    assert.equal(c.suppressed, false);
    if (c.suppressed) return;
    assert.equal(c.quadrant, "ok_notok");
    assert.equal(c.uncertain, false);
    assert.equal(c.on_target, false);
    assert.equal(c.ok.mean, 4);
    assert.equal(c.treats.n, 6);
    assert.match(c.reading, /^Staff see the IT security team as able, but not as treating others/);
    assert.match(d.life_positions?.decided_by ?? "", /midpoint|3 or more/);
    assert.equal(d.life_positions?.target, "ok_ok");
  });

  it("marks a quadrant uncertain when an interval reaches across the midpoint", () => {
    const staff = [2, 3, 4, 4, 3, 2].map((ok) =>
      person("employees", { ...axis("emp", "ok", ok), ...axis("emp", "treats", 4) }),
    );
    const c = cell(run(staff), "employees", "employees");
    assert.ok(!c.suppressed);
    if (c.suppressed) return;
    assert.equal(c.quadrant, "ok_ok", "a mean of 3 counts as OK");
    assert.equal(c.ok.uncertain, true);
    assert.equal(c.treats.uncertain, false);
    assert.equal(c.uncertain, true);
    assert.equal(c.self_view, true);
    assert.match(c.reading, /themselves/);
    assert.match(c.reading, /not certain/);
  });

  it("hides small groups, and the next smallest so it cannot be subtracted", () => {
    const rows = [
      ...Array.from({ length: 10 }, () => person("employees", axis("mgt", "ok", 4))),
      ...Array.from({ length: 6 }, () => person("it_security", axis("mgt", "ok", 2))),
      ...Array.from({ length: 3 }, () => person("management", axis("mgt", "ok", 5))),
    ];
    const d = run(rows);
    const mgt = cell(d, "management", "management");
    const its = cell(d, "it_security", "management");
    assert.deepEqual(
      [mgt.suppressed && mgt.reason, its.suppressed && its.reason],
      ["below_minimum", "secondary"],
    );
    for (const hidden of [mgt, its]) {
      assert.deepEqual(Object.keys(hidden).sort(), [
        "about",
        "community",
        "note",
        "reason",
        "self_view",
        "suppressed",
      ]);
      assert.match(hidden.suppressed ? hidden.note : "", /Hidden to protect anonymity/);
    }
    const okScale = d.scales.find((s) => s.code === "lp_management_ok");
    const shown = okScale?.cells.filter((c) => !c.suppressed).map((c) => c.community);
    assert.deepEqual(shown, ["all", "employees"]);
    assert.deepEqual(
      d.communities.map((c) => (c.suppressed ? [c.community, null] : [c.community, c.n])),
      [
        ["employees", 10],
        ["it_security", null],
        ["management", null],
      ],
    );
  });

  it("hides a cell resting on fewer answers than the minimum, though the group is shown", () => {
    const rows = Array.from({ length: 8 }, (_, i) =>
      person("employees", i < 4 ? axis("its", "ok", 4) : {}),
    );
    const c = cell(run(rows), "employees", "it_security");
    assert.equal(c.suppressed && c.reason, "no_answers", "no treats answers at all");
  });
});

describe("an empty campaign", () => {
  it("shows no figure, says why, and gives no signal", () => {
    const d = run([]);
    assert.equal(d.respondents, 0);
    assert.ok(d.scales.every((s) => s.cells.every((c) => c.suppressed)));
    assert.ok(d.life_positions?.cells.every((c) => c.suppressed && c.reason === "no_answers"));
    assert.ok(d.indicators.every((g) => g.suppressed));
    assert.equal(d.workarounds.seen.suppressed, true);
    assert.equal(d.workarounds.written.suppressed, true);
    assert.deepEqual(toSignals(d), []);
  });
});

describe("relationship signs per pair", () => {
  it("are data whose sources all exist in the combined questionnaire", () => {
    const scales = new Set(scalesOf(relationshipDiagnosis).map((s) => s.code));
    const items = new Set(itemsOf(relationshipDiagnosis).map((i) => i.code));
    const ids = CLOSED_INDICATOR_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of CLOSED_INDICATOR_RULES) {
      const s = rule.source;
      assert.ok(s.kind === "scale" ? scales.has(s.scale) : items.has(s.item), rule.id);
      assert.ok(rule.reason.length > 20, rule.id);
    }
    const relationship = new Set(itemsOf(securityRelationship).map((i) => i.code));
    for (const item of Object.keys(OPEN_ITEM_ABOUT))
      assert.ok(items.has(item) || relationship.has(item), item);
  });

  it("count closed and written answers, each with its share, n and interval", () => {
    const staff = Array.from({ length: 6 }, (_, i) =>
      person("employees", { ...axis("its", "treats", i < 3 ? 2 : 4) }),
    );
    const open: OpenAnswer[] = [
      {
        respondent: staff[3]?.id ?? "",
        item: "friction_example",
        body: "They decide everything and we have no say at all.",
      },
      { respondent: staff[4]?.id ?? "", item: "friction_example", body: "Fine." },
    ];
    const d = run(staff, open);
    const group = d.indicators.find((g) => g.community === "employees");
    assert.ok(group && !group.suppressed);
    if (!group || group.suppressed) return;
    const power = group.pairs.find(
      (p) => p.about === "it_security" && p.indicator === "power_imbalance",
    );
    assert.ok(power);
    const closed = power?.sources.find((s) => s.rule === "its_treats_low");
    assert.ok(closed && !closed.suppressed);
    if (!closed || closed.suppressed || !power || power.combined.suppressed) return;
    assert.equal(closed.from, "closed");
    assert.deepEqual([closed.count, closed.n, closed.share], [3, 6, 0.5]);
    assert.ok(closed.low < 0.5 && closed.high > 0.5);
    // Two people wrote: fewer than five, so the written share is hidden but still counts.
    const text = power.sources.find((s) => s.from === "open");
    assert.equal(text?.suppressed, true);
    assert.equal(power.combined.n, 6);
    assert.equal(power.combined.count, 4, "three closed plus the one who wrote about it");
  });

  it("recognises written answers that describe a workaround, not empty ones", () => {
    const a = (item: string, body: string) => ({ respondent: "x", item, body });
    assert.ok(describesWorkaround(a("workarounds_other", "People keep codes on a note.")));
    assert.ok(!describesWorkaround(a("workarounds_other", "Nothing that I know of.")));
    assert.ok(!describesWorkaround(a("workarounds_other", "None")));
    assert.ok(describesWorkaround(a("friction_example", "So we share the login on nights.")));
    assert.ok(!describesWorkaround(a("friction_example", "The login is slow.")));
  });
});

describe("signals", () => {
  it("carry the shown figures of indicators, scales and life positions only", () => {
    const staff = Array.from({ length: 6 }, (_, i) =>
      person("employees", { ...axis("its", "ok", 4), ...axis("its", "treats", i % 2 ? 2 : 1) }),
    );
    // Two managers are hidden, and so is the next smallest group (IT security, 5).
    const managers = Array.from({ length: 2 }, () => person("management", axis("its", "ok", 1)));
    const security = Array.from({ length: 5 }, () => person("it_security", axis("its", "ok", 5)));
    const signals = toSignals(
      run([...staff, ...staff.map((p) => ({ ...p, id: `${p.id}b` })), ...managers, ...security]),
    );
    const life = signals.filter((s) => s.kind === "life_position");
    assert.deepEqual(
      life.map((s) => [s.code, s.community, s.about]),
      [["ok_notok", "employees", "it_security"]],
    );
    assert.ok(life[0] && life[0].value === 1.5 && life[0].n === 12);
    const power = signals.find((s) => s.kind === "indicator" && s.code === "power_imbalance");
    assert.deepEqual(
      [power?.community, power?.about, power?.value, power?.n],
      ["employees", "it_security", 1, 12],
    );
    assert.ok(
      signals.some(
        (s) =>
          s.kind === "scale" && s.code === "lp_it_security_treats" && s.community === undefined,
      ),
    );
    assert.ok(
      signals.every((s) => s.community !== "management"),
      "a group of two gives nothing",
    );
    for (const s of signals) assert.match(s.evidence, /\d/);
  });
});

describe("the diagnosis' own words", () => {
  it("pass Rapport's own communication check", () => {
    const texts = [QUADRANT_RULE];
    for (const q of ["ok_ok", "ok_notok", "notok_ok", "notok_notok"] as const)
      for (const [c, a] of [
        ["employees", "it_security"],
        ["it_security", "it_security"],
      ] as const)
        texts.push(cellReading(c, a, q, true));
    for (const text of texts) {
      const result = checkMessage(text);
      assert.deepEqual(result.blame, [], text);
      assert.ok(result.score >= 70, `${result.score}: ${text}`);
    }
  });
});
