import type { Queryable } from "../db/database.js";

/**
 * The SQL of guideline ratings: each rating is kept (a history), and the latest one per work
 * system and guideline is the one that counts. Every query names the workspace.
 */

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
