import type { RawExample } from "./types.js";
import { VOICES_DB_2 } from "./voices-db-2.js";
import { VOICES_DB_3 } from "./voices-db-3.js";
import { VOICES_DB_4 } from "./voices-db-4.js";
import { VOICES_DB_5 } from "./voices-db-5.js";
import { VOICES_DB_6 } from "./voices-db-6.js";

/** Healthcare staff (clinics, surgeries, pharmacies, dental practices, care homes) and their IT support: survey answers and a researcher's third-person interview notes. Written fresh for Rapport (brief DB). */
const FIRST_PART: readonly RawExample[] = [
  ["My colleague Tom is basically our IT. We only call the real ones if he's stumped.", "distance"],
  ["They told us why the USB ports were blocked and offered encrypted sticks instead.", ""],
  ["There's no person, just a portal. I type my problem into a box and hope.", "distance comm"],
  [
    "Our dental nurse uses her phone's hotspot because the surgery Wi-Fi blocks the lab's upload page.",
    "conflict",
  ],
  [
    "Dentist said the practice is too small to need much IT, and the annual check-up visit covers it.",
    "",
  ],
  [
    "It's humiliating to have to ask a colleague to unlock my own account because IT only deal with managers.",
    "power feel",
  ],
  [
    "I'm so embarrassed. I locked myself out three times in one morning and had to ring them each time.",
    "feel blame:self",
  ],
  [
    'They send out new rules as a done deal. No explanation, no consultation, just "effective immediately."',
    "comm power",
  ],
  [
    "Care assistant said they're not allowed to use WhatsApp for rotas, but the official app doesn't work on half their phones, so everyone uses WhatsApp anyway.",
    "conflict",
  ],
  [
    'According to P70, IT "lost" the new nurse\'s access request twice, so she spent her first fortnight unable to document care; the nurse lead is "furious with them."',
    "conflict feel blame:sec",
  ],
  [
    "Our appointment reminders stopped going out for two weeks because IT changed a setting and didn't check.",
    "conflict blame:sec",
  ],
  [
    'Our clinical photos app was blocked by IT on a Tuesday for "compliance." By Wednesday everyone was using their own phones again.',
    "conflict",
  ],
  [
    'The IT officer admitted she gets "really irritated" with doctors who say they\'re "too busy" for the training.',
    "blame:emp feel",
  ],
  ["The security policy is long, but there's a one-page summary at the front.", ""],
  ["Nurse, 40s: feels the badge system has made the building safer.", ""],
  [
    "The new IT company makes me nostalgic for the old one, and I couldn't stand the old one.",
    "feel blame:sec",
  ],
  [
    "It's embarrassing to get a phishing-test \"failure\" email that's copied to my manager.",
    "feel power",
  ],
  [
    'Security lead, community trust: "Nine out of ten incidents start with somebody at a desk doing something silly."',
    "blame:emp",
  ],
  ['P116 felt the security e-learning was "basic, but probably necessary for new starters."', ""],
  ["The IT upgrade went smoothly, though I was nervous beforehand.", ""],
  ["P85 mentioned the IT team had introduced a simpler leavers' process, which helped.", ""],
  [
    "I'm nervous of the security people. They're nice enough, but I feel like they're judging me.",
    "feel",
  ],
  ["IT now send a short text when there's a planned outage.", ""],
  [
    'P12 had assumed the IT support was "someone abroad" and was surprised to learn they\'re based in the next town.',
    "distance",
  ],
  [
    'The migration was a disaster from start to finish. They switched off the old system on the Friday before the new one worked, we spent the weekend ringing patients from paper lists, and then on Monday they sent a cheery newsletter about "exciting changes". I was livid.',
    "conflict comm feel blame:sec",
  ],
  [
    'Pharmacist, 60s: said he is "sick to the back teeth" of the IT contractor breaking the dispensing robot link with every patch.',
    "blame:sec feel",
  ],
  ["P91 mentioned that IT had sorted her home-working setup quickly when she was shielding.", ""],
  ["I just Google it instead.", "distance"],
  [
    'Practice manager (F, 40s) said she fixes most printer and email issues herself "because it\'s quicker than logging a ticket."',
    "distance",
  ],
  ['P42 described the IT support as "a bit slow sometimes, but very thorough."', ""],
  [
    "Locum GP noted that the IT set-up varies between surgeries, but every one he's worked at had clear login instructions waiting for him.",
    "",
  ],
  [
    "IT decided we didn't need admin rights on the ultrasound laptop. Nobody asked the sonographer.",
    "power",
  ],
  ['Senior carer has "no idea what IT even do all day."', "distance"],
  [
    'I should have read the email properly, to be fair, but it was buried under six other "urgent" ones.',
    "blame:self comm",
  ],
  [
    "The group IT team decided all branches must use the same printer model, and ours won't do dispensing labels. No appeal.",
    "power conflict",
  ],
  ['P64, describing the IT team\'s Teams messages: "one word, no greeting, no full stop."', "comm"],
  [
    "Care home manager, visibly let down: the IT contractor promised the new call-bell system would link up with the care records, and it doesn't. \"Disappointed doesn't cover it.\"",
    "feel blame:sec",
  ],
  ["I worry about getting something wrong on the computer and the IT lot finding out.", "feel"],
  ["The new guest Wi-Fi for patients has been a hit.", ""],
  ["Admin lead said the move to NHSmail was bumpy for a week and then settled.", ""],
  [
    "The so-called upgrade to the appointment system has doubled our admin time, and whoever designed it clearly never worked a reception desk.",
    "conflict blame:sec",
  ],
  ["When I was new, the IT lady sat with me for half an hour and set everything up.", ""],
  [
    'Dental receptionist described being "furious" when the booking system was taken down for maintenance at 9 a.m. on a Monday with no warning.',
    "feel conflict comm",
  ],
  [
    'P60 called the helpdesk "patronising" and said she comes off every call "feeling about five years old."',
    "comm feel power",
  ],
  ["P48 noted that the helpdesk phone menu had been simplified after complaints.", ""],
  [
    'P2 finds the phishing warnings written "like a legal document" and skims them without understanding a word.',
    "comm",
  ],
  ["I'd rather IT were strict than have patient records leaked.", ""],
  ["Their word is final. If IT says no, it's no, even when the doctor says yes.", "power"],
  ["The security team ran a drop-in session in the staff room with cake. Good turnout.", ""],
  ['Pharmacy dispenser, 20s: "I\'ve never once thought about who does our IT."', "distance"],
  ['Nurse, 60s: says she "leaves all that security business to the young ones."', "distance"],
  ["The password rules changed in March to longer passphrases.", ""],
  ["The new encryption on the laptops slowed them down a bit, but nobody minded.", ""],
  [
    'P22, dental hygienist: avoids asking IT anything because she "doesn\'t want to bother them" and feels awkward about how basic her questions are.',
    "feel distance",
  ],
  [
    "We asked why the scanner can't send straight to the patient record and got three paragraphs about SMTP relays that answered nothing. Three months on we're still printing and rescanning.",
    "comm conflict",
  ],
  [
    'Receptionist said she felt "told off like a schoolgirl" in a group email about leaving her screen unlocked.',
    "feel comm power",
  ],
  ["I sometimes forget to lock my screen; IT have been kind about reminding me.", ""],
  [
    "Dental receptionist: \"We get instructions from a company we've never met, in words we don't understand, about things we didn't ask for.\"",
    "comm distance power",
  ],
  [
    "It's nerve-wracking knowing the security team can look at my screen whenever they like.",
    "feel power",
  ],
  [
    'The IT contractor complained that the nurses "keep unplugging the network cable to charge their phones."',
    "blame:emp",
  ],
  [
    'HCA, 20s, said she used to dread calling the helpdesk, but the new team are "lovely" and the dread has gone.',
    "",
  ],
  ["The password manager took a while to get used to, but I'd never go back.", ""],
  ['P88 was "a bit wary" of the new fingerprint login at first but now prefers it.', ""],
  [
    "P52's worst IT experience, by her own account, was a ten-minute wait, and she thought that was fine.",
    "",
  ],
  ["My laptop camera broke and IT had a new one couriered to the clinic.", ""],
  [
    "I've no idea who our data protection officer is. Someone at the federation, maybe.",
    "distance",
  ],
  [
    "For P30, the only contact with the security team is an annual e-learning module with a quiz tacked on.",
    "comm distance",
  ],
  [
    "Care worker, 30s: stopped reporting login problems months ago; she just uses the senior carer's account when hers locks.",
    "conflict distance",
  ],
  ["P55 says she gets on fine with the IT apprentice who comes in on Tuesdays.", ""],
  [
    "Our only contact with IT is a monthly report full of graphs. Nobody reads it.",
    "comm distance",
  ],
  ['Nurse, 30s, said she finds the IT team friendly and "a bit nerdy, in a nice way."', ""],
  [
    'The PMR kept crashing; head office IT insisted it was "our network," the network provider said it was their software, and I was stuck in the middle, fuming.',
    "conflict feel",
  ],
  [
    'IT technician at a GP federation: "You explain it three times and they still write their password on a Post-it under the keyboard. It wears me down."',
    "blame:emp feel",
  ],
  [
    'P27 was upset that the phishing simulation pretended to be about staff bonuses; she called it "cruel, at Christmas."',
    "feel blame:sec",
  ],
  [
    'P80 goes "red in the face" just remembering the day the IT engineer found the sticky note with her password on it.',
    "feel",
  ],
  ["The only time IT contacts us is when the antivirus flags something on a reception PC.", "comm"],
  [
    "Our IT firm isn't perfect, and there was a bad week in January when the server kept dropping, but they owned up to it, came in every morning until it was fixed, and explained exactly what had gone wrong in plain English.",
    "",
  ],
  [
    "I got an email, copied to my manager, telling me I'd breached policy by forwarding a rota. No chat, nothing. I was shaking.",
    "comm power feel",
  ],
  ["We get a reminder to do updates every Friday, which is fair enough.", ""],
  [
    'Dentist said the practice has to close the imaging software to run the antivirus scan, "so we do scans at lunch or not at all."',
    "conflict",
  ],
  [
    "P114 appreciated that the security officer came to a staff meeting to explain the new visitor sign-in system.",
    "",
  ],
  [
    "We've been waiting eight weeks for a new starter's login, so she's been shadowing rather than doing any actual work.",
    "conflict",
  ],
  [
    "I'm the one who forgot to log off the shared PC in the lounge, so I guess the complaint was fair.",
    "blame:self",
  ],
  [
    'P10 recalled crying after a helpdesk call where the agent repeated "as I already said" four times.',
    "comm feel",
  ],
];

export const VOICES_DB: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_DB_2,
  ...VOICES_DB_3,
  ...VOICES_DB_4,
  ...VOICES_DB_5,
  ...VOICES_DB_6,
];
