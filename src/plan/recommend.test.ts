import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tempFile } from "../../test/factories.js";
import { isRapportError } from "../errors.js";
import { checkMessage } from "../text/check/index.js";
import {
  ACTION_INTERVENTIONS,
  PLAN_INTERVENTION_DESCRIPTIONS,
} from "../worksystem/interventions.js";
import { CATALOGUE } from "./catalogue-entries.js";
import { fillReason, recommend, ruleMatches } from "./recommend.js";
import { loadRules, parseRules, type Rule } from "./recommendation-rules.js";
import type { Signal } from "./signal.js";

const rules = loadRules();

const signal = (s: Partial<Signal> & Pick<Signal, "kind" | "code">): Signal => ({
  value: 0.5,
  n: 40,
  evidence: "Figure with its interval.",
  ...s,
});

/** A signal that meets every condition of the rule, just at its thresholds. */
function matching(rule: Rule): Signal {
  const w = rule.when;
  const value = w.value?.at_least ?? w.value?.at_most ?? 0.5;
  return signal({
    kind: w.kind,
    code: w.codes?.[0] ?? "participants.know_guidance",
    value,
    low: w.low?.at_least ?? value,
    high: w.high?.at_most ?? value,
    ...(w.community ? { community: w.community[0] } : { community: "employees" }),
    ...(w.about ? { about: w.about[0] } : { about: "it_security" }),
    ...(w.severity ? { severity: w.severity[0] } : {}),
    ...(w.work_system ? { workSystem: { id: "ws-1", name: "Payroll" } } : {}),
  });
}

/** Signals that each miss the rule by one condition. */
function nearMisses(rule: Rule): Signal[] {
  const hit = matching(rule);
  const w = rule.when;
  const misses: Signal[] = [{ ...hit, kind: w.kind === "scale" ? "item" : "scale" }];
  if (w.codes) misses.push({ ...hit, code: `${w.codes[0]}_other` });
  if (w.value?.at_least !== undefined) misses.push({ ...hit, value: w.value.at_least - 0.01 });
  if (w.value?.at_most !== undefined) misses.push({ ...hit, value: w.value.at_most + 0.01 });
  if (w.low?.at_least !== undefined) misses.push({ ...hit, low: w.low.at_least - 0.01 });
  if (w.high?.at_most !== undefined) misses.push({ ...hit, high: w.high.at_most + 0.01 });
  if (w.severity) {
    const other = (["high", "medium", "low"] as const).find((s) => !w.severity?.includes(s));
    if (other) misses.push({ ...hit, severity: other });
  }
  if (w.work_system) {
    const { workSystem: _, ...whole } = hit;
    misses.push(whole);
  }
  if (w.community) {
    const { community: _, ...anyone } = hit;
    misses.push(anyone, {
      ...hit,
      community: "employees" === w.community[0] ? "management" : "employees",
    });
  }
  if (w.about)
    misses.push({ ...hit, about: w.about[0] === "employees" ? "it_security" : "employees" });
  return misses;
}

