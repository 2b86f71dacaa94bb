import type { RawExample } from "./types.js";

/** Batch AI, part 3: office employees on their security/IT staff. Written fresh for Rapport (brief AI). */
export const VOICES_AI_3: readonly RawExample[] = [
  [
    "Their fix for the slow laptops was to block music streaming. The laptops are still slow.",
    "blame:sec",
  ],
  ["Honestly they seem out of their depth. The firm grew and they didn't.", "blame:sec"],
  ["Lovely people. Not very good at their jobs.", "blame:sec"],
  [
    "They broke the scanner with the new 'secure' setup and it's been three months.",
    "blame:sec conflict",
  ],
  [
    "If they knew what they were doing we wouldn't have to restart the CRM every lunchtime.",
    "blame:sec",
  ],
  [
    "Their training slides have a picture of a chain with a stick figure as the broken link. Subtle.",
    "blame:emp",
  ],
  [
    "The line from IT is that most incidents start with someone in the office being careless.",
    "blame:emp",
  ],
  [
    "Our head of IT joked at a staff meeting that everything would be fine if we all stopped touching our computers.",
    "blame:emp",
  ],
  ["Every newsletter from them opens with what staff got wrong this month.", "blame:emp comm"],
  [
    "They'd say we're the biggest risk to the company, and they'd say it to our faces.",
    "blame:emp",
  ],
  ["If anything goes wrong it's usually me, to be fair. I'm not a computer person.", "blame:self"],
  ["I'm probably the reason they added the extra warning banner. Guilty.", "blame:self"],
  [
    "I once forwarded a client's bank details to the wrong person. That one's on me, and they were kind about it.",
    "blame:self",
  ],
  ["I'm the weak spot on my team, I know that. I just don't take to this stuff.", "blame:self"],
  [
    "My fault mostly. I ignore the update pop-ups until they force a restart in the middle of a call.",
    "blame:self",
  ],
  ["They're fine. I'm the one who makes a mess of things.", "blame:self"],
  [
    "I keep getting caught by their test emails. I must be the easiest target in the firm.",
    "blame:self",
  ],
  [
    "I'm not careful enough, I know I'm not. They've every right to be fed up with me.",
    "blame:self",
  ],
  ["I should really know this stuff by now. I've had the training three times.", "blame:self"],
  [
    "Whatever they teach just doesn't stick with me. I'm terrible at spotting the fake ones.",
    "blame:self",
  ],
  ["I blame myself more than them. I could ask for help and I just don't.", "blame:self distance"],
  ["Useless, me, with this stuff. My teenage son sorts my phone out.", "blame:self"],
  [
    "Pretty sure I'm the reason they brought in the phishing training, after the gift card thing.",
    "blame:self",
  ],
];
