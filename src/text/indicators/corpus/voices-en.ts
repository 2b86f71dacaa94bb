import type { RawExample } from "./types.js";
import { VOICES_EN_2 } from "./voices-en-2.js";
import { VOICES_EN_3 } from "./voices-en-3.js";
import { VOICES_EN_4 } from "./voices-en-4.js";
import { VOICES_EN_5 } from "./voices-en-5.js";

/** Employees, managers and security staff describing the relationship, many plainly (round 19). Written fresh for Rapport (brief EN). */
const FIRST_PART: readonly RawExample[] = [
  [
    "I'd call it a normal working relationship. We raise tickets, they answer within a day or so.",
    "",
  ],
  ["The security team sits at head office and none of us at the depot have met them.", "distance"],
  ["Fine, nothing special.", ""],
  ["Our clinic's password policy was updated in March and now asks for fourteen characters.", ""],
  ["They would probably say we are the reason most incidents happen.", "blame:emp"],
  [
    "Good side: Priya in IT answers the phone herself. Bad side: the ticket form has too many fields.",
    "",
  ],
  ["we back up the case files every night to a second server in the basement", ""],
  [
    "When the shared drive rejects big attachments I send the files to my gmail and print them at home.",
    "conflict",
  ],
  [
    "Phishing training happens twice a year, forty minutes online, with a short quiz at the end.",
    "",
  ],
  ["I only hear from the security people when I've clicked on something I shouldn't have.", "comm"],
  ["Relationship is ok. They help when we ask.", ""],
  ["Every USB stick in the warehouse office is encrypted and has a number written on it.", ""],
  [
    "Access requests from the school go to the council's IT unit and we wait until they decide.",
    "power",
  ],
  ["As the IT lead for three farms, I visit each one about once a quarter.", ""],
  [
    "Honestly I think users are the weakest part of our setup, and most of them will click anything.",
    "blame:emp",
  ],
  [
    "The audit in October found two shared accounts on the reception PCs; both were removed the same week.",
    "",
  ],
  ["Neutral. Don't have much to do with them really.", "distance"],
  ["Staff at the hotel log in to the booking system with a card and a four-digit PIN.", ""],
  ["I don't know how they'd describe it.", ""],
  [
    "Nobody has told us who replaced Marek after he left the security role last spring.",
    "distance comm",
  ],
  ["The laptops get Windows updates on the second Tuesday of the month, overnight.", ""],
  ["Good points are that they are quick and polite. I can't think of a bad one.", ""],
  [
    "Security emails are full of terms like 'MFA token' and 'endpoint', and half the kitchen staff skip them.",
    "comm",
  ],
  ["Our charity has one part-time IT volunteer, Oskar, who comes in on Thursdays.", ""],
  ["Every quarter a report goes to the partners listing failed logins and blocked sites.", ""],
  ["I fixed the printer driver myself rather than log a ticket, it was faster.", "distance"],
  ["Managers receive a monthly list of who has completed the training.", ""],
  ["From the security side: the accountants ask good questions and follow the checklist.", ""],
  ["The VPN is slow on Monday mornings when everyone connects at once.", ""],
  ["They'd probably describe it the same as me, as a normal working relationship.", ""],
  ["Each new starter at the factory signs the acceptable use policy on day one.", ""],
  [
    "We have to ask IT for permission before installing anything, even a PDF reader, and they check our machines remotely without saying when.",
    "power",
  ],
  ["it is a good relation, they are helpful people and explain well", ""],
  ["The firewall blocks streaming sites on the shop floor computers.", ""],
  [
    "Last year a clerk opened a fake invoice; IT isolated the PC and restored it from backup by lunchtime.",
    "",
  ],
  [
    "I'm usually the one who locks myself out, so I'd say the problem in that relationship is mostly me.",
    "blame:self",
  ],
  [
    "Two people handle security for all 40 staff: Hana full time and an external consultant one day a week.",
    "",
  ],
  [
    "Bad side: the only time we see the security team in person is after an audit goes wrong.",
    "comm",
  ],
  ["Passwords expire every 90 days on the practice management system.", ""],
  [
    "The drivers share one tablet login per van because the app only allows a single account per device.",
    "",
  ],
  [
    "Honestly the developers think our security reviews exist to slow their releases down.",
    "conflict",
  ],
  ["Our council's IT service desk is open 8 to 6, Monday to Friday.", ""],
  [
    "There's a form for new software requests; approval usually comes back in two or three days.",
    "",
  ],
  [
    "We keep a spare laptop in the office so we don't have to go through IT when one breaks.",
    "distance",
  ],
  ["Good: clear rules. Bad: the rules document is 38 pages long.", ""],
  [
    "The teachers see the network manager at the start of term when the new accounts are set up.",
    "",
  ],
  [
    "I would describe it as a cooperative one. They ask us before changing anything on the tills.",
    "",
  ],
  [
    "Mehmet from security checked my browser history after the audit and sent a summary to my manager.",
    "power",
  ],
  ["The multi-factor app was rolled out to all staff in January.", ""],
  [
    "People at the branch avoid calling the helpdesk and ask Lena at the next desk instead.",
    "distance",
  ],
  ["Our nursing staff log out of shared terminals by tapping their badge.", ""],
  ["Works fine, we have a weekly call with the IT provider on Wednesdays.", ""],
  [
    "I asked three times for access to the payroll folder and still don't know who decides.",
    "power conflict",
  ],
  ["the wifi password for guests is changed every monday and printed at reception", ""],
  ["Relationship? Pretty standard. They do their job, we do ours.", ""],
  ["Our software team runs a dependency scan on every merge request.", ""],
  [
    "We don't really know what the security team does all day; they sit in another building.",
    "distance",
  ],
  ["In 2023 there were four phishing reports from staff, and all four were real phishing.", ""],
  ["The good side is that security explains things in plain language at team meetings.", ""],
  [
    "When we lock a sales account, the manager phones to ask who gave us the right to do that.",
    "conflict",
  ],
  ["Printer codes are issued by the office manager, not IT.", ""],
  ["I'd say mutual respect mostly. They know the farm work comes first in harvest season.", ""],
  ["The security officer only writes to us with warnings about what we did wrong.", "comm"],
  ["Visitors to the law firm sign in on a tablet and get a paper badge.", ""],
  ["Most of our staff, if you are honest, don't read anything we send them.", "blame:emp"],
  ["Files older than seven years are deleted from the archive in January.", ""],
  ["Asked how the other side sees it, I'd guess 'helpful but busy'.", ""],
  [
    "They installed monitoring software on our laptops and we only found out from the task manager.",
    "power comm",
  ],
  ["the new door system logs every entry to the server room", ""],
  ["we has a good contact with IT, they come when we call them", ""],
  ["Training is compulsory for anyone handling card payments.", ""],
  [
    "Our site manager keeps the admin password in a notebook so he doesn't have to wait for head office.",
    "conflict",
  ],
  ["A normal working relationship, like with accounts or HR.", ""],
  ["Security staff join the Monday stand-up once a month to go through open tickets.", ""],
  ["I'm not sure who the security contact is for our school.", "distance"],
  ["Backups are tested by restoring one random file every Friday.", ""],
  ["What's good is they fixed the camera system quickly when it failed at the loading dock.", ""],
  [
    "The IT contractor decides which websites the charity can use and doesn't explain the list.",
    "power",
  ],
  ["Phones used for work must have a screen lock, six digits minimum.", ""],
  ["I think the bookkeepers would call it friendly.", ""],
  [
    "Since the ransomware scare I check every attachment twice and still worry that I'll be the one who lets something in.",
    "feel",
  ],
  ["Our remote workers connect through the VPN and a hardware key.", ""],
  ["Staff share passwords on sticky notes under the keyboard, I found six last week.", "conflict"],
  ["Good relationship overall.", ""],
];

export const VOICES_EN: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EN_2,
  ...VOICES_EN_3,
  ...VOICES_EN_4,
  ...VOICES_EN_5,
];
