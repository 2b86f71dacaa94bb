import type { ItemFigures, ShownGroup } from "../analysis/report.js";
import { buildScopedReport } from "../analysis/report.service.js";
import { resolveCampaign } from "../campaign/campaign.service.js";
import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { COMMUNITIES, type Community } from "../organisation/organisation.js";
import type { Guideline } from "./guideline.schema.js";
import {
  type CommunityGap,
  communityGap,
  type ProblemFigure,
  problemFigure,
  type SurveyRule,
  strongestRule,
} from "./survey-signal.js";
import { listLatestCampaigns, type OrganisationRef } from "./worksystem.repository.js";
import { resolveOrganisation, workspaceCatalogue } from "./worksystem.service.js";

/**
 * What an organisation's campaigns say about each guideline. Figures come from the campaign
 * report, which has already passed the privacy gate: hidden groups carry no figures, so they
 * cannot feed a finding. On top of that, an item needs at least the campaign's minimum group
 * size of answers before its share is used.
 */
export interface CampaignFigures {
  campaign: { id: string; name: string; instrument: string };
  min_group_size: number;
  respondents: number;
  overall: Map<string, ProblemFigure>;
  /** Per group name (a work system's group), only groups the gate showed. */
  groups: Map<string, Map<string, ProblemFigure>>;
  communities: Map<Community, Map<string, ProblemFigure>>;
}

export async function gatherSurvey(
  db: Queryable,
  workspaceId: string,
  organisation: OrganisationRef,
  campaignRef?: string,
): Promise<CampaignFigures[]> {
  let campaigns: { id: string; name: string; instrument_code: string }[];
  if (campaignRef !== undefined) {
    const campaign = await resolveCampaign(db, workspaceId, campaignRef);
    if (campaign.organisation_id !== organisation.id) {
      throw new RapportError(
        "campaign_of_other_organisation",
        `Campaign ${campaign.id.slice(0, 8)} belongs to ${campaign.organisation}, not to ${organisation.name}. Choose one of ${organisation.name}'s campaigns (see rapport campaign list).`,
      );
    }
    campaigns = [campaign];
  } else {
    campaigns = await listLatestCampaigns(db, workspaceId, organisation.id);
  }
  const out: CampaignFigures[] = [];
  for (const campaign of campaigns) {
    const { report } = await buildScopedReport(db, workspaceId, { campaign: campaign.id }, [
      "community",
      "group",
    ]);
    const min = report.min_group_size;
    const collect = (items: readonly (ItemFigures | { n: null })[]) => {
      const map = new Map<string, ProblemFigure>();
      for (const item of items) {
        if (item.n === null) continue;
        const figure = problemFigure(item as ItemFigures, min);
        if (figure) map.set(figure.item, figure);
      }
      return map;
    };
    const shown = (groups: readonly { suppressed: boolean }[] | undefined) =>
      (groups ?? []).filter((g): g is ShownGroup => !g.suppressed);
    const groups = new Map<string, Map<string, ProblemFigure>>();
    for (const group of shown(report.breakdowns.group)) {
      if (group.group !== null) groups.set(group.group, collect(group.items));
    }
    const communities = new Map<Community, Map<string, ProblemFigure>>();
    for (const group of shown(report.breakdowns.community)) {
      if (group.group !== null && isCommunity(group.group))
        communities.set(group.group, collect(group.items));
    }
    out.push({
      campaign: { id: campaign.id, name: campaign.name, instrument: campaign.instrument_code },
      min_group_size: min,
      respondents: report.respondents,
      overall: collect(report.items),
      groups,
      communities,
    });
  }
  return out;
}

export interface ItemEvidence extends ProblemFigure {
  campaign: string;
  /** Whose answers: the work system's own group, or the whole organisation. */
  scope: "work_system" | "organisation";
}

export interface GuidelineSurvey {
  figures: ItemEvidence[];
  strongest?: { rule: SurveyRule; item: string };
  gaps: CommunityGap[];
}

/**
 * The survey evidence for one guideline: per mapped item the figure from the work system's own
 * group where the gate shows it, otherwise from the whole organisation; the strongest signal;
 * and any gap between communities (organisation-wide, as groups are too small to split).
 */
export function guidelineSurvey(
  guideline: Guideline,
  sources: readonly CampaignFigures[],
  groupName?: string,
): GuidelineSurvey {
  const figures: ItemEvidence[] = [];
  const gaps: CommunityGap[] = [];
  for (const item of guideline.item_codes) {
    for (const source of sources) {
      const own = groupName === undefined ? undefined : source.groups.get(groupName)?.get(item);
      const figure = own ?? source.overall.get(item);
      if (!figure) continue;
      figures.push({
        ...figure,
        campaign: source.campaign.id,
        scope: own ? "work_system" : "organisation",
      });
      const byCommunity = [...source.communities].flatMap(([community, map]) => {
        const f = map.get(item);
        return f ? [{ community, figure: f }] : [];
      });
      const gap = communityGap(byCommunity);
      if (gap) gaps.push(gap);
      break;
    }
  }
  const strongest = strongestRule(figures);
  return { figures, ...(strongest ? { strongest } : {}), gaps };
}

export interface SurveyFinding {
  guideline: string;
  element: string | null;
  phase: string | null;
  level: SurveyRule["level"];
  rule: SurveyRule["rule"];
  rule_text: string;
  /** The item whose figure set the level. */
  item: string;
  figures: ItemEvidence[];
  gaps: CommunityGap[];
}

/**
 * Guidelines whose mapped items show a problem in the organisation's latest campaigns (or the
 * campaign given), kept apart from the analyst's ratings so the two can disagree in plain view.
 */
export async function surveyFindings(
  db: Queryable,
  workspaceId: string,
  query: { organisation: string; campaign?: string | undefined },
): Promise<{
  organisation: string;
  campaigns: CampaignFigures["campaign"][];
  findings: SurveyFinding[];
}> {
  const organisation = await resolveOrganisation(db, workspaceId, query.organisation);
  const sources = await gatherSurvey(db, workspaceId, organisation, query.campaign);
  const catalogue = await workspaceCatalogue(db, workspaceId);
  const findings: SurveyFinding[] = [];
  for (const guideline of catalogue.guidelines) {
    const survey = guidelineSurvey(guideline, sources);
    if (!survey.strongest) continue;
    findings.push({
      guideline: guideline.code,
      element: guideline.element ?? null,
      phase: guideline.phase ?? null,
      level: survey.strongest.rule.level,
      rule: survey.strongest.rule.rule,
      rule_text: survey.strongest.rule.text,
      item: survey.strongest.item,
      figures: survey.figures,
      gaps: survey.gaps,
    });
  }
  const rank = { high: 0, medium: 1, low: 2 };
  findings.sort((a, b) => rank[a.level] - rank[b.level] || a.guideline.localeCompare(b.guideline));
  return {
    organisation: organisation.name,
    campaigns: sources.map((s) => s.campaign),
    findings,
  };
}

function isCommunity(value: string): value is Community {
  return (COMMUNITIES as readonly string[]).includes(value);
}