describe("the built-in rule file", () => {
  it("is valid and names only known interventions, each with a catalogue entry", () => {
    assert.ok(rules.rules.length >= 15);
    for (const rule of rules.rules)
      for (const code of rule.recommend) assert.ok(CATALOGUE[code], `${rule.id}: ${code}`);
    for (const code of ACTION_INTERVENTIONS) {
      const entry = CATALOGUE[code];
      assert.ok(entry.steps.length >= 2 && entry.effects.length >= 1, code);
      assert.match(entry.purpose, /^[A-Z].*\.$/, code);
    }
  });

  it("fires every rule on a matching signal and on no near miss", () => {
    for (const rule of rules.rules) {
      assert.ok(ruleMatches(rule, matching(rule)), `${rule.id} should fire`);
      for (const miss of nearMisses(rule))
        assert.ok(!ruleMatches(rule, miss), `${rule.id} fired on ${JSON.stringify(miss)}`);
    }
  });

  it("recommends what the issue asks for", () => {
    const cases: [Signal, string[]][] = [
      [
        signal({
          kind: "indicator",
          code: "negative_communication",
          value: 0.3,
          community: "employees",
          about: "it_security",
        }),
        ["shared_language", "communication_review"],
      ],
      [
        signal({ kind: "indicator", code: "disengagement", value: 0.36 }),
        ["security_dialogue", "security_champions"],
      ],
      [
        signal({ kind: "item", code: "contact_frequency", value: 0.7 }),
        ["security_dialogue", "security_champions"],
      ],
      [
        signal({ kind: "indicator", code: "power_imbalance", value: 0.25 }),
        ["security_dialogue", "security_champions"],
      ],
      [
        signal({ kind: "indicator", code: "blame", value: 0.3 }),
        ["no_blame_review", "management_support"],
      ],
      [
        signal({ kind: "scale", code: "blame_personal", value: 3.9 }),
        ["no_blame_review", "management_support"],
      ],
      [signal({ kind: "scale", code: "involvement", value: 2.1 }), ["requirement_workshop"]],
      [
        signal({
          kind: "finding",
          code: "participants.shape_security",
          severity: "medium",
          workSystem: { id: "w", name: "Sales" },
        }),
        ["requirement_workshop"],
      ],
      [
        signal({ kind: "scale", code: "friction", value: 3.8 }),
        ["guideline_action", "guidance_update"],
      ],
      [
        signal({ kind: "indicator", code: "negative_feelings", value: 0.3 }),
        ["creative_engagement"],
      ],
      [
        signal({
          kind: "life_position",
          code: "ok_notok",
          value: 3,
          community: "employees",
          about: "it_security",
        }),
        ["security_dialogue"],
      ],
    ];
    for (const [s, expected] of cases) {
      const got = recommend([s], rules).map((r) => r.intervention);
      for (const code of expected)
        assert.ok(got.includes(code as never), `${s.code}: ${code} in ${got}`);
    }
    assert.deepEqual(
      recommend([signal({ kind: "life_position", code: "ok_ok", value: 4 })], rules),
      [],
    );
    assert.deepEqual(recommend([], rules), []);
  });
});

describe("the catalogue and rule texts", () => {
  const assertPlain = (label: string, text: string) => {
    const result = checkMessage(text);
    assert.deepEqual(result.blame, [], `${label} blames someone`);
    assert.equal(result.fear.flag, false, `${label} frightens`);
    const words = result.jargon.map((j) => j.term).join(", ");
    assert.ok(result.score >= 70, `${label} scores ${result.score} (jargon: ${words})`);
  };

  it("pass Rapport's own communication check", () => {
    for (const [code, e] of Object.entries(CATALOGUE))
      assertPlain(code, [e.purpose, ...e.steps, e.time].join("\n\n"));
    assertPlain("plan interventions", Object.values(PLAN_INTERVENTION_DESCRIPTIONS).join("\n\n"));
    for (const rule of rules.rules) {
      const s = signal({
        kind: rule.when.kind,
        code: rule.when.codes?.[0] ?? "participants.know_guidance",
        value: 0.3,
        community: "employees",
        about: "it_security",
        severity: "high",
        workSystem: { id: "w", name: "Payroll" },
        evidence: "",
      });
      assertPlain(rule.id, fillReason(rule.reason, s));
    }
  });
});

