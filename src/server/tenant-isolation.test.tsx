import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  addResponses,
  csv,
  importCsv,
  setupWorkspace,
  signIn,
  TEST_PASSWORD,
  tableCounts,
} from "../../test/factories.js";
import { findUserByEmail, insertGrant } from "../account/account.repository.js";
import { createUser } from "../account/account.service.js";
import { createApiToken, listTokensOf } from "../api/api-token.service.js";
import { getCampaign } from "../campaign/campaign.service.js";
import type { Database } from "../db/database.js";
import { listVersions } from "../instrument/instrument.repository.js";
import { getInstrumentVersion } from "../instrument/instrument.service.js";
import { countInvitations } from "../invitation/invitation.repository.js";
import { listGroups } from "../organisation/organisation.repository.js";
import { getOrganisation } from "../organisation/organisation.service.js";
import { listStudySummaries } from "../study/study.repository.js";
import { ensureWorkspace } from "../workspace/workspace.service.js";
import { createApp } from "./app.js";

/**
 * Tenant isolation on the web pages: an analyst of workspace A tries every page and form with
 * workspace B's ids. Each must answer 404, exactly as for an id that never existed, show
 * nothing of B, and change nothing anywhere. Names and questionnaire codes are per workspace,
 * so A may reuse B's; that must not touch B either. (The /api/v1 endpoints have their own
 * suite in src/api/api-tenant.test.ts.)
 */
let db: Database;
let app: ReturnType<typeof createApp>;

/** Everything of one workspace the attacks aim at. */
interface Tenant {
  workspaceId: string;
  cookie: string;
  orgId: string;
  /** Every group; the last one has no answers, so removing it would work if allowed. */
  groupIds: string[];
  campaignId: string;
  draftCampaignId: string;
  /** A questionnaire code only this workspace has. */
  code: string;
  studyId: string;
  /** Unused single-use links of the open campaign. */
  links: string[];
  tokenId: string;
}

let a: Tenant;
let b: Tenant;
let viewerA: string;

// Every text of workspace B has this word, so any page that leaks B's data shows it.
const B_WORD = "Zebrafish";

const post = async (
  who: string | null,
  path: string,
  fields: Record<string, string>,
): Promise<Response> =>
  app.request(path, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: "http://localhost",
      ...(who ? { cookie: who } : {}),
    },
  });
const get = async (who: string | null, path: string): Promise<Response> =>
  app.request(path, who ? { headers: { cookie: who } } : {});

const idIn = (res: Response, kind: string): string => {
  const id = new RegExp(`^/${kind}/([0-9a-f-]{36})`).exec(res.headers.get("location") ?? "")?.[1];
  assert.ok(id, `expected a redirect to a new ${kind}, got ${res.status}`);
  return id;
};

