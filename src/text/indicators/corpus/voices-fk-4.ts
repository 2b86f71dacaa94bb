import type { RawExample } from "./types.js";

/** Part 4 of batch FK (see voices-fk.ts). */
export const VOICES_FK_4: readonly RawExample[] = [
  ["they've got a lot on but they always make time", ""],
  ["Clear. They explain it like you'd explain to your nan, in a good way", ""],
  ["I reported a weird email and they thanked me, made my day", ""],
  ["not distant at all, we see them loads", ""],
  ["They do a drop-in every Thursday in the staff room.", ""],
  ["their comms used to be a wall of text, now its a short video which is way better", ""],
  ["I think they'd say we're a good bunch to work with", ""],
  ["laptops are encrypted and we use a VPN from home", ""],
  ["they never make you feel daft for asking", ""],
  ["jargon sometimes, but I just ask and they rephrase, not an issue", ""],
  ["theyre a small team of 3 for the whole group of restaurants", ""],
  ["yeah theyre helpful", ""],
  ["They listen when we say something doesnt work on the shop floor and they change it", ""],
  ["At first I was nervous about the monitoring but it's only on the tills, fine now", ""],
];
