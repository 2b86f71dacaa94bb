import type { RawExample } from "./types.js";
import { VOICES_BU_2 } from "./voices-bu-2.js";
import { VOICES_BU_3 } from "./voices-bu-3.js";
import { VOICES_BU_4 } from "./voices-bu-4.js";

/** Law firm and mixed professional-services office staff on their IT and security people. Written fresh for Rapport (brief BU). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our IT guy knows everyone's name and pops by most mornings. Honestly one of the nicest people in the building.",
    "",
  ],
  [
    "I've worked here four years and couldn't tell you what the security team looks like.",
    "distance",
  ],
  ["They only appear when something's broken, and then they vanish again.", "distance comm"],
  [
    "Every email from them reads like it was written for other IT people, not for conveyancing secretaries.",
    "comm",
  ],
  ["the blocked-site page is the only contact i've ever had with security", "distance comm"],
  [
    "I asked why the client portal was blocked and got a ticket number and nothing else.",
    "comm conflict",
  ],
  [
    "Honestly I'm the weak link, I've fallen for two of their test phishing emails this year.",
    "blame:self",
  ],
  ["Sarah in IT talked me through the new MFA app over coffee, took ten minutes, no fuss.", ""],
  [
    "It feels like they decide things in a back room and we find out when our stuff stops working.",
    "power comm",
  ],
  [
    "I don't bother raising tickets any more, I just ask Dev in accounts, he's better with computers.",
    "distance",
  ],
  ["They treat fee earners like children who can't be trusted with a USB stick.", "power"],
  ["Security here is approachable. I've never felt silly asking a question.", ""],
  ["I get nervous every time I see an email from the security team in my inbox.", "feel"],
  [
    "Couldn't open a drawing file from the engineer for two days because of some filter nobody would explain.",
    "conflict comm",
  ],
  ["They're fine. Quiet, but fine.", ""],
  [
    "We're architects, we need big files moving around, and they act like every Dropbox link is an attack.",
    "conflict blame:sec",
  ],
  [
    "To be fair, half the partners would click on anything that says 'invoice overdue'.",
    "blame:emp",
  ],
  ["Our head of IT sits with us at the Friday lunch, which helps more than any training.", ""],
  [
    "Nobody told us the shared drive would be locked over the weekend. Lost a whole Saturday.",
    "comm conflict blame:sec",
  ],
  ["They answer in acronyms. MFA, SSO, EDR, I just nod.", "comm"],
  [
    "It's me, honestly. I forget passwords constantly and they're very patient about it.",
    "blame:self",
  ],
  ["The security people are based in another office and I've never spoken to one.", "distance"],
  ["Recruitment moves fast and IT moves at the speed of a change request form.", "conflict"],
  ["I'd trust them with my own laptop, never mind the firm's.", ""],
  [
    "When something goes wrong it's always our fault according to them, never the system.",
    "blame:emp conflict",
  ],
  [
    "We had a breach scare last spring and the IT manager came round every desk to explain what happened. Really appreciated that.",
    "",
  ],
  ["they're like ghosts. you know they exist because things get blocked", "distance power"],
  [
    "I don't report dodgy emails any more, I just delete them. Reporting never seemed to do anything.",
    "distance blame:sec",
  ],
  [
    "Our claims handlers are honestly the biggest risk, they'll send anything to anyone who sounds upset on the phone.",
    "blame:emp",
  ],
  ["The policy document is forty pages long and I've no idea who wrote it.", "comm distance"],
  ["It's a small practice, IT is a bloke called Martin who comes in on Tuesdays. Works fine.", ""],
  [
    "I was mortified when they called me about the spreadsheet I sent to my personal email.",
    "feel blame:self",
  ],
  ["Asking them for admin rights is like applying for a mortgage.", "power conflict"],
  ["I think they genuinely want to help, it just doesn't always come across.", "comm"],
  ["Very responsive team. Teams message at 8pm and it was sorted by nine.", ""],
  ["The worst thing is the tone. Every notice sounds like a telling-off.", "comm feel"],
  [
    "I had no clue what I'd done wrong, just got a message saying my account was suspended pending review.",
    "comm power feel",
  ],
  ["They're useless, frankly. Three weeks to set up a new starter's laptop.", "blame:sec conflict"],
  ["I'm sure I'm one of the people they sigh about.", "blame:self feel"],
  ["If I need something I go straight to their desk. They're always happy to see you.", ""],
  ["The IT contractor doesn't really know us, he just knows our machines.", "distance"],
  ["I've stopped asking why. The answer is always 'compliance'.", "comm power distance"],
  ["we joke that security is the department of no", "blame:sec conflict"],
  ["I was worried I'd get in trouble for the phishing click, but they were lovely about it.", ""],
  [
    "Our IT provider caused the outage themselves with a botched update and then billed us to fix it.",
    "blame:sec",
  ],
  [
    "The auditors ask for encrypted transfers and the IT team don't seem to understand why we're in a hurry.",
    "conflict",
  ],
  ["Their training videos are patronising, cartoon burglars and all.", "comm"],
  ["It's the partners who get the exemptions, the rest of us get the lockdown.", "power conflict"],
  [
    "Every time the system flags me I assume I've broken something again. Usually I have.",
    "blame:self feel",
  ],
  ["The security lead did a lunch-and-learn on scams that was genuinely funny and useful.", ""],
  ["Honestly? I avoid them. Less hassle.", "distance"],
  ["They seem to think the biggest threat to the firm is the people working in it.", "blame:emp"],
  [
    "We're told to lock our screens and that's about it. Otherwise you'd never know there was a security team.",
    "distance comm",
  ],
  ["IT are helpful but security are a different beast, you never see them.", "distance"],
  ["I got told off in front of the whole office for leaving a file on the printer.", "feel power"],
  ["Nothing much to say, they keep things running.", ""],
  [
    "I feel stupid ringing them because I don't know the right words for the problem.",
    "feel blame:self",
  ],
  [
    "They blocked WhatsApp Web without warning and half our candidates talk to us on WhatsApp.",
    "conflict comm",
  ],
  ["A good team. If anything I'd like them to explain a bit more, but they always fix it.", ""],
  ["It's always 'raise a ticket'. I wanted a conversation, not a ticket.", "comm distance"],
  [
    "Our insurer mandated the new controls, and IT just passed on the pain without any explanation.",
    "comm conflict",
  ],
  ["I used to dread ringing the helpdesk. The new lot are brilliant.", ""],
  ["The way they talk about 'users' you'd think we were a disease.", "blame:emp power"],
  [
    "I once plugged in a USB stick I found in the car park. Still embarrassed about it.",
    "blame:self feel",
  ],
  ["i have literally never met anyone from IT security, not once, in six years", "distance"],
  ["They're the people who say no and then don't say why.", "power comm blame:sec"],
  [
    "When our server went down on a completion day they were on site within the hour. Can't fault them.",
    "",
  ],
  [
    "Everything gets escalated to some team in Leeds who never reply.",
    "conflict distance blame:sec",
  ],
  ["I'm a bit scared of the IT manager, if I'm honest.", "feel power"],
  ["Security's not my job, I'm here to do the accounts.", "distance"],
  ["Monthly newsletter from IT is actually readable now, short and plain English.", ""],
  ["They see every website I visit and I've no idea what they do with that.", "power feel"],
  [
    "Users here really don't help themselves, passwords on post-its everywhere, including mine.",
    "blame:emp blame:self",
  ],
  ["I've given up explaining to them what a deadline in litigation means.", "conflict distance"],
  ["Their replies are one line. 'Done.' 'Not possible.' 'Against policy.'", "comm"],
  [
    "I don't know what they do all day, to be honest, apart from resetting passwords.",
    "distance blame:sec",
  ],
  [
    "When I made a mistake with a client email, the IT lead helped me recall it and never made me feel bad.",
    "",
  ],
  ["Whenever there's a new rule it's an all-staff email at 5pm on a Friday.", "comm"],
  [
    "We work around the file size limit by splitting drawings into ten emails. Ridiculous.",
    "conflict blame:sec",
  ],
  ["They make you feel like you're bothering them.", "feel power"],
  ["Friendly bunch. Bit geeky but friendly.", ""],
  [
    "The security audit felt like an interrogation. I half expected a lamp in my face.",
    "power feel",
  ],
  [
    "If IT had asked us even once how we actually work, none of this would be a problem.",
    "comm conflict",
  ],
  [
    "I think most of the problems are caused by people like me who don't read the instructions.",
    "blame:self blame:emp",
  ],
  ["I asked what 'conditional access' means and got a link to a Microsoft page.", "comm"],
  ["We have a named IT contact for our team, which makes a big difference.", ""],
  ["It's a bit them and us, if I'm honest.", "distance"],
  [
    "I rang three times about the scanner. Nobody came. Eventually I fixed it myself with a YouTube video.",
    "distance conflict blame:sec",
  ],
  ["They're honestly lovely, and they never make you feel daft for asking.", ""],
  ["Any time I'm called into a meeting with IT, my stomach drops.", "feel"],
  ["The brokers here are hopeless with security, and they'd admit it themselves.", "blame:emp"],
  [
    "Security changed the VPN overnight and nobody could work from home on Monday.",
    "conflict comm blame:sec",
  ],
  ["I don't mind the rules. I mind that nobody explains them.", "comm"],
  ["They're a bit distant but it's a big firm, I get it, and they've always sorted things.", ""],
  ["Nobody ever thanks IT, so I make a point of it. They've saved me more than once.", ""],
  ["I feel like I'm on trial every time I ask for software.", "power feel"],
  [
    "Our receptionist caught a fake invoice last month and IT made a real fuss of her, which was nice.",
    "",
  ],
  ["I'm useless with technology, I'm the one who always breaks the printer.", "blame:self"],
  ["security guys literally speak a different language", "comm"],
  ["I don't go to them unless it's on fire.", "distance"],
  [
    "they changed the password rules again and didn't say why, now everyone's writing them down",
    "comm conflict",
  ],
  ["I'm grateful, really. They stopped a ransomware thing before any of us even noticed.", ""],
  ["Feels like they're watching, not helping.", "power feel"],
  [
    "The IT team are more interested in their dashboards than in the people using the systems.",
    "distance blame:sec",
  ],
  [
    "Colleagues forward spam to the whole office asking 'is this real?' I'd be exasperated too if I were IT.",
    "blame:emp",
  ],
  [
    "It took me a year to realise the 'Information Governance' team were the security people.",
    "distance comm",
  ],
  ["They're approachable, you can just walk over. Our old firm was nothing like it.", ""],
  ["Whenever I ask a question I get an answer to a different question.", "comm"],
  ["There's no point complaining, they'll do what they want regardless.", "power distance"],
  [
    "The helpdesk is outsourced and they read from a script. Useless for anything odd.",
    "blame:sec comm",
  ],
  [
    "Honestly they're the invisible people. You only notice them when the thing you need is blocked.",
    "distance power",
  ],
  ["Reasonable people. They listened when we said the timeout was too short and changed it.", ""],
  ["I feel awful when I have to ring them again about the same thing.", "feel blame:self"],
  ["Our practice manager handles IT and she's very good at explaining things simply.", ""],
  ["It's like talking to a wall. A polite wall, but a wall.", "comm distance"],
  [
    "If you want something installed, you wait. If they want something changed, it happens tonight.",
    "power conflict",
  ],
  [
    "I think the security people would prefer it if we didn't use computers at all.",
    "blame:sec conflict",
  ],
  ["Most breaches start with someone like us, so fair enough they're strict.", "blame:emp"],
  ["They run the phishing tests and then name and shame. Not great for morale.", "power feel"],
  ["Can't complain, the new laptop setup was smooth.", ""],
  ["They don't really explain, they just announce.", "comm"],
  [
    "I've never once had a conversation with our IT provider that wasn't about something going wrong.",
    "comm distance",
  ],
  [
    "the firewall blocks half the planning portals we need. every council site. every single one",
    "conflict blame:sec",
  ],
];

export const VOICES_BU: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BU_2,
  ...VOICES_BU_3,
  ...VOICES_BU_4,
];
