import type { RawExample } from "./types.js";
import { VOICES_GD_2 } from "./voices-gd-2.js";
import { VOICES_GD_3 } from "./voices-gd-3.js";

/** The security industry in public and its critics: vendor blogs, talks, trade press and posts on employees, users, human error and insiders, with replies from employees (round 29). Written fresh for Rapport (brief GD). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Not intimidating at all - they made my dumb question feel normal and then answered it properly.",
    "",
  ],
  [
    "The bonus-linked phishing scores were a disaster. People were terrified of opening any email at all.",
    "feel power",
  ],
  [
    "CISO panelist: 'We talk at people, not with them, and then act surprised when they tune out.'",
    "comm distance blame:self",
  ],
  ["Honestly we just sort things out ourselves now rather than wait on security.", "distance"],
  ["They sit in another city. We never see them.", "comm distance"],
  [
    "Insider threat isn't a people problem or a tech problem. It's both, and it's mostly boring.",
    "",
  ],
  ["The label 'insider threat' covers everything from sabotage to a misaddressed spreadsheet.", ""],
  [
    "That breach was on us as a security team, not on the guy who opened the attachment.",
    "blame:self",
  ],
  ["They never come downstairs. Everything is a ticket or a portal.", "comm distance"],
  ["reply: try getting hold of anyone in security after 3pm. Impossible.", "conflict"],
  ["They're not arrogant, just impossible to reach when you actually need them.", "conflict"],
  ["Credential stuffing doesn't care how well trained your staff are.", ""],
  ["Employee reply: I don't go near them unless I absolutely have to.", "distance"],
  ["When the breach notice went out it was three paragraphs of acronyms and a deadline.", "comm"],
  [
    "Every time we roll out a control the business whines it slows them down, then they bypass it anyway.",
    "conflict blame:emp",
  ],
  ["Good thread. In our org the security team is part of the furniture, in a good way.", ""],
  ["People say don't blame users, but who clicked the link? Not the firewall.", "blame:emp"],
  ["Frankly our IT security team is the most responsive department in the building.", ""],
  [
    "I don't think they look down on us at all; if anything they seem grateful when we flag stuff.",
    "",
  ],
  ["Our red team found the gaps, our staff found the phish. Both count.", ""],
  [
    "Productivity versus security is a false choice, but try telling that to a marketing team whose file-sharing app just got blocked.",
    "conflict",
  ],
  ["Nobody asks them anything anymore, we just google it and hope.", "distance"],
  ["reply: same here, our infosec people are great and never make you feel like an idiot", ""],
  ["LinkedIn post: 'Your firewall is strong. Your receptionist is not.'", "blame:emp"],
  [
    "Comment from a nurse: the security lead came onto our ward and set up the new badge readers herself. Really appreciated it.",
    "",
  ],
  [
    "Trade press: ransomware crews increasingly buy access from brokers rather than phishing for it.",
    "",
  ],
  ["They can see everything on my laptop and I've no idea what they actually do with it.", "power"],
  ["SOC analysts talk to logs more than they talk to people.", "distance"],
  ["Blaming whoever clicked has never once made the next person click less.", ""],
  ["The best security people I've worked with could explain risk to a bus driver.", ""],
  ["We've learned to keep our heads down and not attract infosec's attention.", "feel distance"],
  ["They act like they own the network and we're guests on it.", "power"],
  [
    "Users see us as an obstacle to getting work done, and honestly, sometimes we are.",
    "conflict blame:self",
  ],
  ["I get anxious logging into the VPN in case I break something and get flagged.", "feel"],
  [
    "When our CFO fell for the test phish he told the whole company himself. Best training moment we ever had.",
    "",
  ],
  [
    "The friction won't go away while security is measured on incidents and everyone else is measured on output.",
    "conflict",
  ],
  ["Users aren't idiots.", ""],
  [
    "Staff got a 'final warning' for failing a simulated phish. Morale tanked and reporting dropped off a cliff.",
    "feel power distance",
  ],
  ["Humans make errors at predictable rates. Plan for it.", ""],
  [
    "If one click can take down your whole company, that's your architecture's fault, not the intern's.",
    "blame:sec",
  ],
  [
    "We log every keystroke on those desks because frankly you can't trust staff with card data.",
    "power blame:emp",
  ],
  ["Open office hours every Thursday, 2 to 4. Anyone can walk in.", ""],
  ["Not once did our security lead talk down to anyone at that town hall. Refreshing.", ""],
  [
    "Security only shows up in your inbox when something's broken or somebody's in trouble.",
    "comm",
  ],
  [
    "Twenty-five years of usable security research keep saying the same thing: treat users as allies.",
    "",
  ],
  ["The problem sits between the keyboard and the chair. Always has.", "blame:emp"],
  ["Users will always be the weakest link. You can't patch stupid.", "blame:emp"],
  ["Blaming users is lazy security work. Full stop.", "blame:sec"],
  [
    "It makes me genuinely angry when vendors call my colleagues 'the weakest link' to flog a product.",
    "feel blame:sec",
  ],
  ["we have a security team? genuinely didn't know", "distance"],
  ["Disappointed. We reported a real phish and never got a reply.", "conflict feel"],
  ["Insider risk tools that score employees in secret are surveillance, not security.", "power"],
  ["The only time I've ever heard from them was to tell me I'd failed a phishing test.", "comm"],
  [
    "Our infosec team is the department of no. Useless for anything practical.",
    "conflict blame:sec",
  ],
  ["Security is still seen as the team that slows projects down.", "conflict"],
  ["Our security team runs like a separate company inside the company.", "distance"],
  ["Zero blame, all learning. That's the rule for our post-incident reviews.", ""],
  [
    "Nobody from security has ever introduced themselves to our team. We just get policies.",
    "comm distance",
  ],
  ["Awareness training is something people click through on mute while doing emails.", "distance"],
  [
    "Not a big deal most of the time, but every audit season it turns into us versus them.",
    "conflict",
  ],
];

export const VOICES_GD: readonly RawExample[] = [...FIRST_PART, ...VOICES_GD_2, ...VOICES_GD_3];
