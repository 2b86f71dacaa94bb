import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import {
  B_WORD,
  type Get,
  leaksOf,
  type Post,
  setupTenants,
  type Tenant,
} from "../../test/tenant-fixtures.js";
import { findUserByEmail, insertGrant } from "../account/account.repository.js";
import { getCampaign } from "../campaign/campaign.service.js";
import type { Database } from "../db/database.js";

/**
 * Tenant isolation as people see it: the pages of A's analyst list nothing of workspace B, a
 * viewer of A reads only what was granted, and B's survey link works on its own whoever is
 * signed in. The attacks with B's ids are in tenant-isolation.test.tsx.
 */
let db: Database;
let a: Tenant;
let b: Tenant;
let viewerA: string;
let post: Post;
let get: Get;

before(async () => {
  ({ db, a, b, viewerA, post, get } = await setupTenants(await setupWorkspace()));
});
after(async () => {
  await db.close();
});

const leaks = (body: string) => leaksOf(b, body);

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
