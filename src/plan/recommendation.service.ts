import type { CampaignRow } from "../campaign/campaign.repository.js";
import type { Database, Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { listActionRows } from "./action.repository.js";
import { EFFECT_PATTERN } from "./action.schema.js";
import { type ActionView, createAction } from "./action.service.js";
import { type Recommendation, recommend } from "./recommend.js";
import { loadRules } from "./recommendation-rules.js";
import { signalsForCampaign } from "./signals.service.js";

/**
 * The recommendations for one campaign, and how one becomes an action in the organisation's
 * plan. An accepted recommendation is remembered by campaign and intervention, so accepting it
 * again opens the same action.
 */
export interface CampaignRecommendations {
  campaign: { id: string; name: string; organisation_id: string; organisation: string };
  recommendations: (Recommendation & {
    /** The action made from this recommendation of this campaign, once accepted. */
    action_id: string | null;
    /** Other open actions of the same kind already in the plan (from elsewhere or by hand). */
    similar_actions: { id: string; title: string; status: string }[];
  })[];
}

export function recommendationKey(campaignId: string, intervention: string): string {
  return `${campaignId}:${intervention}`;
}

function campaignView(c: CampaignRow): CampaignRecommendations["campaign"] {
  return {
    id: c.id,
    name: c.name,
    organisation_id: c.organisation_id,
    organisation: c.organisation,
  };
}

export async function recommendationsForCampaign(
  db: Queryable,
  workspaceId: string,
  campaignRef: string,
  rulesPath?: string,
): Promise<CampaignRecommendations> {
  const rules = loadRules(rulesPath);
  const { campaign, signals } = await signalsForCampaign(db, workspaceId, campaignRef);
  const actions = await listActionRows(db, workspaceId, campaign.organisation_id);
  const accepted = new Map(actions.map((a) => [a.recommendation_key, a.id]));
  return {
    campaign: campaignView(campaign),
    recommendations: recommend(signals, rules).map((r) => ({
      ...r,
      action_id: accepted.get(recommendationKey(campaign.id, r.intervention)) ?? null,
      similar_actions: actions
        .filter(
          (a) =>
            a.intervention === r.intervention &&
            a.recommendation_key !== recommendationKey(campaign.id, r.intervention) &&
            (a.status === "planned" || a.status === "in_progress"),
        )
        .map((a) => ({ id: a.id, title: a.title, status: a.status })),
    })),
  };
}

/** What an action made from a recommendation starts with. */
export function actionFromRecommendation(
  rec: Recommendation,
  campaign: CampaignRecommendations["campaign"],
): Record<string, unknown> {
  const where = rec.work_systems.map((w) => w.name).join(", ");
  const title = where === "" ? rec.label : `${rec.label}: ${where}`;
  const links = rec.reasons.slice(0, 40).map((reason) =>
    reason.signal.kind === "finding"
      ? {
          kind: "finding",
          code: reason.signal.code.slice(0, 200),
          body: `${reason.signal.workSystem?.name ?? "Whole organisation"}: ${reason.evidence}`.slice(
            0,
            2000,
          ),
        }
      : {
          kind: "reason",
          code: reason.rule,
          body: `${reason.text} ${reason.evidence}`.trim().slice(0, 2000),
        },
  );
  return {
    title: title.length > 200 ? `${title.slice(0, 197)}...` : title,
    intervention: rec.intervention,
    // Codes from a firm's own questionnaire may not fit the effect pattern; those are left out.
    effects: rec.effects.filter((e) => EFFECT_PATTERN.test(e)),
    notes: `Recommended from the campaign "${campaign.name}". ${rec.catalogue.purpose}`.slice(
      0,
      4000,
    ),
    links,
  };
}

export async function acceptRecommendation(
  db: Database,
  workspaceId: string,
  campaignRef: string,
  intervention: string,
  rulesPath?: string,
): Promise<{ action: ActionView; created: boolean }> {
  const { campaign, recommendations } = await recommendationsForCampaign(
    db,
    workspaceId,
    campaignRef,
    rulesPath,
  );
  const rec = recommendations.find((r) => r.intervention === intervention);
  if (!rec) {
    throw new RapportError(
      "recommendation_not_found",
      `"${intervention.slice(0, 60)}" is not among the recommendations for this campaign. ${recommendations.length > 0 ? `Choose one of: ${recommendations.map((r) => r.intervention).join(", ")}.` : "There are no recommendations for it yet."}`,
    );
  }
  return createAction(
    db,
    workspaceId,
    campaign.organisation_id,
    actionFromRecommendation(rec, campaign),
    recommendationKey(campaign.id, rec.intervention),
  );
}
