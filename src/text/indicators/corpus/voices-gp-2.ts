import type { RawExample } from "./types.js";

/** Part 2 of batch GP (see voices-gp.ts). */
export const VOICES_GP_2: readonly RawExample[] = [
  [
    "I was afraid of them in the beginning, I must say, because in my previous job in Warsaw the IT was very strict and shouting. But here after the first month this feeling was gone completely, they are calm, they explain, and they even laugh with us when something stupid happens.",
    "",
  ],
  [
    'Sometimes they use words like "endpoint", but if you ask, they explain without making you feel small.',
    "",
  ],
  ["Security here is more like a service desk with a smile.", ""],
  ["They are giving us small chocolate when we pass the quiz, haha.", ""],
  ["Hard to say, I have almost no contact with them, I work in the warehouse.", "distance"],
  ["Last time I talked with somebody from security was maybe two years ago.", "distance"],
  ["I don't contact them, I prefer to solve myself with Google.", "distance"],
  ["We don't really have relationship. They are there, we are here.", "distance"],
  ["I never go to their floor, I don't even know where they are sitting.", "distance"],
  [
    "As security officer I see the employees not much, basically I sit with the servers.",
    "distance",
  ],
  ["Our team uses own tools, we don't ask IT anything anymore.", "distance"],
  [
    "When something happens we fix alone and don't tell them, to avoid the bureaucracy.",
    "conflict distance",
  ],
  ["I avoid asking them, because the answer is always so complicated.", "comm distance"],
  [
    "Nobody knows who they are exactly, they are like a ghost who controls our laptops.",
    "power distance",
  ],
  [
    "Contact with security? Zero. I think they don't know my name and I don't know theirs.",
    "distance",
  ],
  ["We users and the security, we live in parallel worlds, no touching point.", "distance"],
  ["If my laptop makes trouble I ask my nephew, not the IT.", "distance"],
  [
    "They never come to our site in Pune, everything is from headquarter, we are managing ourselves only.",
    "comm distance",
  ],
  ["I stopped reporting the spam emails, nobody reacted anyway, so why.", "feel distance"],
  [
    "In the IT we don't go out to the departments, honestly, we wait until ticket comes.",
    "distance",
  ],
  ["I would rather lose one hour trying myself than open ticket with them.", "conflict distance"],
  [
    "From security side I must admit: we talk about users in meetings, but we almost never talk with them.",
    "comm distance",
  ],
  ["They are somewhere in the cloud, like their servers.", "power distance"],
  [
    "They block every website I need for my research and then unblocking takes one week. Security is the brake for our work.",
    "conflict",
  ],
  [
    "Always the fight about USB sticks. Customers give us drawings on USB and we cannot open them.",
    "conflict",
  ],
  ["When I need them, they are never available, the ticket is waiting and waiting.", "conflict"],
  ["Their idea of security and our idea of deadline is not on same planet.", "conflict"],
  [
    "The sales team hates the new VPN, it disconnects during customer calls, and security says it's our wifi.",
    "conflict blame:emp",
  ],
  [
    "We misunderstand each other a lot. I ask for A, they give me B and close the ticket.",
    "conflict",
  ],
  [
    "Every new software request is a battle with them. First you fill the form, then they ask for business justification, then the risk assessment, then they say the vendor is not approved, and at the end the project manager asks me why I am two months behind the plan.",
    "conflict",
  ],
  [
    "They want that we change password every 30 days, we want to work. The conflict is normal here.",
    "conflict",
  ],
  ["Hard to reach, the security team. Their phone goes always to voicemail.", "conflict"],
  [
    "As admin I must say, developers see us like obstacle and try to go around every control.",
    "conflict blame:emp",
  ],
  ["Every audit is finishing with discussion and bad mood on both sides.", "conflict feel"],
  ["Frustrating. Three weeks for a new software licence.", "conflict feel"],
  ["Honestly, I am tired of their rules.", "conflict feel"],
  [
    "They are never condescending, I have to admit, but it's almost impossible to reach them.",
    "conflict",
  ],
  [
    "It's not that they are bad people, but every time their rule stops my work in the middle.",
    "conflict",
  ],
  [
    "The encrypted mail system is so slow, half of my clients cannot open, and I have to explain to them why.",
    "conflict",
  ],
  [
    "Security wants one thing, management wants other thing, and we employees are in the middle.",
    "conflict power",
  ],
  [
    "I had to send the tender by private Gmail, because their filter blocked the big file. Not nice, I know.",
    "conflict blame:self",
  ],
  [
    "The two-factor thing, every morning, on every system, it eats my time and my nerves.",
    "conflict feel",
  ],
  [
    'For the IT department we are always the ones who want "something fast", and for us they are always the ones saying "not possible".',
    "conflict",
  ],
  [
    "We want to ship the release, they want one more pentest. Every time same discussion.",
    "conflict",
  ],
  ['Very difficult to get appointment with them, they are always "in meeting".', "conflict"],
  [
    "Security thinks we are careless, we think they are paranoid. This is the summary.",
    "conflict blame:emp blame:sec",
  ],
  ["They only write me when I did something wrong, never for other reason.", "comm"],
  [
    "The emails from security are full of abbreviations, EDR, SIEM, IOC, nobody in accounting understands what they want.",
    "comm",
  ],
  ['They talk to us like to children. "Do not click, do not open, do not plug."', "comm"],
  ["I never saw any of them in person, only the automatic emails.", "comm distance"],
  ['The explanation was so technical, I just said "ok" and hoped for the best.', "comm"],
  ["When they speak it's like foreign language, and I speak already three.", "comm"],
  ["Communication only through tickets, no human voice.", "comm"],
  ["Their tone in the warning email was like from a judge.", "comm power"],
  ['They explain with very difficult words, then ask "is clear?" and go away.', "comm"],
  ["If you get mail from security you know something is bad. Never good news.", "comm"],
  ["They are nice people, but they only call when there is a incident.", "comm"],
  [
    "As a security guy I have to confess, our emails are written for other security guys, not for the people.",
    "comm blame:self",
  ],
  [
    'In the meeting he said "lateral movement" and "zero trust" ten times, and I was just nodding like a idiot.',
    "comm feel",
  ],
  [
    'The poster in the toilet saying "YOU are the weakest link" is not motivating, it is insulting.',
    "comm feel blame:emp",
  ],
];
