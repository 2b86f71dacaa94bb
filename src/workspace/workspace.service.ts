import type { Database } from "../db/database.js";
import { RapportError } from "../errors.js";
import { ensureBuiltinInstruments } from "../instrument/instrument.service.js";
import { findWorkspaceBySlug, insertWorkspace, type WorkspaceRow } from "./workspace.repository.js";

export const DEFAULT_WORKSPACE = "default";

/**
 * The analyst's tenant. Until accounts exist the CLI and server work in one workspace,
 * "default"; every row they write still carries its id, so tenants stay apart later.
 */
export async function ensureWorkspace(
  db: Database,
  slug = DEFAULT_WORKSPACE,
): Promise<WorkspaceRow> {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug)) {
    throw new RapportError(
      "bad_workspace",
      `"${slug}" is not a valid workspace name: use lowercase letters, digits and -, for example acme-audit.`,
    );
  }
  const workspace =
    (await findWorkspaceBySlug(db, slug)) ??
    (await insertWorkspace(db, slug, slug === DEFAULT_WORKSPACE ? "My workspace" : slug));
  await ensureBuiltinInstruments(db, workspace.id);
  return workspace;
}
