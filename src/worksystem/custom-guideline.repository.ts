import type { Queryable } from "../db/database.js";
import type { Guideline } from "./guideline.schema.js";

/**
 * The SQL of a workspace's own guidelines. Each row holds one guideline as the catalogue file
 * writes it; the service checks it with the catalogue schema before it is stored.
 */

export async function listCustomGuidelineRows(
  db: Queryable,
  workspaceId: string,
): Promise<{ code: string; body: unknown }[]> {
  return db.query<{ code: string; body: unknown }>(
    "SELECT code, body FROM custom_guideline WHERE workspace_id = $1 ORDER BY code",
    [workspaceId],
  );
}

/** Adds the guidelines, or replaces those with the same code. */
export async function upsertCustomGuidelines(
  db: Queryable,
  workspaceId: string,
  guidelines: readonly Guideline[],
): Promise<void> {
  for (const guideline of guidelines) {
    await db.query(
      `INSERT INTO custom_guideline (workspace_id, code, body) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (workspace_id, code) DO UPDATE SET body = EXCLUDED.body, updated_at = now()`,
      [workspaceId, guideline.code, JSON.stringify(guideline)],
    );
  }
}

export async function deleteCustomGuideline(
  db: Queryable,
  workspaceId: string,
  code: string,
): Promise<boolean> {
  const rows = await db.query<{ code: string }>(
    "DELETE FROM custom_guideline WHERE workspace_id = $1 AND code = $2 RETURNING code",
    [workspaceId, code],
  );
  return rows.length > 0;
}
