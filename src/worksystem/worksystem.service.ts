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
import { BUILTIN_CATALOGUE } from "./catalogue/index.js";
import { parseDay, today } from "./dates.js";
import { type DocumentFormat, problems } from "./document.js";
import type { Catalogue, Guideline } from "./guideline.schema.js";
import { closestCode } from "./suggest.js";
import {
  ELEMENTS,
  isElement,
  isPhase,
  type LifeCyclePhase,
  PHASE_LABELS,
  PHASES,
  type WorkSystemElement,
} from "./worksystem.js";
import {
  claimWorkSystemGroup,
  deleteWorkSystem,
  type EntryRow,
  findOrganisationById,
  findOrganisationByKey,
  findWorkSystemById,
  findWorkSystemByKey,
  type InfrastructureRow,
  insertPhase,
  insertWorkaround,
  insertWorkSystem,
  listEntries,
  listInfrastructureOf,
  listLatestRatings,
  listOrganisationNames,
  listPhases,
  listWorkarounds,
  listWorkSystemRows,
  type OrganisationRef,
  type PhaseRow,
  type RatingRow,
  replaceEntries,
  replaceInfrastructure,
  setWorkSystemPhase,
  updateWorkSystem,
  type WorkaroundRow,
  type WorkSystemRow,
  type WorkSystemSummaryRow,
} from "./worksystem.repository.js";
import type { WorkSystemModel } from "./worksystem.schema.js";
import { parseWorkSystem, parseWorkSystemFile } from "./worksystem-io.js";

/**
 * Use cases for work systems, called alike by the CLI, web pages and the API. Organisations and
 * work systems are named by id or by name (any case and spacing). Every write is one
 * transaction: on any problem nothing is changed.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The guideline catalogue a workspace assesses against. Custom catalogues will plug in here. */
export async function workspaceCatalogue(_db: Queryable, _workspaceId: string): Promise<Catalogue> {
  return BUILTIN_CATALOGUE;
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

export interface WorkSystemSummary {
  id: string;
  name: string;
  description: string;
  phase: LifeCyclePhase;
  phase_since: string | null;
  group: string;
  entries: number;
  infrastructure: number;
  workarounds: number;
  ratings: number;
}

export async function listWorkSystems(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
): Promise<{ organisation: OrganisationRef; work_systems: WorkSystemSummary[] }> {
  const organisation = await resolveOrganisation(db, workspaceId, organisationRef);
  const rows = await listWorkSystemRows(db, workspaceId, organisation.id);
  return { organisation, work_systems: rows.map(summary) };
}

function summary(row: WorkSystemSummaryRow): WorkSystemSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    phase: row.phase,
    phase_since: row.phase_since,
    group: row.group_name,
    entries: row.entries,
    infrastructure: row.infrastructure,
    workarounds: row.workarounds,
    ratings: row.ratings,
  };
}

export interface Workaround {
  id: string;
  description: string;
  element: WorkSystemElement | null;
  guideline: string | null;
  noted_on: string;
}

export interface RatingView {
  guideline: string;
  rating: RatingRow["rating"];
  note: string;
  evidence: string;
  rated_at: string;
}

export interface WorkSystemView {
  id: string;
  organisation: { id: string; name: string };
  /** The group whose answers belong to this work system in reports. */
  group: string;
  model: WorkSystemModel;
  infrastructure: InfrastructureRow[];
  phase_since: string | null;
  phase_history: PhaseRow[];
  workarounds: Workaround[];
  /** The latest rating of each guideline rated so far. */
  ratings: RatingView[];
}

export async function getWorkSystem(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
  workSystemRef: string,
): Promise<WorkSystemView> {
  const organisation = await resolveOrganisation(db, workspaceId, organisationRef);
  const row = await resolveWorkSystem(db, workspaceId, organisation, workSystemRef);
  return view(db, workspaceId, organisation, row);
}

async function view(
  db: Queryable,
  workspaceId: string,
  organisation: OrganisationRef,
  row: WorkSystemRow,
): Promise<WorkSystemView> {
  const [entries, infrastructure, phases, workarounds, ratings] = [
    await listEntries(db, workspaceId, row.id),
    await listInfrastructureOf(db, workspaceId, row.id),
    await listPhases(db, workspaceId, row.id),
    await listWorkarounds(db, workspaceId, [row.id]),
    await listLatestRatings(db, workspaceId, [row.id]),
  ];
  return {
    id: row.id,
    organisation: { id: organisation.id, name: organisation.name },
    group: row.group_name,
    model: modelOf(row, entries, infrastructure),
    infrastructure,
    phase_since: row.phase_since,
    phase_history: phases,
    workarounds: workarounds.map(workaroundView),
    ratings: ratings.map(ratingView),
  };
}

