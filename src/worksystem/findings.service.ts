import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import type { Guideline } from "./guideline.schema.js";
import {
  INTERVENTION_DESCRIPTIONS,
  INTERVENTION_LABELS,
  type Intervention,
} from "./interventions.js";
import { compareSeverity, decideSeverity, SEVERITIES, type Severity } from "./severity.js";
import {
  type CampaignFigures,
  gatherSurvey,
  guidelineSurvey,
  type ItemEvidence,
} from "./survey.service.js";
import type { CommunityGap } from "./survey-signal.js";
import {
  ELEMENTS,
  isElement,
  isPlannedPhase,
  type LifeCyclePhase,
  PHASES,
  PLANNED_PHASES,
  type PlannedPhase,
  type WorkSystemElement,
} from "./worksystem.js";
import {
  listLatestRatings,
  listWorkarounds,
  listWorkSystemRows,
  type WorkaroundRow,
  type WorkSystemRow,
} from "./worksystem.repository.js";
import {
  type RatingView,
  ratingView,
  resolveOrganisation,
  resolveWorkSystem,
  type Workaround,
  workaroundView,
  workspaceCatalogue,
} from "./worksystem.service.js";

/**
 * Findings: each links a guideline (its element or phase) in a work system to the evidence
 * (survey figures with n and interval, the analyst's rating, workarounds), to a severity with
 * the rule that set it, and to the interventions that usually help.
 */
export interface Finding {
  guideline: string;
  statement: string;
  element: WorkSystemElement | null;
  phase: PlannedPhase | null;
  /** Null for a finding about the whole organisation, from its survey answers alone. */
  work_system: { id: string; name: string } | null;
  severity: Severity;
  rule: string;
  rule_text: string;
  disagreement?: string;
  evidence: {
    rating: RatingView | null;
    survey: ItemEvidence[];
    survey_signal: { level: string; rule: string; text: string; item: string } | null;
    /** Workarounds noted against this guideline. */
    workarounds: Workaround[];
    /** Workarounds noted against the same element without a guideline: context. */
    related_workarounds: Workaround[];
  };
  gaps: CommunityGap[];
  interventions: { code: Intervention; label: string; description: string }[];
}

export interface FindingsQuery {
  organisation: string;
  work_system?: string | undefined;
  severity?: string | undefined;
  element?: string | undefined;
  campaign?: string | undefined;
}

export interface FindingsResult {
  organisation: string;
  campaigns: CampaignFigures["campaign"][];
  /** The smallest group the figures may come from. */
  min_group_size: number | null;
  findings: Finding[];
}

