import type { RawExample } from "./types.js";

/** Part 2 of batch FY (see voices-fy.ts). */
export const VOICES_FY_2: readonly RawExample[] = [
  [
    "Our accounts staff are careful and sensible, I've never had any reason to see them as a security risk.",
    "",
  ],
  [
    "No one on my team wants to call the helpdesk because they always come away feeling stupid.",
    "comm distance",
  ],
  [
    "They've never once blamed us when something went wrong, which I know isn't the case everywhere.",
    "",
  ],
  ["Security feels like something done to us rather than with us.", "power"],
  [
    "I feel slightly guilty because half the problems they fix are ones I caused by clicking on things.",
    "blame:self",
  ],
  [
    "Every upgrade runs late and over budget, and somehow it's always our fault for not 'preparing the environment'.",
    "conflict blame:emp",
  ],
  [
    "Their manager once told me small businesses 'don't really need' encryption. That was the end of my trust in them.",
    "feel",
  ],
  ["They're quite formal, but I wouldn't call it unfriendly.", ""],
  ["We mostly email; they're two hundred miles away. Works okay for us.", ""],
  ["The way they talk about 'end users' makes my staff sound like cattle.", "comm"],
  [
    "I'm fed up of hearing 'that's not covered by your contract' every single time I ask for help.",
    "conflict feel",
  ],
  [
    "Our IT firm phones me when they spot something odd, not just when it's broken, and I like that.",
    "",
  ],
  ["The only time I meet them in person is when there's a disaster.", "comm"],
  ["They've built walls so high my own staff can't get their work done.", "conflict blame:sec"],
  ["Honestly, I don't think they think about us at all until the invoice goes out.", "distance"],
  ["They came to our Christmas do last year, that's how well we get on.", ""],
  ["You can tell from their tone that they think we're all a bit thick.", "comm"],
  ["I'd call it dependent, to be blunt: we can't function without them and they know it.", "power"],
  [
    "The new data protection rules were explained in plain English, in a session at our office, with biscuits.",
    "",
  ],
  [
    "When the alarm system and the network got tangled up, nobody at the IT company would take ownership and I spent three days on the phone.",
    "conflict blame:sec",
  ],
  [
    "Nothing against them personally, but I just don't trust anyone who won't tell me what they've installed on my machines.",
    "power feel",
  ],
  ["I don't feel the need to contact them often, because things just work.", ""],
  [
    "Security people at these conferences love saying 'humans are the problem'. As an employer, I find that lazy.",
    "blame:emp",
  ],
  [
    "I'm the one who keeps locking herself out of the practice management system, not the nurses.",
    "blame:self",
  ],
  ["They'll fix anything, quickly, and never make a fuss about it.", ""],
  [
    "Our provider is friendly enough but it's a different name on every ticket, so there's nobody we actually have a relationship with.",
    "distance",
  ],
  [
    "I wouldn't say we argue. We just don't see eye to eye on how much security a ten-person firm needs.",
    "conflict",
  ],
  [
    "They think we're careless, we think they're overcautious, and the truth is somewhere in between.",
    "conflict blame:emp",
  ],
  [
    "The support tech sat with my bookkeeper for an hour and showed her how to spot fake invoices. Brilliant.",
    "",
  ],
  ["I'm embarrassed to say I've ignored their update reminders for months.", "blame:self"],
  ["They answer emails within the hour and always cc me so I know what's going on.", ""],
  [
    "The IT firm audits everything we do and sends me a red-amber-green report like a school report card.",
    "power",
  ],
  ["I've learned not to ask why. I just do what they tell me.", "power"],
  ["There's real respect both ways: they know we're busy, we know they're protecting us.", ""],
  ["To them we're ticket number whatever.", "distance"],
  [
    "I get a knot in my stomach whenever their number comes up on my phone because it always means bad news.",
    "feel comm",
  ],
  [
    "They actually listened when we said the lockout timer was too short and changed it the same day.",
    "",
  ],
  [
    "My staff are lovely but honestly they'd give the keys away to anyone with a clipboard and a hi-vis vest.",
    "blame:emp",
  ],
  ["Not exactly warm, but perfectly competent.", ""],
  ["We had an outage on a Saturday and couldn't reach a soul until Monday.", "conflict"],
  [
    "I used to think they were arrogant. Turned out they just didn't know how a dental surgery runs, and once they learned, things got much better.",
    "",
  ],
  [
    "The security vendor's rep told us staff training is pointless because 'people will always click'.",
    "blame:emp",
  ],
  ["Half of what they tell me goes straight over my head and I'm too proud to ask again.", "comm"],
  ["I genuinely like the team there, they're patient and they speak our language.", ""],
  [
    "They're the experts, so I leave them to it and don't ask questions. Not that I'd understand the answers.",
    "power",
  ],
  ["We tried to set up a monthly meeting with them but it fizzled out after two.", "distance"],
  [
    "I was really disappointed they didn't warn us before the migration; we lost a whole morning of bookings.",
    "feel",
  ],
  [
    "I don't think my employees are the problem at all. The systems are just badly set up by the provider.",
    "blame:sec",
  ],
  ["Our managed service provider is a faceless outfit: portal, chatbot, invoice.", "comm distance"],
  ["They make you feel like you're lucky they agreed to take you on as a client.", "power"],
  ["I'd describe it as calm and businesslike. No drama either way.", ""],
  [
    "My site manager won't let them near his laptop, says they 'break more than they fix'.",
    "distance blame:sec",
  ],
  [
    "They once spent twenty minutes explaining DNS to me when all I wanted to know was whether the website was up.",
    "comm",
  ],
  [
    "I think they'd describe us as a friendly client who pays on time and asks sensible questions.",
    "",
  ],
  [
    "I'm constantly worried we're not compliant, and they never give me a straight answer on whether we are.",
    "feel",
  ],
  [
    "The shop staff find the till logins a bit of a hassle, but they understand why they're there.",
    "",
  ],
  [
    "Their attitude is basically 'users break things', and they say it right in front of my team.",
    "blame:emp",
  ],
  ["I wish I knew more so I wasn't so reliant on them for every little thing.", "power"],
  ["They have never talked down to me once, and I know next to nothing about computers.", ""],
  [
    "There's a lot of friction over the USB ban - my draughtsmen need to move huge files to the plotter.",
    "conflict",
  ],
];
