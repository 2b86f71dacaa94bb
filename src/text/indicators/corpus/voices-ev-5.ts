import type { RawExample } from "./types.js";

/** Security staff among themselves: team chat, a forum, after-work talk (round 21). Written fresh for Rapport (brief EV). */
export const VOICES_EV_5: readonly RawExample[] = [
  ["We swapped the annual 2-hour training for six 10-minute sessions across the year.", ""],
  [
    "Charity volunteers change every month and nobody tell us who is new, so the accounts just pile.",
    "distance",
  ],
  ["Our helpdesk lead Ibrahim trains the new hires himself, and it shows.", ""],
  ["Yeah nah, the users are the weak point, I've seen too much to believe otherwise.", "blame:emp"],
  ["Going over to the depot tomorrow to meet the night shift, never met them before.", ""],
  ["Reckon the software folks understand security better than we give them credit for.", ""],
  [
    "when we lock down a laptop, they just use their personal one. so what did we achieve",
    "conflict feel",
  ],
  ["Board meeting went well, they agreed to a yearly security review with us present.", ""],
  [
    "Sometimes I wish the owner would just trust us instead of asking for three quotes on a £40 cable.",
    "power feel",
  ],
  ["Got the farm's CCTV off the default password, finally.", ""],
  [
    "Rules we made in a hurry after the breach are still annoying everyone two years later, my fault.",
    "conflict blame:self",
  ],
  ["Audit prep checklist is shared in the team drive, please add your bits by Friday.", ""],
  [
    "Ella from reception asked if she could sit in on our next planning session. Absolutely yes.",
    "",
  ],
  [
    "Is lonely to be the only IT person in firm of 40 people, nobody really understand what I do.",
    "feel distance",
  ],
  ["Blaming council staff misses the point when they juggle 14 different systems a day.", ""],
];
