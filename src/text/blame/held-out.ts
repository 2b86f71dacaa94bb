/**
 * Developer tool, not used by the product: the blame judgement on a batch of practitioner
 * statements it has never seen, next to the keyword method.
 * A batch written by another author is the honest guide to a held-out set written
 * independently of us; the random test split shares authors and phrasing with training.
 *
 *   node --import tsx src/text/blame/held-out.ts --file src/text/blame/corpus/fresh-w.ts
 *     a batch not yet in the corpus, judged by a model trained on the whole corpus
 *   node --import tsx src/text/blame/held-out.ts --hold fresh-u,fresh-v
 *     each named batch judged by a model trained on every other batch
 *   add --show fn|fp|all to list the errors
 */
import { pathToFileURL } from "node:url";
import type { Prf } from "../shared/metrics.js";
import { analyseBlameWith, trainBlameModel } from "./analyse.js";
import { BLAME_CORPUS, type BlameExample } from "./corpus/index.js";
import type { RawBlameExample } from "./corpus/types.js";
import { scoreBlame } from "./evaluate.js";

function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

const prf = (p: Prf) =>
  `F1 ${p.f1.toFixed(3)}  P ${p.precision.toFixed(2)}  R ${p.recall.toFixed(2)}`;

function report(
  label: string,
  train: readonly BlameExample[],
  held: readonly BlameExample[],
  show: string | undefined,
): number {
  const model = trainBlameModel(train);
  const r = scoreBlame(model, held);
  console.log(
    `${label.padEnd(12)} n ${held.length}  ours ${prf(r.ours)}  keywords ${prf(r.keywords)}`,
  );
  if (show) {
    for (const e of held) {
      const a = analyseBlameWith(model, e.text);
      if (a.blame === e.blame) continue;
      const kind = e.blame ? "FN" : "FP";
      if (show !== "all" && show !== kind.toLowerCase()) continue;
      console.log(`${kind} ${a.score.toFixed(2)} ${JSON.stringify(e.text)}`);
    }
  }
  return r.ours.f1;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const show = arg(argv, "--show");
  const file = arg(argv, "--file");
  if (file) {
    const mod: Record<string, unknown> = await import(pathToFileURL(file).href);
    const raw = Object.values(mod).find(Array.isArray) as RawBlameExample[] | undefined;
    if (!raw) throw new Error(`${file} exports no array of statements`);
    const batch = file.replace(/^.*\//, "");
    const held = raw.map(([text, blame]) => ({ text, blame, split: "test" as const, batch }));
    report(batch, BLAME_CORPUS, held, show);
    return;
  }
  const hold = arg(argv, "--hold");
  if (!hold) throw new Error("say --hold batch[,batch] or --file path");
  const names = hold.split(",");
  let sum = 0;
  for (const name of names) {
    const held = BLAME_CORPUS.filter((e) => e.batch === name);
    if (held.length === 0) throw new Error(`no batch called ${name}`);
    sum += report(
      name,
      BLAME_CORPUS.filter((e) => e.batch !== name),
      held,
      show,
    );
  }
  if (names.length > 1)
    console.log(`mean F1 over ${names.length} batches: ${(sum / names.length).toFixed(3)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
