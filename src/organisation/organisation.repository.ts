import type { Queryable } from "../db/database.js";

export interface OrganisationRow {
  id: string;
  name: string;
  name_key: string;
  sector: string | null;
  size_band: string | null;
}

export interface OrganisationSummaryRow extends OrganisationRow {
  groups: number;
  campaigns: number;
  respondents: number;
}

export async function listOrganisations(
  db: Queryable,
  workspaceId: string,
): Promise<OrganisationRow[]> {
  return db.query<OrganisationRow>(
    "SELECT id, name, name_key, sector, size_band FROM organisation WHERE workspace_id = $1 ORDER BY name_key",
    [workspaceId],
  );
}

export async function listOrganisationSummaries(
  db: Queryable,
  workspaceId: string,
): Promise<OrganisationSummaryRow[]> {
  return db.query<OrganisationSummaryRow>(
    `SELECT o.id, o.name, o.name_key, o.sector, o.size_band,
            (SELECT count(*)::int FROM org_group g WHERE g.organisation_id = o.id) AS groups,
            (SELECT count(*)::int FROM campaign c WHERE c.organisation_id = o.id) AS campaigns,
            (SELECT count(*)::int FROM response r JOIN campaign c ON c.id = r.campaign_id
             WHERE c.organisation_id = o.id) AS respondents
     FROM organisation o WHERE o.workspace_id = $1 ORDER BY o.name_key`,
    [workspaceId],
  );
}

export async function insertOrganisation(
  db: Queryable,
  workspaceId: string,
  org: { name: string; nameKey: string; sector: string | null; sizeBand: string | null },
): Promise<OrganisationRow> {
  const [row] = await db.query<OrganisationRow>(
    `INSERT INTO organisation (workspace_id, name, name_key, sector, size_band) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, name, name_key, sector, size_band`,
    [workspaceId, org.name, org.nameKey, org.sector, org.sizeBand],
  );
  if (!row) throw new Error("insertOrganisation returned no row");
  return row;
}

/** Fills in attributes that were unknown; never overwrites a known value. */
export async function fillOrganisationAttributes(
  db: Queryable,
  workspaceId: string,
  id: string,
  sector: string | null,
  sizeBand: string | null,
): Promise<void> {
  await db.query(
    `UPDATE organisation SET sector = coalesce(sector, $3), size_band = coalesce(size_band, $4)
     WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, id, sector, sizeBand],
  );
}

export interface GroupRow {
  id: string;
  organisation_id: string;
  name: string;
  name_key: string;
}

export async function listGroups(
  db: Queryable,
  workspaceId: string,
  organisationIds: string[],
): Promise<GroupRow[]> {
  return db.query<GroupRow>(
    `SELECT id, organisation_id, name, name_key FROM org_group
     WHERE workspace_id = $1 AND organisation_id = ANY($2::uuid[])`,
    [workspaceId, organisationIds],
  );
}

export async function insertGroup(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  name: string,
  key: string,
): Promise<GroupRow> {
  const [row] = await db.query<GroupRow>(
    `INSERT INTO org_group (workspace_id, organisation_id, name, name_key) VALUES ($1, $2, $3, $4)
     RETURNING id, organisation_id, name, name_key`,
    [workspaceId, organisationId, name, key],
  );
  if (!row) throw new Error("insertGroup returned no row");
  return row;
}

export async function findOrganisation(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<OrganisationRow | undefined> {
  const [row] = await db.query<OrganisationRow>(
    "SELECT id, name, name_key, sector, size_band FROM organisation WHERE workspace_id = $1 AND id = $2",
    [workspaceId, id],
  );
  return row;
}

export async function updateOrganisation(
  db: Queryable,
  workspaceId: string,
  id: string,
  org: { name: string; nameKey: string; sector: string | null; sizeBand: string | null },
): Promise<void> {
  await db.query(
    `UPDATE organisation SET name = $3, name_key = $4, sector = $5, size_band = $6
     WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, id, org.name, org.nameKey, org.sector, org.sizeBand],
  );
}

export interface GroupSummaryRow extends GroupRow {
  kind: string;
  respondents: number;
}

export async function listGroupSummaries(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
): Promise<GroupSummaryRow[]> {
  return db.query<GroupSummaryRow>(
    `SELECT g.id, g.organisation_id, g.name, g.name_key, g.kind,
            (SELECT count(*)::int FROM response r WHERE r.group_id = g.id) AS respondents
     FROM org_group g WHERE g.workspace_id = $1 AND g.organisation_id = $2 ORDER BY g.name_key`,
    [workspaceId, organisationId],
  );
}

export async function renameGroup(
  db: Queryable,
  workspaceId: string,
  id: string,
  name: string,
  key: string,
): Promise<void> {
  await db.query(
    "UPDATE org_group SET name = $3, name_key = $4 WHERE workspace_id = $1 AND id = $2",
    [workspaceId, id, name, key],
  );
}

/** Deletes a group nobody has answered in; false when answers point to it. */
export async function deleteUnusedGroup(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `DELETE FROM org_group g WHERE g.workspace_id = $1 AND g.id = $2
       AND NOT EXISTS (SELECT 1 FROM response r WHERE r.group_id = g.id)
       AND NOT EXISTS (SELECT 1 FROM work_system w WHERE w.group_id = g.id)
     RETURNING g.id`,
    [workspaceId, id],
  );
  return rows.length === 1;
}
