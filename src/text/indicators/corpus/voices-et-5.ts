import type { RawExample } from "./types.js";

/** Technicians of outsourced IT providers on their clients' staff and owners (round 21). Written fresh for Rapport (brief ET). */
export const VOICES_ET_5: readonly RawExample[] = [
  ["Whose job is security at the farm? Nobody's, according to the farm.", "distance"],
  ["The accounting practice's new owner wants a full security review and is paying for it.", ""],
  [
    "We wrote a rule so strict that the sales team started using their personal email. That's on us.",
    "blame:self conflict",
  ],
  ["I've stopped saying 'user error' in tickets, it just makes people defensive.", ""],
  [
    "For most clients, the contact only happen when something is broken. Otherwise silence.",
    "comm distance",
  ],
  [
    "The dentist's practice manager and I have a coffee every time I'm on site, good relationship.",
    "",
  ],
  [
    "Senior partners at the law firm treat our advice like a menu, pick what they like, skip the rest.",
    "conflict power",
  ],
  ["Our tooling lets us push fixes to all 300 client devices at once.", ""],
  [
    "I cannot say if the school staff ignore our emails or they never arrive to read them.",
    "distance",
  ],
  [
    "The owner told me I'm 'too technical' to talk to his staff, so now everything goes through him.",
    "comm power",
  ],
  [
    "We don't think of client staff as the problem, we think of them as the early warning system.",
    "",
  ],
  [
    "It stresses me out that one click from a tired receptionist could wipe out a whole clinic.",
    "feel blame:emp",
  ],
  [
    "Each client gets the same welcome call in week one, where we explain who to contact for what.",
    "",
  ],
  [
    "Nobody reads the weekly report. I've tested it by hiding a joke on page three.",
    "distance comm",
  ],
  [
    "Honestly we depend on them as much as they depend on us, it's a partnership when it works.",
    "",
  ],
  [
    "Bit of a sore point: the owner put his son in charge of 'IT' and the son won't talk to us.",
    "distance conflict",
  ],
  ["We try to answer in the language of the business: money, time, customers.", ""],
  [
    "They don't trust us and frankly, with the last provider they had, I understand why.",
    "conflict blame:sec",
  ],
  ["The hospitality group signed off on a proper guest Wi-Fi after one conversation.", ""],
  ["Good client. No complaints.", ""],
  ["Users. Always the users.", "blame:emp"],
  ["No idea, to be honest.", ""],
  ["They hate us. Fine.", "feel"],
  ["Patch day is Thursday.", ""],
  [
    "Honestly, and I know how this sounds, after fifteen years of cleaning up after clicks, resets and lost laptops, part of me has just stopped expecting the staff to get any better at this.",
    "blame:emp feel",
  ],
];
