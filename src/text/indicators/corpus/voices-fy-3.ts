import type { RawExample } from "./types.js";

/** Part 3 of batch FY (see voices-fy.ts). */
export const VOICES_FY_3: readonly RawExample[] = [
  [
    "They bring in new rules without asking us, then act surprised when nobody follows them.",
    "conflict power",
  ],
  [
    "I'm at the point where I dread renewing the contract, but I don't know who else we'd go to.",
    "feel power",
  ],
  ["Nice people, hopeless at the job.", "blame:sec"],
  ["The girls on the front desk are great with the systems, better than me frankly.", ""],
  [
    "I keep telling them we're a five-person firm, not a bank, and they keep sending us enterprise-grade policies.",
    "conflict",
  ],
  ["If I'm honest the breach was my fault. I gave my login to a temp.", "blame:self"],
  ["Their monthly newsletter is useful and readable, not the usual doom and gloom.", ""],
  ["We don't have a relationship, really. They're a utility, like the water company.", "distance"],
  ["The head of IT at our parent company treats us branch managers like errand boys.", "power"],
  [
    "I'm a bit nervous about asking them anything now, after the last technician snapped at me.",
    "comm feel",
  ],
  ["Frankly I'm happy. Response times are good and the bills are fair.", ""],
  ["Every email ends with 'as per our policy' and a link I'm never going to read.", "comm"],
  ["My staff fix most things themselves now rather than wait for the helpdesk.", "distance"],
  [
    "The IT firm didn't say it outright, but it was clear they thought the leak came from 'someone in the office being careless'.",
    "blame:emp",
  ],
  [
    "They're not obstructive - quite the opposite, they go out of their way to find a workaround that's still safe.",
    "",
  ],
  ["We clash a lot over remote access: I need it on site and they hate the idea.", "conflict"],
  [
    "I think the security people feel underappreciated by us, and honestly that's on us, not them.",
    "blame:self",
  ],
  [
    "Whenever I mention a problem, the reply makes me feel like I've done something wrong.",
    "blame:emp",
  ],
  ["Our partners all trust the provider completely, there's no tension at all.", ""],
  ["It took me six weeks to get a straight answer about our backups.", "conflict"],
  [
    "The IT consultant has a real 'I know best' air about him, and he's usually right, which somehow makes it worse.",
    "power",
  ],
  [
    "I don't really speak to them. The software does the updates and I get a green tick.",
    "distance",
  ],
  [
    "They're approachable, they turn up when they say they will, and they explain things in plain English.",
    "",
  ],
  [
    "Our nurses think IT is a black box run by people who've never set foot in a surgery.",
    "power distance",
  ],
  [
    "Whenever anything goes wrong the first question is always 'what did your staff click on?'",
    "blame:emp",
  ],
  [
    "I'm anxious about the whole thing, frankly. We're one phishing email from closing and I'm not sure our IT people have our backs.",
    "feel",
  ],
  [
    "I'd love more contact, but they're stretched and I don't want to bother them, so I mostly don't.",
    "distance",
  ],
  [
    "The training was someone reading slides full of jargon to a room of bricklayers. It didn't land.",
    "comm",
  ],
  ["They never make us feel like the problem, even when we clearly are.", "blame:self"],
  ["We're on first-name terms with the whole team. Great relationship.", ""],
  [
    "Honestly I think security is the IT firm's job, not mine or my staff's, and we leave them to it.",
    "distance",
  ],
  [
    "There's a constant tug-of-war between what the insurer wants, what the IT people enforce and what my staff will actually do.",
    "conflict",
  ],
  ["I don't resent them. I just feel a bit powerless when they say no.", "power"],
  ["They used to pop in weekly. Now it's 'log a ticket' and a robot replies.", "comm distance"],
  ["Most of the time they're fine. The odd bad day, like anyone.", ""],
  [
    "So frustrating - they lock my account for 'suspicious activity' and it's just me doing the VAT return at midnight.",
    "conflict feel",
  ],
  [
    "My bookkeeper says she's too scared to touch anything in case the IT company tells her off.",
    "feel power",
  ],
  ["I blame myself really. I never read what they send.", "blame:self"],
  ["They seem to think our only job is to follow their rules.", "power"],
  [
    "We've had the same technician for six years and he knows our systems better than we do, in a good way.",
    "",
  ],
  ["I couldn't tell you what they actually do for us each month, it's all hidden away.", "power"],
  ["They're condescending, no two ways about it.", "comm"],
  ["Condescending? No, never. Busy, yes.", ""],
  [
    "I walked out of the review meeting feeling like I'd been hauled in front of the headmaster.",
    "comm power",
  ],
  [
    "The security experts on podcasts always go on about the 'human firewall' as if we're the broken part.",
    "blame:emp",
  ],
  [
    "I think they genuinely care about keeping us safe, even if they're not the most expressive bunch.",
    "",
  ],
  [
    "The provider forced a new email system on us in the middle of year-end and my team nearly mutinied.",
    "conflict power",
  ],
  [
    "I'm sick of being treated like the problem when it's their software that keeps crashing.",
    "feel blame:emp blame:sec",
  ],
  ["Relations are good. When we disagree we talk it through.", ""],
  [
    "To be honest we keep our distance, because it costs money every time we call them.",
    "distance",
  ],
  [
    "Their security guy is clearly brilliant but talks to us like we should already know all this.",
    "comm",
  ],
  ["We're worried they'll drop us as a client if we complain too much.", "feel power"],
  [
    "I did the Cyber Essentials checklist on my own over a weekend because I couldn't get them to engage.",
    "conflict distance",
  ],
  ["No one here is afraid of IT. We tease them and they tease us back.", ""],
  [
    "They switched off macros across the office without warning and my quantity surveyor lost a day's work.",
    "conflict",
  ],
  ["It's a good relationship, not a perfect one. They could visit a bit more often.", ""],
  ["I'm sure they're nice people but I've honestly never met any of them.", "distance comm"],
  ["Whenever I push back on a rule I get 'it's best practice' and nothing else.", "conflict power"],
  [
    "Our staff are honestly the strongest part of our security, they spot dodgy emails all the time.",
    "",
  ],
  ["Feels like we work for them rather than the other way round.", "power"],
  ["Tremendously helpful. They even helped my daughter set up the shop's Instagram securely.", ""],
  [
    "I don't feel confident raising issues with them, I'd rather muddle through on my own.",
    "distance",
  ],
  [
    "Some days I think the IT people would be happiest if nobody used the computers at all.",
    "conflict blame:sec",
  ],
  ["I'm not worried about them at all, they've been rock solid for years.", ""],
  [
    "The vendor keynote was all 'stupid user' jokes, and everyone laughed except the business owners in the room.",
    "blame:emp",
  ],
  ["Misunderstandings are constant. I ask for one thing and they set up another.", "conflict"],
  ["I'd be lying if I said I looked forward to their calls.", "feel"],
  ["They're responsive and direct, and they admit it when they've messed up.", ""],
  ["There's a security person at head office but I couldn't tell you her name.", "distance"],
  ["i'm the weakest link in this office and i know it lol", "blame:self"],
  [
    "The way they roll their eyes when my staff ask basic questions really gets to me.",
    "comm feel",
  ],
  [
    "Their reports used to be gibberish, but after I complained they added a one-page summary in plain English.",
    "",
  ],
  [
    "The practice staff feel watched - every login, every file, logged and reported back to the IT firm.",
    "power",
  ],
  [
    "Honestly I'd rather pay someone local I can actually talk to than keep waiting on hold with this lot.",
    "conflict",
  ],
  ["No friction at all, no - although the new VPN has been a bit of a learning curve.", ""],
  ["It's me who lets the side down, the IT firm does its bit.", "blame:self"],
  ["I catch myself calling them 'the computer police' and I'm only half joking.", "power"],
  ["We don't hear from them unless there's a virus alert or an overdue invoice.", "comm"],
];
