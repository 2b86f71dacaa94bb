import type { RawExample } from "./types.js";

/** Part 2 of batch FI (see voices-fi.ts). */
export const VOICES_FI_2: readonly RawExample[] = [
  [
    "When security makes the right thing hard, people do the easy thing. That's on security, not on them.",
    "blame:sec conflict",
  ],
  [
    "No, you don't need a CISSP to spot a phishing email. You need thirty seconds and a reason to pause.",
    "",
  ],
  [
    "Twenty years in this game and I've learned one thing: the problem is almost always sitting in the chair.",
    "blame:emp",
  ],
  [
    "staff still writing passwords on post-its under the keyboard. in 2025. i give up",
    "blame:emp feel",
  ],
  ["People in the room said the CISO was never dismissive of the researchers' concerns.", ""],
  [
    "Let's be honest: most breaches start with someone who couldn't be bothered to check the sender address.",
    "blame:emp",
  ],
  [
    "One in five employees said they wouldn't report a mistake for fear of disciplinary action.",
    "feel distance",
  ],
  [
    "The error wasn't the click. It was the six hours nobody on the security line picked up the phone.",
    "blame:sec conflict",
  ],
  ["At the university, security and HR now co-sign every awareness message.", ""],
  [
    "A quarter of respondents said they had emailed IT security about a concern and never heard back.",
    "comm",
  ],
  [
    "Most awareness training is patronising box-ticking made by people who've never worked a shift on a call-centre floor.",
    "blame:sec comm",
  ],
  [
    "Good session with the finance directors' forum on payment-verification callbacks. Practical, no drama.",
    "",
  ],
  [
    "Phishing simulation click rates across our customer base fell from 19% to 7% over eighteen months of monthly, short-form training.",
    "",
  ],
  [
    "The listening session with the sales team went really well; they had sharp ideas for simplifying the MFA flow on mobile.",
    "",
  ],
  [
    "We in infosec are dreadful listeners. We talk at people, then we grade them.",
    "blame:self comm",
  ],
  [
    "Shout-out to Priya in accounts payable, who spotted a spoofed supplier invoice and flagged it within four minutes. That's what a security culture looks like.",
    "",
  ],
  [
    "we used to get blamed for every outage, now we run joint retros with ops and honestly it's so much better",
    "",
  ],
  [
    "i'll say it: security people are often the hardest people in the building to talk to, and yes I'm one of them",
    "blame:self comm",
  ],
  [
    "Let me be blunt: if your staff keep failing phishing tests, there need to be consequences.",
    "blame:emp power",
  ],
  [
    "Webinar: 'Beyond blame: measuring human risk without shaming anyone.' Register via the link below.",
    "",
  ],
  [
    "At a 40-person architecture practice we support, the office manager doubles as security lead. She's brilliant at it.",
    "",
  ],
  [
    "You can train people all day long and they'll still click on a fake parcel notice.",
    "blame:emp",
  ],
  ["Love how the 'quick' security review only took four months. Truly agile 👏", "conflict"],
  [
    "From our culture audit: 'our security folks can come across a tad superior now and then, if I'm honest.'",
    "comm",
  ],
  [
    "ransomware cases we worked this year: initial access via stolen creds in 4 of 9, unpatched VPN in 3, phishing in 2",
    "",
  ],
  [
    "Hot take from a 15-year red teamer: we turned phishing tests into a sport and forgot the people on the other end are our colleagues.",
    "blame:self",
  ],
  [
    "Hybrid workers said they had no idea who to call when the VPN failed, so they usually just waited or asked a colleague.",
    "distance",
  ],
  [
    "In 2023 we stopped tracking individual click rates and started tracking team reporting rates. Best call we made.",
    "",
  ],
  ["Our client's board hasn't asked its security lead a single question in two years.", "power"],
  ["Congrats to the claims team in Cardiff, winners of this year's Phish Finder trophy 🏆", ""],
  ["Insider risk, explained in five minutes.", ""],
  [
    "Proud of our Manila service desk: 98% of suspicious-email tickets answered within fifteen minutes.",
    "",
  ],
  [
    "Commuters reported the malicious QR code stickers at three stations before our team had even seen them.",
    "",
  ],
  ["Your people are your biggest vulnerability. Our platform fixes that.", "blame:emp"],
  [
    "Too many security teams treat the workforce as suspects and then wonder why nobody reports anything.",
    "blame:sec power distance",
  ],
  ["Thank you, reporters 🙏", ""],
  [
    "It's exhausting running training for people who so obviously don't care.",
    "blame:emp feel distance",
  ],
  [
    "We expect that by 2027 about half of large enterprises will fold awareness training into a broader human risk management programme.",
    "",
  ],
  [
    "The average office worker will happily swap their password for a chocolate bar, as our street survey showed yet again.",
    "blame:emp",
  ],
  [
    "Employees increasingly see security as somebody else's job, usually 'the IT lot in Bristol'.",
    "distance",
  ],
  [
    "Weakest link discourse aside, sysadmins at the broadcaster told us they hadn't been consulted on a single policy in three years.",
    "power",
  ],
  [
    "The intern who asked 'why does this link go to a .ru domain?' saved us a very long weekend.",
    "",
  ],
  [
    "Middle managers said they were expected to enforce security rules nobody had ever explained to them.",
    "comm",
  ],
  [
    "Organisations with a named, visible security contact in every department see faster reporting and fewer policy exceptions, our analysis suggests.",
    "",
  ],
  [
    "As a CISO I'll own this one: our MFA rollout was rushed and confusing, and then we blamed staff for the lockouts.",
    "blame:self",
  ],
  [
    "'I dread the monthly all-hands,' one employee told us. 'They put the department click rates on screen and everyone turns to look at us.'",
    "feel power",
  ],
  [
    "Join us Thursday at 2pm ET for a free webinar on building a reporting culture that rewards early warnings.",
    "",
  ],
  ["Insider or outsider, it barely matters for the first hour of response.", ""],
  [
    "User behaviour analytics flagged the login from Lisbon; a quick call to the employee confirmed it was a legitimate work trip.",
    "",
  ],
  [
    "In small firms people often fix security problems themselves rather than call their outsourced IT provider, citing cost and slow response.",
    "distance conflict",
  ],
  [
    "Too many alerts, too few analysts, and a business that only notices us when something breaks.",
    "feel",
  ],
  [
    "Sales are the worst offenders. They'll forward anything to a personal Gmail if it helps close a deal.",
    "blame:emp",
  ],
  ["Full interview in this week's print edition (subscribers only).", ""],
  [
    "Every time we call colleagues the weakest link, we tell them their judgement doesn't count. Then we act surprised when they stop using it and just wait for us to tell them what to do.",
    "blame:self distance",
  ],
  [
    "Human error drives the overwhelming majority of incidents, which is why we recommend locking down everything users can touch.",
    "blame:emp power",
  ],
  [
    "Weakest link? In our data, staff-reported phish get caught 40 minutes earlier than anything the filters find.",
    "",
  ],
  [
    "We ask every new starter to report one suspicious email in their first month. Most manage it in week one.",
    "",
  ],
  [
    "Clinicians routinely share logins on ward PCs, and it's time trusts stopped tolerating it.",
    "blame:emp",
  ],
  [
    "Our SOC analysts say the hardest part of the job isn't attackers, it's getting the business to return their calls.",
    "comm",
  ],
  ["Our MSSP partners in Melbourne host quarterly lunch-and-learns for client staff.", ""],
];
