import type { Queryable } from "../db/database.js";

export type Role = "admin" | "analyst" | "viewer";

export interface UserRow {
  id: string;
  workspace_id: string;
  email: string;
  password_hash: string;
  role: Role;
}

export async function countUsers(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM app_user");
  return row?.n ?? 0;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>(
    "SELECT id, workspace_id, email, password_hash, role FROM app_user WHERE email = $1",
    [email],
  );
  return row;
}

export async function insertUser(
  db: Queryable,
  user: { workspaceId: string; email: string; passwordHash: string; role: Role },
): Promise<UserRow> {
  const [row] = await db.query<UserRow>(
    `INSERT INTO app_user (workspace_id, email, password_hash, role) VALUES ($1, $2, $3, $4)
     RETURNING id, workspace_id, email, password_hash, role`,
    [user.workspaceId, user.email, user.passwordHash, user.role],
  );
  if (!row) throw new Error("insertUser returned no row");
  return row;
}

export async function updatePasswordHash(
  db: Queryable,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db.query("UPDATE app_user SET password_hash = $2 WHERE id = $1", [userId, passwordHash]);
}

export async function insertSession(
  db: Queryable,
  idHash: string,
  userId: string,
  days: number,
): Promise<void> {
  await db.query(
    "INSERT INTO user_session (id_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))",
    [idHash, userId, days],
  );
}

export async function findSessionUser(db: Queryable, idHash: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>(
    `SELECT u.id, u.workspace_id, u.email, u.password_hash, u.role
     FROM user_session s JOIN app_user u ON u.id = s.user_id
     WHERE s.id_hash = $1 AND s.expires_at > now()`,
    [idHash],
  );
  return row;
}

export async function deleteSession(db: Queryable, idHash: string): Promise<void> {
  await db.query("DELETE FROM user_session WHERE id_hash = $1", [idHash]);
}

/** Signs a user out everywhere but here, e.g. after a password change. */
export async function deleteOtherSessions(
  db: Queryable,
  userId: string,
  keepIdHash: string,
): Promise<void> {
  await db.query("DELETE FROM user_session WHERE user_id = $1 AND id_hash <> $2", [
    userId,
    keepIdHash,
  ]);
}

/** The organisations whose reports a viewer may read. */
export async function listGrantedOrganisationIds(
  db: Queryable,
  workspaceId: string,
  userId: string,
): Promise<string[]> {
  const rows = await db.query<{ organisation_id: string }>(
    "SELECT organisation_id FROM viewer_grant WHERE workspace_id = $1 AND user_id = $2",
    [workspaceId, userId],
  );
  return rows.map((r) => r.organisation_id);
}

export async function insertGrant(
  db: Queryable,
  workspaceId: string,
  userId: string,
  organisationId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO viewer_grant (workspace_id, user_id, organisation_id) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING`,
    [workspaceId, userId, organisationId],
  );
}
