import type { RawExample } from "./types.js";

/** Team leads across departments on approvals, deadlines, audits and exceptions with IT/security. Written fresh for Rapport (brief BS). */
export const VOICES_BS_4: readonly RawExample[] = [
  [
    "Team leads get asked to approve access but never get asked whether the system works for the team.",
    "power",
  ],
  [
    "IT ran a short session for all the team leads on spotting invoice fraud. Practical, no jargon.",
    "",
  ],
  [
    "I approve things at 11pm because the requests come in marked 'urgent' and I can't face the backlog.",
    "feel",
  ],
  [
    "The exception form asks for a 'compensating control'. I manage a sales team, I don't know what that is.",
    "comm",
  ],
  [
    "They rejected my exception request and suggested the exact thing we'd already tried.",
    "conflict blame:sec",
  ],
  ["My guys just want to do their jobs, IT wants them to do IT's job too.", "conflict"],
  ["I'm worried I'm signing things that'll come back to bite me.", "feel"],
  ["IT came to our planning day and asked what's coming up so they could prepare. Brilliant.", ""],
  [
    "Policy changes land in my inbox at the same time as my team's. So much for 'managers first'.",
    "comm power",
  ],
  [
    "Some of my team genuinely think antivirus is something you switch off when the laptop's slow.",
    "blame:emp",
  ],
  [
    "The security committee meets monthly but they'll do an urgent exception by email if you ask.",
    "",
  ],
  ["We get on with IT. They know our deadlines and we know theirs.", ""],
  [
    "I wasn't copied in when they disabled my team's shared account. Found out from an angry client.",
    "comm conflict",
  ],
  [
    "To be honest I delegate all the IT stuff to my youngest team member and stay out of it.",
    "distance",
  ],
  ["I'm the problem, I keep forgetting my own password and locking myself out.", "blame:self"],
  ["The audit was stressful but IT made it clear what we needed and when.", ""],
  ["When I asked for help with the audit evidence, IT said 'not our remit'.", "distance conflict"],
  ["I'm sick of hearing 'users' like it's a dirty word.", "feel power"],
  [
    "the approvals app batches everything into one morning email now, much easier to keep on top of",
    "",
  ],
  [
    "Staff forward work emails to personal accounts so they can read them at home. Every single one of them.",
    "blame:emp",
  ],
  ["I've never once been thanked for running the security reminders in my team huddle.", "feel"],
  ["IT set up a quarterly review with each department head. It's made a real difference.", ""],
  ["The deadline was ours, the delay was theirs, and somehow it landed on me.", "blame:sec power"],
  ["My manager asks me, I ask IT, and IT only answers if my manager asks.", "power"],
  [
    "I'm a bit ashamed how little I know about what my team's laptops actually do.",
    "blame:self feel",
  ],
  [
    "They're reasonable when you ask early. It's when you're late they get prickly, which is fair.",
    "",
  ],
  ["IT send everything in tickets. No one's picked up a phone to me in a year.", "comm distance"],
  ["My team's terrified of IT. They'd rather struggle than ask.", "feel distance"],
  ["Head of IT makes the call on everything and explains nothing.", "power comm"],
  ["If I hear 'it's in the policy' one more time.", "feel comm"],
  ["We've got one of those 'security champions' in every team now. Mine's great, actually.", ""],
  [
    "I should have asked for the new hire's laptop earlier. Two weeks' notice isn't enough, I know that.",
    "blame:self",
  ],
  ["They trialled the new system with three of my team before buying it. Proper way to do it.", ""],
  [
    "My sales guys are only interested in security when their commission report breaks.",
    "blame:emp distance",
  ],
  ["We see IT every week at the ops meeting. I know them all by name.", ""],
  ["They've been great about the hybrid working setup, really flexible.", ""],
  [
    "Waiting on IT is now a line item on every project plan. Two weeks minimum.",
    "conflict blame:sec",
  ],
  ["I get talked down to by the helpdesk. It's the tone more than anything.", "comm feel"],
  ["Honestly my staff would fail any audit you threw at them.", "blame:emp"],
  [
    "I approved a shared password spreadsheet because it was easier. Auditors weren't impressed, and neither was I with myself.",
    "blame:self",
  ],
  ["IT and us want the same thing, we just come at it differently. We talk it through.", ""],
  ["Asked IT a simple question, got a link to a 40-page wiki.", "comm"],
  [
    "When something goes wrong IT look at their own side first before pointing at anyone. Refreshing.",
    "",
  ],
  ["I've stopped going to the IT steering group. Nothing I say goes anywhere.", "distance power"],
  ["The helpdesk was quick and cheerful today. Every day actually.", ""],
  [
    "Security unblocked the supplier portal for us within the hour when I said a tender was closing.",
    "",
  ],
  ["Anxious doesn't begin to cover the week before a compliance review.", "feel"],
  [
    "I'm caught in the middle. My team think I'm IT's police, IT think I'm my team's lawyer.",
    "conflict",
  ],
  ["The tech team are brilliant but they don't half make you feel slow.", "power feel"],
  [
    "IT asked every team lead what their team needs before the budget round. First time in my memory, and it showed.",
    "",
  ],
  [
    "People in my department don't lock their screens. I've started changing their wallpaper as a joke.",
    "blame:emp",
  ],
  ["We now get a heads-up a week before any changes. Fantastic improvement.", ""],
  [
    "My own laptop's been flagged three times for missing updates. I just keep clicking 'later'.",
    "blame:self",
  ],
  [
    "I don't get why they need to see my team's browser history. Nobody's explained it.",
    "comm power",
  ],
  [
    "IT cover runs till 10 now to match the warehouse shifts. Took a year of asking but they did it.",
    "",
  ],
  ["It's always security's way or no way.", "power blame:sec"],
  ["The IT team gave us a proper say on the new laptops. Refreshing.", ""],
  [
    "I'm frustrated that the good stuff my team does never gets noticed, only the slip-ups.",
    "feel comm",
  ],
  ["We don't raise small issues anymore, we've learnt to live with them.", "distance"],
  [
    "Approval requests now come with a plain-English line on what the access actually lets someone do. Huge help.",
    "",
  ],
  [
    "IT fixed the problem but left my team's files in a mess. No apology, no note.",
    "comm blame:sec",
  ],
  [
    "One of my team nearly paid a fake invoice because the approval system is so clunky she skipped a step to get it done.",
    "conflict blame:sec",
  ],
  ["Honestly I'd trust my team over IT any day.", "blame:sec"],
  [
    "I'm the one who asked IT to relax the rules for the sales team. Probably a mistake, in hindsight.",
    "blame:self",
  ],
  [
    "Team leads get a proper say in how access is set up for our people. Makes the approvals easy.",
    "",
  ],
  ["IT has a rule for everything and a reason for nothing.", "comm blame:sec"],
  ["Genuinely no complaints this year.", ""],
  ["I'm nervous asking for admin rights because it sounds like I'm up to something.", "feel power"],
  [
    "Our IT manager cancelled the monthly team leads meeting. Not replaced with anything.",
    "distance",
  ],
  ["Nobody reads the security newsletter, and I'm the worst for it.", "distance blame:self"],
  [
    "They introduced a ten-day lead time for laptops. My new starters arrive on Monday. Every time.",
    "conflict",
  ],
  ["It's a little slow, but they're always polite and they always follow up.", ""],
  ["The staff here are lovely but security-wise they're a liability.", "blame:emp"],
  ["IT wants it in writing, in triplicate, signed by someone senior to me.", "power conflict"],
  ["IT let me know when my team does well on the phishing tests too, not just when they slip.", ""],
  [
    "Felt small at the audit meeting. IT answered for everything like I wasn't in the room.",
    "power feel",
  ],
  [
    "Security had a point about the shared drive, I'll admit. We'd let it get out of hand.",
    "blame:self",
  ],
  ["Deadlines mean nothing to them. It's done when it's done.", "conflict blame:sec"],
  ["I ran a lunch-and-learn with IT for my team. Went down really well.", ""],
  [
    "Give my lot a free USB stick at a trade show and it's in a work laptop by Monday.",
    "blame:emp",
  ],
  ["My team have a WhatsApp group for work because Teams kept getting locked down.", "conflict"],
  [
    "I'm ashamed to say I've been approving access requests in bulk without reading them.",
    "blame:self feel",
  ],
  ["Things are better since IT started sitting in on our team meetings once a month.", ""],
  [
    "They announced the new VPN client in a six-line email with no instructions. Chaos Monday morning.",
    "comm conflict",
  ],
  ["Don't ask, don't get told off. That's the unofficial rule in my team.", "distance feel"],
  ["Frankly some of my people still think 'Password1!' is clever.", "blame:emp"],
  [
    "Quarter-end clashed with the access review, so IT moved the review a fortnight earlier for us. Sensible.",
    "",
  ],
  ["They hold all the cards. We're just asking for favours.", "power"],
  ["The security bloke is blunt but fair. You know where you stand.", ""],
  ["I keep meaning to learn the basics and never do. I'm the one holding us back.", "blame:self"],
  ["IT ignored my email for a week and then replied 'resolved'.", "comm blame:sec"],
  [
    "Production staff are careless with their badges. Swap them, lose them, leave them in the canteen.",
    "blame:emp",
  ],
  [
    "I'm dreading the next phishing test. Last time my team came bottom and the results went to the board.",
    "feel",
  ],
  [
    "I've got no idea who to talk to about an exception. There's no name, just a shared inbox.",
    "distance comm",
  ],
  ["We disagreed with IT about the retention rules, they listened, we met halfway.", ""],
  ["IT's motto should be 'computer says no'.", "blame:sec"],
  [
    "The contractors on my team get more access than my permanent staff and nobody can tell me why.",
    "comm conflict",
  ],
  ["I always think I'm bothering them.", "feel"],
  ["Honestly? I just do what IT says. Easier that way.", "power distance"],
  ["We send all our queries through one person now and she's built a good rapport with IT.", ""],
  [
    "I lost my temper with the helpdesk last week. Not my finest moment, they didn't deserve it.",
    "conflict blame:self",
  ],
  [
    "My team are reckless with customer spreadsheets, no two ways about it. They email them anywhere.",
    "blame:emp",
  ],
  [
    "Security made a big song and dance about a minor slip and the person involved nearly quit.",
    "conflict blame:sec",
  ],
  ["I can't remember the last time IT told me something good.", "comm"],
  ["Regular check-ins, clear updates, quick fixes. Our IT is solid.", ""],
  ["Our IT lot couldn't run a bath, never mind a server migration.", "blame:sec"],
  [
    "A new starter cried because she couldn't log in on her first day and IT just said 'raise a ticket'.",
    "feel comm",
  ],
  ["It's embarrassing how often my team fall for the fake parcel texts.", "blame:emp feel"],
  [
    "They change priorities without telling anyone. My request was first in the queue, now it's tenth.",
    "power comm",
  ],
  [
    "I didn't read the new travel policy and used hotel wi-fi for the bank portal. Yep, that's on me.",
    "blame:self",
  ],
  [
    "Honestly I've made more work for IT this year than my whole team has. Every time it's me.",
    "blame:self",
  ],
  ["Security audits here used to be a witch hunt. This year it was a conversation.", ""],
  [
    "I'm a nuisance to them every time I need something, or that's how they make it seem.",
    "feel power",
  ],
  [
    "Nobody warned us the old shared drive was being switched off. Lost a whole afternoon rebuilding links.",
    "comm conflict",
  ],
  [
    "We've got the data, IT have the keys, and honestly they hand them over whenever we need a report.",
    "",
  ],
  ["Our IT contractor is excellent. Responsive, plain-spoken, on our side.", ""],
  ["If my team slip up, IT comes to me first and we sort it quietly. No witch hunts.", ""],
  ["Honestly our warehouse staff will hold the door for anyone.", "blame:emp"],
  ["Why am I the last to know about every change that affects my team?", "comm power"],
  [
    "I get it, they're protecting the company. I just wish they'd explain it once in a while.",
    "comm",
  ],
  [
    "My mistake was assuming IT would sort the leavers. It's a manager job, apparently, and nobody told me.",
    "blame:self comm",
  ],
  ["Our team have a good laugh with the IT guys. Proper relationship.", ""],
  ["I'd rather take the risk than spend a week getting an exception approved.", "conflict"],
  ["I'm not sure anyone in IT even knows I'm a manager.", "distance"],
  ["Security's fine. My team are the ones who leave laptops in cars.", "blame:emp"],
];
