import type { RawExample } from "./types.js";
import { VOICES_FC_2 } from "./voices-fc-2.js";
import { VOICES_FC_3 } from "./voices-fc-3.js";
import { VOICES_FC_4 } from "./voices-fc-4.js";
import { VOICES_FC_5 } from "./voices-fc-5.js";

/** IT and security staff of small and medium firms answering the survey about their side of the relationship (round 23). Written fresh for Rapport (brief FC). */
const FIRST_PART: readonly RawExample[] = [
  ["to most of them im the printer guy, which is fine honestly", ""],
  [
    "Most of the dental nurses see me as the person who makes their day harder with all the logins.",
    "conflict",
  ],
  [
    "At the depot I'm the one who says no. Drivers roll their eyes when I turn up with another rule.",
    "conflict feel",
  ],
  ["friendly mostly, they bring me biscuits", ""],
  [
    "I think people find our two-person team approachable; we sit right next to accounts and the door is always open.",
    "",
  ],
  [
    "The partners treat my advice like a suggestion from the junior staff, then overrule it without a word.",
    "power",
  ],
  ["honestly half the office doesnt know my name", "distance"],
  [
    "As the outsourced engineer I'm a voice on the phone to them and nothing more.",
    "comm distance",
  ],
  ["they call me the security police", "power"],
  [
    "I'm the finance manager who also does security, so people assume every new rule is secretly about cutting costs.",
    "conflict",
  ],
  [
    "I'd like to think they trust me, and the anonymous feedback at the last staff day backed that up.",
    "",
  ],
  ["nobody is scared of me lol", ""],
  [
    "The devs see security as the thing that slows their releases. Every review I ask for turns into a negotiation.",
    "conflict",
  ],
  [
    "Some of the older receptionists go quiet when I walk past, like they think I'm checking up on them.",
    "feel power",
  ],
  [
    "At the clinic they ring me when the card reader dies, and that's basically the whole relationship.",
    "comm",
  ],
  [
    "Reception is convinced I read their emails. I don't, but the monitoring tool we rolled out last year made it look that way.",
    "power",
  ],
  ["Our sales people think IT invents problems so it can justify its budget.", "blame:sec"],
  [
    "By the time someone calls me they've already tried three fixes from YouTube and made it worse.",
    "distance",
  ],
  ["part of the team, I go to friday drinks", ""],
  ["To the drivers I'm the bloke from head office they've never actually met.", "distance"],
  ["Probably as a bit of a nag. I send too many reminders and I know it.", "comm blame:self"],
  ["12 people, everyone knows me, nobody is shy about asking", ""],
  ["the accountants think cyber is my problem not theirs", "conflict"],
  [
    'In a management meeting last month someone referred to me as "the blocker". Nobody corrected them.',
    "conflict blame:sec",
  ],
  [
    "They complain I'm impossible to get hold of, and they're not wrong: one person, three sites.",
    "conflict",
  ],
  [
    "I ask every year whether anyone feels talked down to by me, and so far nobody has said so.",
    "",
  ],
  ["get on with everyone in the lab", ""],
  ["The vets still bring up the day I blocked their personal Dropbox accounts.", "conflict"],
  ["Staff see our MSP as a ticket number. Fair, we hardly ever come on site.", "distance"],
  ["I like them. Genuinely.", ""],
  ["some days they drive me up the wall", "feel"],
  ["They're adults and I treat them that way, and most of them meet me halfway.", ""],
  ["A few of them will click anything with a parcel-company logo on it.", "blame:emp"],
  [
    "I lie awake some nights thinking about a locum plugging in a USB stick from home.",
    "feel blame:emp",
  ],
  ["fond of the warehouse crew, theyre straight with me", ""],
  [
    "Explaining the same thing to the same three people every month wears me out.",
    "feel blame:emp",
  ],
  ["I don't resent anyone. People are busy and security isn't their job.", ""],
  [
    "The biggest risk in this building is the managing director and his shared passwords.",
    "blame:emp",
  ],
  ["I feel for them sometimes; the tools we handed them are clunky.", "blame:self"],
  ["patient bunch mostly", ""],
  ["The designers are lovely but treat every warning banner like an advert.", "distance"],
  [
    "It annoys me when people email at 11pm and expect an answer before breakfast.",
    "feel conflict",
  ],
  ["Good people. A couple of them are sharper at spotting phishing than I am.", ""],
  ["I trust our staff more than I trust some of our software vendors.", ""],
  ["It stings when they go straight to the owner instead of coming to me first.", "feel distance"],
  ["daily, its a small office", ""],
  ["Monthly lunch-and-learn, about half turn up.", ""],
  ["Mostly through the ticket portal; I rarely see anyone in person.", "comm distance"],
  ["The Rotterdam site only gets in touch when a scanner stops working.", "comm"],
  ["I have a ten-minute slot at the weekly staff meeting.", ""],
  ["the night shift ive never met", "distance"],
  ["I walk the floor every morning with my coffee and people stop me with questions.", ""],
  ["We send a newsletter. No idea if a single person reads it.", "comm"],
  ["whenever something is on fire, otherwise silence", "comm"],
  ["teams chat all day, works fine", ""],
  [
    "They send me passwords on WhatsApp, which I've asked them not to do about five times.",
    "conflict blame:emp",
  ],
  [
    "Twice a year I run phishing training, and that's the only time most of them hear from me.",
    "comm distance",
  ],
  ["reporting phish has gone really well this year", ""],
  [
    "What works: people forward dodgy emails to me before they click. What doesn't: nobody locks their screen.",
    "blame:emp",
  ],
  ["MFA rollout went smoother than I feared.", ""],
  [
    "The handover between the day and night dispatchers is where everything falls apart, security-wise.",
    "blame:emp",
  ],
  ["I think we get on well because I never make anyone feel stupid for asking.", ""],
  ["badly: password resets, every single monday", ""],
  [
    "Going well: the new starters' induction. Going badly: the people who started before it existed.",
    "blame:emp",
  ],
  ["They follow the clean-desk rule better than the managers do.", "blame:emp"],
  [
    "Our patch window clashes with the surgery's late clinics and I hear about it every month.",
    "conflict",
  ],
  ["Laptop encryption was painless, nobody even noticed.", ""],
  ["The practice manager overrides whatever I set up the minute a dentist complains.", "power"],
  ["Communication is good. I explain why, not just what.", ""],
  ["my emails are too long, i can see it in the replies", "comm blame:self"],
  ["People are quicker to tell me about mistakes now. Two years ago they'd hide them.", ""],
  ["The shared mailbox is chaos and nobody owns it.", "blame:emp"],
  ["I've no complaints about the front desk team, they're careful.", ""],
  ["the VPN. always the VPN.", "conflict"],
  [
    "What goes badly is that I write policies nobody asked for and then wonder why nobody follows them.",
    "blame:self comm",
  ],
  ["Backups run nightly and I test a restore every quarter.", ""],
  [
    "Staff keep buying software on their own cards and telling me afterwards.",
    "distance blame:emp",
  ],
  [
    "Access reviews are where it gets tense: managers hate being asked to justify who can see what.",
    "conflict feel",
  ],
  ["The helpdesk hours suit everyone now that we added an early slot for the bakery shift.", ""],
  ["They're brilliant in a crisis and hopeless at routine.", "blame:emp"],
  ["not much goes badly tbh", ""],
  [
    "I cover payroll too, so when I say no to a request people think it's about money. It isn't.",
    "conflict",
  ],
  [
    "When the lawyers need a file from a client's USB, the policy says no and the deadline says yes. I usually lose.",
    "conflict power",
  ],
  ["Our ticket response time is under two hours on average.", ""],
];

export const VOICES_FC: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FC_2,
  ...VOICES_FC_3,
  ...VOICES_FC_4,
  ...VOICES_FC_5,
];
