import type { RawExample } from "./types.js";

/** Part 2 of batch GF (see voices-gf.ts). */
export const VOICES_GF_2: readonly RawExample[] = [
  ["Don't hate them. Don't really love them either. They're just there.", ""],
  ["They're fine, but if I'm honest I dread having to log a ticket with them.", "feel"],
  ["The school network manager handles security, filtering and the staff laptops.", ""],
  [
    "They block YouTube so I can't show the video I planned the whole lesson around. Every. Single. Time.",
    "conflict",
  ],
  [
    "The web filter is the main thing they do, and it blocks half the history curriculum.",
    "conflict blame:sec",
  ],
  ["Our network manager pops into the staffroom at break. Easy to ask him stuff.", ""],
  ["I teach year 4. I have no idea who runs security, it's probably the trust.", "distance"],
  [
    "Got a lecture about password hygiene from someone who's never taught a class of 30.",
    "comm feel",
  ],
  [
    "If the projector and laptop don't talk to each other I just fix it myself now. Quicker.",
    "distance",
  ],
  [
    "I'm probably the worst for clicking on things, my class teaches me more about tech than IT does.",
    "blame:self",
  ],
  ["Teachers are apparently 'high risk users'. Thanks.", "feel blame:emp"],
  ["He's brilliant with the kids' accounts, rubbish at explaining anything to adults.", "comm"],
  [
    "Whatever the trust's IT team decides, we have to follow. Nobody consulted teachers about the new platform.",
    "power",
  ],
  ["They're not arrogant, just very busy.", ""],
  ["Honestly they've been great, they set up my laptop at home during lockdown.", ""],
  [
    "Friction? Constantly. I need to use a tool, they need three forms and a risk assessment.",
    "conflict",
  ],
  [
    "Worried about the GDPR stuff, worried I'll email the wrong parent. No-one's really explained it properly.",
    "comm feel",
  ],
  ["They only ever email to tell us off about phishing tests.", "comm"],
  ["We don't talk. I put a ticket in, it gets closed. That's the relationship.", "comm distance"],
  ["The IT lot would say we're a nightmare. Fair enough, we probably are.", "blame:self"],
  ["Their emails are pretty readable actually, they use examples from school life.", ""],
  [
    "I've stopped reporting problems with the interactive whiteboard, nothing happens anyway.",
    "distance blame:sec",
  ],
  ["Feels like they're policing us, not supporting us.", "feel power"],
  ["The security training video was patronising but at least it was short.", "comm"],
  ["They treat us like the kids, honestly. Same filter, same rules, same tone.", "comm power"],
  [
    "I trust them. When the trust got a ransomware threat they told us straight away what to do.",
    "",
  ],
  ["Not a problem at all working with them, though the laptops are ancient.", ""],
  ["They think teachers leave laptops in cars. Some do. I don't.", "blame:emp"],
  [
    "I'm frustrated that it takes a month to get software approved for my SEN kids.",
    "conflict feel",
  ],
  ["My head of department tells them what we need, I stay out of it.", "distance"],
  [
    "I do admissions in the school office. They set up the encrypted email for sending pupil files. Worked first time.",
    "",
  ],
  [
    "Office staff are always the ones who get the fake invoice emails, and then we get blamed for nearly paying them.",
    "feel blame:emp",
  ],
  ["I'd describe it as polite but distant.", "distance"],
  ["They don't come in person, it's all remote now. Never met any of them.", "comm distance"],
  ["Whenever I ask a question I get a link to a policy document. Forty pages.", "comm"],
  [
    "Very kind when I lost the office laptop. I was terrified, they just calmly wiped it and sorted a new one.",
    "",
  ],
  [
    "The bursar said to me the biggest threat to the school is the staff. I think she got that from an IT consultant.",
    "blame:emp",
  ],
  [
    "I'm always apologising when I ring them, like I've caused the problem. Usually I have.",
    "feel blame:self",
  ],
  ["I handle the parent payments system. IT security check it and run the access reviews.", ""],
  ["they lock my account every time i go on holiday. every time.", "conflict"],
  ["Never condescending, never in a rush. Best support team I've worked with.", ""],
  ["They can see everything we do. Slightly creepy if I'm honest.", "feel power"],
  ["Apparently I'm the 'human firewall'. I'm the receptionist, I earn 19k.", "feel blame:emp"],
  ["Security emails are written for techies. Office staff just delete them.", "comm distance"],
  [
    "The trust's cyber team visited and were really good at explaining the risks without scaring us.",
    "",
  ],
  [
    "I work in council tax. Our security team handles phishing reports and keeps the antivirus running.",
    "",
  ],
  [
    "They changed the VPN and didn't tell anyone. Half of revenues couldn't log in on Monday.",
    "conflict comm",
  ],
  ["Planning officer here. They're helpful when asked, but you have to know who to ask.", ""],
  [
    "In my experience the cyber team see council staff as a liability to be managed.",
    "power blame:emp",
  ],
  ["Invisible. Decisions just appear from above.", "power distance"],
  ["They run the mandatory e-learning and send the monthly phishing simulations.", ""],
  [
    "The phishing tests feel like a trap. You click, you get named to your manager. Nice.",
    "feel power",
  ],
  [
    "I work in housing repairs. I'd honestly rather do a workaround than deal with their approval process.",
    "conflict distance",
  ],
  ["Never had any contact with them, which I suppose means they're doing their job.", ""],
  [
    "The head of cyber gave a talk at all-staff briefing. Clear, funny, didn't blame anyone. More of that please.",
    "",
  ],
  [
    "Our IT security is outsourced. A ticket goes to someone in another city who's never heard of our service.",
    "conflict distance",
  ],
  ["Frustrating. You ask a simple question and get a wall of technical waffle.", "comm feel"],
  ["They tell us we're the last line of defence but give us kit from 2012.", "blame:emp blame:sec"],
  [
    "Took them two months to approve Teams for a community group meeting. By then the group had given up.",
    "conflict blame:sec",
  ],
  [
    "Social worker. I'm out in the community all day and can't get anything to work on my phone. Nobody from IT ever seems to understand that.",
    "conflict feel",
  ],
];
