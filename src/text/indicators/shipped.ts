import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { LogRegModel } from "../shared/logreg.js";
import type { Stacker } from "../shared/stacking.js";
import { corpusSplit, INDICATOR_CORPUS, type IndicatorExample } from "./corpus/index.js";
import { type IndicatorModel, trainIndicatorModel } from "./model.js";
import { INDICATOR_CODES, type IndicatorCode } from "./types.js";

/**
 * The model Rapport ships is trained on every labelled statement (train, dev and test): once
 * the test split has measured the method, holding it back would only leave the product with
 * less to learn from. Quality figures come from a separate model that never saw the test split
 * (see evaluate.ts).
 *
 * `npm install` trains both once at build time and writes them beside the compiled code, so
 * that the first answer a server reads does not wait for training, and the test suite does
 * not train the measured model again; run from the sources (tsx), each is trained on first use
 * instead. Either way gives the same model: training is deterministic.
 */
export type ModelKind = "shipped" | "measured";

export const MODEL_KINDS: readonly ModelKind[] = ["shipped", "measured"];

const KINDS: Record<ModelKind, { readonly file: string; readonly env: string }> = {
  shipped: { file: "indicator-model.json", env: "RAPPORT_INDICATOR_MODEL" },
  measured: { file: "indicator-measured-model.json", env: "RAPPORT_MEASURED_MODEL" },
};

/** The variable that points a process at a model file of this kind (see modelFile). */
export function modelEnv(kind: ModelKind): string {
  return KINDS[kind].env;
}
const FORMAT = 1;

interface ModelFile {
  readonly format: number;
  /** Absent in files written before the measured model was built too: those are shipped ones. */
  readonly kind?: ModelKind;
  readonly statements: number;
  readonly classifiers: Record<string, { bias: number; weights: Record<string, number> }>;
  readonly stackers: Record<string, Stacker>;
  readonly classifierOnly: Record<string, number>;
  /** The digest of the sources it was trained from (see modelSourceDigest), when known. */
  readonly source?: string;
}

/** The statements a model of this kind learns from. */
export function trainingSet(kind: ModelKind): readonly IndicatorExample[] {
  return kind === "shipped" ? INDICATOR_CORPUS : corpusSplit(["train", "dev"]);
}

export function modelToJson(model: IndicatorModel, kind: ModelKind = "shipped"): ModelFile {
  const classifiers: ModelFile["classifiers"] = {};
  for (const code of INDICATOR_CODES) {
    const c = model.classifiers[code];
    classifiers[code] = { bias: c.bias, weights: Object.fromEntries(c.weights) };
  }
  return {
    format: FORMAT,
    kind,
    statements: trainingSet(kind).length,
    classifiers,
    stackers: model.stackers,
    classifierOnly: model.classifierOnly,
  };
}

/** Null when the file is not this version's or not of this kind: the caller trains instead. */
export function modelFromJson(file: ModelFile, kind: ModelKind = "shipped"): IndicatorModel | null {
  if (file.format !== FORMAT || (file.kind ?? "shipped") !== kind) return null;
  if (file.statements !== trainingSet(kind).length) return null;
  const classifiers = {} as Record<IndicatorCode, LogRegModel>;
  const stackers = {} as Record<IndicatorCode, Stacker>;
  const classifierOnly = {} as Record<IndicatorCode, number>;
  for (const code of INDICATOR_CODES) {
    const c = file.classifiers[code];
    const s = file.stackers[code];
    const line = file.classifierOnly[code];
    if (!c || !s || line === undefined) return null;
    classifiers[code] = { bias: c.bias, weights: new Map(Object.entries(c.weights)) };
    stackers[code] = s;
    classifierOnly[code] = line;
  }
  return { classifiers, stackers, classifierOnly };
}

export function trainModel(kind: ModelKind): IndicatorModel {
  return trainIndicatorModel(trainingSet(kind));
}

/** Where `npm install` writes a model of this kind: beside the compiled code. */
export function builtModelFile(kind: ModelKind): string {
  return fileURLToPath(new URL(`./${KINDS[kind].file}`, import.meta.url));
}

/**
 * Where a model is read from. The test runner points every test file at one copy of each kind
 * (RAPPORT_INDICATOR_MODEL, RAPPORT_MEASURED_MODEL), so that the files do not each train their
 * own (tens of seconds apiece).
 */
function modelFile(kind: ModelKind): string {
  return process.env[modelEnv(kind)] || builtModelFile(kind);
}

/** The model of this kind written at build time, if there is one for this corpus. */
export function loadModel(kind: ModelKind): IndicatorModel | null {
  const file = modelFile(kind);
  if (!existsSync(file)) return null;
  try {
    return modelFromJson(JSON.parse(readFileSync(file, "utf8")) as ModelFile, kind);
  } catch {
    return null;
  }
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
 * A digest of everything the model is trained from: the text engine's sources (code, corpus,
 * lexicon) and the locked dependency versions (the tagger's model among them). Null where the
 * sources are not at hand. The test runner uses it to reuse the model `npm install` built
 * instead of training the same one again.
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

/** The digest recorded in a model file, or null when there is none or the file cannot be read. */
export function sourceOfModelFile(file: string): string | null {
  try {
    const source = (JSON.parse(readFileSync(file, "utf8")) as ModelFile).source;
    return typeof source === "string" ? source : null;
  } catch {
    return null;
  }
}

/** Writes a model (trained afresh unless given) with the digest of the sources it came from. */
export function writeModel(
  kind: ModelKind,
  file = builtModelFile(kind),
  model?: IndicatorModel,
): string {
  const source = modelSourceDigest();
  const json = modelToJson(model ?? trainModel(kind), kind);
  writeFileSync(file, JSON.stringify(source ? { ...json, source } : json));
  return file;
}
