import type { RawExample } from "./types.js";
import { VOICES_AY_2 } from "./voices-ay-2.js";
import { VOICES_AY_3 } from "./voices-ay-3.js";
import { VOICES_AY_4 } from "./voices-ay-4.js";

/** Call-centre agents, team leaders and branch staff of small chains on head-office IT and security. Written fresh for Rapport (brief AY). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The screen locks after two minutes, even when I'm mid-call with a customer reading out their booking reference.",
    "conflict",
  ],
  ["Our IT lot are fine, to be honest. You ring, someone answers.", ""],
  ["Nobody at head office has ever set foot in this branch.", "distance"],
  ["I clicked the fake parcel email. Twice. I'm a liability.", "blame:self feel"],
  [
    "They listen to the recordings and then we get an email about 'tone' from someone we've never met.",
    "power distance comm",
  ],
  ["Headset logins work first time now, which is a small miracle compared to last year.", ""],
  ["Tickets just sit there. Days. I stopped raising them.", "distance conflict"],
  ["honestly i dread the monday phishing results email", "feel"],
  ["The remote support guy was patient and didn't make me feel daft.", ""],
  ["Why does the till PC need a new password every 30 days when we share it anyway?", "conflict"],
  ["They treat us like we're kids who can't be trusted with a USB stick.", "power"],
  [
    "If the system's down we just write the rental agreements on paper and sort it later, no point calling anyone.",
    "distance",
  ],
  [
    "Clean-desk checks are fair enough, I'd rather know my customer's prescriptions aren't lying about.",
    "",
  ],
  ["The clean-desk inspector left a note on my chair like a parking ticket.", "power feel"],
  [
    "I have no idea who actually runs security. A name on an email signature, that's it.",
    "distance",
  ],
  ["Every message from IT is full of letters. MFA, SSO, VPN. Just tell me which button.", "comm"],
  [
    "It's head office IT that causes half our outages, rolling out updates at 9am on a Saturday.",
    "blame:sec conflict",
  ],
  [
    "The people who fall for phishing are the ones who don't read anything properly, let's be honest.",
    "blame:emp",
  ],
  [
    "I feel watched. The screen monitoring tool pops up a little icon and I just freeze.",
    "feel power",
  ],
  [
    "Team leader here. I get a report of who locked their screen and who didn't, and I'm supposed to have a word. Awkward.",
    "power feel",
  ],
  [
    "They sent a poster. A poster! About passwords. Stuck it in the staff room next to the fire drill.",
    "comm",
  ],
  [
    "Remote support took over my mouse while a customer was standing right there. No warning.",
    "conflict comm",
  ],
  ["Their explanations are clear and they don't talk down to you.", ""],
  ["I don't bother reporting the dodgy emails anymore, nothing ever comes back.", "distance"],
  ["Honestly it's probably me, I forget to log out of the headset every shift.", "blame:self"],
  ["They decide everything in head office and we find out when it stops working.", "power comm"],
  ["Call recording doesn't bother me. It's protected me more than once.", ""],
  ["Bit annoying that the screen locks so fast but I get why.", ""],
  ["The new login process takes four minutes. Four. While the queue's building.", "conflict feel"],
  ["Do they even know what a phone shop looks like on a Saturday?", "distance conflict"],
  [
    "I was told off on a group email for leaving my lanyard on the counter. In front of everyone.",
    "feel power comm",
  ],
  ["They're useless. Ticket says resolved, nothing's changed.", "blame:sec"],
  ["The helpdesk phone just rings out.", "conflict"],
  ["The new IT manager came out to visit all the branches, which nobody ever did before.", ""],
  ["I'm hopeless with the booking system, I always end up ringing them.", "blame:self"],
  [
    "We've got a lad in the shop who sorts most stuff, quicker than going through head office.",
    "distance",
  ],
  [
    "Phishing tests feel like a trap. You get caught and then it's a training module and your name on a list.",
    "power feel",
  ],
  ["The IT team are a bunch of faceless email addresses.", "distance"],
  ["it's fine tbh", ""],
  ["I don't mind the monitoring, it's mostly for the auditors.", ""],
  [
    "Whoever designed the password rules has never had to type one with a customer breathing down their neck.",
    "conflict blame:sec",
  ],
  [
    "They talk to us like we're idiots. 'Please ensure you do not click links.' Yes, thanks.",
    "comm power",
  ],
  [
    "I'm a bit scared of them, honestly. You only get an email from security if you've done something wrong.",
    "feel comm",
  ],
  [
    "Our branch manager rings head office IT on our behalf, I've never spoken to them myself.",
    "distance",
  ],
  ["Staff leave their screens unlocked all the time, they just don't think.", "blame:emp"],
  ["It's not them, it's the budget. They're doing their best with kit from 2015.", ""],
  ["Every change comes out of nowhere. New login page, no email, nothing.", "comm"],
  [
    "Felt like a right idiot when the remote tech saw my desktop full of random files.",
    "feel blame:self",
  ],
  [
    "Security and us are on different planets. They want everything locked, we want to sell phones.",
    "conflict distance",
  ],
  ["They answered my ticket within an hour and phoned to check it worked.", ""],
  ["I'm not sure who reads the call recordings or why.", "distance power"],
  ["Remote support is good when you can get it. Getting it is the problem.", "conflict"],
  ["Not once has anyone explained what the monitoring actually looks at.", "comm power"],
  ["Head office IT is decent. Quick on the phone, polite.", ""],
  [
    "Our headsets keep logging out mid call and IT keep saying it's our wifi. It's not.",
    "conflict blame:sec",
  ],
  ["Sometimes I think they forget the branches exist.", "distance"],
  ["I got caught by the phishing test and laughed about it with the team. No harm done.", ""],
  [
    "The clean desk thing is petty. A sticky note with the kettle rota isn't a data breach.",
    "conflict",
  ],
  ["They're always in meetings. Always.", "conflict distance"],
  [
    "The travel agency side gets ignored, everything IT does is built for the call centre.",
    "distance conflict",
  ],
  ["I'd rather fix it myself than wait on hold for forty minutes.", "distance conflict"],
  ["The tone of their emails is so cold. 'It has come to our attention.'", "comm feel"],
  ["I don't understand half the instructions and I'm too embarrassed to ask.", "comm feel"],
  ["I like that they send a short video instead of a long email. Easy to follow.", ""],
  ["They're the ones with all the power. We just get told.", "power"],
  ["Security training was actually quite good this year, short and to the point.", ""],
  [
    "The blocked websites list means I can't even check the ferry timetables for customers.",
    "conflict",
  ],
  ["Who are these people?", "distance"],
  [
    "IT gets blamed for everything but half of it is user error, I've seen what people do.",
    "blame:emp",
  ],
  ["My fault really, I kept writing my password on the back of the keyboard.", "blame:self"],
  [
    "We're monitored like a factory line. Every second between calls is logged and reported upwards.",
    "power feel",
  ],
  [
    "They have no clue. None. They rolled out a new CRM without testing it in a single branch.",
    "blame:sec distance",
  ],
  ["I've never felt talked down to by IT, they're pretty normal people.", ""],
  [
    "Kind of annoying when they close the ticket without asking if it's fixed.",
    "conflict feel comm",
  ],
  [
    "The branch network goes down and it's 'raise a ticket'. On what, the network that's down?",
    "conflict",
  ],
  ["Remote support sessions are spot on. I watch them fix it and sometimes learn something.", ""],
  ["When I started I didn't know head office had an IT team at all.", "distance"],
  [
    "The phishing simulation came dressed up as an HR email about pay. That felt nasty.",
    "feel conflict",
  ],
  [
    "we just share the one login on the rental desk, everyone does, IT have given up chasing it",
    "distance",
  ],
  [
    "They won't let us install anything, not even the supplier's catalogue app, without a form that takes a week.",
    "conflict power",
  ],
  ["I think they mean well but it comes across as nagging.", "comm"],
  ["They sorted my laptop the same day. Brilliant.", ""],
  ["You can't argue with them. They just say it's policy.", "power conflict"],
  ["I feel nervous every time the screen recording light comes on.", "feel"],
  ["Honestly the call recording is more about catching us out than training.", "power feel"],
  ["The IT person who visits once a quarter is lovely and always asks how we're getting on.", ""],
  ["Their emails come after the change, not before.", "comm"],
  [
    "They've made it so hard to log in that people just don't lock their screens, which is the opposite of what they wanted.",
    "conflict blame:sec",
  ],
  ["People here will click anything with a cat picture on it.", "blame:emp"],
  [
    "I'm in the estate agency branch and I've had to work off my personal phone because the laptop was locked out for three days.",
    "conflict",
  ],
  ["To be fair, they reset my password in about two minutes.", ""],
  [
    "There's a sort of us-and-them thing. They're upstairs in head office, we're the shop floor.",
    "distance",
  ],
  ["Every interaction feels like being marked on a test.", "power feel"],
  ["I don't know who to call so I call my team leader, who doesn't know either.", "distance"],
  [
    "The helpdesk scripts are maddening. Have you tried turning it off and on? Yes. Three times.",
    "feel conflict",
  ],
  ["Our headset logins got simplified after we complained, which was nice to see.", ""],
  ["The acronyms in the security bulletin could fill a dictionary.", "comm"],
  ["The security team seem to think we're the enemy.", "power conflict"],
  ["It's embarrassing having the remote tech watch you fumble your own password.", "feel"],
  ["They're very responsive and they come back to you even when it's not their fault.", ""],
  [
    "No one asked the branches before they changed the till login. We found out at 8:55 on a Monday.",
    "power comm",
  ],
  [
    "I was anxious about the monitoring at first but they explained exactly what they look at, and it's fine now.",
    "",
  ],
  [
    "The people at head office have no idea what we deal with, and they don't want to know.",
    "distance",
  ],
  ["It's always 'the user' in their emails, never a name.", "comm distance"],
  [
    "They lock the screen so fast I've lost half-typed notes more times than I can count.",
    "conflict feel",
  ],
  ["IT don't trust us. Simple as that.", "power"],
  ["I wish they'd just come down and talk to us once.", "distance"],
  ["I'm not techy at all and they've never once made me feel bad about it.", ""],
  [
    "The monthly phishing report names and shames the branches with the most clicks. We're bottom every month.",
    "power feel",
  ],
  ["Tickets vanish into a black hole.", "blame:sec conflict"],
  ["Security is a department that says no.", "conflict"],
  ["I think monitoring screens is reasonable in a call centre, it's how you spot problems.", ""],
  ["Ask a simple question, get a paragraph about compliance frameworks.", "comm"],
  [
    "They made Daisy redo the security course because she left her badge in the car. She cried.",
    "feel power",
  ],
  ["If I'm honest I avoid ringing them, they make me feel stupid.", "distance feel"],
  [
    "Remote support was quick but the tech didn't say a word the whole time, just took over.",
    "comm",
  ],
  ["They've been better lately, actually answering the phone.", ""],
  [
    "The head office IT crowd couldn't organise a password reset in a hurry if their lives depended on it.",
    "blame:sec",
  ],
  ["I'm probably the one who'll get us hacked, to be fair.", "blame:self feel"],
  ["The clean desk audit found a customer's driving licence copy on the counter. Fair cop.", ""],
  [
    "They updated the tablets overnight and the car check-in app stopped working. No one told us.",
    "conflict comm blame:sec",
  ],
  ["Nothing against them personally, I just don't know any of them.", "distance"],
];

export const VOICES_AY: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AY_2,
  ...VOICES_AY_3,
  ...VOICES_AY_4,
];
