// The jargon glossary, assembled from themed files.
//
// Deliberately absent: "IT" (the department everyone knows), and words that plain-language
// editors leave alone in staff emails because readers already know them: password, virus,
// hacker, antivirus, breach, scam, spam, backup, update, Wi-Fi, app, browser, download.
// Flagging those would bury the real jargon under noise.
import { ACCESS_TERMS } from "./glossary-access.js";
import { DATA_TERMS } from "./glossary-data.js";
import type { GlossaryEntry } from "./glossary-entry.js";
import { NETWORK_TERMS } from "./glossary-network.js";
import { OPERATIONS_TERMS } from "./glossary-operations.js";
import { THREAT_TERMS } from "./glossary-threats.js";

export type { GlossaryEntry, GlossaryKind } from "./glossary-entry.js";

export const GLOSSARY: readonly GlossaryEntry[] = [
  ...THREAT_TERMS,
  ...ACCESS_TERMS,
  ...NETWORK_TERMS,
  ...DATA_TERMS,
  ...OPERATIONS_TERMS,
];
