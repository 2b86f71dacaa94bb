import { type Split, splitOf } from "../../shared/split.js";
import { BLAMING } from "./blaming.js";
import { FRESH } from "./fresh.js";
import { FRESH_B } from "./fresh-b.js";
import { NOT_BLAMING } from "./not-blaming.js";

export interface BlameExample {
  readonly text: string;
  readonly blame: boolean;
  readonly split: Split;
}

/** The labelled practitioner corpus. */
export const BLAME_CORPUS: readonly BlameExample[] = [
  ...BLAMING,
  ...NOT_BLAMING,
  ...FRESH,
  ...FRESH_B,
].map(([text, blame]) => ({
  text,
  blame,
  split: splitOf(text),
}));

export function blameSplit(split: Split | readonly Split[]): BlameExample[] {
  const wanted = typeof split === "string" ? [split] : split;
  return BLAME_CORPUS.filter((e) => wanted.includes(e.split));
}
