import type { RawExample } from "./types.js";

/** Part 2 of 5 of VOICES_AX; see voices-ax.ts. */
export const VOICES_AX_2: readonly RawExample[] = [
  [
    "Management want a dashboard that's green. They don't want to know what's underneath it.",
    "power",
  ],
  ["We don't run gotcha phishing any more. It bred resentment and taught nobody anything.", ""],
  [
    "I've had staff apologise to me for asking questions. That tells you how they saw us.",
    "feel power",
  ],
  [
    "If staff are hiding mistakes from the security team, the security team built that fear. Full stop.",
    "blame:sec feel distance",
  ],
  [
    "Most of our users are decent and careful. The problem is the three per cent who aren't.",
    "blame:emp",
  ],
  [
    "Nobody reads the posters by the lifts. We know. We keep printing them anyway.",
    "comm distance",
  ],
  ["I got a thank-you card from the admin team after the migration. It's stuck to my monitor.", ""],
  [
    "You know it's bad when the staff WhatsApp group is where incidents get reported first.",
    "distance",
  ],
  [
    "Our relationship with the warehouse is honestly the best in the company. They ring us about everything.",
    "",
  ],
  ["I'm not sure the board could pick me out of a line-up.", "distance"],
  ["Humans get tired at four on a Friday. Maybe don't schedule your phishing test then.", ""],
  [
    "Some users just don't care, and no amount of training is going to change that.",
    "blame:emp distance",
  ],
  [
    "Our pen test report went to the owner and he filed it without reading it. Twelve grand, filed.",
    "power",
  ],
  [
    "The biggest win this year was getting the finance team to pick up the phone to me instead of emailing.",
    "",
  ],
  ["I tell every new analyst the same thing: the people downstairs are not your enemy.", ""],
  ["The trouble is, we only ever show up with bad news.", "comm blame:self"],
  [
    "The admin staff are scared stiff of the auditors. They think one wrong answer gets them fired.",
    "feel power",
  ],
  [
    "Some days I think the business would happily switch us off if the insurer didn't insist on us.",
    "power",
  ],
  ["Don't make people feel stupid, because they won't come back a second time.", ""],
  [
    "We redesigned onboarding so every starter has a coffee with someone from security in their first week.",
    "",
  ],
  [
    "I had a dentist tell me he'd rather be hacked than sit through another password change.",
    "conflict",
  ],
  [
    "We're rubbish at saying thank you. We only notice people when they get it wrong.",
    "comm blame:self",
  ],
  ["I don't think the board is hostile, just not listening. That's almost worse.", "power"],
  [
    "Users click. That's literally what they're paid to do: open things, reply to things, click things.",
    "",
  ],
  [
    "We could do more face time, honestly. Most of what we send is emails that start with URGENT.",
    "comm blame:self",
  ],
  [
    "The field engineers never come into the office, so to them we're just a name on an error message.",
    "distance",
  ],
  ["I'm tired of signing off on risks nobody consulted me about.", "power feel"],
  [
    "One client has a partner who still writes his passwords on the underside of his keyboard. Proudly.",
    "blame:emp",
  ],
  ["It's a good team. We disagree about controls, but we disagree like grown-ups.", ""],
  [
    "Our research shows nine in ten incidents involve a human slip, which is why training has to go beyond the annual module.",
    "blame:emp",
  ],
  [
    "Employees want to do the right thing. Our job as a vendor is to make that easy, not to frighten them.",
    "",
  ],
  [
    "Too often, security teams talk in a language only other security people understand.",
    "comm blame:sec",
  ],
  ["With the right tools, your staff can become your strongest defence.", ""],
  ["Careless employees remain the number one cause of data loss in small businesses.", "blame:emp"],
  [
    "Several of the SMB security leads we interviewed said the business only remembers they exist when something goes wrong.",
    "comm distance",
  ],
  [
    "Compliance fatigue is real: staff are tuning out because every message sounds like a threat.",
    "comm distance",
  ],
  [
    "We asked 400 IT managers what annoys them most. 'Being overruled by the CEO' came top by a mile.",
    "power feel",
  ],
  ["Security doesn't have to be the department of no. It can be the department of how.", ""],
  [
    "Shadow IT flourishes wherever employees assume the security team will just refuse.",
    "conflict distance",
  ],
  [
    "It only takes one distracted employee to bring an entire business to a standstill.",
    "blame:emp",
  ],
  [
    "The head of security at a regional bakery chain described his bakers as 'the best early-warning system I've got'.",
    "",
  ],
  [
    "Many CISOs report that their boards still see cyber as a technical problem for the basement, not a business one.",
    "power",
  ],
  ["Blaming users is lazy. Good design assumes people will make mistakes and catches them.", ""],
  [
    "Our survey found that most small-business employees don't know who to send a suspicious email to.",
    "distance",
  ],
  ["Phishing simulations that punish clickers breed anxiety, not awareness.", "feel"],
  [
    "In smaller firms the security lead is often 'the IT guy who also does security', stretched thin and rarely thanked.",
    "power",
  ],
  [
    "When the security team is seen as an enforcer, employees stop asking questions.",
    "power distance",
  ],
  ["The modern workforce expects security that just works and stays out of the way.", ""],
  ["People remain the soft underbelly of most organisations' defences.", "blame:emp"],
  [
    "One practitioner told us he hadn't had a conversation with his CEO in a year that wasn't about an incident.",
    "comm distance",
  ],
  [
    "Staff at the firm we profiled called their IT manager approachable and patient, and said she never made them feel daft.",
    "",
  ],
  ["Let's stop pretending a twenty-minute annual video changes behaviour.", ""],
  ["Human error is inevitable; what counts is how quickly it gets reported.", ""],
  ["Too many employees still treat security warnings as background noise.", "blame:emp distance"],
  [
    "'I'm who they call when the Wi-Fi drops and who they forget at budget time,' one sysadmin told us.",
    "power comm",
  ],
  ["Customers tell us their staff actually look forward to the gamified modules.", ""],
  ["Security professionals need to get out of the server room and into the canteen.", "distance"],
  [
    "The study found employees who felt watched were far less likely to own up to their own mistakes.",
    "power distance",
  ],
  [
    "Insider negligence costs SMEs more than outside attackers, according to our latest figures.",
    "blame:emp",
  ],
  [
    "Security leaders who dropped the acronyms saw engagement rise noticeably, the study found.",
    "",
  ],
  [
    "A lot of CISOs are brilliant technicians and pretty poor communicators, and that gap is costing them.",
    "blame:sec comm",
  ],
  ["The IT manager at the nursery group said parents and staff alike trust her completely.", ""],
  [
    "Employees told researchers they feel set up to fail by tests built to trick them.",
    "feel power",
  ],
  ["Your people aren't the problem. Your processes are.", ""],
  ["Frankly, some users will click anything with a free coffee voucher attached.", "blame:emp"],
  ["Practitioners describe a constant tug-of-war with sales teams over remote access.", "conflict"],
  ["Most password resets land on Monday mornings. Nothing sinister, just weekends.", ""],
  [
    "In our interviews, security staff repeatedly described feeling like an afterthought in their own company.",
    "feel power",
  ],
  ["Awareness training fails when it's delivered as a lecture from on high.", "comm power"],
  [
    "The average employee receives so many security emails that they've simply stopped opening them.",
    "comm distance",
  ],
  [
    "One practice manager told us the outsourced IT firm 'treats us like we're wasting their time'.",
    "power feel",
  ],
  ["Organisations with a no-blame reporting culture detect incidents days earlier.", ""],
  [
    "Unpatched laptops, reused passwords, sticky notes: the user is still the gap attackers love most.",
    "blame:emp",
  ],
  [
    "We spoke to a CISO who schedules a monthly lunch with a different department. She says it's the best hour of her month.",
    "",
  ],
  [
    "Many IT leads admit they'd rather fix a problem quietly than explain it to the board.",
    "distance",
  ],
  [
    "Security has an image problem. To most staff we're the people who take things away.",
    "conflict",
  ],
  [
    "The admins we surveyed said the hardest part of the job isn't attackers, it's getting anyone upstairs to listen.",
    "power",
  ],
  ["Treat staff like adults and most of them will behave like adults.", ""],
  [
    "Employees increasingly bypass corporate tools in favour of whatever gets the job done faster.",
    "distance conflict",
  ],
  [
    "Our analysts found the biggest predictor of a breach was not staff behaviour but how long patches sat waiting.",
    "",
  ],
  [
    "Staff told us the security team's emails arrive after the damage is done, never before.",
    "comm",
  ],
  ["Too many security teams measure success by how many people they catch out.", "blame:sec power"],
  [
    "In a well-run SME, the person in charge of security is someone everyone knows by first name.",
    "",
  ],
  [
    "Here's the uncomfortable truth: most security awareness programmes are designed to protect the security team, not the staff.",
    "blame:sec",
  ],
  [
    "Some employees simply refuse to take cyber seriously until it happens to them personally.",
    "blame:emp",
  ],
  [
    "The best security cultures we've studied have one thing in common: people aren't afraid to speak up.",
    "",
  ],
  [
    "IT managers at small firms report working evenings and weekends with little recognition from leadership.",
    "power feel",
  ],
  [
    "A worrying number of staff said they'd never met anyone from their security team in person.",
    "distance",
  ],
  ["Security people need to learn to say 'yes, and here's how' instead of 'no'.", "conflict"],
  ["Respondents overwhelmingly described their IT support as responsive and friendly.", ""],
  [
    "Half the sysadmins we polled said they'd been blamed for an incident they had warned management about.",
    "power feel",
  ],
  ["Staff don't mean to be careless. They're just juggling too much.", ""],
  ["Users continue to be the attack vector of choice for a reason: they're easy.", "blame:emp"],
  [
    "Front-line staff described security rules as 'written by people who've never done our job'.",
    "conflict blame:sec",
  ],
  ["When security explains the why, compliance goes up. It really is that simple.", ""],
  [
    "Many teams still rely on posters and mandatory e-learning, with no actual human contact.",
    "comm distance",
  ],
  [
    "One head of IT admitted he'd stopped escalating risks because 'nobody upstairs reads them anyway'.",
    "distance power",
  ],
  ["Our platform turns every employee into a sensor rather than a liability.", ""],
  [
    "Security teams risk becoming an isolated priesthood that speaks only to itself.",
    "distance comm",
  ],
  ["Frontline staff can spot an odd invoice faster than any filter we've built.", ""],
];
