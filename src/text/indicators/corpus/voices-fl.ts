import type { RawExample } from "./types.js";
import { VOICES_FL_2 } from "./voices-fl-2.js";
import { VOICES_FL_3 } from "./voices-fl-3.js";
import { VOICES_FL_4 } from "./voices-fl-4.js";

/** Managers, team leads, practice managers, directors and owners of small and medium firms on their IT and security people and on their own staff, in survey answers and interview notes (round 25). Written fresh for Rapport (brief FL). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our IT is outsourced to a firm in Leeds; they do patching on the second Tuesday of each month.",
    "",
  ],
  [
    "Practice manager says the support contract covers twelve workstations and the server in the back office.",
    "",
  ],
  [
    "Honestly our IT guy is brilliant. Pops in every Thursday, has a cuppa, sorts whatever we've saved up for him.",
    "",
  ],
  ["We have a named engineer, Dave, and the staff all know him by name.", ""],
  [
    "Director says staff complete a phishing awareness module once a year, about twenty minutes.",
    "",
  ],
  ["Passwords on the accounts system are reset every 60 days, enforced by the software.", ""],
  ["I wouldn't say they talk down to us at all. If anything they over-explain.", ""],
  [
    "They used to only turn up when the server died. Since the new contract they come in monthly and we have a proper review.",
    "",
  ],
  ["Bit of jargon now and then, but I just ask and they explain it. Not an issue.", ""],
  ["The head teacher says the network manager attends the weekly staff briefing.", ""],
  ["Our MSP rings me quarterly to go through the security report. Plain English, no fuss.", ""],
  [
    "Backups run nightly to an offsite provider; the office manager checks the confirmation email.",
    "",
  ],
  ["Manager says she has never felt patronised by the IT contractor.", ""],
  ["We use two-factor on email and the bank portal. That was set up in 2021.", ""],
  ["Are they approachable? Yes, very. The lads on site message them directly on WhatsApp.", ""],
  ["New starters get a half-hour session with our IT person on day one.", ""],
  [
    "There was a rough patch a few years back when nobody knew who to call. That's sorted now, there's a single helpdesk number on every desk.",
    "",
  ],
  [
    "We're a charity of 14 staff; IT is handled by a volunteer trustee, plus a paid support firm for emergencies.",
    "",
  ],
  ["The agency's laptops are managed centrally, so updates happen overnight.", ""],
  [
    "Security isn't really a sore point here. People follow the rules and the IT lady is well liked.",
    "",
  ],
  [
    'Finance director: "Our consultant explains risk in money terms, which is exactly what the partners need."',
    "",
  ],
  ["Site managers lock their tablets with a PIN; that's company policy.", ""],
  ["They're never condescending, even when I ask the same question three times.", ""],
  ["Manager says the relationship with IT is 'boringly fine'.", ""],
  [
    "Staff report suspicious emails to a shared inbox, and IT reply the same day with a yes or no.",
    "",
  ],
  [
    "My team are pretty sensible with email. We ran one phishing test, two people clicked, and they came and told IT straight away.",
    "",
  ],
  ["We had a ransomware scare in 2019 and it was handled calmly. Nobody was made to feel bad.", ""],
  ["Our school has a technician on site three days a week and a remote service the other two.", ""],
  [
    "Owner says he has a monthly call with the provider and gets a one-page summary afterwards.",
    "",
  ],
  [
    "There's no separate security person; our IT support firm covers it as part of the package.",
    "",
  ],
  ["Do we avoid them? No, the opposite, people are always popping over to ask things.", ""],
  ["The machines on the factory floor are on a separate network, which IT set up last year.", ""],
  [
    "Used to feel like the IT contractor looked down on us. The new account manager is completely different, really down to earth.",
    "",
  ],
  [
    "Practice manager: the GDPR refresher was delivered in person by our IT provider and staff said it was the most useful session all year.",
    "",
  ],
  ["I don't feel stupid asking them things, they've made a point of that.", ""],
  [
    "Marketing director says the team uses a password manager licensed through the agency's IT firm.",
    "",
  ],
  ["USB sticks are blocked on all office PCs.", ""],
  ["Some jargon, sure, but honestly it doesn't bother anyone here.", ""],
  ["The IT company sends a newsletter every quarter. Short, readable, one tip in it.", ""],
  ["We're small enough that everyone knows Priya, who does our IT two days a week.", ""],
  [
    "Interviewer note: manager could name both IT engineers and recite their mobile numbers from memory.",
    "",
  ],
  ["Our people are careful. I trust them with client data and I've never had reason not to.", ""],
  ["Manager says access to the payroll folder is limited to herself and the bookkeeper.", ""],
  [
    "Before, IT decisions were made over our heads. Now there's a small committee with two staff reps on it and it works.",
    "",
  ],
  ["The provider asks before they change anything on the server, and gives us a date.", ""],
  ["Joiners and leavers go through a form to the IT firm; accounts are set up within a day.", ""],
  ["Security training is done in the staff room at lunchtime, with sandwiches. Good turnout.", ""],
  ["Owner says the team aren't worried about cyber stuff, they feel well looked after.", ""],
  ["Our network admin is responsive and friendly. No complaints from me or from the team.", ""],
  ["Is IT a bottleneck? Not really. Requests get picked up within the hour.", ""],
  ["We had our Cyber Essentials assessment in March.", ""],
  [
    "Construction firm, 60 staff. IT is one in-house person plus an external firm for the firewall.",
    "",
  ],
  ["The IT manager sits in on our monthly ops meeting so issues come up early.", ""],
  ["Manager says staff use the same shared drive structure across all three offices.", ""],
  ["Condescending? No. Patient, I'd say.", ""],
  [
    "There was friction when MFA came in, but that lasted about a fortnight and now nobody mentions it.",
    "",
  ],
  ["The school's web filter is managed by the local authority.", ""],
  [
    "Our accountancy practice uses a cloud practice system; the vendor handles the security updates.",
    "",
  ],
  ["I like that they tell us why a rule exists, not just what it is.", ""],
  [
    "Director notes that phishing simulations are run twice a year and results are shared anonymously.",
    "",
  ],
];

export const VOICES_FL: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FL_2,
  ...VOICES_FL_3,
  ...VOICES_FL_4,
];
