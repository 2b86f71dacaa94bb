import assert from "node:assert/strict";
import { findUserByEmail, insertGrant } from "../src/account/account.repository.js";
import { createUser } from "../src/account/account.service.js";
import { createApiToken } from "../src/api/api-token.service.js";
import type { Database } from "../src/db/database.js";
import { listGroups } from "../src/organisation/organisation.repository.js";
import { createApp } from "../src/server/app.js";
import { listStudySummaries } from "../src/study/study.repository.js";
import { ensureWorkspace } from "../src/workspace/workspace.service.js";
import { addResponses, csv, importCsv, signIn, TEST_PASSWORD } from "./factories.js";

/**
 * The shared set-up of the tenant-isolation tests (tenant-isolation.test.tsx and
 * tenant-views.test.tsx): two workspaces, A and B, each built through its own analyst's pages,
 * and a viewer of A. Each test file builds its own pair in its own database.
 */

/** Everything of one workspace the attacks aim at. */
export interface Tenant {
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

// Every text of workspace B has this word, so any page that leaks B's data shows it.
export const B_WORD = "Zebrafish";

export type Post = (
  who: string | null,
  path: string,
  fields: Record<string, string>,
) => Promise<Response>;
export type Get = (who: string | null, path: string) => Promise<Response>;

export interface TenantWorld {
  db: Database;
  a: Tenant;
  b: Tenant;
  /** The cookie of a viewer of workspace A, granted A's organisation. */
  viewerA: string;
  post: Post;
  get: Get;
}

export const idIn = (res: Response, kind: string): string => {
  const id = new RegExp(`^/${kind}/([0-9a-f-]{36})`).exec(res.headers.get("location") ?? "")?.[1];
  assert.ok(id, `expected a redirect to a new ${kind}, got ${res.status}`);
  return id;
};

/** Builds one workspace's data through its own analyst's pages, as people would. */
async function buildTenant(
  db: Database,
  post: Post,
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

/**
 * Workspaces A and B with their data, in the test file's own fresh database: A is the
 * workspace setupWorkspace made, B is made here.
 */
export async function setupTenants(setup: {
  db: Database;
  workspaceId: string;
}): Promise<TenantWorld> {
  const db = setup.db;
  const app = createApp({ db });
  const post: Post = async (who, path, fields) =>
    app.request(path, {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://localhost",
        ...(who ? { cookie: who } : {}),
      },
    });
  const get: Get = async (who, path) => app.request(path, who ? { headers: { cookie: who } } : {});
  const zebra = await ensureWorkspace(db, "zebrafish-audit");
  await createUser(db, {
    email: "analyst@zebrafish.example",
    password: TEST_PASSWORD,
    role: "analyst",
    workspace: zebra.slug,
  });
  const cookieB = await signIn(app, db, "analyst@zebrafish.example");
  const cookieA = await signIn(app, db, "analyst@alpha.example", "analyst");
  const b = await buildTenant(db, post, zebra.id, "analyst@zebrafish.example", cookieB, B_WORD);
  const a = await buildTenant(
    db,
    post,
    setup.workspaceId,
    "analyst@alpha.example",
    cookieA,
    "Alpha",
  );
  const viewerA = await signIn(app, db, "viewer@alpha.example", "viewer");
  const viewer = await findUserByEmail(db, "viewer@alpha.example");
  await insertGrant(db, a.workspaceId, viewer?.id ?? "", a.orgId);
  return { db, a, b, viewerA, post, get };
}

/** B's ids and names: none may appear on a page A is shown. */
export function leaksOf(b: Tenant, body: string): string[] {
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
