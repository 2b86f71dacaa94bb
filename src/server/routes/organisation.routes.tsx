import { Hono } from "hono";
import type { AccountEnv } from "../../account/account.routes.js";
import { listCampaigns } from "../../campaign/campaign.repository.js";
import type { Database } from "../../db/database.js";
import {
  addGroup,
  changeGroup,
  createOrganisation,
  getOrganisation,
  listOrganisationSummaries,
  removeGroup,
  updateOrganisation,
} from "../../organisation/organisation.service.js";
import { attempt, formFields } from "../form-input.js";
import { NotFoundPage } from "../pages/home.js";
import {
  NewOrganisationPage,
  OrganisationListPage,
  OrganisationPage,
} from "../pages/organisation-pages.js";

const SAVED: Record<string, string> = {
  created: "The organisation was added. Create a campaign for it when you are ready.",
  details: "The details were saved.",
  "group-added": "The group was added.",
  "group-renamed": "The group was renamed.",
  "group-removed": "The group was removed.",
};

/** Organisations and their groups: list, add, change. Analysts and admins only. */
export function organisationRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();

  app.get("/organisations", async (c) => {
    const user = c.get("user");
    return c.html(
      <OrganisationListPage
        user={user.email}
        organisations={await listOrganisationSummaries(db, user.workspace_id)}
      />,
    );
  });

  app.get("/organisations/new", (c) => c.html(<NewOrganisationPage user={c.get("user").email} />));

  app.post("/organisations", async (c) => {
    const user = c.get("user");
    const form = await formFields(c);
    const groups = (form.groups ?? "")
      .split(/\r?\n/)
      .map((g) => g.trim())
      .filter((g) => g !== "");
    const result = await attempt(() =>
      createOrganisation(db, user.workspace_id, {
        name: form.name ?? "",
        sector: form.sector ?? "",
        size_band: form.size_band ?? "",
        groups,
      }),
    );
    if (result.ok) return c.redirect(`/organisations/${result.value.id}?saved=created`, 303);
    return c.html(
      <NewOrganisationPage
        user={user.email}
        values={form}
        errors={withGroupErrors(result.errors)}
        message={result.message}
      />,
      result.status,
    );
  });

  const page = async (
    id: string,
    user: { email: string; workspace_id: string },
    extra: Partial<Parameters<typeof OrganisationPage>[0]> = {},
  ) => {
    const organisation = await getOrganisation(db, user.workspace_id, id);
    const campaigns = (await listCampaigns(db, user.workspace_id)).filter(
      (c) => c.organisation_id === organisation.id,
    );
    return (
      <OrganisationPage
        user={user.email}
        organisation={organisation}
        campaigns={campaigns}
        {...extra}
      />
    );
  };

  app.get("/organisations/:id", async (c) => {
    const found = await attempt(() =>
      page(c.req.param("id"), c.get("user"), { saved: SAVED[c.req.query("saved") ?? ""] }),
    );
    return found.ok ? c.html(found.value) : c.html(<NotFoundPage />, 404);
  });

  app.post("/organisations/:id", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const form = await formFields(c);
    const result = await attempt(() =>
      updateOrganisation(db, user.workspace_id, id, {
        name: form.name ?? "",
        sector: form.sector ?? "",
        size_band: form.size_band ?? "",
      }),
    );
    if (result.ok) return c.redirect(`/organisations/${id}?saved=details`, 303);
    if (result.status === 404) return c.html(<NotFoundPage />, 404);
    return c.html(
      await page(id, user, { values: form, errors: result.errors, message: result.message }),
      result.status,
    );
  });

  app.post("/organisations/:id/groups", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const form = await formFields(c);
    const result = await attempt(() =>
      addGroup(db, user.workspace_id, id, { name: form.group ?? "" }),
    );
    if (result.ok) return c.redirect(`/organisations/${id}?saved=group-added`, 303);
    if (result.status === 404) return c.html(<NotFoundPage />, 404);
    const errors = result.errors.name ? { group: result.errors.name } : result.errors;
    return c.html(await page(id, user, { errors, message: result.message }), result.status);
  });

  app.post("/organisations/:id/groups/:groupId", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const form = await formFields(c);
    const result = await attempt(() =>
      changeGroup(db, user.workspace_id, id, c.req.param("groupId"), { name: form.name ?? "" }),
    );
    if (result.ok) return c.redirect(`/organisations/${id}?saved=group-renamed`, 303);
    if (result.status === 404) return c.html(<NotFoundPage />, 404);
    return c.html(await page(id, user, { message: result.message }), result.status);
  });

  app.post("/organisations/:id/groups/:groupId/remove", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const result = await attempt(() =>
      removeGroup(db, user.workspace_id, id, c.req.param("groupId")),
    );
    if (result.ok) return c.redirect(`/organisations/${id}?saved=group-removed`, 303);
    if (result.status === 404) return c.html(<NotFoundPage />, 404);
    return c.html(await page(id, user, { message: result.message }), result.status);
  });

  return app;
}

/** Errors on one group line ("groups[2]") belong to the groups box of the form. */
function withGroupErrors(errors: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const groupLine = /^groups\[(\d+)\]$/.exec(key);
    if (groupLine) out.groups ??= `Line ${Number(groupLine[1]) + 1}: ${message}`;
    else out[key] = message;
  }
  return out;
}
