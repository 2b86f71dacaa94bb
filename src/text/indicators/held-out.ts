/**
 * Developer tool, not used by the product: how the detector fares on a whole batch of
 * statements written by someone else, which is what new text looks like. The random test split
 * shares authors, topics and phrasing with the training statements; a batch held out whole
 * does not, so its score is the better guide to a held-out set written independently of us.
 *
 *   node --import tsx src/text/indicators/held-out.ts --hold voices-h,voices-i
 *     each named batch is scored by a model trained on every other batch (all splits);
 *     --hold latest holds out each round of LATEST_ROUNDS in turn, one model per round (over
 *     an hour on one core; the bench does it in folds, see bench/held-out-folds.ts)
 *   node --import tsx src/text/indicators/held-out.ts --file src/.../voices-p.ts
 *     a batch not yet in the corpus, scored by a model trained on the whole corpus
 *   add --show fn|fp|all to list the errors, --indicator conflict to keep to one
 *
 * The cue lists were written while reading the corpus, so a batch already in it scores higher
 * here than it did before it joined (a new file is the honest measure).
 */
import { pathToFileURL } from "node:url";
import { keywordBaseline } from "./baseline.js";
import { INDICATOR_CORPUS, type IndicatorExample, type RawExample } from "./corpus/index.js";
import { parseLabels } from "./corpus/labels.js";
import { detectWith } from "./detect.js";
import { type MethodScores, score } from "./evaluate.js";
import { type IndicatorModel, trainIndicatorModel } from "./model.js";
import { INDICATOR_CODES, type IndicatorCode, type IndicatorResult } from "./types.js";

