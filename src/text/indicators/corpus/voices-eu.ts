import type { RawExample } from "./types.js";
import { VOICES_EU_2 } from "./voices-eu-2.js";
import { VOICES_EU_3 } from "./voices-eu-3.js";
import { VOICES_EU_4 } from "./voices-eu-4.js";
import { VOICES_EU_5 } from "./voices-eu-5.js";

/** IT generalists who also do security, in schools, clinics, councils and charities (round 21). Written fresh for Rapport (brief EU). */
const FIRST_PART: readonly RawExample[] = [
  ["I run IT and security for a primary school with 34 staff and about 200 devices.", ""],
  ["The only time anyone emails me is when the printer is on fire, figuratively speaking.", "comm"],
  ["We now ask two nurses from each ward to try out a new rule before it goes live.", ""],
  [
    "Honestly I think we made the password policy too hard and people just wrote them on post-its.",
    "blame:self conflict",
  ],
  ["Patching is running every second Tuesday after 19:00.", ""],
  ["i am tired of being the guy who says no to everything", "feel conflict"],
  ["The council clerks call me 'the gatekeeper' and they don't mean it kindly.", "conflict power"],
  ["Sara on reception spotted the fake invoice before I did. Great catch.", ""],
  ["Budget for security comes from the head, and the head doesn't see why we need it.", "power"],
  [
    "I never think of the teachers as the problem. The problem is we have no time to support them.",
    "",
  ],
  [
    "We used to lecture them for an hour in the staff room, now we do ten-minute sessions at team meetings.",
    "",
  ],
  ["Do people in the warehouse even know who I am? I doubt it.", "distance"],
  [
    "When I explain MFA they glaze over, probably because I say 'token' and 'authenticator' ten times a sentence.",
    "comm blame:self",
  ],
  ["We have 3 laptops encrypted out of 40. Working on the rest this term.", ""],
  ["the managers decide what we get, we just have to make it work", "power"],
  ["Half the staff found a way around the USB block within a week.", "conflict"],
  [
    "Its frustrating when the doctors say security is slowing down the patients care.",
    "feel conflict",
  ],
  ["Our volunteers are great, they report odd emails almost every week.", ""],
  ["Nobody tells me when someone leaves so their accounts stay open for months.", "distance"],
  ["I decide the firewall rules alone and, to be fair, nobody asks why.", "power distance"],
  ["What training actually works for staff who are only in the office two days a week?", ""],
  ["I feel like a servant. 'Fix this, fix that', never a thank you.", "power feel"],
  [
    "Central IT at the county never answers our tickets so I fix things myself.",
    "conflict distance",
  ],
  ["I don't know how many people have actually read the acceptable use policy.", ""],
  [
    "Lena in finance and I have a coffee every Friday and she tells me what's annoying her team. Very useful.",
    "",
  ],
  [
    "Maybe the problem is me. I write the guidance like it's for other IT people.",
    "blame:self comm",
  ],
  ["They only want me when the wifi drops in the exam hall.", "comm"],
  ["we replaced the old NAS last spring, backups now go offsite nightly", ""],
  [
    "Every new rule gets a sigh and an eye roll in the staff meeting, and I get it, they're busy.",
    "conflict",
  ],
  [
    "Management signs off on everything I propose without reading it. It's nice but a bit scary.",
    "power feel",
  ],
  ["Phishing test click rate went from 22% to 9% over the year.", ""],
  ["Staff see me as the fun police.", "conflict"],
  ["I worry someone will lose a laptop with patient notes and I'll get the blame.", "feel"],
  ["Thank you to the admin team, they've been brilliant about the new sign-in process.", ""],
  [
    "The partners at the firm treat IT like the cleaners. Call when there's a mess, ignore us otherwise.",
    "power comm",
  ],
  ["Not sure the charity trustees understand what I actually do all day.", "distance"],
  ["Our helpdesk is answering in four working hours in average.", ""],
  [
    "Farm staff share one login for the feed system. I've given up arguing about it.",
    "conflict feel",
  ],
  [
    "People are not stupid, the systems are badly designed. That's on us and the vendors.",
    "blame:self",
  ],
  ["I'd love more face time with the care staff but I cover four sites alone.", "distance"],
  ["Security awareness month is in October; we send one short tip per day.", ""],
  [
    "the head teacher overrides me every time a parent complains about blocked sites",
    "power conflict",
  ],
  ["Some of the older staff are scared of the computers and scared of me, I think.", "feel"],
  [
    "When something breaks at 8am I'm the most popular man in the building. By 9 I'm invisible again.",
    "comm",
  ],
  ["We're a team of two covering 11 clinics.", ""],
  ["I'm sick of writing the same 'do not open attachments' email every month.", "feel"],
  [
    "Why would anyone forward a password reset code to a stranger? I still can't understand it.",
    "blame:emp feel",
  ],
  ["I think our relationship with the kitchen staff is good, they come to me with questions.", ""],
  ["We lock things down because we are scared, not because it helps anyone.", "feel blame:self"],
  ["If the CEO wants an exception, the CEO gets an exception. That's how it works here.", "power"],
  ["Sometimes I use acronyms without noticing and people just nod.", "comm"],
  ["Logs are reviewed weekly by me and monthly by an outside consultant.", ""],
  ["honestly the shop floor people do whatever they want with the tablets", "blame:emp conflict"],
  ["I asked for a 30 minute slot at the all-staff day and got five minutes after lunch.", "power"],
  ["Teachers are sharing passwords with the supply staff daily. I cannot stop it.", "conflict"],
  ["My manager is supportive and backs me when I need to push a change.", ""],
  ["No one reads my newsletters. I've checked the open rate, it's 11%.", "comm"],
  ["The receptionists think I'm spying on them because I can see the logs.", "power conflict"],
  ["We moved to a password manager in March and the feedback has been mostly positive.", ""],
  ["I'm not a people person and I know that makes the job harder.", "blame:self"],
  ["Is it my job to teach adults how to spot a scam? Apparently yes.", "feel"],
  ["Our warehouse supervisors are the best at reporting lost scanners quickly.", ""],
  [
    "They work around us, we find out, we block it, they find another way. Endless.",
    "conflict feel",
  ],
  ["Most incidents here come from misconfigured cloud settings, not from staff.", ""],
  ["i dont know the names of half the people whose accounts i manage", "distance"],
  ["Security gets talked about only after a breach, then forgotten again by Christmas.", "comm"],
  ["At the law firm, fee earners treat any login prompt as a personal insult.", "conflict"],
  ["Backups are tested quarterly with a full restore to a spare machine.", ""],
  [
    "I used to think users were the problem. After five years I think it's usually the process.",
    "",
  ],
  ["The accountants hate the VPN and tell me so loudly every January.", "conflict feel"],
  [
    "Mohammed from logistics built his own spreadsheet database on a USB stick rather than ask us.",
    "distance conflict",
  ],
  ["we have a 'no stupid questions' channel on teams now, about 40 messages a week", ""],
  ["Nobody above me understands risk until it's on the news.", "blame:emp feel"],
  ["Some days I feel like the school's unpaid caretaker for anything with a plug.", "power feel"],
  ["The clinic manager and I meet every month to go through open risks.", ""],
  ["When I say 'endpoint' the care workers look at me like I've sworn.", "comm"],
  ["Retail staff change shifts so often that training never sticks, which isn't their fault.", ""],
  [
    "I have admin rights over everything and no one checks what I do. That should worry people more than it does.",
    "power",
  ],
  ["Please could the directors stop asking me to 'just turn off' MFA for them.", "conflict"],
  [
    "In the hotel the front desk writes guest wifi codes on the wall. I stopped fighting it.",
    "conflict",
  ],
];

export const VOICES_EU: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EU_2,
  ...VOICES_EU_3,
  ...VOICES_EU_4,
  ...VOICES_EU_5,
];
