import { VOICES_K } from "../../indicators/corpus/voices-k.js";
import { VOICES_N } from "../../indicators/corpus/voices-n.js";
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

/**
 * Practitioners', vendors' and owners' statements from the relationship corpus, written by
 * other authors: blame towards employees there is this corpus's blame.
 */
const FROM_RELATIONSHIP_CORPUS = [...VOICES_K, ...VOICES_N].map(
  ([text, labels]) => [text, /\bblame:emp\b/.test(labels)] as const,
);

/** The labelled practitioner corpus. */
export const BLAME_CORPUS: readonly BlameExample[] = [
  ...BLAMING,
  ...NOT_BLAMING,
  ...FRESH,
  ...FRESH_B,
  ...FROM_RELATIONSHIP_CORPUS,
].map(([text, blame]) => ({
  text,
  blame,
  split: splitOf(text),
}));

export function blameSplit(split: Split | readonly Split[]): BlameExample[] {
  const wanted = typeof split === "string" ? [split] : split;
  return BLAME_CORPUS.filter((e) => wanted.includes(e.split));
}
