import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { describe, it } from "node:test";
import { projectPath } from "../../paths.js";
import { MODEL_SOURCES, modelSourceDigest, sourceOfModelFile } from "../shared/built-model.js";
import { tokenize } from "../shared/nlp.js";
import { corpusSplit, INDICATOR_CORPUS } from "./corpus/index.js";
import { defaultModel, detectWith } from "./detect.js";
import { indicatorFeatures } from "./features.js";
import type { IndicatorModel } from "./model.js";
import { analyseRules } from "./rules.js";
import { loadModel, modelFromJson } from "./shipped.js";
import { evaluationModel, modelToJson, writeModel } from "./training.js";
import { INDICATOR_CODES } from "./types.js";

describe("the shipped indicator model", () => {
  const model = defaultModel();

  it("survives being written at build time and read back: same verdicts, same scores", () => {
    const file = JSON.parse(JSON.stringify(modelToJson(model)));
    const read = modelFromJson(file);
    assert.ok(read);
    // Every weight comes back exactly (stored as whole numbers, see ClassifierColumns)...
    for (const code of INDICATOR_CODES) {
      assert.deepEqual(read.classifiers[code], model.classifiers[code], code);
    }
    // ...and so every verdict: a sample of every batch, as each statement costs 0.2 ms twice.
    for (const e of INDICATOR_CORPUS.filter((_, i) => i % 97 === 0)) {
      assert.deepEqual(detectWith(read, e.text), detectWith(model, e.text), e.text);
    }
  });

  it("is refused when written for another format or kind, or broken", () => {
    const file = modelToJson(model);
    assert.ok(modelFromJson(file));
    assert.equal(modelFromJson({ ...file, format: 99 }), null);
    assert.equal(modelFromJson(null), null);
    assert.equal(modelFromJson([]), null);
    assert.equal(modelFromJson({ ...file, stackers: {} }), null);
    assert.equal(modelFromJson({ ...file, classifierOnly: {} }), null);
    assert.equal(modelFromJson({ ...file, format: 2 }), null);
    // Without its network, or with one for another number of indicators.
    assert.equal(modelFromJson({ ...file, network: undefined }), null);
    assert.equal(modelFromJson({ ...file, network: { ...file.network, outputs: 5 } }), null);
    // Broken columns: missing, a classifier short, one weight too few, a weight not whole.
    const c = file.classifiers;
    const broken = [
      { features: [], bias: [], weights: [] },
      { ...c, bias: c.bias.slice(1), weights: c.weights.slice(1) },
      { ...c, weights: c.weights.map((w, j) => (j === 2 ? w.slice(1) : w)) },
      { ...c, weights: c.weights.map((w, j) => (j === 0 ? [0.5, ...w.slice(1)] : w)) },
      { ...c, features: c.features.map((f, i) => (i === 0 ? 7 : f)) as string[] },
    ];
    for (const classifiers of broken) assert.equal(modelFromJson({ ...file, classifiers }), null);
    // A shipped model must never stand in for the measured one, which has not seen the test split.
    assert.equal(modelFromJson(file, "measured"), null);
    assert.equal(modelFromJson({ ...file, kind: undefined }), null);
  });

  it("has learnt from the test split too, unlike the model the figures are measured with", () => {
    // The measured model trains on train and dev (and the lexicon's phrases), so it holds no
    // weight for a word found only in test statements; the shipped one must know such words.
    const measured = evaluationModel();
    const knows = (m: IndicatorModel, f: string) =>
      INDICATOR_CODES.some((code) => m.classifiers[code].weights.has(f));
    const testOnly = new Set<string>();
    // A third of the test split finds a few thousand such words: plenty, at a third of the cost.
    for (const e of corpusSplit("test").filter((_, i) => i % 3 === 0)) {
      for (const f of indicatorFeatures(analyseRules(tokenize(e.text)).scope)) {
        if (!knows(measured, f)) testOnly.add(f);
      }
    }
    assert.ok(testOnly.size > 100, `${testOnly.size} words only in the test split`);
    const known = [...testOnly].filter((f) => knows(model, f));
    assert.ok(known.length >= testOnly.size * 0.9, `${known.length} of ${testOnly.size} known`);
  });

  it("records the digest of the sources it was built from, which any change to them alters", () => {
    const root = mkdtempSync(join(tmpdir(), "rapport-digest-"));
    assert.equal(modelSourceDigest(root), null);
    const corpus = join(root, "src", "text", "indicators", "corpus");
    mkdirSync(corpus, { recursive: true });
    mkdirSync(join(root, "src", "text", "check"));
    writeFileSync(join(corpus, "a.ts"), "export const A = 1;\n");
    writeFileSync(join(corpus, "a.test.ts"), "// tests do not train the model\n");
    writeFileSync(join(root, "src", "text", "check", "glossary.ts"), "export const G = 1;\n");
    const first = modelSourceDigest(root);
    assert.match(first ?? "", /^[0-9a-f]{64}$/);
    writeFileSync(join(corpus, "a.test.ts"), "// edited\n");
    // The check trains nothing: a glossary edit keeps the models.
    writeFileSync(join(root, "src", "text", "check", "glossary.ts"), "export const G = 2;\n");
    assert.equal(modelSourceDigest(root), first);
    writeFileSync(join(corpus, "a.ts"), "export const A = 2;\n");
    const second = modelSourceDigest(root);
    assert.notEqual(second, first);
    writeFileSync(join(root, "package-lock.json"), "{}\n");
    assert.notEqual(modelSourceDigest(root), second);

    const file = join(root, "model.json");
    writeModel("shipped", file, model);
    assert.equal(sourceOfModelFile(file), modelSourceDigest());
    assert.ok(modelFromJson(JSON.parse(readFileSync(file, "utf8"))));
    assert.equal(sourceOfModelFile(join(root, "missing.json")), null);
    writeFileSync(join(root, "broken.json"), "{not json");
    assert.equal(sourceOfModelFile(join(root, "broken.json")), null);
    // Only a digest written first counts: the runner reads a few bytes, not the whole file.
    writeFileSync(join(root, "late.json"), JSON.stringify({ format: 1, source: "a".repeat(64) }));
    assert.equal(sourceOfModelFile(join(root, "late.json")), null);
  });

  it("is read from RAPPORT_INDICATOR_MODEL when set, and not at all from a file that is not there", () => {
    const saved = process.env.RAPPORT_INDICATOR_MODEL;
    try {
      const dir = mkdtempSync(join(tmpdir(), "rapport-model-"));
      const file = join(dir, "model.json");
      writeFileSync(file, JSON.stringify(modelToJson(model)));
      process.env.RAPPORT_INDICATOR_MODEL = file;
      const read = loadModel("shipped");
      assert.ok(read);
      const text = "They talk down to us and never come to the shop floor.";
      assert.deepEqual(detectWith(read, text), detectWith(model, text));
      process.env.RAPPORT_INDICATOR_MODEL = join(dir, "missing.json");
      assert.equal(loadModel("shipped"), null);
    } finally {
      if (saved === undefined) delete process.env.RAPPORT_INDICATOR_MODEL;
      else process.env.RAPPORT_INDICATOR_MODEL = saved;
    }
  });
});

