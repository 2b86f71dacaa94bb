import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { LogRegModel } from "../shared/logreg.js";
import type { Stacker } from "../shared/stacking.js";
import { INDICATOR_CORPUS } from "./corpus/index.js";
import { type IndicatorModel, trainIndicatorModel } from "./model.js";
import { INDICATOR_CODES, type IndicatorCode } from "./types.js";

/**
 * The model Rapport ships is trained on every labelled statement (train, dev and test): once
 * the test split has measured the method, holding it back would only leave the product with
 * less to learn from. Quality figures come from a separate model that never saw the test split
 * (see evaluate.ts).
 *
 * `npm install` trains it once at build time and writes it beside the compiled code, so that
 * the first answer a server reads does not wait seconds for training; run from the sources
 * (tests, tsx), it is trained on first use instead. Both give the same model: training is
 * deterministic.
 */
const FILE = fileURLToPath(new URL("./indicator-model.json", import.meta.url));
const FORMAT = 1;

interface ModelFile {
  readonly format: number;
  readonly statements: number;
  readonly classifiers: Record<string, { bias: number; weights: Record<string, number> }>;
  readonly stackers: Record<string, Stacker>;
  readonly classifierOnly: Record<string, number>;
  /** The digest of the sources it was trained from (see modelSourceDigest), when known. */
  readonly source?: string;
}

export function modelToJson(model: IndicatorModel): ModelFile {
  const classifiers: ModelFile["classifiers"] = {};
  for (const code of INDICATOR_CODES) {
    const c = model.classifiers[code];
    classifiers[code] = { bias: c.bias, weights: Object.fromEntries(c.weights) };
  }
  return {
    format: FORMAT,
    statements: INDICATOR_CORPUS.length,
    classifiers,
    stackers: model.stackers,
    classifierOnly: model.classifierOnly,
  };
}

/** Null when the file is not this version's: the caller trains instead. */
export function modelFromJson(file: ModelFile): IndicatorModel | null {
  if (file.format !== FORMAT || file.statements !== INDICATOR_CORPUS.length) return null;
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

export function trainShippedModel(): IndicatorModel {
  return trainIndicatorModel(INDICATOR_CORPUS);
}

/**
 * Where the model is read from. The test runner trains it once per run from the sources and
 * points every test file at its copy with RAPPORT_INDICATOR_MODEL, so that the files do not
 * each train their own (about 5 seconds apiece).
 */
function modelFile(): string {
  return process.env.RAPPORT_INDICATOR_MODEL || FILE;
}

/** The model written at build time, if there is one for this corpus. */
export function loadShippedModel(): IndicatorModel | null {
  const file = modelFile();
  if (!existsSync(file)) return null;
  try {
    return modelFromJson(JSON.parse(readFileSync(file, "utf8")) as ModelFile);
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

/** Writes the model (trained afresh unless given) with the digest of the sources it came from. */
export function writeShippedModel(file = FILE, model?: IndicatorModel): string {
  const source = modelSourceDigest();
  const json = modelToJson(model ?? trainShippedModel());
  writeFileSync(file, JSON.stringify(source ? { ...json, source } : json));
  return file;
}
