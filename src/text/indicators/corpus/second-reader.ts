import { SECOND_READER_2 } from "./second-reader-2.js";
import { SECOND_READER_3 } from "./second-reader-3.js";
import type { RawExample } from "./types.js";

/**
 * A second reader's labels for 400 statements of session 6's batches (drawn by a hash of the
 * text), given only the label definitions and never the batch authors' labels. Not training
 * data: agreement.ts compares them with the corpus labels, to tell how far two careful people
 * agree and so how much of the gap to a target is the model's.
 */
const SECOND_READER_1: readonly RawExample[] = [
  ['Teacher: "The IT team aren\'t the police here. They help."', ""],
  [
    "I've heard colleagues say IT is incompetent. Not my view at all; they're just understaffed.",
    "",
  ],
  [
    "After the scare we started a short weekly chat with the IT firm. I actually look forward to it.",
    "",
  ],
  ["It's probably me. It's usually me.", "blame:self"],
  [
    "I had to keep asking for every little thing on the new laptop, like a kid asking for pocket money.",
    "power",
  ],
  ['They never ring. Never pop by. Just emails with "URGENT" in the subject line.', "comm"],
  ["half the staff treat me like the enemy bcause i said no to dropbox", "conflict"],
  ["They don't make anyone feel stupid, which is rare in my experience of IT people.", ""],
  [
    "We know exactly who to go to: the IT coordinator sits two desks from me and always has time for questions.",
    "",
  ],
  [
    "My team needed remote access for the flood week. IT refused, so we took the files home on paper. Safer? I doubt it.",
    "conflict",
  ],
  [
    "It takes, like, three weeks to get a new starter set up, so the new girl just sat there. Three weeks. Doing nothing.",
    "conflict",
  ],
  ["We ask for one thing, they hear another, and what arrives suits nobody.", "conflict"],
  ["Not at all if I can help it.", "distance"],
  ["The new policy was drafted with input from every team lead. You can tell.", ""],
  [
    "I phoned about a strange text message and they walked me through what to do, very calm about it.",
    "",
  ],
  [
    "I used to think they were, um, the police, you know, but they're actually, they're really relaxed.",
    "",
  ],
  ["Every time I need something installed it's a ticket and a week's wait.", "conflict"],
  ["Their new system caused more trouble than it solved.", "blame:sec"],
  [
    "Seasonal staff get a login on day one and a rulebook nobody reads. That's the induction.",
    "comm",
  ],
  [
    "New IT manager actually asked reception what was slowing them down; staff were surprised and pleased.",
    "",
  ],
  ["Lovely in person, but their emails read like threats.", "comm"],
  [
    "Their helpdesk is lovely. They remote in, show you what went wrong and never make you feel daft.",
    "",
  ],
  ["The monthly tips email is short and I actually read it.", ""],
  ["Fairly clear. If anything they over-explain.", ""],
  ["The IT contractor handles the backups and the firewall; I handle the rota.", ""],
  [
    "The encryption makes the laptops crawl. I can't run a quote at a customer's house.",
    "conflict",
  ],
  ["Our job is to make their day easier, not to catch them out.", ""],
  ["Employees would say we're invisible until the network goes down.", "distance"],
  [
    "Their 'fix' for the slow internet was blocking YouTube, which we use for training videos. Genius.",
    "conflict blame:sec",
  ],
  ["Frankly the whole security thing is above my pay grade. I just do the deliveries.", "distance"],
  ["The login prompt appears once a day on office PCs and at every sign-in on the laptops.", ""],
  ["I'm not great at explaining things, and I know that's part of the problem.", "blame:self"],
  ["Probably that we only ever show up to tell them off.", "comm"],
  [
    "Everything goes through the ticket system. I've never spoken to an actual human there.",
    "comm distance",
  ],
  [
    "I used to dread the IT audits, but the new team makes them feel like a conversation rather than an inspection.",
    "",
  ],
  [
    "It was my laptop that went missing. I left it in the car, my own fault entirely.",
    "blame:self",
  ],
  [
    "Security training is annual, takes about forty minutes, and covers phishing, passwords and handling client data.",
    "",
  ],
  ["I set the rules, they follow them. That's the job.", "power"],
  ["It's their way or the door. That's how the new rules were sold to us.", "power"],
  ["They see everything on the tills. Proper Big Brother.", "power"],
  ["There's no one to ask at weekends. You just hope nothing goes wrong.", "conflict"],
  [
    "Teacher admits her reused password was how the account got broken into; feels awful about it.",
    "feel blame:self",
  ],
  [
    "The rules come with, like, a little, um, a short explanation of why. Which helps. You get why it matters.",
    "",
  ],
  [
    "Every time they change the VPN setup my night shift can't log in, and I'm the one taking the calls at two in the morning.",
    "conflict blame:sec",
  ],
  ["Whoever set up the fleet app clearly never drove a lorry in their life.", "blame:sec"],
  ["When someone reports a phishing email we thank them. We never blame anyone for clicking.", ""],
  [
    "I made a mistake with the permissions last spring, fixed it within the hour, and we moved on. No drama.",
    "",
  ],
  [
    "Since the buyout I have no idea who handles our IT. Nobody's introduced themselves.",
    "distance",
  ],
  ["Junior accountant: \"I'm the weak spot in this office, I'm sure of it.\"", "blame:self"],
  ["Weekly, we have a short catch-up with them every Tuesday.", ""],
  [
    "I'm at the bottom of the pecking order until something breaks, then suddenly I'm the most important person in the building.",
    "power",
  ],
  [
    "They lectured us for an hour after the fake invoice. I left feeling about two inches tall.",
    "comm feel",
  ],
  ["The VPN won't let me print to my own printer. So I photograph the screen instead.", "conflict"],
  [
    "I get why phones aren't allowed in the records room. They explained it with a real case from another practice.",
    "",
  ],
  [
    "The partners keep saying the juniors will, um, will fall for anything. It's, like, constantly, the juniors, the juniors.",
    "blame:emp",
  ],
  [
    "I'm not frustrated with IT at all. The signal out here is the real enemy, and that's nobody's fault.",
    "",
  ],
  ["I'm a dinosaur with technology, they must despair of me.", "blame:self"],
  ["The night porters get blamed for every 'security incident' in the building.", "blame:emp"],
  ["The logistics managers and I plan changes together so they never land in peak season.", ""],
  [
    "Everything comes through the ticket system. I've never heard one of their voices.",
    "comm distance",
  ],
  ["Our account manager in IT knows all the reps by first name. Rare, that.", ""],
  [
    "They helped me get the card reader working at the front desk and didn't make me feel daft about it.",
    "",
  ],
  [
    "I'm not scared of the tech people, they're alright. It's the tech itself I can't stand.",
    "feel",
  ],
  [
    "I was told to sit in on my team's calls to make sure nobody gives out account details. As if they're children.",
    "power blame:emp",
  ],
  ["security slows everything here, like walking through mud", "conflict"],
  ["Me again, broke it again.", "blame:self"],
  ["not my job, im a baker", "distance"],
  ["Big brother with a helpdesk.", "power"],
  ["Nothing dramatic. A bit of a wait once or twice.", ""],
  ["Non-existent, if I am honest.", "distance"],
  [
    "I'm not good at the soft stuff. I explain things the way I'd explain them to another engineer.",
    "comm",
  ],
  ["They caused the outage, then emailed us about being careful.", "blame:sec"],
  ["We're all scared of being the next one hauled into the office over an email.", "feel power"],
  ["Disappointed, really. We asked for help with the website and nothing came of it.", "feel"],
  ["The charity's data sits in a donated cloud account that a volunteer administers.", ""],
  [
    "My staff sort most computer problems among themselves. Calling IT is the last resort.",
    "distance",
  ],
  [
    "If security was doing its job, we wouldn't need a poster in the loo reminding us to lock our screens.",
    "blame:sec",
  ],
  ["Every time the badge door beeps red, it turns out I'm the one holding it wrong.", "blame:self"],
  ["help desk is open 8 til 6", ""],
  [
    "Part of me thinks I deserved the telling-off; I'd been careless with the client list.",
    "blame:self",
  ],
  ["The sales team will click anything with the word 'invoice' in it.", "blame:emp"],
  [
    "My recommendations sit under 'nice to have' until something goes wrong, and then I'm asked why I didn't push harder.",
    "power",
  ],
  ["A couple of times a year, and I'd prefer to keep it that way.", "distance"],
  ["clicked the fake parcel link, my bad, felt awful", "feel blame:self"],
  [
    "IT's monitoring tool flagged our own payroll upload as a threat and froze it on payday. Not their finest hour.",
    "conflict blame:sec",
  ],
  [
    "I'd guess they think we're fine. I'm the one who gets flustered and messes it up.",
    "feel blame:self",
  ],
  [
    "My own fault we lost the accounts folder. I was told to check the backups and never did.",
    "blame:self",
  ],
  ["They never just impose things. Every change gets discussed with me first.", ""],
  [
    "Every training module begins by telling us that most breaches are our fault, then spends twenty minutes on things a child knows.",
    "comm blame:emp",
  ],
  ["The lock-outs are down to their settings, nobody else's.", "blame:sec"],
  [
    "Our office manager does the clean-desk round with us, chatting, not writing anyone up. Works fine.",
    "",
  ],
  [
    "The login codes arrived one Monday with no warning, and half the warehouse couldn't clock in until lunchtime.",
    "conflict comm",
  ],
  [
    "People say the users are the weakest link. Not in my experience; my team spot more scams than the filter does.",
    "",
  ],
  ["The partners made it very clear they think the receptionists caused the leak.", "blame:emp"],
  ["they do passwords, access cards, laptops", ""],
  ["When the practice went part-remote, the staff helped us write the home-working rules.", ""],
  [
    "Had a suspicious call pretending to be the bank, rang IT, they confirmed it was fake within minutes.",
    "",
  ],
  ["teachers r the worst, they share logins w the kids", "blame:emp"],
  ["I wouldn't call it a relationship, really. We exist, they exist.", "distance"],
  [
    "I feel a bit sorry for our manager. IT never gives her straight answers and she has to face us.",
    "comm",
  ],
  ["They're great people, honestly.", ""],
  ["Yes. In a law office you can't afford downtime and they know it.", ""],
  [
    "The spam filter is so badly tuned that it quarantines the court listings every morning and waves the obvious scams straight through.",
    "conflict blame:sec",
  ],
  [
    "There's no conversation. It's just, um, here's the new rule, effective immediately. Like a decree.",
    "comm power",
  ],
  [
    "Nobody thinks the warehouse staff are the weak spot here. They reported the strange email first.",
    "",
  ],
  ["We used to moan about the IT firm, but since the incident they've really stepped up.", ""],
  ["Head teacher worries that staff would be named and shamed after a data breach.", "feel power"],
  ["We renewed our Cyber Essentials certificate in June.", ""],
  ["The attitude from IT is that we're a risk to be managed, not people.", "blame:emp"],
  ["I'd describe our relationship with IT as easy-going and respectful, on both sides.", ""],
  ["Our policy documents read like a legal contract. No wonder nobody opens them.", "comm"],
  [
    "The client's security team can bar any of our consultants from their site without giving reasons.",
    "power",
  ],
  [
    "Whenever the Wi-Fi drops it's 'IT broke it again', even when it's the landlord's router in the cellar.",
    "blame:sec",
  ],
  [
    "Our head of IT spends an afternoon a month working from the design floor, just to see how we use things.",
    "",
  ],
  ["I know the old helpdesk was hopeless. We're rebuilding it.", ""],
  ["the it manager thinks hes god, what he says goes", "power"],
  [
    "On the packing line we all use the supervisor's login, because getting each of us our own account meant a form, a manager's signature and a two-week wait, and the orders don't wait.",
    "conflict",
  ],
  [
    "Our IT provider isn't the problem at all. They're responsive and they ask what we need first.",
    "",
  ],
  [
    "scared to death of the phishing tests, last girl who failed got named in the meeting",
    "feel power",
  ],
  [
    "Back when I started at the practice, the IT people felt like strict headmasters marching round with clipboards. Now it's a different crew, and it's more like having a neighbour you can knock on.",
    "",
  ],
  [
    "If I waited for approval every time the line needs a software change, we'd never ship anything.",
    "conflict",
  ],
  [
    "There is a faintly colonial air to how the group IT team treats the regional offices: they decide, we comply.",
    "power",
  ],
  ["Lost my badge. My fault entirely.", "blame:self"],
  [
    "I probably annoy them. I never understand the instructions the first time, that's just me.",
    "blame:self",
  ],
  ["They mean well, but the training felt like being told off for an hour.", "comm"],
  [
    "My colleague in IT changes firewall rules and never writes anything down. It's caught us out twice.",
    "blame:sec",
  ],
  ['Half of reception still use "password1". I\'ve seen it.', "blame:emp"],
  ["Night manager has the IT on-call number and has used it twice; answered both times.", ""],
  ["I'm embarrassingly bad at this stuff and I'm sure they know it.", "feel blame:self"],
  [
    "In the logistics yard, nobody's sure who to call about the scanners. We usually ask whoever's been here longest.",
    "distance",
  ],
  [
    "they blamed me for the breach when it was their firewall that was left open",
    "blame:emp blame:sec",
  ],
  ["We're made to feel like children who can't be trusted with scissors.", "power"],
  ["I'm the reason we all had to change our passwords in March.", "blame:self"],
  [
    "Well, no, actually, I'd say they're pretty approachable. People say they're arrogant but I've, I've not seen it.",
    "",
  ],
  [
    "Our office manager is brilliant. She knows everyone and tells me straight what isn't working.",
    "",
  ],
  [
    "I'm meant to do security, the helpdesk, the phones, the CCTV and apparently the coffee machine too.",
    "power",
  ],
  [
    "It doesn't scare me that they monitor the laptops. They were upfront about it from day one.",
    "",
  ],
  ["They send the monthly 'don't click this' newsletter that nobody opens.", "comm"],
  ["I feel like a suspect every time I request access to the client folder.", "feel power"],
  [
    "The VPN instructions had so many abbreviations I gave up halfway and phoned a mate.",
    "comm distance",
  ],
];

export const SECOND_READER: readonly RawExample[] = [
  ...SECOND_READER_1,
  ...SECOND_READER_2,
  ...SECOND_READER_3,
];
