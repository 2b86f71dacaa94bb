import type { Queryable } from "../db/database.js";

export interface OpenAnswerRow {
  item_code: string;
  body: string;
  community: string | null;
}

/** The written answers of some campaigns, with only the attribute used to group them. */
export async function listOpenAnswers(
  db: Queryable,
  workspaceId: string,
  campaignIds: readonly string[],
): Promise<OpenAnswerRow[]> {
  return db.query<OpenAnswerRow>(
    `SELECT o.item_code, o.body, r.community FROM open_answer o JOIN response r ON r.id = o.response_id
     WHERE o.workspace_id = $1 AND o.campaign_id = ANY($2::uuid[])`,
    [workspaceId, campaignIds],
  );
}

/** Respondents per community (not answers), which is what the privacy gate counts. */
export async function countRespondentsByCommunity(
  db: Queryable,
  workspaceId: string,
  campaignIds: readonly string[],
): Promise<{ community: string | null; n: number }[]> {
  return db.query<{ community: string | null; n: number }>(
    `SELECT community, count(*)::int AS n FROM response WHERE workspace_id = $1 AND campaign_id = ANY($2::uuid[]) GROUP BY community`,
    [workspaceId, campaignIds],
  );
}

/** Interview notes, shaped like written answers under the code "note:<item>". */
export async function listInterviewNotes(
  db: Queryable,
  workspaceId: string,
  campaignIds: readonly string[],
): Promise<OpenAnswerRow[]> {
  return db.query<OpenAnswerRow>(
    `SELECT 'note:' || n.item_code AS item_code, n.body, r.community
     FROM interview_note n JOIN response r ON r.id = n.response_id
     WHERE n.workspace_id = $1 AND n.campaign_id = ANY($2::uuid[])`,
    [workspaceId, campaignIds],
  );
}
