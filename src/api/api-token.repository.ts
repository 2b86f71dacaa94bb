import type { Role } from "../account/account.repository.js";
import type { Queryable } from "../db/database.js";

export interface ApiTokenRow {
  id: string;
  name: string;
  email: string;
  created_at: Date;
  last_used_on: string | null;
  revoked_at: Date | null;
}

/** The person a token acts for, read afresh on every request so a role change applies at once. */
export interface TokenUserRow {
  token_id: string;
  last_used_on: string | null;
  user_id: string;
  workspace_id: string;
  email: string;
  role: Role;
}

const SELECT_TOKEN = `SELECT t.id, t.name, u.email, t.created_at, t.last_used_on::text AS last_used_on, t.revoked_at
  FROM api_token t JOIN app_user u ON u.workspace_id = t.workspace_id AND u.id = t.user_id`;

export async function insertApiToken(
  db: Queryable,
  token: { workspaceId: string; userId: string; name: string; tokenHash: string },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO api_token (workspace_id, user_id, name, token_hash) VALUES ($1, $2, $3, $4)
     RETURNING id`,
    [token.workspaceId, token.userId, token.name, token.tokenHash],
  );
  if (!row) throw new Error("insertApiToken returned no row");
  return row.id;
}

/** A workspace's tokens, newest first; only one person's when userId is given. */
export async function listApiTokens(
  db: Queryable,
  workspaceId: string,
  userId?: string,
): Promise<ApiTokenRow[]> {
  return db.query<ApiTokenRow>(
    `${SELECT_TOKEN} WHERE t.workspace_id = $1 AND ($2::uuid IS NULL OR t.user_id = $2)
     ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.id`,
    [workspaceId, userId ?? null],
  );
}

export async function findApiTokensByIdPrefix(
  db: Queryable,
  workspaceId: string,
  prefix: string,
): Promise<ApiTokenRow[]> {
  return db.query<ApiTokenRow>(
    `${SELECT_TOKEN} WHERE t.workspace_id = $1 AND t.id::text LIKE $2 ORDER BY t.id LIMIT 5`,
    [workspaceId, `${prefix}%`],
  );
}

/** Looks a token up by its hash, across workspaces: the token is all a caller presents. */
export async function findTokenUser(
  db: Queryable,
  tokenHash: string,
): Promise<TokenUserRow | undefined> {
  const [row] = await db.query<TokenUserRow>(
    `SELECT t.id AS token_id, t.last_used_on::text AS last_used_on, u.id AS user_id,
            u.workspace_id, u.email, u.role
     FROM api_token t JOIN app_user u ON u.workspace_id = t.workspace_id AND u.id = t.user_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
    [tokenHash],
  );
  return row;
}

/** Notes the day a token was used; at most one write per token and day. */
export async function touchApiToken(db: Queryable, id: string): Promise<void> {
  await db.query(
    `UPDATE api_token SET last_used_on = current_date
     WHERE id = $1 AND last_used_on IS DISTINCT FROM current_date`,
    [id],
  );
}

/** Revokes a token of the workspace (of one person when userId is given); false if none. */
export async function revokeApiToken(
  db: Queryable,
  workspaceId: string,
  id: string,
  userId?: string,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE api_token SET revoked_at = coalesce(revoked_at, now())
     WHERE workspace_id = $1 AND id = $2 AND ($3::uuid IS NULL OR user_id = $3)
     RETURNING id`,
    [workspaceId, id, userId ?? null],
  );
  return rows.length === 1;
}
