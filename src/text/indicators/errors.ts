/**
 * Developer tool, not used by the product: how the detector fares on the train and dev splits
 * when it has not seen the statement, and which statements it gets wrong. Never reads the test
 * split, so that the test score stays a fair measure.
 *
 *   node --import tsx src/text/indicators/errors.ts [--min-cue 2] [--key entry|phrase]
 *     [--show fn|fp|all|none] [--indicator conflict] [--folds 5] [--seeds 1]
 *
 * Two things flatter a plain train+dev score: the classifier has seen the statement, and the
 * cue lists were written while reading it. So each statement is scored by a model trained on
 * the other folds, and cues that fire on fewer than `--min-cue` statements of train+dev (with
 * 2: on this statement alone) are left out for it, as a cue tailored to one statement would be
 * missing on a new answer; such a cue's lexicon phrases do not teach that fold's classifier
 * either. `--min-cue 1` keeps every cue. On the held-out test split the detector has scored
 * between the `--min-cue 2` and `--min-cue 3` figures.
 */
import { type Token, tokenize } from "../shared/nlp.js";
import { fnv1a } from "../shared/split.js";
import { corpusSplit, type IndicatorExample } from "./corpus/index.js";
import { detectWith } from "./detect.js";
import { score } from "./evaluate.js";
import type { IndicatorCue } from "./lexicon/index.js";
import { type IndicatorModel, trainIndicatorModel } from "./model.js";
import { analyseRules, type CueHit } from "./rules.js";
import { INDICATOR_CODES, type IndicatorCode, type IndicatorResult } from "./types.js";

interface Options {
  readonly minCue: number;
  readonly show: "fn" | "fp" | "all" | "none";
  readonly indicator: IndicatorCode | null;
  readonly folds: number;
  readonly key: CueKey;
  readonly seeds: number;
}

function parseArgs(argv: readonly string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const show = get("--show") ?? "all";
  if (!["fn", "fp", "all", "none"].includes(show)) throw new Error(`--show: ${show}`);
  const indicator = get("--indicator") ?? null;
  if (indicator && !(INDICATOR_CODES as readonly string[]).includes(indicator)) {
    throw new Error(`--indicator: ${indicator}`);
  }
  return {
    minCue: Number(get("--min-cue") ?? 2),
    show: show as Options["show"],
    indicator: indicator as IndicatorCode | null,
    folds: Number(get("--folds") ?? 5),
    key: get("--key") === "phrase" ? "phrase" : "entry",
    seeds: Number(get("--seeds") ?? 1),
  };
}

/**
 * What counts as "the same cue" across statements: the lexicon entry, or the words it matched
 * (lemmas), which does not reward folding two one-off phrases into one entry.
 */
export type CueKey = "entry" | "phrase";

function keyOf(kind: CueKey, hit: CueHit, tokens: readonly Token[]): IndicatorCue | string {
  if (kind === "entry") return hit.cue;
  const words: string[] = [];
  for (let k = hit.from; k < hit.to; k++)
    if (tokens[k]!.kind === "word") words.push(tokens[k]!.lemma);
  return words.join(" ");
}

/** On how many statements each cue fires. */
function cueCounts(
  examples: readonly IndicatorExample[],
  kind: CueKey,
): Map<IndicatorCue | string, number> {
  const counts = new Map<IndicatorCue | string, number>();
  for (const e of examples) {
    const tokens = tokenize(e.text);
    const keys = new Set(analyseRules(tokens).hits.map((h) => keyOf(kind, h, tokens)));
    for (const c of keys) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

export interface CrossValidated {
  readonly example: IndicatorExample;
  readonly result: IndicatorResult;
}

/** Every train+dev statement scored by a model that did not see it, with rare cues left out. */
export function crossValidate(
  minCue: number,
  folds = 5,
  kind: CueKey = "entry",
  seed = 0,
): CrossValidated[] {
  const data = corpusSplit(["train", "dev"]);
  const counts = cueCounts(data, kind);
  const foldOf = data.map((e) => fnv1a(`cv${seed || ""}:${e.text}`) % folds);
  // A cue that fires only on statements of the held-out fold was written for them: its phrases
  // must not teach that fold's classifier either.
  const firedIn = new Map<IndicatorCue, Set<number>>();
  data.forEach((e, i) => {
    for (const h of analyseRules(tokenize(e.text)).hits) {
      const s = firedIn.get(h.cue) ?? new Set<number>();
      s.add(foldOf[i]!);
      firedIn.set(h.cue, s);
    }
  });
  const models: IndicatorModel[] = [];
  for (let f = 0; f < folds; f++) {
    const excludeCues = new Set<IndicatorCue>();
    for (const [cue, s] of firedIn) if (s.size === 1 && s.has(f)) excludeCues.add(cue);
    models.push(
      trainIndicatorModel(
        data.filter((_, i) => foldOf[i] !== f),
        { excludeCues },
      ),
    );
  }
  const keepHit = (h: CueHit, tokens: readonly Token[]) =>
    (counts.get(keyOf(kind, h, tokens)) ?? 0) >= minCue;
  return data.map((example, i) => ({
    example,
    result: detectWith(models[foldOf[i]!]!, example.text, { keepHit }),
  }));
}

function scoreRows(rows: readonly CrossValidated[]) {
  const byText = new Map(rows.map((r) => [r.example.text, new Set(r.result.indicators)]));
  return score(
    rows.map((r) => r.example),
    (text) => byText.get(text) ?? new Set(),
  );
}

function summary(label: string, rows: readonly CrossValidated[]): string {
  const m = scoreRows(rows);
  const per = INDICATOR_CODES.map((c) => {
    const p = m.perIndicator[c];
    return `  ${c.padEnd(23)} F1 ${p.f1.toFixed(3)}  P ${p.precision.toFixed(2)}  R ${p.recall.toFixed(2)}  n ${p.support}`;
  });
  return [`${label}: macro-F1 ${m.macroF1.toFixed(4)}`, ...per].join("\n");
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const rows = crossValidate(opts.minCue, opts.folds, opts.key);
  if (opts.seeds > 1) {
    // Fold assignment alone moves the score by about a point: average over several.
    let sum = scoreRows(rows).macroF1;
    for (let seed = 1; seed < opts.seeds; seed++) {
      sum += scoreRows(crossValidate(opts.minCue, opts.folds, opts.key, seed)).macroF1;
    }
    console.log(
      `mean macro-F1 over ${opts.seeds} fold assignments: ${(sum / opts.seeds).toFixed(4)}`,
    );
  }
  const label = `train+dev, ${opts.folds}-fold, cues (by ${opts.key}) on >= ${opts.minCue} statements`;
  console.log(summary(label, rows));
  if (opts.show === "none") return;
  for (const code of opts.indicator ? [opts.indicator] : INDICATOR_CODES) {
    const lines: string[] = [];
    for (const { example, result } of rows) {
      const gold = example.labels.has(code);
      const got = result.indicators.includes(code);
      if (gold === got) continue;
      const kind = gold ? "FN" : "FP";
      if (opts.show !== "all" && opts.show !== kind.toLowerCase()) continue;
      const ev = result.evidence.filter((e) => e.indicator === code).map((e) => e.text);
      const others = [...example.labels].filter((l) => l !== code).join(",");
      lines.push(
        `${kind} ${result.scores[code].toFixed(2)} ${JSON.stringify(example.text)}${
          ev.length ? ` ev=${JSON.stringify(ev)}` : ""
        }${others ? ` [${others}]` : ""}`,
      );
    }
    console.log(`\n== ${code}: ${lines.length} errors`);
    for (const l of lines.sort()) console.log(l);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) main();
