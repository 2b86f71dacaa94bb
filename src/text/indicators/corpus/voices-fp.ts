import type { RawExample } from "./types.js";
import { VOICES_FP_2 } from "./voices-fp-2.js";
import { VOICES_FP_3 } from "./voices-fp-3.js";

/** Employees of schools, charities, councils, small law and accounting practices and surgeries answering the online survey at their desks, formal to chatty (round 26). Written fresh for Rapport (brief FP). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The IT people at our charity are volunteers and they do a great job given the time they have.",
    "",
  ],
  [
    "I'm a bookkeeper, not a technician, and I'm honestly scared that one wrong click will bring down the whole firm.",
    "feel",
  ],
  ["IT is a black box. Decisions come out of it and nobody knows who made them.", "power"],
  [
    "IT have made my job harder, not easier. Every new 'security measure' adds five minutes to something I do fifty times a day.",
    "conflict blame:sec",
  ],
  [
    "I fix most things myself with a bit of googling rather than wait for the helpdesk to ring back.",
    "distance",
  ],
  ["I'd say the relationship is good. They know us by name.", ""],
  ["There's a poster in the kitchen with the helpdesk number on it.", ""],
  ["They don't lecture you, they just tell you what you need to know.", ""],
  [
    "There was one grumpy technician a few years back but he left ages ago, the current team are great.",
    "",
  ],
  [
    "Our IT provider takes weeks to do anything and then sends an invoice. Worst money we spend.",
    "blame:sec",
  ],
  ["I don't really know what the security team does all day, to be honest.", "distance"],
  [
    "The two-factor thing drives me mad, my phone is in my locker during clinic so I can't log in.",
    "feel conflict",
  ],
  ["Our IT support is a shared service with three other schools in the federation.", ""],
  [
    "I get frustrated that every request for access has to be justified in writing, even for a folder I've used for years.",
    "feel power",
  ],
  ["Passwords have to be twelve characters now.", ""],
  ["I'm a paralegal and I lock my screen whenever I leave my desk, it's second nature now.", ""],
  [
    "The phishing simulations are anonymous, nobody gets named or shamed, which I think is the right approach.",
    "",
  ],
  ["Whatever goes wrong, IT will find a way to make it worse.", "blame:sec"],
  ["I kind of avoid the IT office if I can, they always seem busy and a bit grumpy.", "distance"],
  [
    "Every time the school network blocks a YouTube clip I need for a lesson I have to log a ticket and wait two days, by which time the lesson's long gone.",
    "conflict",
  ],
  [
    "A lot of what IT do seems to be about covering themselves rather than helping us.",
    "blame:sec",
  ],
  [
    "The consultant who does our IT talks in riddles. 'Your DNS is propagating' - brilliant, thanks, but what does that mean for my clients' files?",
    "comm",
  ],
  ["Our IT person is part time, two days a week, and that seems enough for us.", ""],
  [
    "We only ever meet the IT people when there's been an incident, and then it's like an interrogation.",
    "comm power",
  ],
  [
    "The head of IT sat with me for twenty minutes to sort out my email on my tablet. Couldn't fault him.",
    "",
  ],
  [
    "Our IT lead came into the staff room last term and walked us through the new login process, it was really helpful.",
    "",
  ],
  ["tbh our IT guy is nice enough but he does sometimes make you feel a bit thick", "feel"],
  [
    "I don't feel watched, I know the monitoring is there for safeguarding reasons and I'm fine with that.",
    "",
  ],
  ["My line manager puts in most of the IT requests for our team.", ""],
  [
    "Not really an issue for us, we're a small office and our IT person is the practice manager's husband, he's lovely.",
    "",
  ],
  [
    "I'm a caseworker and I need to share documents with families quickly. The encryption tool is so fiddly that half the team just send things from personal email instead.",
    "conflict",
  ],
  [
    "Years ago the council's IT were very much an ivory tower, these days they're pretty approachable.",
    "",
  ],
  ["I feel like a nuisance every time I ask for help.", "feel"],
  [
    "Kind of annoying that the laptop forces a restart in the middle of a client meeting.",
    "feel conflict",
  ],
  [
    "Our receptionist sits next to the server cupboard so she's become the unofficial IT contact, which suits everyone.",
    "",
  ],
  [
    "Last time I asked a question the technician said 'well, that's obvious' and walked off. I haven't asked anything since.",
    "comm distance",
  ],
  [
    "The password policy emails are full of acronyms, MFA, SSO, endpoint this and that... I have no idea what half of it means.",
    "comm",
  ],
  ["Never see them, never hear from them, unless we've broken something.", "distance comm"],
  [
    "We're not allowed to change anything on our own machines, not even the desktop background. It's a bit patronising.",
    "power",
  ],
  [
    "The IT team won't touch anything unless it's in writing and approved by the director, so a five minute job becomes a fortnight.",
    "conflict power",
  ],
  [
    "I honestly feel anxious every time I have to use the new case management system in case I break something.",
    "feel",
  ],
  [
    "I find the whole security side a bit intimidating, I'd rather just not think about it.",
    "feel distance",
  ],
  [
    "I worry constantly about GDPR and getting something wrong with patient data, and nobody from IT ever explains what's actually allowed.",
    "feel comm",
  ],
  [
    "Me and a colleague share a login for the booking system because it takes IT three weeks to set up a new account.",
    "conflict",
  ],
  [
    "I'm always worried I'll be the one who causes a data breach and ends up in the local paper.",
    "feel",
  ],
  ["I can usually get a response from the helpdesk within the hour.", ""],
  ["Nobody from IT has ever come to introduce themselves to our team in four years.", "distance"],
  ["I use a hardware key to log in to the payroll system.", ""],
  [
    "I do feel a bit nervous about the audits, it's like having your homework marked.",
    "feel power",
  ],
  [
    "We were told not to use WhatsApp for work but there's nothing else that works on home visits, so we all still do.",
    "conflict",
  ],
  ["I feel like I'm constantly being watched by the monitoring software, it's unsettling.", "feel"],
  [
    "They are very quick to point the finger at staff when something goes wrong, but never at their own systems.",
    "conflict",
  ],
  ["Nobody listens when we say the system doesn't work for us.", "power"],
  ["I've heard people moan about IT but I've honestly never had a problem.", ""],
  [
    "I probably should have reported the odd email but I didn't want to look silly, so I just deleted it.",
    "distance feel",
  ],
  [
    "I don't think IT really understand what a GP receptionist does, they've put in a timeout that logs us out mid phone call.",
    "conflict",
  ],
  [
    "Staff are the problem, not the technology. Most breaches in schools start with someone sharing their login.",
    "blame:emp",
  ],
  [
    "I felt really embarrassed when I was pulled up in front of everyone for leaving a file open.",
    "feel power",
  ],
  ["We had a data protection refresher in September.", ""],
  [
    "When my laptop was stolen from my car the IT team were brilliant, they had it wiped and a new one ready the next day.",
    "",
  ],
];

export const VOICES_FP: readonly RawExample[] = [...FIRST_PART, ...VOICES_FP_2, ...VOICES_FP_3];
