import type { RawExample } from "./types.js";

/** Batch AE, continued (see voices-ae.ts). Written fresh for Rapport (brief AE). */
export const VOICES_AE_2: readonly RawExample[] = [
  ["Always our fault.", "blame:emp"],
  ["Rules slow everything.", "conflict"],
  ["Never see them.", "distance"],
  ["Big Brother, basically.", "power"],
  ["Nobody asks us.", "power"],
  ["Can't fault them.", ""],
  ["Emails. Only emails.", "comm distance"],
  ["Scares me, honestly.", "feel"],
  [
    "When the card machine froze on market day I rang the number four times, got a recorded message every time, and in the end we went cash only.",
    "conflict",
  ],
  [
    "The manager set up the tablet, told us the password once in the car park, and now if he's off sick nobody can log the deliveries.",
    "conflict power",
  ],
  [
    "I've worked in this kitchen eleven years and couldn't tell you the name of one person in IT, and I doubt they could name me.",
    "distance",
  ],
  [
    "They sent round a phishing quiz and whoever failed had their name on a list in the office. I was on it. Felt awful.",
    "feel power",
  ],
  [
    "Our IT woman is brilliant. She came out to the farm in her wellies, sat in the dairy and showed every one of us the new app.",
    "",
  ],
  [
    "People always say staff are the risk, but here the managers ask us first and listen, so I can't say I've ever felt blamed for anything.",
    "",
  ],
  [
    "I clicked a fake delivery email on the warehouse PC and the whole system was down for a morning. Entirely on me, that one.",
    "blame:self",
  ],
  [
    "Helpdesk replied with a paragraph about 'credential rotation policy' when all I'd asked was how to get back into the rota app after my phone died.",
    "comm",
  ],
];
