import type { RawExample } from "./types.js";

/** Security and IT staff, about half in English as a second language (round 21). Written fresh for Rapport (brief EX). */
export const VOICES_EX_5: readonly RawExample[] = [
  ["the moment I mention risk the conversation is over, they roll their eyes", "conflict feel"],
  ["Our policy says we test incident response twice a year; in practice it was once.", ""],
  ["I'm tired of being the scapegoat for decisions made above my head.", "feel power"],
  ["Stock system outage on Saturday, fixed by 11, shops informed by SMS.", ""],
  ["To them we are a black box that says no.", "power conflict"],
  [
    "Sometimes I explain too long, German style, and people lose interest after sentence two.",
    "comm blame:self",
  ],
  ["We got the accountants onto the password manager by sitting next to them, not by email.", ""],
  ["Real talk: our old rules were written to protect us, not the company.", "blame:self"],
  ["I answer tickets all day and never meet a single user face to face.", "distance comm"],
  ["The volunteers at the food bank are enthusiastic about the new sign-in, surprisingly.", ""],
  [
    "Our CFO wanted to skip the audit fix because it 'looks expensive'. We lost that fight.",
    "power conflict",
  ],
  ["Tbh the problem isn't staff, it's that we never had a real plan.", "blame:self"],
  ["Three new hires this month already reported phishing attempts on their first day.", ""],
  [
    "They'll click it. Doesn't matter what it is, someone in this building will click it.",
    "blame:emp",
  ],
  [
    "Ask the kitchen team which hours are quiet before you schedule any update, that's our rule.",
    "",
  ],
  ["Ticket backlog is 12 today, lowest since spring.", ""],
  [
    "Carmen on the front desk spotted a fake courier email and warned everyone, perfect instinct.",
    "",
  ],
  ["Teachers here are quick learners once you show them, not tell them.", ""],
  ["Each department head gets a one-page security summary every quarter.", ""],
  ["We don't really have an 'us vs them' thing here, it's a small office.", ""],
  ["Next month we'll trial passkeys with the design team before anyone else.", ""],
  ["What would make you report faster? That's the question we asked every shift last week.", ""],
];
