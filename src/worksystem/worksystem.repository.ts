import type { Queryable } from "../db/database.js";
import type { Community } from "../organisation/organisation.js";
import type { LifeCyclePhase, SensitivityLevel, WorkSystemElement } from "./worksystem.js";

/**
 * The SQL of work systems, their elements, phase history, workarounds and ratings. Every query
 * names the workspace, so no row of another workspace can be read or changed.
 */

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

export interface EntryRow {
  element: Exclude<WorkSystemElement, "infrastructure">;
  position: number;
  name: string;
  description: string;
  community: Community | null;
  headcount: number | null;
  sensitivity: SensitivityLevel | null;
}

export async function replaceEntries(
  db: Queryable,
  workspaceId: string,
  workSystemId: string,
  entries: readonly EntryRow[],
): Promise<void> {
  await db.query("DELETE FROM work_system_entry WHERE workspace_id = $1 AND work_system_id = $2", [
    workspaceId,
    workSystemId,
  ]);
  if (entries.length === 0) return;
  await db.query(
    `INSERT INTO work_system_entry
       (workspace_id, work_system_id, element, position, name, description, community, headcount, sensitivity)
     SELECT $1, $2, * FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[])`,
    [
      workspaceId,
      workSystemId,
      entries.map((e) => e.element),
      entries.map((e) => e.position),
      entries.map((e) => e.name),
      entries.map((e) => e.description),
      entries.map((e) => e.community),
      entries.map((e) => e.headcount),
      entries.map((e) => e.sensitivity),
    ],
  );
}

export async function listEntries(
  db: Queryable,
  workspaceId: string,
  workSystemId: string,
): Promise<EntryRow[]> {
  return db.query<EntryRow>(
    `SELECT element, position, name, description, community, headcount, sensitivity
     FROM work_system_entry WHERE workspace_id = $1 AND work_system_id = $2
     ORDER BY element, position`,
    [workspaceId, workSystemId],
  );
}

export interface InfrastructureRow {
  id: string;
  name: string;
  description: string;
  /** Names of the organisation's other work systems that share it. */
  shared_with: string[];
}

/**
 * Links a work system to the organisation's shared infrastructure, creating items it names for
 * the first time; a description given here becomes the item's description for every work
 * system. Items no work system uses any more are removed.
 */
export async function replaceInfrastructure(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  workSystemId: string,
  items: readonly { name: string; key: string; description: string }[],
): Promise<void> {
  await db.query(
    "DELETE FROM work_system_infrastructure WHERE workspace_id = $1 AND work_system_id = $2",
    [workspaceId, workSystemId],
  );
  if (items.length > 0) {
    await db.query(
      `WITH given AS (
         SELECT * FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(name, name_key, description, ord)
       ), upserted AS (
         INSERT INTO infrastructure (workspace_id, organisation_id, name, name_key, description)
         SELECT $1, $2, name, name_key, description FROM given
         ON CONFLICT (organisation_id, name_key) DO UPDATE
           SET description = CASE WHEN EXCLUDED.description = '' THEN infrastructure.description
                                  ELSE EXCLUDED.description END
         RETURNING id, name_key
       )
       INSERT INTO work_system_infrastructure (workspace_id, work_system_id, infrastructure_id, position)
       SELECT $1, $6, u.id, g.ord - 1 FROM upserted u JOIN given g ON g.name_key = u.name_key`,
      [
        workspaceId,
        organisationId,
        items.map((i) => i.name),
        items.map((i) => i.key),
        items.map((i) => i.description),
        workSystemId,
      ],
    );
  }
  await db.query(
    `DELETE FROM infrastructure i WHERE i.workspace_id = $1 AND i.organisation_id = $2
       AND NOT EXISTS (SELECT 1 FROM work_system_infrastructure l WHERE l.infrastructure_id = i.id)`,
    [workspaceId, organisationId],
  );
}

export async function listInfrastructureOf(
  db: Queryable,
  workspaceId: string,
  workSystemId: string,
): Promise<InfrastructureRow[]> {
  return db.query<InfrastructureRow>(
    `SELECT i.id, i.name, i.description,
       coalesce((SELECT array_agg(w.name ORDER BY w.name_key)
                 FROM work_system_infrastructure o JOIN work_system w ON w.id = o.work_system_id
                 WHERE o.infrastructure_id = i.id AND o.work_system_id <> $2), '{}') AS shared_with
     FROM work_system_infrastructure l JOIN infrastructure i ON i.id = l.infrastructure_id
     WHERE l.workspace_id = $1 AND l.work_system_id = $2
     ORDER BY l.position`,
    [workspaceId, workSystemId],
  );
}

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

export type RatingValue = "met" | "partly" | "not_met" | "not_known" | "not_applicable";

export interface RatingRow {
  work_system_id: string;
  guideline_code: string;
  rating: RatingValue;
  note: string;
  evidence: string;
  rated_at: string;
}

export async function insertRatings(
  db: Queryable,
  workspaceId: string,
  rows: readonly {
    workSystemId: string;
    guidelineCode: string;
    rating: RatingValue;
    note: string;
    evidence: string;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  // WITH ORDINALITY keeps the file's order in seq, so a later line about the same guideline wins.
  await db.query(
    `INSERT INTO guideline_rating (workspace_id, work_system_id, guideline_code, rating, note, evidence)
     SELECT $1, t.w, t.g, t.r, t.n, t.e
     FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS t(w, g, r, n, e, ord)
     ORDER BY t.ord`,
    [
      workspaceId,
      rows.map((r) => r.workSystemId),
      rows.map((r) => r.guidelineCode),
      rows.map((r) => r.rating),
      rows.map((r) => r.note),
      rows.map((r) => r.evidence),
    ],
  );
}

const RATING_COLUMNS = `work_system_id, guideline_code, rating, note, evidence,
  to_char(rated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS rated_at`;

/** The rating that counts for each (work system, guideline): the most recent one. */
export async function listLatestRatings(
  db: Queryable,
  workspaceId: string,
  workSystemIds: readonly string[],
): Promise<RatingRow[]> {
  return db.query<RatingRow>(
    `SELECT DISTINCT ON (work_system_id, guideline_code) ${RATING_COLUMNS}
     FROM guideline_rating WHERE workspace_id = $1 AND work_system_id = ANY($2::uuid[])
     ORDER BY work_system_id, guideline_code, seq DESC`,
    [workspaceId, workSystemIds],
  );
}

/** Every rating of one work system, newest first. */
export async function listRatingHistory(
  db: Queryable,
  workspaceId: string,
  workSystemId: string,
  guidelineCode?: string,
): Promise<RatingRow[]> {
  return db.query<RatingRow>(
    `SELECT ${RATING_COLUMNS} FROM guideline_rating
     WHERE workspace_id = $1 AND work_system_id = $2 AND ($3::text IS NULL OR guideline_code = $3)
     ORDER BY seq DESC`,
    [workspaceId, workSystemId, guidelineCode ?? null],
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
