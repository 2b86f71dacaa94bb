import type { RawExample } from "./types.js";

/** Part 2 of batch GE (see voices-ge.ts). */
export const VOICES_GE_2: readonly RawExample[] = [
  ["Feedback from the floor shaped the new VPN setup and it's better for it.", ""],
  ["Nobody needs to fear the IT team here, we make a point of being approachable.", ""],
  ["Monthly newsletter has a 'scam of the month' bit and people say they actually read it.", ""],
  ["we're not gatekeepers, we're enablers, and ops have finally started to see that", ""],
  ["Infra team bailed us out last week, I owe them a pint.", ""],
  ["Users here mostly just message me directly and I sort it the same day.", ""],
  ["The compliance lead and I have lunch once a month. Solves a lot.", ""],
  ["No drama on the firewall migration.", ""],
  [
    "Boss wanted me to name the phish clickers at the team meeting. I said no, and he dropped it.",
    "",
  ],
  [
    "Long-time lurker, first post. Sole IT for a 25-person architecture practice. I was braced for horror stories but my lot are brilliant: they ask before installing things, forward anything odd, and the principal budgets for security without me having to fight. Just saying it's not all doom in small shops.",
    "",
  ],
  [
    "Every time we lock something down, sales escalate to the MD and we end up rolling it back.",
    "conflict power",
  ],
  ["They see us as the department of no.", "conflict"],
  [
    "Marketing installed their own Dropbox again after we blocked it. Third time this year.",
    "conflict blame:emp",
  ],
  [
    "Users think MFA is us being difficult. We think it's the bare minimum. Never the twain shall meet.",
    "conflict",
  ],
  ["Constant back and forth with the devs about admin rights, it's exhausting.", "conflict feel"],
  [
    "The security team's change freeze kills every deploy. They have no idea what ops actually does.",
    "conflict blame:sec",
  ],
  [
    "People just want stuff to work and we're the ones telling them it can't. The friction is baked in.",
    "conflict",
  ],
  [
    "Can never get hold of the network team when we need a port opened. Tickets just sit there for weeks.",
    "conflict blame:sec",
  ],
  ["Got shouted at by a partner because his shared drive needed a password.", "conflict feel"],
  [
    "Outsourced SOC takes three days to reply and then complains we didn't escalate properly.",
    "conflict blame:sec",
  ],
  [
    "Half the org thinks DLP is a productivity tax, the other half doesn't know it exists.",
    "conflict",
  ],
  [
    "They want the fast thing, we want the safe thing, and management wants both for free.",
    "conflict",
  ],
  [
    "Every project kickoff turns into an argument about whether security 'really needs to be involved'.",
    "conflict",
  ],
  [
    "Research staff treat our policies as suggestions and we treat their exceptions as threats. Not a great basis.",
    "conflict",
  ],
  [
    "The clinicians hate the screen timeouts. I get it, but the auditors would hate the alternative more.",
    "conflict",
  ],
  [
    "Misunderstanding of the week: they thought 'quarantined' meant we'd deleted their email and went ballistic.",
    "conflict comm",
  ],
  ["Honestly the only time users hear from us is when they've done something wrong.", "comm"],
  [
    "Our alerts read like they were written for other security people. No wonder nobody acts on them.",
    "comm blame:self",
  ],
  [
    "Some of the lads on the service desk talk to users like they're five. Makes my skin crawl.",
    "comm blame:sec",
  ],
  [
    "Everything goes through tickets now. I haven't actually spoken to anyone in HR in a year.",
    "comm distance",
  ],
  [
    "The CISO's all-staff email was three paragraphs of 'zero trust posture' and 'threat vectors'. Nobody understood a word of it.",
    "comm",
  ],
  ["We're fully remote, so to the users we're a Teams avatar and an auto-reply.", "comm distance"],
  ["If I'm emailing you, something has broken. That's basically our brand.", "comm"],
  [
    "Caught myself telling the receptionist to 'just flush your DNS cache'. Blank stare. My bad.",
    "comm blame:self",
  ],
  [
    "The vendor advisory was marketing fluff wrapped round a CVE number. Nothing in it I could pass on to staff.",
    "comm",
  ],
  [
    "our policy docs are 40 pages of legalese and we wonder why ppl dont read them",
    "comm blame:self",
  ],
  ["Security only turns up to our ops meetings to tell us what we did wrong.", "comm"],
  ["A user once asked me to 'explain it like a human'. Fair point, honestly.", "comm blame:self"],
  [
    "We used to send the phish sim results round as a league table of shame. Not our finest idea.",
    "comm blame:self",
  ],
  [
    "Condescending? Some of my team, yes. They roll their eyes when someone can't find the Start menu.",
    "comm blame:sec",
  ],
  ["No one from central IT has set foot in this building since the merger.", "comm distance"],
  [
    "Users only call us when it's on fire, and we only call them when they've set it on fire.",
    "comm",
  ],
  ["I dread Monday mornings. The inbox is just angry people.", "feel"],
  [
    "Genuinely scared one of the directors will wire money to a fake supplier and it'll land on me.",
    "feel",
  ],
  ["Burnt out. Every user interaction feels like a fight.", "conflict feel"],
  [
    "It's disheartening when you run a whole awareness week and twelve people show up.",
    "feel distance",
  ],
  [
    "Frustrated with InfoSec. They approved the tool, then blocked it a week later with no explanation.",
    "conflict feel blame:sec",
  ],
  [
    "Bit disappointed in how leadership reacted to the breach, honestly. All finger-pointing, no learning.",
    "feel",
  ],
  ["Worried our users are too scared of us to report their mistakes.", "feel"],
  ["Some days I feel like the office janitor, just mopping up after people.", "feel power"],
  ["Tired of being the bad guy.", "conflict feel"],
  ["It gets to you, being the person everyone sighs at when you walk in.", "conflict feel"],
  [
    "Staff have told me they're nervous calling the helpdesk in case they look stupid. That makes me sad.",
    "feel",
  ],
  ["Anxious every time the MSP pushes an update without telling us first.", "comm feel blame:sec"],
  ["Bloody infuriating: same bloke has clicked three phish sims this quarter.", "feel blame:emp"],
  [
    "I'm exhausted from explaining why we can't just 'turn off the password thing'.",
    "conflict feel",
  ],
  ["The fear is always that it's one of ours, an insider. Keeps me up some nights.", "feel"],
  ["We're treated like the help. 'Fix my printer', then the door closes.", "power"],
  ["Users have to beg us for local admin. I don't love that dynamic, but here we are.", "power"],
  [
    "Security is an invisible force round here. Rules just appear and nobody knows who wrote them.",
    "comm power",
  ],
];
