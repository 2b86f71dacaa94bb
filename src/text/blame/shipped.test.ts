import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { loadBuiltModel, sourceOfModelFile, writeBuiltModel } from "../shared/built-model.js";
import { analyseBlameWith } from "./analyse.js";
import { BLAME_CORPUS } from "./corpus/index.js";
import { defaultBlameModel } from "./judge.js";
import { blameModelFromJson } from "./shipped.js";
import { BLAME_MODELS, blameModelToJson, evaluationBlameModel } from "./training.js";

describe("the built practitioner-blame models", () => {
  const model = defaultBlameModel();

  it("survive being written at build time and read back: same verdicts, same scores", () => {
    const read = blameModelFromJson(
      JSON.parse(JSON.stringify(blameModelToJson(model, "shipped"))),
      "shipped",
    );
    assert.ok(read);
    for (const e of BLAME_CORPUS.filter((_, i) => i % 17 === 0)) {
      assert.deepEqual(analyseBlameWith(read, e.text), analyseBlameWith(model, e.text), e.text);
    }
  });

  it("are refused when written for another kind or format, or broken", () => {
    const file = blameModelToJson(model, "shipped");
    assert.ok(blameModelFromJson(file, "shipped"));
    assert.equal(blameModelFromJson({ ...file, format: 2 }, "shipped"), null);
    assert.equal(blameModelFromJson({ ...file, classifier: { bias: "x" } }, "shipped"), null);
    assert.equal(blameModelFromJson({ ...file, stacker: { rule: 1 } }, "shipped"), null);
    assert.equal(blameModelFromJson(null, "shipped"), null);
    assert.equal(blameModelFromJson("model", "shipped"), null);
    // The product's model has seen the test split: it must never stand in for the measured one.
    assert.equal(blameModelFromJson(file, "measured"), null);
    assert.equal(blameModelFromJson({ ...file, kind: "measured" }, "shipped"), null);
  });

  it("are read from their variables, with the digest first, and trained when the file is missing", () => {
    const saved = process.env[BLAME_MODELS.measured.env];
    try {
      const dir = mkdtempSync(join(tmpdir(), "rapport-blame-model-"));
      const file = join(dir, "blame.json");
      const measured = evaluationBlameModel();
      writeBuiltModel(BLAME_MODELS.measured, file, measured);
      assert.match(sourceOfModelFile(file) ?? "", /^[0-9a-f]{64}$/);
      process.env[BLAME_MODELS.measured.env] = file;
      const read = loadBuiltModel(BLAME_MODELS.measured);
      assert.ok(read);
      const text = "Your staff will click anything that lands in their inbox.";
      assert.deepEqual(analyseBlameWith(read, text), analyseBlameWith(measured, text));
      // The shipped model written where the measured one is asked for is refused.
      writeBuiltModel(BLAME_MODELS.shipped, file, model);
      assert.equal(loadBuiltModel(BLAME_MODELS.measured), null);
      writeFileSync(file, "{broken");
      assert.equal(loadBuiltModel(BLAME_MODELS.measured), null);
      process.env[BLAME_MODELS.measured.env] = join(dir, "missing.json");
      assert.equal(loadBuiltModel(BLAME_MODELS.measured), null);
    } finally {
      if (saved === undefined) delete process.env[BLAME_MODELS.measured.env];
      else process.env[BLAME_MODELS.measured.env] = saved;
    }
  });
});
