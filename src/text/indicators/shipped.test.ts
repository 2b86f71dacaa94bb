import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { INDICATOR_CORPUS } from "./corpus/index.js";
import { defaultModel, detectWith, evaluationModel } from "./detect.js";
import { modelFromJson, modelToJson } from "./shipped.js";

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
});
