import type { Queryable } from "../db/database.js";
import type { LifeCyclePhase } from "./worksystem.js";

/**
 * The SQL of organisations as work systems see them and of the work-system rows themselves.
 * Every query names the workspace, so no row of another workspace can be read or changed.
 * Elements, phase history and workarounds, and ratings have their own repositories; their
 * names are re-exported here so older imports keep working.
 */

export {
  insertRatings,
  listLatestRatings,
  listRatingHistory,
  type RatingRow,
  type RatingValue,
} from "./rating.repository.js";
export {
  type EntryRow,
  type InfrastructureRow,
  listEntries,
  listInfrastructureOf,
  replaceEntries,
  replaceInfrastructure,
} from "./worksystem-element.repository.js";
export {
  insertPhase,
  insertWorkaround,
  listPhases,
  listWorkarounds,
  type PhaseRow,
  type WorkaroundRow,
} from "./worksystem-history.repository.js";

export interface OrganisationRef {
  id: string;
  name: string;
  name_key: string;
  sector: string | null;
  size_band: string | null;
}

export async function findOrganisationByKey(
  db: Queryable,
  workspaceId: string,
  key: string,
): Promise<OrganisationRef | undefined> {
  const [row] = await db.query<OrganisationRef>(
    `SELECT id, name, name_key, sector, size_band FROM organisation
     WHERE workspace_id = $1 AND name_key = $2`,
    [workspaceId, key],
  );
  return row;
}

