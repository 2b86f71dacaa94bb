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
import { RapportError } from "../../errors.js";
import { type LogRegModel, WEIGHT_SCALE } from "./logreg.js";

/**
 * A text model that `npm install` trains once and writes beside the compiled code, so that
 * neither a server's first answer nor a CLI run waits for training, and the test suite reuses
 * it instead of training it again in every process. This is what reading one needs; training
 * and writing one (see BuiltModel) need the corpus, which the product never loads.
 */
export interface ModelStore<M> {
  /** How messages name it: "indicator", "practitioner blame (measured)". */
  readonly name: string;
  /** The file's base name, in dist/text/. */
  readonly file: string;
  /** The variable that points a process at another copy (the test runner sets it). */
  readonly env: string;
  /** Null when the file was written for another version or kind. */
  fromJson(file: unknown): M | null;
}

/** A model store that can also train the model and write it (build time, tests, tools). */
export interface BuiltModel<M> extends ModelStore<M> {
  train(): M;
  /** A plain object for JSON; it must carry what `fromJson` checks (format, kind). */
  toJson(model: M): object;
}

/** Where `npm install` writes a model: dist/text/<file> (src/text/<file> run from sources). */
export function builtModelFile(model: ModelStore<unknown>, root?: string): string {
  if (root) return join(root, "dist", "text", model.file);
  return fileURLToPath(new URL(`../${model.file}`, import.meta.url));
}

/** The file a process reads the model from: the one its variable names, or the built one. */
export function modelFile(model: ModelStore<unknown>): string {
  return process.env[model.env] || builtModelFile(model);
}

/** The model written at build time (or where its variable points), if it can be read. */
export function loadBuiltModel<M>(model: ModelStore<M>): M | null {
  const file = modelFile(model);
  if (!existsSync(file)) return null;
  try {
    return model.fromJson(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return null;
  }
}

/** Whether a model file is there to read (checked once at import, before the corpus is needed). */
export function hasModelFile(model: ModelStore<unknown>): boolean {
  return existsSync(modelFile(model));
}

/**
 * The model from its file; or, run from the sources before `npm run build` (no file, so the
 * caller imported its training code), one trained now. A file that is there but cannot be
 * read is not silently replaced by a model trained on whatever corpus is at hand: the error
 * says how to mend it.
 */
export function readOrTrain<M>(model: ModelStore<M>, train: (() => M) | undefined): M {
  const read = loadBuiltModel(model);
  if (read) return read;
  if (!train) throw unreadableModel(model);
  return train();
}

function unreadableModel(model: ModelStore<unknown>): RapportError {
  return new RapportError(
    "model_unreadable",
    `The ${model.name} model in ${modelFile(model)} could not be read: it was built by another version of Rapport, or the file is damaged. Run "npm run build" to build it again.`,
  );
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
 * What the models are trained from, under src/text: the text engine's shared code, the
 * indicators' and practitioner blame's code, corpora and lexicons, and the training entry
 * points. The communication check (check/) and the campaign views train nothing, so editing
 * the glossary no longer sends every test run and every build through five minutes of
 * training. A test walks the training code's imports to keep this list whole.
 */
export const MODEL_SOURCES = [
  "shared",
  "indicators",
  "blame",
  "models.ts",
  "train-models.ts",
] as const;

/**
 * A digest of everything the models are trained from (see MODEL_SOURCES) and the locked
 * dependency versions (the tagger's model among them). Null where the sources are not at hand.
 * The test runner uses it to reuse the models `npm install` built instead of training the same
 * ones again.
 */
export function modelSourceDigest(root = process.cwd()): string | null {
  const dir = join(root, "src", "text");
  if (!existsSync(dir)) return null;
  const hash = createHash("sha256");
  for (const name of MODEL_SOURCES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? sourceFiles(path) : [path];
    for (const file of files) {
      hash.update(relative(root, file));
      hash.update("\0");
      hash.update(readFileSync(file));
    }
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
