import type { Database, Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { isUuid } from "../ids.js";
import {
  findOrganisation,
  listOrganisations,
  type OrganisationRow,
} from "../organisation/organisation.repository.js";
import {
  findUserByEmail,
  insertGrant,
  listGrantedOrganisationIds,
  type Role,
} from "./account.repository.js";
import { createUserIn, emailProblem, normaliseEmail, ROLES } from "./account.service.js";
import { generatePassword, passwordProblem } from "./password.js";
import {
  deleteGrant,
  deleteSessionsOf,
  deleteUser,
  findUserInWorkspace,
  listUsers,
  lockAdminIds,
  type UserSummaryRow,
  updateRole,
} from "./user-admin.repository.js";

/**
 * What an administrator does with the accounts of a workspace: add, change a role, remove, and
 * choose which organisations a viewer may read. Two rules hold throughout: a workspace always
 * keeps an administrator, and nobody changes or removes their own account here (so nobody
 * locks themselves out by a slip). The command line has no signed-in person: `actorId` is
 * then left out and only the first rule applies.
 */
export interface AccountView extends UserSummaryRow {
  /** For viewers: the organisations they may read, by name. */
  granted: OrganisationRow[];
}

export async function listAccounts(
  db: Queryable,
  workspaceId: string,
): Promise<{ accounts: AccountView[]; organisations: OrganisationRow[] }> {
  const organisations = await listOrganisations(db, workspaceId);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const accounts: AccountView[] = [];
  for (const user of await listUsers(db, workspaceId)) {
    const ids =
      user.role === "viewer" ? await listGrantedOrganisationIds(db, workspaceId, user.id) : [];
    const granted = ids.flatMap((id) => byId.get(id) ?? []);
    accounts.push({
      ...user,
      granted: granted.sort((a, b) => a.name_key.localeCompare(b.name_key)),
    });
  }
  return { accounts, organisations };
}

function userNotFound(): RapportError {
  return new RapportError(
    "user_not_found",
    "There is no such account in this workspace. It may have been removed; see the list of people.",
  );
}

export function parseRole(raw: string): Role {
  const role = ROLES.find((r) => r === raw);
  if (!role) {
    throw new RapportError("bad_role", `Choose a role: ${ROLES.join(", ")}.`, [
      { path: "role", message: `Choose one of: ${ROLES.join(", ")}.` },
    ]);
  }
  return role;
}

async function accountOf(db: Queryable, workspaceId: string, userId: string) {
  const user = isUuid(userId) ? await findUserInWorkspace(db, workspaceId, userId) : undefined;
  if (!user) throw userNotFound();
  return user;
}

/** An account found by its id or its email address, for the command line. */
export async function findAccount(
  db: Queryable,
  workspaceId: string,
  idOrEmail: string,
): Promise<UserSummaryRow> {
  if (isUuid(idOrEmail)) return accountOf(db, workspaceId, idOrEmail);
  const byEmail = await findUserByEmail(db, normaliseEmail(idOrEmail));
  if (!byEmail || byEmail.workspace_id !== workspaceId) throw userNotFound();
  return accountOf(db, workspaceId, byEmail.id);
}

function notYourself(actorId: string | undefined, userId: string, what: string): void {
  if (actorId === userId) {
    throw new RapportError(
      "own_account",
      `You cannot ${what} your own account. Ask another administrator to do it.`,
    );
  }
}

const LAST_ADMIN =
  "This is the only administrator of the workspace. Make someone else an administrator first.";

/**
 * Adds an account. Without a password one is made: it is returned once, to be handed over,
 * and never stored except as its hash.
 */
export async function addAccount(
  db: Queryable,
  workspaceId: string,
  input: { email: string; role: string; password?: string | undefined },
): Promise<{ account: UserSummaryRow; password?: string }> {
  const email = normaliseEmail(input.email);
  const role = parseRole(input.role);
  const emailIssue = emailProblem(email);
  if (emailIssue)
    throw new RapportError("bad_account", emailIssue, [{ path: "email", message: emailIssue }]);
  const chosen = input.password !== undefined && input.password !== "";
  const password = chosen ? (input.password ?? "") : generatePassword(email);
  const passwordIssue = passwordProblem(password, email);
  if (passwordIssue) {
    throw new RapportError("bad_account", passwordIssue, [
      { path: "password", message: passwordIssue },
    ]);
  }
  if (await findUserByEmail(db, email)) {
    const taken = `There is already an account for ${email}.`;
    throw new RapportError("email_taken", taken, [{ path: "email", message: taken }]);
  }
  const created = await createUserIn(db, workspaceId, { email, password, role });
  const account = await accountOf(db, workspaceId, created.id);
  return chosen ? { account } : { account, password };
}

export async function changeRole(
  db: Database,
  workspaceId: string,
  userId: string,
  rawRole: string,
  actorId?: string,
): Promise<UserSummaryRow> {
  const role = parseRole(rawRole);
  return db.transaction(async (tx) => {
    const user = await accountOf(tx, workspaceId, userId);
    if (user.role === role) return user;
    notYourself(actorId, user.id, "change the role of");
    const admins = await lockAdminIds(tx, workspaceId);
    if (user.role === "admin" && admins.length <= 1) {
      throw new RapportError("last_admin", LAST_ADMIN);
    }
    await updateRole(tx, workspaceId, user.id, role);
    return { ...user, role };
  });
}

/** Removes an account: its sessions end and its API tokens stop working at once. */
export async function removeAccount(
  db: Database,
  workspaceId: string,
  userId: string,
  actorId?: string,
): Promise<UserSummaryRow> {
  return db.transaction(async (tx) => {
    const user = await accountOf(tx, workspaceId, userId);
    notYourself(actorId, user.id, "remove");
    const admins = await lockAdminIds(tx, workspaceId);
    if (user.role === "admin" && admins.length <= 1) {
      throw new RapportError("last_admin", LAST_ADMIN);
    }
    await deleteSessionsOf(tx, user.id);
    await deleteUser(tx, workspaceId, user.id);
    return user;
  });
}

/**
 * Grants a viewer the reports of one more organisation, or takes that back (nothing happens if
 * there was none). Admins and analysts read every organisation, so only viewers get grants.
 */
export async function setOrganisationAccess(
  db: Queryable,
  workspaceId: string,
  userId: string,
  organisationId: string,
  access: "grant" | "revoke",
): Promise<{ user: UserSummaryRow; organisation: OrganisationRow }> {
  const user = await accountOf(db, workspaceId, userId);
  const organisation = isUuid(organisationId)
    ? await findOrganisation(db, workspaceId, organisationId)
    : undefined;
  if (!organisation) {
    throw new RapportError(
      "organisation_not_found",
      "There is no such organisation in this workspace. Choose one from the list.",
      [{ path: "organisation", message: "Choose an organisation from the list." }],
    );
  }
  if (access === "revoke") {
    await deleteGrant(db, workspaceId, user.id, organisation.id);
  } else if (user.role !== "viewer") {
    throw new RapportError(
      "not_a_viewer",
      `${user.email} is an ${user.role} and already reads every organisation. Access is chosen per organisation for viewers only.`,
    );
  } else {
    await insertGrant(db, workspaceId, user.id, organisation.id);
  }
  return { user, organisation };
}
