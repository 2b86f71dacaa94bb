import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LogRegModel } from "../shared/logreg.js";
import { tokenize } from "../shared/nlp.js";
import { buildScope } from "../shared/scope.js";
import { detectWith } from "./detect.js";
import { featureSites, heaviestSentence, indicatorFeatures, stemOf } from "./features.js";
import { CUE_ENTRIES } from "./lexicon/index.js";
import type { IndicatorModel } from "./model.js";
import { lexiconPhrases } from "./pseudo.js";
import { INDICATOR_CODES, type IndicatorCode, REPORT_THRESHOLD } from "./types.js";

const silent: LogRegModel = { weights: new Map(), bias: -8 };

/** A hand-made model whose disengagement classifier knows one word: "kettle". */
function kettleModel(line: number, bias = 6): IndicatorModel {
  const classifiers = {} as Record<IndicatorCode, LogRegModel>;
  const stackers = {} as IndicatorModel["stackers"];
  const classifierOnly = {} as Record<IndicatorCode, number>;
  for (const code of INDICATOR_CODES) {
    classifiers[code] = silent;
    stackers[code] = { rule: 4, clf: 1, bias: -2 };
    classifierOnly[code] = 2;
  }
  classifiers.disengagement = { weights: new Map([["kettle", 12]]), bias: -bias };
  classifierOnly.disengagement = line;
  return { classifiers, stackers, classifierOnly };
}

describe("the classifier alone", () => {
  it("reports past its own line, pointing at the sentence that weighs most", () => {
    const text = "Nothing else to report. We share a kettle, that is all.";
    const r = detectWith(kettleModel(0.7), text);
    assert.deepEqual(r.indicators, ["disengagement"]);
    assert.ok(r.scores.disengagement >= REPORT_THRESHOLD);
    assert.equal(r.evidence.length, 1);
    const e = r.evidence[0]!;
    assert.equal(e.text, "We share a kettle, that is all");
    assert.equal(text.slice(e.start, e.end), e.text);
  });

  it("stays under the reporting line without its words, or when its line is out of reach", () => {
    const quiet = detectWith(kettleModel(0.7), "Nothing else to report.");
    assert.deepEqual(quiet.indicators, []);
    assert.ok(quiet.scores.disengagement < REPORT_THRESHOLD);
    const never = detectWith(kettleModel(2), "We share a kettle.");
    assert.deepEqual(never.indicators, []);
    assert.ok(never.scores.disengagement < REPORT_THRESHOLD);
  });

  it("does not turn plain praise into a finding while the classifier is unsure", () => {
    // "kettle" weighs 12 against a bias of -11.5: a probability of about 0.62, past the line of 0.5.
    const unsure = kettleModel(0.5, 11.5);
    assert.deepEqual(detectWith(unsure, "We share a kettle.").indicators, ["disengagement"]);
    const r = detectWith(unsure, "They are friendly and we share a kettle.");
    assert.deepEqual(r.indicators, []);
    assert.deepEqual(r.evidence, []);
  });

  it("lets a sure classifier speak past praise that names no complaint", () => {
    const r = detectWith(kettleModel(0.7), "They are friendly and we share a kettle.");
    assert.deepEqual(r.indicators, ["disengagement"]);
    assert.equal(r.evidence.length, 1);
  });

  it("counts a negated word as a different word", () => {
    const r = detectWith(kettleModel(0.7), "We have no kettle.");
    assert.deepEqual(r.indicators, []);
  });

  it("stays quiet where the text denies a firm cue for the indicator", () => {
    for (const text of [
      "They are not distant at all, we share a kettle.",
      "Do we avoid them? No. We share a kettle.",
    ]) {
      const r = detectWith(kettleModel(0.7), text);
      assert.deepEqual(r.indicators, [], text);
      assert.ok(r.scores.disengagement < REPORT_THRESHOLD, text);
    }
    // The same words without the denial: the classifier alone speaks.
    const plain = detectWith(kettleModel(0.7), "They are not rude at all, we share a kettle.");
    assert.deepEqual(plain.indicators, ["disengagement"]);
  });
});

describe("classifier features", () => {
  it("tie word forms together by stem and mark negation", () => {
    assert.equal(stemOf("frustrating"), stemOf("frustration"));
    assert.equal(stemOf("jargon"), "jargon");
    const plain = indicatorFeatures(buildScope(tokenize("Their emails frustrate me.")));
    const negated = indicatorFeatures(buildScope(tokenize("Their emails never frustrate me.")));
    assert.ok(plain.includes(`stem:${stemOf("frustrate")}`));
    assert.ok(negated.includes(`not_stem:${stemOf("frustrate")}`));
    assert.ok(!negated.includes(`stem:${stemOf("frustrate")}`));
  });

  it("know where each feature was read, and find no heaviest sentence in an empty text", () => {
    const scope = buildScope(tokenize("One. Two kettles here!"));
    const sites = featureSites(scope);
    assert.equal(sites.features.length, sites.sites.length);
    for (const k of sites.sites) assert.ok(k >= 0 && k < scope.tokens.length);
    const model: LogRegModel = { weights: new Map([["kettle", 1]]), bias: 0 };
    const range = heaviestSentence(scope, sites, model);
    assert.ok(range);
    const words = scope.tokens.slice(range[0], range[1]).map((t) => t.value);
    assert.deepEqual(
      words.filter((w) => /\w/.test(w)),
      ["Two", "kettles", "here"],
    );
    const empty = buildScope(tokenize(""));
    assert.equal(heaviestSentence(empty, featureSites(empty), model), null);
  });
});

describe("phrases read from the lexicon", () => {
  const phrases = lexiconPhrases();

  it("cover the cues with short, distinct phrases, the same on every call", () => {
    assert.equal(lexiconPhrases(), phrases);
    // A phrase two cues share is kept once, for the first of them.
    const cues = new Set(phrases.map((p) => p.cue));
    assert.ok(cues.size >= 0.95 * CUE_ENTRIES.length, `${cues.size} of ${CUE_ENTRIES.length}`);
    const texts = phrases.map((p) => p.text.toLowerCase());
    assert.equal(new Set(texts).size, texts.length);
    for (const p of phrases) {
      assert.ok(p.text.length > 0 && p.text.split(" ").length <= 20, p.text);
      assert.ok(!/[~{}[\]|*]/.test(p.text.replace(/\*$/, "")), p.text);
    }
  });

  it("label a phrase with the indicators its cue asserts, and praise with none", () => {
    for (const p of phrases) {
      if (p.cue.positive) {
        assert.equal(p.labels.size, 0, p.text);
        continue;
      }
      for (const code of p.labels) assert.ok((p.cue.weights[code] ?? 0) >= 0.4, p.text);
    }
    const jargon = phrases.find((p) => p.text === "jargon");
    assert.ok(jargon?.labels.has("negative_communication"));
  });
});
