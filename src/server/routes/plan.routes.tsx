import { type Context, Hono } from "hono";
import { listGrantedOrganisationIds } from "../../account/account.repository.js";
import type { AccountEnv } from "../../account/account.routes.js";
import { canAnalyse } from "../../account/roles.js";
import { listCampaigns } from "../../campaign/campaign.repository.js";
import type { Database } from "../../db/database.js";
import { COMMUNITIES } from "../../organisation/organisation.js";
import { getOrganisation } from "../../organisation/organisation.service.js";
import { ACTION_STATUSES } from "../../plan/action.schema.js";
import {
  createAction,
  getOrganisationAction,
  listActions,
  planOverview,
  updateAction,
} from "../../plan/action.service.js";
import { exportPlan } from "../../plan/plan-export.service.js";
import {
  acceptRecommendation,
  recommendationsForCampaign,
} from "../../plan/recommendation.service.js";
import {
  addChampion,
  addDialogue,
  listChampions,
  listDialogues,
  removeChampion,
  removeDialogue,
} from "../../plan/team.service.js";
import { isActionIntervention } from "../../worksystem/interventions.js";
import { attempt, type FormProblem, formFields } from "../form-input.js";
import { NotFoundPage } from "../pages/home.js";
import { PlanIndexPage, PlanPage, type PlanPageProps } from "../pages/plan-pages.js";
import { EditActionPage, RecommendationsPage } from "../pages/plan-pages-recommendations.js";

const SAVED: Record<string, string> = {
  "action-added": "The action was added to the plan.",
  "action-saved": "The action was saved.",
  status: "The status was changed.",
  "champion-added": "The champion was added.",
  "champion-removed": "The champion was removed from the register.",
  "dialogue-added": "The dialogue was logged.",
  "dialogue-removed": "The dialogue was removed from the log.",
  accepted: "The recommendation is now an action in the plan.",
  "already-accepted": "This recommendation was already in the plan; nothing new was added.",
};

const ACTION_FIELDS = [
  "title",
  "intervention",
  "owner_role",
  "due_on",
  "status",
  "started_on",
  "effects",
  "notes",
] as const;

function pick(form: Record<string, string>, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = form[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

type User = AccountEnv["Variables"]["user"];

/** Builds the plan page of an organisation the user may see; undefined when it is not theirs. */
async function planPage(
  db: Database,
  user: User,
  organisationId: string,
  extra: Partial<PlanPageProps> & { query?: Record<string, string | undefined> } = {},
) {
  const found = await attempt(() => getOrganisation(db, user.workspace_id, organisationId));
  if (!found.ok) return undefined;
  const org = found.value;
  const analyst = canAnalyse(user.role);
  if (
    !analyst &&
    !(await listGrantedOrganisationIds(db, user.workspace_id, user.id)).includes(org.id)
  )
    return undefined;
  const status = extra.query?.status;
  const intervention = extra.query?.intervention;
  const filter = {
    status: (ACTION_STATUSES as readonly string[]).includes(status ?? "") ? status : undefined,
    intervention: isActionIntervention(intervention) ? intervention : undefined,
  };
  const wanted: Record<string, string> = {};
  if (filter.status) wanted.status = filter.status;
  if (filter.intervention) wanted.intervention = filter.intervention;
  const { actions } = await listActions(db, user.workspace_id, org.id, wanted);
  const { champions } = await listChampions(db, user.workspace_id, org.id);
  const { dialogues } = await listDialogues(db, user.workspace_id, org.id);
  const campaigns = (await listCampaigns(db, user.workspace_id)).filter(
    (c) => c.organisation_id === org.id,
  );
  const { query: _, ...rest } = extra;
  return (
    <PlanPage
      user={user.email}
      organisation={{ id: org.id, name: org.name }}
      actions={actions}
      filter={filter}
      champions={champions}
      dialogues={dialogues}
      groups={org.groups.map((g) => ({ id: g.id, name: g.name }))}
      campaigns={campaigns.map((c) => ({ id: c.id, name: c.name, wave: c.wave }))}
      analyst={analyst}
      {...rest}
    />
  );
}

/** The plan as viewers and analysts read it: the page and its CSV downloads. */
export function planReadRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();

  app.get("/organisations/:id/plan", async (c) => {
    const page = await planPage(db, c.get("user"), c.req.param("id"), {
      saved: SAVED[c.req.query("saved") ?? ""],
      query: c.req.query(),
    });
    return page ? c.html(page) : c.html(<NotFoundPage />, 404);
  });

  app.get("/organisations/:id/plan/export/:what", async (c) => {
    const user = c.get("user");
    // The page check also settles who may read this organisation's plan.
    if (!(await planPage(db, user, c.req.param("id")))) return c.html(<NotFoundPage />, 404);
    const result = await attempt(() =>
      exportPlan(db, user.workspace_id, c.req.param("id"), c.req.param("what")),
    );
    if (!result.ok) return c.html(<NotFoundPage />, 404);
    return c.body(result.value.csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.value.filename}"`,
    });
  });

  return app;
}

