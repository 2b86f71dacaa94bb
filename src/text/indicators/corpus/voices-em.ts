import type { RawExample } from "./types.js";
import { VOICES_EM_2 } from "./voices-em-2.js";
import { VOICES_EM_3 } from "./voices-em-3.js";
import { VOICES_EM_4 } from "./voices-em-4.js";
import { VOICES_EM_5 } from "./voices-em-5.js";

/** Security and IT staff on their work, how employees reach them and the people they support, mostly plain answers (round 19). Written fresh for Rapport (brief EM). */
const FIRST_PART: readonly RawExample[] = [
  [
    "My job covers the firewall, the backups and the twelve laptops at the bakery's head office.",
    "",
  ],
  ["Staff reach me through a shared inbox, helpdesk@, which I check three times a day.", ""],
  [
    "Most of the nurses only contact me after they've been locked out of the records system.",
    "comm",
  ],
  ["Around forty people work across the two clinics, mostly reception and nursing staff.", ""],
  ["On Tuesdays I patch the servers after 6pm when the shop floor is closed.", ""],
  [
    "Honestly, I couldn't tell you what half the warehouse pickers look like; I only deal with their supervisor.",
    "distance",
  ],
  ["phone is fastest, or they grab me in the corridor", ""],
  ["The accountants are careful with client data and usually forward anything suspicious.", ""],
  ["We run a phishing simulation every quarter and share the click rate with the partners.", ""],
  [
    "Any request to install software has to come to me, and people wait until I get round to it.",
    "power",
  ],
  ["Part-time, two days in the week, for a charity with nine persons.", ""],
  [
    "The council's planning team keep saving files to personal cloud storage because our file share times out on large drawings.",
    "conflict",
  ],
  ["Password resets are handled by the self-service portal since January.", ""],
  ["I'm outsourced, so my contact is the practice manager, not the vets themselves.", "distance"],
  ["Encryption is switched on for every laptop that leaves the building.", ""],
  ["Users are generally fine, a few need reminding about locking screens.", ""],
  ["When I send out security notices, the replies are mostly 'what does this mean?'", "comm"],
  ["The school has 300 laptops, all managed centrally through one admin console.", ""],
  ["Teachers email me, or they leave a note in my pigeonhole in the staff room.", ""],
  [
    "Nobody in the kitchen team has ever asked me anything; I'm not sure they know I exist.",
    "distance",
  ],
  ["My role: user accounts, MFA, door access cards and the CCTV retention settings.", ""],
  ["the farm office has one pc and a router, I visit every second month", ""],
  ["Backups go to an offsite provider every night at 1am and I test a restore monthly.", ""],
  [
    "Most breaches I've seen here began with someone in sales clicking a link without reading it.",
    "blame:emp",
  ],
  [
    "Typical employee here is between 20 and 30, works in shifts, uses own phone for the rota app.",
    "",
  ],
  ["Through the chat app mostly, and an emergency number for out-of-hours problems.", ""],
  [
    "The directors expect me to fix their home printers as well, and I can't really say no.",
    "power",
  ],
  ["Our retention rule is seven years for client files, then secure deletion.", ""],
  ["I lie awake before audits wondering which shared passwords I've missed.", "feel"],
  ["The logistics drivers use tablets with a locked-down kiosk mode.", ""],
  [
    "People at the branch sites just sort their own IT problems and tell me afterwards, if at all.",
    "distance",
  ],
  [
    "They are mostly solicitors and paralegals, plus two receptionists and a cleaner with a badge.",
    "",
  ],
  ["Antivirus runs on every machine and reports into one dashboard.", ""],
  ["Ticket system. If it's urgent they ring the on-call mobile.", ""],
  [
    "I have explained the VPN three times in staff meetings and the questions never change.",
    "comm",
  ],
  ["Access to the payroll folder is limited to HR and the finance lead.", ""],
  [
    "The hotel's front desk shares one login for the booking system because separate accounts slowed check-in.",
    "conflict",
  ],
  ["My contract is for 20 hours a month, most of it on updates and user setups.", ""],
  ["Friendly bunch, they bring me coffee when I'm on site.", ""],
  ["In March we moved email to a new provider and reset everyone's password.", ""],
  ["Staff don't get told why a site is blocked, the filter just shows a red page.", "comm"],
  ["i am responsible for network and also the cameras in the factory, since 2019", ""],
  [
    "Employees can reach me by phone, email or by walking to the server room on the first floor.",
    "",
  ],
  [
    "The management can read any mailbox through my admin account and the staff have not been told.",
    "power",
  ],
  ["We are locking the USB ports on reception PCs, the other ones are allowed.", ""],
  ["the lab technicians are quite technical, they mostly just need accounts and licences", ""],
  ["Our outsourced SOC flags alerts to me and I decide whether to escalate.", ""],
  [
    "Staff aren't allowed to contact us directly; everything goes through the office manager, who decides what's worth raising.",
    "power distance",
  ],
  ["Roughly 85 users, 110 devices including the tills.", ""],
  ["New starters get a 20-minute security induction on their first morning.", ""],
  [
    "A few of the older partners still write passwords on sticky notes and won't change the habit.",
    "conflict blame:emp",
  ],
  ["My week: Monday is patching, Wednesday is on site at the school, Friday is reports.", ""],
  ["Usually they phone. Younger staff prefer the chat.", ""],
  ["Nobody reads the monthly security newsletter, judging by the open rate of around 4%.", "comm"],
  ["The charity's volunteers change often, so accounts are created and removed weekly.", ""],
  [
    "I mostly work from home and see the office staff maybe once a year at the Christmas lunch.",
    "distance",
  ],
  ["Audit logs we keep 90 days on the firewall.", ""],
  ["They're accountants, detail-oriented, they notice when an invoice looks odd.", ""],
  [
    "I've started to dread the end-of-month rush because that's when the finance team push back on every control.",
    "feel conflict",
  ],
  ["Printers on the third floor are on a seperate network segment", ""],
  ["No idea how many personal phones connect to guest wifi, we don't track it.", ""],
  [
    "To be honest, I'm the bottleneck; tickets sit for days because I'm only in on Thursdays.",
    "blame:self",
  ],
  ["Remote staff use a VPN with a hardware token.", ""],
  ["I am only IT person for 3 shops and I travel between them with bus.", ""],
  ["The bar staff get a generic account on the till, reset each season.", ""],
  [
    "Requests for admin rights come to me and I usually refuse them without much explanation.",
    "power comm",
  ],
  ["Our disaster recovery plan was tested last October.", ""],
  [
    "Mixed: some very confident with tech, some who need step-by-step instructions printed out.",
    "",
  ],
  ["Through the service desk portal; we aim to answer within four working hours.", ""],
  [
    "The engineers in the workshop bypass the proxy with their phones as hotspots to download CAD files.",
    "conflict",
  ],
  ["Security training is mandatory once a year, online, about 45 minutes.", ""],
  ["Most days are updates, account changes and checking the overnight alerts.", ""],
  [
    "Staff here treat me as the person who says no, so they ask colleagues before they ask me.",
    "conflict distance",
  ],
  ["The clinic uses two-factor login on all patient systems since last summer.", ""],
  ["Good people. Not much interest in security, but they follow the rules.", ""],
  ["Email me at the shared address, that's all they need to know", ""],
  ["We changed the wifi password again last week, it rotates every month.", ""],
  ["The only emails I send to staff are warnings about scams or outages.", "comm"],
  ["Files over 2GB have to go through the transfer tool, not email.", ""],
  ["Teachers at the primary school are busy; they want things to just work.", ""],
  ["the owner decides who gets access, I just carry it out", ""],
  ["Half the time I learn about a new hire when they turn up with no laptop.", "conflict comm"],
  ["There are 14 admin accounts, reviewed every six months.", ""],
  ["I cover the laptops, phones, the door system and the small server in the cupboard.", ""],
];

export const VOICES_EM: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EM_2,
  ...VOICES_EM_3,
  ...VOICES_EM_4,
  ...VOICES_EM_5,
];
