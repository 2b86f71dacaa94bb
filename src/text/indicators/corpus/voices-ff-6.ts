import type { RawExample } from "./types.js";

/** Part 6 of batch FF (see voices-ff.ts). */
export const VOICES_FF_6: readonly RawExample[] = [
  [
    "Staff at the Durban branch fix their own printers because we never answer. Can't blame them.",
    "distance blame:self",
  ],
];
