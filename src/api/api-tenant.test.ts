import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { addInstrument } from "../instrument/instrument.service.js";
import { createLinks } from "../invitation/invitation.service.js";
import { createApp } from "../server/app.js";
import { ensureWorkspace } from "../workspace/workspace.service.js";
import { ENDPOINTS } from "./endpoints.js";
import { type ApiClient, accountWithToken, apiClient } from "./test-client.js";

/**
 * Tenant isolation: a token of one workspace tries every endpoint with another workspace's
 * ids. Every answer must be 404, as for an id that never existed, and no row anywhere may
 * change.
 */
let db: Database;
let app: ReturnType<typeof createApp>;
let mine: ApiClient;
let theirs: ApiClient;
let mineCampaign: string;
let foreign: { organisation: string; group: string; campaign: string; study: string };

const TABLES = [
  "workspace",
  "organisation",
  "org_group",
  "instrument",
  "instrument_version",
  "study",
  "campaign",
  "response",
  "answer",
  "open_answer",
  "import_batch",
  "invitation",
  "app_user",
  "viewer_grant",
  "api_token",
];

/** Every row of every table, as one fingerprint per table. */
async function fingerprint(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await db.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
    );
    out[table] = `${row?.n}:${row?.digest}`;
  }
  return out;
}

before(async () => {
  const setup = await setupWorkspace();
  db = setup.db;
  const other = await ensureWorkspace(db, "other-firm-audit");
  const rows = [["organisation", "community", "group", "aware_controls"]];
  for (let i = 0; i < 6; i++) rows.push(["Secret client", "employees", "Vault team", "yes"]);
  await importCsv(db, other.id, csv(rows), "Their study");
  await addInstrument(db, other.id, {
    code: "their-pulse",
    title: "Theirs",
    sections: [{ title: "S", items: [{ code: "q", type: "yes_no", text: "Yes?" }] }],
  });
  const ownRows = [["organisation", "community", "aware_controls"]];
  for (let i = 0; i < 5; i++) ownRows.push(["Own client", "employees", "no"]);
  await importCsv(db, setup.workspaceId, csv(ownRows), "Our study");

  app = createApp({ db });
  mine = apiClient(app, (await accountWithToken(db, "me@example.org", "admin")).token);
  theirs = apiClient(
    app,
    (await accountWithToken(db, "them@example.org", "admin", "other-firm-audit")).token,
  );
  const campaigns = await theirs("GET", "/api/v1/campaigns");
  const campaign = campaigns.body.campaigns[0];
  const org = await theirs("GET", `/api/v1/organisations/${campaign.organisation_id}`);
  const studies = await theirs("GET", "/api/v1/studies");
  foreign = {
    organisation: campaign.organisation_id,
    group: org.body.groups[0].id,
    campaign: campaign.id,
    study: studies.body.studies[0].id,
  };
  await theirs("POST", `/api/v1/campaigns/${campaign.id}/status`, { status: "open" });
  await createLinks(db, other.id, campaign.id, { count: 2, baseUrl: "http://x" });
  mineCampaign = (await mine("GET", "/api/v1/campaigns")).body.campaigns[0].id;
  // Both tokens have been used today, so their last-used day does not change below.
  await theirs("GET", "/api/v1/campaigns");
});
after(async () => {
  await db.close();
});

describe("tenant isolation through the API", () => {
  it("lists nothing of another workspace", async () => {
    const orgs = await mine("GET", "/api/v1/organisations");
    assert.deepEqual(
      orgs.body.organisations.map((o: { name: string }) => o.name),
      ["Own client"],
    );
    const campaigns = await mine("GET", "/api/v1/campaigns");
    assert.equal(campaigns.body.campaigns.length, 1);
    const filtered = await mine("GET", `/api/v1/campaigns?organisation_id=${foreign.organisation}`);
    assert.deepEqual(filtered.body.campaigns, []);
    const studies = await mine("GET", "/api/v1/studies");
    assert.deepEqual(
      studies.body.studies.map((s: { name: string }) => s.name),
      ["Our study"],
    );
    const instruments = await mine("GET", "/api/v1/instruments");
    assert.ok(!instruments.text.includes("their-pulse"));
    for (const text of [orgs.text, campaigns.text, studies.text])
      assert.ok(!text.includes("Secret client") && !text.includes(foreign.organisation));
  });

  it("answers 404 on every endpoint given another workspace's ids, and changes nothing", async () => {
    const before = await fingerprint();
    const tried = new Set<string>();
    const bodies = [
      {},
      { name: "Stolen", status: "closed", min_group_size: 3, count: 3, kind: "single" },
    ];
    for (const endpoint of ENDPOINTS.filter((e) => e.path.includes("{"))) {
      const id = endpoint.path.startsWith("/campaigns/") ? foreign.campaign : foreign.organisation;
      const path = endpoint.path
        .replace("{id}", id)
        .replace("{groupId}", foreign.group)
        .replace("{code}", "their-pulse");
      for (const body of endpoint.method === "get" || endpoint.method === "delete"
        ? [undefined]
        : bodies) {
        const res = await mine(endpoint.method.toUpperCase(), `/api/v1${path}`, body);
        assert.equal(res.status, 404, `${endpoint.method} ${path} ${JSON.stringify(body)}`);
        assert.match(res.body.error.code, /_not_found$/);
        assert.ok(!res.text.includes("Secret client") && !res.text.includes("Vault team"));
      }
      tried.add(endpoint.operationId);
    }
    // Their group under our organisation is not found either.
    const own = (await mine("GET", "/api/v1/organisations")).body.organisations[0].id;
    for (const method of ["PATCH", "DELETE"]) {
      const res = await mine(method, `/api/v1/organisations/${own}/groups/${foreign.group}`, {
        name: "Stolen",
      });
      assert.equal(res.status, 404);
    }
    assert.equal(tried.size, ENDPOINTS.filter((e) => e.path.includes("{")).length);
    assert.ok(tried.size >= 12);
    assert.deepEqual(await fingerprint(), before);
  });

  it("refuses to create anything that points into another workspace", async () => {
    const before = await fingerprint();
    const own = (await mine("GET", "/api/v1/organisations")).body.organisations[0].id;
    const attempts: [string, unknown][] = [
      [
        "/api/v1/campaigns",
        { organisation_id: foreign.organisation, instrument: "sme-security-practices" },
      ],
      ["/api/v1/campaigns", { organisation_id: own, instrument: "their-pulse" }],
      ["/api/v1/campaigns", { organisation_id: own, study_id: foreign.study }],
      ["/api/v1/studies", { name: "Copy", instrument: "their-pulse" }],
    ];
    for (const [path, body] of attempts) {
      const res = await mine("POST", path, body);
      assert.equal(res.status, 404, JSON.stringify(body));
      assert.match(res.body.error.code, /_not_found$/);
    }
    assert.deepEqual(await fingerprint(), before);
  });

  it("works the other way round too", async () => {
    for (const path of [
      `/api/v1/campaigns/${mineCampaign}`,
      `/api/v1/campaigns/${mineCampaign}/results`,
    ]) {
      const res = await theirs("GET", path);
      assert.equal(res.status, 404);
    }
    const res = await mine("GET", `/api/v1/campaigns/${foreign.campaign}/results?by=group`);
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, "campaign_not_found");
  });
});
