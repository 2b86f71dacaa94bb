import assert from "node:assert/strict";
import type { Database } from "../src/db/database.js";
import { isRapportError, type RapportError } from "../src/errors.js";
import { saveWorkSystem } from "../src/worksystem/worksystem.service.js";
import { csv, importCsv } from "./factories.js";

/**
 * Shared set-up of the work-system tests in src/worksystem: a full work-system model, a way to
 * catch a refusal, row counts that prove a refused change wrote nothing, and the Acme survey
 * that the rating and findings tests assess.
 */

/** Awaits a use case that must refuse, and gives back its RapportError. */
export async function refusal(promise: Promise<unknown>): Promise<RapportError> {
  try {
    await promise;
  } catch (error) {
    if (isRapportError(error)) return error;
    throw error;
  }
  assert.fail("expected a refusal");
}

/** A work system with every element filled in. */
export const payroll = {
  name: "Payroll",
  description: "Pays staff every month.",
  customers: ["Staff", { name: "Tax office", description: "Monthly returns" }],
  products_services: ["Payslips"],
  processes_activities: ["Collect hours", "Check hours", "Run payroll", "Send payslips"],
  participants: [
    { role: "Payroll clerk", headcount: 2 },
    { role: "IT admin", community: "it_security", headcount: 1 },
    { role: "Finance director", community: "management" },
  ],
  information: [
    { name: "Salaries", sensitivity: "confidential" },
    { name: "Sick notes", sensitivity: "special_category" },
  ],
  technologies: ["Payroll software", "Spreadsheets"],
  environment: ["Tax law"],
  infrastructure: [{ name: "E-mail", description: "Hosted mail" }, "File server"],
  strategies: ["Pay on time"],
};

/** Row counts of every table a work-system change writes. */
export async function workSystemCounts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    "organisation",
    "org_group",
    "work_system",
    "work_system_entry",
    "infrastructure",
    "work_system_infrastructure",
    "work_system_phase",
    "workaround",
  ]) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    out[table] = row?.n ?? -1;
  }
  return out;
}

/**
 * Acme: 20 employees in Payroll (16 do not know the controls), 10 employees in Sales, 3 in the
 * tiny Warehouse (hidden by the gate, which then also hides Sales), and 10 managers in no
 * group. Employees mostly don't know the policy; managers say it is formal.
 */
function acmeAnswers(): string {
  const header = [
    "respondent_id",
    "organisation",
    "sector",
    "size_band",
    "community",
    "group",
    "aware_controls",
    "policy_status",
    "received_training",
  ];
  const rows: (string | number)[][] = [header];
  let id = 0;
  const add = (
    count: number,
    community: string,
    group: string,
    aware: (i: number) => string,
    policy: (i: number) => string,
  ) => {
    for (let i = 0; i < count; i++)
      rows.push([
        `r${id++}`,
        "Acme Ltd",
        "retail",
        "small",
        community,
        group,
        aware(i),
        policy(i),
        i % 4 === 0 ? "no" : "yes",
      ]);
  };
  add(
    20,
    "employees",
    "Payroll",
    (i) => (i < 16 ? "no" : "yes"),
    (i) => (i < 14 ? "dont_know" : "formal"),
  );
  add(
    10,
    "employees",
    "Sales",
    (i) => (i < 2 ? "no" : "yes"),
    (i) => (i < 6 ? "dont_know" : "informal"),
  );
  add(
    3,
    "employees",
    "Warehouse",
    () => "no",
    () => "dont_know",
  );
  add(
    10,
    "management",
    "",
    () => "yes",
    () => "formal",
  );
  return csv(rows);
}

/** Adds Acme Ltd, its work systems Payroll, Sales and Warehouse, and its survey. */
export async function seedAcme(db: Database, workspaceId: string): Promise<void> {
  await saveWorkSystem(
    db,
    workspaceId,
    "Acme Ltd",
    { name: "Payroll" },
    { createOrganisation: {} },
  );
  await saveWorkSystem(db, workspaceId, "Acme Ltd", { name: "Sales" });
  await saveWorkSystem(db, workspaceId, "Acme Ltd", { name: "Warehouse", phase: "development" });
  await importCsv(db, workspaceId, acmeAnswers(), "Acme survey");
}