export function workaroundView(row: WorkaroundRow): Workaround {
  return {
    id: row.id,
    description: row.description,
    element: row.element,
    guideline: row.guideline_code,
    noted_on: row.noted_on,
  };
}

export function ratingView(row: RatingRow): RatingView {
  return {
    guideline: row.guideline_code,
    rating: row.rating,
    note: row.note,
    evidence: row.evidence,
    rated_at: row.rated_at,
  };
}

function modelOf(
  row: WorkSystemRow,
  entries: readonly EntryRow[],
  infrastructure: readonly InfrastructureRow[],
): WorkSystemModel {
  const of = (element: EntryRow["element"]) =>
    entries.filter((e) => e.element === element).sort((a, b) => a.position - b.position);
  const plain = (element: EntryRow["element"]) =>
    of(element).map((e) => ({ name: e.name, description: e.description }));
  return {
    name: row.name,
    description: row.description,
    phase: row.phase,
    customers: plain("customers"),
    products_services: plain("products_services"),
    processes_activities: plain("processes_activities"),
    participants: of("participants").map((e) => ({
      role: e.name,
      community: e.community ?? "employees",
      ...(e.headcount === null ? {} : { headcount: e.headcount }),
      description: e.description,
    })),
    information: of("information").map((e) => ({
      name: e.name,
      sensitivity: e.sensitivity ?? "internal",
      description: e.description,
    })),
    technologies: plain("technologies"),
    environment: plain("environment"),
    infrastructure: infrastructure.map((i) => ({ name: i.name, description: i.description })),
    strategies: plain("strategies"),
  };
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

export interface NewOrganisation {
  sector?: string | undefined;
  sizeBand?: string | undefined;
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
  options: { createOrganisation?: NewOrganisation } = {},
): Promise<SaveResult> {
  const model = parseWorkSystem(input);
  const [result] = await saveMany(db, workspaceId, organisationRef, [model], options);
  if (!result) throw new Error("saveMany returned nothing");
  return result;
}

/**
 * Reads work-system files and saves them all, or none: every file is checked before anything
 * is written, and each problem names its file and path.
 */
export async function importWorkSystemFiles(
  db: Database,
  workspaceId: string,
  organisationRef: string,
  files: readonly { name: string; text: string; format: DocumentFormat }[],
  options: { createOrganisation?: NewOrganisation } = {},
): Promise<SaveResult[]> {
  if (files.length === 0)
    throw new RapportError("no_files", "Name at least one work-system file to import.");
  const models: WorkSystemModel[] = [];
  const details: { path?: string; line?: number; message: string }[] = [];
  for (const file of files) {
    try {
      models.push(parseWorkSystemFile(file.text, file.format));
    } catch (error) {
      if (!(error instanceof RapportError) || files.length === 1) throw error;
      const where = `${file.name}: `;
      for (const d of error.details)
        details.push({
          ...d,
          ...(d.path ? { path: `${where}${d.path}` } : {}),
          message: d.path ? d.message : `${where}${d.message}`,
        });
    }
  }
  if (details.length > 0) {
    throw problems("invalid_work_system", "These work-system files", details);
  }
  const seen = new Map<string, string>();
  for (const [i, model] of models.entries()) {
    const name = files[i]?.name ?? "";
    const earlier = seen.get(nameKey(model.name));
    if (earlier !== undefined) {
      throw new RapportError(
        "duplicate_work_system",
        `${earlier} and ${name} both describe "${model.name}". Import one of them, or give them different names.`,
      );
    }
    seen.set(nameKey(model.name), name);
  }
  return saveMany(db, workspaceId, organisationRef, models, options);
}

async function saveMany(
  db: Database,
  workspaceId: string,
  organisationRef: string,
  models: readonly WorkSystemModel[],
  options: { createOrganisation?: NewOrganisation },
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
      const existing = await findWorkSystemByKey(tx, workspaceId, organisation.id, key);
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
            "Changed in a work-system file.",
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
        work_system: await view(tx, workspaceId, organisation, row),
        created: existing === undefined,
        organisation_created: organisationCreated,
      });
    }
    return results;
  });
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

export interface PhaseChange {
  to: string;
  note?: string | undefined;
  /** The day the new phase started (YYYY-MM-DD); today when left out. */
  on?: string | undefined;
}

