import { Hono } from "hono";
import { listGrantedOrganisationIds } from "../../account/account.repository.js";
import type { AccountEnv } from "../../account/account.routes.js";
import { canAnalyse } from "../../account/roles.js";
import { getCampaign, nextWave } from "../../campaign/campaign.service.js";
import type { Database } from "../../db/database.js";
import { countInvitations } from "../../invitation/invitation.repository.js";
import { compareWaves } from "../../wave/wave.service.js";
import { attempt } from "../form-input.js";
import { CampaignPage } from "../pages/campaign-pages.js";
import { NotFoundPage } from "../pages/home.js";
import { WavePage } from "../pages/wave-page.js";

/**
 * What changed since the previous wave, for analysts and for viewers the organisation was
 * shared with (mounted like the results). Every figure passes the privacy gate in both waves.
 */
export function waveRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();
  app.get("/campaigns/:id/changes", async (c) => {
    const user = c.get("user");
    const found = await attempt(() => getCampaign(db, user.workspace_id, c.req.param("id")));
    if (!found.ok) return c.html(<NotFoundPage />, 404);
    const campaign = found.value;
    const viewer = !canAnalyse(user.role);
    if (viewer) {
      const granted = await listGrantedOrganisationIds(db, user.workspace_id, user.id);
      if (!granted.includes(campaign.organisation_id)) return c.html(<NotFoundPage />, 404);
    }
    const rawAgainst = c.req.query("against");
    const against = rawAgainst && /^\d{1,4}$/.test(rawAgainst) ? Number(rawAgainst) : undefined;
    const by = c.req.query("by") === "community" ? "community" : undefined;
    let result = await attempt(() =>
      compareWaves(db, user.workspace_id, campaign.id, { against, byCommunity: by !== undefined }),
    );
    // A wave that is not there (an old link) falls back to the one just before.
    if (!result.ok && against !== undefined) {
      result = await attempt(() =>
        compareWaves(db, user.workspace_id, campaign.id, { byCommunity: by !== undefined }),
      );
    }
    if (!result.ok) return c.html(<NotFoundPage />, 404);
    return c.html(<WavePage user={user.email} comparison={result.value} viewer={viewer} by={by} />);
  });
  return app;
}

/** Starting the next wave from the campaign page. Analysts and admins only. */
export function nextWaveRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();
  app.post("/campaigns/:id/next-wave", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const result = await attempt(async () => {
      const campaign = await getCampaign(db, user.workspace_id, id);
      return db.transaction((tx) => nextWave(tx, user.workspace_id, campaign.id));
    });
    if (result.ok) return c.redirect(`/campaigns/${result.value.id}`, 303);
    if (result.status === 404) return c.html(<NotFoundPage />, 404);
    const campaign = await getCampaign(db, user.workspace_id, id);
    return c.html(
      <CampaignPage
        user={user.email}
        campaign={campaign}
        invitations={await countInvitations(db, user.workspace_id, campaign.id)}
        message={result.message}
      />,
      result.status,
    );
  });
  return app;
}
