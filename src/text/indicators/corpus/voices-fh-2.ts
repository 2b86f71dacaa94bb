import type { RawExample } from "./types.js";

/** Part 2 of batch FH (see voices-fh.ts). */
export const VOICES_FH_2: readonly RawExample[] = [
  [
    "The IT and security folks are visible here: they eat in the canteen with everyone else and sit in on the Monday stand-up.",
    "",
  ],
  [
    "Our insurer's cyber questionnaire is filled in by the finance director and the IT lead together.",
    "",
  ],
  [
    "HR was consulted on the monitoring policy before it went live, and the staff forum got a say too.",
    "",
  ],
  ["they don't talk down to you. they just explain.", ""],
  ["The Bristol office has a separate guest wifi for clients.", ""],
  [
    "Back in the day tickets sat for weeks. Since they moved to Freshservice it's usually a few hours.",
    "",
  ],
  [
    "I've never once been made to feel like a suspect, even with access to the payments system.",
    "",
  ],
  ["New laptop arrived pre-configured, logged in, done.", ""],
  [
    "Security sends a one-page summary after every incident, what happened and what changed. I do read them.",
    "",
  ],
  [
    "A good relationship, I'd say. We disagree about timelines now and then but we talk it through over coffee.",
    "",
  ],
  ["Our volunteers get a cut-down version of the data protection training, about ten minutes.", ""],
  [
    "The sales director and the security lead co-wrote the policy on using personal phones for the CRM. Seemed sensible.",
    "",
  ],
  ["I know Marek, I know Joanne, I know where they sit. Easy.", ""],
  [
    "We ran a tabletop exercise with the partners last fall. Surprisingly fun, and I finally understood what our incident plan actually says.",
    "",
  ],
  ["Audit found two issues, both fixed within the month.", ""],
  ["Patching reboots happen at 2am so they don't hit the trading day.", ""],
  [
    "It's a small charity, so 'IT security' is a contract with a firm in Reading and a named contact, Lisa, who answers within a day.",
    "",
  ],
  [
    "The county planning office asks us for encrypted transfers now, and our IT set that up in an afternoon.",
    "",
  ],
  ["Not condescending in the slightest.", ""],
  ["I think the comms are pitched about right.", ""],
  ["Our trainee accountants shadow the IT team for a day during induction.", ""],
  ["Whenever the expenses system changes they send a short Loom video. Helpful.", ""],
  [
    "The playout system at the station is on its own network; the engineers and the IT contractor agreed that between them.",
    "",
  ],
  [
    "I went into this interview expecting to moan, but I can't really. IT at the practice is two people ten feet from my desk, they've never made me feel daft for asking, and when the plotter PC got a virus it was cleaned and back by the afternoon.",
    "",
  ],
  [
    "I'm at a mid-size insurance brokerage in Ohio. Our security program is run by a vendor, and honestly their account manager checks in with my team every month to see if anything's bugging us.",
    "",
  ],
  [
    "Not that they're rude, but every email from them reads like a terms-and-conditions page. I scroll to the bottom to see if I actually need to do anything.",
    "comm",
  ],
  [
    "I wouldn't say we avoid them exactly, it's more that nobody in the newsroom knows who they are, so we just ask Dave on the sports desk, who's good with computers.",
    "distance",
  ],
  [
    "To be fair they're outnumbered. But when I needed a file-transfer site unblocked for a client deadline, the ticket sat for four days and I ended up sending the files from my Gmail.",
    "conflict comm",
  ],
  ["The only time I ever hear from IT security is when I've done something wrong.", "comm"],
  [
    "They're lovely in person, but the monitoring software makes me feel like I'm on probation.",
    "feel power",
  ],
  [
    "Honestly, I'm the problem. I click on everything. They should probably take my laptop away.",
    "blame:self",
  ],
  [
    "people in our office are careless with passwords, sticky notes on every monitor, and then wonder why IT gets shirty",
    "blame:emp",
  ],
  [
    "The USB ban is fine for most people, but in the drawing office it means we can't take plot files to the print shop, so half the team carry their own drives anyway.",
    "conflict",
  ],
  [
    "Frankly our IT provider couldn't secure a garden shed. Three outages in a month and not one explanation.",
    "blame:sec comm",
  ],
  [
    "I don't report the dodgy emails anymore. What's the point, nobody ever gets back to you.",
    "distance comm",
  ],
  ["I feel stupid every time I ring the helpdesk. It's the sighs.", "feel comm"],
  ["They decide, we find out. That's the arrangement.", "power comm"],
  [
    "Our partners overruled the security lead on MFA because 'clients won't like the extra step'. She's basically decorative now.",
    "power",
  ],
  [
    "Mixed. Fast when the printer breaks, useless when you actually need a decision about whether a supplier is safe to use.",
    "blame:sec conflict",
  ],
  ["Don't know who our security people are. Is there a team?", "distance"],
  [
    "Half the finance team reuses the same password for everything, I've seen it. Can't really blame IT for the lockdown after that.",
    "blame:emp",
  ],
  ["i'm exhausted by the constant re-authenticating. six times a day. six.", "feel conflict"],
  [
    "Compliance treat every access request like I'm planning to walk off with the client list.",
    "power",
  ],
  [
    "We're a charity, we don't have security people, the chair's nephew does the IT on weekends. So when something breaks, I just sort it out myself.",
    "distance",
  ],
  [
    "Honest answer: we in sales are the risk. We're the ones installing random Chrome extensions to scrape LinkedIn.",
    "blame:self",
  ],
  [
    "They sent round a 14-page PDF about our 'endpoint detection and response posture'. I have no idea what they want from me.",
    "comm",
  ],
  [
    "I'm a bit scared of them, if I'm honest. Not because they've been nasty, just that an email from security makes my stomach drop.",
    "feel",
  ],
  [
    "I'd raise it, but the last time I flagged something the reply asked why I'd opened the attachment in the first place. So now I just delete and move on.",
    "distance comm",
  ],
  [
    "I've nothing against them personally. It's just that the expenses portal they signed off lost three weeks of my receipts and nobody seems to know why.",
    "blame:sec",
  ],
  [
    "We're just not a priority. The London office gets in-person visits; Hull gets an email.",
    "comm feel",
  ],
  [
    "The managing partner wants everything to 'just work' and won't sign off the budget for proper backups. Our IT manager has stopped arguing.",
    "power",
  ],
  [
    "I'll admit our lot are sloppy. We leave the CAD workstations logged in overnight so renders can run.",
    "blame:self",
  ],
  ["If anything goes wrong they'll pull the logs and find my name. That's the fear.", "feel power"],
  ["They speak in acronyms. SIEM this, DLP that. I nod along.", "comm"],
  [
    "Whoever designed the new leaver process has never met an HR department. Four forms and three approvals to switch off one account.",
    "blame:sec conflict",
  ],
  [
    "Not my department. If the finance system gets hacked that's IT's headache, not mine.",
    "distance",
  ],
  [
    "The thing is, security here reports to the CFO, and the CFO answers to the sales numbers. So guess who wins.",
    "power",
  ],
  ["sometimes i think they enjoy blocking sites", "conflict blame:sec"],
  ["I don't bother logging tickets. I google it and fix it myself.", "distance"],
  [
    "At the paper our investigations desk works with sources who need to stay anonymous, and the blanket ban on Signal on work phones puts that at risk. We've asked three times for an exception, with reasons, and had one acknowledgement and nothing since. So the reporters use their own phones.",
    "conflict comm",
  ],
];
