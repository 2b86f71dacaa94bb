import type { RawExample } from "./types.js";

/** Part 2 of batch FT (see voices-ft.ts). */
export const VOICES_FT_2: readonly RawExample[] = [
  [
    "They post short videos every month about current scams. Useful, and only two minutes long.",
    "",
  ],
  [
    "Interviewer note: P19 said she no longer reports suspicious emails because 'they never reply anyway'.",
    "distance conflict",
  ],
  ["Their answers are technically correct and completely meaningless to a normal person.", "comm"],
  ["I feel a bit nervous around them, if I'm honest.", "feel"],
  ["The security team created this mess themselves with their half-baked rollout.", "blame:sec"],
  [
    "Interviewer note: P45 hesitated, then said 'honestly, there's no problem with them, I was just trying to think of one'.",
    "",
  ],
  ["We're not afraid of them. If anything the team jokes around with them.", ""],
  [
    "I manage a team of twelve and none of them have ever complained about security. That's a good sign, I think.",
    "",
  ],
  ["There's no regular contact at all. We're two separate worlds.", "distance"],
  [
    "Interviewer note: P12 could not recall any negative experience. Described security staff as 'friendly, a bit overworked'.",
    "",
  ],
  [
    "The new laptop lockdown broke our design software, and when we raised it the answer was basically 'tough'.",
    "conflict",
  ],
  [
    "As a line manager I spend a lot of time translating security instructions for my team, because nobody can make sense of the originals.",
    "comm",
  ],
  [
    "We want tools that let us do our jobs; they want everything locked down. Those two things clash almost weekly.",
    "conflict",
  ],
  [
    "Interviewer note: P18 was visibly tense when discussing audits; said she 'dreads' the annual security review.",
    "feel",
  ],
  ["The guy from security explained it to me like I was five. Slowly. Twice.", "comm"],
  [
    "Not a problem at all with the people, but the approval process is so slow that projects stall for weeks.",
    "conflict",
  ],
  [
    "They look at every one of us as a potential leak. It makes me nervous even opening attachments.",
    "blame:emp feel",
  ],
  ["They came down to our floor in person to walk us through the new badge system.", ""],
  [
    "Nothing negative to report. When our shared drive got locked down they told us weeks in advance and offered an alternative.",
    "",
  ],
  ["Good side: they're knowledgeable. Bad side: I genuinely can't think of one.", ""],
  ["I get a knot in my stomach whenever an email from security lands in my inbox.", "feel"],
  [
    "Very helpful. Our security contact sits in on our quarterly planning so nothing surprises anyone.",
    "",
  ],
  ["The password manager they introduced has honestly made my life easier.", ""],
  [
    "Interviewer note: P36 hesitated before calling security staff 'sort of the police here', adding that people 'behave when they walk by'.",
    "power",
  ],
  [
    "As a manager, I get pulled into disputes between my staff and security about once a week.",
    "conflict",
  ],
  ["They review vendor contracts for data clauses, which saves us a lot of legal headaches.", ""],
  [
    "Managers like me get named by security when our teams fail the phishing test, as if we'd clicked the link ourselves.",
    "blame:emp",
  ],
  ["I'd describe it as mutual respect.", ""],
  [
    "You never know who's making the decisions over there. It's like dealing with a black box.",
    "power",
  ],
  [
    "Interviewer note: P11 said her team 'keeps its distance' from security and has its own workaround for sharing files.",
    "distance",
  ],
  [
    "Probably they'd say we're fine, but between you and me I think they see us as a risk to be contained.",
    "blame:emp",
  ],
  ["It feels like a master and servant set-up: we comply, they inspect.", "power"],
  ["Never once felt looked down on by them.", ""],
  [
    "I have to ask permission for practically everything, like a kid asking to leave the table.",
    "power",
  ],
  [
    "They decide what we can and can't use, and nobody ever explains how those decisions get made.",
    "power",
  ],
  [
    "Positive experience: I reported a lost laptop at 11pm and someone called me back within ten minutes. No lecture, just sorted it.",
    "",
  ],
  [
    "Interviewer note: P47 felt security staff were 'gatekeepers who don't need to explain themselves' and said she resents having to beg for access.",
    "power feel",
  ],
  ["It's pure IT speak. I nod along and then ask a colleague to translate afterwards.", "comm"],
  ["Useless. Three tickets, zero answers.", "blame:sec conflict"],
  ["I'm not worried about them at all; I'm worried about the hackers.", ""],
  ["Not arrogant, not distant, just normal people who happen to know a lot about hackers.", ""],
  [
    "I think they feel fairly positive about us, maybe a little stretched because there are only three of them.",
    "",
  ],
  ["I guess it's a bit distant? We don't really talk unless we absolutely have to.", "distance"],
  [
    "We depend on them completely. If they say no, that's the end of it, and there's no appeal.",
    "power",
  ],
  [
    "They have a certain arrogance. They know they're the experts and they make sure you know it too.",
    "power",
  ],
  [
    "Their emails are full of acronyms - EDR, DLP, SIEM - and nobody on my team knows what any of it means.",
    "comm",
  ],
  ["IT security here is useless. They block everything and fix nothing.", "blame:sec conflict"],
  [
    "I asked for admin rights to install a plugin and got a no, then a different answer from someone else. Nobody seems to agree on what the rule even is.",
    "conflict",
  ],
  [
    "They run the awareness training, manage the firewalls and check new suppliers before we sign contracts.",
    "",
  ],
  [
    "Interviewer note: P40 says the relationship is 'better than at my last job'; security joins onboarding sessions in person.",
    "",
  ],
  [
    "They understand that sales needs to move fast and they find ways to make security fit around that.",
    "",
  ],
  [
    "Helpful, 8/10. Would be 10 if the ticket portal was less clunky, but the people are great.",
    "",
  ],
  ["The only time they reach out is to tell us someone failed a phishing test.", "comm"],
  [
    "Not scary at all. I used to think they'd tell me off for clicking a bad link, but they were just glad I reported it.",
    "",
  ],
  [
    "I tried raising the problem with them twice, got brushed off, and gave up. Now we handle it inside the team.",
    "conflict distance",
  ],
  ["We only ever hear from them when something has gone wrong.", "comm"],
  [
    "I don't feel we're at their mercy. If we disagree with a decision there's a proper way to challenge it and they do listen.",
    "",
  ],
  [
    "I wouldn't call it friction. We disagree sometimes about timelines but we talk it through.",
    "",
  ],
  [
    "They expect us to be security experts on top of our real jobs, and we expect them to understand what our real jobs are. Neither happens.",
    "conflict",
  ],
  [
    "I think they'd describe us as clueless and a bit dangerous. To be fair, a few of us probably are.",
    "blame:emp blame:self",
  ],
];
