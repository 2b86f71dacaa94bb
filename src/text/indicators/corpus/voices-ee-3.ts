import type { RawExample } from "./types.js";

/** Hard cases: negation, contrast, past against present, hedges, questions, irony, reported speech. Written fresh for Rapport (brief EE). */
export const VOICES_EE_3: readonly RawExample[] = [
  [
    "My team lead says the IT director is unapproachable. Maybe so, but he answered my email within the hour.",
    "",
  ],
  [
    "My team lead says the IT director treats us like serfs, and after last week's meeting I can't disagree.",
    "power",
  ],
  [
    "We were meant to go live on the 1st, but the pen test slipped to the 20th and nobody on the business side gets any say in that.",
    "conflict power",
  ],
  ["The pen test found two issues and both were fixed inside a week. Textbook.", ""],
  [
    "You'd think after four phishing campaigns people would stop typing their credentials into a page called \"micros0ft-login\". You'd be wrong.",
    "blame:emp",
  ],
  [
    "I'm not proud of it, but I actually cried after that meeting with the security manager.",
    "feel",
  ],
  ["I'll never love compliance training, but this year's version was short and sensible.", ""],
  [
    "They're based in Manchester and we're in Plymouth. Never met them, probably never will.",
    "distance",
  ],
  [
    "A security team that needs three weeks to revoke a leaver's access isn't a security team.",
    "blame:sec",
  ],
  ["Leavers lose their access the same afternoon now. That used to take weeks.", ""],
  [
    'We keep being told to "follow the process", but nobody can tell us what the process is.',
    "conflict comm",
  ],
  [
    "Frankly, it's exhausting always being the bad guy when the security team has to say no.",
    "feel",
  ],
  [
    "The security auditors act as if they're above us mere mortals, and management lets them.",
    "power",
  ],
  ["The external auditors come every March; we book them a meeting room and that's about it.", ""],
  ["I'll hold my hands up: I emailed the client list to the wrong Sarah.", "blame:self"],
  [
    "Someone emailed the client list to the wrong Sarah last month; security helped us recall it within minutes.",
    "",
  ],
  [
    "Someone in sales sent the client list to the wrong Sarah. Again. Honestly, that team.",
    "blame:emp",
  ],
  [
    "The Wi-Fi certificate expired on the morning of our investor demo and the security desk wanted a ticket before they'd even look. I could have screamed.",
    "conflict feel",
  ],
  [
    "It's not glamorous, but the IT team rebuilt my laptop overnight and I didn't lose a single file.",
    "",
  ],
  ['All we ever get from them is "as per policy". Which policy? Why? Don\'t ask.', "comm power"],
  [
    "If I'm honest, I stopped reporting suspicious emails. Nobody ever replied, so what's the point?",
    "comm distance",
  ],
  [
    'Being called into the security office to "have a chat" about my browsing history made me feel like a criminal.',
    "feel power",
  ],
  [
    "Our cyber lead has a dry sense of humour, and her briefings are the only meetings nobody skips.",
    "",
  ],
  [
    "Honestly? The security team are useless, and I'm tired of pretending otherwise.",
    "feel blame:sec",
  ],
  [
    "Honestly? I expected the security team to be useless. They've proved me wrong at every turn.",
    "",
  ],
  [
    "Marketing can't use half the analytics tools we need because every plugin sits in a security assessment queue nobody can see into. I've asked three times where our requests are and who's reviewing them, and the answer is always \"it's with the team\". Which team? Where? We genuinely don't know.",
    "conflict comm power distance",
  ],
  [
    "Nobody on the shop floor was asked whether the cameras should also log our break times. It was just announced.",
    "power",
  ],
  ["The CCTV signs went up in the loading bay last week.", ""],
  ["It would be lovely, just once, to get a message from IT that isn't a warning.", "comm"],
  [
    "The IT director's weekly note is short, friendly and, believe it or not, occasionally funny.",
    "",
  ],
  [
    "We explain things in plain English and people still don't read it. At some point that's on them.",
    "distance blame:emp",
  ],
  [
    "I'll admit I'm a bit intimidated by the security manager. He's never unkind, he just has that stare.",
    "feel",
  ],
  [
    "The IT department decides which browser we use, which keyboard we type on and which hours we can log in. We just live here.",
    "power",
  ],
  ["Whatever security does is their business. I sell kitchens.", "distance"],
  [
    'Twice this month the new firewall rules knocked out our card terminals at lunchtime. Twice. And it\'s "being investigated".',
    "conflict blame:sec",
  ],
  [
    "The till software crashes if you scan too fast; that's the vendor, and they're sending a patch.",
    "",
  ],
  [
    "Not angry. Disappointed. We trusted them with the migration and they vanished the moment it went wrong.",
    "conflict feel blame:sec",
  ],
  ["Hardly rocket science, and to be fair they made the new timesheet login dead simple.", ""],
  [
    "Most of our friction with the business is self-inflicted: as a security team we wrote rules without ever visiting the sites.",
    "distance blame:self",
  ],
  [
    "Everyone on the ward knows the shared password for the medicines cabinet screen, because the individual logins kept timing out mid-round.",
    "conflict",
  ],
  [
    "The ward's new monitors sync vitals straight to the record, which saves us writing everything twice.",
    "",
  ],
  ["Whoever writes their incident notices clearly gets paid by the acronym.", "comm"],
  [
    "No acronyms, no blame, no fuss: the incident notice just said what happened and what to do.",
    "",
  ],
  [
    "They revoked local admin on every engineering laptop overnight. No consultation, builds broken all morning, and a lot of very angry people on Slack.",
    "conflict feel power",
  ],
  [
    "Local admin went away last year. We complained for a month and then honestly forgot about it.",
    "",
  ],
  [
    "We don't really deal with security. If something breaks, Tom in our team just sorts it.",
    "distance",
  ],
  [
    "I'm sorry, but if you copy the client database onto a USB stick and lose it on the train, the problem is you, not the policy.",
    "blame:emp",
  ],
  [
    "Are we allowed to use the new transcription tool on client calls, or is that still being reviewed?",
    "",
  ],
  [
    "Is it really necessary to log in again every time I switch between the CRM and email? Every. Single. Time?",
    "conflict feel",
  ],
  [
    "My team never told security about the new supplier portal, then acted surprised when they blocked it. That's on us.",
    "blame:self",
  ],
  ["Honestly, dealing with the security team makes me feel about two feet tall.", "feel"],
  ["The hardest part of my week is the Thursday board pack, and that's all on finance.", ""],
  [
    "Four years here and I've never had a conversation with anyone from security that wasn't through a ticket.",
    "comm distance",
  ],
  [
    "We get disciplined if a laptop goes missing; when their own server was breached, nobody lost so much as a bonus.",
    "power",
  ],
  [
    "After the breach, the head of security stood up at the town hall and took responsibility. I respected that.",
    "",
  ],
  [
    "They forced a new timesheet login on us mid-month, it didn't work for contractors, the only guidance was a jargon-stuffed PDF, and when we complained we were told to \"escalate through the proper channel\". I've never been so fed up.",
    "conflict comm feel power blame:sec",
  ],
  [
    "The storeroom is freezing in winter and nobody will fix the heater. That's estates, not IT.",
    "",
  ],
  [
    "Not one complaint from my team since the new laptops arrived, and they complain about everything.",
    "",
  ],
  [
    "Our IT people once admitted on the all-staff call that they'd broken the printers. Respect.",
    "",
  ],
  [
    'Our IT people hide their mistakes. Last month\'s "planned maintenance" was nothing of the sort.',
    "blame:sec",
  ],
  [
    "Can someone from security come and talk to the new starters on Thursday? They've asked for it.",
    "",
  ],
  ["The security guy asked to see my phone at the gate like I was a shoplifter.", "power"],
  ["The new turnstiles at the main gate are quicker than the old swipe doors.", ""],
  [
    "I can't help feeling a bit hurt that they never mention our team when they thank people in the newsletter.",
    "feel",
  ],
  [
    'It\'s a bit embarrassing, but I only found out last year what "phishing" actually means. The intranet page was really clear.',
    "",
  ],
  [
    "The clean-desk rule is lovely in theory. In a lab where we leave samples out overnight, it's nonsense.",
    "conflict",
  ],
  [
    "Some people moan that security is slow. In my experience, they're slow only when the request is vague.",
    "",
  ],
  [
    "I'm not angry at the staff, I'm just weary. Every audit, the same unlocked screens, the same passwords on Post-its.",
    "feel blame:emp",
  ],
  ["They do lock things down a lot, but they always tell us what's changing and why.", ""],
  [
    "I don't bother with their training videos. I let them play in a tab and do my actual work.",
    "distance",
  ],
  [
    "Maybe I'm biased because my sister works there, but I think our IT department is the best in the group.",
    "",
  ],
  [
    'Their so-called plain-English summary was two pages long and used the word "posture" eleven times.',
    "comm",
  ],
  ["It's their kingdom and we're just visiting.", "power"],
  ["I'd never heard of zero trust before the briefing, and now I could explain it to my mum.", ""],
  [
    "Truth be told, the IT team warned us about that supplier and our department went ahead anyway.",
    "blame:self",
  ],
  [
    "Our apprentice asked the security team a very daft question in the canteen and they answered it like it was a brilliant one.",
    "",
  ],
  ["We had a fire drill and a phishing drill in the same week. Both went fine.", ""],
  ["The new parking app is terrible. Different department entirely.", ""],
  [
    'People will happily read their password to a voice on the phone claiming to be "from IT", but won\'t give it to actual IT. Go figure.',
    "blame:emp",
  ],
  [
    "I've been on the security team for ten years and the staff here are, honestly, among the most careful I've worked with.",
    "",
  ],
  [
    "The business only remembers the security team exists when their email stops working.",
    "comm distance",
  ],
  [
    "It gets to you after a while, being the one everyone groans at when you walk into a meeting.",
    "feel",
  ],
  [
    "Staff see us as the police, and no amount of cupcakes during awareness week is going to change that.",
    "power",
  ],
  [
    'We dropped the "you failed" emails and started thanking people who report. Reporting tripled.',
    "",
  ],
];
