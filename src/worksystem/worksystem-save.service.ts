import type { Database, Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import {
  cleanName,
  nameKey,
  parseSector,
  parseSizeBand,
  SIZE_BANDS,
} from "../organisation/organisation.js";
import { insertOrganisation } from "../organisation/organisation.repository.js";
import { today } from "./dates.js";
import {
  claimWorkSystemGroup,
  findOrganisationByKey,
  findWorkSystemById,
  findWorkSystemByKey,
  insertWorkSystem,
  type OrganisationRef,
  updateWorkSystem,
  type WorkSystemRow,
} from "./worksystem.repository.js";
import type { WorkSystemModel } from "./worksystem.schema.js";
import {
  type EntryRow,
  replaceEntries,
  replaceInfrastructure,
} from "./worksystem-element.repository.js";
import { insertPhase } from "./worksystem-history.repository.js";
import { parseWorkSystem } from "./worksystem-io.js";
import { resolveOrganisation } from "./worksystem-lookup.service.js";
import { loadWorkSystemView, type WorkSystemView } from "./worksystem-view.service.js";

/**
 * Saving a work-system model: create it, or replace the model of an existing one while its
 * phase history, workarounds and ratings stay. One model (a form, the API) or many (an import
 * of files) are saved in one transaction: on any problem nothing is changed.
 */

export interface NewOrganisation {
  sector?: string | undefined;
  sizeBand?: string | undefined;
}

export interface SaveOptions {
  createOrganisation?: NewOrganisation;
  /** Refuse a name another work system has, instead of replacing that one. */
  mustBeNew?: boolean;
  /** The id of the work system to change (it may get a new name). */
  replacing?: string;
  /** The note in the phase history when the model changes the phase. */
  phaseNote?: string;
}

export interface SaveResult {
  work_system: WorkSystemView;
  created: boolean;
  organisation_created: boolean;
}

/**
 * Creates a work system, or replaces the model of the one with the same name: its elements are
 * rewritten, while its phase history, workarounds and ratings stay. A changed phase is added to
 * the history. With createOrganisation, an organisation of that name is made if it is new.
 */
export async function saveWorkSystem(
  db: Database,
  workspaceId: string,
  organisationRef: string,
  input: unknown,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const model = parseWorkSystem(input);
  const [result] = await saveMany(db, workspaceId, organisationRef, [model], options);
  if (!result) throw new Error("saveMany returned nothing");
  return result;
}

/** Saves models one after another in one transaction: all of them, or none. */
export async function saveMany(
  db: Database,
  workspaceId: string,
  organisationRef: string,
  models: readonly WorkSystemModel[],
  options: SaveOptions,
): Promise<SaveResult[]> {
  return db.transaction(async (tx) => {
    const { organisation, created: organisationCreated } = await organisationFor(
      tx,
      workspaceId,
      organisationRef,
      options.createOrganisation,
    );
    const results: SaveResult[] = [];
    for (const model of models) {
      const name = cleanName(model.name);
      const key = nameKey(name);
      const existing = await existingFor(tx, workspaceId, organisation, key, name, options);
      let id: string;
      if (existing) {
        id = existing.id;
        await updateWorkSystem(tx, workspaceId, id, {
          name,
          description: model.description,
          phase: model.phase,
        });
        if (existing.phase !== model.phase) {
          await insertPhase(
            tx,
            workspaceId,
            id,
            model.phase,
            today(),
            options.phaseNote ?? "Changed in a work-system file.",
          );
        }
      } else {
        const groupId = await claimWorkSystemGroup(tx, workspaceId, organisation.id, name, key);
        id = await insertWorkSystem(tx, workspaceId, {
          organisationId: organisation.id,
          groupId,
          name,
          key,
          description: model.description,
          phase: model.phase,
        });
        await insertPhase(tx, workspaceId, id, model.phase, null, "First described.");
      }
      await replaceEntries(tx, workspaceId, id, entryRows(model));
      await replaceInfrastructure(
        tx,
        workspaceId,
        organisation.id,
        id,
        model.infrastructure.map((i) => ({
          name: cleanName(i.name),
          key: nameKey(i.name),
          description: i.description,
        })),
      );
      const row = await findWorkSystemById(tx, workspaceId, organisation.id, id);
      if (!row) throw new Error("work system vanished after saving");
      results.push({
        work_system: await loadWorkSystemView(tx, workspaceId, organisation, row),
        created: existing === undefined,
        organisation_created: organisationCreated,
      });
    }
    return results;
  });
}

/**
 * The work system a model replaces: the one with its name, or (for a form that edits one work
 * system) the one with the id given, which may be renamed to a name no other one has. A form
 * that adds a work system refuses a name already taken rather than replace that work system.
 */
async function existingFor(
  db: Queryable,
  workspaceId: string,
  organisation: OrganisationRef,
  key: string,
  name: string,
  options: SaveOptions,
): Promise<WorkSystemRow | undefined> {
  const byName = await findWorkSystemByKey(db, workspaceId, organisation.id, key);
  const taken = () =>
    new RapportError(
      "work_system_exists",
      `${organisation.name} already has a work system called "${name}". Choose another name, or change that one.`,
      [{ path: "name", message: "Another work system has this name. Choose another." }],
    );
  if (options.replacing === undefined) {
    if (byName && options.mustBeNew) throw taken();
    return byName;
  }
  const row = await findWorkSystemById(db, workspaceId, organisation.id, options.replacing);
  if (!row) {
    throw new RapportError(
      "work_system_not_found",
      "This work system no longer exists. Open the list of work systems and try again.",
    );
  }
  if (byName && byName.id !== row.id) throw taken();
  return row;
}

async function organisationFor(
  db: Queryable,
  workspaceId: string,
  ref: string,
  create: NewOrganisation | undefined,
): Promise<{ organisation: OrganisationRef; created: boolean }> {
  if (create === undefined) {
    return { organisation: await resolveOrganisation(db, workspaceId, ref), created: false };
  }
  const name = cleanName(ref);
  if (name === "" || name.length > 200) {
    throw new RapportError(
      "bad_organisation",
      "Give the organisation a name of 1 to 200 characters.",
    );
  }
  const existing = await findOrganisationByKey(db, workspaceId, nameKey(name));
  if (existing) return { organisation: existing, created: false };
  const sizeBand = create.sizeBand === undefined ? null : (parseSizeBand(create.sizeBand) ?? null);
  if (create.sizeBand !== undefined && sizeBand === null) {
    throw new RapportError(
      "bad_size_band",
      `"${create.sizeBand.slice(0, 40)}" is not a size band. Use one of: ${SIZE_BANDS.join(", ")}, or a number of staff.`,
    );
  }
  const row = await insertOrganisation(db, workspaceId, {
    name,
    nameKey: nameKey(name),
    sector: create.sector === undefined ? null : (parseSector(create.sector) ?? null),
    sizeBand,
  });
  return { organisation: row, created: true };
}

function entryRows(model: WorkSystemModel): EntryRow[] {
  const rows: EntryRow[] = [];
  const blank = { community: null, headcount: null, sensitivity: null };
  for (const element of [
    "customers",
    "products_services",
    "processes_activities",
    "technologies",
    "environment",
    "strategies",
  ] as const) {
    model[element].forEach((e, position) => {
      rows.push({ element, position, name: e.name, description: e.description, ...blank });
    });
  }
  model.participants.forEach((p, position) => {
    rows.push({
      ...blank,
      element: "participants",
      position,
      name: p.role,
      description: p.description,
      community: p.community,
      headcount: p.headcount ?? null,
    });
  });
  model.information.forEach((item, position) => {
    rows.push({
      ...blank,
      element: "information",
      position,
      name: item.name,
      description: item.description,
      sensitivity: item.sensitivity,
    });
  });
  return rows;
}
