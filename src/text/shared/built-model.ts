import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type LogRegModel, WEIGHT_SCALE } from "./logreg.js";

/**
 * A text model that `npm install` trains once and writes beside the compiled code, so that
 * neither a server's first answer nor a CLI run waits for training, and the test suite reuses
 * it instead of training it again in every process. Run from the sources (tsx) with no file
 * at hand, the model is trained on first use instead: training is deterministic, so both
 * ways give the same model.
 */
export interface BuiltModel<M> {
  /** How messages name it: "indicator", "blame (measured)". */
  readonly name: string;
  /** The file's base name, in dist/text/. */
  readonly file: string;
  /** The variable that points a process at another copy (the test runner sets it). */
  readonly env: string;
  train(): M;
  /** A plain object for JSON; it must carry what `fromJson` checks (format, kind, corpus). */
  toJson(model: M): object;
  /** Null when the file was written for another version, kind or corpus: the caller trains. */
  fromJson(file: unknown): M | null;
}

/** Where `npm install` writes a model: dist/text/<file> (src/text/<file> run from sources). */
export function builtModelFile(model: BuiltModel<unknown>, root?: string): string {
  if (root) return join(root, "dist", "text", model.file);
  return fileURLToPath(new URL(`../${model.file}`, import.meta.url));
}

function modelFile(model: BuiltModel<unknown>): string {
  return process.env[model.env] || builtModelFile(model);
}

/** The model written at build time (or where its variable points), if there is one for this corpus. */
export function loadBuiltModel<M>(model: BuiltModel<M>): M | null {
  const file = modelFile(model);
  if (!existsSync(file)) return null;
  try {
    return model.fromJson(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return null;
  }
}

export function loadOrTrain<M>(model: BuiltModel<M>): M {
  return loadBuiltModel(model) ?? model.train();
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.ts$/.test(entry) && !/\.test\.ts$/.test(entry)) out.push(path);
  }
  return out;
}

/**
 * A digest of everything the models are trained from: the text engine's sources (code, corpus,
 * lexicon) and the locked dependency versions (the tagger's model among them). Null where the
 * sources are not at hand. The test runner uses it to reuse the models `npm install` built
 * instead of training the same ones again.
 */
export function modelSourceDigest(root = process.cwd()): string | null {
  const dir = join(root, "src", "text");
  if (!existsSync(dir)) return null;
  const hash = createHash("sha256");
  for (const file of sourceFiles(dir)) {
    hash.update(relative(root, file));
    hash.update("\0");
    hash.update(readFileSync(file));
  }
  const lock = join(root, "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest("hex");
}

const SOURCE_PREFIX = /^\{"source":"([0-9a-f]{64})"/;

/**
 * The digest recorded in a model file, or null when there is none or the file cannot be read.
 * The digest is written first, so this reads a few bytes instead of parsing megabytes.
 */
export function sourceOfModelFile(file: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const head = Buffer.alloc(128);
    const n = readSync(fd, head, 0, head.length, 0);
    return SOURCE_PREFIX.exec(head.subarray(0, n).toString("utf8"))?.[1] ?? null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a model (trained afresh unless given) with the digest of the sources it came from. */
export function writeBuiltModel<M>(
  model: BuiltModel<M>,
  file = builtModelFile(model),
  trained?: M,
): string {
  const source = modelSourceDigest();
  const json = model.toJson(trained ?? model.train());
  writeFileSync(file, JSON.stringify(source ? { source, ...json } : json));
  return file;
}

/**
 * Classifiers as JSON, column by column: one list of features and, for each classifier, its
 * weights in that order as whole numbers (weights are kept to four decimals, see logreg.ts).
 * Parsing arrays is several times faster than parsing an object with a key per feature, and
 * a feature shared by several classifiers is written once.
 */
export interface ClassifierColumns {
  readonly features: readonly string[];
  readonly bias: readonly number[];
  readonly weights: readonly (readonly number[])[];
}

export function classifiersToColumns(models: readonly LogRegModel[]): ClassifierColumns {
  const features = [...new Set(models.flatMap((m) => [...m.weights.keys()]))].sort();
  return {
    features,
    bias: models.map((m) => m.bias),
    weights: models.map((m) =>
      features.map((f) => Math.round((m.weights.get(f) ?? 0) * WEIGHT_SCALE)),
    ),
  };
}

/** Null unless the columns are whole and hold exactly `count` classifiers. */
export function classifiersFromColumns(json: unknown, count: number): LogRegModel[] | null {
  if (typeof json !== "object" || json === null) return null;
  const { features, bias, weights } = json as Partial<ClassifierColumns>;
  if (!Array.isArray(features) || !Array.isArray(bias) || !Array.isArray(weights)) return null;
  if (bias.length !== count || weights.length !== count) return null;
  if (!features.every((f) => typeof f === "string")) return null;
  const models: LogRegModel[] = [];
  for (let j = 0; j < count; j++) {
    const column = weights[j];
    const b = bias[j];
    if (!Array.isArray(column) || column.length !== features.length) return null;
    if (typeof b !== "number" || !Number.isFinite(b)) return null;
    const map = new Map<string, number>();
    for (let i = 0; i < column.length; i++) {
      const w = column[i];
      if (!Number.isInteger(w)) return null;
      if (w !== 0) map.set(features[i]!, (w as number) / WEIGHT_SCALE);
    }
    models.push({ bias: b, weights: map });
  }
  return models;
}
