import type { RawExample } from "./types.js";

/** Part 2 of batch GI (see voices-gi.ts). */
export const VOICES_GI_2: readonly RawExample[] = [
  ["I get on with them better than with the planners, to be honest.", ""],
  [
    "Foreman said IT security 'know what a site is like' because two of them used to be on the tools.",
    "",
  ],
  ["New badge readers went in over a weekend, zero downtime. Well done them.", ""],
  ["Mostly okay, I'd say.", ""],
  [
    "Interviewer observed that the farm manager spoke warmly of the co-op's IT contact, calling him 'one of us' and describing regular visits at feeding time.",
    "",
  ],
  [
    "Plenty of people round here blame IT for everything, but honestly I've never found them anything other than straight with me.",
    "",
  ],
  [
    "Every time we want new software for the laser cutter it's weeks of forms, security say no, production say we needed it yesterday.",
    "conflict",
  ],
  ["Try getting hold of them at 5am when the wagons are going out. Impossible.", "conflict"],
  [
    "We want the drivers connected, they want everything locked down. Never meets in the middle.",
    "conflict",
  ],
  [
    "The site tablets lock after two minutes. In the rain. With gloves on. They just don't get how we work.",
    "conflict",
  ],
  [
    "Interviewee described repeated arguments over a shared login on the milking robot: the herd manager insisted one login was the only workable way, IT insisted it broke policy.",
    "conflict",
  ],
  ["They say it's fixed, we say it isn't, round and round we go.", "conflict"],
  ["Their rules were written for an office, not a building site.", "conflict"],
  ["Half the time we're not even talking about the same problem.", "conflict"],
  [
    "There was a proper shouting match between the plant manager and security about remote access for the boiler engineer.",
    "conflict",
  ],
  [
    "They blocked the USB ports so I can't load the cutting programs onto the press brake anymore, I walk to the office and back twenty times a shift.",
    "conflict",
  ],
  [
    "Ticket closed without anyone ringing me. Reopened it. Closed again. Third time now.",
    "conflict comm",
  ],
  [
    "Respondent, a concrete pump operator, said security requirements 'stop the job' at least once a week and that he has stopped trying to follow them on site.",
    "conflict distance",
  ],
  ["Security is the department of no, basically.", "conflict"],
  [
    "Misunderstandings constantly, they think 'urgent' means this week, for us it means the truck is waiting at the gate.",
    "conflict",
  ],
  [
    "Respondent, weighbridge clerk at a grain co-op, recounted that when the gate system failed at harvest IT insisted on a logged ticket before anyone would look, with forty trailers queuing on the lane.",
    "conflict blame:sec",
  ],
  ["They're impossible to reach after four, and that's when half our problems start.", "conflict"],
  ["It's a fight every time a contractor needs on the network for a day.", "conflict"],
  [
    "Field note: operations manager and IT lead interrupted each other repeatedly during the joint interview; each described the other department's priorities as unrealistic.",
    "conflict",
  ],
  [
    "They keep wanting us to do training in work time, in peak season. We say no, they escalate to the MD.",
    "conflict power",
  ],
  [
    "It isn't that they're nasty, it's that what they want and what we need never line up.",
    "conflict",
  ],
  ["Only time we hear from them is when someone's done something wrong.", "comm"],
  [
    "Email said 'endpoint non-compliant, remediate via self-service portal'. Mate, I drive a tipper.",
    "comm",
  ],
  ["Never seen one of them in the flesh. It's all tickets.", "comm distance"],
  ["They talk to you like you're five years old.", "comm"],
  [
    "Respondent said security notices are 'written for other IT people' and she forwards them to her son to translate.",
    "comm",
  ],
  ["All acronyms. MFA, SSO, VPN, EDR. I just nod along.", "comm"],
  [
    "They send a newsletter nobody reads and then a telling-off when the phishing test gets you.",
    "comm blame:emp",
  ],
  ["No face-to-face ever, I think they're in India or somewhere.", "comm distance"],
  ["If you ask a question you get a link to a forty page policy.", "comm"],
  [
    "The bloke on the helpdesk sighed at me. Actually sighed. Because I didn't know what a browser was called.",
    "comm feel",
  ],
  [
    "Their updates come as a pop-up in the middle of a load plan, no warning, no explanation.",
    "conflict comm",
  ],
  [
    "Interviewer note: yard clerk said she only gets 'warnings and red text' from security and could not remember a single message that was positive or just informative.",
    "comm",
  ],
  [
    "They never say well done. Only ever 'you have failed to complete mandatory module 4'.",
    "comm feel",
  ],
  ["Talking to them is like talking to the tax office.", "comm"],
  ["I asked what 'lateral movement' meant and got a look like I was thick.", "comm feel"],
  [
    "Not that they're rude exactly, it's more that everything is in a language nobody on the farm speaks.",
    "comm",
  ],
  [
    "Respondent noted that in five years the security team had visited the depot once, after a breach, and 'read us the riot act'.",
    "comm distance blame:emp",
  ],
  ["I'm honestly scared to click on anything now.", "feel"],
  ["Frustrated. That's the word for it.", "feel"],
  [
    "Interviewee, a shepherd employed by the co-op, was clearly upset describing how IT wiped her phone remotely without warning, losing every photo from lambing.",
    "conflict feel",
  ],
  [
    "Every time there's an email from security my stomach drops, I think I'm in trouble again.",
    "feel",
  ],
  [
    "Disappointed, really. When our accounts got hacked I expected more help than a password reset link.",
    "feel blame:sec",
  ],
  [
    "Interviewee, a bus depot dispatcher, voiced worry that security 'can read our messages' and said nobody had ever told staff otherwise.",
    "comm feel power",
  ],
  [
    "Interviewee became visibly annoyed recounting how her timesheet system was locked for three days 'for security reasons nobody would explain'.",
    "comm feel",
  ],
  ["It wears you down. You dread ringing them.", "feel distance"],
  ["I get anxious before the phishing tests, like an exam I'll fail.", "feel"],
  [
    "Honestly a bit hurt that they put the office staff's names in the 'failed' list that went round.",
    "feel blame:emp",
  ],
  ["They make me feel stupid and I'm not stupid, I run a 40 tonne crane.", "comm feel"],
  ["The not knowing is the worst part, you never know if you've broken something.", "feel"],
  ["Sick of it. Sick of the pop-ups, sick of the passwords, sick of them.", "conflict feel"],
  [
    "Respondent expressed concern that the new tracking on the tractor tablets could be used against operators, though she had not raised this with IT.",
    "feel power distance",
  ],
  ["Annoyed, mostly. Not angry. Just annoyed.", "feel"],
  ["They decide, we do. That's the relationship.", "power"],
  [
    "Nobody knows who they are or what they actually do, but everything has to go through them.",
    "power",
  ],
];
