import type { RawExample } from "./types.js";
import { VOICES_CW_2 } from "./voices-cw-2.js";
import { VOICES_CW_3 } from "./voices-cw-3.js";
import { VOICES_CW_4 } from "./voices-cw-4.js";
import { VOICES_CW_5 } from "./voices-cw-5.js";
import { VOICES_CW_6 } from "./voices-cw-6.js";

/** Managers (team leads, department heads, ops/finance managers, owners of 10-250 staff firms) talking in interviews about IT/security people and their own staff. Written fresh for Rapport (brief CW). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our IT lead and my sales team get on fine. He sits with them on Fridays and nobody minds asking him things.",
    "",
  ],
  [
    "Honestly my people are terrified of the security team. One wrong click and they think they'll be sacked.",
    "feel power",
  ],
  [
    "I signed the new firewall contract without really understanding what it does. I just trusted the guy.",
    "power",
  ],
  ["The security budget came out of my department's line and nobody asked me first.", "power"],
  ["When the audit came round, IT knew about it for weeks and told us two days before.", "comm"],
  [
    "My team keeps forwarding the phishing tests to everyone asking if they're real. That's on us, not IT.",
    "blame:emp",
  ],
  ["We only hear from the IT provider when an invoice or an incident lands.", "comm distance"],
  [
    "I've never met whoever runs security at head office. Couldn't tell you their name.",
    "distance",
  ],
  ["they're good, genuinely. quick, polite, no drama", ""],
  [
    "My lads in the warehouse share one login for the scanner because the proper setup takes too long. I know, I know.",
    "conflict",
  ],
  [
    "I should have pushed for training budget last year. The phishing mess in March was partly my doing.",
    "blame:self",
  ],
  [
    "Every request for a new tool goes into a portal and vanishes for three weeks. My staff have stopped asking.",
    "comm distance conflict",
  ],
  ["Our IT manager explains things in plain English. My accountants actually like him.", ""],
  [
    "Half the emails from the security team are acronyms. My people just delete them.",
    "comm distance",
  ],
  [
    "I don't think the IT people are the problem. It's that we give them no time and no money.",
    "blame:self",
  ],
  [
    "They lock everything down and then act surprised when people use their own phones.",
    "conflict blame:sec",
  ],
  [
    "The head of IT treats my team like kids who can't be trusted with a USB stick, and it grates on them.",
    "power feel",
  ],
  [
    "My staff are embarrassed to call the helpdesk after the last lad who rang got laughed at.",
    "feel comm",
  ],
  [
    "We had a proper sit-down with the security lead in spring and cleared the air. It's been good since.",
    "",
  ],
  ["I'm a finance manager. I approve the IT spend. Do I understand half of it? No.", "power"],
  [
    "If I'm honest I avoid the security guys too. Every conversation turns into a lecture.",
    "distance comm",
  ],
  [
    "The MSP is responsive. Tickets get answered within the hour, and they ring if it's complicated.",
    "",
  ],
  [
    "People in my team write passwords on sticky notes. I've told them. They don't listen.",
    "blame:emp",
  ],
  [
    "Nobody in IT ever asks how the changes land for us. They decide, we live with it.",
    "power comm",
  ],
  [
    "Our auditor flagged twelve issues and IT acted like it was my department's doing. It wasn't.",
    "conflict",
  ],
  [
    "I'll be straight, the IT team here is useless. Two people, both swamped, neither answers the phone.",
    "blame:sec conflict",
  ],
  ["Our IT crew is stretched thin, not incompetent. Big difference.", ""],
  [
    "maybe its just me but the new security guy seems a bit cold. hasn't said hello to anyone in my team",
    "distance",
  ],
  [
    "I got a call from IT on a Sunday saying my account was compromised, and I looked like an idiot in front of my director.",
    "feel",
  ],
  ["The training videos are patronising. My warehouse staff aren't children.", "comm power"],
  [
    "We switched MSPs last year and the new lot actually turn up in person once a month. Makes a difference.",
    "",
  ],
  [
    "My team will click anything. Free pizza voucher? Click. Invoice from a stranger? Click.",
    "blame:emp",
  ],
  [
    "It's not my staff's fault they click. The emails are convincing and they've had zero training, and that's on me, I never booked it.",
    "blame:self",
  ],
  [
    "IT says no to everything. Dropbox, no. Zoom, no. A second monitor, somehow also no.",
    "conflict blame:sec",
  ],
  [
    "I'm the owner, 40 staff, and frankly the IT contractor has more say over how we work than I do.",
    "power",
  ],
  [
    "When something breaks my office manager just fixes it herself. She hasn't called the helpdesk in a year.",
    "distance",
  ],
  ["we don't really interact with the security side. they do their thing, we do ours", "distance"],
  [
    "The CISO came down to our floor, bought coffees and listened for an hour. First time ever, and it was great.",
    "",
  ],
  [
    "My guys dread the quarterly access review. It's three hours of justifying why they need the drive they use every day.",
    "feel power",
  ],
  [
    "IT sent the audit report straight to the board. I only saw it because someone left a copy on the printer.",
    "comm power",
  ],
  [
    "I was cross at first about the new two-step login, but they explained why and now I get it.",
    "",
  ],
  [
    "Our sysadmin is brilliant but he talks in riddles. My team nod along and then come to me to translate.",
    "comm",
  ],
  [
    "I keep approving security spend I can't evaluate. What am I meant to do, say no to security?",
    "power",
  ],
  ['There\'s a running joke in my team that IT stands for "Ignore Tickets".', "blame:sec"],
  [
    "Marketing and IT had a proper shouting match over the website plugin. I had to step in.",
    "conflict",
  ],
  [
    "I think my staff worry too much about getting it wrong. The IT team are actually quite forgiving.",
    "feel",
  ],
  [
    "Nobody gets told off for reporting a mistake here. Our IT lead made that very clear from day one.",
    "",
  ],
  [
    "The firewall blocked our biggest client's portal during tender week. I was livid.",
    "conflict feel",
  ],
  [
    "I can't tell if our security is any good. I just have to take the provider's word for it.",
    "power",
  ],
  ["They send a newsletter nobody reads. That's the whole relationship.", "comm distance"],
  [
    "I'm partly at fault. I told the team the rules were IT nonsense and they took me at my word.",
    "blame:self",
  ],
  ["Our IT person is part of the furniture, in a good way. Everyone knows Sanjay.", ""],
  [
    "I've had two staff in tears after the 'you failed the phishing test' email. It reads like a disciplinary.",
    "feel power",
  ],
  [
    "Security are never around when we need them and always around when we've done something wrong.",
    "conflict comm",
  ],
  ["fine. no complaints. they fix stuff.", ""],
  [
    "The password rules change every few months and nobody says why, so my staff just write the new one down.",
    "comm conflict",
  ],
  ["If my team had their way there'd be no security at all. They see it as red tape.", "conflict"],
  ["The IT department at group level is a black box. Requests go in, decisions come out.", "power"],
  [
    "I should ask the IT lead more questions but I don't want to look stupid in front of him.",
    "feel distance",
  ],
  [
    "Budget was cut, security training was the first thing to go, and I agreed to it. Bad call.",
    "blame:self",
  ],
  [
    "They made a huge fuss about a USB stick my receptionist plugged in. Like she was a spy.",
    "power conflict",
  ],
  ["Honestly my team's relationship with IT is better than with HR.", ""],
  [
    "Our IT guy left and nobody told us for a fortnight. Tickets just went nowhere. My team were fuming.",
    "comm feel",
  ],
  [
    "My department heads keep asking me to 'have a word' with IT. I'm running out of words, and patience.",
    "conflict feel",
  ],
  [
    "The security team runs surprise checks on desks after hours. My people find it creepy.",
    "power feel",
  ],
  [
    "We get along. I buy their team lunch when they pull a late one for us, and they return the favour.",
    "",
  ],
  ["i approve whatever they put in front of me tbh. no idea what half of it is", "power"],
  [
    "The new starter had no laptop for a week because IT and HR couldn't agree whose job it was.",
    "conflict",
  ],
  ["They don't talk down to us. They're just busy.", ""],
  ["They don't talk down to us, they talk past us. Different problem.", "comm"],
  [
    "I used to think IT were gatekeepers. After a week shadowing them I realised they're firefighting all day.",
    "",
  ],
  [
    "My biggest worry is that one of mine causes a breach and I get hauled in front of the directors.",
    "feel",
  ],
  ["Frankly the weakest link in this company is my sales team. Bless them.", "blame:emp"],
  ["It's not the users, it's the ancient software IT refuses to replace.", "blame:sec"],
  ["It's not the users, it's the ancient software we can't afford to replace.", ""],
  ["The MSP rep speaks to me like I'm a toddler whenever I question an invoice.", "comm power"],
  [
    "I asked the IT lead to explain the risk register in plain words and he did, patiently. Appreciated that.",
    "",
  ],
  [
    "My team have stopped raising tickets. They just message Dave on WhatsApp and hope.",
    "conflict",
  ],
  [
    "The auditors asked me about our access controls and I had no idea. IT hadn't told me anything. Mortifying.",
    "comm feel",
  ],
  [
    "Security blocked a payment run at quarter end and nobody in IT could be reached. We looked like amateurs to the bank.",
    "conflict feel",
  ],
  [
    "I'd say the relationship is polite but there's no real contact. We're strangers who email.",
    "distance comm",
  ],
  [
    "When I took over the department, IT and my staff weren't speaking. It's taken a year, and it's mostly fixed now.",
    "",
  ],
  [
    "Our controller is scared to touch anything in the finance system without IT's blessing.",
    "feel power",
  ],
  ["I think IT see my team as a risk to be managed rather than colleagues.", "power"],
];

export const VOICES_CW: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CW_2,
  ...VOICES_CW_3,
  ...VOICES_CW_4,
  ...VOICES_CW_5,
  ...VOICES_CW_6,
];
