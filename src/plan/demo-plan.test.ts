import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { createOrganisation } from "../organisation/organisation.service.js";
import { listActionSummaries } from "./action.service.js";
import { DEMO_PLAN_ORGANISATION, loadDemoPlan } from "./demo-plan.js";
import { listChampions, listDialogues } from "./team.service.js";

let db: Database;
let ws: string;
let orgId: string;

before(async () => {
  ({ db, workspaceId: ws } = await setupWorkspace());
  orgId = (
    await createOrganisation(db, ws, {
      name: DEMO_PLAN_ORGANISATION,
      groups: ["Warehouse", "Customer service", "Sales"],
    })
  ).id;
});
after(async () => db.close());

describe("the demo plan", () => {
  it("adds actions between the waves, champions and two dialogues, once", async () => {
    assert.equal(await loadDemoPlan(db, ws), 4);
    const actions = await listActionSummaries(db, ws, orgId);
    const dialogues = actions.find((a) => a.title === "Monthly security dialogues");
    assert.equal(dialogues?.startedOn, "2026-03-02");
    assert.ok(dialogues?.effects.includes("indicator:disengagement"));
    assert.ok(actions.some((a) => a.intervention === "shared_language" && a.status === "done"));
    assert.equal(actions.filter((a) => a.startedOn !== null).length, 3);
    const { champions } = await listChampions(db, ws, orgId);
    assert.deepEqual([...new Set(champions.map((c) => c.group))].sort(), [
      "Customer service",
      "Warehouse",
    ]);
    assert.equal((await listDialogues(db, ws, orgId)).dialogues.length, 2);
    assert.equal(await loadDemoPlan(db, ws), 0);
    assert.equal((await listActionSummaries(db, ws, orgId)).length, 4);
  });
});
