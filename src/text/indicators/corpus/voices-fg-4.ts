import type { RawExample } from "./types.js";

/** Part 4 of batch FG (see voices-fg.ts). */
export const VOICES_FG_4: readonly RawExample[] = [
  [
    "Bad experience: completion due at 3pm and the case management software forced an update at 2:40. Rang the IT provider, got a ticket number and a promise of a callback. Callback came the next morning. We nearly lost the client and the partner was livid.",
    "conflict comm",
  ],
  [
    "We've about thirty staff over two sites and our 'security staff' is an outsourced company none of us has ever set eyes on. They send a quarterly PDF nobody opens, and when the site cabin got broken into nobody knew who to ring about the laptops.",
    "distance comm",
  ],
  [
    "I think they feel a bit sorry for us. We're on the phones all day and every new rule lands on us slap bang in peak booking season. They mean well, but they've never sat at our desks.",
    "conflict distance",
  ],
  [
    "Whenever I email them the reply starts 'As per our policy...' and I just give up.",
    "comm distance",
  ],
  [
    "honestly a bit fed up, the new clock-in app needs a code from my phone and we're not allowed phones on the bakery floor",
    "feel conflict",
  ],
];
