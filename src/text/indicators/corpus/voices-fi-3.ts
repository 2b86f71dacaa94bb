import type { RawExample } from "./types.js";

/** Part 3 of batch FI (see voices-fi.ts). */
export const VOICES_FI_3: readonly RawExample[] = [
  [
    "I've seen finance teams keep a spare laptop with no endpoint agent on it 'for when IT breaks things'.",
    "conflict",
  ],
  ["Human-centred security isn't soft. It's engineering with real people in the loop.", ""],
  [
    "Our industry's marketing has made people frightened of their own inboxes. We did that.",
    "blame:self feel",
  ],
  ["Our mantra: assume the user will get it wrong.", "blame:emp"],
  [
    "Lovely to see so many HR and internal comms folks in the security culture track this year. That's exactly the crowd we need.",
    "",
  ],
  [
    "Every employee is a potential insider threat until proven otherwise. Monitor accordingly.",
    "blame:emp power",
  ],
  [
    "We publish our phishing test calendar in advance. Click rates rose slightly; reporting and trust rose a lot.",
    "",
  ],
  [
    "Burnout in security teams is at record levels, with many analysts saying they feel unappreciated by the wider business.",
    "feel",
  ],
  [
    "Vendors, ourselves included, have shipped tools people find baffling and then charged extra for the training to explain them.",
    "blame:self",
  ],
  [
    "Cybersecurity Awareness Month kicks off Monday. Expect quizzes, cake and a very competitive leaderboard 🍰",
    "",
  ],
  [
    "Spent the morning with a client's night-shift team. First time anyone from IT had visited them in person. Ever.",
    "distance",
  ],
  [
    "Respondents described security communications as 'technical', 'preachy' and 'easy to ignore'.",
    "comm",
  ],
  [
    "Over half of respondents said they would report a mistake straight away if they were sure it wouldn't lead to discipline.",
    "",
  ],
  [
    "Some of the security people I've worked with seem to actually enjoy catching colleagues out.",
    "blame:sec power",
  ],
  [
    "Hardware keys for the trading floor arrive next week. Drop-in setup desks on floors 3 and 7.",
    "",
  ],
  [
    "Security folks love to lecture. Staff love to tune out. Guess how that ends.",
    "blame:sec comm distance",
  ],
  [
    "I've assessed 40 firms this year. The ones with the worst incident rates had security teams nobody could actually get hold of.",
    "blame:sec conflict",
  ],
  [
    "New whitepaper: five ways mid-sized manufacturers are bringing shop-floor staff into security conversations.",
    "",
  ],
  [
    "I used to open every awareness talk with a slide of a clown clicking a link. Got laughs. It also told a room of nurses and porters exactly what I thought of them, and I'm not sure they've forgiven me.",
    "blame:self feel",
  ],
  [
    "Calling users the weakest link is what lazy security leaders say when they haven't fixed their own processes.",
    "blame:sec",
  ],
  [
    "Developers called the new code-scanning gate 'a tax on shipping', and several teams quietly found ways to skip it.",
    "conflict",
  ],
  [
    "Analyst note: the human risk management segment is consolidating, with three acquisitions in the last two quarters.",
    "",
  ],
  [
    "Nearly half of staff said they had never met or spoken to anyone from their security team.",
    "distance",
  ],
  [
    "Security vendors have spent a decade selling fear to boards and contempt to users.",
    "blame:sec",
  ],
  [
    "A CISO at a logistics firm told us his team communicates mostly through quarterly policy attestations. 'Nobody reads them, but legally we're covered.'",
    "comm",
  ],
  [
    "Odd finding from our data: Friday-afternoon phishing tests get the lowest click rates. Make of that what you will.",
    "",
  ],
  [
    "The security lead at a regional credit union we work with meets branch managers every month. Simple, effective.",
    "",
  ],
  [
    "Our exceptions backlog hit 600 tickets last quarter, some sitting for weeks. Not a great look for us.",
    "blame:self comm",
  ],
  ["A user is just a colleague whose job isn't security.", ""],
  [
    "Many analysts say they've stopped escalating user-reported phish because management never acts on them.",
    "distance",
  ],
  [
    "Tired of your security team being the last to know? This webinar shows how to get a say before projects ship.",
    "power",
  ],
  ["When a user clicks, that's data, not a verdict.", ""],
  [
    "Workers told us they feel a jolt of anxiety whenever an email looks slightly off, in case it's a test and they're the one who gets caught.",
    "feel",
  ],
  ["Security teams in our survey put an average of 9% of budget into awareness and culture.", ""],
  [
    "Twelve-minute micro-modules replaced our annual hour-long course; completion went from 58% to 91%.",
    "",
  ],
  [
    "According to the bank's statement, the employee followed procedure and the fraudulent transfer was stopped.",
    "",
  ],
  [
    "Security champions in the Leeds office now run their own monthly drop-in sessions, with biscuits.",
    "",
  ],
  ["No-blame reporting line now live in all EMEA offices.", ""],
  [
    "Panel recap: three CISOs from water and energy utilities on running tabletop exercises with non-technical staff.",
    "",
  ],
  ["Security Culture Survey 2025 is now available to download (PDF, 38 pages).", ""],
  ["Report early, report often.", ""],
  [
    "Employees remain the weakest link, and no amount of tooling will change human nature.",
    "blame:emp",
  ],
  [
    "Users ignored our product's warning dialog 80% of the time. That's a design failure, and it's ours.",
    "blame:self",
  ],
  ["Most of the insider incidents in our dataset involved misdirected email, not theft.", ""],
  ["Staff aren't the problem. They never were.", ""],
  [
    "Their security desk is quick and friendly, and the analysts genuinely seem to enjoy the 'is this phishing?' calls.",
    "",
  ],
  ["Passkeys are now live for all 9,000 staff. Helpdesk calls about passwords are down 70%.", ""],
  [
    "The most common complaint in our focus groups: IT only gets in touch when you've done something wrong.",
    "comm",
  ],
  [
    "Our panel debated whether the 'weakest link' phrase still earns its place. Split decision, good arguments on both sides.",
    "",
  ],
  [
    "The CFO who nearly wired £180k to a fraudster was also the CFO who picked up the phone to double-check. The process worked.",
    "",
  ],
  [
    "Gotcha phishing tests, like fake Christmas bonus emails, are how security teams burn trust they'll never earn back.",
    "blame:sec",
  ],
  ["No one here is 'just a user'.", ""],
  [
    "Remote workers on home wifi with the kids' Minecraft server on the same network. What could possibly go wrong 🙃",
    "blame:emp",
  ],
  [
    "Staff at the agency said they had raised concerns about the shared admin account months earlier, but the IT team never responded.",
    "blame:sec comm",
  ],
  [
    "Security awareness videos featuring cartoon hackers in hoodies. For consultant surgeons. Brilliant.",
    "comm",
  ],
  [
    "The 'compliance says no' reflex is costing law firms billable hours and a good deal of goodwill.",
    "blame:sec conflict",
  ],
  [
    "Key takeaway from day two of the summit: treat your workforce as partners in defence, not as an audience.",
    "",
  ],
  [
    "The 'human element' statistic gets quoted everywhere. It lumps together stolen credentials, misdelivery and social engineering, so read the footnotes.",
    "",
  ],
  [
    "Theatre staff complained that automatic screen locks logged them out mid-procedure, prompting the trust to review its policy.",
    "conflict",
  ],
  [
    "If your staff need a glossary to understand your phishing warning, the problem isn't your staff.",
    "blame:sec comm",
  ],
];