/** Moves a work system to another life-cycle phase and adds it to the dated history. */
export async function recordPhase(
  db: Database,
  workspaceId: string,
  organisationRef: string,
  workSystemRef: string,
  change: PhaseChange,
): Promise<WorkSystemView> {
  const to = change.to
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  const phase = to === "operation" ? "operation_maintenance" : to;
  if (!isPhase(phase)) {
    throw new RapportError(
      "bad_phase",
      `"${change.to.slice(0, 40)}" is not a life-cycle phase. Use one of: ${PHASES.join(", ")}.`,
    );
  }
  const note = (change.note ?? "").trim();
  if (note.length > 2000) {
    throw new RapportError("note_too_long", "Shorten the note to at most 2000 characters.");
  }
  const startedOn = parseDay(change.on, "start date");
  return db.transaction(async (tx) => {
    const organisation = await resolveOrganisation(tx, workspaceId, organisationRef);
    const row = await resolveWorkSystem(tx, workspaceId, organisation, workSystemRef);
    if (row.phase === phase) {
      throw new RapportError(
        "same_phase",
        `${row.name} is already in ${PHASE_LABELS[phase].toLowerCase()}. Choose another phase, or leave it as it is.`,
      );
    }
    if (row.latest_start !== null && startedOn < row.latest_start) {
      throw new RapportError(
        "phase_date_order",
        `The last recorded phase of ${row.name} started on ${row.latest_start}, so the new phase cannot start on ${startedOn}. Use ${row.latest_start} or a later date.`,
      );
    }
    await setWorkSystemPhase(tx, workspaceId, row.id, phase);
    await insertPhase(tx, workspaceId, row.id, phase, startedOn, note);
    const updated = await findWorkSystemById(tx, workspaceId, organisation.id, row.id);
    if (!updated) throw new Error("work system vanished after a phase change");
    return view(tx, workspaceId, organisation, updated);
  });
}

export interface NewWorkaround {
  description: string;
  element?: string | undefined;
  guideline?: string | undefined;
  /** The day it was noticed (YYYY-MM-DD); today when left out. */
  noted_on?: string | undefined;
}

/**
 * Records a workaround or adaptation seen in a work system. It describes the work, never a
 * person, and names the element or guideline it bears on (or both).
 */
export async function addWorkaround(
  db: Database,
  workspaceId: string,
  organisationRef: string,
  workSystemRef: string,
  input: NewWorkaround,
): Promise<Workaround> {
  const description = input.description.trim();
  if (description === "" || description.length > 2000) {
    throw new RapportError(
      "bad_workaround",
      "Describe the workaround in 1 to 2000 characters: what people do instead, and why if known.",
    );
  }
  const elementRaw = input.element?.trim().toLowerCase();
  if (elementRaw !== undefined && elementRaw !== "" && !isElement(elementRaw)) {
    throw new RapportError(
      "bad_element",
      `"${input.element?.slice(0, 40)}" is not an element of a work system. Use one of: ${ELEMENTS.join(", ")}.`,
    );
  }
  const element = elementRaw === undefined || elementRaw === "" ? null : elementRaw;
  const catalogue = await workspaceCatalogue(db, workspaceId);
  const guideline =
    input.guideline === undefined || input.guideline.trim() === ""
      ? null
      : findGuideline(catalogue, input.guideline);
  if (element === null && guideline === null) {
    throw new RapportError(
      "workaround_needs_element",
      `Say which part of the work the workaround touches: give an element (${ELEMENTS.join(", ")}) or a guideline code, or both.`,
    );
  }
  const notedOn = parseDay(input.noted_on, "date noted");
  return db.transaction(async (tx) => {
    const organisation = await resolveOrganisation(tx, workspaceId, organisationRef);
    const row = await resolveWorkSystem(tx, workspaceId, organisation, workSystemRef);
    const inserted = await insertWorkaround(tx, workspaceId, row.id, {
      description,
      element: element ?? guideline?.element ?? null,
      guidelineCode: guideline?.code ?? null,
      notedOn,
    });
    return workaroundView(inserted);
  });
}

/**
 * Removes a work system with its ratings, workarounds and history. Answers keep their group,
 * which becomes a plain department again, so reports still break down by it.
 */
export async function removeWorkSystem(
  db: Database,
  workspaceId: string,
  organisationRef: string,
  workSystemRef: string,
): Promise<{ name: string }> {
  return db.transaction(async (tx) => {
    const organisation = await resolveOrganisation(tx, workspaceId, organisationRef);
    const row = await resolveWorkSystem(tx, workspaceId, organisation, workSystemRef);
    await deleteWorkSystem(tx, workspaceId, organisation.id, row.id);
    return { name: row.name };
  });
}
