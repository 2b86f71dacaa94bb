import type { Queryable } from "../db/database.js";

/** One closed answer of a campaign with the community its response carries. */
export interface AnswerRow {
  response_id: string;
  community: string | null;
  item_code: string;
  choice: string | null;
  choices: string[] | null;
  number: number | null;
}

/**
 * Every closed answer of the campaign, plus one row per response with no item (item_code
 * empty) so respondents who skipped everything still count in group sizes.
 */
export async function listCampaignAnswers(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
): Promise<AnswerRow[]> {
  return db.query<AnswerRow>(
    `SELECT r.id AS response_id, r.community, coalesce(a.item_code, '') AS item_code,
       a.choice, a.choices, a.number
     FROM response r LEFT JOIN answer a ON a.response_id = r.id AND a.workspace_id = r.workspace_id
     WHERE r.workspace_id = $1 AND r.campaign_id = $2
     ORDER BY r.id, a.item_code`,
    [workspaceId, campaignId],
  );
}

export interface WrittenRow {
  response_id: string;
  item_code: string;
  body: string;
}

/** The campaign's written answers with the response they belong to (never shown as such). */
export async function listCampaignWritten(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
): Promise<WrittenRow[]> {
  return db.query<WrittenRow>(
    `SELECT response_id, item_code, body FROM open_answer
     WHERE workspace_id = $1 AND campaign_id = $2 ORDER BY response_id, item_code`,
    [workspaceId, campaignId],
  );
}
