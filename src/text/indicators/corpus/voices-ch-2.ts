import type { RawExample } from "./types.js";

/** Electricians' firms and independent garages: owners, family, fitters, office staff. Written fresh for Rapport (brief CH). */
export const VOICES_CH_2: readonly RawExample[] = [
  [
    "Our garage software was set up by my wife's nephew and he made sure three of us have the admin login.",
    "",
  ],
  ["If he's away there's a number for a backup firm he arranged. Never needed it yet.", ""],
  [
    "Diagnostic laptop's been nagging about updates for months, I just click later. Haven't got time.",
    "distance",
  ],
  ["The mechanics think cyber security is something that happens to banks.", "blame:emp distance"],
  ["I'm a sparky, I know wiring, not Wi-Fi. When the office PC goes I ring my daughter.", ""],
  ["Our IT is my daughter, and she's very good, very patient, even with me.", ""],
  [
    "The lad from the computer shop explained the backup thing in plain English. First time anyone has.",
    "",
  ],
  ["Everyone before him talked to us like we were thick, but that's all behind us now.", ""],
  [
    "The owner decided we all need fingerprint logins on the tablets. Greasy hands, doesn't work, nobody asked us.",
    "conflict power",
  ],
  ["The workshop tablet locks after ten minutes, which is about right for us.", ""],
  [
    "Honestly the fitters are a liability with email. One of them replied to a scam with his bank details.",
    "blame:emp",
  ],
  ["I was the one who replied to the scam. Still gutted about it.", "blame:self feel"],
  ["Our IT guy answers the phone with 'what have you done now'.", "comm blame:emp"],
  [
    "dreading the day the computer dies, everything's on it and I've no idea if it's backed up",
    "feel",
  ],
  ["My brother-in-law showed me the backup working, restored a file right in front of me.", ""],
  ["I don't want to keep pestering Steve, he does it as a favour.", "distance feel"],
  ["Steve's brilliant. Comes round, sorts it, has a brew, tells you what he did.", ""],
  ["The computer firm emails a monthly report full of graphs that mean nothing to me.", "comm"],
  [
    "I file the monthly IT report straight in the recycling, don't understand it, don't need to.",
    "distance comm",
  ],
  [
    "The boss put trackers on the vans and announced it at the Christmas do. Went down like a lead balloon.",
    "power conflict",
  ],
  [
    "We're trusted to rewire houses but not to install a PDF reader. Make it make sense.",
    "power conflict",
  ],
  [
    "The electricians bring their own laptops in and plug them into our network, I've given up saying anything.",
    "blame:emp distance",
  ],
  ["Our IT bloke is great, can't fault him, he's always on the end of the phone.", ""],
  [
    "The IT company are a waste of money. Every call is a ticket, every ticket is a week.",
    "blame:sec conflict",
  ],
  [
    "Voicemail, then an email three days later asking if it's still a problem. Obviously it is.",
    "conflict comm blame:sec",
  ],
  [
    "Parts ordering site needs a code from my phone every time. My phone's in the pit with me, under a car.",
    "conflict",
  ],
  ["It's a bit of a pain on busy days but I get why, and it's saved us once already.", ""],
  ["Me and the wife run it. She does the computers, I do the cars, and it works.", ""],
  [
    "She tried to show me the new invoicing system and I got stroppy. That's on me, not her.",
    "blame:self",
  ],
  [
    "I feel useless when the screen freezes and there's a customer waiting. I'm just no good with it.",
    "feel blame:self",
  ],
  [
    "The local computer shop couldn't fix the MOT booking link, so I rang the software company direct and they did it in five minutes.",
    "blame:sec",
  ],
  ["I'd never ask the apprentices about computers, they'd only laugh at me.", "feel distance"],
  ["The apprentices are actually great with it and don't make a big deal of helping.", ""],
  [
    "Dad runs the garage like it's 1985. No passwords on anything, the customer list sits on a PC anyone can walk up to, and if you so much as suggest changing it he says we've nothing worth stealing and walks off.",
    "conflict distance",
  ],
  [
    "Got told off by the IT company for leaving the office PC logged in. It's a garage. Nobody's nicking data between oil changes.",
    "conflict",
  ],
  ["Fair enough, I should've logged out. My mistake.", "blame:self"],
  [
    "Our office manager keeps the IT stuff to herself, you have to go through her for everything.",
    "power",
  ],
  ["She's organised, our office manager. Every login, every licence, all in one folder.", ""],
  [
    "There's no IT department, there's Colin. Colin's also the accountant. And the owner's brother.",
    "",
  ],
  [
    "Colin makes all the decisions about the computers and we're not allowed to question it.",
    "power",
  ],
  [
    "Colin writes down every change he makes in a notebook by the PC, so we all know where we stand.",
    "",
  ],
  [
    "The sparks never report anything. Phone broken? Buy another. Email weird? Ignore it.",
    "blame:emp distance",
  ],
  ["We only hear from the IT company when the invoice comes in.", "distance comm"],
  [
    "They sent a stern letter about 'unacceptable use' because someone watched the football on the office PC. No conversation, just the letter.",
    "comm power",
  ],
  ["We've never been hacked, and the IT lad does a check-up every spring.", ""],
  [
    "After the hack the IT lad came in and walked everyone through it, no finger pointing, really helpful.",
    "",
  ],
  ["Honestly I reckon the IT firm caused half our problems with their updates.", "blame:sec"],
  [
    "I reckon they do stuff remotely without telling us. Icons just move around on the screen.",
    "power comm",
  ],
  [
    "The garage owner acts like the computer is his personal property and we're just guests on it.",
    "power",
  ],
  [
    "He leans over your shoulder and tuts. Then takes the mouse off you. Makes you feel about twelve.",
    "power feel",
  ],
  ["we all use the same password, it's the name of the dog", ""],
  ["Everyone's got their own login now and it's honestly not been a hassle.", ""],
  [
    "The wholesaler's trade portal keeps locking me out and their help line just says it's my browser.",
    "conflict blame:sec",
  ],
  ["When I ring my cousin with a problem he sighs like I've ruined his evening.", "comm feel"],
  [
    "The server's fine, the problem's whoever keeps unplugging it to charge their phone.",
    "blame:emp",
  ],
  ["I've locked myself out three times this month. Nobody's fault but mine.", "blame:self"],
  ["The owner keeps the IT budget at zero and then shouts when things break.", "conflict power"],
  [
    "My son handles the tech and he's brilliant, but he's moving to Leeds and I'm panicking.",
    "feel power",
  ],
  [
    "We had a woman from a local firm do a phishing talk and she made it fun, the lads actually listened.",
    "",
  ],
  ["Lads listened for a week, then back to clicking everything.", "blame:emp"],
  ["If something goes wrong I google it. Easier than explaining it to our IT guy.", "distance"],
  ["He needs it explained perfectly or he gets snippy, so I don't bother.", "distance conflict"],
  [
    "I'm on the tools most of the day but the office keeps me posted if anything changes on the tablets.",
    "",
  ],
  ["Keep it simple, that's all I ask from our computer chap, and he does.", ""],
  [
    "Invoices went missing and the IT firm said it was user error before even looking.",
    "blame:emp conflict",
  ],
  ["It wasn't user error, it was their update. No apology either.", "blame:sec"],
  [
    "Body shop, three generations. The tech is looked after by my niece, we've a group chat and she answers fast.",
    "",
  ],
  ["Mind you, nobody in the group chat reads her security reminders.", "distance blame:emp"],
  ["I'm probably the worst for it, I ignore all her reminders.", "blame:self distance"],
  [
    "The IT company changed our Wi-Fi password and didn't tell anyone. Card machine down all morning.",
    "comm conflict",
  ],
  ["Card machine's been rock solid since the new router went in.", ""],
  ["Contractors do the IT, they're remote, I've never met any of them.", "distance comm"],
  ["Remote support works fine for us, they log in and sort it while I watch.", ""],
  ["The garage owner says 'just ask' but then makes you feel thick for asking.", "feel power"],
  [
    "Nobody explained why we needed the new login app, it just appeared on our phones.",
    "comm power",
  ],
  ["Appeared on my personal phone, mind. I never agreed to that.", "power conflict"],
  [
    "Apparently it's optional. Typical of them, nobody there can give a straight answer.",
    "comm blame:sec",
  ],
  ["I trust our IT lad completely, he's never let us down.", ""],
  [
    "If the diagnostic kit stops working I'm more likely to ring the manufacturer than our own IT person.",
    "distance",
  ],
  ["She knows her stuff but she talks at you, not to you.", "comm"],
  [
    "sick of being told i'm the security risk, i'm a mechanic, i just want the laptop to work",
    "feel conflict",
  ],
  [
    "My husband does the IT and we don't discuss it at home any more. Too many arguments.",
    "conflict distance",
  ],
  ["He's a good husband. Terrible IT support.", "blame:sec"],
  [
    "The testing software crashed mid-certificate and the support line told me I should've saved more often.",
    "blame:emp",
  ],
  ["They were right, I should've. Lesson learned.", "blame:self"],
  ["I hate asking for help with computers. Always feel it's me being thick.", "feel blame:self"],
  ["Our IT is pretty good to be honest, bit slow on email but a phone call always gets them.", ""],
  [
    "The wife's brother put cameras in the workshop 'for security'. We all know what it's really for.",
    "power",
  ],
  [
    "Nobody tells me if there's a problem with the system, I find out when a customer complains.",
    "comm distance",
  ],
  ["Garage IT is the owner's mate from the pub. Charming bloke. Can't fix anything.", "blame:sec"],
  [
    "We learned the hard way. Now there's a proper firm, regular checks, and I actually understand what they tell me.",
    "",
  ],
  [
    "The mechanics don't take it seriously, and to be fair nobody's ever explained why they should.",
    "distance comm",
  ],
  ["Small glitch or big one, I text the IT firm and they reply within the hour.", ""],
  ["It gets done eventually.", ""],
  [
    "Worried sick we'd fall for one of those fake supplier bank-change emails. Nearly did last year.",
    "feel",
  ],
  ["Nearly did because Maureen in accounts trusts every email with a logo on.", "blame:emp"],
  ["I'm Maureen. I know. Never hear the end of it.", "blame:self feel"],
  [
    "Our IT guy tidied the comms cupboard and stuck a laminated guide on the door for resetting the router.",
    "",
  ],
  [
    "Asked him to explain the backup routine and got ten minutes on RAID arrays. Still don't know if we're backed up.",
    "comm",
  ],
  [
    "The guys in the workshop don't see the point in locking the screen, and honestly nor do I.",
    "distance",
  ],
  [
    "My uncle's IT knowledge stopped somewhere around Windows XP and he won't have it said.",
    "blame:sec power",
  ],
  ["We did a little cyber course as a family over Zoom, was actually really good.", ""],
  ["The IT company only cares about selling us new kit.", "blame:sec"],
  ["They're fine. Nothing to report.", ""],
  ["My dad thinks anyone who asks for IT help is lazy or daft.", "blame:emp power"],
  ["So I just don't ask. Probably my own fault things pile up.", "distance blame:self"],
  [
    "I turned the antivirus off because it slowed the parts catalogue to a crawl. Don't tell anyone.",
    "conflict",
  ],
  ["I'm sure I'm the reason the laptop's so slow, I've got a thousand tabs open.", "blame:self"],
  [
    "They put so many blocks on the internet I can't even look up a wiring diagram.",
    "conflict blame:sec",
  ],
  [
    "Asked for the wiring site to be unblocked. Three weeks later, still waiting.",
    "conflict blame:sec",
  ],
  ["A quick chat with our IT lady usually sorts it, she's very down to earth.", ""],
  ["The boss is the IT, and the boss doesn't like being told he's wrong.", "power"],
  ["No point raising anything, it just gets brushed off.", "distance"],
  [
    "Electrician here. The office forward every chain email going and then wonder why the PC crawls.",
    "blame:emp",
  ],
  [
    "Not being funny but the apprentices' phones are a security nightmare, they download anything.",
    "blame:emp",
  ],
  [
    "I'm embarrassed how little I know about our own systems, and I'm the owner.",
    "feel blame:self",
  ],
  [
    "When my son's stressed he snaps if I ask anything. I've learned to wait till Sunday.",
    "conflict distance",
  ],
  [
    "The IT support bloke ran a quick session on the tablets and made sure everyone could use them. Top man.",
    "",
  ],
  [
    "IT speak all round. 'Endpoint' this, 'MFA' that. Just tell me what button to press.",
    "comm feel",
  ],
  [
    "Emails about security come from some address none of us recognise, so we delete them thinking they're the scam.",
    "comm",
  ],
  [
    "My brother won't let me have admin rights on my own laptop. I'm a director of this company.",
    "power conflict",
  ],
  ["I feel like a kid asking permission to install a printer driver.", "feel power"],
  [
    "The IT company never visit. Everything's by ticket. I don't even know their names.",
    "distance comm",
  ],
  [
    "It's all a bit us and them between the office and the workshop when it comes to the computers.",
    "distance conflict",
  ],
  ["They do a good job, the computers just work, I never think about it.", ""],
];
