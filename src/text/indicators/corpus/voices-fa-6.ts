import type { RawExample } from "./types.js";

/** Part 6 of batch FA (see voices-fa.ts). */
export const VOICES_FA_6: readonly RawExample[] = [
  [
    "The new security manager set up a WhatsApp group for the shift supervisors. Questions get answered at 3am if need be.",
    "",
  ],
];
