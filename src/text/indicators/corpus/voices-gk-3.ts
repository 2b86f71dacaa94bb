import type { RawExample } from "./types.js";

/** Part 3 of batch GK (see voices-gk.ts). */
export const VOICES_GK_3: readonly RawExample[] = [
  ["They're somewhere near Reading I think? No idea who actually looks after us.", "distance"],
  ["We kind of keep out of each other's way.", "distance"],
  ["Stopped reading their newsletters ages ago.", "distance"],
  [
    "The girls share one password on a sticky note rather than go through the IT company. I know, I know.",
    "distance blame:self",
  ],
  ["Half the problems are us, clicking stuff we shouldn't.", "blame:emp blame:self"],
  [
    "My IT guy says the weakest link in any small business is the people. He's probably right about my lot.",
    "blame:emp",
  ],
  [
    "Our junior keeps plugging her phone into the surgery PC to charge it. Drives the IT man mad.",
    "blame:emp",
  ],
  [
    "The volunteers are lovely but they'd give their password to anyone who asked nicely.",
    "blame:emp",
  ],
  ["The contractor basically treats us like we're the virus.", "blame:emp"],
  [
    "He told me straight out, 'the problem is always between the chair and the keyboard'.",
    "comm blame:emp",
  ],
  [
    "Our IT firm says staff are the risk, not the tech, and after the fake invoice business I can't really argue.",
    "blame:emp",
  ],
  [
    "Most breaches at places like ours start with someone on reception being too trusting.",
    "blame:emp",
  ],
  ["The lads on the vans lose tablets like they lose gloves.", "blame:emp"],
  ["Honestly, if there's ever a breach here it'll be one of the part-timers.", "blame:emp"],
  [
    "Useless. Paid them for two years and they still couldn't get the scanner working.",
    "feel blame:sec",
  ],
  [
    "They're the reason we nearly missed the VAT deadline - locked us out for 'suspicious activity'.",
    "conflict blame:sec",
  ],
  ["Their so-called security made everything slower and we still got hacked.", "blame:sec"],
  [
    "The MSP blames our staff for everything, but it was their misconfigured backup that lost a month of records.",
    "conflict blame:emp blame:sec",
  ],
  ["My cousin 'does computers' and that's the problem right there.", "blame:sec"],
  ["Honestly they cause more problems than they fix.", "blame:sec"],
  ["All they ever do is say no.", "conflict blame:sec"],
  ["They installed the update that broke the dental imaging. Not us. Them.", "blame:sec"],
  ["I'm probably their most annoying client, I ring about everything.", "blame:self"],
  [
    "It's me, really. I'm hopeless with computers and I know it drives him up the wall.",
    "blame:self",
  ],
  ["I clicked the link. I'll own that. Cost us two days.", "blame:self"],
  ["I'm the one who keeps forgetting to lock the screen.", "blame:self"],
  ["Honestly I'm the weak link here, not the girls.", "blame:self"],
  ["I feel terrible, I reused my Facebook password for the practice email.", "feel blame:self"],
  ["If something goes wrong it'll be because I ignored one of their emails.", "blame:self"],
  [
    "Not a problem at all, but I do wish they'd come in person once in a while instead of everything by email.",
    "comm",
  ],
  ["They're nice enough, but I couldn't tell you what half their emails mean.", "comm"],
  [
    "I wouldn't call it conflict exactly, more that we want different things - they want it locked down, I want it to work.",
    "conflict",
  ],
  ["Never rude, just... never around.", "distance"],
  ["They're not arrogant, but they do decide everything and we find out after.", "power"],
  [
    "I don't blame them, it's a hard job, but the portal is impossible and I gave up on it.",
    "distance",
  ],
  ["Good people. Shame we only ever see them when something's on fire.", "comm"],
  [
    "Not that I'm scared of them, but I do feel like I'm being marked on a test whenever they review our setup.",
    "power",
  ],
  [
    "He's family so I can't really complain, but I've no idea what he's done to our network and I'm afraid to ask.",
    "feel power distance",
  ],
  ["Every conversation starts with 'what did you click?'", "comm blame:emp"],
  ["They make me feel like an idiot for not knowing what DNS is.", "comm feel"],
  ["We stopped calling and just live with the slow computer now.", "distance"],
  [
    "Frankly they treat our staff like children who can't be trusted with a mouse.",
    "power blame:emp",
  ],
  ["It took them nine days to reset a password. Nine.", "conflict blame:sec"],
  ["I'm sure they're busy with bigger clients. We're small fry to them.", "power"],
  [
    "I'd love to meet whoever's actually looking after us. Three years and not one visit.",
    "comm distance",
  ],
  [
    "They send scary phishing warnings every week and I've started ignoring them. Is that bad?",
    "comm distance",
  ],
  ["I worry they think we're a bunch of numpties.", "feel"],
  ["We get on. I wouldn't say we're close, they're just there when we need them.", ""],
  ["The IT company never explains anything, they just do it and send the bill.", "comm power"],
  ["He always makes out like it's our fault. Sometimes it is, to be fair.", "blame:emp blame:self"],
  ["Last time I asked for help the reply was a link to a 40-page PDF.", "comm"],
  [
    "Our practice manager is terrified of the IT firm. She won't ring them, she makes me do it.",
    "feel distance",
  ],
  [
    "They act like they own the place. They've got more access than I have, and I actually own it.",
    "power",
  ],
  ["I'm so frustrated with them I could scream. Every month there's something.", "conflict feel"],
  ["They never answer. You leave a message and it's Tuesday before anyone rings back.", "conflict"],
  [
    "Sorry, I'm rubbish at this stuff, I probably just don't understand what they're telling me.",
    "comm blame:self",
  ],
  ["If you ask me the weakest link is the IT firm, not my receptionist.", "blame:sec"],
  ["They said our staff were 'a liability'. In front of the staff.", "comm blame:emp"],
  ["Bit of a cold relationship. Purely transactional.", "distance"],
  [
    "My son set everything up and now I can't change a thing without him. He's in Australia.",
    "power",
  ],
];
