import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { addResponses, setupWorkspace, signIn } from "../../../test/factories.js";
import { unsafeMarkup, XSS_PAYLOADS } from "../../../test/xss-payloads.js";
import { findUserByEmail, insertGrant } from "../../account/account.repository.js";
import { createUser } from "../../account/account.service.js";
import { createCampaign } from "../../campaign/campaign.service.js";
import type { Database } from "../../db/database.js";
import { ensureWorkspace } from "../../workspace/workspace.service.js";
import { addWorkaround, saveWorkSystem } from "../../worksystem/worksystem.service.js";
import { createApp } from "../app.js";

/** The diagnosis page: who may read it, what it hides, and that typed text stays text. */
let db: Database;
let app: ReturnType<typeof createApp>;
let cookie: string;
let viewer: string;
let campaignId: string;
let otherOrgCampaign: string;
let foreignCampaign: string;

const get = (path: string, who = cookie) => app.request(path, { headers: { cookie: who } });
const hostile = XSS_PAYLOADS.slice(0, 30);

/** Rating answers that give each life-position axis about IT security the score s. */
const its = (ok: number, treats: number): Record<string, string> => ({
  lp_its_ok_1: String(ok),
  lp_its_ok_2: String(ok),
  lp_its_ok_3: String(6 - ok),
  lp_its_treats_1: String(treats),
  lp_its_treats_2: String(treats),
  lp_its_treats_3: String(6 - treats),
});

before(async () => {
  const setup = await setupWorkspace();
  db = setup.db;
  app = createApp({ db });
  cookie = await signIn(app, db);
  const campaign = await createCampaign(db, setup.workspaceId, {
    organisation: "Acme Ltd",
    instrument: "relationship-diagnosis",
  });
  campaignId = campaign.id;
  // 10 staff (shown), 6 IT security (hidden by secondary suppression), 3 managers (hidden).
  const people = [
    ...Array.from({ length: 10 }, (_, i) => ({
      community: "employees",
      answers: { own_community: "employees", ...its(4, i % 2 ? 2 : 1) },
      open: { workarounds_other: hostile[i] ?? "<script>alert(1)</script>" },
    })),
    ...Array.from({ length: 6 }, () => ({
      community: "it_security",
      answers: { own_community: "it_security", ...its(5, 5) },
    })),
    ...Array.from({ length: 3 }, () => ({
      community: "management",
      answers: { own_community: "management", ...its(3, 3) },
    })),
  ];
  await addResponses(db, setup.workspaceId, campaignId, people);
  await saveWorkSystem(db, setup.workspaceId, "Acme Ltd", { name: "Payroll" });
  await addWorkaround(db, setup.workspaceId, "Acme Ltd", "Payroll", {
    description: `Payslips by private mail ${hostile[1]}`,
    guideline: "information.protection_easy",
  });
  otherOrgCampaign = (
    await createCampaign(db, setup.workspaceId, {
      organisation: "Other Ltd",
      instrument: "relationship-diagnosis",
    })
  ).id;
  const zebra = await ensureWorkspace(db, "zebra");
  foreignCampaign = (
    await createCampaign(db, zebra.id, {
      organisation: "Zebra plc",
      instrument: "relationship-diagnosis",
    })
  ).id;
  await createUser(db, {
    email: "viewer@example.org",
    password: "correct horse battery staple",
    role: "viewer",
  });
  viewer = await signIn(app, db, "viewer@example.org", "viewer");
  const user = await findUserByEmail(db, "viewer@example.org");
  await insertGrant(db, setup.workspaceId, user?.id ?? "", campaign.organisation_id);
});
after(async () => {
  await db.close();
});

describe("the diagnosis page", () => {
  it("shows the matrix, climates, signs and workarounds with plain readings", async () => {
    const res = await get(`/campaigns/${campaignId}/diagnosis`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /How the groups see each other/);
    assert.match(html, /<strong>ok_notok<\/strong>/);
    assert.match(
      html,
      /Staff see the IT security team as able, but not as treating others as equals/,
    );
    assert.match(html, /<svg[^>]*aria-hidden="true"/);
    assert.match(html, /Signs of a strained relationship/);
    assert.match(html, /Power imbalance/);
    assert.match(html, /information\.protection_easy/);
    assert.match(html, /describe a workaround/);
  });

  it("says small groups are hidden and shows no figure for them", async () => {
    const html = await (await get(`/campaigns/${campaignId}/diagnosis`)).text();
    assert.match(
      html,
      /Hidden to protect anonymity: results are only shown for groups of 5 or more people\./,
    );
    assert.doesNotMatch(html, /IT security see themselves/);
    assert.doesNotMatch(html, /Managers see/);
  });

  it("escapes hostile written answers and workaround notes", async () => {
    const html = await (await get(`/campaigns/${campaignId}/diagnosis`)).text();
    assert.match(html, /&lt;/, "the hostile text is shown, as text");
    assert.deepEqual(unsafeMarkup(html, hostile), []);
  });

  it("shows empty states for a campaign nobody has answered", async () => {
    const html = await (await get(`/campaigns/${otherOrgCampaign}/diagnosis`)).text();
    assert.match(html, /Nobody has answered yet/);
    assert.match(html, /No workarounds recorded/);
    assert.match(html, /Nobody in this group answered/);
  });

  it("lets a viewer read a granted organisation only, and nobody another workspace's", async () => {
    assert.equal((await get(`/campaigns/${campaignId}/diagnosis`, viewer)).status, 200);
    assert.equal((await get(`/campaigns/${otherOrgCampaign}/diagnosis`, viewer)).status, 404);
    assert.equal((await get(`/campaigns/${foreignCampaign}/diagnosis`)).status, 404);
    assert.equal((await get("/campaigns/not-an-id/diagnosis")).status, 404);
    const anonymous = await app.request(`/campaigns/${campaignId}/diagnosis`);
    assert.notEqual(anonymous.status, 200);
  });

  it("is linked from the campaign results", async () => {
    const html = await (await get(`/campaigns/${campaignId}/results`)).text();
    assert.match(html, new RegExp(`href="/campaigns/${campaignId}/diagnosis"`));
  });
});
