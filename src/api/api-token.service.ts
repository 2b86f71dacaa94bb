import { findUserByEmail, type UserRow } from "../account/account.repository.js";
import { normaliseEmail } from "../account/account.service.js";
import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { isUuid } from "../ids.js";
import { parseOrThrow } from "../validation.js";
import { hashApiToken, isWellFormedApiToken, newApiToken, TokenNameSchema } from "./api-token.js";
import {
  type ApiTokenRow,
  findApiTokensByIdPrefix,
  findTokenUser,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  type TokenUserRow,
  touchApiToken,
} from "./api-token.repository.js";

/** A token as its owner sees it: never the token itself, which exists only when it is made. */
export interface ApiTokenView {
  id: string;
  name: string;
  email: string;
  created_at: string;
  last_used_on: string | null;
  revoked_at: string | null;
}

function view(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    created_at: new Date(row.created_at).toISOString(),
    last_used_on: row.last_used_on,
    revoked_at: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  };
}

export interface CreatedApiToken extends ApiTokenView {
  /** Shown once; only its hash is kept. */
  token: string;
}

export async function createApiToken(
  db: Queryable,
  user: Pick<UserRow, "id" | "workspace_id" | "email">,
  input: unknown,
): Promise<CreatedApiToken> {
  const { name } = parseOrThrow(TokenNameSchema, input, "invalid_token_name", "This token");
  const token = newApiToken();
  const id = await insertApiToken(db, {
    workspaceId: user.workspace_id,
    userId: user.id,
    name,
    tokenHash: hashApiToken(token),
  });
  const created = (await listApiTokens(db, user.workspace_id, user.id)).find((t) => t.id === id);
  if (!created) throw new Error("api token vanished after insert");
  return { ...view(created), token };
}

export async function listTokensOf(
  db: Queryable,
  workspaceId: string,
  userId?: string,
): Promise<ApiTokenView[]> {
  return (await listApiTokens(db, workspaceId, userId)).map(view);
}

function tokenNotFound(): RapportError {
  return new RapportError(
    "token_not_found",
    "There is no such API token. It may have been revoked and removed already; see the list of tokens.",
  );
}

/** Revokes one of a person's own tokens (the web page passes the full id). */
export async function revokeOwnToken(
  db: Queryable,
  user: Pick<UserRow, "id" | "workspace_id">,
  id: string,
): Promise<void> {
  if (!isUuid(id) || !(await revokeApiToken(db, user.workspace_id, id, user.id)))
    throw tokenNotFound();
}

/** Revokes any token of the workspace by the first characters of its id (the command line). */
export async function revokeTokenByPrefix(
  db: Queryable,
  workspaceId: string,
  idOrPrefix: string,
): Promise<ApiTokenView> {
  const prefix = idOrPrefix.trim().toLowerCase();
  if (!/^[0-9a-f-]{4,36}$/.test(prefix)) {
    throw new RapportError(
      "bad_token_id",
      `"${idOrPrefix.slice(0, 40)}" is not a token id. Use the id shown by rapport token list (the first 8 characters are enough).`,
    );
  }
  const matches = await findApiTokensByIdPrefix(db, workspaceId, prefix);
  const [match] = matches;
  if (!match) {
    throw new RapportError(
      "token_not_found",
      `There is no API token with id ${prefix}. Run rapport token list to see the ids.`,
    );
  }
  if (matches.length > 1) {
    throw new RapportError(
      "token_ambiguous",
      `Several tokens start with ${prefix}. Type a few more characters of the id (see rapport token list).`,
    );
  }
  await revokeApiToken(db, workspaceId, match.id);
  const [revoked] = await findApiTokensByIdPrefix(db, workspaceId, match.id);
  return view(revoked ?? match);
}

/** The account behind an email address, in the given workspace only. */
export async function accountInWorkspace(
  db: Queryable,
  workspaceId: string,
  email: string,
): Promise<UserRow> {
  const address = normaliseEmail(email);
  const user = await findUserByEmail(db, address);
  if (!user || user.workspace_id !== workspaceId) {
    throw new RapportError(
      "user_not_found",
      `There is no account for ${address.slice(0, 254)} in this workspace. Create one with rapport user create --email ${address.slice(0, 254)}.`,
    );
  }
  return user;
}

/**
 * The person a presented token acts for, or undefined when the token is malformed, unknown or
 * revoked: callers learn nothing about which of these it was.
 */
export async function authenticateToken(
  db: Queryable,
  token: string,
): Promise<TokenUserRow | undefined> {
  if (!isWellFormedApiToken(token)) return undefined;
  const found = await findTokenUser(db, hashApiToken(token));
  if (found && found.last_used_on !== today()) await touchApiToken(db, found.token_id);
  return found;
}

function today(): string {
  // current_date on the server decides; this only saves a write on most requests.
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
