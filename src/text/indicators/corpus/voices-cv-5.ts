import type { RawExample } from "./types.js";

/** Shop-floor, depot, site and field staff answering open survey questions about their IT/security team. Written fresh for Rapport (brief CV). */
export const VOICES_CV_5: readonly RawExample[] = [
  ["They're part of our monthly site meeting now, which was my idea. Been good.", ""],
  [
    "Honestly I never go to them. If the tablet dies I use paper. Easier than the hassle.",
    "distance conflict",
  ],
  [
    "The time they made the whole dispatch team re-enrol their phones at 6am on a Monday. Trucks late out, customers ringing, and their reply was 'it was in the email'.",
    "conflict comm",
  ],
  [
    "They flagged me for downloading the crane manual as a PDF. Apparently it looked 'unusual'. I'm a crane operator.",
    "power conflict",
  ],
  [
    "I lost a work phone on a job in Wales, rang them panicking, they wiped it and sent a new one the next day. Nobody shouted at me.",
    "",
  ],
  [
    "Good experience: they let me shadow them for a day when I said I was interested in IT. Now I'm doing a course.",
    "",
  ],
  ["Sometimes. If I don't get it, I ask my daughter.", "distance comm"],
  ["No. Just no. Who writes these emails?", "comm feel"],
  [
    "Yes mostly, they keep it simple for us, I think they know lots of us don't use computers much.",
    "",
  ],
  ["I wouldn't say I have a relationship with them. I have one with my forklift.", "distance"],
  [
    "Good, but I'm a team leader, so I deal with them more than the lads do. The lads keep well clear, they think security is there to catch them out.",
    "distance power",
  ],
  ["Bit of a standoff since the phone ban on the line.", "conflict"],
  ["Honestly it's a bit one-sided. They decide, we find out.", "power comm"],
  [
    "They'd say they're supportive. Supportive of the office, maybe. Not of us out here.",
    "distance",
  ],
  [
    "They'd call us 'the business'. That's the word they use for anyone who isn't them.",
    "distance",
  ],
  ["They'd say we get on. I think so too.", ""],
  [
    "Good that they're honest when they've messed up. Bad that it happens a bit too often lately.",
    "blame:sec",
  ],
  ["Good: we've had no incidents in years. Bad: can't think of much.", ""],
  ["Good is the security. Bad is the security, if you get what I mean.", "conflict"],
  ["Fond? No. Tolerant, maybe.", "feel"],
  [
    "They care. They proved it when they fought to get the warehouse new scanners instead of the old ones.",
    "",
  ],
  [
    "I think they think we're the reason their job is hard. We're not the ones who bought the cheap firewall.",
    "blame:emp blame:sec",
  ],
  ["They probably feel outnumbered. 3 of them, 400 of us.", ""],
  ["helpful?? they closed my ticket twice without reading it", "blame:sec conflict"],
  ["They're the reason I can work from the van at all, so yes.", ""],
  ["Somewhere between a helpdesk and a police station.", "power"],
  ["Their job? Patching. Backups. Watching for weird logins. I know because I asked.", ""],
  ["I message them when something's odd. They message back. Normal colleagues really.", ""],
  [
    "I'll be honest, I go round them. The foreman has a spare login for the ordering system and we use that.",
    "conflict distance",
  ],
  [
    "My bad experience was being accused of bringing in a virus that actually came on a supplier's USB. They apologised later, to be fair.",
    "blame:emp power",
  ],
  [
    "They put a sign up saying 'YOU are the weakest link' in the break room. Charming.",
    "blame:emp comm",
  ],
  [
    "Good one: I asked a dumb question at the safety briefing and the security woman said it was the best question she'd had all week.",
    "",
  ],
  ["I like that they explain the risk, not just the rule.", ""],
  [
    "I understand the words. I don't understand why we need four different logins to book a delivery slot.",
    "conflict",
  ],
  ["Yes. Clear as anything.", ""],
  ["we trust them, they trust us, mostly", ""],
  ["Cordial, I'd say. Not close.", "distance"],
  [
    "They'd say we don't take it seriously. We do, we just don't have the time.",
    "blame:emp conflict",
  ],
  ["Bad: they're always right, according to them. Good: they usually are.", "power"],
  [
    "They don't trust us an inch. Every app needs approval, every website's blocked.",
    "power conflict",
  ],
  [
    "Honestly, I think they like working with us more than with the office lot. We say what we think.",
    "",
  ],
  ["Helpful, 10/10, would ring again", ""],
  [
    "Theyre helpful if its a 'security issue'. If its anything else its 'not our department' and the phone goes down.",
    "conflict blame:sec",
  ],
  ["I don't know if they're helpful because I've never asked. I just reboot and pray.", "distance"],
  ["Helpful, yes, and they don't make a big song and dance about it.", ""],
  [
    "Making sure the drivers' tablets can't be used by anyone who nicks the van. Or by us, half the time, the lockdown's that tight.",
    "conflict power",
  ],
  ["I honestly thought they were the people who check our bags at the gate.", "distance"],
  [
    "Their job is to write policies nobody reads and then act surprised nobody follows them.",
    "comm blame:sec",
  ],
  [
    "Watching the network. They caught someone trying to get into payroll last year, then sent everyone a scary email as if it was all our doing.",
    "comm blame:emp",
  ],
  [
    "Like a good referee, you don't notice them unless something goes wrong. Then they're all you notice, whistle in hand.",
    "comm power",
  ],
  ["They're on the other end of an email address. That's the whole relationship.", "distance comm"],
  [
    "We have a channel with them for the construction sites. They're usually quick on it and they use emojis, which makes them seem human.",
    "",
  ],
  ["Through my manager. I'd be nervous going straight to them, honestly.", "distance feel"],
  [
    "The big one was when they pushed an update to all the site laptops overnight and the CAD software stopped working. They said it wasn't their problem, it was the vendor's.",
    "conflict blame:sec",
  ],
  [
    "I forwarded a phishing email to the whole team thinking it was real. Mortifying, and all on me. They were decent about it though.",
    "blame:self feel",
  ],
  [
    "Waited two weeks for a new badge. Had to be let in by a colleague every morning like a visitor. Humiliating.",
    "conflict feel blame:sec",
  ],
  [
    "Got a telling-off email with my manager cc'd because I hadn't done the training, when I'd been on paternity leave the whole time.",
    "power conflict comm",
  ],
  ["No bad ones I can think of. Honest.", ""],
  [
    "The good one was the morning they drove out to the substation with a new router because the old one had died. 6am, in the rain.",
    "",
  ],
  [
    "They set up the phones so the apprentices can't accidentally delete the job sheets. Saves us loads of grief.",
    "",
  ],
  [
    "Every year they run a quiz with prizes. I won a hoodie. Shame it's the only time anyone from security actually talks to us.",
    "comm distance",
  ],
  ["mostly easy yea", ""],
  [
    "No, because it arrives as a 12 page pdf attached to an email titled 'Policy Update v3 FINAL'.",
    "comm",
  ],
  [
    "They speak in acronyms. I nod and look it up later, usually on my own phone in the toilet.",
    "comm distance",
  ],
  ["Honestly yeah, they're good at explaining. They'll draw it on a whiteboard if you ask.", ""],
  [
    "It's easy to understand. It's hard to do, with gloves on, in the cold, on a 5 inch screen.",
    "conflict",
  ],
  ["Its a them and us thing. always has been.", "distance conflict"],
  [
    "Good relationship. Never had a reason to complain, never had a reason to talk to them either.",
    "distance",
  ],
  ["Honestly, kind of scared of them. One wrong click and you're in trouble.", "feel power"],
  [
    "Quite close actually, our site's small so the IT guy is also the security guy and he's in the next room.",
    "",
  ],
  [
    "They'd say it's tricky. We're out in the field, hard to get hold of, always in a rush.",
    "distance",
  ],
  [
    "They'd say it's a good one, we always do the updates when they ask. Mainly because we're scared of the emails if we don't.",
    "feel power",
  ],
  [
    "They'd say the builders are a risk. We share tablets because there aren't enough to go round, and that's on them, not us.",
    "blame:emp blame:sec",
  ],
  ["Probably 'frustrating'. I know we frustrate them, and they frustrate us.", "feel conflict"],
  ["Good: clear rules. Bad: clear rules that make no sense on a building site.", "conflict"],
  [
    "Good: they're honest. Bad: they're honest in a way that makes you feel like a kid who broke a window.",
    "comm power",
  ],
  [
    "The good bit is I never worry about it. The bad bit is I never hear from them either, so maybe I should.",
    "distance",
  ],
  [
    "Good: they sorted the site wifi. Bad: they did it by making us all sign a form promising not to stream football, like schoolkids.",
    "power",
  ],
  [
    "I think they see us as hands, not heads. We're there to follow, not to have opinions.",
    "power",
  ],
  ["They like us. I think. They wave, from the other side of the car park usually.", "distance"],
  [
    "They think we're the problem, honestly, and I get it, we've had three incidents from the yard this year.",
    "blame:emp",
  ],
  [
    "I don't think they feel much about us one way or the other. We're a long way from them, in every sense.",
    "distance",
  ],
  ["helpful but slooow, and you cant chase them cos theres no number", "conflict distance"],
];
