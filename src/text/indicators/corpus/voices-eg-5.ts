import type { RawExample } from "./types.js";

/** Employees across sectors on their routines and the security measures they meet, mostly plain facts (round 18). Written fresh for Rapport (brief EG). */
export const VOICES_EG_5: readonly RawExample[] = [
  ["For the payroll system you need a code from an app and your normal password.", ""],
  ["The guys in IT are good but very busy, so I try not to bother them.", "distance"],
  ["A report about each incident goes to the insurer within 72 hours.", ""],
  ["Nobody has explained what happens to the camera recordings or who sees them.", "comm power"],
  ["Staff photos are on the badge and on the intranet.", ""],
  ["Our office in the harbour uses the council's network under an agreement.", ""],
  [
    "The training says report everything, but when we do, they tell us it was a waste of time.",
    "conflict comm",
  ],
  ["Our shop shuts the card terminal at closing time and prints the end-of-day report.", ""],
  [
    "Security here is a lot of forms that nobody reads, including the people who made them.",
    "blame:sec",
  ],
  ["The building has two entrances, only one is open after 7pm.", ""],
  [
    "I was asked to hand over my phone so IT could check it, and got it back the next day without any reason.",
    "power comm",
  ],
  ["Medicine cupboard in surgery is lock with code and key both.", ""],
  [
    "In June we moved customer records to a new system; the old one stays read-only until December, after which an outside firm will wipe the server and send us a certificate.",
    "",
  ],
  [
    "It wasn't clear to me who to tell when my laptop was stolen, so I told nobody for a week.",
    "distance",
  ],
  ["The software team's laptops have a longer screen timeout approved by IT.", ""],
  ["Our council office is on the second floor and the IT team is on the same floor.", ""],
  [
    "The password rule is annoying because the shift handheld logs out every ten minutes.",
    "feel conflict",
  ],
  ["At the bakery orders go on a tablet the owner bought last year.", ""],
  [
    "Every mistake I make with the system ends with an email to my manager copied in.",
    "power comm",
  ],
  ["I got a certificate for finishing the security course.", ""],
  [
    "The driver app asks for a new password every month and half the drivers write it on the dashboard.",
    "conflict",
  ],
  ["Incident logs are kept by the security team; we see a summary each quarter.", ""],
  [
    "Last spring our office was moved to a cheaper IT supplier, and their engineer visits twice a year.",
    "",
  ],
];
