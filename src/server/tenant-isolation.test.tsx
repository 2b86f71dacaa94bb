import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace, tableCounts } from "../../test/factories.js";
import {
  B_WORD,
  type Get,
  leaksOf,
  type Post,
  setupTenants,
  type Tenant,
} from "../../test/tenant-fixtures.js";
import { findUserByEmail } from "../account/account.repository.js";
import { listTokensOf } from "../api/api-token.service.js";
import { getCampaign } from "../campaign/campaign.service.js";
import type { Database } from "../db/database.js";
import { listVersions } from "../instrument/instrument.repository.js";
import { getInstrumentVersion } from "../instrument/instrument.service.js";
import { countInvitations } from "../invitation/invitation.repository.js";
import { getOrganisation } from "../organisation/organisation.service.js";

/**
 * Tenant isolation on the web pages: an analyst of workspace A tries every page and form with
 * workspace B's ids. Each must answer 404, exactly as for an id that never existed, show
 * nothing of B, and change nothing anywhere. Names and questionnaire codes are per workspace,
 * so A may reuse B's; that must not touch B either. What A's analyst and viewer see, and the
 * public survey flow, are in tenant-views.test.tsx. (The /api/v1 endpoints have their own
 * suite in src/api/api-tenant.test.ts.)
 */
let db: Database;
let a: Tenant;
let b: Tenant;
let post: Post;
let get: Get;

before(async () => {
  ({ db, a, b, post, get } = await setupTenants(await setupWorkspace()));
});
after(async () => {
  await db.close();
});

const leaks = (body: string) => leaksOf(b, body);

