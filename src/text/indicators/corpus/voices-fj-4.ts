import type { RawExample } from "./types.js";

/** Part 4 of batch FJ (see voices-fj.ts). */
export const VOICES_FJ_4: readonly RawExample[] = [
  ["The architects' practice has 22 people and one shared NAS; I look after both offices.", ""],
  [
    "We bought everyone hardware keys and half of them are still in the drawer.",
    "distance blame:emp",
  ],
  [
    "A new starter reported a suspicious QR code on a parking sign on her second day. Made my week!",
    "",
  ],
  ["If the MSP charges £95 an hour they could at least pick up the phone.", "conflict blame:sec"],
  ["Nobody here treats me like a servant. They're polite and patient when things break.", ""],
  [
    "The provider's account manager changes every six months and none of them know our setup.",
    "blame:sec distance",
  ],
  ["It's lonely being the only one, no one to sanity-check my decisions.", "feel"],
  ["Anyone can book a fifteen-minute slot with me on Calendly for any tech question.", ""],
  ["Managers here back me up when a policy needs enforcing.", ""],
  ["I report to the operations director, not to finance, which helps a lot.", ""],
  [
    "Had a 'user error' last week that turned out to be a bug in the vendor's update, not her fault at all.",
    "",
  ],
  ["Very friendly office. People wave when I come in on Tuesdays.", ""],
  ["The provider bills by the hour, so I think twice before raising anything small.", "distance"],
  [
    "I suppose I do slip into acronyms more than I should when I'm explaining stuff.",
    "comm blame:self",
  ],
  ["People call the helpdesk 'the black hole'. I wish that were unfair.", "comm blame:self"],
];
