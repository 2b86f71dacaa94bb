import type { Queryable } from "../db/database.js";
import { listLatestRatings, type RatingRow } from "./rating.repository.js";
import type { LifeCyclePhase, WorkSystemElement } from "./worksystem.js";
import {
  listWorkSystemRows,
  type OrganisationRef,
  type WorkSystemRow,
  type WorkSystemSummaryRow,
} from "./worksystem.repository.js";
import type { WorkSystemModel } from "./worksystem.schema.js";
import {
  type EntryRow,
  type InfrastructureRow,
  listEntries,
  listInfrastructureOf,
} from "./worksystem-element.repository.js";
import {
  listPhases,
  listWorkarounds,
  type PhaseRow,
  type WorkaroundRow,
} from "./worksystem-history.repository.js";
import { resolveOrganisation, resolveWorkSystem } from "./worksystem-lookup.service.js";

/**
 * Reading work systems: the list of an organisation's work systems and the full view of one
 * (its model, phase history, workarounds and latest ratings), as the CLI, pages and API show
 * them. Writing use cases return the same view, so they build it with loadWorkSystemView.
 */

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
  return loadWorkSystemView(db, workspaceId, organisation, row);
}

export async function loadWorkSystemView(
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
