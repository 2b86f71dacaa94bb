import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { type CampaignRow, findCampaignsByIdPrefix } from "./campaign.repository.js";

/** Finds a campaign by its id or the first characters of it, as people copy them from a list. */
export async function resolveCampaign(
  db: Queryable,
  workspaceId: string,
  idOrPrefix: string,
): Promise<CampaignRow> {
  const prefix = idOrPrefix.trim().toLowerCase();
  if (!/^[0-9a-f-]{4,36}$/.test(prefix)) {
    throw new RapportError(
      "bad_campaign_id",
      `"${idOrPrefix.slice(0, 40)}" is not a campaign id. Use the id shown by rapport campaign list (the first 8 characters are enough).`,
    );
  }
  const matches = await findCampaignsByIdPrefix(db, workspaceId, prefix);
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length === 0) {
    throw new RapportError(
      "campaign_not_found",
      `There is no campaign with id ${prefix}. Run rapport campaign list to see the ids.`,
    );
  }
  throw new RapportError(
    "campaign_ambiguous",
    `Several campaigns start with ${prefix}. Type a few more characters of the id (see rapport campaign list).`,
  );
}
