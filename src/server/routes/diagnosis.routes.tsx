import { Hono } from "hono";
import { listGrantedOrganisationIds } from "../../account/account.repository.js";
import type { AccountEnv } from "../../account/account.routes.js";
import { canAnalyse } from "../../account/roles.js";
import { getCampaign } from "../../campaign/campaign.service.js";
import type { Database } from "../../db/database.js";
import { diagnoseCampaign } from "../../diagnosis/diagnosis.service.js";
import { attempt } from "../form-input.js";
import { DiagnosisPage } from "../pages/diagnosis-page.js";
import { NotFoundPage } from "../pages/home.js";

/**
 * The relationship diagnosis of a campaign, for analysts and for viewers the organisation was
 * shared with (mounted like the results). Every figure passes the privacy gate.
 */
export function diagnosisRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();
  app.get("/campaigns/:id/diagnosis", async (c) => {
    const user = c.get("user");
    const found = await attempt(() => getCampaign(db, user.workspace_id, c.req.param("id")));
    if (!found.ok) return c.html(<NotFoundPage />, 404);
    const campaign = found.value;
    const viewer = !canAnalyse(user.role);
    if (viewer) {
      const granted = await listGrantedOrganisationIds(db, user.workspace_id, user.id);
      if (!granted.includes(campaign.organisation_id)) return c.html(<NotFoundPage />, 404);
    }
    const diagnosis = await diagnoseCampaign(db, user.workspace_id, campaign.id);
    return c.html(<DiagnosisPage user={user.email} diagnosis={diagnosis} viewer={viewer} />);
  });
  return app;
}
