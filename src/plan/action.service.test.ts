import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { isRapportError } from "../errors.js";
import { createOrganisation } from "../organisation/organisation.service.js";
import { ensureWorkspace } from "../workspace/workspace.service.js";
import {
  createAction,
  getAction,
  getOrganisationAction,
  listActionSummaries,
  listActions,
  updateAction,
} from "./action.service.js";
import {
  addChampion,
  addDialogue,
  listChampions,
  listDialogues,
  removeChampion,
  removeDialogue,
} from "./team.service.js";

let db: Database;
let ws: string;
let orgId: string;

async function countPlanRows(d: Database): Promise<number[]> {
  const counts: number[] = [];
  for (const table of ["plan_action", "plan_action_link", "plan_champion", "plan_dialogue"]) {
    const [row] = await d.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts.push(row?.n ?? -1);
  }
  return counts;
}

const refused = (code: string) => (e: unknown) => isRapportError(e) && e.code === code;

before(async () => {
  ({ db, workspaceId: ws } = await setupWorkspace());
  const org = await createOrganisation(db, ws, { name: "Plan Ltd", groups: ["Sales", "Payroll"] });
  orgId = org.id;
});
after(async () => db.close());

describe("actions", () => {
  it("adds an action with its links and lists it", async () => {
    const { action, created } = await createAction(db, ws, "Plan Ltd", {
      title: "  Monthly   security dialogues ",
      intervention: "security_dialogue",
      owner_role: "Head of IT",
      due_on: "2026-06-30",
      effects: "indicator:disengagement, indicator:negative_communication",
      links: [{ kind: "reason", code: "distance", body: "36% say there is no contact." }],
    });
    assert.equal(created, true);
    assert.equal(action.title, "Monthly security dialogues");
    assert.equal(action.status, "planned");
    assert.equal(action.started_on, null);
    assert.deepEqual(action.effects, [
      "indicator:disengagement",
      "indicator:negative_communication",
    ]);
    assert.equal(action.links[0]?.body, "36% say there is no contact.");
    const { actions } = await listActions(db, ws, orgId);
    assert.ok(actions.some((a) => a.id === action.id));
  });

  it("records the start day when work begins, and refuses a start in the future", async () => {
    const { action } = await createAction(db, ws, orgId, {
      title: "Rewrite the password guidance",
      intervention: "shared_language",
    });
    const started = await updateAction(db, ws, action.id, { status: "in_progress" });
    assert.match(started.started_on ?? "", /^\d{4}-\d{2}-\d{2}$/);
    const dated = await updateAction(db, ws, action.id, {
      status: "done",
      started_on: "2026-03-02",
    });
    assert.equal(dated.started_on, "2026-03-02");
    await assert.rejects(
      updateAction(db, ws, action.id, { started_on: "2999-01-01" }),
      refused("future_date"),
    );
    const summaries = await listActionSummaries(db, ws, orgId);
    const summary = summaries.find((s) => s.id === action.id);
    assert.deepEqual(summary, {
      id: action.id,
      title: "Rewrite the password guidance",
      intervention: "shared_language",
      status: "done",
      startedOn: "2026-03-02",
      effects: [],
    });
  });

  it("refuses bad input and writes nothing", async () => {
    const before = await countPlanRows(db);
    for (const bad of [
      {},
      { title: "", intervention: "security_dialogue" },
      { title: "x", intervention: "not_a_code" },
      { title: "x", intervention: "security_dialogue", status: "finished" },
      { title: "x", intervention: "security_dialogue", due_on: "2026-02-30" },
      { title: "x", intervention: "security_dialogue", effects: "blame" },
      { title: "x", intervention: "security_dialogue", owner: "Bob" },
      { title: "x".repeat(201), intervention: "security_dialogue" },
      {
        title: "x",
        intervention: "security_dialogue",
        links: [{ kind: "finding", code: "" }],
      },
    ]) {
      await assert.rejects(createAction(db, ws, orgId, bad), refused("invalid_action"));
    }
    await assert.rejects(
      createAction(db, ws, orgId, {
        title: "x",
        intervention: "monitoring",
        started_on: "2999-01-01",
      }),
      refused("future_date"),
    );
    // A link too long for the database is refused by the schema before anything is written.
    await assert.rejects(
      createAction(db, ws, orgId, {
        title: "x",
        intervention: "monitoring",
        links: [{ kind: "reason", code: "r", body: "y".repeat(2001) }],
      }),
      refused("invalid_action"),
    );
    // A link the database itself refuses (text cannot hold a NUL) after the action row went in:
    // the whole action is rolled back.
    await assert.rejects(
      createAction(db, ws, orgId, {
        title: "Half",
        intervention: "monitoring",
        links: [{ kind: "reason", code: "r", body: "bad\u0000byte" }],
      }),
    );
    assert.deepEqual(await countPlanRows(db), before);
  });

  it("does not duplicate an action made from the same recommendation", async () => {
    const input = { title: "Champions in every department", intervention: "security_champions" };
    const first = await createAction(db, ws, orgId, input, "campaign-1:security_champions");
    const second = await createAction(db, ws, orgId, input, "campaign-1:security_champions");
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    assert.equal(second.action.id, first.action.id);
    assert.equal(first.action.from_recommendation, true);
  });

  it("filters by status and intervention, and refuses an unknown filter", async () => {
    const { actions } = await listActions(db, ws, orgId, { status: "done" });
    assert.ok(actions.length >= 1 && actions.every((a) => a.status === "done"));
    const dialogues = await listActions(db, ws, orgId, { intervention: "security_dialogue" });
    assert.ok(dialogues.actions.every((a) => a.intervention === "security_dialogue"));
    await assert.rejects(listActions(db, ws, orgId, { status: "late" }), refused("invalid_filter"));
  });

  it("keeps each workspace's plan to itself", async () => {
    const other = await ensureWorkspace(db, "other-plan");
    const otherOrg = await createOrganisation(db, other.id, { name: "Plan Ltd" });
    const { action } = await createAction(db, ws, orgId, {
      title: "Mine",
      intervention: "monitoring",
    });
    await assert.rejects(getAction(db, other.id, action.id), refused("action_not_found"));
    await assert.rejects(
      updateAction(db, other.id, action.id, { title: "Theirs" }),
      refused("action_not_found"),
    );
    await assert.rejects(
      getOrganisationAction(db, ws, otherOrg.id, action.id),
      refused("action_not_found"),
    );
    assert.deepEqual(await listActionSummaries(db, other.id, orgId), []);
    assert.deepEqual(await listActionSummaries(db, ws, "not-a-uuid"), []);
    await assert.rejects(getAction(db, ws, "nope"), refused("action_not_found"));
  });
});

