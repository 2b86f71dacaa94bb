import { type Split, splitOf } from "../../shared/split.js";
import type { BlameDirection, IndicatorCode } from "../types.js";
import { EARLY_BATCHES } from "./batches-early.js";
import { LATE_BATCHES } from "./batches-late.js";
import { parseLabels } from "./labels.js";
import type { RawExample } from "./types.js";

export type { RawExample } from "./types.js";

export interface IndicatorExample {
  readonly text: string;
  readonly labels: ReadonlySet<IndicatorCode>;
  readonly directions: ReadonlySet<BlameDirection>;
  readonly split: Split;
  /** The file the statement was written in. */
  readonly batch: string;
}

function parse([text, labels]: RawExample, batch: string): IndicatorExample {
  return { text, ...parseLabels(text, labels), split: splitOf(text), batch };
}

/** The batches, each named after its file: tools can hold one out (see held-out.ts). */
export const BATCHES: ReadonlyArray<readonly [name: string, examples: readonly RawExample[]]> = [
  ...EARLY_BATCHES,
  ...LATE_BATCHES,
];

/** The labelled relationship corpus, in file order. */
export const INDICATOR_CORPUS: readonly IndicatorExample[] = BATCHES.flatMap(([name, raw]) =>
  raw.map((r) => parse(r, name)),
);

export function corpusSplit(split: Split | readonly Split[]): IndicatorExample[] {
  const wanted = typeof split === "string" ? [split] : split;
  return INDICATOR_CORPUS.filter((e) => wanted.includes(e.split));
}
