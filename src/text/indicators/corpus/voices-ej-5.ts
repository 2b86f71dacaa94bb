import type { RawExample } from "./types.js";

/** Very short survey answers typed on a phone, mostly plain facts (round 18). Written fresh for Rapport (brief EJ). */
export const VOICES_EJ_5: readonly RawExample[] = [
  ["Client documents sent through a secure portal.", ""],
  ["Clients hate the portal so we email instead.", "conflict"],
  ["Portal login needs a code by text.", ""],
  ["They was kind, change my screen same day.", ""],
  ["Call them, they come.", ""],
  ["Would rather not say, it might get back to them.", "feel power"],
  ["IT manager reports to the finance director.", ""],
  ["Every quarter they send a security report to the board.", ""],
  ["We don't see the reports, just the rules that come after.", "comm power"],
  ["Prefer to fix it myself than wait.", "distance conflict"],
  ["Restaurant tablets are reset each morning.", ""],
  ["Booking system has one admin, the manager.", ""],
  ["Stressful, every login is a fight.", "feel conflict"],
  ["Anyone leaving hands laptop back on the last day.", ""],
  ["Kit returns are checked against a list.", ""],
  ["Honestly I think IT see us as a risk.", "blame:emp power"],
  ["Everything ok since the new system.", ""],
];
