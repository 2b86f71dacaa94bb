import type { Queryable } from "../db/database.js";
import type { LifeCyclePhase, WorkSystemElement } from "./worksystem.js";

/**
 * The SQL of what happened to a work system over time: its dated life-cycle phase history and
 * the workarounds noted in it. Every query names the workspace.
 */

export interface PhaseRow {
  phase: LifeCyclePhase;
  /** Null for the phase a work system was in when first described. */
  started_on: string | null;
  /** The day this entry was written down. */
  recorded_on: string;
  note: string;
}

export async function insertPhase(
  db: Queryable,
  workspaceId: string,
  workSystemId: string,
  phase: LifeCyclePhase,
  startedOn: string | null,
  note: string,
): Promise<void> {
  await db.query(
    `INSERT INTO work_system_phase (workspace_id, work_system_id, phase, started_on, note)
     VALUES ($1, $2, $3, $4::date, $5)`,
    [workspaceId, workSystemId, phase, startedOn, note],
  );
}

/** Oldest first, as a history is read. */
export async function listPhases(
  db: Queryable,
  workspaceId: string,
  workSystemId: string,
): Promise<PhaseRow[]> {
  return db.query<PhaseRow>(
    `SELECT phase, started_on::text AS started_on,
       to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS recorded_on, note FROM work_system_phase
     WHERE workspace_id = $1 AND work_system_id = $2 ORDER BY seq`,
    [workspaceId, workSystemId],
  );
}

export interface WorkaroundRow {
  id: string;
  work_system_id: string;
  description: string;
  element: WorkSystemElement | null;
  guideline_code: string | null;
  noted_on: string;
}

export async function insertWorkaround(
  db: Queryable,
  workspaceId: string,
  workSystemId: string,
  row: {
    description: string;
    element: WorkSystemElement | null;
    guidelineCode: string | null;
    notedOn: string;
  },
): Promise<WorkaroundRow> {
  const [inserted] = await db.query<WorkaroundRow>(
    `INSERT INTO workaround (workspace_id, work_system_id, description, element, guideline_code, noted_on)
     VALUES ($1, $2, $3, $4, $5, $6::date)
     RETURNING id, work_system_id, description, element, guideline_code, noted_on::text AS noted_on`,
    [workspaceId, workSystemId, row.description, row.element, row.guidelineCode, row.notedOn],
  );
  if (!inserted) throw new Error("insertWorkaround returned no row");
  return inserted;
}

export async function listWorkarounds(
  db: Queryable,
  workspaceId: string,
  workSystemIds: readonly string[],
): Promise<WorkaroundRow[]> {
  return db.query<WorkaroundRow>(
    `SELECT id, work_system_id, description, element, guideline_code, noted_on::text AS noted_on
     FROM workaround WHERE workspace_id = $1 AND work_system_id = ANY($2::uuid[])
     ORDER BY noted_on, created_at`,
    [workspaceId, workSystemIds],
  );
}
