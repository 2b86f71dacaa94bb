import type { RawExample } from "./types.js";

/** Security and IT staff on their tools, schedules and incidents, mostly plain facts (round 18). Written fresh for Rapport (brief EH). */
export const VOICES_EH_5: readonly RawExample[] = [
  [
    "I'm usually the reason the changes go wrong, I rush them through on Friday evenings.",
    "blame:self",
  ],
  [
    "Our logs show 12 failed login attempts on the admin portal last night, all from one address.",
    "",
  ],
  ["Second-hand laptops are wiped with a certified tool before resale.", ""],
  ["Management gets the reports, staff are not told what is being monitored.", "power comm"],
  ["For the restaurant group we maintain the booking tablets and the office PCs.", ""],
  ["The phishing drill had 3 clicks out of 48 recipients.", ""],
  ["People at the depot print their passwords and keep them in the cab.", "conflict"],
  ["Our helpdesk opens at 8 and closes at 6.", ""],
  ["The school network manager and I meet once a term.", ""],
  ["We don't explain the alerts, we forward them as they come out of the system.", "comm"],
  ["Card payments at the farm shop go through a separate terminal, not the PC.", ""],
  ["Access logs for the document system are checked when someone leaves.", ""],
  ["the interns get a locked down account with no email outside the domain", ""],
  ["Users are scared of the phishing tests now, they report even the internal newsletter.", "feel"],
  ["Incident response contacts are printed and pinned in the server room.", ""],
  ["Last audit was in March, next one is booked.", ""],
  [
    "The branch staff won't report lost phones for days because they think they'll be charged.",
    "feel",
  ],
  ["Our team writes change notes in English and Polish for the factory.", ""],
  ["Two people from accounts have access to the bank portal, each with their own token.", ""],
  [
    "Whatever we put in place, the partners find a way round it within a week.",
    "conflict blame:emp",
  ],
  ["Hospitality staff are login with badge tap on the tills.", ""],
  [
    "Sometimes the same laptop shows up from three countries in a day; it's a sales rep travelling.",
    "",
  ],
  ["We'd rather fix it ourselves than wait for the client's manager to answer.", "distance"],
  ["Quarterly reports go to the trustees in the first week of the quarter.", ""],
];
