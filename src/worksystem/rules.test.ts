import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ItemFigures } from "../analysis/report.js";
import { BUILTIN_INSTRUMENTS } from "../instrument/builtin/index.js";
import { isClosed, itemsOf, optionsOf } from "../instrument/instrument.js";
import { checkMessage } from "../text/check/index.js";
import { SME_STUDY_BASELINE } from "./baseline.js";
import { BUILTIN_CATALOGUE } from "./catalogue/index.js";
import { GUIDELINE_ITEM_CODES } from "./guideline.schema.js";
import { PROBLEM_DIRECTIONS, problemDirection } from "./problem-direction.js";
import {
  compareSeverity,
  decideSeverity,
  type Evidence,
  parseRating,
  SEVERITY_RULES,
} from "./severity.js";
import { closestCode, editDistance } from "./suggest.js";
import {
  communityGap,
  GAP_RULE,
  type ProblemFigure,
  problemFigure,
  SURVEY_RULES,
  strongestRule,
  surveyRule,
} from "./survey-signal.js";

function figures(code: string, counts: Record<string, number>): ItemFigures {
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    code,
    n,
    answers: Object.entries(counts).map(([value, count]) => ({
      value,
      count,
      percent: null,
      ci95: null,
    })),
  };
}

describe("problem directions", () => {
  const closed = new Map(
    BUILTIN_INSTRUMENTS.flatMap((d) => itemsOf(d))
      .filter(isClosed)
      .map((item) => [item.code, new Set(optionsOf(item).map((o) => o.code))]),
  );

  it("name closed items of the built-in questionnaires and their real answer codes", () => {
    for (const direction of PROBLEM_DIRECTIONS) {
      const options = closed.get(direction.item);
      assert.ok(options, `${direction.item} is a closed built-in item`);
      for (const answer of direction.answers)
        assert.ok(options.has(answer), `${direction.item}: ${answer} is one of its answers`);
      // Some answers must stay outside the problem direction, or the share says nothing.
      assert.ok(direction.answers.length < options.size, direction.item);
      assert.match(direction.why, /^[A-Z].*\.$/);
    }
  });

  it("cover every closed item the catalogue links to, except the screening question", () => {
    const linked = new Set(BUILTIN_CATALOGUE.guidelines.flatMap((g) => g.item_codes));
    for (const code of GUIDELINE_ITEM_CODES) {
      if (!linked.has(code) || !closed.has(code) || code === "handles_sensitive_data") continue;
      assert.ok(problemDirection(code), `${code} needs a problem direction`);
    }
    assert.equal(problemDirection("handles_sensitive_data"), undefined);
    assert.equal(
      problemDirection("security_obstacles"),
      undefined,
      "open questions are read, not counted",
    );
  });
});

describe("survey signals", () => {
  it("counts the problem answers with their Wilson interval", () => {
    // 97 of 187 is the worked example in wilson.ts: [0.44748, 0.58946].
    const figure = problemFigure(figures("aware_controls", { no: 97, yes: 90 }), 5);
    assert.deepEqual(figure, {
      item: "aware_controls",
      answers: ["no"],
      meaning: figure?.meaning,
      count: 97,
      n: 187,
      share: 0.519,
      ci95: [0.447, 0.589],
    });
    const reviewed = problemFigure(
      figures("controls_reviewed", { no: 3, dont_know: 4, yes: 3 }),
      5,
    );
    assert.equal(reviewed?.count, 7, "don't know counts for review");
  });

  it("gives nothing below the minimum group size, without a direction, or with no answers", () => {
    assert.equal(problemFigure(figures("aware_controls", { no: 4 }), 5), undefined);
    assert.equal(
      problemFigure(figures("aware_controls", { no: 1, yes: 1 }), 1),
      undefined,
      "a minimum of 1 is raised to 3",
    );
    assert.equal(problemFigure(figures("handles_sensitive_data", { no: 50 }), 5), undefined);
    assert.equal(problemFigure(figures("aware_controls", {}), 5), undefined);
  });

  it("sets the level by the share and the lower end of its interval", () => {
    const level = (no: number, yes: number) =>
      surveyRule(problemFigure(figures("aware_controls", { no, yes }), 5) as ProblemFigure)?.rule;
    assert.equal(level(60, 40), "survey_majority");
    assert.equal(level(40, 60), "survey_clear");
    assert.equal(level(3, 4), "survey_possible", "3 of 7: the interval reaches far below 25%");
    assert.equal(level(3, 2), "survey_possible", "3 of 5 is a majority but too few to be sure");
    assert.equal(level(20, 80), undefined);
    assert.equal(level(0, 100), undefined);
  });

  it("picks the strongest signal among a guideline's items", () => {
    const strongest = strongestRule([
      problemFigure(figures("aware_controls", { no: 40, yes: 60 }), 5) as ProblemFigure,
      problemFigure(figures("received_training", { no: 70, yes: 30 }), 5) as ProblemFigure,
      problemFigure(figures("security_prioritised", { no: 5, yes: 95 }), 5) as ProblemFigure,
    ]);
    assert.equal(strongest?.item, "received_training");
    assert.equal(strongest?.rule.level, "high");
    assert.equal(strongestRule([]), undefined);
  });

  it("names a gap between communities only when it is wide and sure", () => {
    const f = (dontKnow: number, formal: number) =>
      problemFigure(figures("policy_status", { dont_know: dontKnow, formal }), 5) as ProblemFigure;
    const gap = communityGap([
      { community: "management", figure: f(1, 9) },
      { community: "employees", figure: f(30, 10) },
    ]);
    assert.equal(gap?.higher.community, "employees");
    assert.equal(gap?.lower.community, "management");
    assert.equal(gap?.difference, 0.65);
    assert.ok(gap && gap.ci95[0] > 0);
    // The same shares from tiny groups are not sure enough.
    assert.equal(
      communityGap([
        { community: "management", figure: f(0, 5) },
        { community: "employees", figure: f(2, 3) },
      ]),
      undefined,
    );
    assert.equal(communityGap([{ community: "employees", figure: f(30, 10) }]), undefined);
  });
});

