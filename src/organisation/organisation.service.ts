import type { Database, Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { isUuid } from "../ids.js";
import { parseOrThrow } from "../validation.js";
import { nameKey } from "./organisation.js";
import {
  deleteUnusedGroup,
  findOrganisation,
  type GroupSummaryRow,
  insertGroup,
  insertOrganisation,
  listGroupSummaries,
  listOrganisations,
  type OrganisationRow,
  renameGroup,
  updateOrganisation as updateOrganisationRow,
} from "./organisation.repository.js";
import { GroupInputSchema, OrganisationInputSchema } from "./organisation.schema.js";

export { listOrganisationSummaries } from "./organisation.repository.js";

export interface OrganisationDetail extends OrganisationRow {
  groups: GroupSummaryRow[];
}

function notFound(): RapportError {
  return new RapportError(
    "organisation_not_found",
    "There is no such organisation in this workspace. It may have been removed; see the list of organisations.",
  );
}

export async function getOrganisation(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<OrganisationDetail> {
  if (!isUuid(id)) throw notFound();
  const org = await findOrganisation(db, workspaceId, id);
  if (!org) throw notFound();
  return { ...org, groups: await listGroupSummaries(db, workspaceId, id) };
}

async function refuseTakenName(
  db: Queryable,
  workspaceId: string,
  key: string,
  exceptId?: string,
): Promise<void> {
  const clash = (await listOrganisations(db, workspaceId)).find(
    (o) => o.name_key === key && o.id !== exceptId,
  );
  if (clash) {
    throw new RapportError(
      "organisation_exists",
      `There is already an organisation called "${clash.name}". Choose another name, or open that one to change it.`,
      [{ path: "name", message: "This name is already in use." }],
    );
  }
}

/** Creates an organisation with its groups (departments, teams), all or nothing. */
export async function createOrganisation(
  db: Database,
  workspaceId: string,
  input: unknown,
): Promise<OrganisationDetail> {
  const parsed = parseOrThrow(
    OrganisationInputSchema,
    input,
    "invalid_organisation",
    "This organisation",
  );
  const key = nameKey(parsed.name);
  const id = await db.transaction(async (tx) => {
    await refuseTakenName(tx, workspaceId, key);
    const org = await insertOrganisation(tx, workspaceId, {
      name: parsed.name,
      nameKey: key,
      sector: parsed.sector,
      sizeBand: parsed.size_band,
    });
    const seen = new Set<string>();
    for (const group of parsed.groups ?? []) {
      const groupKey = nameKey(group);
      if (seen.has(groupKey)) continue;
      seen.add(groupKey);
      await insertGroup(tx, workspaceId, org.id, group, groupKey);
    }
    return org.id;
  });
  return getOrganisation(db, workspaceId, id);
}

/** Changes name, sector and size band; groups are changed one by one (answers point to them). */
export async function updateOrganisation(
  db: Database,
  workspaceId: string,
  id: string,
  input: unknown,
): Promise<OrganisationDetail> {
  const current = await getOrganisation(db, workspaceId, id);
  const parsed = parseOrThrow(
    OrganisationInputSchema.omit({ groups: true }),
    input,
    "invalid_organisation",
    "This organisation",
  );
  const key = nameKey(parsed.name);
  await db.transaction(async (tx) => {
    await refuseTakenName(tx, workspaceId, key, current.id);
    await updateOrganisationRow(tx, workspaceId, current.id, {
      name: parsed.name,
      nameKey: key,
      sector: parsed.sector,
      sizeBand: parsed.size_band,
    });
  });
  return getOrganisation(db, workspaceId, id);
}

function groupExists(name: string): RapportError {
  return new RapportError(
    "group_exists",
    `There is already a group called "${name}" in this organisation.`,
    [{ path: "name", message: "This name is already in use." }],
  );
}

export async function addGroup(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  input: unknown,
): Promise<OrganisationDetail> {
  const org = await getOrganisation(db, workspaceId, organisationId);
  const { name } = parseOrThrow(GroupInputSchema, input, "invalid_group", "This group");
  const key = nameKey(name);
  const clash = org.groups.find((g) => g.name_key === key);
  if (clash) throw groupExists(clash.name);
  await insertGroup(db, workspaceId, org.id, name, key);
  return getOrganisation(db, workspaceId, organisationId);
}

function groupNotFound(): RapportError {
  return new RapportError(
    "group_not_found",
    "There is no such group in this organisation. It may have been removed already.",
  );
}

export async function changeGroup(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  groupId: string,
  input: unknown,
): Promise<OrganisationDetail> {
  const org = await getOrganisation(db, workspaceId, organisationId);
  const group = org.groups.find((g) => g.id === groupId);
  if (!group) throw groupNotFound();
  const { name } = parseOrThrow(GroupInputSchema, input, "invalid_group", "This group");
  const key = nameKey(name);
  const clash = org.groups.find((g) => g.name_key === key && g.id !== groupId);
  if (clash) throw groupExists(clash.name);
  await renameGroup(db, workspaceId, groupId, name, key);
  return getOrganisation(db, workspaceId, organisationId);
}

/** Removes a group, but only while nobody has answered in it: answers keep their group. */
export async function removeGroup(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  groupId: string,
): Promise<OrganisationDetail> {
  const org = await getOrganisation(db, workspaceId, organisationId);
  const group = org.groups.find((g) => g.id === groupId);
  if (!group) throw groupNotFound();
  if (!(await deleteUnusedGroup(db, workspaceId, groupId))) {
    throw new RapportError(
      "group_in_use",
      `People have already answered as members of "${group.name}", so it stays. You can rename it instead.`,
    );
  }
  return getOrganisation(db, workspaceId, organisationId);
}
