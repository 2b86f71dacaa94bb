/**
 * Binary logistic regression over sparse binary features, trained by per-example gradient
 * steps with AdaGrad step sizes (rare words get large steps, common ones small) and L2 decay.
 * The example order is shuffled by a fixed-seed generator, so training is deterministic.
 * Small on purpose: a few hundred examples, a few thousand features, well under a second.
 */
export interface LogRegOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  /** Weight of positive examples relative to negatives; > 1 favours recall on rare labels. */
  readonly positiveWeight?: number;
  /** Share of naive Bayes log-count ratios added to the weights (0: none). */
  readonly naiveBayes?: number;
}

export interface LogRegModel {
  readonly weights: ReadonlyMap<string, number>;
  readonly bias: number;
}

/** Weights are kept to four decimals: smaller model files, and no spurious precision. */
export const WEIGHT_SCALE = 1e4;

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** A small linear congruential generator: the same shuffles on every run and machine. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Fisher-Yates, in place, with the given generator. */
export function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
}

export function trainLogReg(
  examples: readonly (readonly string[])[],
  labels: readonly boolean[],
  options: LogRegOptions = {},
): LogRegModel {
  const { epochs = 20, learningRate = 0.3, l2 = 0.01, positiveWeight = 1.5 } = options;
  const index = new Map<string, number>();
  const rows: Int32Array[] = examples.map((feats) => {
    const ids = new Set<number>();
    for (const f of feats) {
      let id = index.get(f);
      if (id === undefined) {
        id = index.size;
        index.set(f, id);
      }
      ids.add(id);
    }
    return Int32Array.from(ids);
  });
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const order = rows.map((_, i) => i);
  const random = lcg(0x5eed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const row = rows[i]!;
      let z = b;
      for (let k = 0; k < row.length; k++) z += w[row[k]!]!;
      const err = (sigmoid(z) - (labels[i] ? 1 : 0)) * (labels[i] ? positiveWeight : 1);
      for (let k = 0; k < row.length; k++) {
        const id = row[k]!;
        const g = err + l2 * w[id]!;
        g2[id] = g2[id]! + g * g;
        w[id] = w[id]! - (learningRate * g) / Math.sqrt(g2[id]!);
      }
      gb2 += err * err;
      b -= (learningRate * err) / Math.sqrt(gb2);
    }
  }
  const beta = options.naiveBayes ?? 0;
  if (beta > 0) {
    // Naive Bayes log-count ratios, added to the trained weights (as in NBSVM): they count
    // every word a class has seen, where gradient steps let a rare word's weight die out under
    // decay. On whole batches by other authors this lifted macro-F1 by about a point.
    const pos = new Float64Array(index.size);
    const neg = new Float64Array(index.size);
    let np = 0;
    let nn = 0;
    rows.forEach((row, i) => {
      const into = labels[i] ? pos : neg;
      for (let k = 0; k < row.length; k++) into[row[k]!]! += 1;
      if (labels[i]) np += row.length;
      else nn += row.length;
    });
    const a = 1; // Laplace smoothing
    const v = index.size;
    for (let id = 0; id < v; id++) {
      const r = Math.log((pos[id]! + a) / (np + a * v)) - Math.log((neg[id]! + a) / (nn + a * v));
      w[id] = w[id]! + beta * r;
    }
  }
  // Four decimals are far finer than any one word's say, and halve the model file that
  // `npm install` writes and every server start parses.
  const weights = new Map<string, number>();
  for (const [f, id] of index) {
    const rounded = Math.round(w[id]! * WEIGHT_SCALE) / WEIGHT_SCALE;
    if (rounded !== 0) weights.set(f, rounded);
  }
  return { weights, bias: b };
}

export function logit(model: LogRegModel, features: readonly string[]): number {
  let z = model.bias;
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f)) continue;
    seen.add(f);
    z += model.weights.get(f) ?? 0;
  }
  return z;
}

export function predict(model: LogRegModel, features: readonly string[]): number {
  return sigmoid(logit(model, features));
}