describe("the engine", () => {
  it("merges duplicates per intervention, keeps every reason and orders by strength", () => {
    const distance = signal({
      kind: "indicator",
      code: "disengagement",
      value: 0.36,
      community: "employees",
      about: "it_security",
      evidence: "36% of 50 (95% CI 24% to 50%).",
    });
    const contact = signal({
      kind: "item",
      code: "contact_frequency",
      value: 0.8,
      community: "employees",
      evidence: "80% of 50.",
    });
    const position = signal({
      kind: "life_position",
      code: "notok_ok",
      value: 2.4,
      community: "it_security",
      about: "employees",
      evidence: "Mean 2.4.",
    });
    const recs = recommend([distance, contact, position, distance], rules);
    const dialogue = recs.find((r) => r.intervention === "security_dialogue");
    assert.ok(dialogue);
    assert.equal(recs.filter((r) => r.intervention === "security_dialogue").length, 1);
    assert.deepEqual(dialogue.reasons.map((r) => r.rule).sort(), [
      "distance_dialogues",
      "life_position_off_target",
      "no_regular_contact",
    ]);
    assert.ok(dialogue.reasons.every((r) => r.evidence !== ""));
    assert.equal(recs[0]?.intervention, "security_dialogue");
    for (let i = 1; i < recs.length; i++)
      assert.ok((recs[i - 1]?.strength ?? 0) >= (recs[i]?.strength ?? 0));
    assert.ok(dialogue.effects.includes("indicator:disengagement"));
    assert.ok(dialogue.effects.includes("item:contact_frequency"));
  });

  it("fills reasons from the signal, with plain defaults for what it lacks", () => {
    const s = signal({
      kind: "indicator",
      code: "blame",
      value: 0.254,
      community: "it_security",
      about: "employees",
    });
    assert.equal(
      fillReason("{value} of {community} blame {about} (n={n}).", s),
      "25% of IT security staff blame employees (n=40).",
    );
    assert.equal(
      fillReason(
        "{community} in {work_system}: {severity}",
        signal({ kind: "scale", code: "x", value: 3.25 }),
      ),
      "Those asked in the organisation as a whole: unrated",
    );
    assert.equal(fillReason("{value}", signal({ kind: "scale", code: "x", value: 3.25 })), "3.3");
    const self = signal({
      kind: "indicator",
      code: "blame",
      community: "management",
      about: "management",
    });
    assert.equal(fillReason("{community} about {about}", self), "Managers about their own group");
    const whole = signal({ kind: "indicator", code: "blame", community: "employees" });
    assert.equal(fillReason("{about}", whole), "The people they work with");
    assert.ok(
      !ruleMatches(
        rules.rules[0] as Rule,
        signal({ kind: "indicator", code: "negative_communication", value: Number.NaN }),
      ),
    );
  });
});

describe("a malformed rule file", () => {
  const refusedWith = (pattern: RegExp) => (e: unknown) =>
    isRapportError(e) && e.code === "invalid_rules" && pattern.test(e.message);

  it("is refused with the file's path and the place of each problem", () => {
    const good = `version: 1\nrules:\n  - id: a\n    version: "1"\n    when: { kind: indicator, codes: [blame], value: { at_least: 0.2 } }\n    recommend: [no_blame_review]\n    reason: "{value} of {community}."\n`;
    assert.equal(parseRules(good, "ok.yaml").rules.length, 1);
    const cases: [string, RegExp][] = [
      ["version: 1\nrules: [\n", /not valid YAML/],
      [good.replace("no_blame_review", "hug_everyone"), /rules\[0\]\.recommend\[0\]/],
      [good.replace("{community}", "{person}"), /Unknown placeholder \{person\}/],
      [good.replace("kind: indicator", "kind: mood"), /rules\[0\]\.when\.kind/],
      [good.replace('    version: "1"\n', ""), /rules\[0\]\.version/],
      [
        `${good}  - id: a\n    version: "1"\n    when: { kind: scale }\n    recommend: [monitoring]\n    reason: "x"\n`,
        /used twice/,
      ],
      [
        good.replace("value: { at_least: 0.2 }", "severity: [high]"),
        /only apply to rules with kind: finding/,
      ],
      [good.replace("id: a", "id: a\n    extra: 1"), /Unknown field "extra"/],
      ["- just a list\n", /problem/],
    ];
    for (const [text, pattern] of cases) {
      const path = tempFile("rules.yaml", text);
      assert.throws(() => loadRules(path), refusedWith(pattern), text);
      assert.throws(
        () => loadRules(path),
        refusedWith(new RegExp(path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))),
      );
    }
    assert.throws(
      () => loadRules("/no/such/rules.yaml"),
      refusedWith(/\/no\/such\/rules\.yaml could not be read/),
    );
  });
});
