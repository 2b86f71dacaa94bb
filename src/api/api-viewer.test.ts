import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace, tableCounts } from "../../test/factories.js";
import { insertGrant } from "../account/account.repository.js";
import type { Database } from "../db/database.js";
import { createApp } from "../server/app.js";
import { ENDPOINTS } from "./endpoints.js";
import { type ApiClient, accountWithToken, apiClient } from "./test-client.js";

/**
 * A viewer (for example a firm's manager) reads the results of the organisations shared with
 * them, and nothing else: other endpoints say 403 before looking anything up, and campaigns
 * not shared with them read exactly like campaigns that do not exist.
 */
let db: Database;
let app: ReturnType<typeof createApp>;
let viewer: ApiClient;
let analyst: ApiClient;
let viewerId: string;
let workspaceId: string;
let shared: { campaign: string; organisation: string };
let other: { campaign: string; organisation: string; group: string };

const MISSING = "00000000-0000-4000-8000-000000000000";

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  const rows = [["organisation", "community", "group", "aware_controls"]];
  for (let i = 0; i < 6; i++) rows.push(["Shared firm", "employees", "Sales", "yes"]);
  for (let i = 0; i < 6; i++) rows.push(["Other firm", "employees", "Board", "no"]);
  await importCsv(db, workspaceId, csv(rows), "Two firms");
  app = createApp({ db });
  analyst = apiClient(app, (await accountWithToken(db, "analyst@example.org", "analyst")).token);
  const account = await accountWithToken(db, "manager@example.org", "viewer");
  viewerId = account.userId;
  viewer = apiClient(app, account.token);
  const { body } = await analyst("GET", "/api/v1/campaigns");
  const find = (name: string) =>
    body.campaigns.find((c: { organisation: string }) => c.organisation === name);
  shared = { campaign: find("Shared firm").id, organisation: find("Shared firm").organisation_id };
  const otherCampaign = find("Other firm");
  const org = await analyst("GET", `/api/v1/organisations/${otherCampaign.organisation_id}`);
  other = {
    campaign: otherCampaign.id,
    organisation: otherCampaign.organisation_id,
    group: org.body.groups[0].id,
  };
});
after(async () => {
  await db.close();
});

describe("a viewer without any grant", () => {
  it("sees an empty list of campaigns", async () => {
    const res = await viewer("GET", "/api/v1/campaigns");
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.campaigns, []);
  });
});

describe("a viewer with one organisation shared", () => {
  before(async () => {
    await insertGrant(db, workspaceId, viewerId, shared.organisation);
  });

  it("lists only that organisation's campaigns", async () => {
    const res = await viewer("GET", "/api/v1/campaigns");
    assert.deepEqual(
      res.body.campaigns.map((c: { id: string }) => c.id),
      [shared.campaign],
    );
    const filtered = await viewer("GET", `/api/v1/campaigns?organisation_id=${other.organisation}`);
    assert.deepEqual(filtered.body.campaigns, []);
  });

  it("reads that campaign and its results", async () => {
    assert.equal((await viewer("GET", `/api/v1/campaigns/${shared.campaign}`)).status, 200);
    const res = await viewer("GET", `/api/v1/campaigns/${shared.campaign}/results?by=group`);
    assert.equal(res.status, 200);
    assert.equal(res.body.report.respondents, 6);
  });

  it("gets the very answer for a campaign not shared as for one that does not exist", async () => {
    for (const path of ["", "/results"]) {
      const hidden = await viewer("GET", `/api/v1/campaigns/${other.campaign}${path}`);
      const missing = await viewer("GET", `/api/v1/campaigns/${MISSING}${path}`);
      assert.equal(hidden.status, 404);
      assert.equal(hidden.text, missing.text);
    }
  });

  it("is refused (403) every other endpoint before anything is looked up, and nothing changes", async () => {
    const before = await tableCounts(db);
    const ids: Record<string, string[]> = {
      id: [shared.organisation, other.organisation, MISSING, "x"],
      groupId: [other.group],
      code: ["sme-security-practices"],
    };
    const analystOnly = ENDPOINTS.filter((e) => e.access === "analyst");
    assert.ok(analystOnly.length >= 15);
    for (const endpoint of analystOnly) {
      const isCampaign = endpoint.path.startsWith("/campaigns/{id}");
      const idValues = isCampaign
        ? [shared.campaign, other.campaign, MISSING]
        : (ids.id as string[]);
      for (const id of idValues) {
        const path = endpoint.path
          .replace("{id}", id)
          .replace("{groupId}", ids.groupId?.[0] ?? "")
          .replace("{code}", ids.code?.[0] ?? "");
        const body =
          endpoint.method === "get" ? undefined : { name: "Taken over", status: "open", count: 5 };
        const res = await viewer(endpoint.method.toUpperCase(), `/api/v1${path}`, body);
        assert.equal(res.status, 403, `${endpoint.method} ${path}`);
        assert.equal(res.body.error.code, "forbidden");
      }
    }
    assert.deepEqual(await tableCounts(db), before);
    const campaign = await analyst("GET", `/api/v1/campaigns/${shared.campaign}`);
    assert.equal(campaign.body.status, "closed", "imported campaigns stay closed");
    assert.equal(campaign.body.name, "Shared firm: Two firms");
  });

  it("loses or gains rights as soon as the role changes", async () => {
    await db.query("UPDATE app_user SET role = 'analyst' WHERE id = $1", [viewerId]);
    assert.equal((await viewer("GET", "/api/v1/organisations")).status, 200);
    await db.query("UPDATE app_user SET role = 'viewer' WHERE id = $1", [viewerId]);
    assert.equal((await viewer("GET", "/api/v1/organisations")).status, 403);
  });
});
