import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiFixture, MISSING } from "../../test/api-fixture.js";
import { setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import type { ApiClient } from "./test-client.js";

/** /api/v1/campaigns/{id}/results: figures only through the privacy gate. */
let db: Database;
let workspaceId: string;
let api: ApiClient;
let importedCampaign: string;

before(async () => {
  ({ db, workspaceId, api, importedCampaign } = await apiFixture(await setupWorkspace(), {
    pulseCheck: true,
  }));
});
after(async () => {
  await db.close();
});

describe("results", () => {
  it("shows groups at the minimum size and hides the one below it, with no figures at all", async () => {
    const res = await api(
      "GET",
      `/api/v1/campaigns/${importedCampaign}/results?by=group,community`,
    );
    assert.equal(res.status, 200);
    const { report } = res.body;
    assert.equal(report.respondents, 13);
    assert.equal(report.min_group_size, 5);
    assert.deepEqual(Object.keys(report.breakdowns).sort(), ["community", "group"]);
    const groups = report.breakdowns.group;
    const tiny = groups.find((g: { group: string }) => g.group === "Tiny team");
    assert.deepEqual(tiny, { group: "Tiny team", n: null, suppressed: true });
    const sales = groups.find((g: { group: string }) => g.group === "Sales");
    assert.equal(sales.suppressed, false);
    assert.equal(sales.n, 6);
    assert.ok(Array.isArray(res.body.open_text));
    assert.equal(res.body.definition.code, "sme-security-practices");
  });

  it("never returns anything that identifies a response", async () => {
    const ids = await db.query<{ id: string }>("SELECT id FROM response WHERE workspace_id = $1", [
      workspaceId,
    ]);
    const res = await api("GET", `/api/v1/campaigns/${importedCampaign}/results?by=group`);
    for (const { id } of ids) assert.ok(!res.text.includes(id));
  });

  it("takes no breakdown, and refuses an unknown one", async () => {
    const none = await api("GET", `/api/v1/campaigns/${importedCampaign}/results?by=none`);
    assert.deepEqual(none.body.report.breakdowns, {});
    const bad = await api("GET", `/api/v1/campaigns/${importedCampaign}/results?by=group,salary`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, "bad_breakdown");
    const missing = await api("GET", `/api/v1/campaigns/${MISSING}/results`);
    assert.equal(missing.status, 404);
  });

  it("hides everything while the whole campaign is below the minimum", async () => {
    const made = await api("POST", "/api/v1/organisations", { name: "Delta" });
    const campaign = await api("POST", "/api/v1/campaigns", {
      organisation_id: made.body.id,
      instrument: "pulse-check",
    });
    const res = await api("GET", `/api/v1/campaigns/${campaign.body.id}/results`);
    assert.equal(res.status, 200);
    assert.equal(res.body.report.respondents, 0);
    assert.ok(res.body.report.items.every((i: { suppressed?: boolean }) => i.suppressed === true));
    assert.deepEqual(res.body.open_text, [{ code: "say_more", n: null }]);
  });
});