/** Changes to the plan and the recommendations: analysts and admins only. */
export function planRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();
  const back = (id: string, saved: string) => `/organisations/${id}/plan?saved=${saved}`;

  /** The plan page again with the form's values and problems, or 404 when it is not there. */
  const refused = async (
    c: Context<AccountEnv>,
    problem: FormProblem,
    form: PlanPageProps["form"],
    values: Record<string, string>,
  ) => {
    const page =
      problem.status === 404
        ? undefined
        : await planPage(db, c.get("user"), c.req.param("id") ?? "", {
            form,
            values,
            errors: problem.errors,
            message: problem.message,
          });
    return page ? c.html(page, problem.status) : c.html(<NotFoundPage />, 404);
  };

  const organisationOf = async (c: Context<AccountEnv>) => {
    const found = await attempt(() =>
      getOrganisation(db, c.get("user").workspace_id, c.req.param("id") ?? ""),
    );
    return found.ok ? found.value.id : undefined;
  };

  app.post("/organisations/:id/plan/actions", async (c) => {
    const orgId = await organisationOf(c);
    if (!orgId) return c.html(<NotFoundPage />, 404);
    const values = pick(await formFields(c), ACTION_FIELDS);
    const result = await attempt(() => createAction(db, c.get("user").workspace_id, orgId, values));
    if (result.ok) return c.redirect(back(orgId, "action-added"), 303);
    return refused(c, result, "action", values);
  });

  const actionPage = async (c: Context<AccountEnv>, extra = {}) => {
    const user = c.get("user");
    const orgId = await organisationOf(c);
    if (!orgId) return undefined;
    const found = await attempt(() =>
      getOrganisationAction(db, user.workspace_id, orgId, c.req.param("actionId") ?? ""),
    );
    if (!found.ok) return undefined;
    const org = await getOrganisation(db, user.workspace_id, orgId);
    return (
      <EditActionPage
        user={user.email}
        organisation={{ id: org.id, name: org.name }}
        action={found.value}
        {...extra}
      />
    );
  };

  app.get("/organisations/:id/plan/actions/:actionId", async (c) => {
    const page = await actionPage(c);
    return page ? c.html(page) : c.html(<NotFoundPage />, 404);
  });

  app.post("/organisations/:id/plan/actions/:actionId", async (c) => {
    const values = pick(await formFields(c), ACTION_FIELDS);
    if (!(await actionPage(c))) return c.html(<NotFoundPage />, 404);
    const result = await attempt(() =>
      updateAction(db, c.get("user").workspace_id, c.req.param("actionId"), values),
    );
    if (result.ok) return c.redirect(back(c.req.param("id"), "action-saved"), 303);
    const page = await actionPage(c, {
      values,
      errors: result.errors,
      message: result.message,
    });
    return page ? c.html(page, result.status) : c.html(<NotFoundPage />, 404);
  });

  app.post("/organisations/:id/plan/actions/:actionId/status", async (c) => {
    const form = await formFields(c);
    if (!(await actionPage(c))) return c.html(<NotFoundPage />, 404);
    const result = await attempt(() =>
      updateAction(db, c.get("user").workspace_id, c.req.param("actionId"), {
        status: form.status ?? "",
      }),
    );
    if (result.ok) return c.redirect(back(c.req.param("id"), "status"), 303);
    return refused(c, result, undefined, {});
  });

  app.post("/organisations/:id/plan/champions", async (c) => {
    const orgId = await organisationOf(c);
    if (!orgId) return c.html(<NotFoundPage />, 404);
    const values = pick(await formFields(c), ["group", "name", "contact", "since"]);
    const result = await attempt(() => addChampion(db, c.get("user").workspace_id, orgId, values));
    if (result.ok) return c.redirect(back(orgId, "champion-added"), 303);
    return refused(c, result, "champion", values);
  });

  app.post("/organisations/:id/plan/dialogues", async (c) => {
    const orgId = await organisationOf(c);
    if (!orgId) return c.html(<NotFoundPage />, 404);
    const form = await formFields(c);
    const values = pick(form, [
      "held_on",
      "topics",
      "agreed",
      ...COMMUNITIES.map((k) => `community_${k}`),
    ]);
    const communities = COMMUNITIES.filter((k) => form[`community_${k}`] === "on").join(",");
    const result = await attempt(() =>
      addDialogue(db, c.get("user").workspace_id, orgId, {
        held_on: values.held_on ?? "",
        communities,
        topics: values.topics ?? "",
        agreed: values.agreed ?? "",
      }),
    );
    if (result.ok) return c.redirect(back(orgId, "dialogue-added"), 303);
    return refused(c, result, "dialogue", values);
  });

  for (const [part, remove] of [
    ["champions", removeChampion],
    ["dialogues", removeDialogue],
  ] as const) {
    app.post(`/organisations/:id/plan/${part}/:itemId/remove`, async (c) => {
      const orgId = await organisationOf(c);
      if (!orgId) return c.html(<NotFoundPage />, 404);
      const result = await attempt(() =>
        remove(db, c.get("user").workspace_id, orgId, c.req.param("itemId")),
      );
      if (!result.ok) return c.html(<NotFoundPage />, 404);
      return c.redirect(
        back(orgId, part === "champions" ? "champion-removed" : "dialogue-removed"),
        303,
      );
    });
  }

  app.get("/plans", async (c) => {
    const user = c.get("user");
    return c.html(
      <PlanIndexPage user={user.email} plans={await planOverview(db, user.workspace_id)} />,
    );
  });

  app.get("/campaigns/:id/recommendations", async (c) => {
    const user = c.get("user");
    const found = await attempt(() =>
      recommendationsForCampaign(db, user.workspace_id, c.req.param("id")),
    );
    if (!found.ok) return c.html(<NotFoundPage />, 404);
    return c.html(
      <RecommendationsPage
        user={user.email}
        result={found.value}
        saved={SAVED[c.req.query("saved") ?? ""]}
      />,
    );
  });

  app.post("/campaigns/:id/recommendations", async (c) => {
    const user = c.get("user");
    const form = await formFields(c);
    const result = await attempt(() =>
      acceptRecommendation(db, user.workspace_id, c.req.param("id"), form.intervention ?? ""),
    );
    if (result.ok)
      return c.redirect(
        `/campaigns/${c.req.param("id")}/recommendations?saved=${result.value.created ? "accepted" : "already-accepted"}`,
        303,
      );
    const page = await attempt(() =>
      recommendationsForCampaign(db, user.workspace_id, c.req.param("id")),
    );
    if (!page.ok) return c.html(<NotFoundPage />, 404);
    return c.html(
      <RecommendationsPage user={user.email} result={page.value} message={result.message} />,
      result.status,
    );
  });

  return app;
}
