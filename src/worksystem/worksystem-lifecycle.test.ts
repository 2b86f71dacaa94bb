import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import { payroll, refusal, workSystemCounts } from "../../test/worksystem-fixtures.js";
import type { Database } from "../db/database.js";
import {
  addWorkaround,
  getWorkSystem,
  importWorkSystemFiles,
  listWorkSystems,
  recordPhase,
  removeWorkSystem,
  saveWorkSystem,
} from "./worksystem.service.js";
import { formatWorkSystemFile } from "./worksystem-io.js";

/**
 * What happens to a described work system: phase changes, workarounds, removal, and that no
 * other workspace can reach it. Saving models is tested in worksystem.service.test.ts.
 */
let db: Database;
let workspaceId: string;
let otherWorkspaceId: string;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  const other = await db.query<{ id: string }>(
    "INSERT INTO workspace (slug, name) VALUES ('other', 'Other') RETURNING id",
  );
  otherWorkspaceId = other[0]?.id ?? "";
  await saveWorkSystem(db, workspaceId, "Acme Ltd", payroll, {
    createOrganisation: { sector: "Retail", sizeBand: "12" },
  });
});
after(async () => {
  await db.close();
});

const counts = () => workSystemCounts(db);

describe("life cycle and workarounds", () => {
  it("records phase changes with their dates, oldest first", async () => {
    const view = await recordPhase(db, workspaceId, "Acme Ltd", "Payroll", {
      to: "initiation",
      note: "New payroll provider",
      on: "2024-03-01",
    });
    assert.equal(view.model.phase, "initiation");
    assert.equal(view.phase_history[0]?.started_on, null, "began before it was described");
    assert.deepEqual(
      { ...view.phase_history.at(-1), recorded_on: "" },
      {
        phase: "initiation",
        started_on: "2024-03-01",
        note: "New payroll provider",
        recorded_on: "",
      },
    );
    const next = await recordPhase(db, workspaceId, "Acme Ltd", "Payroll", {
      to: "development",
      on: "2024-04-02",
    });
    assert.equal(next.phase_since, "2024-04-02");
    assert.deepEqual(
      next.phase_history.map((p) => p.phase),
      ["operation_maintenance", "initiation", "development"],
    );
  });

  it("refuses the same phase, unknown phases, bad, future and out-of-order dates", async () => {
    const before = await counts();
    const cases: [Parameters<typeof recordPhase>[4], string][] = [
      [{ to: "development" }, "same_phase"],
      [{ to: "testing" }, "bad_phase"],
      [{ to: "implementation", on: "2024-02-30" }, "bad_date"],
      [{ to: "implementation", on: "yesterday" }, "bad_date"],
      [{ to: "implementation", on: "2999-01-01" }, "future_date"],
      [{ to: "implementation", on: "2024-04-01" }, "phase_date_order"],
    ];
    for (const [change, code] of cases) {
      const error = await refusal(recordPhase(db, workspaceId, "Acme Ltd", "Payroll", change));
      assert.equal(error.code, code, JSON.stringify(change));
    }
    assert.deepEqual(await counts(), before);
  });

  it("keeps the history and phase when the file is imported again with the same phase", async () => {
    const view = await getWorkSystem(db, workspaceId, "Acme Ltd", "Payroll");
    await importWorkSystemFiles(db, workspaceId, "Acme Ltd", [
      { name: "p.yaml", text: formatWorkSystemFile(view.model, "yaml"), format: "yaml" },
    ]);
    const again = await getWorkSystem(db, workspaceId, "Acme Ltd", "Payroll");
    assert.deepEqual(again.phase_history, view.phase_history);
  });

  it("notes workarounds tied to an element or a guideline", async () => {
    const added = await addWorkaround(db, workspaceId, "Acme Ltd", "Payroll", {
      description: "Payslips are sent from private mail when the portal is down",
      guideline: "information.protection_easy",
      noted_on: "2024-05-06",
    });
    assert.equal(added.element, "information", "taken from the guideline");
    assert.equal(added.guideline, "information.protection_easy");
    await addWorkaround(db, workspaceId, "Acme Ltd", "Payroll", {
      description: "Passwords shared on a note",
      element: "participants",
    });
    const view = await getWorkSystem(db, workspaceId, "Acme Ltd", "Payroll");
    assert.equal(view.workarounds.length, 2);
  });

  it("refuses a workaround without element or guideline, or with an unknown guideline", async () => {
    const none = await refusal(
      addWorkaround(db, workspaceId, "Acme Ltd", "Payroll", { description: "Something" }),
    );
    assert.equal(none.code, "workaround_needs_element");
    const typo = await refusal(
      addWorkaround(db, workspaceId, "Acme Ltd", "Payroll", {
        description: "Something",
        guideline: "participants.know_guidence",
      }),
    );
    assert.match(typo.message, /Did you mean participants\.know_guidance\?/);
    const empty = await refusal(
      addWorkaround(db, workspaceId, "Acme Ltd", "Payroll", {
        description: "  ",
        element: "participants",
      }),
    );
    assert.equal(empty.code, "bad_workaround");
  });
});

describe("removing a work system", () => {
  it("deletes it with its history, keeps the group as a department, drops unused infrastructure", async () => {
    await saveWorkSystem(db, workspaceId, "Acme Ltd", { name: "Temp", infrastructure: ["Fax"] });
    await addWorkaround(db, workspaceId, "Acme Ltd", "Temp", {
      description: "Faxes left on the tray",
      element: "technologies",
    });
    await removeWorkSystem(db, workspaceId, "Acme Ltd", "temp");
    const names = (await listWorkSystems(db, workspaceId, "Acme Ltd")).work_systems.map(
      (w) => w.name,
    );
    assert.ok(!names.includes("Temp"));
    const [group] = await db.query<{ kind: string }>(
      "SELECT kind FROM org_group WHERE name_key = 'temp'",
    );
    assert.equal(group?.kind, "department");
    const [fax] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM infrastructure WHERE name_key = 'fax'",
    );
    assert.equal(fax?.n, 0);
    const again = await refusal(removeWorkSystem(db, workspaceId, "Acme Ltd", "Temp"));
    assert.equal(again.code, "work_system_not_found");
  });
});

describe("workspace scoping", () => {
  it("never finds another workspace's organisations or work systems", async () => {
    const error = await refusal(listWorkSystems(db, otherWorkspaceId, "Acme Ltd"));
    assert.equal(error.code, "organisation_not_found");
    const [org] = await db.query<{ id: string }>(
      "SELECT id FROM organisation WHERE name = 'Acme Ltd'",
    );
    const byId = await refusal(listWorkSystems(db, otherWorkspaceId, org?.id ?? ""));
    assert.equal(byId.code, "organisation_not_found");
    await saveWorkSystem(
      db,
      otherWorkspaceId,
      "Acme Ltd",
      { name: "Payroll" },
      {
        createOrganisation: {},
      },
    );
    const mine = await getWorkSystem(db, workspaceId, "Acme Ltd", "Payroll");
    assert.equal(mine.model.participants.length, 3);
  });
});
