import { resolveCampaign } from "../campaign/campaign.service.js";
import type { Queryable } from "../db/database.js";
import { type CampaignIndicators, campaignIndicators } from "./campaign-indicators.js";
import { countRespondentsByCommunity, listOpenAnswers } from "./open-answer.repository.js";

/** A campaign's relationship signs, read from the database and passed through the privacy gate. */
export async function indicatorsForCampaign(
  db: Queryable,
  workspaceId: string,
  campaignIdOrPrefix: string,
): Promise<CampaignIndicators & { campaign: string; name: string }> {
  const campaign = await resolveCampaign(db, workspaceId, campaignIdOrPrefix);
  const answers = await listOpenAnswers(db, workspaceId, [campaign.id]);
  const counts = await countRespondentsByCommunity(db, workspaceId, [campaign.id]);
  return {
    campaign: campaign.id,
    name: campaign.name,
    ...campaignIndicators(answers, counts, campaign.min_group_size),
  };
}
