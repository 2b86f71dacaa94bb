import type { RawExample } from "./types.js";

/** Healthcare staff (clinics, surgeries, pharmacies, dental practices, care homes) and their IT support: survey answers and a researcher's third-person interview notes. Written fresh for Rapport (brief DB). */
export const VOICES_DB_3: readonly RawExample[] = [
  [
    'P90 described feeling "quite tearful" after a cold, clipped call with the out-of-hours IT line.',
    "feel comm",
  ],
  ["I cried after the phishing test because I'd clicked it. I'm so careless.", "blame:self feel"],
  ["The phishing test made me feel like an idiot, even though I didn't click it.", "feel"],
  [
    'P21, pharmacy technician: "Security? Not my job. That\'s for head office to worry about."',
    "distance",
  ],
  [
    'P20 "resents being treated like a suspect" since the keystroke logging pilot started.',
    "power feel",
  ],
  [
    'P14 gets "really wound up" when the IT tech turns up in the middle of a consultation to swap a keyboard.',
    "feel conflict",
  ],
  [
    'I hate the way they talk to us, like we\'re slow. "Have you tried turning it off and on?" Yes. Obviously.',
    "comm feel",
  ],
  [
    'P15 (HCA) said bluntly: "IT are the reason the clinic ran forty minutes late on Tuesday."',
    "blame:sec",
  ],
  [
    'Practice manager: "Our own staff are the biggest risk. They share logins like sweets."',
    "blame:emp",
  ],
  ["The IT team's Christmas card to the surgery was a nice touch.", ""],
  [
    "I get so frustrated waiting on hold to the service desk that I've started doing paperwork with the phone on speaker.",
    "feel conflict",
  ],
  [
    "Ward sister explained they must ring IT to unlock the fridge temperature logger every time a new agency nurse starts, so the checks get done on paper.",
    "conflict",
  ],
  [
    'P49 "hates, genuinely hates" the satisfaction survey the helpdesk sends after every single call.',
    "feel",
  ],
  [
    'HCA, 20s, said she uses her personal phone to photograph wounds because the clinic\'s approved camera app takes "forever" to open.',
    "conflict",
  ],
  [
    "We found out from a patient, not from security, that the CCTV covers the dispensary screens. Felt violated, frankly.",
    "power comm feel",
  ],
  ["I've been here ten years and IT have always been decent to me.", ""],
  [
    'P36, pharmacist: "Every time I raise a ticket I half expect to be told it\'s my fault."',
    "feel",
  ],
  [
    "The IT newsletter is ten pages about server upgrades and not one line about what it means for us.",
    "comm",
  ],
  ["The IT provider gave us a clear checklist for the data security toolkit submission.", ""],
  [
    'Security staff member said management "nods along in meetings, then overrules us by email."',
    "power",
  ],
  [
    'P47 says the IT department "lives in emails"; in four years she\'s never heard a voice from there.',
    "comm distance",
  ],
  [
    'Security officer at a trust feels "completely ignored": consultants refuse to use the encrypted email and nobody senior backs her up.',
    "power conflict",
  ],
  [
    "Our practice keeps a shared IT notebook at reception where we jot down issues for the engineer.",
    "",
  ],
  [
    "I rang about the vaccine fridge monitor not logging temperatures and they fixed it remotely in ten minutes.",
    "",
  ],
  [
    "Security decides which websites we can visit and nobody asks the clinicians what we actually need.",
    "power",
  ],
  [
    "We're the customers, supposedly, but it feels like they're the boss, and we never even see them.",
    "power distance",
  ],
  ["I asked the IT guy how to spot fake emails and he gave me a great tip.", ""],
  [
    'Care home senior said the screensaver now shows security tips with words like "exfiltration" and "endpoint hygiene" that nobody on the floor understands.',
    "comm",
  ],
  ["IT sorted a replacement keyboard for the phlebotomy room by the next morning.", ""],
  ["I reported a dodgy email and got a thank-you within the hour.", ""],
  [
    "I didn't realise our IT firm also handled our cyber security until the audit. Good to know.",
    "",
  ],
  [
    "P79 pointed out that the pharmacy can't take card payments while the security update runs, and it runs at 10 a.m.",
    "conflict",
  ],
  [
    'P93 is "always a bit scared" she\'ll get the blame if the system goes down on her shift.',
    "feel",
  ],
  [
    "Why does every IT fix need three visits? Because they don't know what they're doing.",
    "blame:sec",
  ],
  ["They can revoke your smartcard without telling you. Happened to me on a Monday.", "power comm"],
  [
    "I still cringe thinking about the time I forwarded a patient letter to my personal email to print it at home. Totally my mistake.",
    "blame:self feel",
  ],
  ["Why bother reporting? They won't fix it.", "blame:sec distance"],
  [
    'IT\'s instructions are always "click here, then here," with screenshots from a different version of the software.',
    "comm",
  ],
  [
    "I can't do my job when the system logs me out mid-prescription. It's maddening.",
    "conflict feel",
  ],
  ['I like that the security team publish a monthly "top scams" list. It\'s short.', ""],
  ["P109 finds IT draining.", "feel"],
  [
    'Security officer said she feels "invisible" at the trust: "They only remember I exist when something\'s gone wrong."',
    "power feel",
  ],
  [
    "P11 explained that the ward tablets log out after two minutes, so carers write notes on paper and type them up at the end of the shift.",
    "conflict",
  ],
  [
    "The biggest security hole in this pharmacy is the staff room computer and the people who use it.",
    "blame:emp",
  ],
  [
    'IT technician described a "standoff" with the surgery\'s reception team over shared passwords that "went on for months."',
    "conflict",
  ],
  [
    "The new patient check-in kiosks were IT's idea, and they've caused nothing but chaos. I'm fed up apologising to patients for them.",
    "blame:sec conflict feel",
  ],
  ["New starters now get a buddy for learning the clinical system.", ""],
  [
    "I'm probably the problem. I don't bother with any of the security stuff.",
    "distance blame:self",
  ],
  ["Rural branch. IT have never been out here.", "distance"],
  ["The IT support guy came to the care home's summer fete.", ""],
  [
    "P25 said the practice manager needed written approval from the federation's IT board to change the waiting-room TV, and it took two months.",
    "power conflict",
  ],
  [
    'The smartcard system and I are at war. Every morning it\'s another error code, and IT just tell me to "try again."',
    "conflict feel comm",
  ],
  [
    'IT contractor: the care home staff "argue with every single change" and then blame him when things go wrong.',
    "blame:emp conflict",
  ],
  ["I've never had a problem with IT. I don't need them much, and when I do they're fine.", ""],
  [
    'P9, care home deputy: "Head office IT change things overnight and we find out when it stops working. We don\'t even know who they are."',
    "power distance",
  ],
  [
    'P95 reckons the dental practice deals with IT "about once a year, when the server dies."',
    "distance",
  ],
  ['GP, 40s: said IT staff at the federation "are stretched thin but do their best."', ""],
  [
    'The trust\'s infosec team say their recommendations are "binned" by operational managers who see them as a nuisance.',
    "power",
  ],
  [
    'Receptionist, 30s: "I have to beg for everything. A new headset took three emails and my manager\'s signature."',
    "power",
  ],
  [
    "Pharmacy technician said head office blocked the wholesaler's ordering site by mistake and it took four days and two managers to get it unblocked.",
    "conflict blame:sec",
  ],
  [
    "I honestly couldn't tell you if we even have a security person. Maybe someone at the ICB?",
    "distance",
  ],
  [
    "I asked three times why the dictation software was removed. No answer, and my letters are now a week behind.",
    "conflict comm",
  ],
  [
    "I'm furious. They promised the new tablets would be ready for the CQC visit and they weren't.",
    "feel blame:sec",
  ],
  [
    'Senior carer said the new policy email used "MFA" eleven times and never said what it stood for.',
    "comm",
  ],
  ["Good relationship with our IT support. They know us and we know them.", ""],
  [
    'Care home manager: "I lose sleep over the thought of a cyber attack here, and I\'ve no idea whether IT have it covered."',
    "feel distance",
  ],
  ["The IT team trained two of our receptionists as local champions. Works well.", ""],
  [
    "It's demoralising. I've been a nurse for twenty years and I need a twenty-two-year-old's permission to install a printer driver.",
    "power feel",
  ],
  [
    "I avoid the IT office. The vibe in there is unfriendly and I feel like I'm intruding.",
    "feel distance",
  ],
  [
    'Receptionist, 40s, no longer bothers reporting the frozen queue display because "it just comes back the next day anyway."',
    "distance",
  ],
  ["I can usually solve the small stuff myself, and IT are there for the bigger problems.", ""],
  [
    'Security officer: "We send the warning, nobody reads it, and then we get the blame."',
    "blame:emp distance",
  ],
  ["P13 finds the weekly IT drop-in at the surgery handy for small questions.", ""],
  [
    "We lost a whole morning clinic because IT rolled out an update nobody had tested.",
    "conflict blame:sec",
  ],
  ['IT always say it\'s a "known issue." Known for two years.', "blame:sec"],
  [
    'P58: "Most of my tickets are me forgetting my password. That\'s not their fault."',
    "blame:self",
  ],
  [
    "Care home manager found the previous IT firm slow and unhelpful, but rates the new one as excellent.",
    "",
  ],
  ['P63 found the security team "refreshingly human" at the last training day.', ""],
  ['P78 described IT as "fine, nothing to report."', ""],
  ["If the audit found problems, that's on me. I never updated the asset list.", "blame:self"],
  [
    'P29 was told her fault was "user-side" and the call was closed; she still can\'t scan referral letters.',
    "conflict comm",
  ],
  ["It's exhausting, frankly, having to justify every request to them.", "feel power"],
  ["The security awareness posters in the lift are quite good.", ""],
  ['Practice manager: "I love my team, but they\'re the reason we get phished."', "blame:emp"],
];
