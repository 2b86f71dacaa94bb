import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace, signIn } from "../../../test/factories.js";
import { webClient } from "../../../test/web.js";
import { unsafeMarkup, XSS_PAYLOADS } from "../../../test/xss-payloads.js";
import { findUserByEmail, insertGrant } from "../../account/account.repository.js";
import { listCampaigns } from "../../campaign/campaign.repository.js";
import type { Database } from "../../db/database.js";
import { createOrganisation } from "../../organisation/organisation.service.js";
import { createAction } from "../../plan/action.service.js";
import { ensureWorkspace } from "../../workspace/workspace.service.js";
import { rate } from "../../worksystem/assessment.service.js";
import { saveWorkSystem } from "../../worksystem/worksystem.service.js";
import { createApp } from "../app.js";

/** The action plan and recommendation pages, as an analyst and a viewer use them. */
let db: Database;
let app: ReturnType<typeof createApp>;
let cookie: string;
let viewer: string;
let ws: string;
let orgId: string;
let hiddenOrgId: string;
let campaignId: string;
let foreignOrgId: string;
let foreignActionId: string;
let foreignCampaignId: string;

const { get, post } = webClient(
  () => app,
  () => cookie,
);
const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? -1;
const hostile = XSS_PAYLOADS.slice(0, 30).join(" ").slice(0, 1500);

async function surveyedOrganisation(workspaceId: string, name: string): Promise<string> {
  await saveWorkSystem(db, workspaceId, name, { name: "Payroll" }, { createOrganisation: {} });
  const rows: (string | number)[][] = [
    ["respondent_id", "organisation", "community", "group", "involved_requirements"],
  ];
  for (let i = 0; i < 10; i++) rows.push([`r${i}`, name, "employees", "Payroll", "no"]);
  await importCsv(db, workspaceId, csv(rows), `${name} survey`);
  await rate(db, workspaceId, name, {
    work_system: "Payroll",
    guideline: "participants.shape_security",
    rating: "not_met",
  });
  const campaign = (await listCampaigns(db, workspaceId)).find((c) => c.organisation === name);
  return campaign?.id ?? "";
}

before(async () => {
  const setup = await setupWorkspace();
  db = setup.db;
  ws = setup.workspaceId;
  app = createApp({ db });
  cookie = await signIn(app, db);
  campaignId = await surveyedOrganisation(ws, "Acme Ltd");
  orgId = (await listCampaigns(db, ws)).find((c) => c.id === campaignId)?.organisation_id ?? "";
  hiddenOrgId = (await createOrganisation(db, ws, { name: "Hidden Ltd" })).id;
  const zebra = await ensureWorkspace(db, "zebra-plan");
  foreignCampaignId = await surveyedOrganisation(zebra.id, "Zebra plc");
  foreignOrgId =
    (await listCampaigns(db, zebra.id)).find((c) => c.id === foreignCampaignId)?.organisation_id ??
    "";
  foreignActionId = (
    await createAction(db, zebra.id, foreignOrgId, { title: "Theirs", intervention: "monitoring" })
  ).action.id;
  viewer = await signIn(app, db, "viewer@example.org", "viewer");
  const user = await findUserByEmail(db, "viewer@example.org");
  await insertGrant(db, ws, user?.id ?? "", orgId);
});
after(async () => db.close());

