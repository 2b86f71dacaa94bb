import type { RawExample } from "./types.js";

/** Part 3 of batch FL (see voices-fl.ts). */
export const VOICES_FL_3: readonly RawExample[] = [
  [
    "To be fair I've never made the effort to get to know them. That's on me.",
    "distance blame:self",
  ],
  [
    "Our IT contractor is lovely but completely disorganised, things fall through the cracks constantly.",
    "blame:sec",
  ],
  ["Manager says the designers see the IT guy as 'the department of no'.", "conflict"],
  [
    "Construction director: \"you can't stop a site foreman writing the password on the side of the cabin, it's just how they are\".",
    "blame:emp",
  ],
  ["I honestly couldn't tell you what they do all day, or who they are.", "distance"],
  [
    "Can I reach them when I need them? Not really, it goes to voicemail and a ticket number.",
    "conflict",
  ],
  [
    "It's my own fault we got hit. I turned off the antivirus because it slowed my laptop down.",
    "blame:self",
  ],
  [
    "They change things over the weekend and we come in on Monday to find nothing works. No warning.",
    "power comm",
  ],
  ["The older partners won't use MFA, and frankly I've given up arguing with them.", "blame:emp"],
  ["There's a sense of them and us. IT sit upstairs and we sit down here.", "distance"],
  [
    "Our staff are frightened of the phishing tests. They think they'll be disciplined if they fail.",
    "feel power",
  ],
  [
    "I'm the bottleneck really. All the IT stuff comes through me and I don't understand it.",
    "blame:self",
  ],
  ["I've complained about the jargon twice and nothing's changed.", "comm"],
  ["They never explain why. Just 'policy says'. It winds the team up no end.", "comm feel"],
  [
    'Team lead: "my lot just do workarounds. Email files to their personal Gmail because the VPN is a pain."',
    "conflict distance",
  ],
  [
    "Every change has to go through them and they take their time approving it. We're at their mercy.",
    "power",
  ],
  [
    "We had a data leak and they pointed at us, we pointed at them. Never did get to the bottom of it.",
    "conflict blame:sec blame:emp",
  ],
  ["Weakest link is always the people. Ours are no different.", "blame:emp"],
  ["The outsourced monitoring service sends us alerts at 3am in a format I can't read.", "comm"],
  [
    "Interviewer note: owner could not name the IT provider's account manager, and wasn't sure the firm still had one.",
    "distance",
  ],
  ["I feel a bit stupid every time I have to ask for help, so mostly I don't.", "feel distance"],
  [
    "They're not bad people, they just don't understand that a school runs on bells, not tickets.",
    "conflict",
  ],
  [
    "I'll be honest, our security is only as good as our receptionist, and she clicks everything.",
    "blame:emp",
  ],
  [
    "The provider reviews all our access requests and rejects half of them without saying why.",
    "power comm",
  ],
  ["Worried? Yes. Constantly. One wrong click and we lose the client.", "feel"],
  ["I'm probably the worst for it. I share my login with my PA because it's easier.", "blame:self"],
  [
    "We used to see them monthly but that stopped when they changed account managers. Haven't seen anyone since.",
    "distance",
  ],
  ["The security guy's alright but he can be a bit high and mighty.", "power"],
  [
    "They locked out the whole accounts team in year-end week for a password policy change. Unbelievable.",
    "conflict blame:sec",
  ],
  [
    "Me and my team avoid ringing them because you get made to feel like a nuisance.",
    "distance feel",
  ],
  ["They're very responsive, I'll give them that, but I never know what they're on about.", "comm"],
  [
    "Not arrogant exactly, but there's a definite feeling they know best and we should just do as we're told.",
    "power",
  ],
  [
    "The charity relies on a volunteer who set everything up. Nobody else has the passwords.",
    "power",
  ],
  ["Staff are lazy about locking their screens. I've told them a hundred times.", "blame:emp"],
  ["Oh yes, brilliant service. Took them a month to replace a keyboard.", "blame:sec"],
  [
    "If something goes wrong I'd rather fix it myself than go through the helpdesk rigmarole.",
    "distance conflict",
  ],
  [
    "Manager says the technician is 'a law unto himself' and reorganised the server without consulting anyone.",
    "power",
  ],
  ["I blame myself for not pushing the board to fund proper training.", "blame:self"],
  ["IT send out warnings that are so vague they scare people more than they help.", "comm feel"],
  ["The IT lot are never wrong. According to the IT lot.", "power"],
  [
    "Our account execs keep installing browser plugins they shouldn't. It's a nightmare to manage.",
    "blame:emp",
  ],
  [
    "Honestly I feel out of my depth. I sign off on security stuff I don't understand because they tell me to.",
    "feel power",
  ],
  ["Provider's great when you get them, but getting them is the problem.", "conflict"],
  ["Team leader says IT 'only ever email when we've done something wrong'.", "comm"],
  [
    "I don't really trust them, if I'm honest. Feels like they'd hide a problem rather than admit it.",
    "feel blame:sec",
  ],
  [
    "Our accounts clerk opened a dodgy zip file and took down the file server. Some people just shouldn't be trusted with email.",
    "blame:emp",
  ],
  [
    "It was my password that got leaked. I'd used it on a shopping site. Entirely my doing.",
    "blame:self",
  ],
  [
    "The provider won't give us admin access to our own systems. We have to ask permission for everything.",
    "power conflict",
  ],
  [
    "They never come to the school. Everything is remote, even when the projectors are broken.",
    "distance",
  ],
  [
    "Their tickets close themselves after 48 hours whether the problem's fixed or not. Infuriating.",
    "blame:sec feel",
  ],
  ["Staff see security as just something that slows them down.", "conflict"],
  [
    "I don't think our team takes it seriously at all. They laugh through the training videos.",
    "blame:emp",
  ],
  [
    "Used to get on great with them. Since the takeover it's all call centres and scripts and nobody knows us.",
    "distance",
  ],
  [
    'Manager says she "felt like a child being told off" when IT flagged her for forwarding emails home.',
    "feel power",
  ],
  [
    "The engineers are lovely, but their director is another matter: condescending, never lets you finish a sentence.",
    "power comm",
  ],
  [
    "Whose fault was the breach? Mine, ultimately. I'm the one who said we didn't need the extra backup.",
    "blame:self",
  ],
  [
    "They're a black box. Money goes in, invoices come out, and I couldn't tell you what's been done.",
    "power distance",
  ],
  [
    "We asked for a simple shared calendar and got a 20-minute explanation of tenancy permissions. In the end we gave up.",
    "comm conflict",
  ],
  ["I'm as guilty as anyone. I've got sticky notes with passwords on my monitor.", "blame:self"],
  ["The contractor's fine with me but short with the junior staff, and they've noticed.", "comm"],
];
