import type { RawExample } from "./types.js";
import { VOICES_FI_2 } from "./voices-fi-2.js";
import { VOICES_FI_3 } from "./voices-fi-3.js";
import { VOICES_FI_4 } from "./voices-fi-4.js";

/** The security industry in public about people at work: vendor blogs, keynotes, press quotes, trade columns, posts, analyst reports (round 24). Written fresh for Rapport (brief FI). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Yes, insider risk tooling can be run in a privacy-preserving way, with pseudonymised alerts by default.",
    "",
  ],
  [
    "Our 2024 incident review found a human element in 61% of the breaches we investigated, up two points on last year.",
    "",
  ],
  [
    "'Employees at the council acted quickly and the incident was contained within hours,' a spokesperson said.",
    "",
  ],
  [
    "Many employees see the security team as an invisible force that changes settings overnight without telling anyone.",
    "power comm",
  ],
  [
    "The awkward truth for our sector is that we've sold 'human firewall' training for fifteen years and the click rates our customers care about have barely moved. Maybe the product was the problem all along.",
    "blame:self",
  ],
  [
    "people moan about MFA right up until they get phished, then suddenly it's our fault for not forcing it on them sooner 🙄",
    "blame:emp feel conflict",
  ],
  [
    "We ran the same phishing test at a law firm and a haulage company. Reporting rates were almost identical, around 42%.",
    "",
  ],
  ["Awareness ≠ behaviour. Measure what people actually do.", ""],
  [
    "The IT department issued a 14-page acceptable use policy written entirely in legalese, then complained that nobody followed it.",
    "blame:sec comm",
  ],
  [
    "Quick poll: who's been locked out of Teams by a conditional access policy halfway through a client pitch? 🙋",
    "conflict",
  ],
  [
    "We in the security industry coined the 'weakest link' line, and we should be embarrassed by how long we leaned on it.",
    "blame:self",
  ],
  [
    "Most staff in our study couldn't name one member of the security team, and most security staff couldn't name one person in payroll.",
    "distance",
  ],
  [
    "Negligent insiders cost organisations more on average than malicious ones, according to this year's benchmark.",
    "blame:emp",
  ],
  [
    "Mid-market CISOs report being overruled on risk decisions by sales leadership more than half the time.",
    "power",
  ],
  ["Last spring's breach? Ours. The alert fired and my team missed it.", "blame:self"],
  [
    "In our sample of 1,200 finance employees, 34% said they'd had some form of security training in the past twelve months.",
    "",
  ],
  [
    "I spent years thinking staff were the problem. Turns out I'd just never explained anything in plain English.",
    "blame:self comm",
  ],
  [
    "In our survey, 64% of employees said security rules regularly slow down their work.",
    "conflict",
  ],
  [
    "Security departments have built a reputation as the Department of No, and frankly most have earned it.",
    "blame:sec conflict",
  ],
  ["People are the perimeter now.", ""],
  ["Staff bypass controls because they can, not because they need to.", "blame:emp"],
  [
    "We interviewed 30 CISOs; the word they used most often to describe their staff was 'helpful'.",
    "",
  ],
  ["Insider threat programmes work best when legal, HR and security share a single playbook.", ""],
  [
    "Most data-loss alerts on our platform are resolved by the employee themselves after a just-in-time prompt.",
    "",
  ],
  [
    "Insider trading surveillance and insider risk monitoring are different disciplines. Don't merge the teams without thinking it through.",
    "",
  ],
  [
    "A frustrated office manager told us the IT contractor 'talks to us like we're five'.",
    "comm feel",
  ],
  ["A nurse at our pilot hospital handed in a USB stick she found in the car park. Textbook.", ""],
  ["Security heard about the new CRM three days before go-live. Three days.", "power"],
  ["Webinar: 'Patching the Human: fixing your organisation's biggest bug'", "blame:emp"],
  ["the new DLP pop-ups are a bit chatty tbh but they've been fine in practice", ""],
  [
    "We built a culture where employees are scared to tell us they clicked. That failure belongs to the security function.",
    "blame:self feel",
  ],
  [
    "employee reporting rate is the metric i watch most closely. clicks matter way less than how fast someone tells us",
    "",
  ],
  [
    "The policy landed in inboxes at 7pm on a Friday, 22 pages long, no summary. Unsurprisingly, take-up was poor.",
    "comm",
  ],
  [
    "Password resets still take up to 48 hours at some of the public bodies we studied, and staff described the wait as maddening.",
    "conflict feel",
  ],
  [
    "Staff who completed scenario-based training were 2.3 times more likely to report a test phish.",
    "",
  ],
  [
    "Staff at the retailer reportedly set up a WhatsApp group to swap files after the company blocked USB drives and Dropbox.",
    "conflict",
  ],
  ["The attackers didn't need a zero-day. They had Dave from procurement.", "blame:emp"],
  ["Errors will happen. What matters is how quickly they surface.", ""],
  [
    "Several participants said failing a simulated phish left them feeling stupid for days.",
    "feel",
  ],
  [
    "Our SOC received 3,400 user-reported emails last quarter; around 11% turned out to be genuine threats.",
    "",
  ],
  [
    "Helpdesk satisfaction in the latest pulse survey was 4.6 out of 5, and security requests scored highest of all.",
    "",
  ],
  [
    "Insider risk covers accidental exposure as well as malicious intent, and most cases we handle fall into the first bucket.",
    "",
  ],
  ["People are scared of the security team. That is not a compliment.", "feel"],
  [
    "The new badge-tracking system has unsettled staff, some of whom say they feel timed on toilet breaks.",
    "power feel",
  ],
  [
    "One survey respondent: 'Nice people on the security desk, though their monthly bulletin might as well be in Klingon.'",
    "comm",
  ],
  [
    "If your incident report says 'user error' and stops there, the investigation isn't finished.",
    "",
  ],
  [
    "We stripped the jargon out of our phishing guidance and rewrote it for a reading age of twelve. Reports doubled.",
    "",
  ],
  [
    "The word 'user' appears in nearly every control in our framework, which tells you where the work actually happens.",
    "",
  ],
  [
    "'Not my job' was the commonest answer when we asked warehouse staff who should report suspicious devices.",
    "distance",
  ],
  ["honestly the execs are worse than the interns, they just have more access", "blame:emp"],
  [
    "Getting a new SaaS tool approved used to take three weeks. The fast-track review now does it in two days.",
    "",
  ],
  ["Staff feel like suspects. That's the headline from our trust survey.", "power feel"],
  [
    "Data-handling errors dropped by a third after we added a one-click 'send securely' button to Outlook.",
    "",
  ],
  [
    "In the twelve months to March our incident response team handled 214 cases in the education sector. Compromised credentials were the most common entry point, followed by misconfigured cloud storage and invoice fraud. In most of them, a staff report shortened containment considerably.",
    "",
  ],
  [
    "'The breach was caused by a member of staff who ignored repeated warnings,' the company said in a statement.",
    "blame:emp",
  ],
  [
    "With one careless forward, a single employee can undo millions in security investment.",
    "blame:emp",
  ],
  [
    "Staff aren't careless. They're overloaded, and our tools add to the load.",
    "blame:self conflict",
  ],
  ["82% of CISOs in our study rated the training useful; only 29% of staff agreed.", "conflict"],
  [
    "Big thank-you to the warehouse team in Rotterdam who reported the fake courier calls last week.",
    "",
  ],
  [
    "All it takes is one tired receptionist opening the wrong attachment at 4:55 on a Friday.",
    "blame:emp",
  ],
];

export const VOICES_FI: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FI_2,
  ...VOICES_FI_3,
  ...VOICES_FI_4,
];
