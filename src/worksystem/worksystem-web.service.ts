import type { Database, Queryable } from "../db/database.js";
import { type ErrorDetail, RapportError } from "../errors.js";
import {
  type RatingInput,
  rateMany,
  ratingHistory,
  type SavedRating,
} from "./assessment.service.js";
import type { Guideline } from "./guideline.schema.js";
import {
  type CampaignFigures,
  type GuidelineSurvey,
  gatherSurvey,
  guidelineSurvey,
} from "./survey.service.js";
import {
  ELEMENT_LABELS,
  ELEMENTS,
  PHASE_LABELS,
  PLANNED_PHASES,
  type PlannedPhase,
  type WorkSystemElement,
} from "./worksystem.js";
import { findWorkSystemOrganisationId } from "./worksystem.repository.js";
import {
  getWorkSystem,
  type RatingView,
  resolveOrganisation,
  type WorkSystemView,
  workspaceCatalogue,
} from "./worksystem.service.js";

/**
 * What the work-system pages need beyond the plain use cases: a work system found by its id
 * alone (a page address carries no organisation), and the assessment sheet, which puts every
 * guideline beside the analyst's latest rating, what the survey says and the earlier ratings.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function notFound(): RapportError {
  return new RapportError(
    "work_system_not_found",
    "There is no such work system here. Open the organisation's list of work systems to find it.",
  );
}

/** The organisation of a work system, or a not-found error (also for an id of another workspace). */
export async function organisationOfWorkSystem(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<string> {
  const organisationId = UUID.test(id)
    ? await findWorkSystemOrganisationId(db, workspaceId, id)
    : undefined;
  if (organisationId === undefined) throw notFound();
  return organisationId;
}

export async function workSystemById(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<WorkSystemView> {
  const organisationId = await organisationOfWorkSystem(db, workspaceId, id);
  return getWorkSystem(db, workspaceId, organisationId, id);
}

export interface SheetLine {
  guideline: Guideline;
  rating: RatingView | undefined;
  survey: GuidelineSurvey;
  /** Earlier ratings of this guideline, newest first (the current one left out). */
  history: RatingView[];
}

export interface SheetGroup {
  scope: WorkSystemElement | PlannedPhase;
  label: string;
  lines: SheetLine[];
}

export interface AssessmentSheet {
  workSystem: WorkSystemView;
  groups: SheetGroup[];
  campaigns: CampaignFigures["campaign"][];
}

export async function assessmentSheet(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<AssessmentSheet> {
  const workSystem = await workSystemById(db, workspaceId, id);
  const organisation = await resolveOrganisation(db, workspaceId, workSystem.organisation.id);
  const sources = await gatherSurvey(db, workspaceId, organisation);
  const catalogue = await workspaceCatalogue(db, workspaceId);
  const history = await ratingHistory(db, workspaceId, organisation.id, workSystem.id);
  const current = new Map(workSystem.ratings.map((r) => [r.guideline, r] as const));
  const groups: SheetGroup[] = [...ELEMENTS, ...PLANNED_PHASES].map((scope) => ({
    scope,
    label: (ELEMENTS as readonly string[]).includes(scope)
      ? ELEMENT_LABELS[scope as WorkSystemElement]
      : PHASE_LABELS[scope as PlannedPhase],
    lines: catalogue.guidelines
      .filter((g) => (g.element ?? g.phase) === scope)
      .map((guideline) => {
        const rating = current.get(guideline.code);
        return {
          guideline,
          rating,
          survey: guidelineSurvey(guideline, sources, workSystem.group),
          history: history.filter((h) => h.guideline === guideline.code).slice(rating ? 1 : 0),
        };
      }),
  }));
  return {
    workSystem,
    groups: groups.filter((g) => g.lines.length > 0),
    campaigns: sources.map((s) => s.campaign),
  };
}

/**
 * Saves the ratings of an assessment form at once (all or none). Only guidelines whose rating,
 * note or evidence changed get a new rating, so the history shows real changes only. A form
 * field is named after its guideline: "participants.know_guidance.rating", ".note", ".evidence".
 */
export async function saveAssessment(
  db: Database,
  workspaceId: string,
  id: string,
  form: Readonly<Record<string, string>>,
): Promise<SavedRating[]> {
  const workSystem = await workSystemById(db, workspaceId, id);
  const catalogue = await workspaceCatalogue(db, workspaceId);
  const current = new Map(workSystem.ratings.map((r) => [r.guideline, r] as const));
  const rows: (RatingInput & { where: { path: string } })[] = [];
  const details: ErrorDetail[] = [];
  for (const { code } of catalogue.guidelines) {
    const rating = (form[`${code}.rating`] ?? "").trim();
    const note = (form[`${code}.note`] ?? "").trim();
    const evidence = (form[`${code}.evidence`] ?? "").trim();
    const before = current.get(code);
    if (before === undefined && rating === "" && note === "" && evidence === "") continue;
    if (before && before.rating === rating && before.note === note && before.evidence === evidence)
      continue;
    if (rating === "") {
      details.push({
        path: `${code}.rating`,
        message: before
          ? "A rating can be changed but not taken back. Choose one; not known is fine."
          : `Choose a rating for this guideline, or clear its note and evidence.`,
      });
      continue;
    }
    rows.push({
      work_system: workSystem.id,
      guideline: code,
      rating,
      note,
      evidence,
      where: { path: code },
    });
  }
  if (details.length > 0) {
    throw new RapportError(
      "invalid_ratings",
      `${details.length === 1 ? "One guideline needs" : `${details.length} guidelines need`} a rating. Nothing was saved.`,
      details,
    );
  }
  if (rows.length === 0) return [];
  return rateMany(db, workspaceId, workSystem.organisation.id, rows);
}
