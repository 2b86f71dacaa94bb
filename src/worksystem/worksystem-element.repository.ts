import type { Queryable } from "../db/database.js";
import type { Community } from "../organisation/organisation.js";
import type { SensitivityLevel, WorkSystemElement } from "./worksystem.js";

/**
 * The SQL of what a work system is made of: its element entries (customers, participants,
 * information ...) and its links to the organisation's shared infrastructure. Kept apart from
 * worksystem.repository.ts, which holds the work-system rows themselves.
 */

export interface EntryRow {
  element: Exclude<WorkSystemElement, "infrastructure">;
  position: number;
  name: string;
  description: string;
  community: Community | null;
  headcount: number | null;
  sensitivity: SensitivityLevel | null;
}

export async function replaceEntries(
  db: Queryable,
  workspaceId: string,
  workSystemId: string,
  entries: readonly EntryRow[],
): Promise<void> {
  await db.query("DELETE FROM work_system_entry WHERE workspace_id = $1 AND work_system_id = $2", [
    workspaceId,
    workSystemId,
  ]);
  if (entries.length === 0) return;
  await db.query(
    `INSERT INTO work_system_entry
       (workspace_id, work_system_id, element, position, name, description, community, headcount, sensitivity)
     SELECT $1, $2, * FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[])`,
    [
      workspaceId,
      workSystemId,
      entries.map((e) => e.element),
      entries.map((e) => e.position),
      entries.map((e) => e.name),
      entries.map((e) => e.description),
      entries.map((e) => e.community),
      entries.map((e) => e.headcount),
      entries.map((e) => e.sensitivity),
    ],
  );
}

export async function listEntries(
  db: Queryable,
  workspaceId: string,
  workSystemId: string,
): Promise<EntryRow[]> {
  return db.query<EntryRow>(
    `SELECT element, position, name, description, community, headcount, sensitivity
     FROM work_system_entry WHERE workspace_id = $1 AND work_system_id = $2
     ORDER BY element, position`,
    [workspaceId, workSystemId],
  );
}

export interface InfrastructureRow {
  id: string;
  name: string;
  description: string;
  /** Names of the organisation's other work systems that share it. */
  shared_with: string[];
}

/**
 * Links a work system to the organisation's shared infrastructure, creating items it names for
 * the first time; a description given here becomes the item's description for every work
 * system. Items no work system uses any more are removed.
 */
export async function replaceInfrastructure(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  workSystemId: string,
  items: readonly { name: string; key: string; description: string }[],
): Promise<void> {
  await db.query(
    "DELETE FROM work_system_infrastructure WHERE workspace_id = $1 AND work_system_id = $2",
    [workspaceId, workSystemId],
  );
  if (items.length > 0) {
    await db.query(
      `WITH given AS (
         SELECT * FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(name, name_key, description, ord)
       ), upserted AS (
         INSERT INTO infrastructure (workspace_id, organisation_id, name, name_key, description)
         SELECT $1, $2, name, name_key, description FROM given
         ON CONFLICT (organisation_id, name_key) DO UPDATE
           SET description = CASE WHEN EXCLUDED.description = '' THEN infrastructure.description
                                  ELSE EXCLUDED.description END
         RETURNING id, name_key
       )
       INSERT INTO work_system_infrastructure (workspace_id, work_system_id, infrastructure_id, position)
       SELECT $1, $6, u.id, g.ord - 1 FROM upserted u JOIN given g ON g.name_key = u.name_key`,
      [
        workspaceId,
        organisationId,
        items.map((i) => i.name),
        items.map((i) => i.key),
        items.map((i) => i.description),
        workSystemId,
      ],
    );
  }
  await db.query(
    `DELETE FROM infrastructure i WHERE i.workspace_id = $1 AND i.organisation_id = $2
       AND NOT EXISTS (SELECT 1 FROM work_system_infrastructure l WHERE l.infrastructure_id = i.id)`,
    [workspaceId, organisationId],
  );
}

export async function listInfrastructureOf(
  db: Queryable,
  workspaceId: string,
  workSystemId: string,
): Promise<InfrastructureRow[]> {
  return db.query<InfrastructureRow>(
    `SELECT i.id, i.name, i.description,
       coalesce((SELECT array_agg(w.name ORDER BY w.name_key)
                 FROM work_system_infrastructure o JOIN work_system w ON w.id = o.work_system_id
                 WHERE o.infrastructure_id = i.id AND o.work_system_id <> $2), '{}') AS shared_with
     FROM work_system_infrastructure l JOIN infrastructure i ON i.id = l.infrastructure_id
     WHERE l.workspace_id = $1 AND l.work_system_id = $2
     ORDER BY l.position`,
    [workspaceId, workSystemId],
  );
}
