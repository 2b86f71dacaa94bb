import type { RawExample } from "./types.js";

/** Hard cases from any voice: negation, contrast, hedges, irony, rhetorical questions, reported speech, past against present, complaints that are not about the relationship. Written fresh for Rapport (brief DE). */
export const VOICES_DE_2: readonly RawExample[] = [
  [
    "It drives me up the wall that the warehouse team shares one login for everything.",
    "feel blame:emp",
  ],
  [
    'Another all-staff email warning of "critical threats". Which threats? What am I meant to do?',
    "comm",
  ],
  ["The firewall blocks half the supplier websites we need to place orders.", "conflict"],
  ["Do I trust them? Yes, completely.", ""],
  ["Who's our security contact? I genuinely couldn't tell you.", "distance"],
  ["I'd be too embarrassed to ask them anything, so I don't.", "feel distance"],
  ["They explain nothing and then act surprised when we get it wrong.", "comm"],
  ["It's a small firm; Tom does IT on Tuesdays and he's always helpful.", ""],
  [
    "Having to ask permission to change my own desktop wallpaper is faintly humiliating.",
    "power feel",
  ],
  [
    "We asked why the video app was banned and got a lecture instead of an answer.",
    "comm conflict",
  ],
  ["Users are the weakest link, no matter how much we spend on tooling.", "blame:emp"],
  ["No complaints here.", ""],
  [
    "I never read their updates, so I suppose it's partly my own fault I'm always caught out.",
    "blame:self distance",
  ],
  ['Every time that pop-up says "your device is non-compliant", my heart sinks.', "feel"],
  [
    "They changed the retention policy and our archive disappeared. No consultation, no warning.",
    "power comm",
  ],
  [
    "On the ward we simply can't wait four minutes for a login while a patient is deteriorating, so the nurses leave one session open for the whole shift and everyone uses it. IT knows, we know, and nobody wants to have that conversation.",
    "conflict distance",
  ],
  ["Doctors treat passwords like a personal insult. Every audit, same names.", "blame:emp"],
  [
    "The clinical systems team came down to the ward at 3 a.m. to fix the drug cabinet. Legends.",
    "",
  ],
  [
    "I get properly anxious before a court deadline because the document system might lock me out again.",
    "feel conflict",
  ],
  ["The IT bulletin at the firm reads like it was translated from Klingon.", "comm"],
  ["Partners here don't deal with IT. Their secretaries do it for them.", "distance"],
  [
    "The trainees are monitored far more closely than the partners, and everyone knows it.",
    "power",
  ],
  ["Our school's network manager is lovely, if a bit overworked.", ""],
  ["The network manager emails the staffroom as if we were the pupils.", "comm power"],
  ["I can't show a YouTube clip in class without filling in a form three days ahead.", "conflict"],
  ["The projector in Room 12 is broken again, but that's the caretaker's job, not IT's.", ""],
  [
    "The new timetable software crashed on the first day of term, and guess who chose it without asking a single teacher.",
    "blame:sec power",
  ],
  [
    "Teachers had no say in it whatsoever; it was decided at trust level by people who've never taught.",
    "power",
  ],
  ["Frankly I'm a bit scared of the IT office. They sigh when you walk in.", "feel"],
  ["They sigh when you walk in and answer in grunts. I leave feeling like an idiot.", "comm feel"],
  ["Honestly I can't fault them. Quick, polite, and they follow up.", ""],
  ["Whoever set up the tills' card readers should be nowhere near a computer.", "blame:sec"],
  [
    "The tills freeze during security scans at peak time, and we've got queues out the door.",
    "conflict",
  ],
  ["Head office IT is a phone number on a laminated card. That's all we know of them.", "distance"],
  ["Stock's late again because of the lorry drivers' strike, nothing to do with the systems.", ""],
  [
    "Store staff write the PIN on a sticky note under the till. Every store. Every visit.",
    "blame:emp",
  ],
  [
    "As a security analyst I find it disheartening: we run the training and people still wire money to fake suppliers.",
    "feel blame:emp",
  ],
  [
    "We security folk are the last to hear about new suppliers and the first to be blamed when one gets breached.",
    "power",
  ],
  [
    "I honestly feel like a traffic warden: resented, ignored, overruled by anyone senior enough.",
    "power feel",
  ],
  ['Their status page says "degraded" and nothing else. Degraded how? For how long?', "comm"],
  ["The outage lasted two hours and they kept us posted every twenty minutes. Good job.", ""],
  [
    "The trading desk keeps a personal phone for client chats because the approved app is so clunky.",
    "conflict",
  ],
  [
    "Traders think the rules are for other people. It's always the desk that made the most money.",
    "blame:emp",
  ],
  ["Compliance and IT read our messages. Nobody says so out loud, but we all know.", "power"],
  [
    "I'm nervous writing anything in chat now, knowing it's all archived and reviewed.",
    "feel power",
  ],
  ["I'm not worried about the monitoring. If anything, it protects me.", ""],
  ["My old bank was far stricter; this place is relaxed by comparison.", ""],
  [
    "At my previous employer I had admin rights. Here I'm not trusted with a printer driver.",
    "power",
  ],
  ["It's genuinely demoralising to be treated as a risk rather than a colleague.", "feel"],
  ["I don't know them and they don't know me. Works for both of us, I think.", "distance"],
  ["Do I care about phishing? Not really, that's their department.", "distance"],
  [
    "I've lost count of the times a download was blocked in the middle of a client presentation.",
    "conflict",
  ],
  ["No face-to-face, ever. It's all tickets, auto-replies and closed cases.", "comm"],
  [
    "It's all tickets and auto-replies; I've never actually spoken to a human there.",
    "comm distance",
  ],
  ["It's all tickets, but the tickets get answered, so I don't mind.", ""],
  [
    "The charity can't afford proper IT, so we've got a contractor who ignores us for days. I'm at my wits' end.",
    "blame:sec feel",
  ],
  [
    "Volunteers can't get on the system because each account needs a manager's approval that takes weeks.",
    "conflict",
  ],
  ["We're a small charity; our IT volunteer is doing his best and we're grateful.", ""],
  ["We've basically given up asking and just muddle through ourselves.", "distance"],
  ["The council data leak was my spreadsheet, sent to the wrong list. I own that.", "blame:self"],
  [
    "I went hot and cold when I realised I'd emailed the residents' file to the wrong Sarah.",
    "feel blame:self",
  ],
  [
    "They were kind about it when I reported the mistake, and talked me through the next steps.",
    "",
  ],
  [
    'After I reported it, the response was a one-line email: "Noted. Do not do this again."',
    "comm",
  ],
  ['"Noted. Do not do this again." That was it. I cried in the loo.', "comm feel"],
  ["They decide. We comply.", "power"],
  ["Did I expect a parade for reporting the phishing email? No, but a thank-you was nice.", ""],
  ["A thank-you would have been nice, but I didn't even get an acknowledgement.", "comm"],
  ["They answered within the hour, which at a council is practically a miracle.", ""],
  [
    "The depot lads have never heard of the security team, and I'd guess the security team has never heard of the depot.",
    "distance",
  ],
  ["Drivers lend their tablets to their kids. We found games on forty of them.", "blame:emp"],
  [
    "The handheld scanners log out after five minutes idle, so the pickers keep tapping them to stay in.",
    "conflict",
  ],
  ["The scanners are heavy and the batteries die, but that's the hardware supplier's fault.", ""],
  [
    "Head office pushed an update to every scanner during the Christmas peak without telling anyone. Classic.",
    "power blame:sec",
  ],
  ["Christmas peak plus a surprise scanner update. I could have screamed.", "feel comm"],
  [
    "When they do tell us something, it's a PDF attached to an email attached to another email.",
    "comm",
  ],
  [
    "The agency's IT guy sits two desks away and fixes things before I've finished describing them.",
    "",
  ],
  [
    "The creative team needs fonts installed weekly and every one is a ticket, an approval and a wait.",
    "conflict",
  ],
  ["IT treats designers' Macs like a nuisance they'd rather not support.", "blame:sec"],
  [
    "I'm honestly embarrassed to show clients our file-sharing link because it asks them for three verifications.",
    "feel",
  ],
  ["Why can't they just say \"we're blocking this because of X\"? Is that so hard?", "comm"],
  ["They did say why they blocked it, and it made sense once they explained.", ""],
  [
    "In the lab, the instrument PCs run Windows 7 and IT won't let us touch them. We just wait for their schedule.",
    "power conflict",
  ],
  [
    "Our microscope software only runs on an old Java version that security refuses to allow on the network, and we've explained three times that the machine doesn't even need internet access, so half our experiments have been on hold since February.",
    "conflict",
  ],
  [
    "Research is at a standstill because security treats every lab PC like a bank server.",
    "blame:sec conflict",
  ],
];
