import type { Queryable } from "../db/database.js";

export interface WorkspaceRow {
  id: string;
  slug: string;
  name: string;
}

export async function findWorkspaceBySlug(
  db: Queryable,
  slug: string,
): Promise<WorkspaceRow | undefined> {
  const [row] = await db.query<WorkspaceRow>(
    "SELECT id, slug, name FROM workspace WHERE slug = $1",
    [slug],
  );
  return row;
}

export async function insertWorkspace(
  db: Queryable,
  slug: string,
  name: string,
): Promise<WorkspaceRow> {
  const [row] = await db.query<WorkspaceRow>(
    `INSERT INTO workspace (slug, name) VALUES ($1, $2)
     ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug
     RETURNING id, slug, name`,
    [slug, name],
  );
  if (!row) throw new Error("insertWorkspace returned no row");
  return row;
}
