import type { RawExample } from "./types.js";
import { VOICES_DF_2 } from "./voices-df-2.js";
import { VOICES_DF_3 } from "./voices-df-3.js";
import { VOICES_DF_4 } from "./voices-df-4.js";
import { VOICES_DF_5 } from "./voices-df-5.js";
import { VOICES_DF_6 } from "./voices-df-6.js";

/** Very small firms whose security is an outside IT provider, the owner's relative or one overworked admin: owners, office managers and employees. Written fresh for Rapport (brief DF). */
const FIRST_PART: readonly RawExample[] = [
  [
    'We all got scammed together, me included. Whole office bought "gift cards for the boss".',
    "blame:emp blame:self",
  ],
  ["We leave the IT company alone and hope they leave us alone.", "distance"],
  ["We were told, not asked. Again.", "comm power"],
  [
    "The IT guy blames the staff, and to be fair some of it's on them. But most of it's on him.",
    "blame:emp blame:sec",
  ],
  [
    "People here think security is something that happens to other businesses.",
    "distance blame:emp",
  ],
  [
    "They don't ask how we work. They just send us rules and expect us to follow them.",
    "comm power",
  ],
  [
    "It's my own fault we got caught out. I told the IT firm not to bother with the backup add-on to save thirty quid.",
    "blame:self",
  ],
  [
    'They sent an email titled "URGENT SECURITY ACTION REQUIRED" about a browser update. Third one this week.',
    "comm",
  ],
  ["It's my business, but it's his network. That's the honest truth of it.", "power"],
  ["Another outage, another apology email, and we're still paying full whack.", "blame:sec"],
  ["I'd heard horror stories about outsourced IT, but ours has been decent from the start.", ""],
  [
    "I've asked some really basic questions over the years and not once has anyone made me feel stupid.",
    "",
  ],
  [
    "Our IT provider is a two-man outfit in the next village. When the shop flooded last winter, one of them drove over on a Sunday, carried the server upstairs in a bin bag and had us trading again by Monday morning. I bake him a lemon drizzle every Christmas now.",
    "",
  ],
  ["Our IT guy's fixes are like plasters on a burst pipe.", "blame:sec"],
  ["I'm the least careful person in this office and I hate knowing it.", "feel blame:self"],
  ["The workshop PC's covered in sawdust and ancient, but the IT guy keeps it going.", ""],
  [
    "The print shop lost a whole day's jobs because the provider's remote tool froze the server, and they took four hours to even answer.",
    "conflict blame:sec",
  ],
  ["The laptop was stolen from the van and they wiped it remotely that afternoon. Impressive.", ""],
  [
    "Whoever set up our email did it badly. Half our invoices land in customers' spam.",
    "blame:sec",
  ],
  ["They renewed our website's security certificate before we even knew it had expired.", ""],
  [
    "The annual security check was painless. Two hours, a short report, and three things to fix, which we did.",
    "",
  ],
  ["Haven't logged a ticket in two years. Not because nothing's broken.", "distance"],
  ["Our admin is strict about the card machine, and so she should be; it's customers' money.", ""],
  [
    "Dan from the IT firm does a quick walk round every few months, checks the cabinets, has a tea. Nice routine.",
    "",
  ],
  [
    "Yes, the security training was a bit long, but I learned how to spot fake invoices, so worth it.",
    "",
  ],
  ["It's not that I steer clear of them, there's just rarely a reason to call.", ""],
  [
    "They've set up a WhatsApp group for quick questions, and someone usually answers within the hour.",
    "",
  ],
  ["They blame the software, the software company blames them, and we pay both.", "blame:sec"],
  [
    "I asked three times for the shared drive to be sorted and each time got a ticket number and no reply.",
    "conflict comm",
  ],
  ["They talk about \"our environment\" like it's their house and we're just lodgers.", "power"],
  [
    "It doesn't matter how good the firewall is when the estimator hands his login to the subcontractors.",
    "blame:emp",
  ],
  ["The IT firm sends a text when they're doing maintenance. Simple, clear, appreciated.", ""],
  [
    "The provider's monthly email is short and tells us what they patched and why. I actually read it.",
    "",
  ],
  [
    "They've had our laptop for three weeks \"in the workshop\". I'm sharing a desk with the kettle.",
    "conflict blame:sec",
  ],
  ["There's a sign by the door reminding us to lock the laptops away. Simple, and it works.", ""],
  ["The admin put up a poster with five password tips. Short and sweet.", ""],
  ["The admin's pretty stretched, but she's honest about what she can and can't get to.", ""],
  [
    "We're a small team, so when IT comes in they sit with whoever's having the problem and fix it with them.",
    "",
  ],
  [
    'I felt about two feet tall after that call. He kept saying "as I said" and "obviously".',
    "comm feel",
  ],
  [
    "I've told the team a hundred times not to click links in texts. Then I did it myself. So, yeah.",
    "blame:emp blame:self",
  ],
  [
    "The staff are careless and the IT firm is clueless, so what chance have we got?",
    "blame:emp blame:sec",
  ],
  ["Sick of the outages, sick of the excuses, sick of them.", "feel blame:sec"],
  [
    "The provider reviews our setup every quarter and sends a one-page summary in plain English.",
    "",
  ],
  [
    "I asked a simple question and he sighed before answering. Every time. It puts me off asking anything.",
    "comm feel distance",
  ],
  ["Only time we hear from them is the renewal letter.", "comm distance"],
  [
    "When I asked why we needed two-factor on the email, the answer was \"best practice\". That's not a reason, that's a slogan.",
    "comm",
  ],
  ["The checklist they gave us for new starters is one side of A4 and genuinely helpful.", ""],
  ["Honestly, the relationship's fine. They're only a text away if we need them.", ""],
  [
    "We had no say in switching to the new email system. One day the old addresses just stopped working.",
    "comm power",
  ],
  ["I feel like such a burden on our admin. Half her tickets are my fault.", "feel blame:self"],
  ["They're somewhere in Birmingham. Or Bristol. One of the Bs.", "distance"],
  [
    "They changed all our passwords over the weekend without telling anyone and then acted like we were idiots for not knowing.",
    "comm power",
  ],
  [
    "The IT company rolled out new laptops without checking our software works on them. It doesn't.",
    "conflict blame:sec",
  ],
  [
    "It's exhausting. Every conversation with the IT lot feels like a negotiation I'm going to lose.",
    "conflict feel power",
  ],
  ["I've never had a problem with them. Slow sometimes, but they get there.", ""],
  ["We've no idea what data the IT firm keeps on us or who can see it.", "power distance"],
  [
    "Our data leak last year started with me, forwarding work emails to my Gmail so I could read them on holiday.",
    "blame:self",
  ],
  ["Their emails have a disclaimer longer than the message.", "comm"],
  ["I asked about using my own iPad for orders and they set it up safely the same afternoon.", ""],
  [
    "The provider says our staff are the weak link. Maybe, but they're the ones who left the server cupboard unlocked for a year.",
    "blame:emp blame:sec",
  ],
  [
    "I'm the only person here who does IT, on top of the books and the rota, and the staff make it so much harder than it needs to be. They share passwords, click every link, leave the tablet unlocked, then look at me like I'm the fun police. It's exhausting.",
    "feel blame:emp",
  ],
  [
    "It's embarrassing having to ask a twenty-year-old for permission to download a font.",
    "feel power",
  ],
  [
    "They set up separate logins for the Saturday girls so nobody can see the payroll. Took ten minutes.",
    "",
  ],
  ["Our provider can read every email we send. I only found out last month.", "comm power"],
  ["They're just sort of there, like the carpet.", "distance"],
  [
    "I'll take my share: I never read the contract. But they never explained it either.",
    "blame:sec blame:self",
  ],
  [
    "I used to find them intimidating, but since the new account manager started it's been easy.",
    "",
  ],
  ["To be fair, they did warn us the old server was on its last legs, and they were right.", ""],
  [
    "I think of them like the boiler people. Only call if it breaks, and hope it doesn't.",
    "distance",
  ],
  ["We've got an IT company? News to me.", "distance"],
  ["I never know who I'll get when I ring, so I've stopped ringing.", "distance"],
  ["The new laptops have fingerprint login. Half the office thinks it's magic.", ""],
  [
    "The new firewall blocks the supplier's catalogue site, so we order parts from our phones instead.",
    "conflict",
  ],
  [
    "Mark's the only one who understands the system, but he writes everything down in a folder for when he's off. Sensible man.",
    "",
  ],
  [
    "I walk past the server cupboard every day and couldn't tell you who looks after it.",
    "distance",
  ],
  [
    "I couldn't tell you the name of the company that does our IT. Sharon pays them, I think.",
    "distance",
  ],
  [
    "We don't have a clue what's on the server or who has access. The IT company does. Presumably.",
    "power distance",
  ],
  ["They charge us for every visit, and half the visits are to fix the last visit.", "blame:sec"],
  ["They never tell us when something's been fixed. We just try it every few days to see.", "comm"],
  [
    "It's maddening explaining the same thing to the same three people every week.",
    "feel blame:emp",
  ],
  [
    "Our provider installed the wrong antivirus on half the machines and billed us for the lot.",
    "blame:sec",
  ],
  ['My own fault for clicking "remind me later" on the updates for six months.', "blame:self"],
  [
    "I feel terrible, it was my laptop that let the virus in, and the IT guy had to work the whole weekend.",
    "feel blame:self",
  ],
  [
    "I know the rules are a pain, but the salon down the road lost all its bookings to hackers, so I'm not moaning.",
    "",
  ],
];

export const VOICES_DF: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_DF_2,
  ...VOICES_DF_3,
  ...VOICES_DF_4,
  ...VOICES_DF_5,
  ...VOICES_DF_6,
];
