import type { RawExample } from "./types.js";
import { VOICES_GF_2 } from "./voices-gf-2.js";
import { VOICES_GF_3 } from "./voices-gf-3.js";
import { VOICES_GF_4 } from "./voices-gf-4.js";

/** Employees in healthcare, schools and local government answering the survey's open questions, some sarcastic, many matter-of-fact (round 30). Written fresh for Rapport (brief GF). */
const FIRST_PART: readonly RawExample[] = [
  [
    "They reset my password when I got locked out before a night shift. Quick and kind about it.",
    "",
  ],
  ["The security team looks after the firewall and checks the ward PCs get their updates.", ""],
  ["Helpful? When you can find them. Which is never on nights.", "conflict"],
  [
    "They put a 15 minute auto-logoff on the drug round laptop. Try doing a medication round with that. Genius.",
    "conflict blame:sec",
  ],
  [
    "I'm a staff nurse and honestly I don't think about them at all, we just get on with it.",
    "distance",
  ],
  [
    "They came onto the ward to explain the new smartcard readers and actually listened when we said where they should go.",
    "",
  ],
  ["Emails from them are all acronyms. MFA, SSO, EDR. I'm a nurse, not a dictionary.", "comm"],
  [
    "I'm scared of clicking the wrong thing and getting the whole hospital shut down, like that trust that got hit.",
    "feel",
  ],
  ["they only turn up when theres been a breach", "comm"],
  ["Not condescending at all, they're patient even when you ask the same thing twice.", ""],
  [
    "We share logins on the ward computer because theirs take too long to load and a patient is waiting. They know it, we know it.",
    "conflict",
  ],
  ["Relationship? There isn't one. They're somewhere in the basement I think.", "distance"],
  [
    "To them we're the risk, the ones who'll click the dodgy link. Feels like they think nurses are stupid.",
    "feel blame:emp",
  ],
  [
    "I got a phishing test email, clicked it, and felt awful for a week. My fault really, I was rushing.",
    "feel blame:self",
  ],
  ["They do the annual data security training and monitor who opens patient records.", ""],
  [
    "We're audited on every record we open. They're never audited on anything as far as I can tell.",
    "power",
  ],
  ["Good at locking things down, hopeless at telling us why.", "comm"],
  [
    "Our security lead did a drop-in session in the canteen, free biscuits, plain English. Best hour of training I've had.",
    "",
  ],
  ["If the system goes down on a shift I just use paper. No point ringing them.", "distance"],
  ["The IT security people are fine. Never had a problem with them.", ""],
  [
    "They blocked the USB stick with my revalidation portfolio on it. Three days to get it unblocked.",
    "conflict",
  ],
  [
    "When ransomware hit the pathology lab, they worked through the night and kept us updated every few hours. Massive respect.",
    "",
  ],
  ["They decide, we comply. Nobody asks the ward what works.", "power"],
  ["I feel a bit thick asking them anything, so I don't.", "feel distance blame:self"],
  [
    "Frankly the users ARE the weakest link here, I've seen passwords on post-its on the nurses' station monitor.",
    "blame:emp",
  ],
  ["Pretty clear instructions usually, they send a one-page picture guide.", ""],
  [
    "Talk to you like you're five. 'Now, do you know what an email attachment is?' Yes, Gary.",
    "comm",
  ],
  [
    "Security staff check the access logs and investigate if someone looks at a record they shouldn't.",
    "",
  ],
  ["Their job is basically to say no. They're very good at it.", "conflict blame:sec"],
  [
    "Worried they'll see I looked up my own test results. Is that allowed? Nobody's ever said.",
    "comm feel",
  ],
  [
    "I rang about a suspicious email and they thanked me for reporting it. Made me feel like I'd done something right.",
    "",
  ],
  ["Honest answer: I avoid them. Every call ends with me being told off.", "feel distance"],
  [
    "I'm on reception at a GP surgery. They put the new phone system in and the patient booking system has been stable since.",
    "",
  ],
  ["they never explain anything, just 'a change has been made to your account'", "comm"],
  [
    "The practice manager is the only one who talks to them. We just get told afterwards.",
    "power distance",
  ],
  ["I'd say they're approachable. One of them even remembered my name.", ""],
  [
    "Whenever the booking screen freezes and I've got a queue out the door, I'm the one getting shouted at, not them.",
    "conflict feel",
  ],
  ["I probably cause half their tickets, I'm not great with computers.", "blame:self"],
  [
    "They think receptionists give out info to anyone who rings. We don't. We've had more training than they have.",
    "feel blame:emp",
  ],
  [
    "Got told off in front of the whole back office for leaving my screen unlocked. Humiliating.",
    "comm feel",
  ],
  ["Neutral really. They do their thing, I do mine.", ""],
  ["Why does it take them a week to add a printer? Useless.", "conflict blame:sec"],
  ["They monitor emails for scams and block dodgy websites.", ""],
  ["I'm not sure they even know we exist until something breaks.", "comm distance"],
  ["Always feels like I'm asking permission, like I'm bothering them.", "feel power"],
  ["Their instructions were clear and they stayed on the phone till it worked. No complaints.", ""],
  [
    "We're not allowed to install anything, not even a zoom update. They hold all the keys.",
    "power",
  ],
  ["Receptionists are always blamed first when data goes missing. Always.", "feel blame:emp"],
  [
    "As a pharmacist, I mainly deal with them about the controlled drugs system access. They're efficient.",
    "",
  ],
  ["They patch the dispensing system overnight so it doesn't disrupt us. Sensible.", ""],
  [
    "Patched the dispensing robot in the middle of Saturday opening. Who signed off on that?",
    "conflict blame:sec",
  ],
  ["Their risk assessments come back full of jargon I have to google.", "comm"],
  [
    "I feel completely dependent on them. If they say the system stays down, it stays down, and patients wait.",
    "feel power",
  ],
  ["Frankly I don't know who they are. Requests go into a portal and vanish.", "power distance"],
  [
    "Pharmacy had a good working group with them on e-prescribing security. Genuinely collaborative.",
    "",
  ],
  [
    "They treat a pharmacist needing remote access like we're trying to smuggle something out.",
    "conflict feel blame:emp",
  ],
  ["We used to have monthly catch-ups. Stopped during covid and never came back.", "distance"],
  ["My own fault I got locked out, I kept typing the old password.", "blame:self"],
  ["Communication is good. Short emails, what's changing, when, what you need to do.", ""],
  [
    "It's always 'the user did this, the user did that' in their incident reports. Never the system.",
    "blame:emp",
  ],
];

export const VOICES_GF: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_GF_2,
  ...VOICES_GF_3,
  ...VOICES_GF_4,
];
