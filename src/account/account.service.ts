import { randomBytes } from "node:crypto";
import type { Database, Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { hashToken } from "../invitation/invitation.js";
import { ensureWorkspace } from "../workspace/workspace.service.js";
import {
  countUsers,
  deleteOtherSessions,
  deleteSession,
  findSessionUser,
  findUserByEmail,
  insertSession,
  insertUser,
  type Role,
  type UserRow,
  updatePasswordHash,
} from "./account.repository.js";
import { hashPassword, passwordProblem, verifyPassword } from "./password.js";

export const ROLES: readonly Role[] = ["admin", "analyst", "viewer"];
export const SESSION_DAYS = 14;

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export function emailProblem(email: string): string | undefined {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.length > 254) {
    return "Enter an email address such as name@example.org.";
  }
  return undefined;
}

/** Creates an account in the default workspace (or the given one). */
export async function createUser(
  db: Database,
  input: { email: string; password: string; role: Role; workspace?: string },
): Promise<UserRow> {
  const checked = await checkNewUser(db, input);
  const workspace = await ensureWorkspace(db, input.workspace);
  return insertUser(db, { ...checked, workspaceId: workspace.id });
}

/** Creates an account in a workspace known by its id, e.g. by an administrator. */
export async function createUserIn(
  db: Queryable,
  workspaceId: string,
  input: { email: string; password: string; role: Role },
): Promise<UserRow> {
  return insertUser(db, { ...(await checkNewUser(db, input)), workspaceId });
}

async function checkNewUser(
  db: Queryable,
  input: { email: string; password: string; role: Role },
): Promise<{ email: string; passwordHash: string; role: Role }> {
  const email = normaliseEmail(input.email);
  const problem = emailProblem(email) ?? passwordProblem(input.password, email);
  if (problem) throw new RapportError("bad_account", problem);
  if (!ROLES.includes(input.role)) {
    throw new RapportError("bad_role", `The role must be one of: ${ROLES.join(", ")}.`);
  }
  if (await findUserByEmail(db, email)) {
    throw new RapportError("email_taken", `There is already an account for ${email}.`);
  }
  return { email, passwordHash: await hashPassword(input.password), role: input.role };
}

export async function hasAnyUser(db: Queryable): Promise<boolean> {
  return (await countUsers(db)) > 0;
}

// Compared against when the email is unknown, so both paths take the same time.
let decoyHash: Promise<string> | undefined;

export async function checkSignIn(
  db: Queryable,
  rawEmail: string,
  password: string,
): Promise<UserRow | undefined> {
  const user = await findUserByEmail(db, normaliseEmail(rawEmail));
  decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
  const ok = await verifyPassword(password, user?.password_hash ?? (await decoyHash));
  return ok && user ? user : undefined;
}

export async function startSession(db: Queryable, userId: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await insertSession(db, hashToken(id), userId, SESSION_DAYS);
  return id;
}

export async function sessionUser(
  db: Queryable,
  sessionId: string | undefined,
): Promise<UserRow | undefined> {
  if (!sessionId || !/^[A-Za-z0-9_-]{43}$/.test(sessionId)) return undefined;
  return findSessionUser(db, hashToken(sessionId));
}

export async function endSession(db: Queryable, sessionId: string): Promise<void> {
  await deleteSession(db, hashToken(sessionId));
}

export async function changePassword(
  db: Queryable,
  user: UserRow,
  sessionId: string,
  current: string,
  next: string,
): Promise<string | undefined> {
  if (!(await verifyPassword(current, user.password_hash)))
    return "Your current password did not match. Please try again.";
  const problem = passwordProblem(next, user.email);
  if (problem) return problem;
  await updatePasswordHash(db, user.id, await hashPassword(next));
  await deleteOtherSessions(db, user.id, hashToken(sessionId));
  return undefined;
}