describe("severity rules", () => {
  const decide = (e: Partial<Evidence>) => decideSeverity({ workarounds: 0, ...e });

  it("tries the rules in order and says which one set the severity", () => {
    const cases: [Partial<Evidence>, string | undefined, string | undefined][] = [
      [{ rating: "not_met", survey: "medium" }, "high", "not_met_and_survey"],
      [{ rating: "met", survey: "high" }, "high", "survey_majority"],
      [{ rating: "not_met", workarounds: 1 }, "high", "not_met_with_workarounds"],
      [{ rating: "not_met" }, "medium", "not_met"],
      [{ survey: "medium" }, "medium", "survey_clear"],
      [{ rating: "partly", survey: "low" }, "medium", "partly_with_evidence"],
      [{ workarounds: 2 }, "medium", "workarounds_repeated"],
      [{ rating: "partly" }, "low", "partly"],
      [{ workarounds: 1 }, "low", "workaround_noted"],
      [{ survey: "low" }, "low", "survey_possible"],
      [{ rating: "not_known" }, "low", "not_known"],
      [{ rating: "met" }, undefined, undefined],
      [{}, undefined, undefined],
      [{ rating: "not_applicable", survey: "high", workarounds: 3 }, undefined, undefined],
    ];
    for (const [evidence, severity, rule] of cases) {
      const decision = decide(evidence);
      assert.equal(decision?.severity, severity, JSON.stringify(evidence));
      assert.equal(decision?.rule, rule, JSON.stringify(evidence));
    }
    for (const rule of SEVERITY_RULES) assert.match(rule.text, /^[A-Z].*\.$/);
  });

  it("shows where the analyst and the survey disagree", () => {
    assert.match(decide({ rating: "met", survey: "medium" })?.disagreement ?? "", /rated it met/);
    assert.match(
      decide({ rating: "not_met", surveyed: true })?.disagreement ?? "",
      /survey answers show no problem/,
    );
    assert.equal(decide({ rating: "not_met", surveyed: false })?.disagreement, undefined);
    assert.equal(decide({ rating: "not_met", survey: "high" })?.disagreement, undefined);
  });

  it("orders severities and reads ratings as people type them", () => {
    assert.ok(compareSeverity("high", "low") < 0);
    assert.equal(parseRating(" Not met "), "not_met");
    assert.equal(parseRating("not-met"), "not_met");
    assert.equal(parseRating("N/A"), "not_applicable");
    assert.equal(parseRating("partly met"), "partly");
    assert.equal(parseRating("great"), undefined);
    assert.equal(parseRating(""), undefined);
  });
});

describe("closest code", () => {
  const codes = BUILTIN_CATALOGUE.guidelines.map((g) => g.code);

  it("suggests the code meant despite a typo or a missing prefix", () => {
    assert.equal(closestCode("participants.know_guidence", codes), "participants.know_guidance");
    assert.equal(closestCode("know_guidance", codes), "participants.know_guidance");
    assert.equal(closestCode("Participants.Know-Guidance", codes), "participants.know_guidance");
  });

  it("suggests nothing for far-off, empty or huge input", () => {
    assert.equal(closestCode("favourite colour", codes), undefined);
    assert.equal(closestCode("", codes), undefined);
    assert.equal(closestCode("x".repeat(100_000), codes), undefined);
    assert.equal(editDistance("kitten", "sitting"), 3);
  });
});

describe("the texts findings show", () => {
  // The same bar as Rapport's other own texts (src/text/own-texts.test.ts).
  const texts: Record<string, string> = {
    "problem directions": PROBLEM_DIRECTIONS.map((d) => `People who ${d.meaning}. ${d.why}`).join(
      "\n\n",
    ),
    "severity rules": SEVERITY_RULES.map((r) => r.text).join("\n\n"),
    "survey rules": [...Object.values(SURVEY_RULES).map((r) => r.text), GAP_RULE].join("\n\n"),
    "the built-in baseline": [
      SME_STUDY_BASELINE.description,
      ...SME_STUDY_BASELINE.figures.map((f) => `${f.label}. ${f.note}`),
    ].join("\n\n"),
  };
  for (const [label, text] of Object.entries(texts)) {
    it(`${label} pass Rapport's own communication check`, () => {
      const result = checkMessage(text);
      assert.deepEqual(result.blame, [], `${label} blames someone`);
      assert.equal(result.fear.flag, false);
      const words = result.jargon.map((j) => j.term).join(", ");
      assert.ok(result.score >= 70, `${label} scores ${result.score} (jargon: ${words})`);
    });
  }
});
