import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, setupWorkspace, signIn, tempFile } from "../../../test/factories.js";
import { webClient } from "../../../test/web.js";
import { findUserByEmail, insertGrant } from "../../account/account.repository.js";
import { listCampaigns } from "../../campaign/campaign.repository.js";
import type { Database } from "../../db/database.js";
import { importResponses } from "../../importer/response-import.js";
import { csvFileSource } from "../../importer/row-source.js";
import { ensureWorkspace } from "../../workspace/workspace.service.js";
import { createApp } from "../app.js";

/** The "what changed" page and the next-wave button, for analysts, viewers and strangers. */
let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
let cookie: string;
let wave1: string;
let wave2: string;
let organisationId: string;
let foreign: string;

const { get, post } = webClient(
  () => app,
  () => cookie,
);

function rows(org: string, aware: Record<string, number>): string {
  const out: string[][] = [["organisation", "community", "aware_controls"]];
  for (const [answer, n] of Object.entries(aware))
    for (let i = 0; i < n; i++) out.push([org, "employees", answer]);
  return csv(out);
}

async function load(ws: string, org: string, aware: Record<string, number>, wave?: number) {
  await importResponses(db, ws, {
    source: csvFileSource(tempFile("w.csv", rows(org, aware))),
    study: `${org} <pulse>`,
    instrument: wave === undefined ? "sme-security-practices" : undefined,
    wave,
  });
}

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  app = createApp({ db });
  cookie = await signIn(app, db);
  await load(workspaceId, "Acme", { no: 20, yes: 10 });
  await load(workspaceId, "Acme", { no: 6, yes: 24 }, 2);
  const listed = await listCampaigns(db, workspaceId);
  wave1 = listed.find((c) => c.wave === 1)?.id ?? "";
  wave2 = listed.find((c) => c.wave === 2)?.id ?? "";
  organisationId = listed[0]?.organisation_id ?? "";
  const other = await ensureWorkspace(db, "other-firm");
  await load(other.id, "Theirs", { no: 10 });
  await load(other.id, "Theirs", { yes: 10 }, 2);
  foreign = (await listCampaigns(db, other.id)).find((c) => c.wave === 2)?.id ?? "";
});
after(async () => {
  await db.close();
});

describe("what changed between waves", () => {
  it("shows both waves, the difference with its interval, a picture and the reading", async () => {
    const res = await get(`/campaigns/${wave2}/changes`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /What changed: Acme: Acme &lt;pulse&gt; \(wave 2\)/);
    assert.doesNotMatch(html, /<pulse>/);
    assert.match(html, /compared with wave\s+1/);
    assert.match(html, /66.7%/);
    assert.match(html, /20%/);
    assert.match(html, /-47 points, 95% CI -64 to -22/);
    assert.match(html, /<svg class="wave-diff"/);
    assert.match(html, /Better, beyond chance/);
    assert.match(html, /What moved beyond chance/);
  });

  it("breaks down by community on request", async () => {
    const res = await get(`/campaigns/${wave2}/changes?by=community&against=1`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<h2>employees<\/h2>/);
  });

  it("says what to do when there is no earlier wave", async () => {
    const res = await get(`/campaigns/${wave1}/changes`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /This is the first wave/);
    assert.match(html, /Start the next wave/);
    assert.match(html, new RegExp(`href="/campaigns/${wave2}/changes"`), "links the next wave");
    assert.doesNotMatch(html, /next-wave/, "no button for a wave that exists");
  });

  it("links the page and the next-wave button from the campaign page", async () => {
    const html = await (await get(`/campaigns/${wave2}`)).text();
    assert.match(html, new RegExp(`href="/campaigns/${wave2}/changes"`));
    assert.match(html, new RegExp(`action="/campaigns/${wave2}/next-wave"`));
  });

  it("answers 404 for another workspace's campaign and for a viewer without access", async () => {
    assert.equal((await get(`/campaigns/${foreign}/changes`)).status, 404);
    assert.equal((await get("/campaigns/not-an-id/changes")).status, 404);
    const viewer = await signIn(app, db, "boss@example.org", "viewer");
    assert.equal((await get(`/campaigns/${wave2}/changes`, viewer)).status, 404);
    const user = await findUserByEmail(db, "boss@example.org");
    await insertGrant(db, workspaceId, user?.id ?? "", organisationId);
    const res = await get(`/campaigns/${wave2}/changes`, viewer);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Back to the results/);
    const results = await (await get(`/campaigns/${wave2}/results`, viewer)).text();
    assert.match(results, new RegExp(`href="/campaigns/${wave2}/changes"`));
    assert.equal((await post(`/campaigns/${wave2}/next-wave`, {}, viewer)).status, 403);
  });
});

describe("starting the next wave on the web", () => {
  it("creates the draft and goes to it", async () => {
    const res = await post(`/campaigns/${wave2}/next-wave`);
    assert.equal(res.status, 303);
    const location = res.headers.get("location") ?? "";
    assert.match(location, /^\/campaigns\/[0-9a-f-]{36}$/);
    const html = await (await get(location)).text();
    assert.match(html, /\(wave 3\)/);
  });

  it("explains kindly when the next wave exists already", async () => {
    const res = await post(`/campaigns/${wave2}/next-wave`);
    assert.equal(res.status, 409);
    assert.match(await res.text(), /Wave 3 of this campaign already exists/);
  });

  it("answers 404 for another workspace's campaign", async () => {
    assert.equal((await post(`/campaigns/${foreign}/next-wave`)).status, 404);
  });

  it("offers the button on a first wave's empty page once the campaign was opened", async () => {
    const { createCampaign, setCampaignStatus } = await import(
      "../../campaign/campaign.service.js"
    );
    const own = await createCampaign(db, workspaceId, {
      organisation: "Bolt Ltd",
      instrument: "sme-security-practices",
    });
    const draft = await (await get(`/campaigns/${own.id}/changes`)).text();
    assert.match(draft, /This is the first wave/);
    assert.doesNotMatch(draft, /next-wave/);
    await setCampaignStatus(db, workspaceId, own.id, "open");
    const opened = await (await get(`/campaigns/${own.id}/changes`)).text();
    assert.match(opened, new RegExp(`action="/campaigns/${own.id}/next-wave"`));
  });
});
