import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Report } from "../analysis/report.js";
import type { ScaleDefinition } from "../analysis/scales.js";
import { InstrumentDefinitionSchema } from "../instrument/instrument.schema.js";
import type { ActionSummary } from "../plan/signal.js";
import { newcombeDifference } from "../worksystem/newcombe.js";
import {
  type CompareInput,
  compareWaveData,
  itemMeasure,
  linkActions,
  movedOf,
  type WaveData,
} from "./wave-compare.js";
import { changeSentence, longDate } from "./wave-text.js";

const definition = InstrumentDefinitionSchema.parse({
  code: "waves-test",
  title: "Waves test",
  sections: [
    {
      title: "All",
      items: [
        {
          code: "contact_frequency",
          type: "single_choice",
          text: "How often do you deal with the IT security team?",
          options: ["never", "rarely", "monthly", "weekly", "daily"].map((code) => ({
            code,
            label: code,
          })),
        },
        {
          code: "calm_1",
          type: "likert",
          text: "Mistakes are discussed calmly",
          points: 5,
          labels: ["1", "2", "3", "4", "5"],
        },
        {
          code: "calm_2",
          type: "likert",
          text: "People are shouted at for mistakes",
          points: 5,
          labels: ["1", "2", "3", "4", "5"],
        },
        {
          code: "loose",
          type: "likert",
          text: "I like Mondays",
          points: 5,
          labels: ["1", "2", "3", "4", "5"],
        },
        { code: "remarks", type: "open_text", text: "Anything else?" },
      ],
    },
  ],
});

const calm: ScaleDefinition = {
  code: "calm",
  label: "Mistakes are met calmly",
  instrument: "waves-test",
  items: ["calm_1", "calm_2"],
  reversed: ["calm_2"],
  points: 5,
  higherIsBetter: true,
};

/** A report of one wave: counts per answer; the total hidden when under the minimum. */
function report(n: number, contact: Record<string, number>, min = 5): Report {
  const answers = Object.entries(contact).map(([value, count]) => ({
    value,
    count,
    percent: null,
    ci95: null,
  }));
  return {
    respondents: n,
    min_group_size: min,
    items:
      n < min
        ? [{ code: "contact_frequency", n: null, suppressed: true }]
        : [
            {
              code: "contact_frequency",
              n: Object.values(contact).reduce((sum, c) => sum + c, 0),
              answers,
            },
          ],
    breakdowns: {},
  };
}

function wave(data: Partial<WaveData> & { report: Report }): WaveData {
  return { scaleScores: [], firstAnswer: "2026-06-01", ...data };
}

const scores = (values: number[]) =>
  values.map((score) => ({ community: "employees", scale: "calm", score }));

function input(extra: Partial<CompareInput> = {}): CompareInput {
  return {
    definition,
    scales: [calm],
    minGroupSize: 5,
    earlier: wave({
      report: report(92, { never: 23, rarely: 50, monthly: 14, weekly: 4, daily: 1 }),
      scaleScores: scores([2, 2.5, 3, 2, 3.5, 2, 3, 2.5]),
      firstAnswer: "2025-06-01",
    }),
    later: wave({
      report: report(92, { never: 12, rarely: 36, monthly: 28, weekly: 12, daily: 4 }),
      scaleScores: scores([3, 3.5, 4, 3, 4.5, 4, 3.5, 3]),
    }),
    actions: [],
    byCommunity: false,
    ...extra,
  };
}

const action = (over: Partial<ActionSummary>): ActionSummary => ({
  id: "a1",
  title: "Security dialogues",
  intervention: "security_dialogue",
  status: "in_progress",
  startedOn: "2026-03-02",
  effects: ["item:contact_frequency"],
  ...over,
});