function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function loadFile(path: string): Promise<IndicatorExample[]> {
  const mod: Record<string, unknown> = await import(pathToFileURL(path).href);
  const batch = Object.values(mod).find(Array.isArray) as RawExample[] | undefined;
  if (!batch) throw new Error(`${path} exports no array of statements`);
  const name = path.replace(/^.*\//, "").replace(/\.ts$/, "");
  return batch.map(([text, labels]) => ({
    text,
    ...parseLabels(text, labels),
    split: "test",
    batch: name,
  }));
}

const SHORT: Record<IndicatorCode, string> = {
  conflict: "conf",
  negative_communication: "comm",
  negative_feelings: "feel",
  power_imbalance: "power",
  disengagement: "dist",
  blame: "blame",
};

function line(label: string, m: MethodScores, n: number): string {
  const per = INDICATOR_CODES.map((c) => `${SHORT[c]} ${m.perIndicator[c].f1.toFixed(2)}`);
  return `${label.padEnd(22)} n ${String(n).padStart(4)}  macro-F1 ${m.macroF1.toFixed(3)}  ${per.join("  ")}`;
}

function showErrors(
  rows: ReadonlyArray<{ example: IndicatorExample; result: IndicatorResult }>,
  show: string,
  only: IndicatorCode | undefined,
): void {
  for (const code of only ? [only] : INDICATOR_CODES) {
    const out: string[] = [];
    for (const { example, result } of rows) {
      const gold = example.labels.has(code);
      const got = result.indicators.includes(code);
      if (gold === got) continue;
      const kind = gold ? "FN" : "FP";
      if (show !== "all" && show !== kind.toLowerCase()) continue;
      const ev = result.evidence.filter((e) => e.indicator === code).map((e) => e.text);
      out.push(
        `${kind} ${result.scores[code].toFixed(2)} ${JSON.stringify(example.text)}${ev.length ? ` ev=${JSON.stringify(ev)}` : ""}`,
      );
    }
    console.log(`\n== ${code}: ${out.length} errors`);
    for (const l of out.sort()) console.log(l);
  }
}

export interface HeldOut {
  readonly batch: string;
  readonly n: number;
  readonly ours: MethodScores;
  readonly keywords: MethodScores;
}

function evaluate(
  batch: string,
  train: readonly IndicatorExample[],
  held: readonly IndicatorExample[],
  argv: readonly string[] = [],
): HeldOut {
  return evaluateWith(trainIndicatorModel(train), batch, held, argv);
}

function evaluateWith(
  model: IndicatorModel,
  batch: string,
  held: readonly IndicatorExample[],
  argv: readonly string[],
): HeldOut {
  const rows = held.map((example) => ({ example, result: detectWith(model, example.text) }));
  const byText = new Map(rows.map((r) => [r.example.text, new Set(r.result.indicators)]));
  const ours = score(held, (t) => byText.get(t) ?? new Set());
  const show = arg(argv, "--show");
  if (show) showErrors(rows, show, arg(argv, "--indicator") as IndicatorCode | undefined);
  return { batch, n: held.length, ours, keywords: score(held, keywordBaseline) };
}

/** Each named batch scored by a model trained on every other batch of the corpus. */
export function holdOutEach(names: readonly string[], argv: readonly string[] = []): HeldOut[] {
  return holdOutGroups(
    names.map((n) => [n]),
    argv,
  );
}

/**
 * Each group of batches held out together: one model trained without any of them scores each.
 * Cheaper than one model per batch, and a little harsher (a batch cannot learn from its
 * group's siblings).
 */
export function holdOutGroups(
  groups: readonly (readonly string[])[],
  argv: readonly string[] = [],
): HeldOut[] {
  return groups.flatMap((names) => {
    const model = trainIndicatorModel(INDICATOR_CORPUS.filter((e) => !names.includes(e.batch)));
    return names.map((name) => {
      const held = INDICATOR_CORPUS.filter((e) => e.batch === name);
      if (held.length === 0) throw new Error(`no batch called ${name}`);
      return evaluateWith(model, name, held, argv);
    });
  });
}

/**
 * The batches other authors wrote, in the rounds they were written in; each was scored before
 * it joined. docs/corpus-rounds.md lists every round with its brief and those scores: add a
 * row there when a round joins.
 */
export const LATEST_ROUNDS: readonly (readonly string[])[] = [
  ["voices-p", "voices-q", "voices-r", "voices-s", "voices-w", "voices-x"],
  ["voices-t", "voices-u", "voices-v", "voices-y", "voices-z"],
  ["voices-aa", "voices-ab", "voices-ac", "voices-ad", "voices-ae", "voices-af"],
  ["voices-ag", "voices-ah", "voices-ai", "voices-aj"],
  ["voices-ak", "voices-al", "voices-am", "voices-an", "voices-ao", "voices-ap"],
  ["voices-aq", "voices-ar", "voices-as", "voices-at", "voices-au", "voices-av"],
  [
    "voices-aw",
    "voices-ax",
    "voices-ay",
    "voices-az",
    "voices-ba",
    "voices-bb",
    "voices-bc",
    "voices-bd",
  ],
  ["voices-be", "voices-bf", "voices-bg", "voices-bh", "voices-bi", "voices-bj"],
  ["voices-bk", "voices-bl", "voices-bm", "voices-bn", "voices-bo", "voices-bp"],
  ["voices-bq", "voices-br", "voices-bs", "voices-bt", "voices-bu", "voices-bv"],
  ["voices-bw", "voices-bx", "voices-by", "voices-bz", "voices-ca", "voices-cb"],
  ["voices-cc", "voices-cd", "voices-ce", "voices-cf", "voices-cg", "voices-ch"],
  ["voices-ci", "voices-cj", "voices-ck", "voices-cl", "voices-cm", "voices-cn"],
  ["voices-co", "voices-cp", "voices-cq", "voices-cr", "voices-cs", "voices-ct"],
  ["voices-cu", "voices-cv", "voices-cw", "voices-cx", "voices-cy", "voices-cz"],
  ["voices-da", "voices-db", "voices-dc", "voices-dd", "voices-de", "voices-df"],
  ["voices-ea", "voices-eb", "voices-ec", "voices-ed", "voices-ee", "voices-ef"],
  ["voices-eg", "voices-eh", "voices-ei", "voices-ej"],
  ["voices-ek", "voices-el", "voices-em", "voices-en"],
  ["voices-eo", "voices-ep", "voices-eq", "voices-er"],
  ["voices-es", "voices-et", "voices-eu", "voices-ev", "voices-ew", "voices-ex"],
  ["voices-ey", "voices-ez", "voices-fa", "voices-fb"],
  ["voices-fc", "voices-fd", "voices-fe", "voices-ff"],
  ["voices-fg", "voices-fh", "voices-fi", "voices-fj"],
  ["voices-fk", "voices-fl", "voices-fm", "voices-fn"],
  ["voices-fo", "voices-fp", "voices-fq", "voices-fr"],
  ["voices-fs", "voices-ft", "voices-fu", "voices-fv"],
  ["voices-fw", "voices-fx", "voices-fy", "voices-fz"],
  ["voices-ga", "voices-gb", "voices-gc", "voices-gd"],
  ["voices-ge", "voices-gf", "voices-gg", "voices-gh"],
  ["voices-gi", "voices-gj", "voices-gk", "voices-gl"],
  ["voices-gm", "voices-gn", "voices-go", "voices-gp"],
];

function print(r: HeldOut): void {
  console.log(line(r.batch, r.ours, r.n));
  console.log(line("  keywords", r.keywords, r.n));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const file = arg(argv, "--file");
  if (file) {
    print(evaluate(file.replace(/^.*\//, ""), INDICATOR_CORPUS, await loadFile(file), argv));
    return;
  }
  const hold = arg(argv, "--hold");
  if (!hold) throw new Error("say --hold batch[,batch] or --file path");
  const results =
    hold === "latest" ? holdOutGroups(LATEST_ROUNDS, argv) : holdOutEach(hold.split(","), argv);
  results.forEach(print);
  if (results.length > 1) {
    const mean = results.reduce((a, r) => a + r.ours.macroF1, 0) / results.length;
    console.log(`mean macro-F1 over ${results.length} batches: ${mean.toFixed(3)}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
