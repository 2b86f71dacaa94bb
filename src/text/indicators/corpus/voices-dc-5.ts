import type { RawExample } from "./types.js";

/** Security and IT staff, and the managers above them, on employees and on their own position: survey answers and interview quotes. Written fresh for Rapport (brief DC). */
export const VOICES_DC_5: readonly RawExample[] = [
  ["The legal team vetoes any monitoring we propose, so we're half blind.", "power"],
  ["The CISO role was created in 2021; before that it was part of the IT manager's job.", ""],
  ["When the network changes, we just change it; nobody outside the team is told.", "comm power"],
  ["The helpdesk queue is long on Mondays, always has been; it clears by Wednesday.", ""],
  [
    "The lawyers think we're blocking their file transfers for fun, because nobody ever explained the data residency rules to them.",
    "conflict comm",
  ],
  [
    "Our emails go out at 2am with subject lines in capitals. No wonder people think we're shouting at them.",
    "comm",
  ],
  [
    "The film crew brought their own drives again and got snippy when we wouldn't let them plug in before a scan.",
    "conflict feel",
  ],
  [
    "I'm tired of being told to 'make it work' by people who won't give me the budget to do it. Last year I asked for one extra analyst and a proper logging tool; I got neither, and then I got asked in the board meeting why we hadn't spotted the intrusion sooner.",
    "power feel",
  ],
  ["Sometimes we say no, and people accept it when we explain.", ""],
  [
    "There's a quiet resentment on our team about how rarely anyone outside IT says thanks.",
    "feel",
  ],
  [
    "The property team will download anything that promises a free floor plan, and I'm running out of patience.",
    "blame:emp feel",
  ],
  [
    "We told the CFO the wire transfer process was unsafe; he kept it, and then the fraud happened.",
    "power blame:emp",
  ],
  [
    "I used to think users were careless. Working on the front desk for a week cured me of that.",
    "",
  ],
  [
    "It's a fair criticism that we moved the helpdesk offshore without asking anyone. That was my call.",
    "blame:self power",
  ],
  ["Truthfully I'm a bit afraid of the sales director. Everyone is.", "feel power"],
  ["Frankly I resent the assumption that we enjoy saying no.", "feel conflict"],
  ["I worry that people are scared to admit mistakes to us.", "feel"],
  ["Whoever built our reset process never used it.", "blame:sec"],
  [
    "We send out policy updates as a fait accompli; nobody's consulted, they just get an email saying 'effective immediately'.",
    "comm power",
  ],
  ["The pilot of passwordless login went better than we expected.", ""],
  ["Users are not the enemy. They're the people we're here to help.", ""],
  ["Sure, there's grumbling when we change things. There'd be grumbling anywhere.", ""],
  ["Passwords are now sixteen characters minimum, and the password manager fills them in.", ""],
  [
    "There was frustration over the new file server at first, then someone found the search function and everyone calmed down.",
    "",
  ],
  [
    "Our own change board takes three weeks to approve anything, so the business goes around us.",
    "conflict blame:self",
  ],
  [
    "I think staff respect us more since we started explaining the reasons behind rules. We used to just publish a list; now every control on the intranet has a short paragraph underneath saying what it protects and what happened to a company that didn't have it.",
    "",
  ],
  [
    "I'll put my hand up: our incident reports are written for auditors, not for the people who have to act on them.",
    "comm blame:self",
  ],
  ["Do they avoid us? Not that I've seen. The door's always open and people wander in.", ""],
  ["We asked the plant managers to stop sharing the HMI login and they laughed.", "conflict"],
  [
    "When we reject a software request we send a one-line refusal, and then we're surprised the requester goes and buys it anyway.",
    "conflict comm",
  ],
  ["I've learned more from the users than from any certification.", ""],
  [
    "I hate telling a senior engineer he's been flagged by the DLP system. It feels like policing adults.",
    "power feel",
  ],
  [
    "Every audit, the warehouse team has shared one login on the scanner terminal, and every audit I lose my temper about it.",
    "conflict feel blame:emp",
  ],
  [
    "The engineers grumble about the code scanning, but they also fixed every critical finding within a week.",
    "",
  ],
  [
    "A vice president once told me, word for word, that I work for him and should stop asking questions.",
    "power",
  ],
  ["I was worried about the migration, but the staff were patient and it went smoothly.", ""],
  ["We publish incident summaries, but they're so sanitised they say nothing.", "comm"],
  ["The head of HR and I have coffee every fortnight. It helps both of us.", ""],
  [
    "Half the people on the third floor couldn't tell you the name of anyone in security.",
    "distance",
  ],
  [
    "I've escalated the same risk to the executive committee four times and it's never made the agenda.",
    "power",
  ],
  [
    "People only follow the rules when the auditors are in the building; the rest of the year we're ignored.",
    "power blame:emp",
  ],
  ["I've stopped reading the comments about IT in the staff survey. It was getting to me.", "feel"],
  [
    "Remote staff in the regional offices probably haven't seen one of us in person since before the pandemic.",
    "distance",
  ],
  ["Frustrating week with the storage array, but the users were patient.", ""],
  ["I wouldn't say people avoid us; the kitchen chat is friendly enough.", ""],
  [
    "Sometimes people get stressed when their laptop dies, and who wouldn't be. We get them a loaner.",
    "",
  ],
  [
    "Users describe every problem as 'the system is down', which tells us nothing.",
    "comm blame:emp",
  ],
  ["The policy document is forty pages long and we wonder why nobody reads it.", "comm"],
  [
    "Staff are anxious about our weekly threat update; one manager said it reads like a war bulletin.",
    "feel comm",
  ],
  ["The managers' forum asked us to come back next quarter, which is a first.", ""],
  [
    "A new starter cried after our automated email told her she'd 'violated data protection policy'.",
    "comm feel",
  ],
  [
    "It's true we said no to the AI transcription tool, but we offered an approved alternative the same week.",
    "",
  ],
  ["Engagement with the security champions scheme has dwindled to almost nothing.", "distance"],
  [
    "Security bought a very expensive tool and configured it badly; that's on them, not on the users.",
    "blame:sec",
  ],
  [
    "The infrastructure team changes DNS on a Friday afternoon and leaves security to explain to users why nothing resolves.",
    "blame:sec conflict",
  ],
  [
    "I know people find our warning emails frightening; one woman thought she was being fired.",
    "comm feel",
  ],
  ["We didn't get the budget this year, and I understand why. There were bigger priorities.", ""],
  [
    "We never explained the difference between the two MFA apps, and people installed the wrong one. Our mistake.",
    "blame:self comm",
  ],
  [
    "If the security team had set up MFA properly, my helpdesk wouldn't be fielding fifty calls a day.",
    "blame:sec",
  ],
  [
    "It's hard work, but I'd still rather have users who ask awkward questions than ones who don't ask anything.",
    "",
  ],
  [
    "Our own helpdesk is the weak spot; they'll reset a password for anyone who sounds stressed enough on the phone.",
    "blame:sec",
  ],
  [
    "The IT team at the sister company lent us two engineers during the migration; the staff noticed and appreciated it.",
    "",
  ],
  [
    "From the user's side, the web filter is a black box that decides what they're allowed to read.",
    "power",
  ],
  ["Our helpdesk phone is usually answered by a human within a minute.", ""],
  ["Staff say our approval process takes so long they've stopped asking.", "conflict distance"],
  ["The office manager brought us biscuits after we recovered her files. Small things matter.", ""],
  [
    "The central IT team never tells us about new systems until they're live, and then we're the ones saying no.",
    "blame:sec comm conflict",
  ],
  [
    "Someone in accounts approved a change of bank details by phone, because the caller 'sounded legit'.",
    "blame:emp",
  ],
  ["People call us 'the geeks', affectionately as far as I can tell.", ""],
  ["I suspect people here see security as someone else's job, like the fire alarm.", "distance"],
  ["Every message from us starts with 'Please be advised'. We sound like a parking fine.", "comm"],
  ["People solve their IT problems by asking the youngest person in the office.", "distance"],
  [
    "Whenever there's a data leak, you can bet it started in someone's personal Dropbox.",
    "blame:emp",
  ],
  [
    "I'll admit it bothers me when a manager goes straight to my boss instead of talking to me.",
    "feel power",
  ],
  [
    "It's infuriating when the same person clicks on the same kind of fake invoice twice in a month.",
    "feel blame:emp",
  ],
  [
    "When I ran the team, we built a culture where reporting a mistake felt like confessing to a crime: forms, interviews, your manager copied in. I thought it showed we took things seriously. What it actually did was teach everyone to keep quiet, and I regret that.",
    "blame:self power",
  ],
  [
    "Looking back, the outage was on me; I pushed the firewall change without a rollback plan.",
    "blame:self",
  ],
  ["Sales will forward anything.", "blame:emp"],
  [
    "Staff here handle phishing by deleting it and moving on; they never think to tell us.",
    "distance",
  ],
  [
    "Our ticket backlog dropped by a third after we added a second person on the morning shift.",
    "",
  ],
  ["We're understaffed, not unloved.", ""],
  [
    "It was my fault the payroll system was locked for a morning, and the finance team were understandably furious.",
    "blame:self conflict feel",
  ],
  ["We hardly ever talk to staff. When we do, it's through a pop-up.", "distance comm"],
  [
    "I get defensive when people say our emails are patronising, probably because some of them are.",
    "comm blame:self",
  ],
];
