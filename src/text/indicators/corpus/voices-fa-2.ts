import type { RawExample } from "./types.js";

/** Part 2 of batch FA (see voices-fa.ts). */
export const VOICES_FA_2: readonly RawExample[] = [
  ["I dread the security audit more than the taxman", "feel"],
  [
    "The support portal wants a category, a sub-category, a priority and an asset tag before it'll let you report a paper jam. It's a four-minute job to say the printer's stuck.",
    "conflict",
  ],
  [
    "My supervisors keep a spare unlocked laptop in the office for when IT's restrictions get in the way.",
    "conflict distance",
  ],
  ["Staff know the IT team by name, which in a 200-person firm says something.", ""],
  [
    "What winds me up is that they announce changes by email at five o'clock on a Friday.",
    "feel comm",
  ],
  [
    "I suppose we're a pain for them. Forty-odd tickets a week from one accounts department.",
    "blame:self",
  ],
  [
    "The security chap came to our team meeting, listened more than he talked, and changed two rules afterwards.",
    "",
  ],
  ["they decide, we comply", "power"],
  ["Not their fault, it's the software vendor.", ""],
  ["their invoice is the only contact we get", "distance"],
  [
    "My engineers are sharp, and they get properly irritated when they're sent on a module about spotting dodgy emails.",
    "feel",
  ],
  [
    "IT finally fixed the shared calendar after I'd chased it four times over two months. We're an estate agency in Bristol, so the calendar is the business.",
    "conflict",
  ],
  ["The new security manager is a breath of fresh air. She asks before she changes anything.", ""],
  [
    "Our bookkeeper won't call the IT firm any more, not since they laughed at her question about the cloud.",
    "comm distance",
  ],
  ["users are users, theyll always do daft things", "blame:emp"],
  [
    "I'd say nine out of ten of our problems come from the provider not reading the tickets properly.",
    "blame:sec",
  ],
  ["Small vet practice in Galway: IT is my brother-in-law. It works, mostly.", ""],
  ["I've asked them to stop copying me into every alert; I can't tell which ones matter.", "comm"],
  [
    "The night shift feel forgotten. Every training session is at ten in the morning.",
    "feel distance",
  ],
  ["my staff call the IT office the bunker", "distance"],
  [
    "I honestly think the last phishing incident was more our fault than theirs. The warnings were all there.",
    "blame:self",
  ],
  ["We were told the new system would make life easier. It has.", ""],
  ["Nobody from security has ever asked what my team actually does.", "distance"],
  [
    "They monitor our browsing, fine, but they could at least tell us what they do with it.",
    "power comm",
  ],
  ["helpdesk open 7 to 7, suits both our shifts", ""],
  [
    "When I took over as office manager I found a drawer full of passwords on Post-its. That's on us, not IT.",
    "blame:self",
  ],
  [
    "The junior analysts tense up whenever someone from the security team walks past their desks. Nobody has been able to tell me why.",
    "feel",
  ],
  ["I've watched IT reduce a temp to tears over a shared login.", "feel conflict"],
  ["Security here is one part-timer who's great but stretched.", ""],
  [
    "Our MSP's account manager visits twice a year and knows every member of staff by first name. Even the cleaners.",
    "",
  ],
  [
    "We've 60 staff over three sites in Poland and IT sits in Warsaw; the Gdansk office basically fends for itself.",
    "distance",
  ],
  ["They can be a bit condescending, I'd say, especially with the older staff.", "comm"],
  ["everything takes a ticket. EVERYTHING", "conflict"],
  ["lockouts arent IT's fault, the insurer demanded it", ""],
  [
    "Sometimes I think the security team would be happiest if nobody used a computer at all.",
    "blame:sec",
  ],
  [
    "The project managers stopped inviting IT to kick-offs because all they ever do is list risks.",
    "distance conflict",
  ],
  [
    "Our cyber insurance required training, and the provider ran it in plain English. Not a single complaint.",
    "",
  ],
  ["i think people are a bit scared of them", "feel"],
  ["The IT team's idea of consultation is an email that starts 'From Monday...'", "power comm"],
  [
    "We're a family-run brewery, 22 staff. The IT firm comes in, fixes things, has a pint, leaves. Suits us.",
    "",
  ],
  ["Employees will always be part of security, good and bad; that's just how it is.", ""],
  [
    "I was mortified when the provider found my own account had been forwarding mail to my personal Gmail for years.",
    "feel blame:self",
  ],
  [
    "The system's so locked down that my bookkeepers email files to themselves so they can work from home. I know that's worse, but what else can they do?",
    "conflict",
  ],
  [
    "Our security lead explains things in terms the site foremen actually get, which is rare. He used to be a foreman himself.",
    "",
  ],
  ["We don't see them. We see their tickets.", "distance"],
  ["They closed my ticket as resolved without touching it. Third time now.", "blame:sec"],
  ["My people respect IT because IT respects their time. Simple as that.", ""],
  ["I've stopped reporting small things, the paperwork isn't worth it.", "distance"],
  ["Maybe the training's a tad long, but people tell me they learn from it.", ""],
  [
    "The provider bills every question as an incident, so staff sit on problems for weeks rather than ring.",
    "distance blame:sec",
  ],
  ["the IT firm is great, no notes", ""],
  ["provider is fine. bit pricey", ""],
  ["they never explain anything", "comm"],
  ["who even is our IT person", "distance"],
  ["scared to ask them anything tbh", "feel distance"],
  ["security = the department of no", "blame:sec conflict"],
  ["IT's lovely. Quick too.", ""],
  [
    "Group security treats the branches like children who can't be trusted with scissors.",
    "power comm",
  ],
  [
    "We're a 40-seat law firm in Dublin. IT is outsourced and only the partners deal with them, so the secretaries never get a say in anything.",
    "power distance",
  ],
  ["quick to blame us, slow to fix stuff", "blame:emp blame:sec"],
  ["I wouldn't say my staff avoid IT. If anything they pester them too much.", ""],
  [
    "'Insider threat' is a phrase in our policy, but I've never seen anyone here treated as one.",
    "",
  ],
  [
    "After a sales rep fell for a fake invoice, security sent a company-wide email naming her team. Morale took a real hit.",
    "blame:emp feel",
  ],
  [
    "I run a print shop in Rotterdam with seven people. Our IT guy will explain something twice if he has to, in Dutch or English.",
    "",
  ],
  [
    "IT told the care home staff to stop using their phones on shift, which is fair, but then gave us no other way to reach the on-call GP.",
    "conflict",
  ],
  [
    "Supervisor at a distribution centre: the handheld scanners ask for a password every hour and the pickers hate it.",
    "conflict feel",
  ],
  ["When something breaks, my team tries YouTube before they try the helpdesk.", "distance"],
  [
    "Our security manager called my staff 'a liability' in a board meeting. I was sitting right there.",
    "blame:emp",
  ],
  ["They do a proper handover whenever they swap engineers. Appreciated.", ""],
  [
    "The provider's engineer fixed my laptop remotely while talking me through every step. Lovely experience.",
    "",
  ],
  [
    "We never budgeted for training, so of course people don't know what they're doing. That's a management failure, not theirs.",
    "blame:self",
  ],
  [
    "IT knows exactly which sites everyone visits, and they let it slip in a meeting once. People were not impressed.",
    "power feel",
  ],
  [
    "Our practice nurses ring IT from the car park so colleagues won't hear them ask what they call stupid questions.",
    "feel",
  ],
  ["good at the tech, terrible at the support", "blame:sec"],
  ["Someone from IT sits in on our quarterly planning now. Big improvement.", ""],
  ["Head of HR, 120 staff. I get more complaints about the coffee machine than about IT.", ""],
  [
    "Our security team is in Bangalore and we're in Pune. We talk every week on video and it works fine.",
    "",
  ],
  ["our MSP doesnt answer on weekends and we're a restaurant", "conflict"],
  [
    "I've heard our support staff mutter 'PEBKAC' more than once. They think we don't know what it stands for.",
    "blame:emp comm",
  ],
  [
    "If I'm honest, I'm intimidated by the IT director. He makes me feel like I'm wasting his time.",
    "feel power",
  ],
  [
    "The provider changed our email settings and sent the explanation as a PDF full of DNS records.",
    "comm",
  ],
  [
    "Nine people in the office. The IT contractor drops in on Tuesdays and everyone has his mobile number.",
    "",
  ],
  ["never met them, only emails", "distance"],
  [
    "Security pulled our Slack integration without warning, and the engineers lost a day rebuilding the release process.",
    "conflict power",
  ],
];
