import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiFixture, MISSING } from "../../test/api-fixture.js";
import { setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import type { ApiClient } from "./test-client.js";

/** /api/v1/campaigns and their invitation links. */
let api: ApiClient;
let importedCampaign: string;

let db: Database;
before(async () => {
  ({ db, api, importedCampaign } = await apiFixture(await setupWorkspace(), { pulseCheck: true }));
});
after(async () => {
  await db.close();
});

describe("campaigns", () => {
  let campaign: string;
  let org: string;

  before(async () => {
    const made = await api("POST", "/api/v1/organisations", { name: "Gamma" });
    org = made.body.id;
  });

  it("creates a draft with the instrument's latest version", async () => {
    const res = await api("POST", "/api/v1/campaigns", {
      organisation_id: org,
      instrument: "pulse-check",
      min_group_size: 6,
      sponsor: "The board",
    });
    assert.equal(res.status, 201);
    assert.deepEqual(
      [res.body.status, res.body.instrument_version, res.body.min_group_size, res.body.name],
      ["draft", 2, 6, "Gamma: Pulse"],
    );
    campaign = res.body.id;
  });

  it("refuses unknown organisations and instruments (404) and bad fields (400)", async () => {
    const org404 = await api("POST", "/api/v1/campaigns", {
      organisation_id: MISSING,
      instrument: "pulse-check",
    });
    assert.equal(org404.status, 404);
    assert.equal(org404.body.error.code, "organisation_not_found");
    const inst404 = await api("POST", "/api/v1/campaigns", {
      organisation_id: org,
      instrument: "x",
    });
    assert.equal(inst404.status, 404);
    const bad = await api("POST", "/api/v1/campaigns", { organisation_id: "x", min_group_size: 2 });
    assert.equal(bad.status, 400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ["instrument", "min_group_size", "organisation_id"]);
  });

  it("lists them, filtered by organisation, and reads one", async () => {
    const all = await api("GET", "/api/v1/campaigns");
    assert.equal(all.body.campaigns.length, 2);
    const mine = await api("GET", `/api/v1/campaigns?organisation_id=${org}`);
    assert.deepEqual(
      mine.body.campaigns.map((c: { id: string }) => c.id),
      [campaign],
    );
    const none = await api("GET", `/api/v1/campaigns?organisation_id=${MISSING}`);
    assert.deepEqual(none.body.campaigns, []);
    const bad = await api("GET", "/api/v1/campaigns?organisation_id=gamma");
    assert.equal(bad.status, 400);
    const one = await api("GET", `/api/v1/campaigns/${campaign}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.sponsor, "The board");
    for (const id of [MISSING, "abc", importedCampaign.slice(0, 8)]) {
      const miss = await api("GET", `/api/v1/campaigns/${id}`);
      assert.equal(miss.status, 404, id);
      assert.equal(miss.body.error.code, "campaign_not_found", id);
    }
  });

  it("changes settings, opens, and then refuses a lower minimum", async () => {
    const renamed = await api("PATCH", `/api/v1/campaigns/${campaign}`, {
      name: "Gamma spring",
      min_group_size: 5,
    });
    assert.equal(renamed.status, 200);
    assert.deepEqual([renamed.body.name, renamed.body.min_group_size], ["Gamma spring", 5]);
    const opened = await api("POST", `/api/v1/campaigns/${campaign}/status`, { status: "open" });
    assert.equal(opened.status, 200);
    assert.equal(opened.body.status, "open");
    const lower = await api("PATCH", `/api/v1/campaigns/${campaign}`, { min_group_size: 4 });
    assert.equal(lower.status, 400);
    assert.equal(lower.body.error.code, "min_group_size_lowered");
    assert.equal(lower.body.error.details[0].path, "min_group_size");
    const bad = await api("PATCH", `/api/v1/campaigns/${campaign}`, { name: "", wave: 2 });
    assert.equal(bad.status, 400);
    assert.equal((await api("PATCH", `/api/v1/campaigns/${MISSING}`, { name: "x" })).status, 404);
  });

  it("refuses a status that is not open or closed", async () => {
    for (const body of [{ status: "draft" }, {}, { status: "open", extra: 1 }]) {
      const res = await api("POST", `/api/v1/campaigns/${campaign}/status`, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.error.code, "invalid_status");
    }
    const missing = await api("POST", `/api/v1/campaigns/${MISSING}/status`, { status: "open" });
    assert.equal(missing.status, 404);
  });

  describe("invitations", () => {
    it("makes single-use links on the address the request came to, shown once", async () => {
      const res = await api("POST", `/api/v1/campaigns/${campaign}/invitations`, { count: 3 });
      assert.equal(res.status, 201);
      assert.equal(res.body.links.length, 3);
      for (const link of res.body.links)
        assert.match(link, /^http:\/\/localhost\/s\/[A-Za-z0-9_-]{22}$/);
      assert.equal(new Set(res.body.links).size, 3);
      const defaults = await api("POST", `/api/v1/campaigns/${campaign}/invitations`);
      assert.equal(defaults.body.links.length, 1);
    });

    it("uses RAPPORT_PUBLIC_URL when set, and makes a shared link with a code", async () => {
      process.env.RAPPORT_PUBLIC_URL = "https://survey.example.org/";
      try {
        const res = await api("POST", `/api/v1/campaigns/${campaign}/invitations`, {
          kind: "shared",
          access_code: "blue fish",
        });
        assert.equal(res.status, 201);
        assert.equal(res.body.kind, "shared");
        assert.match(res.body.links[0], /^https:\/\/survey\.example\.org\/s\//);
      } finally {
        delete process.env.RAPPORT_PUBLIC_URL;
      }
    });

    it("counts links without ever showing them again", async () => {
      const res = await api("GET", `/api/v1/campaigns/${campaign}/invitations`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { campaign_id: campaign, single: 4, used: 0, shared: 1 });
      assert.doesNotMatch(res.text, /\/s\//);
    });

    it("refuses bad counts, codes, and closed campaigns", async () => {
      for (const [body, path] of [
        [{ count: 0 }, "count"],
        [{ count: 10_001 }, "count"],
        [{ kind: "many" }, "kind"],
        [{ count: "lots" }, "count"],
      ] as const) {
        const res = await api("POST", `/api/v1/campaigns/${campaign}/invitations`, body);
        assert.equal(res.status, 400, JSON.stringify(body));
        assert.equal(res.body.error.details[0].path, path);
      }
      const shortCode = await api("POST", `/api/v1/campaigns/${campaign}/invitations`, {
        kind: "shared",
        access_code: "ab",
      });
      assert.equal(shortCode.status, 400);
      assert.equal(shortCode.body.error.code, "bad_access_code");
      await api("POST", `/api/v1/campaigns/${campaign}/status`, { status: "closed" });
      const closed = await api("POST", `/api/v1/campaigns/${campaign}/invitations`, { count: 1 });
      assert.equal(closed.status, 409);
      assert.equal(closed.body.error.code, "campaign_closed");
      const missing = await api("POST", `/api/v1/campaigns/${MISSING}/invitations`, {});
      assert.equal(missing.status, 404);
      assert.equal((await api("GET", `/api/v1/campaigns/${MISSING}/invitations`)).status, 404);
    });
  });
});
