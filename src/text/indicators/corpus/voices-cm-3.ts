import type { RawExample } from "./types.js";

/** IT technicians in small hospitals, GP practices, dental and other clinics, on clinicians, reception/admin staff and practice managers. Written fresh for Rapport (brief CM). */
export const VOICES_CM_3: readonly RawExample[] = [
  ["Consultants treat a password prompt like a personal insult.", "conflict blame:emp"],
  ["The practice manager and I have a standing Tuesday call. Nothing gets missed.", ""],
  [
    "Nurses share smartcards on nights because logging in takes four minutes. Can't fault them, our setup is slow.",
    "blame:sec conflict",
  ],
  [
    "We're a 40-bed community hospital and I'm the entire IT department. Wards see me maybe once a month.",
    "distance",
  ],
  ["GPs are happy to leave the tech to me. Never had one tell me how to do my job.", ""],
  ["Receptionists here are sharp. They caught a fake NHS email before I did.", ""],
  [
    "Doctors expect it to just work, and honestly they've got a point because lives depend on it, but shouting at me on the ward in front of patients when a printer jams really isn't needed.",
    "conflict feel",
  ],
  ["I'm terrified of a ransomware hit. The staff don't understand how close we come.", "feel"],
  ["Clinicians accept the screen timeout now. We shortened the login and the moaning stopped.", ""],
  [
    "The trust's cyber team send us mandates from head office with zero idea how a small ward works, like a two-minute screen lock on the PC nurses use during drug rounds.",
    "blame:sec power",
  ],
  ["Ward clerks ring me for everything, which is great. They're the only ones who do.", "distance"],
  [
    "Dentists here bought a new imaging system and expected me to plug it in same day, no network assessment.",
    "conflict",
  ],
  [
    "I talk too technical to the nurses. One told me she needed a dictionary after my training session.",
    "blame:self comm",
  ],
  ["Our matron is a legend. Security's on her ward huddle agenda every week.", ""],
  ["Junior doctors write passwords on the back of their lanyards.", "blame:emp"],
  [
    "The consultant went to the chief exec instead of me about his laptop. Got a snotty email from above before I'd even seen the ticket.",
    "power comm conflict",
  ],
  [
    "Nobody tells IT when a locum starts. They just use someone else's login for a week.",
    "distance blame:emp",
  ],
  [
    "I'm the enemy when I enforce the DSPT requirements. Staff think I made them up.",
    "feel conflict",
  ],
  ["Honestly, the physios are the easiest people to support. Polite, clear, grateful.", ""],
  [
    "Clinical staff ignore my emails. I've learned to catch them at the nurses' station at handover.",
    "distance",
  ],
  [
    "Management think IT is a cost and nothing else. Every budget meeting I'm justifying my existence.",
    "power",
  ],
  [
    "I sometimes just take the ward PC back to my office and fix it without telling anyone. Not my proudest habit.",
    "distance blame:self",
  ],
  [
    "The GPs don't really see me. I'm like the furniture until the clinical system crashes.",
    "comm",
  ],
  [
    "Radiology won't let me patch their PACS workstations because the vendor says it'll void the support contract, the trust says they must be patched within fourteen days, and I'm stuck in the middle getting emails from both.",
    "conflict power",
  ],
  ["Good relationship with the pharmacy team, they always flag things early.", ""],
  [
    'Healthcare assistants think "IT" is one person in Birmingham who hates them. It\'s me, in the basement.',
    "distance",
  ],
  [
    "I made a mess of the smartcard renewal, half the ward locked out on a weekend. Still feel bad.",
    "blame:self feel",
  ],
  [
    "The nurses are fine. It's some consultants who speak to me like I'm their houseman.",
    "power comm",
  ],
  ["Phishing reports from clinical staff have tripled since the new button went in.", ""],
  [
    "The practice manager does a brilliant job of explaining our changes to the partners. Couldn't do it without her.",
    "",
  ],
  [
    "a GP forwarded patient results to his personal email so he could look at them at home. definately not ok",
    "blame:emp",
  ],
  [
    "Our IT policies were written for a big acute trust. They make no sense in a six-room clinic.",
    "blame:sec",
  ],
  [
    "The reception team are up for new systems as long as they get a proper demo first. Fair enough.",
    "",
  ],
  ["I don't go onto the wards unless I'm called. Always seem to be in the way.", "distance"],
  [
    "We had a data breach scare and the partners handled it with me calmly, nobody pointing fingers. Respect.",
    "",
  ],
  [
    "Night staff do report faults, they leave a note on the ward PC for me in the morning. Works.",
    "",
  ],
  [
    'One consultant asked me to disable MFA "because he\'s a consultant". Rules are for everyone else, apparently.',
    "blame:emp conflict",
  ],
  [
    "I'm probably seen as the fun police, and I earned it. Took away their Spotify without a word of warning.",
    "conflict blame:self",
  ],
  ["The hospice staff are wonderful, patient with the slow wifi, and always offer me a cuppa.", ""],
  [
    "Emails from the security centre are full of CVE numbers. I have to rewrite every one before the clinic manager can understand it.",
    "blame:sec comm",
  ],
  ["Dental nurses are nervous around me. I think the last IT guy shouted.", "feel power"],
  [
    "Practice partners make decisions about systems in their partners' meeting and tell me afterwards.",
    "power",
  ],
  ["staff click on everything. parcel delivery, pension update, you name it", "blame:emp"],
  [
    "I know I should do more training sessions but honestly I dread standing in front of the clinicians.",
    "feel blame:self",
  ],
  [
    "It's a two-way street here, which I didn't expect coming from a big trust. Staff tell me what they actually need day to day, I tell them what's risky, and we meet somewhere in the middle.",
    "",
  ],
  [
    "The community nurses barely come into the building. I see their laptops once a year if I'm lucky.",
    "distance",
  ],
  ['One of the surgeons calls me "the computer lad" and clicks his fingers.', "power feel"],
  [
    "The outsourced NHS IT provider takes three weeks to answer a ticket. I'm embarrassed to tell staff the wait.",
    "blame:sec",
  ],
  [
    "Admin staff keep patient lists in an unprotected spreadsheet on the desktop. I've raised it four times.",
    "blame:emp",
  ],
  ["Clinicians and admin both come to the IT user group. Good turnout every time.", ""],
  [
    "The clinic manager wanted cameras that record audio in the consulting rooms. I had to say no, it got heated.",
    "conflict",
  ],
  [
    "Things used to be really tense with the nursing team, lots of shouting about logins, but since we put a tech on the ward two mornings a week, just sitting at the station being available, it's much better.",
    "",
  ],
  [
    "When the national systems go down staff know it's not me. They just want an update, and I give them one.",
    "",
  ],
  [
    "Staff think I can read their WhatsApps on work phones. I can't, and I've told them, but they don't believe me.",
    "conflict power",
  ],
  [
    "Honestly I don't chase people for training anymore. The compliance team can do it.",
    "distance",
  ],
  [
    'The healthcare assistants apologise for "being thick" every time they ring. Breaks my heart.',
    "feel power",
  ],
  ["Nurses write the ward PC password on the monitor. I've given up.", "blame:emp"],
  ["Pretty good place to work. The clinical director actually reads my reports.", ""],
  [
    "My fault, I rushed the Windows 11 rollout and broke the specimen printers in pathology.",
    "blame:self",
  ],
  [
    "When I explain data protection the GPs look at me like I'm reading a tax form out loud.",
    "comm",
  ],
  [
    'Managers forward me the occasional "is this legit?" email. Love that. Always reply same day.',
    "",
  ],
  ["Head of nursing expects me to be on call 24/7 on a 9 to 5 contract.", "conflict"],
  [
    "Our central security team in the trust treat us like a risk to be managed, not colleagues.",
    "blame:sec power",
  ],
  [
    "Consultants dictate their letters on personal phones with some random app. Worries me no end.",
    "feel blame:emp",
  ],
  [
    "I keep myself to myself in the office, which probably doesn't help. They know the extension if they need me.",
    "distance blame:self",
  ],
  [
    "Receptionists see me as the person who makes their job harder. Every change adds clicks, and our last three changes were badly designed, so fair.",
    "conflict blame:sec",
  ],
  [
    "Our reporting process is a mess, I wouldn't know how to report a phishing email either if I worked on reception.",
    "blame:sec",
  ],
  ["Optometrists upstairs are lovely, never a complaint, always say thanks.", ""],
  [
    "I told the medical director the backup hadn't run for a month. It was my mistake and I owned it.",
    "blame:self",
  ],
  ["Clinical staff see security as paperwork. Nothing I say changes that.", "conflict"],
  ["The partners argue with every invoice I bring. Like I'm begging.", "power feel conflict"],
  ["They only email me when the EMIS screen freezes, and it's always URGENT.", "comm"],
  ["Most of the staff are fine with the rules once you explain the reason.", ""],
  [
    "I find it hard to talk to the doctors. They're busy and I'm nervous and it goes badly.",
    "feel comm",
  ],
  [
    'A ward sister once threw me off her ward because I "upset the patients" fixing a PC.',
    "conflict power",
  ],
  ["Physios use the shared drive as a dumping ground and then complain it's slow.", "blame:emp"],
  ["The GP partners never ask about security until the insurance form asks them.", "distance"],
  ["There's a culture of \"don't bother IT\" here. I'd rather they bothered me.", "distance"],
  ["Our staff are brilliant at reporting. If anything looks off I get a call within minutes.", ""],
  [
    "The CQC inspection made management suddenly very interested in IT. Three weeks later, silence again.",
    "distance",
  ],
  [
    "Honestly some of the nurses just don't want to learn the new system. They keep paper notes and type them up later.",
    "blame:emp",
  ],
  ["I send one security tip a month, short and plain. People actually reply to them.", ""],
  [
    "Our security software blocks half the clinical websites. I spend my day unblocking NICE guidance.",
    "blame:sec conflict",
  ],
  [
    "The chief nurse said to me, \"I don't care how, just make it work\". That's the whole relationship.",
    "power comm",
  ],
  [
    "Good team. We sit in on the ward managers' meeting once a month and they ask sensible questions.",
    "",
  ],
  ['Dentists like to buy kit on their own and ask me to "just network it".', "conflict"],
  [
    "I was short with a receptionist last week, she'd been crying after a patient yelled at her. Wasn't my finest hour.",
    "blame:self feel",
  ],
  [
    "The community hospital board has never had anyone from IT present to them. Not once in seven years.",
    "power distance",
  ],
  [
    "Doctors don't lock their PCs. Patient notes open on screens in rooms with visitors.",
    "blame:emp",
  ],
  ["Clinic staff? Patient, kind, easy.", ""],
  [
    'I hate the way our security team writes to people. Threatening emails about "disciplinary action" for failing a phishing test, sent to nurses who\'ve just done a twelve-hour shift. Then they wonder why nobody reports anything.',
    "blame:sec comm feel",
  ],
  [
    "The pharmacy manager treats IT requests as beneath her. She gets her assistant to call.",
    "power distance",
  ],
  ["shouting into the void, basically", "feel distance"],
  ["They assume everything's secure because \"it's the NHS network\". I wish.", "conflict"],
  ["To be fair I rarely visit the outpatients annexe. Should do more.", "blame:self distance"],
  [
    "Sometimes I think the staff would rather the system crashed than follow another procedure.",
    "blame:emp",
  ],
  [
    "Clinic nurses always hold the door for me and tell me which patient not to disturb. Lovely.",
    "",
  ],
  ["Staff listen when IT says something. Even the consultants, mostly.", ""],
  [
    'Management want an "IT strategy" but won\'t give me an hour in the management meeting to discuss it.',
    "power conflict",
  ],
  [
    "A practice nurse told me she's scared of \"breaking the computer\" so she doesn't ask me anything.",
    "feel distance",
  ],
  [
    "The radiographers and I have a good thing going. They show me their workflow, I fix things around it.",
    "",
  ],
  ["Security rules here change so often even I can't keep up. Staff have no chance.", "blame:sec"],
  [
    "Clinicians never tell me about new medical devices going on the network. I find them by scanning.",
    "distance",
  ],
  ["I'm the bad cop, the practice manager is the good cop. Honestly, it works for everyone.", ""],
  [
    'Admin staff ignore the "report phish" button because they don\'t know what happens after.',
    "distance comm",
  ],
  ["The ward manager chats to me most mornings. It's the little things.", ""],
  [
    "GP registrars arrive every August not knowing our systems, and nobody in the practice thinks to tell me they're coming.",
    "comm distance",
  ],
  ['I said "endpoint" in a clinic meeting and the room went quiet. Noted.', "comm blame:self"],
  ['We\'re an afterthought. New wing built, no network points, they "forgot IT".', "power"],
  [
    "Staff trust me, I think. They let me know when they've messed up, which is the main thing.",
    "",
  ],
  ["Doctors here never treat me like their personal assistant. They're respectful of my time.", ""],
  [
    "Front desk get abuse from patients when the system's down, but they never take it out on me. Solid team.",
    "",
  ],
  [
    "Our ICB security people arrive for audits twice a year, point out every fault, write a long report nobody on the wards will ever read, and leave. Never once helped fix anything.",
    "blame:sec distance",
  ],
  [
    "I should have involved the nurses in choosing the new tablets. I didn't and they hate them.",
    "blame:self conflict",
  ],
  [
    "The staff don't care about cyber and I've stopped caring that they don't.",
    "distance blame:emp",
  ],
  ["clinic managers are pretty decent about it all tbh", ""],
  [
    'When a consultant says "this is a patient safety issue" about his screensaver, what do you say?',
    "conflict",
  ],
  [
    "Reception ring me in a panic over every popup. I've told them which ones matter but it doesn't stick.",
    "feel blame:emp",
  ],
  ["I'm quite isolated. The office is in a portacabin behind the car park.", "distance feel"],
  ['Every fix I do gets a "finally" reply from the ops manager.', "comm"],
  [
    "Honestly we communicate well with the clinical leads. Shared Teams channel, quick replies both ways.",
    "",
  ],
  [
    "The board only think about IT when they read about another hospital getting hacked.",
    "distance",
  ],
  [
    "My own team are too slow to respond to the wards, and it makes all of us look bad.",
    "blame:sec feel",
  ],
  [
    'Had a GP refuse to do data security training. "I\'m a doctor, not a computer scientist".',
    "conflict blame:emp",
  ],
  [
    "It's a small clinic and we're all on first-name terms. Makes everything easier, IT included.",
    "",
  ],
];
