import type { RawExample } from "./types.js";

/** Healthcare staff (clinics, surgeries, pharmacies, dental practices, care homes) and their IT support: survey answers and a researcher's third-person interview notes. Written fresh for Rapport (brief DB). */
export const VOICES_DB_5: readonly RawExample[] = [
  [
    "As the IT person here: it's the same three people every week, and I'm running out of patience.",
    "blame:emp feel",
  ],
  [
    "They won't let us use the hospital's referral portal because it \"isn't on the approved list.\" The list is theirs; the patients are ours.",
    "conflict power",
  ],
  [
    "The annual penetration test found two weak passwords, the practice manager reported, and the IT firm helped fix them the same afternoon.",
    "",
  ],
  [
    'Head office security manager: "Pharmacy branches are our blind spot. The staff just don\'t think."',
    "blame:emp",
  ],
  [
    'Our dispensary can\'t print the controlled drug register since IT "tightened" the print server, and they keep blaming the printer.',
    "conflict blame:sec",
  ],
  [
    "GP partner said the security team are approachable and that she has their direct mobile numbers.",
    "",
  ],
  [
    "P105 (practice nurse): the two-factor code goes to a work phone kept in a locker during clinic, so she can't log in between patients.",
    "conflict",
  ],
  [
    "Care home staff just use their own phones for photos of pressure sores; nobody has ever asked IT for a proper device.",
    "distance",
  ],
  [
    "P107 rang the out-of-hours security line and was given a reference number before they hung up.",
    "comm",
  ],
  ['Dentist said he\'s comfortable asking the IT firm "even daft questions."', ""],
  ['P45 thought the badge system was "sensible, though the photos are awful."', ""],
  ["The pharmacy owner has to ring the IT firm for permission to add a new till user.", "power"],
  ['P82 finds the IT team\'s warnings "all doom," with nothing about what to actually do.', "comm"],
  ['Care assistant, nights: uses the shared tablet for eMAR and said it "just works, mostly."', ""],
  [
    'The helpdesk auto-reply says "We aim to respond within 5 working days." For a locked account. In a pharmacy.',
    "conflict",
  ],
  [
    "We've got posters in the staffroom with the helpdesk number and the name of our account manager.",
    "",
  ],
  [
    "GP registrar said she waits about two days for lab results access after each new placement, and borrows a colleague's login in the meantime.",
    "conflict",
  ],
  [
    "I'm hopeless with technology, so most of the problems they deal with here are probably mine.",
    "blame:self",
  ],
  [
    'P66: the practice "gave up on IT years ago" because "they never once fixed anything properly."',
    "distance blame:sec",
  ],
  [
    "IT support officer said GPs \"think the rules don't apply to them\" and that he can't enforce anything against a partner, because the partners sign off his contract and he knows exactly how that conversation would go.",
    "blame:emp power",
  ],
  [
    "Receptionist said the automatic logout wipes half-finished appointment notes, so she types them in Notepad first and pastes them in.",
    "conflict",
  ],
  [
    'Deputy manager at a care home said the home "basically runs its own IT": the handyman resets the router, one of the seniors sorts the printers, and nobody from the official support company has set foot in the building since before the pandemic.',
    "distance",
  ],
  [
    "Security for our branch is run from a head office we've never visited, by a team that doesn't answer to us.",
    "power distance",
  ],
  [
    "It's infuriating. I need the scan in the patient's file now, not next week when IT get round to fixing the scanner.",
    "feel conflict",
  ],
  [
    'Care home manager admitted she was frightened when a neighbouring home was hit by ransomware, but said their own IT firm rang her the same morning, talked her through what to check, and came out that afternoon to make sure the backups were sound; she called them "a lifeline."',
    "",
  ],
  ["I haven't needed support since the new PCs came in.", ""],
  [
    'I got a message saying my account was "flagged for anomalous behaviour" and nothing else. I spent the whole weekend worrying.',
    "comm feel",
  ],
  [
    'Every week there\'s another "URGENT: CYBER THREAT" email. After a while you just stop opening them.',
    "comm distance",
  ],
  [
    'Service desk analyst said he is "treated like the help": doctors snap their fingers and expect their printer fixed on the spot.',
    "power",
  ],
  ["I didn't know what phishing was until the training, and now I spot it straight away.", ""],
  [
    'IT support: "I write the instructions for a ten-year-old and still get calls asking what a browser is."',
    "blame:emp",
  ],
  [
    'P100 described a "turf war" between the practice manager and the federation IT over who controls the surgery\'s website.',
    "conflict",
  ],
  ["We have an IT drop-in after the monthly staff meeting.", ""],
  [
    "Pharmacy manager recounted a row with IT about the dispensary screen lock: they want five minutes, she needs it to stay on while counting stock.",
    "conflict",
  ],
  ["We had a power cut and the system recovered by itself, which was a relief.", ""],
  [
    "Every click we make on the clinical system is audited, and we were told that in a tone that made it sound like a threat.",
    "power comm",
  ],
  [
    "Our dental surgery moved to cloud backups last year and the IT firm walked us through every step.",
    "",
  ],
  ["Our IT lead came and shadowed reception for a morning to understand how we work.", ""],
  [
    "They announce changes on a Friday afternoon and expect us to just cope on Monday.",
    "comm power",
  ],
  [
    "Dental nurse, 20s: said the IT contractor explained the new imaging software patiently and came back twice to check on her.",
    "",
  ],
  [
    "They lock everything down, then wonder why we can't do our jobs. They're not clinicians; they've never had to find a test result for a frightened patient behind a locked screen, and they don't get to decide how I treat people.",
    "conflict power blame:sec",
  ],
  [
    'Dental nurse: the IT firm "has access to everything" and the practice has "no idea what they do with it."',
    "power",
  ],
  ["No complaints about IT.", ""],
  [
    'Senior IT analyst said he "has no teeth": the partners overrule every security recommendation he makes.',
    "power",
  ],
  [
    "Nurse said she had been worried about the new system, but IT's training put her mind at rest.",
    "",
  ],
  [
    "We had a ransomware scare in the spring; the backups worked and the IT firm had us running again by lunch.",
    "",
  ],
  [
    "Every new piece of software needs sign-off from an IT committee that meets once a quarter.",
    "power conflict",
  ],
  [
    'Practice manager described the IT provider\'s monthly invoice as itemised and "easy to follow."',
    "",
  ],
  ["It was me who left the laptop on the train. I own that completely.", "blame:self"],
  [
    "I'll be honest: I'm a bit lazy about security, and I feel bad about it.",
    "blame:self feel distance",
  ],
  ['P71 said the IT firm was "responsive during the outage and honest about what went wrong."', ""],
  ["IT here? Quite good, actually.", ""],
  ["Security doesn't explain; it instructs.", "power comm"],
  [
    'P46, receptionist, says the new call-monitoring software makes her feel "like someone\'s always standing behind me."',
    "power feel",
  ],
  [
    'P18 asked the helpdesk a simple question and was told to "consult the knowledge base article," with no link.',
    "comm",
  ],
  ['For P62, a missed call from the service desk "makes my heart sink."', "feel"],
  ["There's a cyber security person at our trust, apparently. Never heard from them.", "distance"],
  [
    "The dental practice was told it couldn't use its own Wi-Fi for the card machine; the group's IT ruled it out without ever visiting.",
    "power conflict",
  ],
  [
    "We're a tiny branch. Nobody in IT knows we exist until something breaks, and then they decide what happens.",
    "distance power",
  ],
  [
    'P113 had no idea what "MFA" meant until the IT trainer drew it on a whiteboard; now it\'s obvious.',
    "",
  ],
  [
    'P53 thinks the IT team "act like they own the building" and is "sick of asking permission to do my job."',
    "power feel",
  ],
  [
    "The new firewall blocks the hospital discharge portal, so we can't see discharge letters. IT caused it and now they just shrug it off.",
    "conflict blame:sec",
  ],
  [
    'Dental nurse said the curt "Your request has been denied" email about a second screen "really stung."',
    "feel comm",
  ],
  [
    'IT lead at a dental group said the dentists "fight every change" and it can take a year to roll out encryption.',
    "conflict blame:emp",
  ],
  [
    'Cyber lead at a GP federation: "Users are the weakest link, and frankly most of them don\'t read a word we send."',
    "blame:emp distance",
  ],
  [
    'Security manager said the partners "like having a security person, as long as she never tells them no."',
    "blame:emp power",
  ],
  [
    'Dental practice owner described a shouting match with the IT vendor after the X-ray software update wiped a morning\'s images; still calls them "cowboys."',
    "conflict feel blame:sec",
  ],
  [
    "P102 on the helpdesk staff: \"never say hello, never say goodbye, just 'ticket number?'\"",
    "comm",
  ],
  [
    'The helpdesk keeps asking for my "asset tag" and I haven\'t a clue what that is, so the ticket just sits there.',
    "comm conflict",
  ],
  [
    'Care home manager recalled a security alert about "lateral movement" that left the whole team baffled.',
    "comm",
  ],
  ['P6 got a one-line reply about shared drive access: "Not permitted." Nothing else.', "comm"],
  [
    'Security officer at a care group said the staff "couldn\'t care less" about data protection as long as the shift gets done: care plans left open on tablets, passwords shared on the rota board, fire doors propped open for deliveries.',
    "blame:emp distance",
  ],
  [
    'The helpdesk told me my problem was "out of scope." Whose scope? What does that even mean?',
    "comm",
  ],
  ['P17 reckoned the IT company "couldn\'t organise a fire drill in a fire station."', "blame:sec"],
  [
    "The IT firm's engineer rang back within five minutes when the dispensary PC wouldn't start.",
    "",
  ],
  [
    "When the warning emails come in, my hands literally shake. Why do they have to write them like we're about to be arrested? Half the time it's only a reminder to restart the computer, but it reads like a court summons.",
    "feel comm",
  ],
  [
    "I get round the screen lock by wedging a pen against the mouse. I know, I know, I'm part of the problem.",
    "blame:self conflict",
  ],
  [
    "Care home manager said she gets a knot in her stomach whenever an email from the security team lands, even before opening it.",
    "feel",
  ],
  [
    'Dental practice manager: the corporate owners\' IT team "decide what software we use, and we pay for it."',
    "power",
  ],
  [
    'Security analyst: "We put it in plain English, in bold, twice. They still replied to the scam."',
    "blame:emp",
  ],
  [
    "P104, practice nurse, said she can't install anything, not even a PDF reader, without asking the trust's IT people for permission.",
    "power",
  ],
  [
    'P76 claims the IT contractor has "the keys to everything" and the owner can\'t even get the admin password back.',
    "power",
  ],
  [
    'Pharmacy technician said the stock system migration was "stressful for everyone" but the head office IT team were on site all week.',
    "",
  ],
  ["IT fixed the waiting-room display and left a note explaining the fault.", ""],
];
