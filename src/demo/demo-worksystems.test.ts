import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import { listCampaigns } from "../campaign/campaign.repository.js";
import type { Database } from "../db/database.js";
import { diagnoseCampaign } from "../diagnosis/diagnosis.service.js";
import { listGroups } from "../organisation/organisation.repository.js";
import { listFindings } from "../worksystem/findings.service.js";
import { listWorkSystems } from "../worksystem/worksystem.service.js";
import { loadDemo } from "./demo.service.js";
import { RELATIONSHIP_ORGANISATION } from "./relationship-rows.js";

let db: Database;
let workspaceId: string;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  await loadDemo(db, workspaceId);
});
after(async () => {
  await db.close();
});

describe("the demo firm's work systems", () => {
  it("models three work systems named like departments, so no new groups appear", async () => {
    const { organisation, work_systems } = await listWorkSystems(
      db,
      workspaceId,
      RELATIONSHIP_ORGANISATION,
    );
    assert.deepEqual(work_systems.map((w) => w.name).sort(), [
      "Finance",
      "Transport planning",
      "Warehouse",
    ]);
    assert.equal(
      work_systems.find((w) => w.name === "Transport planning")?.phase,
      "implementation",
    );
    const groups = (await listGroups(db, workspaceId, [organisation.id])).map((g) => g.name);
    assert.equal(new Set(groups).size, groups.length, "each group once");
    for (const w of work_systems) assert.ok(groups.includes(w.name), w.name);
  });

  it("feeds the findings with ratings, survey answers and workarounds", async () => {
    const result = await listFindings(db, workspaceId, { organisation: RELATIONSHIP_ORGANISATION });
    assert.ok(result.findings.length > 0);
    const warehouse = JSON.stringify(
      result.findings.filter((f) => JSON.stringify(f).includes("Warehouse")),
    );
    assert.match(warehouse, /Scanner logins are shared/);
  });

  it("fills the diagnosis' workaround register, grouped by work system and guideline", async () => {
    const campaign = (await listCampaigns(db, workspaceId)).find(
      (c) => c.instrument_code === "relationship-diagnosis" && c.wave === 1,
    );
    assert.ok(campaign);
    const d = await diagnoseCampaign(db, workspaceId, campaign.id);
    const registered = d.workarounds.work_systems.map((w) => [
      w.name,
      w.guidelines.map((g) => g.guideline).sort(),
    ]);
    assert.deepEqual(registered.sort(), [
      ["Finance", ["processes_activities.targets_and_security_fit"]],
      ["Transport planning", ["technologies.personal_devices_clear"]],
      ["Warehouse", ["information.care_matches_sensitivity", "information.protection_easy"]],
    ]);
  });
});
