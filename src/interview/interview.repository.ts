import type { Queryable } from "../db/database.js";

export async function insertInterviewNotes(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
  responseId: string,
  notes: readonly { itemCode: string; body: string }[],
): Promise<void> {
  if (notes.length === 0) return;
  await db.query(
    `INSERT INTO interview_note (response_id, item_code, workspace_id, campaign_id, body)
     SELECT $1, t.item_code, $2, $3, t.body FROM unnest($4::text[], $5::text[]) AS t(item_code, body)`,
    [responseId, workspaceId, campaignId, notes.map((n) => n.itemCode), notes.map((n) => n.body)],
  );
}