/** Builds one workspace's data through its own analyst's pages, as people would. */
async function buildTenant(
  workspaceId: string,
  email: string,
  cookie: string,
  word: string,
): Promise<Tenant> {
  const slug = word.toLowerCase();
  const org = await post(cookie, "/organisations", {
    name: `${word} Holdings`,
    groups: `${word} vault\n${word} night shift\n${word} spare`,
    sector: "finance",
    size_band: "small",
  });
  const orgId = idIn(org, "organisations");
  const groups = await listGroups(db, workspaceId, [orgId]);
  const byName = (suffix: string) => groups.find((g) => g.name === `${word} ${suffix}`)?.id ?? "";
  const groupIds = [byName("vault"), byName("night shift"), byName("spare")];
  const questionnaire = (code: string, title: string) =>
    JSON.stringify({
      code,
      title,
      sections: [
        {
          title: `${word} questions`,
          items: [
            { code: "q1", type: "yes_no", text: `${word}: do you lock your screen?` },
            { code: "w", type: "open_text", text: `${word}: what gets in the way?` },
          ],
        },
      ],
    });
  const code = `${slug}-pulse`;
  for (const [c, title] of [
    [code, `${word} pulse`],
    ["shared-pulse", `${word} shared pulse`],
  ] as const) {
    const res = await post(cookie, "/instruments", { definition: questionnaire(c, title) });
    assert.equal(res.status, 303, `questionnaire ${c} of ${word}`);
  }
  const campaignId = idIn(
    await post(cookie, "/campaigns", {
      organisation_id: orgId,
      instrument: code,
      name: `${word} open campaign`,
      min_group_size: "5",
      sponsor: `${word} board`,
      purpose: `${word} purpose`,
    }),
    "campaigns",
  );
  const draftCampaignId = idIn(
    await post(cookie, "/campaigns", {
      organisation_id: orgId,
      instrument: "shared-pulse",
      name: `${word} draft campaign`,
    }),
    "campaigns",
  );
  assert.equal(
    (await post(cookie, `/campaigns/${campaignId}/status`, { status: "open" })).status,
    303,
  );
  const linksCsv = await (
    await post(cookie, `/campaigns/${campaignId}/links`, { kind: "single", count: "3" })
  ).text();
  const links = [...linksCsv.matchAll(/\/s\/[A-Za-z0-9_-]{22}/g)].map((m) => m[0]);
  assert.equal(links.length, 3);
  const interview = await post(cookie, `/campaigns/${campaignId}/interview`, {
    consent: "yes",
    community: "employees",
    group: groupIds[0] ?? "",
    q1: "no",
    w: `${word} interview answer`,
    "note:w": `${word} interview note`,
  });
  assert.equal(interview.status, 303, `interview of ${word}`);
  await addResponses(db, workspaceId, campaignId, [
    ...Array.from({ length: 5 }, (_, i) => ({
      community: "employees",
      groupId: groupIds[0] ?? null,
      answers: { q1: i < 3 ? "yes" : "no" },
      open: { w: `${word} written answer ${i}` },
    })),
    ...Array.from({ length: 5 }, () => ({
      community: "employees",
      groupId: groupIds[1] ?? null,
      answers: { q1: "yes" },
    })),
  ]);
  // Both workspaces have a study of the same name: reports look studies up by name.
  const rows = [["organisation", "community", "group", "aware_controls"]];
  for (let i = 0; i < 6; i++) rows.push([`${word} client`, "employees", `${word} team`, "yes"]);
  await importCsv(db, workspaceId, csv(rows), "Shared name study");
  const [study] = await listStudySummaries(db, workspaceId);
  const user = await findUserByEmail(db, email);
  assert.ok(user && study);
  const token = await createApiToken(db, user, { name: `${word} script` });
  return {
    workspaceId,
    cookie,
    orgId,
    groupIds,
    campaignId,
    draftCampaignId,
    code,
    studyId: study.id,
    links,
    tokenId: token.id,
  };
}

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

before(async () => {
  const setup = await setupWorkspace();
  db = setup.db;
  app = createApp({ db });
  const zebra = await ensureWorkspace(db, "zebrafish-audit");
  await createUser(db, {
    email: "analyst@zebrafish.example",
    password: TEST_PASSWORD,
    role: "analyst",
    workspace: zebra.slug,
  });
  const cookieB = await signIn(app, db, "analyst@zebrafish.example");
  const cookieA = await signIn(app, db, "analyst@alpha.example", "analyst");
  b = await buildTenant(zebra.id, "analyst@zebrafish.example", cookieB, B_WORD);
  a = await buildTenant(setup.workspaceId, "analyst@alpha.example", cookieA, "Alpha");
  viewerA = await signIn(app, db, "viewer@alpha.example", "viewer");
  const viewer = await findUserByEmail(db, "viewer@alpha.example");
  await insertGrant(db, a.workspaceId, viewer?.id ?? "", a.orgId);
});
after(async () => {
  await db.close();
});

