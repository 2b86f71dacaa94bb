import type { Database } from "../db/database.js";
import { RapportError } from "../errors.js";
import { parseDay } from "./dates.js";
import { ELEMENTS, isElement, isPhase, PHASE_LABELS, PHASES } from "./worksystem.js";
import {
  deleteWorkSystem,
  findWorkSystemById,
  setWorkSystemPhase,
} from "./worksystem.repository.js";
import { insertPhase, insertWorkaround } from "./worksystem-history.repository.js";
import {
  findGuideline,
  resolveOrganisation,
  resolveWorkSystem,
  workspaceCatalogue,
} from "./worksystem-lookup.service.js";
import {
  loadWorkSystemView,
  type Workaround,
  type WorkSystemView,
  workaroundView,
} from "./worksystem-view.service.js";

/**
 * What happens to a work system after it is described: it moves through life-cycle phases,
 * people notice workarounds in it, and in the end it may be removed. Each is one transaction.
 */

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
    return loadWorkSystemView(tx, workspaceId, organisation, updated);
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
