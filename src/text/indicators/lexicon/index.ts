import { PhraseMatcher } from "../../shared/patterns.js";
import { BLAME } from "./blame.js";
import { BLAME_MORE } from "./blame-more.js";
import { COMMUNICATION } from "./communication.js";
import { CONFLICT } from "./conflict.js";
import { CONFLICT_MORE } from "./conflict-more.js";
import type { IndicatorCue } from "./cue.js";
import { DISTANCE } from "./distance.js";
import { FAMILIES } from "./families.js";
import { FEELINGS } from "./feelings.js";
import { POSITIVE } from "./positive.js";
import { POWER } from "./power.js";

export type { CueDirection, IndicatorCue, Weights } from "./cue.js";

export const CUE_ENTRIES = [
  ...CONFLICT,
  ...CONFLICT_MORE,
  ...COMMUNICATION,
  ...FEELINGS,
  ...POWER,
  ...DISTANCE,
  ...BLAME,
  ...BLAME_MORE,
  ...POSITIVE,
  ...(process.env.FAM === "0" ? [] : FAMILIES),
];

const SUFFIX = /(ingly|ations|ation|ments|ment|ness|ions|ion|ing|ed|es|s|ive|ly)$/;
const MINLEN = Number(process.env.STEMLEN ?? 99);

/** A long word stands for its family: "condescending" also matches "condescension". */
function widenWord(w: string): string {
  if (w.length < MINLEN || !/^[a-z]+$/.test(w)) return w;
  const stem = w.replace(SUFFIX, "");
  return stem.length >= 6 ? `${stem}*` : w;
}

function widen(pattern: string): string {
  return pattern.replace(/[a-z'*-]+/g, (w) =>
    w.includes("*") || w.includes("'") || w.includes("-") ? w : widenWord(w),
  );
}

export const CUES = new PhraseMatcher<IndicatorCue>(
  CUE_ENTRIES.map((e) => ({ pattern: widen(e.pattern), data: e.data })),
);