describe("the action plan page", () => {
  it("starts empty and says what to do next", async () => {
    const res = await get(`/organisations/${orgId}/plan`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /There are no actions yet/);
    assert.match(html, /No champions yet/);
    assert.match(html, /No dialogues logged yet/);
    assert.match(html, new RegExp(`href="/campaigns/${campaignId}/recommendations"`));
  });

  it("refuses bad input beside the fields and stores nothing", async () => {
    const before = await count("plan_action");
    const res = await post(`/organisations/${orgId}/plan/actions`, {
      title: "",
      intervention: "hugs",
      due_on: "soon",
      effects: "blame",
    });
    assert.equal(res.status, 400);
    const html = await res.text();
    for (const field of ["title", "intervention", "due_on", "effects"])
      assert.match(html, new RegExp(`id="f-${field}-error"`), field);
    assert.equal(await count("plan_action"), before);
  });

  it("adds an action, escaping what was typed, and changes its status", async () => {
    const res = await post(`/organisations/${orgId}/plan/actions`, {
      title: XSS_PAYLOADS[0] ?? "<script>",
      intervention: "security_dialogue",
      owner_role: XSS_PAYLOADS[3] ?? "",
      due_on: "2026-12-31",
      status: "planned",
      started_on: "",
      effects: "indicator:disengagement\nitem:contact_frequency",
      notes: hostile,
    });
    assert.equal(res.status, 303);
    const html = await (await get(`/organisations/${orgId}/plan?saved=action-added`)).text();
    assert.deepEqual(unsafeMarkup(html, XSS_PAYLOADS), []);
    assert.match(html, /The action was added/);
    assert.match(html, /title="indicator:disengagement">Sign: disengagement</);
    assert.match(html, /title="item:contact_frequency">Question: /);
    const [row] = await db.query<{ id: string }>(
      "SELECT id FROM plan_action WHERE owner_role <> ''",
    );
    const id = row?.id ?? "";
    const changed = await post(`/organisations/${orgId}/plan/actions/${id}/status`, {
      status: "in_progress",
    });
    assert.equal(changed.status, 303);
    const [after] = await db.query<{ started_on: string | null }>(
      "SELECT started_on::text FROM plan_action WHERE id = $1",
      [id],
    );
    assert.match(after?.started_on ?? "", /^\d{4}-\d{2}-\d{2}$/);
    const edit = await (await get(`/organisations/${orgId}/plan/actions/${id}`)).text();
    assert.deepEqual(unsafeMarkup(edit, XSS_PAYLOADS), []);
    const saved = await post(`/organisations/${orgId}/plan/actions/${id}`, {
      title: "Monthly dialogues",
      intervention: "security_dialogue",
      status: "in_progress",
      effects: "indicator:disengagement",
    });
    assert.equal(saved.status, 303);
    const bad = await post(`/organisations/${orgId}/plan/actions/${id}`, { title: "" });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /id="f-title-error"/);
    const filtered = await (await get(`/organisations/${orgId}/plan?status=done`)).text();
    assert.match(filtered, /No actions match this filter/);
  });

  it("keeps the champions register and the dialogue log", async () => {
    const [group] = await db.query<{ id: string }>(
      "SELECT id FROM org_group WHERE organisation_id = $1",
      [orgId],
    );
    assert.equal(
      (
        await post(`/organisations/${orgId}/plan/champions`, {
          group: group?.id ?? "",
          name: XSS_PAYLOADS[5] ?? "x",
          contact: "ext. 12",
        })
      ).status,
      303,
    );
    const noCommunity = await post(`/organisations/${orgId}/plan/dialogues`, {
      held_on: "2026-03-02",
      topics: "VPN",
    });
    assert.equal(noCommunity.status, 400);
    assert.match(await noCommunity.text(), /Who took part/);
    const logged = await post(`/organisations/${orgId}/plan/dialogues`, {
      held_on: "2026-03-02",
      community_employees: "on",
      community_it_security: "on",
      topics: XSS_PAYLOADS[9] ?? "x",
      agreed: hostile,
    });
    assert.equal(logged.status, 303);
    const html = await (await get(`/organisations/${orgId}/plan`)).text();
    assert.deepEqual(unsafeMarkup(html, XSS_PAYLOADS), []);
    assert.match(html, /Employees, IT security staff/);
  });

  it("exports CSV with formulas defused", async () => {
    await post(`/organisations/${orgId}/plan/actions`, {
      title: "=1+2",
      intervention: "monitoring",
      notes: "+call()",
    });
    const res = await get(`/organisations/${orgId}/plan/export/actions`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/csv/);
    assert.match(res.headers.get("content-disposition") ?? "", /acme-ltd-actions\.csv/);
    const text = await res.text();
    assert.ok(text.includes(",'=1+2,"), text);
    assert.ok(text.includes(",'+call(),"), text);
    for (const part of ["champions", "dialogues"])
      assert.equal((await get(`/organisations/${orgId}/plan/export/${part}`)).status, 200);
    assert.equal((await get(`/organisations/${orgId}/plan/export/people`)).status, 404);
  });
});

