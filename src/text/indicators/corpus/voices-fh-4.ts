import type { RawExample } from "./types.js";

/** Part 4 of batch FH (see voices-fh.ts). */
export const VOICES_FH_4: readonly RawExample[] = [
  ["I hardly ever deal with them, and I'd like to keep it that way.", "distance"],
  [
    "Their job seems to be ticking boxes for the insurer. Helping us isn't on the list.",
    "blame:sec",
  ],
  [
    "I'm in HR and it bothers me that IT can read everything, grievance files included, and nobody has told me who checks that they don't.",
    "power comm feel",
  ],
  [
    "It's not really their fault, it's mine. I never remember the new password rules and then I lock myself out.",
    "blame:self",
  ],
  [
    "They once wiped my laptop to fix a VPN issue. Didn't ask, didn't warn. Lost a week of draft accounts.",
    "power comm",
  ],
  ["Honestly a bit tired of being told we're the 'human firewall'. I'm a bookkeeper.", "feel comm"],
  [
    "The helpdesk people are brilliant, genuinely, Sam especially. It's the security side I struggle with: policies appear overnight, nobody explains them, and when I asked why we can't use our own scanner app for receipts I was told 'risk appetite' and that was it.",
    "comm power",
  ],
  ["Good with laptops, hopeless with people.", "comm"],
  [
    "honestly were probably the reason the rules are so strict, the sales floor was a free for all before",
    "blame:self",
  ],
  [
    "The new DLP tool quarantines any email with a spreadsheet attached, which in an accounts team is roughly all of them.",
    "conflict",
  ],
  [
    "Security here has zero clout. The partners just email the CEO and the rule goes away.",
    "power",
  ],
  ["I wouldn't go to them with a mistake. You'd never hear the end of it.", "distance feel"],
];
