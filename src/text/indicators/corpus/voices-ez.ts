import type { RawExample } from "./types.js";
import { VOICES_EZ_2 } from "./voices-ez-2.js";
import { VOICES_EZ_3 } from "./voices-ez-3.js";
import { VOICES_EZ_4 } from "./voices-ez-4.js";
import { VOICES_EZ_5 } from "./voices-ez-5.js";
import { VOICES_EZ_6 } from "./voices-ez-6.js";

/** Frontline staff in shops, care homes, warehouses, farms, schools and practices, some in English as a second language (round 22). Written fresh for Rapport (brief EZ). */
const FIRST_PART: readonly RawExample[] = [
  ["our it guy is great honestly", ""],
  ["never seen them in person", "distance"],
  ["they fix the tills fast", ""],
  ["emails from IT = gibberish", "comm"],
  ["password change every month, so annoying", "conflict feel"],
  ["ask Marco, he sorts everything", ""],
  ["no idea who our IT is tbh", "distance"],
  ["they only ring when we did something wrong", "comm"],
  ["helpful lady on the phone", ""],
  ["i just restart it myself now", "distance"],
  ["makes me feel thick every single time", "feel"],
  ["vet software support is ok", ""],
  ["usb ports locked, cant load the lambing photos", "conflict"],
  ["quick and kind", ""],
  ["IT watches the stockroom camera, feels like being spied on", "power"],
  ["my fault, I clicked the link", "blame:self"],
  ["the IT company never answers before friday", "conflict"],
  ["comes every tuesday always smiling", ""],
  ["scared to tell them i lost the tablet", "feel"],
  ["they set up the new label printer", ""],
  [
    "The part-time IT man at our care home explains things slowly and never makes you feel silly for asking.",
    "",
  ],
  [
    "Whenever the delivery scanners freeze we wait half a day because the provider's hotline passes us from one number to another.",
    "conflict",
  ],
  ["I honestly couldn't tell you the name of the company that does our computers.", "distance"],
  [
    "Their notices read like they were written for other engineers, not for people who cut hair.",
    "comm",
  ],
  [
    "They block half the websites we use for ordering parts, so I order from my own phone instead.",
    "conflict",
  ],
  [
    "Our IT contractor decides what software the kitchen gets without ever asking the kitchen.",
    "power",
  ],
  [
    "The security training was short and actually useful, especially the bit about fake invoices.",
    "",
  ],
  ["The warehouse lads will click on anything, so I understand why IT is strict.", "blame:emp"],
  [
    "I felt like a criminal when they asked me to account for every file I'd downloaded.",
    "feel power",
  ],
  [
    "We see the IT woman maybe twice a year, at the Christmas do and when the server dies.",
    "distance",
  ],
  ["They back up the booking system every night and test a restore once a month.", ""],
  ["It's not that they're rude, they're just never there when the card machine stops.", "conflict"],
  [
    "The head office IT lot treat us shop staff like we can't be trusted with a mouse.",
    "power feel",
  ],
  ["Honestly the problem was our own sloppy password habits, not the IT firm.", "blame:self"],
  ["New starters get their logins on day one, which is more than my last job ever managed.", ""],
  ["I used to dread ringing the helpdesk, but since Priya joined it's been easy.", ""],
  ["Their reply to my ticket was three lines of error codes and a link I couldn't open.", "comm"],
  [
    "Nobody ever told us why the laptops suddenly need two passwords and a code from our phones.",
    "comm",
  ],
  ["The IT guy comes in, fixes it, leaves, no small talk, which suits me fine.", ""],
  ["Our provider is useless, every 'fix' breaks something else on the tills.", "blame:sec"],
  [
    "At the dental practice we had a ransomware scare last spring. The IT company came within the hour and talked us through everything calmly.",
    "",
  ],
  [
    "They sent an email saying my account showed 'anomalous behaviour'. Nobody phoned to explain what that meant, so I spent the whole weekend worrying.",
    "comm feel",
  ],
  [
    "On site we use tablets for the drawings. When one breaks I just borrow someone else's, because getting hold of IT takes days.",
    "distance conflict",
  ],
  [
    "Our school's technician is shared with two other schools. He's stretched thin but he always answers by the end of the day.",
    "",
  ],
  [
    "I'm not good with computers and I know I'm a pain for them. Still, they never sigh at me.",
    "blame:self",
  ],
  [
    "People say the IT person can read all our emails. Nobody knows for sure, and that's the uncomfortable part.",
    "power feel",
  ],
  [
    "We're a farm of twelve people and IT is a friend of my cousin who comes when he can. It works because he knows the place.",
    "",
  ],
  [
    "They rolled out a new rota app over the weekend with no warning. Monday half the carers couldn't log in and the morning meds round started late.",
    "conflict comm",
  ],
  [
    "Our IT guy says people stop being the weakest link once the systems are set up properly. And he sets them up properly.",
    "",
  ],
  [
    "The provider sits in another city and only talks to the owner. Those of us on the floor just get told what changed afterwards.",
    "comm power",
  ],
  [
    "The diagnostic laptop got a virus because I plugged in a customer's USB stick. I owned up and IT were decent about it.",
    "blame:self",
  ],
  [
    "Reception gets calls pretending to be the booking platform. Our IT lady made a little card with three questions to ask, and it's taped by the phone.",
    "",
  ],
  [
    "Every answer I get starts with 'as stated in the policy'. I have never once seen this policy.",
    "comm",
  ],
  [
    "They changed the wifi password and put up a notice in English only. Half our pickers read Polish or Romanian, so we were stuck until the supervisor translated.",
    "comm conflict",
  ],
  ["Our in-house IT is one man, Tomasz. When he's on holiday, everything waits.", "conflict"],
  ["I'd call them reliable. Not chatty, but reliable.", ""],
  [
    "Security came down on me for writing the safe code on a post-it. Fair enough, that was daft of me.",
    "blame:self",
  ],
  [
    "We asked for the kitchen screens to stay logged in during service and they said no. Now the chefs all share one login, which is surely worse.",
    "conflict",
  ],
  [
    "I keep away from the IT desk now; last time the guy laughed when I didn't know what a browser was.",
    "distance comm",
  ],
  [
    "They sit in a glass office upstairs and nobody from the shop floor has ever been up there.",
    "distance",
  ],
  [
    "The vet practice uses an outside firm. They send a short monthly note in plain language and it's genuinely handy.",
    "",
  ],
  ["fixed my email in five minutes", ""],
  ["he explains without making it complicated", ""],
  ["they do the updates at night so we're not disturbed", ""],
  ["The provider answers the phone by the second ring, every time I've called.", ""],
  ["Ana from IT learned everyone's name in her first week, which nobody had done before.", ""],
  ["A bit slow to reply sometimes, but they're always friendly and it gets sorted.", ""],
  [
    "When our bakery's card reader died on a Saturday, the IT firm talked me through a reset over video. Took ten minutes.",
    "",
  ],
  [
    "Honestly I wouldn't call them distant at all; the technician knows half the residents by name.",
    "",
  ],
  ["they are very patient with old staff like me", ""],
  ["IT? who is IT here lol", "distance"],
  ["the salon booking system just works", ""],
  ["always the blame on us, never their system", "blame:sec"],
  ["messages full of words i dont know", "comm"],
  ["he is nice but too much english technical", "comm"],
  ["had to wait 3 days for new password", "conflict"],
  ["they reset my pin no questions", ""],
  ["i feel stupid to ask again and again", "feel"],
  ["only contact is the annual quiz email", "distance comm"],
  ["good people, small team", ""],
  ["they decide, we obey", "power"],
  ["printer fixed same day", ""],
  ["we're the ones who keep messing it up tbh", "blame:self"],
  ["Our garage uses a firm from the next town, and the owner's son handles anything small.", ""],
];

export const VOICES_EZ: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EZ_2,
  ...VOICES_EZ_3,
  ...VOICES_EZ_4,
  ...VOICES_EZ_5,
  ...VOICES_EZ_6,
];
