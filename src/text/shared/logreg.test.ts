import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { predict, trainLogReg } from "./logreg.js";

const examples = [
  ["rude", "slow"],
  ["rude", "email"],
  ["kind", "email"],
  ["kind", "quick"],
  ["rude"],
  ["kind"],
];
const labels = [true, true, false, false, true, false];

describe("logistic regression", () => {
  it("learns which words mark the class, the same way on every run", () => {
    const a = trainLogReg(examples, labels);
    const b = trainLogReg(examples, labels);
    assert.deepEqual([...a.weights], [...b.weights]);
    assert.ok(predict(a, ["rude"]) > 0.5);
    assert.ok(predict(a, ["kind"]) < 0.5);
    assert.ok(a.weights.get("rude")! > 0 && a.weights.get("kind")! < 0);
  });

  it("adds naive Bayes log-count ratios when asked, in their direction", () => {
    const plain = trainLogReg(examples, labels, { epochs: 1 });
    const mixed = trainLogReg(examples, labels, { epochs: 1, naiveBayes: 0.3 });
    // "rude" is seen only with the class, "kind" only without, "email" with both.
    assert.ok(mixed.weights.get("rude")! > plain.weights.get("rude")!);
    assert.ok(mixed.weights.get("kind")! < plain.weights.get("kind")!);
    const email = mixed.weights.get("email") ?? 0;
    assert.ok(Math.abs(email - (plain.weights.get("email") ?? 0)) < 0.2);
    assert.ok(predict(mixed, ["rude", "email"]) > predict(mixed, ["kind", "email"]));
  });

  it("keeps weights to four decimals and stores none that round to zero", () => {
    const model = trainLogReg(examples, labels, { naiveBayes: 0.3 });
    assert.ok(model.weights.size > 0);
    for (const [word, w] of model.weights) {
      assert.notEqual(w, 0, word);
      assert.ok(Math.abs(w * 1e4 - Math.round(w * 1e4)) < 1e-6, `${word}: ${w}`);
    }
  });

  it("copes with no examples, empty examples and one class only", () => {
    const none = trainLogReg([], [], { naiveBayes: 0.3 });
    assert.equal(none.weights.size, 0);
    assert.ok(Number.isFinite(predict(none, ["anything"])));
    const empty = trainLogReg([[], []], [true, false], { naiveBayes: 0.3 });
    assert.ok(Number.isFinite(predict(empty, [])));
    const onlyPositive = trainLogReg([["a"], ["b"]], [true, true], { naiveBayes: 0.3 });
    for (const w of onlyPositive.weights.values()) assert.ok(Number.isFinite(w));
    assert.ok(predict(onlyPositive, ["a"]) > 0.5);
  });
});
