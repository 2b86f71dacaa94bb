import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { INDICATOR_CORPUS } from "./corpus/index.js";
import { defaultModel, detectWith, evaluationModel } from "./detect.js";
import { loadShippedModel, modelFromJson, modelToJson } from "./shipped.js";

describe("the shipped indicator model", () => {
  const model = defaultModel();

  it("survives being written at build time and read back: same verdicts, same scores", () => {
    const file = JSON.parse(JSON.stringify(modelToJson(model)));
    const read = modelFromJson(file);
    assert.ok(read);
    for (const e of INDICATOR_CORPUS.filter((_, i) => i % 7 === 0)) {
      assert.deepEqual(detectWith(read, e.text), detectWith(model, e.text), e.text);
    }
  });

  it("is refused when written for another corpus or format, so the server trains afresh", () => {
    const file = modelToJson(model);
    assert.equal(modelFromJson({ ...file, statements: file.statements + 1 }), null);
    assert.equal(modelFromJson({ ...file, format: 99 }), null);
    assert.equal(modelFromJson({ ...file, classifiers: {} }), null);
  });

  it("has learnt from the test split too, unlike the model the figures are measured with", () => {
    const shippedWords = model.classifiers.conflict.weights.size;
    const measuredWords = evaluationModel().classifiers.conflict.weights.size;
    assert.ok(shippedWords > measuredWords, `${shippedWords} vs ${measuredWords}`);
  });

  it("is read from RAPPORT_INDICATOR_MODEL when set, and not at all from a file that is not there", () => {
    const saved = process.env.RAPPORT_INDICATOR_MODEL;
    try {
      const dir = mkdtempSync(join(tmpdir(), "rapport-model-"));
      const file = join(dir, "model.json");
      writeFileSync(file, JSON.stringify(modelToJson(model)));
      process.env.RAPPORT_INDICATOR_MODEL = file;
      const read = loadShippedModel();
      assert.ok(read);
      const text = "They talk down to us and never come to the shop floor.";
      assert.deepEqual(detectWith(read, text), detectWith(model, text));
      process.env.RAPPORT_INDICATOR_MODEL = join(dir, "missing.json");
      assert.equal(loadShippedModel(), null);
    } finally {
      if (saved === undefined) delete process.env.RAPPORT_INDICATOR_MODEL;
      else process.env.RAPPORT_INDICATOR_MODEL = saved;
    }
  });
});
