import type { RawExample } from "./types.js";
import { VOICES_N_2 } from "./voices-n-2.js";
import { VOICES_N_3 } from "./voices-n-3.js";

/**
 * Security practitioners, vendors, conference speakers, trade-press writers and IT staff on people
 * and security: user blame, its rejection, neutral threat facts, and IT's side of the relationship.
 * Written fresh for Rapport (brief N).
 * Continued in voices-n-2.ts and voices-n-3.ts (one file per few hundred lines).
 */
const FIRST: readonly RawExample[] = [
  // Terse
  ["PEBKAC, every time.", "blame:emp"],
  ["Layer eight problem.", "blame:emp"],
  ["Clickers gonna click.", "blame:emp"],
  ["Allies, mostly.", ""],
  ["Civil enough.", ""],
  ["Outnumbered and ignored.", "feel distance"],
  ["Glorified nannies for grown-ups.", "blame:emp power"],
  ["Taken for granted.", "feel"],
  ["Cat and mouse with our own staff.", "conflict"],
  ["Pretty healthy, these days.", ""],

  // Vendor blogs and marketing copy
  [
    "Your employees are the unlocked side door that criminals stroll straight through.",
    "blame:emp",
  ],
  [
    "Ninety-one per cent of attacks begin with a staff member opening an email they had no business opening.",
    "blame:emp",
  ],
  [
    "Criminals have stopped hacking servers. They hack Dave in accounts now, because Dave is easier.",
    "blame:emp",
  ],
  [
    "Install the priciest firewall money can buy and someone in payroll will still read their password out to a stranger on the phone.",
    "blame:emp",
  ],
  [
    "Our platform removes the human from the decision, because the human is where decisions go wrong.",
    "blame:emp",
  ],
  [
    "Research we commissioned found the typical office worker is three times likelier to trigger a breach than any strain of malware.",
    "blame:emp",
  ],
  ["The human firewall leaks like a sieve, and no vendor will tell you otherwise.", "blame:emp"],
  [
    "Blog headline this week: 'Your Biggest Cyber Risk Just Badged In For The Early Shift'.",
    "blame:emp",
  ],
  [
    "Careless staff cause more leaks than hackers, according to our poll of 500 IT decision makers.",
    "blame:emp",
  ],
  [
    "Whitepaper line I keep seeing: 'Every employee is a potential breach.' Lovely way to talk about your colleagues.",
    "",
  ],
  [
    "The vendor's pitch boiled down to 'your people are a liability, buy our monitoring and watch them'.",
    "blame:emp power",
  ],
  ["Stolen session cookies from infostealer malware let attackers skip MFA entirely.", ""],
  ["Phishing kits can now clone a bank's login page in under a minute.", ""],
  [
    "Voice-cloning tools have got cheap enough that small-time fraudsters use them to impersonate finance directors.",
    "",
  ],
  ["This quarter's lures mostly pose as parcel couriers and the tax office.", ""],
  [
    "Invoice fraud losses climbed again this year, largely through compromised supplier mailboxes.",
    "",
  ],
  [
    "Most intrusions we responded to last year began with an unpatched edge device, not a click.",
    "",
  ],
  ["Vendors that sell fear of staff rarely sell anything that actually helps staff.", ""],
  [
    "As a vendor we were part of the problem. Our ads told buyers their own workforce was the enemy.",
    "blame:self",
  ],
  ["Half the exhibitors at this expo couldn't secure a shoebox.", "blame:sec"],
  [
    "The awareness modules most vendors sell are box-ticking slideware that nobody remembers a week later.",
    "blame:sec",
  ],

  // Conference talks and panels
  ["There is no software update for human stupidity, folks.", "blame:emp"],
  ["If you want the size of your attack surface, count your headcount.", "blame:emp"],
  [
    "Speaker got a big laugh with 'users are toddlers with admin rights' and I sat there feeling a bit sick.",
    "blame:emp power",
  ],
  [
    "Put a pop-up between a user and a funny video and the video wins, every single time.",
    "blame:emp",
  ],
  [
    "You can make it idiot-proof and the organisation will simply promote a more creative idiot.",
    "blame:emp",
  ],
  [
    "Stop calling your users the weakest link. They're the ones keeping the lights on while you patch.",
    "",
  ],
  ["Human error is a design failure wearing a name badge.", ""],
  [
    "If one tired person clicking one link can sink the company, the company was built to sink.",
    "",
  ],
  ["Make the secure route the shortest route and people will take it without being told.", ""],
  [
    "People are your best early-warning sensors, provided you thank them instead of punishing them.",
    "",
  ],
  [
    "The panel agreed on one thing: blame culture is the biggest single barrier to incident reporting.",
    "",
  ],
  [
    "Best talk of the day argued that the phrase 'insider threat' poisons the trust you need most.",
    "",
  ],
  [
    "Your staff aren't the weakest link, they're the most attacked link. Those are different things.",
    "",
  ],
  ["Calling staff the weak point is a confession that you never spent a penny on them.", ""],
  ["Security should feel like a seatbelt, not a speed bump.", ""],
  [
    "One speaker admitted she used to call users idiots in her slides. She said she'd been the problem all along.",
    "blame:self",
  ],
  [
    "Our profession spent twenty years scaring people and blaming clickers, and it's the profession that got it wrong.",
    "blame:sec",
  ],
  [
    "Too many CISOs hide behind frameworks and maturity scores instead of fixing anything.",
    "blame:sec",
  ],
  [
    "Infosec is an arrogant trade, and you can hear it in every awareness campaign we write.",
    "blame:sec power",
  ],
  ["The talk's whole argument was that defaults should make doing nothing the safe option.", ""],
  ["Reward reports, never punish clicks. That was the entire slide, and it was enough.", ""],
  [
    "A recruiter's job is to open attachments from strangers. Telling them not to is telling them not to work.",
    "",
  ],
  [
    "Attackers are full-time professionals. Expecting a receptionist to out-think them unaided is unfair.",
    "",
  ],
  [
    "The Q&A turned into a row between the red-teamers and the awareness people about whether users are the problem.",
    "conflict",
  ],

  // Trade press and interviews
  [
    "Every breach write-up I edit says the same thing eventually: somebody, somewhere, clicked.",
    "blame:emp",
  ],
  ["Humans remain the leading cause of data loss, year after year after year.", "blame:emp"],
  [
    "Negligent employees now cost businesses more than external attackers, the report concludes.",
    "blame:emp",
  ],
  [
    "Remote working has turned every kitchen table into a data breach waiting to happen.",
    "blame:emp",
  ],
  [
    "Younger staff overshare their entire lives online, and social engineers are grateful for it.",
    "blame:emp",
  ],
  [
    "Statistically speaking, your next incident is already sitting in your open-plan office.",
    "blame:emp",
  ],
  ["A bored call-centre agent is the cheapest exploit money can buy.", "blame:emp"],
  ["The 'it won't happen to me' attitude among staff is itself the vulnerability.", "blame:emp"],
  [
    "Trade mags love a 'dumb user' headline because it's easier than writing about broken software.",
    "",
  ],
  ["Interviewed CISO: 'I assume people will slip up, so I build systems that survive it.'", ""],
  ["Supply-chain compromises are growing faster than any other category in our incident data.", ""],
  ["Ransomware crews now loiter inside networks for weeks before they encrypt anything.", ""],
  [
    "Today's phishing is grammatically spotless and personalised from scraped LinkedIn profiles.",
    "",
  ],
  [
    "Breaches start in lots of places: open storage buckets, stale accounts, stolen tokens, occasionally a click.",
    "",
  ],
  [
    "The study found training works best in short bursts tied to what people actually do all day.",
    "",
  ],
  [
    "Interviewee, a hospital security lead: 'Doctors treat controls as an insult, then share one login across the ward.'",
    "blame:emp conflict",
  ],
  [
    "Executives are the worst offenders: exempt from every control, then they forward board papers to their Gmail.",
    "blame:emp conflict",
  ],
  [
    "Asked what keeps him awake, the security director said simply: 'our own people'.",
    "blame:emp feel",
  ],
  [
    "She told the reporter her team 'spends more time cleaning up after colleagues than chasing hackers'.",
    "blame:emp",
  ],

  // Pen testers and red teamers
  [
    "On physical tests, reception is always our way in. A hi-vis vest and a confident nod does it.",
    "blame:emp",
  ],
  [
    "People hold the door for anyone carrying two coffees. Tailgating is embarrassingly easy.",
    "blame:emp",
  ],
  [
    "We left USB sticks labelled 'redundancies' in the car park. Eleven got plugged in by lunchtime.",
    "blame:emp",
  ],
  [
    "Staff will trade their password for a bar of chocolate. We've literally tested it.",
    "blame:emp",
  ],
  ["Send a parcel notification at lunchtime and a third of the building bites.", "blame:emp"],
  [
    "The CEO's assistant is the most targeted person in the firm and, honestly, she's a pushover.",
    "blame:emp",
  ],
  [
    "Our test got in through a fake helpdesk call, which tells you more about the verification process than about the person who answered.",
    "",
  ],
  [
    "I write up the technical findings first. The 'staff clicked' bit is rarely the root cause.",
    "",
  ],
];

export const VOICES_N: readonly RawExample[] = [...FIRST, ...VOICES_N_2, ...VOICES_N_3];
