import type { RawExample } from "./types.js";
import { VOICES_EL_2 } from "./voices-el-2.js";
import { VOICES_EL_3 } from "./voices-el-3.js";
import { VOICES_EL_4 } from "./voices-el-4.js";
import { VOICES_EL_5 } from "./voices-el-5.js";

/** Employees on how often and how they reach security or IT staff, and what happened last time, mostly plain answers (round 19). Written fresh for Rapport (brief EL). */
const FIRST_PART: readonly RawExample[] = [
  ["Maybe once a month, usually by email when my laptop needs an update.", ""],
  ["Last time I asked for a new monitor cable and Priya brought one up the same afternoon.", ""],
  ["I ring the IT desk about twice a week, mostly for printer problems in the pharmacy.", ""],
  ["We only hear from the security team when someone has clicked a phishing link.", "comm"],
  [
    "the last request was a password reset and it took until the next day, so I used the receptionist's login for the morning",
    "conflict",
  ],
  ["Contact is through the ticket portal. I log a ticket and get a reply within a day.", ""],
  ["Nobody from IT has visited our depot since the move in 2021.", "distance"],
  [
    "I asked for access to the shared payroll folder in March and it was set up the next morning.",
    "",
  ],
  ["Hardly ever. The system mostly just works.", ""],
  ["Our IT is one contractor, Dmitri, who comes in on Thursdays.", ""],
  [
    "When I asked for a USB stick to be unblocked they said no, so I send the files to my own Gmail instead.",
    "conflict",
  ],
  ["Every quarter we have a short security training session in the staff room.", ""],
  ["I don't know who the security people are, to be honest.", "distance"],
  [
    "Last week I reported a strange email and they thanked me and deleted it from everyone's inbox.",
    "",
  ],
  ["Mostly through Teams chat. Sometimes a quick call if screen sharing is needed.", ""],
  [
    "The request for a second screen went to head office for approval and we are still waiting after six weeks.",
    "power",
  ],
  ["i contact them maybe 3 or 4 times a year", ""],
  ["At the clinic we phone the helpdesk number on the sticker on each PC.", ""],
  [
    "They rebuilt my laptop after the hard drive failed and restored my files from the nightly backup.",
    "",
  ],
  ["I fix most things myself now rather than raise a ticket.", "distance"],
  ["We have a security champion on each floor, for us it is Helga in accounts.", ""],
  ["Twice this year. Once for the VPN, once for a locked account.", ""],
  ["Their answers to my questions are full of terms I have to look up afterwards.", "comm"],
  ["The school technician comes round on Monday mornings to check the classroom projectors.", ""],
  ["Last time, I needed a software licence for the drawing program; approved in two days.", ""],
  ["In our office the rule is that all access requests go through the practice manager first.", ""],
  [
    "Every change I ask for has to be justified in writing to the security lead, even a new browser extension, and they decide.",
    "power",
  ],
  ["Not often. Perhaps every couple of months, by phone.", ""],
  [
    "I asked why the file transfer site was blocked and got a reply about the policy number and nothing else.",
    "comm",
  ],
  ["We use a shared mailbox, it@, and someone answers it during office hours.", ""],
  [
    "The last ticket I raised was about the scanner not sending to email. Closed after a driver update.",
    "",
  ],
  ["Security sends a newsletter on the first Monday of each month.", ""],
  ["Honestly I avoid asking them because it always becomes a long process.", "distance conflict"],
  ["My contact with IT is mainly the onboarding session for new starters, which I help run.", ""],
  ["For the farm office we have a remote support company; they log in to the PC when we call.", ""],
  [
    "Asked for the guest Wi-Fi code for a visiting auditor; the reply came two days after she had left.",
    "conflict",
  ],
  ["They check our browsing logs every week and send the list to our manager.", "power"],
  ["contact is rare. maybe a yearly audit visit", ""],
  ["Last month IT moved our team to the new file server over a weekend.", ""],
  [
    "I'm always the one who forgets the password and has to call them, it's my own fault really.",
    "blame:self",
  ],
  ["The helpdesk is open 8 till 6, after that calls go to an answering service.", ""],
  [
    "Every time I ask for something I get told users should not be trusted with admin rights.",
    "blame:emp comm",
  ],
  ["When the till system went down, I phoned them and it was back up in twenty minutes.", ""],
  ["We meet the IT lead at the monthly managers meeting.", ""],
  [
    "I requested a new keyboard in May and was told to wait for the yearly hardware order in October.",
    "power",
  ],
  [
    "The tickets I raise sit for weeks so we share one login in the warehouse to get the scanners working.",
    "conflict",
  ],
  ["I am in contact with IT department about once in two weeks, mostly by the email.", ""],
  ["At our charity there is no IT staff. Our treasurer handles the laptops.", ""],
  ["Last request was for a phishing test report for my team, sent as a PDF the next day.", ""],
  ["I have never spoken to anyone from security, only seen their emails.", "distance"],
  ["Once a week I check in with Tomasz about the backup status for the accounting files.", ""],
  ["The VPN is slow on Monday mornings when everyone logs on at once.", ""],
  ["They told me my request was denied and didn't say why.", "power comm"],
  ["Through a form on the intranet. You choose a category and it gets assigned.", ""],
  [
    "Our hotel uses an outside firm for the booking system and the in-house guy for everything else.",
    "",
  ],
  [
    "I asked for remote access to work from home on Fridays and it was set up with two-factor login.",
    "",
  ],
  [
    "The last time I called about a virus warning they said it was a false alarm from the antivirus.",
    "",
  ],
  [
    "Half our staff would open a parcel labelled 'virus', so IT locking down email makes sense to me.",
    "blame:emp",
  ],
  ["Roughly five times a year, always by ticket.", ""],
  [
    "The security audit happens in November and IT asks each team to confirm who has access to what.",
    "",
  ],
  ["Usually it is Anneke who answers, she runs the helpdesk on her own.", ""],
  [
    "Since the new rules started I keep client notes on paper so I don't have to log in to the tablet each visit.",
    "conflict",
  ],
  [
    "i asked for printer access on the 2nd floor, they said ask head office, head office said ask IT",
    "conflict",
  ],
  ["Contact is mostly automatic now, the patching notices and the training reminders.", ""],
  ["Last autumn I reported my phone lost; they wiped it remotely and issued a new one.", ""],
  ["In the council offices there is a walk-in IT desk on the ground floor on Tuesdays.", ""],
  ["For shared drives, access is given by the team owner, not by IT.", ""],
  [
    "I emailed them about the expired certificate on the website; they renewed it the same day.",
    "",
  ],
  [
    "Security is a separate team in another city and we don't really know what they do.",
    "distance power",
  ],
  ["Most weeks I don't need them at all.", ""],
  [
    "My last ticket was a request to restore a deleted spreadsheet; it came back from Tuesday's backup.",
    "",
  ],
  ["The rule is laptops are encrypted and screens lock after five minutes.", ""],
  [
    "I wait for them to approve every single install and the project just stops in the meantime.",
    "conflict power",
  ],
  ["Contact is by phone mostly. The number is 4400 internally.", ""],
  ["Kofi from IT ran the fire drill for the server room last spring.", ""],
  [
    "We were told about the new password rules at the staff meeting, twelve characters minimum.",
    "",
  ],
  ["When something breaks in the lab, we sort it ourselves; nobody calls IT.", "distance"],
  ["I asked them for a list of approved cloud apps and got a link to the policy page.", ""],
  ["daily, I work next to the IT team so I just turn around and ask", ""],
  ["It's all through my line manager. I don't contact IT directly.", ""],
  [
    "Asked for a shared calendar for the surgery rota; it's not allowed, so we keep a photo of the whiteboard in a WhatsApp group.",
    "conflict",
  ],
  ["The last message from security was a warning about fake parcel delivery texts.", ""],
  ["They don't answer the phone, you have to leave a message and hope.", "conflict"],
  ["Our manufacturing site has two IT technicians who cover both shifts.", ""],
];

export const VOICES_EL: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EL_2,
  ...VOICES_EL_3,
  ...VOICES_EL_4,
  ...VOICES_EL_5,
];
