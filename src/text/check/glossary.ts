// The jargon glossary, assembled from themed files.
//
// Deliberately absent: "IT" (the department everyone knows), and words that plain-language
// editors leave alone in staff emails because readers already know them: password, virus,
// hacker, antivirus, breach, scam, spam, backup, update, Wi-Fi, app, browser, download.
// Flagging those would bury the real jargon under noise. Eleven other editors' sets (sessions
// 17 and 18) added: router, reboot, cloud, ticket, deployment, Active Directory, one-time
// password, external sharing, Company Portal and Microsoft Authenticator, which they left
// unmarked wherever they met them (at most one mark in nine), and the apps staff use every
// day (Outlook, Teams, OneDrive, SharePoint, Zoom, Xero, Sage).
import { ACCESS_TERMS } from "./glossary-access.js";
import { CLOUD_TERMS } from "./glossary-cloud.js";
import { DATA_TERMS } from "./glossary-data.js";
import { ENDPOINT_TERMS } from "./glossary-endpoint.js";
import type { GlossaryEntry } from "./glossary-entry.js";
import { GOVERNANCE_TERMS } from "./glossary-governance.js";
import { MAIL_TERMS } from "./glossary-mail.js";
import { NETWORK_TERMS } from "./glossary-network.js";
import { OPERATIONS_TERMS } from "./glossary-operations.js";
import { PRIVACY_TERMS } from "./glossary-privacy.js";
import { PRODUCT_TERMS } from "./glossary-products.js";
import { PROJECTS_TERMS } from "./glossary-projects.js";
import { RECOVERY_TERMS } from "./glossary-recovery.js";
import { RESPONSE_TERMS } from "./glossary-response.js";
import { SENSES_TERMS } from "./glossary-senses.js";
import { MORE_SENSES_TERMS } from "./glossary-senses-more.js";
import { SHORTHAND_TERMS } from "./glossary-shorthand.js";
import { SOFTWARE_TERMS } from "./glossary-software.js";
import { THREAT_TERMS } from "./glossary-threats.js";
import { VENDOR_TERMS } from "./glossary-vendors.js";

export type { GlossaryEntry, GlossaryKind } from "./glossary-entry.js";

export const GLOSSARY: readonly GlossaryEntry[] = [
  ...THREAT_TERMS,
  ...ACCESS_TERMS,
  ...NETWORK_TERMS,
  ...DATA_TERMS,
  ...OPERATIONS_TERMS,
  ...CLOUD_TERMS,
  ...MAIL_TERMS,
  ...ENDPOINT_TERMS,
  ...GOVERNANCE_TERMS,
  ...PRIVACY_TERMS,
  ...SOFTWARE_TERMS,
  ...RESPONSE_TERMS,
  ...RECOVERY_TERMS,
  ...PROJECTS_TERMS,
  ...SENSES_TERMS,
  ...MORE_SENSES_TERMS,
  ...SHORTHAND_TERMS,
  ...PRODUCT_TERMS,
  ...VENDOR_TERMS,
];
