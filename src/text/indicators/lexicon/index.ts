import { PhraseMatcher } from "../../shared/patterns.js";
import { BLAME } from "./blame.js";
import { BLAME_HABITS } from "./blame-habits.js";
import { BLAME_MORE } from "./blame-more.js";
import { COMMUNICATION } from "./communication.js";
import { CONFLICT } from "./conflict.js";
import { CONFLICT_MORE } from "./conflict-more.js";
import type { IndicatorCue } from "./cue.js";
import { DISTANCE } from "./distance.js";
import { FAMILIES } from "./families.js";
import { FEELINGS } from "./feelings.js";
import { GENERAL } from "./general.js";
import { GENERAL_MORE } from "./general-more.js";
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
  ...BLAME_HABITS,
  ...POSITIVE,
  ...FAMILIES,
  ...GENERAL,
  ...GENERAL_MORE,
];

export const CUES = new PhraseMatcher<IndicatorCue>(CUE_ENTRIES);
