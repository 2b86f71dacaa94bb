import type { RawExample } from "./types.js";

/** Part 6 of batch EZ (see voices-ez.ts). */
export const VOICES_EZ_6: readonly RawExample[] = [
  ["mouse froze, IT fixed it remotely", ""],
  ["nice folks, know their stuff", ""],
  ["new laptop ready before i arrived", ""],
  ["answered my text in 5 min", ""],
  ["they gave me a spare charger lol", ""],
  ["clear instructions, even for me", ""],
  ["good lad, our Piotr", ""],
  ["hate the new login screen", "feel"],
  ["IT only shows up for audits", "distance power"],
  ["why do they need my location??", "power comm"],
  ["three weeks for a keyboard", "conflict"],
  ["dont understand there emails sorry", "comm"],
  ["our IT is a ghost", "distance"],
  ["we break it, they fix it, our bad", "blame:self"],
  ["made me feel like a thief", "feel power"],
  ["treat us like idiots", "comm feel"],
  ["people here click on everything", "blame:emp"],
];
