import type { RawExample } from "./types.js";

/** Hard cases from any voice: negation, contrast, hedges, irony, rhetorical questions, reported speech, past against present, complaints that are not about the relationship. Written fresh for Rapport (brief DE). */
export const VOICES_DE_5: readonly RawExample[] = [
  ["Discovering they could track my phone's location gave me the creeps.", "power feel"],
  ["They told us upfront that company phones are location-tracked, and why. Fair enough.", ""],
  [
    "Why would I go to IT? Last time they made it worse. I just ask my nephew.",
    "blame:sec distance",
  ],
  [
    'They left a sticky note on my monitor saying "LOCK YOUR SCREEN" in capitals. I was mortified.',
    "comm feel",
  ],
  [
    "Leaving a note in capitals on my monitor, as if I were a naughty schoolboy, tells you how they see us.",
    "power comm",
  ],
  [
    "Marketing runs its own website hosting now. It's quicker than waiting on IT for a DNS change.",
    "conflict distance",
  ],
  [
    "Marketing spun up their own hosting without telling anyone and now we're cleaning up a breach.",
    "blame:emp conflict",
  ],
  [
    "As the person who had to clean it up, I'm livid. Marketing just did what they liked.",
    "feel blame:emp",
  ],
  ["We get a monthly digest and that's it. No one's ever come to a team meeting.", "comm distance"],
  [
    "Nobody here cares about security, I'm afraid. It's just not on anyone's radar.",
    "distance blame:emp",
  ],
  [
    "Every time they roll something out I brace myself for what they've broken this time.",
    "feel blame:sec",
  ],
  [
    "They rolled the new sign-in out to every branch on a Friday, nobody asked us, and by Saturday the tills were down.",
    "conflict blame:sec power",
  ],
  ["The tone of their emails is so superior I feel small just reading them.", "comm feel power"],
  [
    "It makes me feel small, honestly, that I can't install a calculator app without asking.",
    "feel",
  ],
  [
    "Can't install a calculator app without permission. Like a teenager with a locked-down phone.",
    "power",
  ],
  ["Engineering builds stuff, security finds stuff, and we argue about it for weeks.", "conflict"],
  [
    "Engineering and security sit together now and issues get sorted in standups. Huge improvement.",
    "",
  ],
  [
    "The pen-test report dropped on us two days before launch. Classic security: late and unhelpful.",
    "blame:sec conflict",
  ],
  [
    "It's stressful when the pen-test lands two days before go-live and everything has to stop.",
    "feel conflict",
  ],
  [
    "They talk in CVE numbers and CVSS scores as if that means anything to a product manager. Useless.",
    "comm blame:sec",
  ],
  [
    "I've only ever met them through a screen, and they never turn their camera on.",
    "distance comm",
  ],
  ["I've only met them on video calls, but they're warm and they remember my name.", ""],
  [
    "From the security side: we're responsible for everything and in control of nothing, while users do as they please.",
    "power blame:emp",
  ],
  ["Okay, I admit it, the reason the server got infected was my personal USB stick.", "blame:self"],
  ["I'm mortified. It was my USB stick that brought the virus in.", "blame:self feel"],
  ["Funny how it's always a senior manager whose laptop gets infected.", "blame:emp"],
  [
    'We kept asking why the app was slow, they kept saying "it\'s the network", the network team said "it\'s the app".',
    "conflict comm",
  ],
  [
    "The whole department passes the buck. Network blames apps, apps blame network, nothing gets fixed.",
    "blame:sec",
  ],
  [
    "I'm not comfortable going to them, so I usually ask my husband, who works in IT elsewhere.",
    "feel distance",
  ],
  [
    "Honestly we've got a WhatsApp group that solves more problems than the helpdesk ever has.",
    "distance",
  ],
  [
    "The team WhatsApp fixes more than the helpdesk, which is exactly why nobody logs tickets anymore.",
    "conflict distance blame:sec",
  ],
  ["Some of us chat on WhatsApp, sure, but only about lunch orders.", ""],
  ["I find it belittling to need a ticket to get a second monitor.", "power feel"],
  ["Three approvals for a second monitor. Three.", "conflict"],
  ["I asked for a second monitor on Monday and had it by Wednesday.", ""],
  ["The security team is small, maybe five people, and they cover three countries.", ""],
  [
    "The security policy is long, but there's a one-page summary, which is all most of us need.",
    "",
  ],
  ["I've heard rumours they read our emails, but I don't believe it for a second.", ""],
  ["My brother says his IT department is awful. Ours is fine.", ""],
  ["The old system was a nightmare, but it wasn't their doing, and the new one's great.", ""],
  ["If they ever stopped patching everything, we'd notice fast.", ""],
  ["I was nervous about the audit, but the security team prepped us brilliantly.", ""],
  ["Their emails are long, but that's because they explain everything properly.", ""],
  ["Once a year we do the training, pass the quiz and get on with life.", ""],
  ["They're not perfect, nobody is, but I can't think of a real complaint.", ""],
  [
    "I got a bit of a telling-off for tailgating through the door, and honestly I deserved it.",
    "blame:self",
  ],
  ["The firewall's strict because we handle patient data. Makes sense.", ""],
  ["We lost the internet for a morning because a digger cut a cable down the road.", ""],
  ["The helpdesk number changed last week; it's on the intranet.", ""],
  ["My laptop fan sounds like a jet engine, but the replacement's booked.", ""],
  ["Our new office has much better Wi-Fi than the old one.", ""],
  ["The IT and security people eat lunch with us most days.", ""],
  ["Yes, there are lots of rules, but they make sense once you know why.", ""],
  ["The security lead came to our team meeting to explain the new badge system. Good session.", ""],
  ["I used to dread calling them; now I just message on chat and it's sorted.", ""],
  [
    "Their jargon used to drive me mad, all those acronyms and 'endpoints' and 'vectors', but the new manager insists every message goes out in plain English and gets read by someone outside IT first, and it really shows.",
    "",
  ],
  [
    "The new manager says she wants plain English, but the emails still read like a firewall manual.",
    "comm",
  ],
  [
    "The lab techs keep a drawer of unregistered routers; IT doesn't know and nobody intends to tell them.",
    "distance conflict",
  ],
  [
    "I couldn't tell you their names, but that's me; I've never made the effort.",
    "distance blame:self",
  ],
  ["Nobody from security ever comes by, and frankly it's a relief.", "distance feel"],
  [
    "They set the rules from head office and we never see or hear from them otherwise.",
    "distance power",
  ],
  [
    "Their only presence in my working life is a yearly email about the mandatory course.",
    "distance comm",
  ],
  [
    "When the portal blocks something, we just email it from home. Nobody tells IT; nobody expects them to help.",
    "distance conflict",
  ],
  [
    "Ask IT? You're joking. They'd take a week and break something else. I sort it myself.",
    "distance blame:sec",
  ],
  [
    "The thought of phoning them makes me so tense that I'd rather live with a broken keyboard.",
    "distance feel",
  ],
  ["We've got a \"security champion\" on our team, apparently. I've no idea who.", "distance"],
  ["Security champions? Nobody signed up.", "distance"],
  [
    "Most of the factory floor doesn't use the ticket system. Supervisors keep a spare laptop and swap it out themselves.",
    "distance conflict",
  ],
  [
    "Operators on the line have no idea the cyber team exists, yet the cyber team decides which machines they may plug in.",
    "distance power",
  ],
  [
    "The line supervisors bypassed the network segmentation so they could check football scores on the PLC screens.",
    "conflict blame:emp",
  ],
  [
    'It\'s infuriating; someone in dispatch disabled the antivirus because it "slowed things down".',
    "blame:emp feel",
  ],
  [
    "I get so frustrated that the safety-critical patch needs a weekend shutdown and production refuses every date we offer.",
    "conflict feel",
  ],
  [
    "In OT security you're powerless: production outranks you, and it's soul-destroying.",
    "power feel",
  ],
  [
    "Production manager overruled the patch window again. We're running a 2012 operating system on a line that handles chlorine.",
    "conflict power",
  ],
  ["The plant IT people speak in riddles and then blame us when the line stops.", "blame:sec comm"],
  [
    'They told us to "isolate the affected endpoint". We\'re pharmacists; we had no idea what that meant and the dispensing queue piled up.',
    "comm conflict",
  ],
  [
    "I stood there with a queue of patients and a screen full of security warnings I couldn't read. Horrible feeling.",
    "feel comm",
  ],
  [
    "I'll hold my hands up: I turned off the pop-up blocker because it was slowing the dispensary down, and that's how the malware got in.",
    "blame:self conflict",
  ],
  [
    "I lie awake some nights thinking about the phishing link I clicked last spring.",
    "blame:self feel",
  ],
  [
    "I never bothered with the security training, and it showed when I got scammed.",
    "blame:self distance",
  ],
  ["Their explanation was clear enough, I just didn't listen. Entirely on me.", "blame:self comm"],
  [
    "Honestly, I'm exasperated. They gave our whole team the wrong permissions, and it's us who look incompetent to the client.",
    "blame:sec feel",
  ],
  [
    "IT just decided, on their own, to block all personal email. And they wonder why no one likes them.",
    "blame:sec power",
  ],
  [
    'Their "fix" broke my calendar and the email explaining it was pure gibberish. I\'m at the end of my tether.',
    "blame:sec comm feel",
  ],
];
