import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { nameKey } from "../organisation/organisation.js";
import { loadWorkspaceCatalogue } from "./custom-guideline.service.js";
import type { Catalogue, Guideline } from "./guideline.schema.js";
import { closestCode } from "./suggest.js";
import {
  findOrganisationById,
  findOrganisationByKey,
  findWorkSystemById,
  findWorkSystemByKey,
  listOrganisationNames,
  listWorkSystemRows,
  type OrganisationRef,
  type WorkSystemRow,
} from "./worksystem.repository.js";

/**
 * Finding what a command or page names: an organisation or work system by id or by name (any
 * case and spacing), a guideline by code. Every miss says what was meant or how to see the
 * choices. Every work-system use case starts here, so it has a module of its own.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The guideline catalogue a workspace assesses against: the built-in one and its own. */
export async function workspaceCatalogue(db: Queryable, workspaceId: string): Promise<Catalogue> {
  return loadWorkspaceCatalogue(db, workspaceId);
}

/** A guideline by its code, or an error that suggests the closest code. */
export function findGuideline(catalogue: Catalogue, code: string): Guideline {
  const wanted = code.trim().toLowerCase();
  const found = catalogue.guidelines.find((g) => g.code === wanted);
  if (found) return found;
  const guess = closestCode(
    wanted,
    catalogue.guidelines.map((g) => g.code),
  );
  throw new RapportError(
    "guideline_not_found",
    `There is no guideline "${code.trim().slice(0, 100)}".${guess ? ` Did you mean ${guess}?` : ""} Run rapport guidelines to see every code.`,
  );
}

export async function resolveOrganisation(
  db: Queryable,
  workspaceId: string,
  ref: string,
): Promise<OrganisationRef> {
  const found = UUID.test(ref.trim())
    ? await findOrganisationById(db, workspaceId, ref.trim())
    : await findOrganisationByKey(db, workspaceId, nameKey(ref));
  if (found) return found;
  const names = await listOrganisationNames(db, workspaceId);
  const guess = closestName(ref, names);
  throw new RapportError(
    "organisation_not_found",
    `There is no organisation called "${ref.trim().slice(0, 100)}".${guess ? ` Did you mean "${guess}"?` : ""} ${names.length > 0 ? "Run rapport organisation list to see them." : "Create one with rapport worksystem import --organisation, or rapport campaign create."}`,
  );
}

export async function resolveWorkSystem(
  db: Queryable,
  workspaceId: string,
  organisation: OrganisationRef,
  ref: string,
): Promise<WorkSystemRow> {
  const found = UUID.test(ref.trim())
    ? await findWorkSystemById(db, workspaceId, organisation.id, ref.trim())
    : await findWorkSystemByKey(db, workspaceId, organisation.id, nameKey(ref));
  if (found) return found;
  const names = (await listWorkSystemRows(db, workspaceId, organisation.id)).map((w) => w.name);
  const guess = closestName(ref, names);
  throw new RapportError(
    "work_system_not_found",
    `${organisation.name} has no work system called "${ref.trim().slice(0, 100)}".${guess ? ` Did you mean "${guess}"?` : ""} ${names.length > 0 ? `Its work systems: ${names.map((n) => `"${n}"`).join(", ")}.` : "Describe one in a file and load it with rapport worksystem import."}`,
  );
}

function closestName(typed: string, names: readonly string[]): string | undefined {
  const byKey = new Map(names.map((n) => [nameKey(n).replace(/\s/g, "_"), n]));
  const key = closestCode(nameKey(typed).replace(/\s/g, "_"), [...byKey.keys()]);
  return key === undefined ? undefined : byKey.get(key);
}
