import type { RawExample } from "./types.js";
import { VOICES_K_2 } from "./voices-k-2.js";
import { VOICES_K_3 } from "./voices-k-3.js";

/**
 * Security and IT practitioners (sole admins, MSP engineers, security officers, data-protection
 * leads, pen testers, compliance, vendors, speakers, trainers) on users and management, and
 * owners/managers on their IT and security people. Written fresh for Rapport (brief K).
 * Continued in voices-k-2.ts and voices-k-3.ts (one file per few hundred lines).
 */
const FIRST: readonly RawExample[] = [
  // Short answers
  ["Clickers.", "blame:emp"],
  ["Knackering.", "feel"],
  ["Tickets and silence.", "comm distance"],
  ["They pay, I obey.", "power"],
  ["Strangers, really.", "distance"],
  ["Grown adults who can't lock a screen.", "blame:emp"],
  ["Better than last year.", ""],
  ["Prickly.", "conflict"],
  ["One-way traffic.", "comm"],
  ["Our IT? Useless.", "blame:sec"],
  ["Respectful, I'd say.", ""],

  // Sole IT admins in small firms
  [
    "I'm the IT department, the security team and, on Fridays, the person who descales the kettle.",
    "",
  ],
  [
    "Every quarter I ask the owner for a proper backup budget, and every quarter the answer is 'next quarter'.",
    "power conflict",
  ],
  [
    "I keep the door open and the biscuit tin full, and people pop in to ask about dodgy texts. Beats any policy.",
    "",
  ],
  [
    "I'm not invited to the Monday meeting; I learn about a new client when someone needs an account for them.",
    "distance comm",
  ],
  ["My stomach knots up whenever the finance manager's name lights up my phone.", "feel"],
  [
    "Nobody's fault but mine: I set that admin password in 2017 and never changed it.",
    "blame:self",
  ],
  [
    "They ring me at home on a Sunday because the shared drive is 'being weird', then ignore my emails all week.",
    "comm conflict",
  ],
  ["Whatever I send, the office reads the subject line and hits delete.", "comm distance"],
  ["The women in accounts spot scam invoices faster than I do, to be fair to them.", ""],
  ["I've stopped nagging the MD about his updates. His laptop, his funeral.", "distance"],
  ["I get the impression they think I sit in the back room playing solitaire all day.", "feel"],
  [
    "Nobody from the shop floor comes upstairs to IT unless a supervisor has sent them.",
    "distance",
  ],

  // MSP engineers
  [
    "We hear from the client's staff about twice a year, and both times something has already gone wrong.",
    "comm distance",
  ],
  [
    "The dental receptionist keeps the admin password on a yellow sticky under the keyboard, and the dentist thinks that's fine.",
    "blame:emp",
  ],
  [
    "Contractually I'm a voice on a support line. I've never met most of the people whose data I look after.",
    "distance comm",
  ],
  [
    "When they got hit, the owner's first words to me were 'so what exactly are we paying you for?'",
    "blame:sec conflict",
  ],
  [
    "It was our patch window that left the gap open, I'll hold my hands up; the client's staff did nothing wrong.",
    "blame:self",
  ],
  [
    "We do a fifteen-minute 'ask the engineer' slot at each client's team meeting now, and the questions have got so much sharper.",
    "",
  ],
  [
    "The client's practice manager decides what we're allowed to fix. We're a pair of hands with a login.",
    "power",
  ],
  [
    "The solicitors' partners refuse MFA on principle and we're told, in writing, to carry the risk.",
    "power conflict",
  ],
  [
    "Staff at the estate agency will tap 'approve' on any push prompt just to make their phone stop buzzing.",
    "blame:emp",
  ],
  [
    "I'm sick of eating the blame for outages caused by the client's own bargain-bin hardware.",
    "feel conflict",
  ],
  [
    "Interviewee (MSP engineer) shrugged: 'they click, we clean, that's basically the business model'.",
    "blame:emp",
  ],
  [
    "The first thing we did after the breach was send the client a list of everything his staff had done wrong. Not our finest hour.",
    "blame:emp blame:self comm",
  ],

  // Security officers and heads of security
  [
    "Drop a memory stick marked 'bonuses' in the canteen and I promise you it's in a laptop before lunch.",
    "blame:emp",
  ],
  [
    "Staff will take the shortcut every single time. That's just human nature and I've stopped fighting it.",
    "blame:emp distance",
  ],
  [
    "I took the risk register to the board and the chairman asked whether it could wait for the new financial year.",
    "power",
  ],
  [
    "My reports go up to the exec team and vanish. No questions, no decisions, no reply.",
    "comm distance",
  ],
  ["I'm permanently braced for the phone call that says we've been hit.", "feel"],
  [
    "The warehouse managers nod through the whole briefing and then wedge the fire door open with a bin.",
    "blame:emp",
  ],
  ["If people simply did what the policy says, I might get a holiday this year.", "blame:emp"],
  [
    "We tighten something, they find a way round it, we tighten it again. It's an arms race with our own colleagues.",
    "conflict distance",
  ],
  [
    "I got the blame for the leak even though I'd flagged that exact risk in writing six months before.",
    "blame:sec feel",
  ],
  ["Nobody tells me when someone leaves, so their accounts stay live for months.", "comm distance"],
  [
    "I've never met a nurse who wanted to leak data. I've met plenty whose system made it the quickest option.",
    "",
  ],
  [
    "I started writing 'we missed it' instead of 'you clicked it' and the number of reports doubled in a month.",
    "",
  ],
  [
    "Users are our first line of defence and, around here, usually the first thing to fall over.",
    "blame:emp",
  ],
  [
    "Anyone who fails the phishing test puts a fiver in the charity jar. Morale is not great.",
    "power feel blame:emp",
  ],
  [
    "Give the sales team a written warning for every fake link they click and you'd see them shape up fast.",
    "blame:emp power",
  ],
  [
    "Some days I think I'm the only person in the building who gives this any thought.",
    "feel distance",
  ],
  [
    "The technical director contests every control I propose, usually in front of his own team.",
    "conflict power",
  ],
  ["Projects land on my desk the week before go-live. I'm an afterthought here.", "power"],
  [
    "I've been told to 'stop frightening people' every time I mention ransomware in a meeting.",
    "power conflict",
  ],
  ["I get eight minutes at the end of the quarterly board, straight after lunch.", "power"],
  [
    "Every budget talk ends with 'what's the worst that could happen?' and they never let me answer.",
    "power comm",
  ],
  ["We got on fine until the new chief exec decided IT was a luxury item.", "conflict power"],
  ["It's lonely. I understand the risk, and nobody here wants to hear about it.", "feel distance"],
  ["People only know me as the woman who sends the fake emails.", "distance"],
  [
    "When the board asks who let the attackers in, they look at me, not at the person who cut my budget.",
    "blame:sec power feel",
  ],
  [
    "We read staff email when HR asks us to. Staff don't know, and I'm not comfortable with it.",
    "power feel",
  ],
  [
    "The old security officer shouted at people. The new one asks them questions. Reports have gone through the roof.",
    "",
  ],

  // Data protection leads
  [
    "The marketing team treat the customer database like their own Christmas card list.",
    "blame:emp",
  ],
  [
    "Every subject access request turns into a tug of war with whichever department holds the data.",
    "conflict",
  ],
  [
    "I'm the data protection lady, so people stop talking when I walk into the kitchen.",
    "distance power",
  ],
  ["Staff seem to think GDPR means they can't tell a customer what day it is.", "conflict"],
  [
    "I raised the breach with the directors and was told to keep it quiet until the sale went through.",
    "power conflict",
  ],
  ["HR sends me nothing until a tribunal is looming.", "comm distance"],
  [
    "It's my own doing that nobody comes to me; my first training session was two hours of legislation.",
    "blame:self distance comm",
  ],
  [
    "The carers shred nothing. I've fished care plans out of the recycling more times than I can count.",
    "blame:emp",
  ],
  [
    "I rewrote the privacy notices so a twelve-year-old could follow them, and the questions I get now are actually useful.",
    "",
  ],
  ["The data protection officer at group level only writes to us in clause numbers.", "comm"],

  // Penetration testers
  [
    "Eleven years of social engineering jobs and I've been stopped at reception twice.",
    "blame:emp",
  ],
  [
    "The client's IT team took my report as a personal attack and spent the debrief arguing about severity scores.",
    "conflict",
  ],
  [
    "We found the hole and the IT manager was hauled before the board for it. That's not what a test is for.",
    "blame:sec power",
  ],
  [
    "Most of the 'human failures' in my reports are design failures with a person standing next to them.",
    "",
  ],
  [
    "The receptionist did exactly what her training told her to do, which was be helpful. That's how I got in.",
    "",
  ],
  [
    "Clients want a pass mark, not a conversation. They read the summary and bin the rest.",
    "distance",
  ],
  [
    "I watched an entire sales floor type their credentials into my fake login page inside an hour.",
    "blame:emp",
  ],
  [
    "The MD asked for the names of everyone who fell for the test so he could 'have a word'. I didn't hand them over.",
    "blame:emp power",
  ],
  [
    "I write the report in plain English first and the technical appendix second, and the owners actually read it.",
    "",
  ],

  // Compliance
  ["Audit season is the only time anyone in operations answers my emails.", "comm distance"],
  ["Branch managers think compliance is paperwork I invent to look busy.", "conflict"],
  [
    "I have to sign off every exception, so I'm the villain in every project meeting.",
    "conflict feel",
  ],
  ["People tick 'I have read the policy' about four seconds after opening it.", "blame:emp"],
  [
    "I'm worn out from saying no and then being told I don't understand the business.",
    "feel conflict",
  ],
  [
    "We swapped the annual lecture for short chats in team meetings, and people ask things now.",
    "",
  ],
  [
    "Compliance reports to the same director whose team keeps breaking the rules. Guess how that goes.",
    "power conflict",
  ],
  [
    "The traders' manager admitted the rules made no sense for his desk, so we rewrote them together.",
    "",
  ],
  ["My findings get forwarded to staff with 'see below' and not a word of explanation.", "comm"],

  // Vendors, speakers, trainers
  ["You can patch a server, but nobody has found a patch for Gary in accounts.", "blame:emp"],
  ["The attacker doesn't need a zero-day when he's got your staff.", "blame:emp"],
  ["Technology is the easy bit. People are the mess.", "blame:emp"],
  [
    "At my talks I ask who has ever clicked a phishing link. No hands go up, and every one of them is fibbing.",
    "blame:emp",
  ],
  [
    "Trainer here: the groan when I walk into the room tells you everything about how security has been taught.",
    "feel blame:sec",
  ],
  [
    "I dropped 'humans are the weakest link' from my opening slide. It made audiences defensive and it isn't true.",
    "",
  ],
  [
    "Vendor pitch, word for word: 'we turn your riskiest employees into your strongest asset'.",
    "blame:emp",
  ],
  [
    "A sales engineer at the expo told me to 'assume every user is already compromised'.",
    "blame:emp power",
  ],
  [
    "When I train small firms, the owners always want a list of the 'weak ones' so they can watch them.",
    "blame:emp power",
  ],
  ["Speakers love a story about a daft user. Nobody tells the one about the daft login page.", ""],
  ["We sell good tools; it's the end users who let them down.", "blame:emp"],
  [
    "Awareness training is broken, and we vendors broke it with cartoons and multiple-choice quizzes.",
    "blame:self",
  ],
  [
    "I've run the same course for six years and I'm not sure one habit has changed. Maybe that's on me.",
    "blame:self feel",
  ],
  ["Human error isn't a root cause. It's where the investigation stopped looking.", ""],
  ["Every company has a firewall. Every company also has a Steve.", "blame:emp"],
  [
    "Most security teams I've audited cause half their own incidents with clumsy tooling.",
    "blame:sec",
  ],
];

export const VOICES_K: readonly RawExample[] = [...FIRST, ...VOICES_K_2, ...VOICES_K_3];
