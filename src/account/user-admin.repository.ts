import type { Queryable } from "../db/database.js";
import type { Role } from "./account.repository.js";

/** Queries behind the administration of accounts; every one is scoped to a workspace. */
export interface UserSummaryRow {
  id: string;
  email: string;
  role: Role;
  created_at: Date;
  /** When the newest session still stored began: the last sign-in we know of. */
  last_sign_in: Date | null;
}

export async function listUsers(db: Queryable, workspaceId: string): Promise<UserSummaryRow[]> {
  return db.query<UserSummaryRow>(
    `SELECT u.id, u.email, u.role, u.created_at,
       (SELECT max(s.created_at) FROM user_session s WHERE s.user_id = u.id) AS last_sign_in
     FROM app_user u WHERE u.workspace_id = $1 ORDER BY u.email`,
    [workspaceId],
  );
}

export async function findUserInWorkspace(
  db: Queryable,
  workspaceId: string,
  userId: string,
): Promise<UserSummaryRow | undefined> {
  const [row] = await db.query<UserSummaryRow>(
    `SELECT u.id, u.email, u.role, u.created_at,
       (SELECT max(s.created_at) FROM user_session s WHERE s.user_id = u.id) AS last_sign_in
     FROM app_user u WHERE u.workspace_id = $1 AND u.id = $2`,
    [workspaceId, userId],
  );
  return row;
}

/**
 * The workspace's administrators, locked until the transaction ends, so that two people
 * demoting each other at the same moment cannot leave the workspace without one.
 */
export async function lockAdminIds(db: Queryable, workspaceId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    "SELECT id FROM app_user WHERE workspace_id = $1 AND role = 'admin' ORDER BY id FOR UPDATE",
    [workspaceId],
  );
  return rows.map((r) => r.id);
}

export async function updateRole(
  db: Queryable,
  workspaceId: string,
  userId: string,
  role: Role,
): Promise<void> {
  await db.query("UPDATE app_user SET role = $3 WHERE workspace_id = $1 AND id = $2", [
    workspaceId,
    userId,
    role,
  ]);
}

/** Ends every session of a user, wherever they are signed in. */
export async function deleteSessionsOf(db: Queryable, userId: string): Promise<void> {
  await db.query("DELETE FROM user_session WHERE user_id = $1", [userId]);
}

/** Removes an account; its sessions, API tokens and grants go with it (ON DELETE CASCADE). */
export async function deleteUser(
  db: Queryable,
  workspaceId: string,
  userId: string,
): Promise<void> {
  await db.query("DELETE FROM app_user WHERE workspace_id = $1 AND id = $2", [workspaceId, userId]);
}

export async function deleteGrant(
  db: Queryable,
  workspaceId: string,
  userId: string,
  organisationId: string,
): Promise<void> {
  await db.query(
    "DELETE FROM viewer_grant WHERE workspace_id = $1 AND user_id = $2 AND organisation_id = $3",
    [workspaceId, userId, organisationId],
  );
}