export async function listFindings(
  db: Queryable,
  workspaceId: string,
  query: FindingsQuery,
): Promise<FindingsResult> {
  const severity = checkSeverity(query.severity);
  const scope = checkScope(query.element);
  const organisation = await resolveOrganisation(db, workspaceId, query.organisation);
  const workSystems =
    query.work_system === undefined
      ? await listWorkSystemRows(db, workspaceId, organisation.id)
      : [await resolveWorkSystem(db, workspaceId, organisation, query.work_system)];
  const catalogue = await workspaceCatalogue(db, workspaceId);
  const sources = await gatherSurvey(db, workspaceId, organisation, query.campaign);
  const ids = workSystems.map((w) => w.id);
  const ratings = await listLatestRatings(db, workspaceId, ids);
  const workarounds = await listWorkarounds(db, workspaceId, ids);

  const findings: Finding[] = [];
  // Guidelines with a finding in some work system: the organisation-wide figures are not
  // repeated for them in a finding of their own.
  const covered = new Set<string>();
  for (const workSystem of workSystems) {
    const own = (code: string) =>
      ratings.find((r) => r.work_system_id === workSystem.id && r.guideline_code === code);
    const seen = workarounds.filter((w) => w.work_system_id === workSystem.id);
    for (const guideline of catalogue.guidelines) {
      const rating = own(guideline.code);
      const tied = seen.filter((w) => w.guideline_code === guideline.code);
      if (!applies(guideline, workSystem.phase) && !rating && tied.length === 0) continue;
      const survey = guidelineSurvey(guideline, sources, workSystem.group_name);
      const decision = decideSeverity({
        rating: rating?.rating,
        survey: survey.strongest?.rule.level,
        surveyed: survey.figures.length > 0,
        workarounds: tied.length,
      });
      if (!decision) continue;
      covered.add(guideline.code);
      findings.push(
        finding(guideline, workSystem, decision, survey, rating ? ratingView(rating) : null, tied, [
          ...seen.filter(
            (w) =>
              w.guideline_code === null && w.element !== null && w.element === guideline.element,
          ),
        ]),
      );
    }
  }
  // The organisation's survey signals, once each, for guidelines no work system has a finding for.
  if (query.work_system === undefined) {
    for (const guideline of catalogue.guidelines) {
      if (guideline.element === undefined || covered.has(guideline.code)) continue;
      const survey = guidelineSurvey(guideline, sources);
      const decision = decideSeverity({
        survey: survey.strongest?.rule.level,
        surveyed: survey.figures.length > 0,
        workarounds: 0,
      });
      if (decision) findings.push(finding(guideline, undefined, decision, survey, null, [], []));
    }
  }
  const filtered = findings.filter(
    (f) =>
      (severity === undefined || f.severity === severity) &&
      (scope === undefined || f.element === scope || f.phase === scope),
  );
  filtered.sort(
    (a, b) =>
      compareSeverity(a.severity, b.severity) ||
      (a.work_system?.name ?? "\uffff").localeCompare(b.work_system?.name ?? "\uffff") ||
      a.guideline.localeCompare(b.guideline),
  );
  return {
    organisation: organisation.name,
    campaigns: sources.map((s) => s.campaign),
    min_group_size: sources.length === 0 ? null : Math.max(...sources.map((s) => s.min_group_size)),
    findings: filtered,
  };
}

/**
 * Element guidelines describe a running work system and always apply; a planned phase's
 * guidelines apply once a planned change has reached that phase.
 */
function applies(guideline: Guideline, phase: LifeCyclePhase): boolean {
  if (guideline.element !== undefined) return true;
  if (guideline.phase === undefined || phase === "operation_maintenance") return false;
  return PHASES.indexOf(guideline.phase) <= PHASES.indexOf(phase);
}

function finding(
  guideline: Guideline,
  workSystem: WorkSystemRow | undefined,
  decision: NonNullable<ReturnType<typeof decideSeverity>>,
  survey: ReturnType<typeof guidelineSurvey>,
  rating: RatingView | null,
  workarounds: readonly WorkaroundRow[],
  related: readonly WorkaroundRow[],
): Finding {
  return {
    guideline: guideline.code,
    statement: guideline.statement,
    element: guideline.element ?? null,
    phase: guideline.phase ?? null,
    work_system: workSystem ? { id: workSystem.id, name: workSystem.name } : null,
    severity: decision.severity,
    rule: decision.rule,
    rule_text: decision.rule_text,
    ...(decision.disagreement ? { disagreement: decision.disagreement } : {}),
    evidence: {
      rating,
      survey: survey.figures,
      survey_signal: survey.strongest
        ? {
            level: survey.strongest.rule.level,
            rule: survey.strongest.rule.rule,
            text: survey.strongest.rule.text,
            item: survey.strongest.item,
          }
        : null,
      workarounds: workarounds.map(workaroundView),
      related_workarounds: related.map(workaroundView),
    },
    gaps: survey.gaps,
    interventions: guideline.interventions.map((code) => ({
      code,
      label: INTERVENTION_LABELS[code],
      description: INTERVENTION_DESCRIPTIONS[code],
    })),
  };
}

function checkSeverity(raw: string | undefined): Severity | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim().toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new RapportError(
    "bad_severity",
    `"${raw.slice(0, 40)}" is not a severity. Use one of: ${SEVERITIES.join(", ")}.`,
  );
}

function checkScope(raw: string | undefined): WorkSystemElement | PlannedPhase | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim().toLowerCase();
  if (isElement(value) || isPlannedPhase(value)) return value;
  throw new RapportError(
    "bad_element",
    `"${raw.slice(0, 40)}" is not an element or a planned phase. Use one of: ${[...ELEMENTS, ...PLANNED_PHASES].join(", ")}.`,
  );
}
