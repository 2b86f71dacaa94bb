import { listStudyCampaignIds } from "../campaign/campaign.repository.js";
import { resolveCampaign } from "../campaign/campaign.service.js";
import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { findVersionById } from "../instrument/instrument.repository.js";
import type { InstrumentDefinition } from "../instrument/instrument.schema.js";
import { nameKey } from "../organisation/organisation.js";
import { findStudyByKey, listStudySummaries } from "../study/study.repository.js";
import { DIMENSIONS, type Dimension, isDimension } from "./dimension.js";
import { buildReport, type OpenTextCounts, openTextCounts, type Report } from "./report.js";
import { countAnswers, countOpenAnswers, countRespondents } from "./report.repository.js";

/**
 * A report for a study (all its organisations) or one campaign: parse the request, query the
 * aggregates, pass them through the privacy gate (inside buildReport), return the result.
 */
export type ReportScope = { study: string } | { campaign: string };

export function parseDimensions(raw: string | undefined): Dimension[] | undefined {
  if (raw === undefined) return undefined;
  const parts = raw
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p !== "");
  if (parts.length === 1 && parts[0] === "none") return [];
  const unknown = parts.filter((p) => !isDimension(p));
  if (unknown.length > 0) {
    throw new RapportError(
      "bad_breakdown",
      `Cannot break down by ${unknown.map((u) => `"${u}"`).join(", ")}. Use one or more of: ${DIMENSIONS.join(", ")} (comma-separated), or none.`,
    );
  }
  return [...new Set(parts as Dimension[])];
}

export interface ScopedReport {
  report: Report;
  openText: OpenTextCounts;
  /** The questions the report is about, for presenters that show their wording. */
  definition: InstrumentDefinition;
}

export async function buildScopedReport(
  db: Queryable,
  workspaceId: string,
  scope: ReportScope,
  requested?: Dimension[],
): Promise<ScopedReport> {
  const target = await resolveScope(db, workspaceId, scope);
  const version = await findVersionById(db, workspaceId, target.instrumentVersionId);
  if (!version) throw new Error(`instrument version ${target.instrumentVersionId} is missing`);
  const sizes = await countRespondents(
    db,
    workspaceId,
    target.campaignIds,
    requested ?? [...DIMENSIONS],
  );
  // By default, every dimension for which at least one respondent has a value.
  const dimensions =
    requested ?? DIMENSIONS.filter((d) => sizes.some((s) => s.dimension === d && s.key !== null));
  const cells = await countAnswers(db, workspaceId, target.campaignIds, dimensions);
  const openCounts = await countOpenAnswers(db, workspaceId, target.campaignIds);
  const report = buildReport({
    scope: target.label,
    definition: version.definition,
    dimensions,
    minGroupSize: target.minGroupSize,
    sizes: sizes.filter((s) => s.dimension === undefined || dimensions.includes(s.dimension)),
    cells,
  });
  const openText = openTextCounts(
    version.definition,
    openCounts,
    report.respondents,
    target.minGroupSize,
  );
  return { report, openText, definition: version.definition };
}

interface ResolvedScope {
  label: { study: string } | { campaign: string; name: string };
  campaignIds: string[];
  instrumentVersionId: string;
  minGroupSize: number;
}

async function resolveScope(
  db: Queryable,
  workspaceId: string,
  scope: ReportScope,
): Promise<ResolvedScope> {
  if ("campaign" in scope) {
    const campaign = await resolveCampaign(db, workspaceId, scope.campaign);
    return {
      label: { campaign: campaign.id, name: campaign.name },
      campaignIds: [campaign.id],
      instrumentVersionId: campaign.instrument_version_id,
      minGroupSize: campaign.min_group_size,
    };
  }
  const study = await findStudyByKey(db, workspaceId, nameKey(scope.study));
  if (!study) {
    const names = (await listStudySummaries(db, workspaceId)).map((s) => `"${s.name}"`);
    throw new RapportError(
      "study_not_found",
      `There is no study called "${scope.study}". ${names.length > 0 ? `Studies: ${names.join(", ")}.` : "Import responses with rapport import responses, or load the demo with rapport demo."}`,
    );
  }
  return {
    label: { study: study.name },
    campaignIds: await listStudyCampaignIds(db, workspaceId, study.id),
    instrumentVersionId: study.instrument_version_id,
    minGroupSize: study.min_group_size,
  };
}
