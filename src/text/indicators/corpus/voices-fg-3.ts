import type { RawExample } from "./types.js";

/** Part 3 of batch FG (see voices-fg.ts). */
export const VOICES_FG_3: readonly RawExample[] = [
  ["We sort most things out ourselves on site.", "distance"],
  ["no idea what they do all day tbh", "distance"],
  ["Stopped going to the optional sessions years ago.", "distance"],
  ["Good relationship I think, although I've no idea who's actually on the team.", "distance"],
  ["They're on a different floor and might as well be a different company.", "distance"],
  ["To be fair half our drivers would click on anything that says 'parcel'.", "blame:emp"],
  [
    "Some people in the office are careless with passwords, that's the real problem, not IT.",
    "blame:emp",
  ],
  [
    "The issue is the receptionists who leave the PC logged in all day with the diary open.",
    "blame:emp",
  ],
  ["I imagine they see us as a bunch of idiots who click on everything.", "blame:emp"],
  [
    "Some of our consultants deserve the lectures tbh, they forward CVs to their personal Gmail all the time.",
    "blame:emp",
  ],
  [
    "How would they describe it? 'Users are the weakest link.' It's literally on one of their slides.",
    "blame:emp",
  ],
  ["Apprentices get blamed for every virus on site even when it's the office staff.", "blame:emp"],
  ["Useless. Took three days to reset a password.", "blame:sec"],
  ["Our provider hasn't a clue how a bakery runs.", "blame:sec"],
  ["The IT firm's update caused more downtime than any hacker ever has.", "blame:sec"],
  ["They're the reason the site tablets never work.", "blame:sec"],
  [
    "Honestly the security guy is the biggest risk here, he left the server cupboard wide open all weekend.",
    "blame:sec",
  ],
  [
    "Cheerful enough on the phone but the fixes never stick, same printer fault every single week.",
    "blame:sec",
  ],
  [
    "The helpdesk is nice but they blame the booking software vendor for everything and the vendor blames them.",
    "blame:sec",
  ],
  ["Honestly I'm probably the worst at it, I use the same password everywhere.", "blame:self"],
  ["Clicked the fake parcel link last month, totally my own fault.", "blame:self"],
  [
    "Us lot in the kitchen are hopeless with the tablets, bless them for putting up with us.",
    "blame:self",
  ],
  ["We're all a bit lazy about it, me included.", "blame:self"],
  [
    "Website blocker stops me looking at candidates' portfolio sites. Every. Single. Day.",
    "conflict feel",
  ],
  ["Disappointed. We expected a lot more for what we pay them.", "feel blame:sec"],
  [
    "The partners overrule her every time, so she's more or less stopped raising anything.",
    "power distance",
  ],
  [
    "Decisions come down with no explanation, one morning the scanning app was just gone.",
    "power comm",
  ],
  [
    "Can't even install a font without a ticket and a three day wait. Ridiculous for a print shop.",
    "power conflict feel",
  ],
  ["We're the problem really, not them. Nobody reads a word they send.", "blame:self comm"],
  [
    "Locked out on a Saturday with a coach party waiting and nobody answered the out-of-hours line, so I sent the vouchers from my personal email.",
    "conflict comm",
  ],
  [
    "The phishing test results named and shamed people in front of the whole depot. Humiliating.",
    "blame:emp feel",
  ],
  ["They talk to us like children. 'Remember, don't click links!!' yes thank you 🙄", "comm feel"],
  ["They'd call us a headache and honestly, fair enough, we never follow the rules.", "blame:self"],
  [
    "IT speak from start to finish and then they wonder why nobody finishes the training.",
    "comm distance",
  ],
  [
    "Our outsourced guys are in Manchester, never visit, take days to reply. Might as well not exist.",
    "distance comm blame:sec",
  ],
  ["They watch our screens remotely and you never know when. Creepy.", "power feel"],
  [
    "Reported a dodgy email once and got a lecture about why I'd opened it. Never reporting anything again.",
    "comm distance",
  ],
  ["They make the rules, we get the blame when it goes wrong.", "power blame:emp"],
  ["Them and us, to be honest.", "conflict distance"],
  [
    "Lovely but clueless is probably how they see us. Which stings, because it's a bit true.",
    "blame:self feel",
  ],
  [
    "Bad experience: my laptop got wiped remotely because they decided it was stolen. It was in my van. Lost a week of quotes.",
    "power blame:sec",
  ],
  [
    "I dread the training every year, it's a test you can fail and your manager sees the score.",
    "feel power",
  ],
  [
    "They sent a 'final warning' email to the whole kitchen because one person plugged a phone into the till. Felt like being back at school.",
    "comm feel",
  ],
  [
    "im scared to ask them anything, last time he sighed and said 'its literally on the intranet'",
    "feel comm",
  ],
  [
    "Our office manager paid a fake invoice, and IT had never warned us about that scam even though it was all over the news.",
    "comm blame:sec",
  ],
  [
    "It's us in the print room who cause most of their headaches, I'll admit. We bypass everything to hit deadlines.",
    "blame:self conflict",
  ],
  [
    "Every branch manager has given up emailing them and just rings the owner's nephew instead.",
    "distance comm",
  ],
  [
    "From their side we're a nightmare. From ours they're a brick wall.",
    "conflict blame:emp blame:sec",
  ],
  [
    "The CISO (we have one now apparently?) sends a video message every month. Never seen him in real life.",
    "comm distance",
  ],
  [
    "Asked three times for the wifi details for the marquee event, still waiting, ended up running the card reader off my own hotspot.",
    "comm conflict",
  ],
  ["they never explain why, its always just 'for security reasons'", "comm power"],
  ["Not bothered anymore, they never act on anything we flag anyway.", "distance comm"],
  [
    "First week here I got told off in front of the whole office for leaving my screen unlocked. Still cringe about it.",
    "feel comm",
  ],
  [
    "bad experience = whole POS went down on the bank holiday weekend and their emergency number went to voicemail. lost thousands",
    "conflict comm",
  ],
  ["Probably think we're a bunch of grannies who can't work a mouse 🙄", "blame:emp feel"],
  [
    "If I'm honest I avoid IT altogether, they make me feel like I'm bothering them.",
    "distance feel",
  ],
  [
    "Security training says check the sender, yet there own emails come from a random address that looks exactly like phishing.",
    "comm blame:sec",
  ],
  [
    "They locked every seasonal picker's account without warning right in the middle of peak.",
    "conflict comm",
  ],
  [
    "Bit of a master and servant thing. We make them tea when they come on site and they still can't fix the wifi.",
    "power blame:sec",
  ],
  ["They think the bakery lads are thick, and they make sure you know it.", "blame:emp comm"],
];