export async function findOrganisationById(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<OrganisationRef | undefined> {
  const [row] = await db.query<OrganisationRef>(
    `SELECT id, name, name_key, sector, size_band FROM organisation
     WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, id],
  );
  return row;
}

export async function listOrganisationNames(db: Queryable, workspaceId: string): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    "SELECT name FROM organisation WHERE workspace_id = $1 ORDER BY name_key",
    [workspaceId],
  );
  return rows.map((r) => r.name);
}

/**
 * The group a work system's answers are tagged with: an existing group of the same name is
 * reused (answers may already carry it) and marked as a work system; otherwise one is made.
 */
export async function claimWorkSystemGroup(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  name: string,
  key: string,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO org_group (workspace_id, organisation_id, name, name_key, kind)
     VALUES ($1, $2, $3, $4, 'work_system')
     ON CONFLICT (organisation_id, name_key) DO UPDATE SET kind = 'work_system'
     RETURNING id`,
    [workspaceId, organisationId, name, key],
  );
  if (!row) throw new Error("claimWorkSystemGroup returned no row");
  return row.id;
}

export interface WorkSystemRow {
  id: string;
  organisation_id: string;
  group_id: string;
  group_name: string;
  name: string;
  name_key: string;
  description: string;
  phase: LifeCyclePhase;
  /** The day the current phase started (YYYY-MM-DD); null when it began before it was described. */
  phase_since: string | null;
  /** The latest start day in the history: a new phase cannot start before it. */
  latest_start: string | null;
  updated_at: string;
}

const WORK_SYSTEM_SELECT = `SELECT w.id, w.organisation_id, w.group_id, g.name AS group_name, w.name, w.name_key,
    w.description, w.phase,
    (SELECT p.started_on::text FROM work_system_phase p WHERE p.work_system_id = w.id
     ORDER BY p.seq DESC LIMIT 1) AS phase_since,
    (SELECT max(p.started_on)::text FROM work_system_phase p WHERE p.work_system_id = w.id) AS latest_start,
    to_char(w.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at
  FROM work_system w JOIN org_group g ON g.id = w.group_id`;

export async function findWorkSystemByKey(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  key: string,
): Promise<WorkSystemRow | undefined> {
  const [row] = await db.query<WorkSystemRow>(
    `${WORK_SYSTEM_SELECT} WHERE w.workspace_id = $1 AND w.organisation_id = $2 AND w.name_key = $3`,
    [workspaceId, organisationId, key],
  );
  return row;
}

export async function findWorkSystemById(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  id: string,
): Promise<WorkSystemRow | undefined> {
  const [row] = await db.query<WorkSystemRow>(
    `${WORK_SYSTEM_SELECT} WHERE w.workspace_id = $1 AND w.organisation_id = $2 AND w.id = $3`,
    [workspaceId, organisationId, id],
  );
  return row;
}

/** The organisation a work system belongs to, looked up by the work system's id alone. */
export async function findWorkSystemOrganisationId(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<string | undefined> {
  const [row] = await db.query<{ organisation_id: string }>(
    "SELECT organisation_id FROM work_system WHERE workspace_id = $1 AND id = $2",
    [workspaceId, id],
  );
  return row?.organisation_id;
}

export interface WorkSystemSummaryRow extends WorkSystemRow {
  entries: number;
  infrastructure: number;
  workarounds: number;
  ratings: number;
}

export async function listWorkSystemRows(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
): Promise<WorkSystemSummaryRow[]> {
  return db.query<WorkSystemSummaryRow>(
    `SELECT s.*,
       (SELECT count(*)::int FROM work_system_entry e WHERE e.work_system_id = s.id) AS entries,
       (SELECT count(*)::int FROM work_system_infrastructure i WHERE i.work_system_id = s.id) AS infrastructure,
       (SELECT count(*)::int FROM workaround a WHERE a.work_system_id = s.id) AS workarounds,
       (SELECT count(DISTINCT r.guideline_code)::int FROM guideline_rating r WHERE r.work_system_id = s.id) AS ratings
     FROM (${WORK_SYSTEM_SELECT} WHERE w.workspace_id = $1 AND w.organisation_id = $2) s
     ORDER BY s.name_key`,
    [workspaceId, organisationId],
  );
}

export async function insertWorkSystem(
  db: Queryable,
  workspaceId: string,
  row: {
    organisationId: string;
    groupId: string;
    name: string;
    key: string;
    description: string;
    phase: LifeCyclePhase;
  },
): Promise<string> {
  const [inserted] = await db.query<{ id: string }>(
    `INSERT INTO work_system (workspace_id, organisation_id, group_id, name, name_key, description, phase)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [workspaceId, row.organisationId, row.groupId, row.name, row.key, row.description, row.phase],
  );
  if (!inserted) throw new Error("insertWorkSystem returned no row");
  return inserted.id;
}

export async function updateWorkSystem(
  db: Queryable,
  workspaceId: string,
  id: string,
  row: { name: string; description: string; phase: LifeCyclePhase },
): Promise<void> {
  await db.query(
    `UPDATE work_system SET name = $3, description = $4, phase = $5, updated_at = now()
     WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, id, row.name, row.description, row.phase],
  );
}

export async function setWorkSystemPhase(
  db: Queryable,
  workspaceId: string,
  id: string,
  phase: LifeCyclePhase,
): Promise<void> {
  await db.query(
    "UPDATE work_system SET phase = $3, updated_at = now() WHERE workspace_id = $1 AND id = $2",
    [workspaceId, id, phase],
  );
}

export interface CampaignRef {
  id: string;
  name: string;
  instrument_code: string;
  respondents: number;
}

/**
 * The organisation's most recent campaign of each questionnaire that has answers: the one
 * whose figures describe the organisation now.
 */
export async function listLatestCampaigns(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
): Promise<CampaignRef[]> {
  return db.query<CampaignRef>(
    `SELECT DISTINCT ON (i.id) c.id, c.name, i.code AS instrument_code, x.respondents
     FROM campaign c
     JOIN instrument_version v ON v.id = c.instrument_version_id
     JOIN instrument i ON i.id = v.instrument_id
     CROSS JOIN LATERAL (SELECT count(*)::int AS respondents FROM response r WHERE r.campaign_id = c.id) x
     WHERE c.workspace_id = $1 AND c.organisation_id = $2 AND x.respondents > 0
     ORDER BY i.id, c.wave DESC, c.created_at DESC`,
    [workspaceId, organisationId],
  );
}

/**
 * Deletes a work system with its elements, history, workarounds and ratings. Its group stays,
 * as a department, because answers may carry it; shared infrastructure no one uses goes.
 */
export async function deleteWorkSystem(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  id: string,
): Promise<void> {
  const [deleted] = await db.query<{ group_id: string }>(
    "DELETE FROM work_system WHERE workspace_id = $1 AND organisation_id = $2 AND id = $3 RETURNING group_id",
    [workspaceId, organisationId, id],
  );
  if (!deleted) return;
  await db.query("UPDATE org_group SET kind = 'department' WHERE workspace_id = $1 AND id = $2", [
    workspaceId,
    deleted.group_id,
  ]);
  await db.query(
    `DELETE FROM infrastructure i WHERE i.workspace_id = $1 AND i.organisation_id = $2
       AND NOT EXISTS (SELECT 1 FROM work_system_infrastructure l WHERE l.infrastructure_id = i.id)`,
    [workspaceId, organisationId],
  );
}