describe("the measured indicator model", () => {
  it("is the one built for train and dev, read from RAPPORT_MEASURED_MODEL, never the shipped one", () => {
    const measured = evaluationModel();
    const saved = process.env.RAPPORT_MEASURED_MODEL;
    try {
      const dir = mkdtempSync(join(tmpdir(), "rapport-measured-"));
      const file = join(dir, "measured.json");
      writeFileSync(file, JSON.stringify(modelToJson(measured, "measured")));
      process.env.RAPPORT_MEASURED_MODEL = file;
      const read = loadModel("measured");
      assert.ok(read);
      for (const e of corpusSplit("test").filter((_, i) => i % 25 === 0)) {
        assert.deepEqual(detectWith(read, e.text), detectWith(measured, e.text), e.text);
      }
      writeFileSync(file, JSON.stringify(modelToJson(defaultModel(), "shipped")));
      assert.equal(loadModel("measured"), null);
    } finally {
      if (saved === undefined) delete process.env.RAPPORT_MEASURED_MODEL;
      else process.env.RAPPORT_MEASURED_MODEL = saved;
    }
  });

  it("digests every file under src/text that training imports", () => {
    const text = projectPath("src", "text");
    const seen = new Set<string>();
    const queue = [join(text, "train-models.ts")];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const m of source.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)\.js"/g)) {
        const next = join(dirname(file), `${m[1]}.ts`);
        if (existsSync(next)) queue.push(next);
      }
    }
    assert.ok(seen.size > 50, `${seen.size} files reached`);
    const outside = [...seen]
      .map((f) => relative(text, f))
      .filter(
        (f) => !f.startsWith("..") && !MODEL_SOURCES.some((s) => f === s || f.startsWith(s + sep)),
      );
    assert.deepEqual(outside, []);
  });
});
