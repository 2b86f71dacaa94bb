import type { Queryable } from "../db/database.js";

export interface ScaleAnswerRow {
  response_id: string;
  community: string | null;
  item_code: string;
  choice: string;
}

/**
 * The answers to some Likert items of one campaign, per response, so each respondent's scale
 * score can be computed. Only means, spreads and counts of these scores ever leave the service.
 */
export async function listScaleAnswers(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
  itemCodes: readonly string[],
): Promise<ScaleAnswerRow[]> {
  if (itemCodes.length === 0) return [];
  return db.query<ScaleAnswerRow>(
    `SELECT a.response_id, r.community, a.item_code, a.choice
     FROM answer a JOIN response r ON r.id = a.response_id
     WHERE a.workspace_id = $1 AND a.campaign_id = $2 AND a.item_code = ANY($3::text[])
       AND a.choice IS NOT NULL`,
    [workspaceId, campaignId, itemCodes],
  );
}
