/**
 * Developer tool, not used by the product: how far a second reader agrees with the corpus
 * labels, and how the detector compares with both when each statement is held out with its
 * round (see held-out.ts). If two careful people agree far better than the detector does, the
 * gap to a quality target is the model's, not the labels'.
 *
 *   node --import tsx src/text/indicators/agreement.ts
 */
import { INDICATOR_CORPUS, type IndicatorExample } from "./corpus/index.js";
import { parseLabels } from "./corpus/labels.js";
import { SECOND_READER } from "./corpus/second-reader.js";
import { SECOND_READER_IT } from "./corpus/second-reader-it.js";
import type { RawExample } from "./corpus/types.js";
import { detectWith } from "./detect.js";
import { score } from "./evaluate.js";
import { LATEST_ROUNDS } from "./held-out.js";
import { trainIndicatorModel } from "./model.js";
import { INDICATOR_CODES, type IndicatorCode } from "./types.js";

type Labels = ReadonlyMap<string, ReadonlySet<IndicatorCode>>;

/** Macro-F1 of `pred` against `truth`, over the statements both hold. */
function agreement(truth: Labels, pred: Labels): ReturnType<typeof score> {
  const examples: IndicatorExample[] = [...truth].map(([text, labels]) => ({
    text,
    labels,
    directions: new Set(),
    split: "test",
    batch: "",
  }));
  return score(examples, (text) => pred.get(text) ?? new Set());
}

function line(label: string, m: ReturnType<typeof score>): string {
  const per = INDICATOR_CODES.map((c) => `${c.slice(0, 5)} ${m.perIndicator[c].f1.toFixed(2)}`);
  return `${label.padEnd(36)} macro-F1 ${m.macroF1.toFixed(3)}  ${per.join("  ")}`;
}

/** One reader's set: agreement with the authors, and the detector (each round held out) against both. */
function compare(name: string, reader: readonly RawExample[]): void {
  const byText = new Map(INDICATOR_CORPUS.map((e) => [e.text, e]));
  const authors = new Map<string, ReadonlySet<IndicatorCode>>();
  const second = new Map<string, ReadonlySet<IndicatorCode>>();
  for (const [text, labels] of reader) {
    const e = byText.get(text);
    if (!e) throw new Error(`not in the corpus: ${text}`);
    authors.set(text, e.labels);
    second.set(text, parseLabels(text, labels).labels);
  }
  const model = new Map<string, ReadonlySet<IndicatorCode>>();
  for (const round of LATEST_ROUNDS) {
    const held = [...authors.keys()].filter((t) => round.includes(byText.get(t)!.batch));
    if (held.length === 0) continue;
    const m = trainIndicatorModel(INDICATOR_CORPUS.filter((e) => !round.includes(e.batch)));
    for (const t of held) model.set(t, new Set(detectWith(m, t).indicators));
  }
  console.log(`${name}: ${authors.size} statements read twice`);
  console.log(line("second reader vs batch authors", agreement(authors, second)));
  console.log(line("detector (held out) vs batch authors", agreement(authors, model)));
  console.log(line("detector (held out) vs second reader", agreement(second, model)));
}

compare("rounds 1 to 3", SECOND_READER);
compare("security and IT staff's voices (rounds 10 to 12)", SECOND_READER_IT);