/** B's ids and names: none may appear on a page A is shown. */
function leaks(body: string): string[] {
  const secrets = [
    B_WORD,
    b.orgId,
    ...b.groupIds,
    b.campaignId,
    b.draftCampaignId,
    b.studyId,
    b.code,
    b.tokenId,
  ];
  return secrets.filter((s) => body.includes(s));
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

describe("workspace A's pages list nothing of workspace B", () => {
  it("shows only A's own organisations, campaigns, questionnaires and studies", async () => {
    for (const path of [
      "/",
      "/organisations",
      "/campaigns",
      "/campaigns/new",
      "/instruments",
      "/studies",
      "/account/tokens",
      `/organisations/${a.orgId}`,
      `/campaigns/${a.campaignId}`,
      `/campaigns/${a.campaignId}/results`,
      `/campaigns/${a.campaignId}/results?by=group`,
      `/campaigns/${a.campaignId}/interview`,
      `/instruments/shared-pulse`,
      `/instruments/shared-pulse/edit`,
      `/studies/${a.studyId}`,
      `/studies/${a.studyId}?by=group`,
      `/campaigns/new?organisation=${b.orgId}`,
    ]) {
      const res = await get(a.cookie, path);
      const body = await res.text();
      assert.equal(res.status, 200, path);
      assert.deepEqual(leaks(body), [], `${path} shows B's data`);
      assert.match(
        body,
        /Alpha|Shared name study|Create a campaign|Questionnaires|API tokens/i,
        path,
      );
    }
  });

  it("keeps A's questionnaire and study apart from B's of the same code and name", async () => {
    const shared = await (await get(a.cookie, "/instruments/shared-pulse")).text();
    assert.match(shared, /<h1>Alpha shared pulse<\/h1>/);
    const json = await get(a.cookie, "/instruments/shared-pulse/definition.json");
    assert.equal(((await json.json()) as { title: string }).title, "Alpha shared pulse");
    const study = await (await get(a.cookie, `/studies/${a.studyId}?by=organisation`)).text();
    assert.match(study, /Alpha client/);
    assert.match(study, /<strong>6<\/strong> respondents/);
  });
});

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

describe("a viewer of workspace A", () => {
  it("reads the results of A's granted organisation, and nothing of B", async () => {
    const own = await get(viewerA, `/campaigns/${a.campaignId}/results`);
    assert.equal(own.status, 200);
    assert.match(await own.text(), /Alpha written answer/);
    for (const path of [
      `/campaigns/${b.campaignId}/results`,
      `/campaigns/${b.campaignId}/results?by=group`,
    ]) {
      const res = await get(viewerA, path);
      const body = await res.text();
      assert.equal(res.status, 404, path);
      assert.deepEqual(leaks(body), [], path);
    }
    for (const path of [`/campaigns/${b.campaignId}`, `/organisations/${b.orgId}`, "/studies"])
      assert.equal((await get(viewerA, path)).status, 403, path);
    const home = await (await get(viewerA, "/")).text();
    assert.match(home, new RegExp(a.campaignId));
    assert.deepEqual(leaks(home), []);
  });

  it("cannot be granted B's organisation, even directly in the database", async () => {
    const viewer = await findUserByEmail(db, "viewer@alpha.example");
    await assert.rejects(insertGrant(db, a.workspaceId, viewer?.id ?? "", b.orgId));
    await assert.rejects(insertGrant(db, b.workspaceId, viewer?.id ?? "", b.orgId));
    assert.equal((await get(viewerA, `/campaigns/${b.campaignId}/results`)).status, 404);
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

describe("the public survey flow", () => {
  it("takes B's link on its own, whoever is signed in, and files the answer under B", async () => {
    const respondentsA = (await getCampaign(db, a.workspaceId, a.campaignId)).respondents;
    const respondentsB = (await getCampaign(db, b.workspaceId, b.campaignId)).respondents;
    const link = b.links[0] ?? "";
    // A's analyst opens B's link in the same browser: the survey does not look at the session.
    const first = await get(a.cookie, link);
    assert.equal(first.status, 200);
    assert.match(await first.text(), new RegExp(`${B_WORD} board`));
    assert.equal((await post(a.cookie, `${link}/consent`, { consent: "yes" })).status, 303);
    const about = await (await get(a.cookie, link)).text();
    assert.match(about, new RegExp(`${B_WORD} vault`));
    assert.doesNotMatch(about, /Alpha/);
    assert.equal(
      (
        await post(a.cookie, link, {
          step: "0",
          _community: "employees",
          _group: b.groupIds[0] ?? "",
          action: "next",
        })
      ).status,
      303,
    );
    assert.equal(
      (await post(a.cookie, link, { step: "1", q1: "no", w: "From B's link", action: "next" }))
        .status,
      303,
    );
    const sent = await post(a.cookie, `${link}/submit`, {});
    assert.equal(sent.status, 200);
    assert.equal(
      (await getCampaign(db, b.workspaceId, b.campaignId)).respondents,
      respondentsB + 1,
    );
    assert.equal((await getCampaign(db, a.workspaceId, a.campaignId)).respondents, respondentsA);
    const [stored] = await db.query<{ workspace_id: string; group_id: string }>(
      `SELECT r.workspace_id, r.group_id FROM response r JOIN open_answer o ON o.response_id = r.id
       WHERE o.body = 'From B''s link'`,
    );
    assert.deepEqual(stored, { workspace_id: b.workspaceId, group_id: b.groupIds[0] });
    assert.equal((await get(null, link)).status, 410);
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
