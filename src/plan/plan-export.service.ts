import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { listActions } from "./action.service.js";
import {
  actionsCsv,
  championsCsv,
  dialoguesCsv,
  PLAN_EXPORTS,
  type PlanExport,
} from "./plan-csv.js";
import { listChampions, listDialogues } from "./team.service.js";

/** One part of an organisation's plan as a CSV file, with a file name that says what it is. */
export async function exportPlan(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
  what: string,
): Promise<{ filename: string; csv: string }> {
  if (!(PLAN_EXPORTS as readonly string[]).includes(what)) {
    throw new RapportError(
      "bad_export",
      `"${what.slice(0, 40)}" cannot be exported. Use one of: ${PLAN_EXPORTS.join(", ")}.`,
    );
  }
  const part = what as PlanExport;
  let organisation: { name: string };
  let csv: string;
  if (part === "actions") {
    const result = await listActions(db, workspaceId, organisationRef);
    organisation = result.organisation;
    csv = actionsCsv(result.actions);
  } else if (part === "champions") {
    const result = await listChampions(db, workspaceId, organisationRef);
    organisation = result.organisation;
    csv = championsCsv(result.champions);
  } else {
    const result = await listDialogues(db, workspaceId, organisationRef);
    organisation = result.organisation;
    csv = dialoguesCsv(result.dialogues);
  }
  const slug =
    organisation.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "organisation";
  return { filename: `${slug}-${part}.csv`, csv };
}
