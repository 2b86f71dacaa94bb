import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { predict, trainLogReg } from "./logreg.js";
import { networkFromJson, networkPredict, networkToJson, trainNetwork } from "./network.js";

/**
 * "Either word, but not both": no weighing of words one by one can learn it, a layer that reads
 * them together can. Noise words make every text a little different.
 */
function eitherButNotBoth(n: number): { texts: string[][]; labels: boolean[][] } {
  const texts: string[][] = [];
  const labels: boolean[][] = [];
  for (let i = 0; i < n; i++) {
    const a = i % 2 === 0;
    const b = Math.floor(i / 2) % 2 === 0;
    const words = [`noise${i % 7}`];
    if (a) words.push("alpha");
    if (b) words.push("beta");
    texts.push(words);
    // The second label is plainly "alpha": a network learns several labels at once.
    labels.push([a !== b, a]);
  }
  return { texts, labels };
}

const options = {
  epochs: 100,
  dropout: 0,
  minCount: 1,
  learningRate: 0.2,
  hidden: 16,
  positiveWeight: 1,
};

describe("the network", () => {
  const { texts, labels } = eitherButNotBoth(400);
  const net = trainNetwork(texts, labels, options);
  const cases: Array<[string[], boolean]> = [
    [["alpha"], true],
    [["beta"], true],
    [["alpha", "beta"], false],
    [[], false],
  ];

  it("learns what words mean together, where weighing them apart cannot", () => {
    for (const [words, expected] of cases) {
      const p = networkPredict(net, [...words, "noise3"])[0]!;
      assert.equal(p >= 0.5, expected, `${words.join("+") || "nothing"}: ${p}`);
    }
    const linear = trainLogReg(
      texts,
      labels.map((l) => l[0]!),
      { epochs: 30 },
    );
    const right = cases.filter(([w, e]) => predict(linear, [...w, "noise3"]) >= 0.5 === e);
    assert.ok(right.length < cases.length, "a linear model should get one of these wrong");
  });

  it("learns each label of a text", () => {
    assert.ok(networkPredict(net, ["alpha", "beta"])[1]! >= 0.5);
    assert.ok(networkPredict(net, ["beta"])[1]! < 0.5);
  });

  it("answers from its biases for a text with no known feature", () => {
    for (const features of [[], ["never-seen"], ["", "never-seen", "never-seen"]]) {
      const p = networkPredict(net, features);
      assert.equal(p.length, 2);
      for (const x of p) assert.ok(Number.isFinite(x) && x > 0 && x < 1);
    }
  });

  it("is the same on every run, and answers alike when read back from its file", () => {
    const again = trainNetwork(texts, labels, options);
    assert.deepEqual(networkToJson(again), networkToJson(net));
    const read = networkFromJson(JSON.parse(JSON.stringify(networkToJson(net))));
    assert.ok(read);
    for (const t of texts.slice(0, 20)) {
      assert.deepEqual(networkPredict(read, t), networkPredict(net, t));
    }
  });

  it("leaves out features seen in too few texts", () => {
    const few = trainNetwork(
      [["common", "rare"], ["common"], ["common"]],
      [[true], [false], [true]],
      { minCount: 2 },
    );
    assert.deepEqual([...few.index.keys()], ["common"]);
  });

  it("trains on no texts without failing", () => {
    const empty = trainNetwork([], [], {});
    assert.equal(empty.index.size, 0);
  });

  it("refuses a file that is not a whole network", () => {
    const json = networkToJson(net);
    const broken: unknown[] = [
      null,
      "network",
      { ...json, features: "alpha" },
      { ...json, hidden: 0 },
      { ...json, outputs: 1.5 },
      { ...json, hiddenBias: json.hiddenBias.slice(1) },
      { ...json, output: [...json.output.slice(1), Number.NaN] },
      { ...json, outputBias: ["0", "0"] },
      { ...json, embedding: json.embedding.slice(0, 8) },
      { ...json, scales: 42 },
      { ...json, features: [...json.features, "extra"] },
    ];
    for (const b of broken) assert.equal(networkFromJson(b), null, JSON.stringify(b)?.slice(0, 80));
  });
});
