import type { RawExample } from "./types.js";
import { VOICES_FK_2 } from "./voices-fk-2.js";
import { VOICES_FK_3 } from "./voices-fk-3.js";
import { VOICES_FK_4 } from "./voices-fk-4.js";

/** Employees of shops, hotels, restaurants, warehouses, delivery firms, care homes and surgeries answering the survey's open questions on their phones, short and informal (round 25). Written fresh for Rapport (brief FK). */
const FIRST_PART: readonly RawExample[] = [
  ["IT only ever ring the shop when something's gone wrong, never just to check in", "comm"],
  ["no idea who our IT people even are. some guy at head office??", "distance"],
  [
    "they send emails full of acronyms, MFA SSO EDR whatever, nobody on the shop floor gets it",
    "comm",
  ],
  ["I feel thick every time I have to ring the helpdesk", "feel"],
  [
    "they treat us like kids. USB ports locked, cant even charge my phone off the PC on break",
    "power conflict",
  ],
  [
    "honestly prob my fault, I clicked that fake parcel link last yr and now we all get extra training",
    "blame:self",
  ],
  ["staff will click on anything - thats literally what the IT guy told our manager", "blame:emp"],
  [
    "Security here is useless, the CCTV login on the back office pc hasnt worked since march",
    "blame:sec",
  ],
  ["we just fix the label printer ourselves now, no point logging a ticket", "distance"],
  ["they decide everything at HQ and we find out when the system changes overnight", "power comm"],
  [
    "helpdesk is nice enough but u wait 3 days for a reply while the care plan tablet is down",
    "conflict",
  ],
  ["scared to report anything in case I get in trouble tbh", "feel"],
  ["the IT manager is v arrogant. talks to us like servants who should be grateful", "power"],
  ["Nobody from IT has set foot in this warehouse since it opened.", "distance"],
  ["I think they see us as the weak link. they pretty much said so at induction", "blame:emp"],
  ["im rubbish with computers so any problem is usually me lol", "blame:self"],
  [
    "we get blamed for every virus but it was their system that let it in",
    "blame:emp blame:sec conflict",
  ],
  [
    "the instructions for the new password thing made no sense at all, had to get my daughter to read it",
    "comm",
  ],
  ["frustrating. thats the word.", "feel"],
  [
    "they check our browsing & send reports to the manager. bit big brother if u ask me",
    "power feel",
  ],
  ["they probs think we're idiots who cant remember a password", "blame:emp"],
  ["relationship? there isnt one really. they do their thing we do ours", "distance"],
  ["they'd say we're a nightmare to support, always breaking stuff", "blame:emp"],
  ["security rules stop us doing our job, the scanner logs out every 5 mins mid pick", "conflict"],
  [
    "guy on the phone said 'have you tried reading the guide' in a proper snotty voice",
    "comm power",
  ],
  ["useless. ticket closed without anything fixed, twice now", "blame:sec"],
  ["I avoid asking them stuff, easier to ask Dave on nights who knows computers", "distance"],
  [
    "back door card reader never works and security say its our fault for not tapping it properly. right ok",
    "blame:emp blame:sec",
  ],
  [
    "I was too embarrassed to tell anyone I'd given my login to the agency nurse",
    "feel blame:self",
  ],
  [
    "Honestly I'm the weak spot on our tills, always forgetting to lock it when I walk off",
    "blame:self",
  ],
  ["IT speak. all of it. every single message", "comm"],
  ["they act like they're doing us a favour when they fix something THEY broke", "power blame:sec"],
  ["Couldnt get into the rota system all weekend and there was nobody on call from IT", "conflict"],
  [
    "hotel IT contractor only shows up when the wifi is totally dead and guests are kicking off",
    "comm distance",
  ],
  [
    "they think we're lazy for writing passwords on post-its but 14 different passwords?? come on",
    "blame:emp conflict",
  ],
  ["lowkey terrified of pressing the wrong button on the new system", "feel"],
  [
    "id say theyre helpful but they never tell you what they did, just 'sorted' and hang up",
    "comm",
  ],
  ["They would probably describe it as users vs us", "conflict"],
  [
    "if something goes wrong i just restart it and hope for the best, dont bother with IT",
    "distance",
  ],
  ["security team is basically an invisible force that changes settings overnight", "power"],
  ["probably my own fault for not reading the emails properly", "blame:self"],
  [
    "manager got pulled into a meeting cos someone on our shift failed the phishing test. felt like being told off at school",
    "power feel",
  ],
  [
    "We're a small practice and IT is run by the ICB, couldn't tell you a single name over there",
    "distance",
  ],
  [
    "honestly its a bit of a standoff at our depot. the drivers think security are jobsworths who just want to tick boxes, and security think the drivers are careless and leave vans unlocked with the handhelds on the seat. neither side really talks to the other, thats about it",
    "conflict blame:sec blame:emp",
  ],
  ["its always 'user error'. never theirs", "blame:emp"],
  ["sometimes I think I'm the problem, I just don't get tech", "blame:self"],
  ["ask a simple question, get a lecture", "comm power"],
  ["They're fine. Bit arrogant maybe, if I'm honest.", "power"],
  ["feel like they see us as a risk, not as people", "blame:emp feel"],
  [
    "kitchen shares one login cos getting individual ones is such a faff. IT moan about it but wont sort it",
    "conflict blame:sec",
  ],
  ["honestly worried I'll be the one who lets a hacker in", "feel"],
  [
    "they never come to the care home. everythings done by remote session, and when the medication system froze on a sunday night the number just rang out. we ended up doing the MAR charts on paper til monday",
    "distance conflict",
  ],
  ["They'd describe the relationship as fine. We wouldn't.", "conflict"],
  [
    "get stressed when the screen says 'contact your administrator' cos who even is that??",
    "feel distance",
  ],
  [
    "their fault the card machines went down on black friday, they pushed an update that morning",
    "blame:sec",
  ],
  ["they treat us like the help. we ARE the business, they forget that", "power"],
  ["tried to explain the problem and he just kept saying 'endpoint' and 'policy' at me", "comm"],
  ["i messed up the fake email test and tbh i deserved the extra training", "blame:self"],
  ["Helpful? when you can find them. which is never", "conflict distance"],
  [
    "I just use my own phone for the team group chat bc the work one is blocked. easier",
    "conflict distance",
  ],
];

export const VOICES_FK: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FK_2,
  ...VOICES_FK_3,
  ...VOICES_FK_4,
];
