import { VOICES_K } from "../../indicators/corpus/voices-k.js";
import { VOICES_N } from "../../indicators/corpus/voices-n.js";
import { type Split, splitOf } from "../../shared/split.js";
import { BLAMING } from "./blaming.js";
import { FRESH } from "./fresh.js";
import { FRESH_B } from "./fresh-b.js";
import { FRESH_U } from "./fresh-u.js";
import { FRESH_V } from "./fresh-v.js";
import { FRESH_W } from "./fresh-w.js";
import { FRESH_X } from "./fresh-x.js";
import { FRESH_Y } from "./fresh-y.js";
import { FRESH_Z } from "./fresh-z.js";
import { FRESH_ZA } from "./fresh-za.js";
import { FRESH_ZB } from "./fresh-zb.js";
import { FRESH_ZC } from "./fresh-zc.js";
import { FRESH_ZD } from "./fresh-zd.js";
import { FRESH_ZE } from "./fresh-ze.js";
import { FRESH_ZF } from "./fresh-zf.js";
import { FRESH_ZG } from "./fresh-zg.js";
import { FRESH_ZH } from "./fresh-zh.js";
import { FRESH_ZI } from "./fresh-zi.js";
import { FRESH_ZJ } from "./fresh-zj.js";
import { FRESH_ZK } from "./fresh-zk.js";
import { FRESH_ZL } from "./fresh-zl.js";
import { FRESH_ZM } from "./fresh-zm.js";
import { FRESH_ZN } from "./fresh-zn.js";
import { FRESH_ZO } from "./fresh-zo.js";
import { FRESH_ZP } from "./fresh-zp.js";
import { FRESH_ZQ } from "./fresh-zq.js";
import { NOT_BLAMING } from "./not-blaming.js";

export interface BlameExample {
  readonly text: string;
  readonly blame: boolean;
  readonly split: Split;
  /** The file the statement was written in. */
  readonly batch: string;
}

/**
 * Practitioners', vendors' and owners' statements from the relationship corpus, written by
 * other authors: blame towards employees there is this corpus's blame.
 */
const FROM_RELATIONSHIP_CORPUS = [...VOICES_K, ...VOICES_N].map(
  ([text, labels]) => [text, /\bblame:emp\b/.test(labels)] as const,
);

/** The batches, each named after its file: tools can hold one out (see held-out.ts). */
export const BLAME_BATCHES: ReadonlyArray<
  readonly [name: string, examples: ReadonlyArray<readonly [string, boolean]>]
> = [
  ["blaming", BLAMING],
  ["not-blaming", NOT_BLAMING],
  ["fresh", FRESH],
  ["fresh-b", FRESH_B],
  ["voices-k+n", FROM_RELATIONSHIP_CORPUS],
  ["fresh-u", FRESH_U],
  ["fresh-v", FRESH_V],
  ["fresh-w", FRESH_W],
  ["fresh-x", FRESH_X],
  ["fresh-y", FRESH_Y],
  ["fresh-z", FRESH_Z],
  ["fresh-za", FRESH_ZA],
  ["fresh-zb", FRESH_ZB],
  ["fresh-zc", FRESH_ZC],
  ["fresh-zd", FRESH_ZD],
  ["fresh-ze", FRESH_ZE],
  ["fresh-zf", FRESH_ZF],
  ["fresh-zg", FRESH_ZG],
  ["fresh-zh", FRESH_ZH],
  ["fresh-zi", FRESH_ZI],
  ["fresh-zj", FRESH_ZJ],
  ["fresh-zk", FRESH_ZK],
  ["fresh-zl", FRESH_ZL],
  ["fresh-zm", FRESH_ZM],
  ["fresh-zn", FRESH_ZN],
  ["fresh-zo", FRESH_ZO],
  ["fresh-zp", FRESH_ZP],
  ["fresh-zq", FRESH_ZQ],
];

/** The labelled practitioner corpus. */
export const BLAME_CORPUS: readonly BlameExample[] = BLAME_BATCHES.flatMap(([batch, raw]) =>
  raw.map(([text, blame]) => ({ text, blame, split: splitOf(text), batch })),
);

export function blameSplit(split: Split | readonly Split[]): BlameExample[] {
  const wanted = typeof split === "string" ? [split] : split;
  return BLAME_CORPUS.filter((e) => wanted.includes(e.split));
}
