import type { RawExample } from "./types.js";

/**
 * Brief L continued (see voices-l.ts):
 * - Blame in various directions
 * - Mixed statements
 * - Long, rambling answers where one clause carries it
 * - Short and terse
 * - More negations and soft positives from IT and managers
 */
export const VOICES_L_2: readonly RawExample[] = [
  // Blame in various directions
  ["If there's a quicker way round, the users will have found it by lunchtime.", "blame:emp"],
  ["Our biggest vulnerability clocks in at nine and out at five.", "blame:emp"],
  ["The floor won't change a password unless you force it on them.", "blame:emp"],
  [
    "My lot would plug in a USB stick they found in the car park, I'd put money on it.",
    "blame:emp",
  ],
  [
    "Half the girls in accounts still think the company name plus 123 is a clever password.",
    "blame:emp",
  ],
  ["Our IT provider would lose a fight with a pop-up.", "blame:sec"],
  [
    "The breach was down to the MSP leaving the default password on the router. Not us.",
    "blame:sec",
  ],
  ["Our workarounds exist because their software doesn't, simple as.", "blame:sec conflict"],
  ["Half our 'incidents' are their own updates breaking things.", "blame:sec conflict"],
  ["The helpdesk is the reason I'm two days behind.", "blame:sec conflict"],
  ["Whoever set up our email filtering should be kept away from computers.", "blame:sec"],
  ["Probably me they complain about. I've locked myself out four times this month.", "blame:self"],
  ["That one's on me. I didn't read the warning.", "blame:self"],
  [
    "We managers set a terrible example, we're always the ones asking for an exception.",
    "blame:self power",
  ],
  [
    "We didn't explain the change well enough. That's on my team, not on the users.",
    "blame:self comm",
  ],
  ["I should have rung them instead of having a go at fixing it myself.", "blame:self distance"],
  ["Users are a liability, and if I'm fair so is our own patching.", "blame:emp blame:self"],
  [
    "Partly my fault, I'll admit, but nobody from IT told us the shared drive was being wiped.",
    "blame:self comm",
  ],

  // Mixed statements
  ["They watch our screens, they never say why, and I'm sick of it.", "power comm feel"],
  ["Too embarrassed to ask, so I don't.", "feel distance"],
  ["Every request is a fight and every answer is an acronym.", "conflict comm"],
  [
    "We got a telling-off by email, and then the same problem turned out to be IT's own mistake.",
    "comm blame:sec",
  ],
  [
    "After one particularly sarcastic reply from the helpdesk I just google everything now.",
    "comm distance",
  ],
  [
    "The security lead decides, the rest of us find out later, and we've all pretty much stopped caring.",
    "power comm distance",
  ],
  ["They treat us like we're on probation and talk to us in riddles.", "power comm"],
  [
    "I feel stupid every time I call, so I'd rather sit on a problem than report it.",
    "feel distance",
  ],
  ["We're checked like suspects and then blamed like children.", "power blame:emp"],
  [
    "The engineers won't come to the training, and the trainer reads off the slides anyway. Nobody wins.",
    "distance comm",
  ],
  [
    "Our MSP is a voice on a phone who makes me feel like I'm wasting his time.",
    "distance feel comm",
  ],
  [
    "They cancelled the drop-in sessions, stopped answering the chat, and now seem surprised nobody reports anything.",
    "distance comm",
  ],
  [
    "I'm worn out chasing approvals from people who never explain what they want.",
    "feel conflict comm",
  ],
  ["Users ignore everything we send and then shout at us when it breaks.", "blame:emp conflict"],
  [
    "IT point the finger at us, we point it at them, and the hacker presumably has a laugh.",
    "blame:emp blame:sec conflict",
  ],
  [
    "Nobody listens to the cyber team, me included, and I'm the one who hired them.",
    "distance blame:self",
  ],
  [
    "I'm furious that my appraisal mentions a phishing test I didn't know was happening.",
    "feel power comm",
  ],
  ["We're not allowed to ask why, we're only allowed to comply. It grates.", "power feel"],
  [
    "The helpdesk is always engaged, so the receptionists keep a list of workarounds taped under the desk.",
    "conflict distance",
  ],
  [
    "Honestly the whole team resents being treated like a risk to be managed.",
    "feel power blame:emp",
  ],
  [
    "I've been on the receiving end of three all-staff reprimands this year and caused none of them.",
    "comm feel",
  ],

  // Long, rambling answers where one clause carries it
  [
    "We're a small team, six of us plus the owner, and most days it's fine, the work gets done, the customers are lovely, but when anything on the computers breaks we're told to wait for the contractor, who comes when he comes.",
    "conflict power",
  ],
  [
    "I've been here nine years, three office moves, two mergers and more coffee machines than I can count, and I don't think anyone from security has set foot on our floor in all that time, but the biscuits are good.",
    "distance",
  ],
  [
    "The away day was nice, the hotel was nice, the food was decent, there was a quiz, and then forty slides of acronyms from the cyber people, and then we went home.",
    "comm",
  ],
  [
    "Look, I like my job, I like my manager, I like the lads in the yard, and the IT fella is fine as far as I know, I just don't think about any of it much, it's not my department.",
    "distance",
  ],
  [
    "Overall it's fine. We get the training, we do the training, we pass the training. Sometimes the emails are on the long side, but they're clear enough and I've never had an issue, so no complaints.",
    "",
  ],
  [
    "Two dentists, four nurses, a hygienist and me on reception, and we all muddle along well, but the one thing that sets everyone off is the IT company changing the login screen without telling anyone and then acting surprised on Monday.",
    "comm conflict",
  ],
  [
    "Long story short, after the invoice fraud the owner brought in a consultant, the consultant brought in rules, and the rules brought in six months of everybody sniping at each other.",
    "conflict",
  ],
  [
    "I run IT for a nursery group, twelve sites, and I'm proud of it honestly, new laptops, decent wifi, backups that work, staff who know my name, and the one sore point is the directors, who sign things off without reading a word I send.",
    "comm power",
  ],
  [
    "It's a good place to work, flexible hours, decent pay, a proper canteen, and IT are there if you need them, which I rarely do, and when I have they've been quick and friendly.",
    "",
  ],
  [
    "What can I tell you, it's a busy office, phones going all day, people coming and going, deliveries, and somewhere in there the compliance woman pops her head round once a quarter to remind us we're all about to be hacked.",
    "comm",
  ],
  [
    "We moved to the new system in January, which was a big job, lots of late nights, pizza, a few tears, and I have to say the IT partner was brilliant throughout, they even came in on a Sunday.",
    "",
  ],
  [
    "So I'm on nights, mostly on my own, the building's quiet, and if the card system fails at 2am there is literally nobody to phone, so I prop the door and write it in the log.",
    "conflict distance",
  ],
  [
    "I think the relationship is okay, mostly, we get the odd reminder, they fix stuff, I've had no drama, although I do sometimes wonder whether they think we're all a bit dim.",
    "blame:emp",
  ],
  [
    "From where I sit in finance it works well, quarterly check-ins, a named contact, clear rules, and they asked us before they changed the payment approvals, so really no complaints.",
    "",
  ],
  [
    "My day is customers, stock, rotas, more customers, and the till, and security honestly doesn't come into it, unless you count the email from head office that nobody in the shop has ever managed to open.",
    "comm distance",
  ],
  [
    "Honestly I'd sum it up as fine, the tech works, the team are pleasant, the training's a bit repetitive, and I'm still a bit shaken from being singled out at the team meeting after the test email.",
    "feel comm",
  ],
  [
    "As the office manager I'm kind of the go-between, staff bring me their problems, I pass them on, I chase, I chase again, and I'm the one who gets the grief when nothing happens.",
    "conflict feel",
  ],
  [
    "We're a charity, very tight budgets, mostly volunteers, lots of goodwill, and the IT is done pro bono by a firm in town, and they're generous with their time, and they always explain what they've done and why.",
    "",
  ],

  // Short and terse
  ["Grand.", ""],
  ["Can't grumble.", ""],
  ["Faceless.", "distance"],
  ["Overbearing.", "power"],
  ["Never there.", "conflict distance"],
  ["Cold.", "distance"],
  ["Always helpful.", ""],
  ["Gatekeepers.", "power"],
  ["Exhausting, both ways.", "feel conflict"],
  ["Dependable.", ""],
  ["Meh. Don't care.", "distance"],
  ["Cryptic.", "comm"],
  ["Pretty decent, really.", ""],
  ["Jittery, when I think about it.", "feel"],
  ["They're the boss.", "power"],

  // More negations and soft positives from IT and managers
  ["The users in this building are sharper than the ones at my last job, honestly.", ""],
  [
    "I don't see staff as a risk. I see a login page that was designed by someone who hated them.",
    "",
  ],
  ["My team doesn't resent the security rules, they helped write half of them.", ""],
  ["The warehouse report more phishing than the head office does. Proud of them.", ""],
  ["Not one complaint about the new badges, which surprised me.", ""],
  [
    "The directors used to ignore my reports. Since the ransomware scare next door they read every line.",
    "",
  ],
  ["I'd hardly call it policing. It's a two-line checklist and a chat.", ""],
  ["No one's been disciplined for a phishing click in the three years I've run this.", ""],
  ["Our IT guy is blunt, but never unkind, and he never makes it personal.", ""],
  ["It's not a struggle to get hold of them. Teams, phone, or wander over.", ""],
  ["We aren't left to guess; every change has a one-page 'what this means for you'.", ""],
  ["Security here isn't something done to us, it's something we do together.", ""],
  [
    "Nobody feels they have to sneak around the rules, because the rules actually fit how we work.",
    "",
  ],
  ["Honestly can't fault them.", ""],
  ["I'm not bothered by the checks, they're quick and they explained why.", ""],
  ["They don't hide behind acronyms and they don't hide behind tickets.", ""],
  ["No dread, no drama, just a decent bunch who answer the phone.", ""],
  ["I'm the weak link? Hardly. I've reported every dodgy email since 2019.", ""],
  ["The day the auditor read my emails out in the meeting I wanted to disappear.", "feel power"],
  ["Still a knot in my stomach whenever a client asks if their payment went through.", "feel"],
  ["I get that Sunday-night feeling about the Monday security stand-up.", "feel"],
  [
    "My face went scarlet when my name topped the phishing leaderboard on the staff screen.",
    "feel comm",
  ],
  [
    "Every outage this year traces back to something the IT provider changed without testing.",
    "blame:sec",
  ],
  [
    "The cyber team's rules can't be followed on a real shift, and that's their doing, not ours.",
    "blame:sec conflict",
  ],
  ["I wouldn't trust our MSP to change a lightbulb, let alone a firewall.", "blame:sec"],
];
