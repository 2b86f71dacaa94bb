import type { RawExample } from "./types.js";

/** Data protection and compliance officers and security managers at a meetup or in short posts (round 21). Written fresh for Rapport (brief EW). */
export const VOICES_EW_5: readonly RawExample[] = [
  [
    "I must always wait for the IT manager for access to the logs, like I ask permission from a parent.",
    "power feel",
  ],
  ["Our accounting teams keep client files in one approved portal, no more email attachments.", ""],
  [
    "A few people still hide their own laptops from the asset register, just in case we take them.",
    "distance power",
  ],
  [
    "Charity staff often worked from home on family computers, so we gave them cheap locked-down laptops.",
    "",
  ],
  ["I am not the boss of anyone, but people behave like I can fire them.", "power"],
  ["We realised our sign-off emails sounded like threats. The new wording is much friendlier.", ""],
  [
    "To be honest I don't know what the IT team does all day, and they don't know what I do.",
    "distance",
  ],
  ["I've given up asking for a seat at the strategy meeting.", "feel power"],
  [
    "Monthly, I send each manager the list of people in their team with overdue training. No names in public.",
    "",
  ],
  [
    "Staff are actually pretty good at spotting scams; they just don't trust that reporting is worth it.",
    "distance",
  ],
  [
    "My biggest mistake as a manager was treating every policy breach like a crime.",
    "blame:self power",
  ],
  ["Our clinic network has one shared rule for printed records: shred or lock, nothing else.", ""],
  [
    "The worst is when a director says 'just do it, I take the responsibility' and then he does not.",
    "power conflict",
  ],
  ["We hold an open retro after every incident, and anyone involved can speak.", ""],
  ["People mostly come to me when their manager has already said no, hoping I'll say yes.", ""],
  [
    "Not every problem is a people problem. Sometimes it's a badly designed form, and we designed it.",
    "blame:self",
  ],
  ["For our engineering firm, the top risk this year is supplier email compromise.", ""],
  ["Honestly, staff are the reason I still like this job.", ""],
  [
    "Our outsourced IT firm is the real weak point: default passwords on the printers, two years running.",
    "blame:sec",
  ],
  [
    "Two of our store managers now sit on the security steering group, which has changed the tone a lot.",
    "",
  ],
  [
    "the it guys lock everything down and go home, then i am the one explaining to angry staff",
    "blame:sec conflict feel",
  ],
  ["Every Monday I spend an hour with the helpdesk going through last week's tickets.", ""],
  [
    "If I'm honest, the security side here caused more downtime last year than any phishing email did.",
    "blame:sec blame:self",
  ],
];
