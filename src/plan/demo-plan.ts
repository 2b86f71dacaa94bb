import type { Database } from "../db/database.js";
import { isRapportError } from "../errors.js";
import { createAction, listActionSummaries, planOrganisation } from "./action.service.js";
import { addChampion, addDialogue } from "./team.service.js";

/**
 * The demo firm's plan between its two survey waves: dialogues and champions against the
 * distance its staff described, plain wording against the jargon, and a blame-free review still
 * to come. Invented, like the rest of the demo; the champions' names are made up.
 */
export const DEMO_PLAN_ORGANISATION = "Northwind Logistics (demo)";

const ACTIONS = [
  {
    title: "Monthly security dialogues",
    intervention: "security_dialogue",
    owner_role: "Head of IT security",
    status: "in_progress",
    started_on: "2026-03-02",
    effects: [
      "indicator:disengagement",
      "item:contact_frequency",
      "indicator:negative_communication",
    ],
    notes: "First Monday of the month, one hour, open to every department.",
    links: [
      {
        kind: "reason",
        code: "distance_dialogues",
        body: "About a third of staff described the security team as distant; only 5 of 92 had regular contact.",
      },
    ],
  },
  {
    title: "Security champions in Warehouse and Customer service",
    intervention: "security_champions",
    owner_role: "Operations manager",
    status: "in_progress",
    started_on: "2026-03-16",
    effects: ["indicator:disengagement", "item:its_helpful", "item:contact_frequency"],
    notes: "Three volunteers; they meet the security team after each dialogue.",
    links: [],
  },
  {
    title: "Jargon-free rewrite of the password guidance",
    intervention: "shared_language",
    owner_role: "IT security officer",
    status: "done",
    started_on: "2026-02-16",
    due_on: "2026-04-30",
    effects: ["indicator:negative_communication", "item:aware_controls"],
    notes:
      "Rewritten with four readers from Customer service and checked with the communication check.",
    links: [
      {
        kind: "reason",
        code: "jargon_shared_language",
        body: "26 of 92 named IT jargon as an obstacle.",
      },
    ],
  },
  {
    title: "Blame-free review of the next phishing incident",
    intervention: "no_blame_review",
    owner_role: "Managing director",
    status: "planned",
    due_on: "2026-12-31",
    effects: ["indicator:blame", "scale:blame_personal"],
    notes: "Agree the ground rules with the department heads first.",
    links: [],
  },
] as const;

const CHAMPIONS = [
  { group: "Warehouse", name: "Aisha Khan", contact: "ext. 214", since: "2026-03-16" },
  { group: "Warehouse", name: "Tom Becker", contact: "ext. 230", since: "2026-03-16" },
  { group: "Customer service", name: "Lena Ortiz", contact: "ext. 118", since: "2026-03-23" },
];

const DIALOGUES = [
  {
    held_on: "2026-03-02",
    communities: ["employees", "it_security", "management"],
    topics: "Why the handheld scanners log people out; what staff find hard in the password rules.",
    agreed:
      "IT will lengthen the scanner time-out on the warehouse floor; the password guidance is rewritten with staff.",
  },
  {
    held_on: "2026-04-06",
    communities: ["employees", "it_security"],
    topics: "The new password guidance; how to report a suspicious e-mail without feeling foolish.",
    agreed:
      "A report button in the mail client; champions collect questions for the next dialogue.",
  },
];

/**
 * Adds the demo plan when the demo firm exists and has no plan yet, so loading the demo again
 * adds nothing twice. Returns the number of actions added.
 */
export async function loadDemoPlan(db: Database, workspaceId: string): Promise<number> {
  let organisationId: string;
  try {
    organisationId = (await planOrganisation(db, workspaceId, DEMO_PLAN_ORGANISATION)).id;
  } catch (error) {
    if (isRapportError(error)) return 0;
    throw error;
  }
  if ((await listActionSummaries(db, workspaceId, organisationId)).length > 0) return 0;
  for (const action of ACTIONS) await createAction(db, workspaceId, organisationId, action);
  for (const champion of CHAMPIONS) await addChampion(db, workspaceId, organisationId, champion);
  for (const dialogue of DIALOGUES) await addDialogue(db, workspaceId, organisationId, dialogue);
  return ACTIONS.length;
}
