import { resolveCampaign } from "../campaign/campaign.service.js";
import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { hashAccessCode, hashToken, linkFor, newToken } from "./invitation.js";
import { insertInvitations } from "./invitation.repository.js";

export const MAX_LINKS_AT_ONCE = 10_000;

export interface CreatedLinks {
  campaign: string;
  links: string[];
}

/**
 * Makes invitation links for a campaign: N single-use links (one per person, for a mail merge)
 * or one shared link, optionally with an access code. The tokens exist only in the answer to
 * this call; the database keeps their hashes.
 */
export async function createLinks(
  db: Queryable,
  workspaceId: string,
  campaignIdOrPrefix: string,
  options: { count?: number; shared?: boolean; accessCode?: string | undefined; baseUrl: string },
): Promise<CreatedLinks> {
  const campaign = await resolveCampaign(db, workspaceId, campaignIdOrPrefix);
  if (campaign.status === "closed") {
    throw new RapportError(
      "campaign_closed",
      `The campaign "${campaign.name}" is closed, so it takes no new answers. Open it again first with rapport campaign open ${campaign.id.slice(0, 8)}.`,
    );
  }
  if (options.shared) {
    const code = options.accessCode?.trim();
    if (code !== undefined && (code.length < 4 || code.length > 64)) {
      throw new RapportError("bad_access_code", "An access code needs 4 to 64 characters.");
    }
    const token = newToken();
    await insertInvitations(
      db,
      workspaceId,
      campaign.id,
      "shared",
      [hashToken(token)],
      code ? hashAccessCode(code) : null,
    );
    return { campaign: campaign.id, links: [linkFor(options.baseUrl, token)] };
  }
  const count = options.count ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > MAX_LINKS_AT_ONCE) {
    throw new RapportError(
      "bad_count",
      `Ask for 1 to ${MAX_LINKS_AT_ONCE.toLocaleString("en")} links at a time.`,
    );
  }
  const tokens = Array.from({ length: count }, newToken);
  await insertInvitations(db, workspaceId, campaign.id, "single", tokens.map(hashToken), null);
  return { campaign: campaign.id, links: tokens.map((t) => linkFor(options.baseUrl, t)) };
}