describe("champions and dialogues", () => {
  it("registers champions per group and removes them", async () => {
    const champion = await addChampion(db, ws, orgId, {
      group: "sales",
      name: "Dana Reyes",
      contact: "dana@example.org",
      since: "2026-03-01",
    });
    assert.equal(champion.group, "Sales");
    await assert.rejects(
      addChampion(db, ws, orgId, { group: "Warehouse", name: "Kim" }),
      refused("group_not_found"),
    );
    await assert.rejects(
      addChampion(db, ws, orgId, { group: "Sales" }),
      refused("invalid_champion"),
    );
    assert.equal((await listChampions(db, ws, orgId)).champions.length, 1);
    await removeChampion(db, ws, orgId, champion.id);
    await assert.rejects(removeChampion(db, ws, orgId, champion.id), refused("champion_not_found"));
  });

  it("logs dialogues with the communities present", async () => {
    const dialogue = await addDialogue(db, ws, orgId, {
      held_on: "2026-03-02",
      communities: "employees, it_security",
      topics: "Why the VPN drops",
      agreed: "IT will test a new client with Sales.",
    });
    assert.deepEqual(dialogue.communities, ["employees", "it_security"]);
    for (const bad of [
      { held_on: "2026-03-02", communities: "", topics: "x" },
      { held_on: "2026-03-02", communities: "everyone", topics: "x" },
      { held_on: "March", communities: "employees", topics: "x" },
      { held_on: "2026-03-02", communities: "employees", topics: "  " },
    ]) {
      await assert.rejects(addDialogue(db, ws, orgId, bad), refused("invalid_dialogue"));
    }
    const { dialogues } = await listDialogues(db, ws, orgId);
    assert.equal(dialogues.length, 1);
    await removeDialogue(db, ws, orgId, dialogue.id);
    assert.equal((await listDialogues(db, ws, orgId)).dialogues.length, 0);
  });
});
