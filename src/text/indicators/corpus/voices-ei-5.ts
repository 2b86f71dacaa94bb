import type { RawExample } from "./types.js";

/** Managers and owners on processes, budgets and audits, and a researcher's third-person notes, mostly plain facts (round 18). Written fresh for Rapport (brief EI). */
export const VOICES_EI_5: readonly RawExample[] = [
  ["Passwords for the supplier portals are stored in the company password manager.", ""],
  ["Respondent recalls that an email from the IT team warned about fake invoices in June.", ""],
  [
    "Half the office uses a personal Dropbox because the official one has too little space.",
    "conflict",
  ],
  ["We have one admin account and two people know the password.", ""],
  ["P36 says she gets blamed by IT whenever the network goes down in her wing.", "blame:sec feel"],
  ["The school's laptops for pupils are stored in a locked trolley.", ""],
  ["Our accountant signs off the IT spending each quarter.", ""],
  [
    "Respondent is anxious about using the new system because mistakes are reported to head office.",
    "feel power",
  ],
  [
    "I waste an hour a day on security checks that IT added without asking the teams.",
    "conflict comm",
  ],
  ["Logistics staff carry a card that opens the loading bay doors.", ""],
  ["P37 says the rules are clear and the IT staff are approachable.", ""],
  [
    "We don't know what happens with the audit results, they go to head office and that's it.",
    "distance power",
  ],
  ["The clinic's booking website was moved to a new host in July.", ""],
  ["Probably it is my fault, I am not good with computers and I break things.", "blame:self"],
  ["Respondent explains that guests at the hotel get a code printed on the receipt for wifi.", ""],
  ["When the security team rings me, I know something bad has happened.", "comm feel"],
  ["Our suppliers send invoices through a portal instead of email since last year.", ""],
  ["P38 could not recall any security training in the last three years.", ""],
  ["The owner of the farm holds all the passwords and we must ask him for every login.", "power"],
  [
    "Respondent says the IT department spends money on tools nobody uses while the old laptops keep failing.",
    "blame:sec",
  ],
  ["Backups are kept for 90 days.", ""],
  [
    "Our staff in the restaurant use their own phones for the rota app, approved by the manager.",
    "",
  ],
];
