import type { Queryable } from "../db/database.js";

export interface InvitationRow {
  id: string;
  workspace_id: string;
  campaign_id: string;
  kind: "single" | "shared";
  access_code_hash: string | null;
  used: boolean;
}

export async function insertInvitations(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
  kind: "single" | "shared",
  tokenHashes: readonly string[],
  accessCodeHash: string | null,
): Promise<void> {
  await db.query(
    `INSERT INTO invitation (workspace_id, campaign_id, token_hash, kind, access_code_hash)
     SELECT $1, $2, t.hash, $3, $4 FROM unnest($5::text[]) AS t(hash)`,
    [workspaceId, campaignId, kind, accessCodeHash, tokenHashes],
  );
}

export async function countInvitations(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
): Promise<{ single: number; used: number; shared: number }> {
  const [row] = await db.query<{ single: number; used: number; shared: number }>(
    `SELECT count(*) FILTER (WHERE kind = 'single')::int AS single,
            count(*) FILTER (WHERE kind = 'single' AND used)::int AS used,
            count(*) FILTER (WHERE kind = 'shared')::int AS shared
     FROM invitation WHERE workspace_id = $1 AND campaign_id = $2`,
    [workspaceId, campaignId],
  );
  return row ?? { single: 0, used: 0, shared: 0 };
}