describe("comparing two waves", () => {
  it("gives the problem share of both waves and Newcombe's interval of the difference", () => {
    const { changes } = compareWaveData(input());
    const contact = changes.find((c) => c.code === "contact_frequency");
    assert.ok(contact);
    assert.deepEqual(contact.earlier, { value: 79.3, n: 92 });
    assert.deepEqual(contact.later, { value: 52.2, n: 92 });
    const expected = newcombeDifference({ x: 48, n: 92 }, { x: 73, n: 92 });
    assert.ok(expected);
    assert.equal(contact.difference, Math.round(expected.difference * 1000) / 10);
    assert.deepEqual(contact.ci95, [
      Math.round(expected.ci95[0] * 1000) / 10,
      Math.round(expected.ci95[1] * 1000) / 10,
    ]);
    assert.equal(contact.direction, "lower_is_better");
    assert.equal(contact.moved, "better");
    assert.equal(contact.effect, "item:contact_frequency");
  });

  it("compares scale means with Welch's interval and reads the scale's direction", () => {
    const scale = compareWaveData(input()).changes.find((c) => c.kind === "scale");
    assert.ok(scale);
    assert.equal(scale.earlier?.value, 2.56);
    assert.equal(scale.later?.value, 3.56);
    assert.equal(scale.difference, 1);
    assert.equal(scale.moved, "better");
    assert.ok(scale.ci95 && scale.ci95[0] > 0);
  });

  it("says no clear change when the interval holds zero", () => {
    const same = { never: 20, rarely: 50, monthly: 14, weekly: 7, daily: 1 };
    const { changes } = compareWaveData(
      input({
        earlier: wave({ report: report(92, same) }),
        later: wave({ report: report(92, { ...same, never: 22, monthly: 12 }) }),
      }),
    );
    assert.equal(changes.find((c) => c.code === "contact_frequency")?.moved, "no_clear_change");
  });

  it("hides a figure when either wave is under the minimum, whichever it is", () => {
    for (const [first, second] of [
      [4, 92],
      [92, 4],
    ] as const) {
      const { changes } = compareWaveData(
        input({
          earlier: wave({
            report: report(first, { never: first }),
            scaleScores: scores(Array(first).fill(3)),
          }),
          later: wave({
            report: report(second, { never: second }),
            scaleScores: scores(Array(second).fill(4)),
          }),
        }),
      );
      for (const change of changes) {
        assert.equal(change.suppressed, true);
        assert.equal(change.earlier, null);
        assert.equal(change.later, null);
        assert.equal(change.difference, null);
        assert.equal(change.sentence, null);
      }
    }
  });

  it("hides an item answered by fewer than the minimum even in a large wave", () => {
    const few = { never: 2, rarely: 1 };
    const { changes } = compareWaveData(input({ later: wave({ report: report(92, few) }) }));
    const contact = changes.find((c) => c.code === "contact_frequency");
    assert.equal(contact?.suppressed, true);
  });

  it("follows agreeing for statements, with the direction of their scale", () => {
    const items = definition.sections[0]?.items ?? [];
    const byCode = (code: string) => items.find((i) => i.code === code);
    const calm1 = itemMeasure(byCode("calm_1") as (typeof items)[number], [calm]);
    const calm2 = itemMeasure(byCode("calm_2") as (typeof items)[number], [calm]);
    const loose = itemMeasure(byCode("loose") as (typeof items)[number], [calm]);
    assert.deepEqual(calm1?.answers, ["4", "5"]);
    assert.equal(calm1?.direction, "higher_is_better");
    assert.equal(calm2?.direction, "lower_is_better");
    assert.equal(loose?.direction, null);
    assert.equal(itemMeasure(byCode("remarks") as (typeof items)[number], [calm]), undefined);
    assert.equal(movedOf(5, [1, 9], null), "changed");
    assert.equal(movedOf(-5, [-9, -1], "higher_is_better"), "worse");
    assert.equal(movedOf(0.5, [0, 1], "higher_is_better"), "no_clear_change");
  });
});

describe("linking actions to changes", () => {
  it("links an action that named the effect and started before the later wave", () => {
    const { changes } = compareWaveData(input({ actions: [action({})] }));
    const contact = changes.find((c) => c.code === "contact_frequency");
    assert.deepEqual(
      contact?.actions.map((a) => a.title),
      ["Security dialogues"],
    );
    assert.match(
      contact?.sentence ?? "",
      /^Security dialogues started 2 March 2026; people who deal with the IT security team a few times a year or never fell from 79% to 52% \(-27 points, 95% CI -39 to -13\)\. It may have helped\.$/,
    );
  });

  it("leaves out actions started after the later wave's first answer, unstarted or aimed elsewhere", () => {
    const actions = [
      action({ id: "late", startedOn: "2026-06-01" }),
      action({ id: "later", startedOn: "2026-09-01" }),
      action({ id: "planned", status: "planned", startedOn: null }),
      action({ id: "other", effects: ["scale:calm"] }),
    ];
    assert.deepEqual(linkActions(actions, "item:contact_frequency", "2026-06-01"), []);
    assert.deepEqual(
      linkActions(actions, "scale:calm", "2026-06-01").map((a) => a.id),
      ["other"],
    );
    assert.deepEqual(linkActions(actions, "scale:calm", null), []);
  });

  it("words a change against the hoped-for direction without blaming the action", () => {
    const { changes } = compareWaveData(
      input({
        earlier: input().later,
        later: { ...input().earlier, firstAnswer: "2026-06-01" },
        actions: [action({})],
      }),
    );
    const sentence = changes.find((c) => c.code === "contact_frequency")?.sentence ?? "";
    assert.match(sentence, /rose from 52% to 79% \(\+27 points/);
    assert.match(sentence, /did not show the hoped-for effect yet/);
    assert.doesNotMatch(sentence, /caused|because of/);
  });

  it("writes dates and small differences plainly", () => {
    assert.equal(longDate("2026-03-02"), "2 March 2026");
    const sentence = changeSentence({
      kind: "item",
      code: "x",
      label: "x",
      measure: "say so",
      unit: "percent",
      suppressed: false,
      earlier: { value: 10.6, n: 50 },
      later: { value: 10.9, n: 50 },
      difference: 0.3,
      ci95: [-11.2, 11.9],
      direction: null,
      moved: "no_clear_change",
      effect: "item:x",
      actions: [],
      sentence: null,
    });
    assert.equal(
      sentence,
      "People who say so stayed at about 11% (+0.3 points, 95% CI -11 to 12).",
    );
    const nearZero = changeSentence({
      kind: "item",
      code: "x",
      label: "x",
      measure: "say so",
      unit: "percent",
      suppressed: false,
      earlier: { value: 20, n: 80 },
      later: { value: 34, n: 80 },
      difference: 14,
      ci95: [0.4, 27.6],
      direction: "higher_is_better",
      moved: "better",
      effect: "item:x",
      actions: [],
      sentence: null,
    });
    assert.match(nearZero, /\(\+14 points, 95% CI 0\.4 to 28\)/);
  });
});
