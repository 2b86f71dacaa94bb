import type { RawExample } from "./types.js";

/** Part 2 of batch FL (see voices-fl.ts). */
export const VOICES_FL_2: readonly RawExample[] = [
  ["The team lead says she meets the IT contractor every other Friday.", ""],
  ["We don't have any issues reaching them. Email, phone, Teams, they answer.", ""],
  ["Laptops are encrypted. Phones are enrolled in device management.", ""],
  [
    "Our volunteers use their own devices but only access the donor database through the browser.",
    "",
  ],
  ["I wouldn't call it a power struggle. They advise, we decide, and they respect that.", ""],
  ["It's a two-way street; they ask us what slows us down and adjust things.", ""],
  [
    "Three years ago I couldn't have told you who our IT people were. Now I could pick them out of a crowd.",
    "",
  ],
  [
    "Manager says the helpdesk ticket system is simple enough that the older staff use it without help.",
    "",
  ],
  ["Owner: 'They're a small firm like us, so they get it.'", ""],
  ["honestly the IT team here are some of the most liked people in the building", ""],
  ["We have a written incident plan and all staff have seen it.", ""],
  [
    'Interviewer note: no concerns raised; manager described contact with IT as "regular and easy".',
    "",
  ],
  ["Sure, the odd acronym slips out, but they always stop and explain. Doesn't matter.", ""],
  [
    "The bursar says the school's IT budget is reviewed every spring with the technician present.",
    "",
  ],
  [
    "When we had a breach scare last year the provider walked us through it step by step, very reassuring.",
    "",
  ],
  ["Client files are stored in SharePoint with permissions set per team.", ""],
  ["Our print shop has one PC connected to the internet, the rest are offline.", ""],
  ["Staff know the rule: if in doubt, forward it to IT. And they do.", ""],
  ["I don't feel anxious about security any more. I used to, before we had proper support.", ""],
  [
    "Agency founder says the designers and the IT contractor get on well, mostly talk about bikes.",
    "",
  ],
  ["Nobody here would say they're arrogant. Blunt maybe, but fair.", ""],
  [
    "The office manager keeps a list of all software licences and shares it with IT each quarter.",
    "",
  ],
  ["We review admin rights every six months with the provider.", ""],
  ['Manager says the relationship "used to be us and them" but isn\'t any more.', ""],
  ["Our IT partner has a client portal where we can see every open ticket.", ""],
  [
    "Does anyone fix things themselves rather than ask? Not that I know of, they're quick to call the helpdesk.",
    "",
  ],
  [
    "Staff will click on anything. I could send a link saying 'free virus' and half the office would open it.",
    "blame:emp",
  ],
  [
    "Manager says the biggest risk is the admin team: 'they just don't think before they open attachments'.",
    "blame:emp",
  ],
  [
    "Our IT provider basically holds the keys. If they went bust tomorrow I wouldn't know the admin password to anything.",
    "power",
  ],
  ["We pay them a fortune and still have to chase every ticket.", "conflict blame:sec"],
  ["I've never met the people who do our security. It's a phone number and a portal.", "distance"],
  [
    "Every time I ring them I get a lecture full of acronyms and come off the call none the wiser.",
    "comm",
  ],
  ["Honestly, I'm the weak link. I reuse passwords and I know I shouldn't.", "blame:self"],
  [
    "They decide what software we can install without asking anyone. We found out the design package was blocked the day a client deadline was due.",
    "power conflict",
  ],
  ["Nobody from IT has been to the Hull site since they installed the wifi.", "distance"],
  ["I'm frankly sick of being told no. Every request is a battle.", "conflict feel"],
  [
    "It's embarrassing but I fell for the fake invoice email last spring. My fault entirely.",
    "blame:self feel",
  ],
  [
    "The lads on site just work round the rules. Shared logins on the tablets because it's quicker, and I can't get them to stop.",
    "blame:emp conflict",
  ],
  ["We only hear from them when something's gone wrong, usually in a sharp email.", "comm"],
  [
    "Manager admits she postpones every update prompt: 'I click later, every time, I know it's bad'.",
    "blame:self",
  ],
  [
    "The firm we use is fine, I suppose, but I'd have no idea who to speak to if something serious happened.",
    "distance",
  ],
  [
    "They treat us like children. Screens lock after two minutes, can't change the wallpaper, can't add a printer.",
    "power conflict",
  ],
  [
    "Teachers are terrified of getting something wrong on the network, so they just don't use half the tools.",
    "feel",
  ],
  [
    "Helpful, but you can never get hold of them on a Friday afternoon when payroll has to go out.",
    "conflict",
  ],
  [
    "Their emails read like a legal notice. Nobody in the office understands them, so nobody reads them.",
    "comm",
  ],
  [
    'Practice manager says the partners are the worst offenders: "they want exceptions for everything and then blame IT when it goes wrong".',
    "blame:emp conflict",
  ],
  ["I'm dependent on one bloke who does it part time. If he's on holiday, we're stuck.", "power"],
  ["They're useless. Three weeks to set up a new starter's email.", "blame:sec"],
  [
    "I find the whole cyber thing quite frightening, if I'm honest. I lie awake over it sometimes.",
    "feel",
  ],
  [
    "The junior staff fix their own problems off YouTube rather than raise a ticket. Can't blame them really.",
    "distance",
  ],
  ["Maybe they're a bit arrogant, if I'm honest. They don't like being questioned.", "power"],
  ["We're the customer, but it feels like we work for them.", "power"],
  ["I should have put a proper contract in place years ago. The mess is down to me.", "blame:self"],
  [
    "Interviewer note: director became visibly irritated discussing the provider; described their response times as 'a joke'.",
    "feel blame:sec",
  ],
  ["They talk to me like I'm an idiot.", "comm feel"],
  ["Our admin staff are the problem, not the systems. Same mistakes over and over.", "blame:emp"],
  ["We don't really talk to them. No reason to unless something breaks.", "distance comm"],
  [
    "The security policy arrived as a 40-page PDF. I doubt a single member of staff opened it.",
    "comm",
  ],
  ["They audited every laptop without telling us first. The staff felt spied on.", "power feel"],
  ["Frustrating. That's the one word I'd use for dealing with the helpdesk.", "feel"],
];
