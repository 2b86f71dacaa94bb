import type { Queryable } from "../db/database.js";

export interface StudyRow {
  id: string;
  name: string;
  instrument_version_id: string;
  min_group_size: number;
  description: string;
}

export interface StudySummaryRow extends StudyRow {
  instrument_code: string;
  instrument_version: number;
  organisations: number;
  campaigns: number;
  /** Respondents of the first wave, the ones a study report counts; later waves are compared with it. */
  respondents: number;
  waves: number;
}

const STUDY_SELECT = `SELECT id, name, instrument_version_id, min_group_size, description FROM study
  WHERE workspace_id = $1`;

export async function findStudyByKey(
  db: Queryable,
  workspaceId: string,
  key: string,
): Promise<StudyRow | undefined> {
  const [row] = await db.query<StudyRow>(`${STUDY_SELECT} AND name_key = $2`, [workspaceId, key]);
  return row;
}

export async function findStudyById(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<StudyRow | undefined> {
  const [row] = await db.query<StudyRow>(`${STUDY_SELECT} AND id = $2`, [workspaceId, id]);
  return row;
}

export async function insertStudy(
  db: Queryable,
  workspaceId: string,
  study: {
    name: string;
    key: string;
    instrumentVersionId: string;
    description: string;
    minGroupSize: number;
  },
): Promise<StudyRow> {
  const [row] = await db.query<StudyRow>(
    `INSERT INTO study (workspace_id, name, name_key, instrument_version_id, description, min_group_size)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, name, instrument_version_id, min_group_size, description`,
    [
      workspaceId,
      study.name,
      study.key,
      study.instrumentVersionId,
      study.description,
      study.minGroupSize,
    ],
  );
  if (!row) throw new Error("insertStudy returned no row");
  return row;
}

export async function listStudySummaries(
  db: Queryable,
  workspaceId: string,
): Promise<StudySummaryRow[]> {
  return db.query<StudySummaryRow>(
    `SELECT s.id, s.name, s.instrument_version_id, s.min_group_size, s.description,
            i.code AS instrument_code, v.version AS instrument_version,
            (SELECT count(DISTINCT c.organisation_id)::int FROM campaign c WHERE c.study_id = s.id) AS organisations,
            (SELECT count(*)::int FROM campaign c WHERE c.study_id = s.id) AS campaigns,
            (SELECT count(*)::int FROM response r JOIN campaign c ON c.id = r.campaign_id
             WHERE c.study_id = s.id AND c.wave = 1) AS respondents,
            (SELECT coalesce(max(c.wave), 1)::int FROM campaign c WHERE c.study_id = s.id) AS waves
     FROM study s JOIN instrument_version v ON v.id = s.instrument_version_id
     JOIN instrument i ON i.id = v.instrument_id
     WHERE s.workspace_id = $1 ORDER BY s.created_at, s.name_key`,
    [workspaceId],
  );
}

export async function findImportBatch(
  db: Queryable,
  workspaceId: string,
  studyId: string,
  sha256: string,
): Promise<{ imported_on: string; respondents: number } | undefined> {
  const [row] = await db.query<{ imported_on: string; respondents: number }>(
    `SELECT imported_on, respondents FROM import_batch
     WHERE workspace_id = $1 AND study_id = $2 AND file_sha256 = $3 ORDER BY imported_on LIMIT 1`,
    [workspaceId, studyId, sha256],
  );
  return row;
}

export async function insertImportBatch(
  db: Queryable,
  workspaceId: string,
  studyId: string,
  sha256: string,
  respondents: number,
): Promise<void> {
  await db.query(
    "INSERT INTO import_batch (workspace_id, study_id, file_sha256, respondents) VALUES ($1, $2, $3, $4)",
    [workspaceId, studyId, sha256, respondents],
  );
}
