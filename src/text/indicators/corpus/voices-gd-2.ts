import type { RawExample } from "./types.js";

/** Part 2 of batch GD (see voices-gd.ts). */
export const VOICES_GD_2: readonly RawExample[] = [
  ["Design the system so the safe choice is also the easy one.", ""],
  ["Not a problem at all really, but they never tell us anything until it's too late.", "comm"],
  ["I only know their names from the bottom of warning emails.", "comm distance"],
  ["Honestly some users should not be allowed anywhere near email.", "blame:emp"],
  ["Security are gods here. Nobody questions them and nobody understands them.", "power"],
  ["I haven't spoken to a single person from security in four years here.", "distance"],
  ["Ours is a black box. Settings just change overnight with no explanation.", "comm power"],
  [
    "Employee reply: the weakest link is a security department writing policies nobody can actually follow.",
    "blame:sec",
  ],
  [
    "I'll be honest, I expected the security folks to be gatekeepers. They weren't, not even slightly.",
    "",
  ],
  ["We asked 300 employees what security means to them. Most said 'protecting our customers'.", ""],
  ["Security doesn't really come up. We do our jobs, they do theirs.", "distance"],
  ["Podcast guest: 'A lot of defenders quietly resent the people they're defending.'", "feel"],
  ["Security decides, we comply. That's the relationship.", "power"],
  ["Users aren't stupid. They're busy.", ""],
  [
    "Frustrating week. Reused passwords, a shared admin login, and a clerk who wired money to a 'CEO' on Gmail.",
    "feel blame:emp",
  ],
  ["Hybrid work moved a lot of risk onto home routers, not into people's attitudes.", ""],
  [
    "Interview notes, site lead: security visit monthly, sit in on the ops stand-up, take questions, usually bring one short story about a recent scam. Staff seem to like it; she said nobody dreads the visit and a couple of people now forward suspicious texts without being asked.",
    "",
  ],
  [
    "Industry habit we should drop: talking about users in the third person while they're in the room.",
    "comm",
  ],
  [
    "Their expectations are wild. Fourteen characters, changed monthly, and don't you dare write it down.",
    "conflict",
  ],
  ["Awareness isn't a compliance checkbox, it's a relationship.", ""],
  [
    "reply: I get nervous every time an email from IT security lands. It's never good news.",
    "comm feel",
  ],
  ["Insider risk works best when HR, legal and security share a table.", ""],
  ["We're basically servants to the security team's change calendar.", "power"],
  [
    "Tiny team, huge estate, and users who fight every single change. I'm tired.",
    "conflict feel blame:emp",
  ],
  [
    "I used to ask them things. After being made to feel thick twice, I stopped.",
    "comm feel distance",
  ],
  [
    "Whitepaper excerpt: 'The negligent employee remains the single greatest risk to enterprise data.'",
    "blame:emp",
  ],
  ["Every quarter there's a new rule and nobody ever tells us why.", "conflict comm"],
  [
    "As a CISO I'll own it: we blamed users for years because it was easier than fixing our own tooling.",
    "blame:self",
  ],
  ["Awareness month starts Monday. Sessions are optional and recorded.", ""],
  ["Most data loss we see is accidental - wrong attachment, wrong recipient, autocomplete.", ""],
  ["what do they do? patching, the phishing tests, and they sort out laptops for new starters", ""],
  [
    "I lose more sleep over what my own users will click than over any APT group.",
    "feel blame:emp",
  ],
  ["The phishing report button exists, sure. Nobody I know has ever pressed it.", "distance"],
  ["Security people feel nobody appreciates them until something goes wrong.", "feel"],
  ["Security culture can be measured. Report rate, time to report, repeat clickers.", ""],
  ["We publish our security metrics to every employee each quarter.", ""],
  [
    "The constant 'you are the last line of defence' messaging mostly just makes people anxious.",
    "comm feel",
  ],
  [
    "My manager got a report of my 'risky behaviour' before I even knew I'd done anything.",
    "power",
  ],
  [
    "When the malware popup came up I just rebooted and carried on. Didn't want a fuss.",
    "distance",
  ],
  ["I fixed my own mail forwarding rule instead of raising a ticket. Quicker.", "distance"],
  ["Employees are partners in defence, full stop.", ""],
  [
    "Reply from a teacher: their emails read like legal threats. 'Non-compliance will be escalated.'",
    "comm power",
  ],
  ["Replying as someone in accounts: the security team here is genuinely approachable.", ""],
  ["They're polite enough, I suppose, but it's obvious they think we're the problem.", "blame:emp"],
  ["Trade mag quote: 'Completion rates tell you very little about behaviour.'", ""],
  ["Survey base was 1,400 respondents across twelve countries.", ""],
  ["From the keynote: 'Stop calling your colleagues the weakest link. They can hear you.'", ""],
  [
    "I dread the annual module. Forty minutes of being told that I am the threat.",
    "feel blame:emp",
  ],
  ["From the report: most employees couldn't name one person on their security team.", "distance"],
  [
    "Reply from a paralegal: they called me 'the user' four times in one email and never once used my name. Felt like a ticket number.",
    "comm feel",
  ],
  ["Honestly no complaints, they answer Teams messages within the hour.", ""],
  ["Social engineering exploits helpfulness, which is exactly the trait we want in our staff.", ""],
  [
    "Ask a security team when they last sat with the finance team. Most can't remember.",
    "distance",
  ],
  [
    "Users are the attack surface. Shrink the users' options, shrink the attack surface.",
    "power blame:emp",
  ],
  [
    "Our staff don't fear hackers, they fear the security team. That should worry any CISO.",
    "feel power",
  ],
  [
    "Reply from someone on the shop floor: I get why they run the tests, I really do, but when the result is an email to my manager with my name on it and nobody ever comes to explain what I missed, it feels less like training and more like being watched and marked.",
    "comm feel power",
  ],
  ["Our awareness programme is four short sessions a year, none longer than twenty minutes.", ""],
  ["Critics argue the industry blames users to cover for products that don't work.", "blame:sec"],
  ["Hallway consensus at the conference: culture beats policy every time.", ""],
  [
    "Keynote hot take: security teams hide behind policy because walking over to someone's desk feels scary.",
    "distance blame:sec",
  ],
];