describe("the overview of plans", () => {
  it("lists this workspace's organisations with their plans, and none of another's", async () => {
    const html = await (await get("/plans")).text();
    assert.match(html, new RegExp(`href="/organisations/${orgId}/plan"`));
    assert.match(html, new RegExp(`href="/campaigns/${campaignId}/recommendations"`));
    assert.match(html, /Hidden Ltd/);
    assert.doesNotMatch(html, /Zebra plc/);
    assert.match(html, /href="\/plans" aria-current="page"/);
    assert.equal((await get("/plans", viewer)).status, 403);
  });
});

describe("recommendations on the web", () => {
  it("shows reasons and adds a recommendation to the plan once", async () => {
    const html = await (await get(`/campaigns/${campaignId}/recommendations`)).text();
    assert.match(html, /Workshop on security needs/);
    assert.match(html, /In Payroll staff are not involved/);
    assert.match(html, /Add to action plan/);
    const before = await count("plan_action");
    const first = await post(`/campaigns/${campaignId}/recommendations`, {
      intervention: "requirement_workshop",
    });
    assert.equal(first.status, 303);
    assert.match(first.headers.get("location") ?? "", /saved=accepted/);
    const again = await post(`/campaigns/${campaignId}/recommendations`, {
      intervention: "requirement_workshop",
    });
    assert.match(again.headers.get("location") ?? "", /saved=already-accepted/);
    assert.equal(await count("plan_action"), before + 1);
    const page = await (await get(`/campaigns/${campaignId}/recommendations`)).text();
    assert.match(page, /In the action plan/);
    const unknown = await post(`/campaigns/${campaignId}/recommendations`, {
      intervention: "<b>hugs</b>",
    });
    assert.ok(unknown.status >= 400 && unknown.status < 500);
    assert.doesNotMatch(await unknown.text(), /<b>hugs<\/b>/);
  });
});

describe("who may see and change the plan", () => {
  it("refuses a form from another site", async () => {
    const before = await count("plan_action");
    const res = await post(
      `/organisations/${orgId}/plan/actions`,
      { title: "Forged", intervention: "monitoring" },
      cookie,
      false,
    );
    assert.equal(res.status, 403);
    const forged = await app.request(`/campaigns/${campaignId}/recommendations`, {
      method: "POST",
      body: new URLSearchParams({ intervention: "guideline_action" }),
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://evil.example",
      },
    });
    assert.equal(forged.status, 403);
    assert.equal(await count("plan_action"), before);
  });

  it("answers 404 for another workspace's organisation, action or campaign", async () => {
    assert.equal((await get(`/organisations/${foreignOrgId}/plan`)).status, 404);
    assert.equal((await get(`/organisations/${foreignOrgId}/plan/export/actions`)).status, 404);
    assert.equal(
      (await get(`/organisations/${orgId}/plan/actions/${foreignActionId}`)).status,
      404,
    );
    assert.equal(
      (
        await post(`/organisations/${orgId}/plan/actions/${foreignActionId}/status`, {
          status: "done",
        })
      ).status,
      404,
    );
    assert.equal(
      (
        await post(`/organisations/${foreignOrgId}/plan/actions`, {
          title: "x",
          intervention: "monitoring",
        })
      ).status,
      404,
    );
    assert.equal((await get(`/campaigns/${foreignCampaignId}/recommendations`)).status, 404);
    assert.equal(
      (
        await post(`/campaigns/${foreignCampaignId}/recommendations`, {
          intervention: "requirement_workshop",
        })
      ).status,
      404,
    );
    assert.equal((await get("/organisations/not-a-uuid/plan")).status, 404);
    const [theirs] = await db.query<{ status: string }>(
      "SELECT status FROM plan_action WHERE id = $1",
      [foreignActionId],
    );
    assert.equal(theirs?.status, "planned");
  });

  it("lets a viewer read a granted organisation's plan, and nothing more", async () => {
    const res = await get(`/organisations/${orgId}/plan`, viewer);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.doesNotMatch(html, /Add the action/);
    assert.doesNotMatch(html, /method="post" action="\/organisations/);
    assert.equal((await get(`/organisations/${orgId}/plan/export/actions`, viewer)).status, 200);
    assert.equal((await get(`/organisations/${hiddenOrgId}/plan`, viewer)).status, 404);
    assert.equal(
      (
        await post(
          `/organisations/${orgId}/plan/actions`,
          { title: "x", intervention: "monitoring" },
          viewer,
        )
      ).status,
      403,
    );
    assert.equal((await get(`/campaigns/${campaignId}/recommendations`, viewer)).status, 403);
  });
});