/** Every row of every table, one digest per table; only one workspace's rows when given. */
async function fingerprint(workspaceId?: string): Promise<Record<string, string>> {
  const tables = await db.query<{ table_name: string; scoped: boolean }>(
    `SELECT t.table_name,
            EXISTS (SELECT 1 FROM information_schema.columns c
                    WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                      AND c.column_name = 'workspace_id') AS scoped
     FROM information_schema.tables t
     WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
     ORDER BY t.table_name`,
  );
  const out: Record<string, string> = {};
  for (const { table_name: table, scoped } of tables) {
    if (workspaceId !== undefined && !scoped) continue;
    const where = workspaceId === undefined ? "" : "WHERE workspace_id = $1";
    const [row] = await db.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest
       FROM "${table}" t ${where}`,
      workspaceId === undefined ? [] : [workspaceId],
    );
    out[table] = `${row?.n}:${row?.digest}`;
  }
  return out;
}

/** What a person of workspace B sees of their own data; none of it may change. */
async function bState() {
  const org = await getOrganisation(db, b.workspaceId, b.orgId);
  const campaign = await getCampaign(db, b.workspaceId, b.campaignId);
  const draft = await getCampaign(db, b.workspaceId, b.draftCampaignId);
  const pulse = await getInstrumentVersion(db, b.workspaceId, b.code);
  const shared = await getInstrumentVersion(db, b.workspaceId, "shared-pulse");
  const user = await findUserByEmail(db, "analyst@zebrafish.example");
  return {
    org: { name: org.name, sector: org.sector, size: org.size_band },
    groups: org.groups.map((g) => [g.id, g.name, g.respondents]),
    campaign: [campaign.name, campaign.status, campaign.min_group_size, campaign.sponsor],
    respondents: campaign.respondents,
    draft: [draft.name, draft.status],
    invitations: await countInvitations(db, b.workspaceId, b.campaignId),
    questionnaires: [
      pulse.version,
      pulse.definition.title,
      shared.version,
      shared.definition.title,
    ],
    versions: (await listVersions(db, b.workspaceId, b.code)).length,
    tokens: (await listTokensOf(db, b.workspaceId, user?.id)).map((t) => [t.id, t.revoked_at]),
  };
}

/**
 * Every page of B's, with the status B's own analyst gets for it. Ids in capitals are the same
 * ids to PostgreSQL; the study page compares them as written (null: a 404 for B too).
 */
function attackGets(): { path: string; own: number | null }[] {
  const own = (path: string) => ({ path, own: 200 });
  return [
    own(`/organisations/${b.orgId}`),
    own(`/organisations/${b.orgId}?saved=created`),
    own(`/organisations/${b.orgId.toUpperCase()}`),
    own(`/campaigns/${b.campaignId}`),
    own(`/campaigns/${b.campaignId.toUpperCase()}`),
    own(`/campaigns/${b.draftCampaignId}`),
    own(`/campaigns/${b.campaignId}/results`),
    own(`/campaigns/${b.campaignId}/results?by=group`),
    own(`/campaigns/${b.campaignId}/results?sign=blame`),
    own(`/campaigns/${b.campaignId}/interview`),
    own(`/instruments/${b.code}`),
    own(`/instruments/${b.code}?version=1`),
    own(`/instruments/${b.code}/edit`),
    own(`/instruments/${b.code}/definition.json`),
    own(`/instruments/${b.code}/definition.json?version=1`),
    own(`/studies/${b.studyId}`),
    own(`/studies/${b.studyId}?by=group`),
    { path: `/studies/${b.studyId.toUpperCase()}`, own: null },
  ];
}

/** Every form that changes B's data, with the status it gives B's own analyst. */
function attackPosts(): { path: string; fields: Record<string, string>; own: number | null }[] {
  const [vault, night, spare] = b.groupIds as [string, string, string];
  return [
    {
      path: `/organisations/${b.orgId}`,
      fields: { name: "Taken over", sector: "", size_band: "" },
      own: 303,
    },
    { path: `/organisations/${b.orgId}/groups`, fields: { group: "Intruders" }, own: 303 },
    {
      path: `/organisations/${b.orgId}/groups/${vault}`,
      fields: { name: "Renamed by A" },
      own: 303,
    },
    // A's own organisation with B's group: the group must be looked up within A's.
    {
      path: `/organisations/${a.orgId}/groups/${night}`,
      fields: { name: "Renamed through A" },
      own: null,
    },
    { path: `/organisations/${a.orgId}/groups/${spare}/remove`, fields: {}, own: null },
    { path: `/organisations/${b.orgId}/groups/${spare}/remove`, fields: {}, own: 303 },
    {
      path: `/campaigns/${b.campaignId}`,
      fields: { name: "Hijacked", min_group_size: "9", sponsor: "A", purpose: "A" },
      own: 303,
    },
    { path: `/campaigns/${b.draftCampaignId}/status`, fields: { status: "open" }, own: 303 },
    {
      path: `/campaigns/${b.campaignId}/links`,
      fields: { kind: "single", count: "5" },
      own: 200,
    },
    {
      path: `/campaigns/${b.campaignId}/links`,
      fields: { kind: "shared", access_code: "letmein" },
      own: 200,
    },
    {
      path: `/campaigns/${b.campaignId}/interview`,
      fields: { consent: "yes", community: "employees", group: vault, q1: "yes", w: "Planted" },
      own: 303,
    },
    {
      path: `/instruments/${b.code}/edit`,
      fields: { based_on: "1", code: b.code, title: "Hijacked" },
      own: 303,
    },
    { path: `/account/tokens/${b.tokenId}/revoke`, fields: {}, own: 303 },
    { path: `/campaigns/${b.campaignId}/status`, fields: { status: "closed" }, own: 303 },
  ];
}

describe("workspace A's analyst given workspace B's ids", () => {
  let snapshot: Record<string, string>;
  let counts: Record<string, number>;
  let state: Awaited<ReturnType<typeof bState>>;

  it("gets 404 from every page and form, sees nothing of B, and changes nothing", async () => {
    snapshot = await fingerprint();
    counts = await tableCounts(db);
    state = await bState();
    const failures: string[] = [];
    for (const { path } of attackGets()) {
      const res = await get(a.cookie, path);
      const body = await res.text();
      if (res.status !== 404) failures.push(`GET ${path}: ${res.status}`);
      if (leaks(body).length > 0) failures.push(`GET ${path} shows ${leaks(body).join(", ")}`);
    }
    for (const { path, fields } of attackPosts()) {
      const res = await post(a.cookie, path, fields);
      const body = await res.text();
      if (res.status !== 404) failures.push(`POST ${path}: ${res.status}`);
      if (leaks(body).length > 0) failures.push(`POST ${path} shows ${leaks(body).join(", ")}`);
    }
    // Creating a campaign from B's organisation or questionnaire is a form mistake in A.
    for (const fields of [
      { organisation_id: b.orgId, instrument: "sme-security-practices", name: "Sneaky" },
      { organisation_id: a.orgId, instrument: b.code, name: "Sneaky" },
    ]) {
      const res = await post(a.cookie, "/campaigns", fields);
      const body = await res.text();
      if (res.status !== 400)
        failures.push(`POST /campaigns ${JSON.stringify(fields)}: ${res.status}`);
      if (body.includes(B_WORD)) failures.push(`POST /campaigns ${JSON.stringify(fields)} shows B`);
    }
    assert.deepEqual(failures, []);
  });

  it("left every row of every table as it was", async () => {
    assert.deepEqual(await fingerprint(), snapshot);
    assert.deepEqual(await tableCounts(db), counts);
    assert.deepEqual(await bState(), state);
  });
});

describe("names and codes are per workspace", () => {
  it("lets A reuse B's names and codes without touching B", async () => {
    const untouched = await fingerprint(b.workspaceId);
    const org = await post(a.cookie, "/organisations", {
      name: `${B_WORD} Holdings`,
      groups: `${B_WORD} vault`,
    });
    assert.equal(org.status, 303, "B's organisation name is free in A");
    const definition = JSON.stringify({
      code: b.code,
      title: "A's own copy",
      sections: [{ title: "S", items: [{ code: "q1", type: "yes_no", text: "Q?" }] }],
    });
    const added = await post(a.cookie, "/instruments", { definition });
    assert.equal(added.status, 303);
    assert.match(
      added.headers.get("location") ?? "",
      new RegExp(`^/instruments/${b.code}\\?version=1&`),
    );
    const edited = await post(a.cookie, "/instruments/shared-pulse/edit", {
      based_on: "1",
      code: "shared-pulse",
      title: "Alpha shared pulse, second wording",
    });
    assert.equal(edited.status, 303);
    assert.match(edited.headers.get("location") ?? "", /version=2/);
    assert.deepEqual(await fingerprint(b.workspaceId), untouched);
    assert.equal((await getInstrumentVersion(db, b.workspaceId, "shared-pulse")).version, 1);
    assert.equal(
      (await getInstrumentVersion(db, b.workspaceId, b.code)).definition.title,
      `${B_WORD} pulse`,
    );
  });

  it("never files A's answers under B's group, from an interview or a link", async () => {
    const untouched = await fingerprint(b.workspaceId);
    const vault = b.groupIds[0] ?? "";
    const interview = await post(a.cookie, `/campaigns/${a.campaignId}/interview`, {
      consent: "yes",
      community: "employees",
      group: vault,
      q1: "yes",
    });
    assert.equal(interview.status, 303);
    const link = a.links[0] ?? "";
    assert.equal((await post(null, `${link}/consent`, { consent: "yes" })).status, 303);
    assert.equal(
      (
        await post(null, link, {
          step: "0",
          _community: "employees",
          _group: vault,
          action: "next",
        })
      ).status,
      303,
    );
    assert.equal((await post(null, link, { step: "1", q1: "yes", action: "next" })).status, 303);
    const sent = await post(null, `${link}/submit`, {});
    assert.equal(sent.status, 200);
    assert.match(await sent.text(), /Thank you for your answers/);
    const inB = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM response WHERE campaign_id = $1 AND group_id = $2",
      [a.campaignId, vault],
    );
    assert.equal(inB[0]?.n, 0);
    const ungrouped = await db.query<{ source: string }>(
      "SELECT source FROM response WHERE campaign_id = $1 AND group_id IS NULL ORDER BY source",
      [a.campaignId],
    );
    assert.deepEqual(
      ungrouped.map((r) => r.source),
      ["interview", "link"],
    );
    assert.deepEqual(await fingerprint(b.workspaceId), untouched);
  });
});

describe("control: the same requests from B's own analyst", () => {
  // Proves the ids and forms above are right, so their 404s come from the workspace check.
  it("work for B, and change B's data", async () => {
    const untouched = await fingerprint(b.workspaceId);
    const failures: string[] = [];
    for (const { path, own } of attackGets()) {
      if (own === null) continue;
      const res = await get(b.cookie, path);
      const body = await res.text();
      if (res.status !== own) failures.push(`GET ${path}: ${res.status}`);
      if (leaks(body).length === 0) failures.push(`GET ${path} does not show B's data`);
    }
    for (const { path, fields, own } of attackPosts()) {
      if (own === null) continue;
      const res = await post(b.cookie, path, fields);
      await res.text();
      if (res.status !== own) failures.push(`POST ${path}: ${res.status}`);
    }
    assert.deepEqual(failures, []);
    assert.notDeepEqual(await fingerprint(b.workspaceId), untouched);
    const campaign = await getCampaign(db, b.workspaceId, b.campaignId);
    assert.deepEqual(
      [campaign.name, campaign.status, campaign.min_group_size],
      ["Hijacked", "closed", 9],
    );
  });
});
