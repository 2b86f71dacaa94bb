import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { stringify } from "yaml";
import { setupWorkspace } from "../../test/factories.js";
import { payroll, refusal, workSystemCounts } from "../../test/worksystem-fixtures.js";
import type { Database } from "../db/database.js";
import {
  getWorkSystem,
  importWorkSystemFiles,
  listWorkSystems,
  saveWorkSystem,
} from "./worksystem.service.js";
import { formatWorkSystemFile } from "./worksystem-io.js";

/**
 * Saving and importing work-system models. The life cycle, workarounds, removal and workspace
 * scoping are in worksystem-lifecycle.test.ts.
 */
let db: Database;
let workspaceId: string;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
});
after(async () => {
  await db.close();
});

const counts = () => workSystemCounts(db);

describe("saving a work system", () => {
  it("creates the organisation, the work system, its group and the nine elements", async () => {
    const saved = await saveWorkSystem(db, workspaceId, "Acme Ltd", payroll, {
      createOrganisation: { sector: "Retail", sizeBand: "12" },
    });
    assert.equal(saved.created, true);
    assert.equal(saved.organisation_created, true);
    const view = saved.work_system;
    assert.equal(view.group, "Payroll");
    assert.deepEqual(
      view.model.processes_activities.map((s) => s.name),
      ["Collect hours", "Check hours", "Run payroll", "Send payslips"],
    );
    assert.deepEqual(view.model.participants[0], {
      role: "Payroll clerk",
      community: "employees",
      headcount: 2,
      description: "",
    });
    assert.equal(view.model.participants[2]?.headcount, undefined);
    assert.equal(view.model.information[1]?.sensitivity, "special_category");
    assert.deepEqual(
      view.model.infrastructure.map((i) => i.name),
      ["E-mail", "File server"],
    );
    assert.equal(view.model.phase, "operation_maintenance");
    assert.equal(view.phase_history.length, 1);
    const [group] = await db.query<{ kind: string }>(
      "SELECT kind FROM org_group WHERE name = 'Payroll'",
    );
    assert.equal(group?.kind, "work_system");
    const [org] = await db.query<{ sector: string; size_band: string }>(
      "SELECT sector, size_band FROM organisation WHERE name = 'Acme Ltd'",
    );
    assert.deepEqual({ ...org }, { sector: "retail", size_band: "small" });
  });

  it("gives back the same model through the file format (YAML and JSON)", async () => {
    const view = await getWorkSystem(db, workspaceId, "acme  ltd", "PAYROLL");
    for (const format of ["yaml", "json"] as const) {
      const text = formatWorkSystemFile(view.model, format);
      const again = await importWorkSystemFiles(db, workspaceId, "Acme Ltd", [
        { name: `payroll.${format}`, text, format },
      ]);
      assert.equal(again[0]?.created, false);
      assert.deepEqual(again[0]?.work_system.model, view.model);
    }
  });

  it("shares infrastructure between work systems of one organisation", async () => {
    await saveWorkSystem(db, workspaceId, "Acme Ltd", {
      name: "Sales",
      infrastructure: ["e-mail", "Website"],
    });
    const payrollView = await getWorkSystem(db, workspaceId, "Acme Ltd", "Payroll");
    const mail = payrollView.infrastructure.find((i) => i.name === "E-mail");
    assert.deepEqual(mail?.shared_with, ["Sales"]);
    assert.equal(mail?.description, "Hosted mail", "a bare name keeps the description");
    const [n] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM infrastructure");
    assert.equal(n?.n, 3);
    // Sales stops using the website: the unused item goes.
    await saveWorkSystem(db, workspaceId, "Acme Ltd", { name: "Sales", infrastructure: [] });
    const [left] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM infrastructure");
    assert.equal(left?.n, 2);
  });

  it("reuses a department group of the same name, so earlier answers count", async () => {
    const [org] = await db.query<{ id: string }>(
      "SELECT id FROM organisation WHERE name = 'Acme Ltd'",
    );
    await db.query(
      "INSERT INTO org_group (workspace_id, organisation_id, name, name_key) VALUES ($1, $2, 'Warehouse', 'warehouse')",
      [workspaceId, org?.id],
    );
    const saved = await saveWorkSystem(db, workspaceId, "Acme Ltd", { name: "warehouse" });
    assert.equal(saved.work_system.group, "Warehouse");
    const groups = await db.query<{ kind: string }>(
      "SELECT kind FROM org_group WHERE name_key = 'warehouse'",
    );
    assert.deepEqual(
      groups.map((g) => g.kind),
      ["work_system"],
    );
  });

  it("lists the organisation's work systems", async () => {
    const { work_systems } = await listWorkSystems(db, workspaceId, "Acme Ltd");
    assert.deepEqual(
      work_systems.map((w) => w.name),
      ["Payroll", "Sales", "warehouse"],
    );
    const p = work_systems[0];
    assert.equal(p?.entries, 16);
    assert.equal(p?.infrastructure, 2);
  });

  it("refuses a bad model with the path of every problem, writing nothing", async () => {
    const before = await counts();
    const error = await refusal(
      saveWorkSystem(db, workspaceId, "Acme Ltd", {
        name: "",
        phase: "planning",
        participants: [{ role: "Clerk", community: "interns", headcount: 1.5 }],
        information: [{ name: "Salaries" }, { name: "salaries", sensitivity: "secret" }],
        customers: ["A", "a"],
        colour: "blue",
      }),
    );
    assert.equal(error.code, "invalid_work_system");
    const paths = error.details.map((d) => d.path);
    for (const path of [
      "name",
      "phase",
      "participants[0].community",
      "participants[0].headcount",
      "information[0].sensitivity",
      "information[1].sensitivity",
      "information[1].name",
      "customers[1].name",
      "(top level)",
    ])
      assert.ok(paths.includes(path), `${path} in ${JSON.stringify(error.details)}`);
    assert.match(
      error.details.find((d) => d.path === "participants[0].community")?.message ?? "",
      /employees, it_security, management/,
    );
    assert.deepEqual(await counts(), before);
  });

  it("imports several files all or nothing, naming the file of each problem", async () => {
    const before = await counts();
    const good = stringify({ schema: "rapport.worksystem/1", name: "Production" });
    const bad = stringify({ schema: "rapport.worksystem/2", name: "Dispatch" });
    const error = await refusal(
      importWorkSystemFiles(db, workspaceId, "Acme Ltd", [
        { name: "production.yaml", text: good, format: "yaml" },
        { name: "dispatch.yaml", text: bad, format: "yaml" },
      ]),
    );
    assert.equal(error.details[0]?.path, "dispatch.yaml: schema");
    assert.match(error.details[0]?.message ?? "", /rapport\.worksystem\/1/);
    assert.deepEqual(await counts(), before);
  });

  it("refuses empty, unreadable and hostile files", async () => {
    const cases: [string, "yaml" | "json", RegExp][] = [
      ["", "yaml", /empty/],
      ["# only a comment\n", "yaml", /empty/],
      ["{ not json", "json", /line 1/],
      ["name: a\n\tphase: x\n", "yaml", /YAML/],
      ["a: &a [1]\nb: *a\n---\nc: 1\n", "yaml", /one work system per file/],
      ["schema: rapport.worksystem/1\nname: !!js/function 'x'\n", "yaml", /YAML/],
    ];
    for (const [text, format, pattern] of cases) {
      const error = await refusal(
        importWorkSystemFiles(db, workspaceId, "Acme Ltd", [{ name: "f", text, format }]),
      );
      assert.match(
        [error.message, ...error.details.map((d) => d.message)].join(" "),
        pattern,
        text,
      );
    }
  });

  it("accepts a long list and refuses an oversized one", async () => {
    const steps = Array.from({ length: 500 }, (_, i) => `Step ${i + 1}`);
    const saved = await saveWorkSystem(db, workspaceId, "Acme Ltd", {
      name: "Big",
      processes_activities: steps,
    });
    assert.equal(saved.work_system.model.processes_activities.at(-1)?.name, "Step 500");
    const error = await refusal(
      saveWorkSystem(db, workspaceId, "Acme Ltd", {
        name: "Bigger",
        processes_activities: [...steps, "Step 501"],
      }),
    );
    assert.equal(error.details[0]?.path, "processes_activities");
  });

  it("keeps hostile and unusual names as plain text", async () => {
    const name = "Rob'); DROP TABLE work_system;-- été \u{1F4B0}";
    const saved = await saveWorkSystem(db, workspaceId, "Acme Ltd", {
      name,
      customers: ["<script>alert(1)</script>"],
    });
    assert.equal(saved.work_system.model.name, name);
    const again = await getWorkSystem(db, workspaceId, "Acme Ltd", name.toUpperCase());
    assert.equal(again.model.customers[0]?.name, "<script>alert(1)</script>");
    const multiline = await refusal(
      saveWorkSystem(db, workspaceId, "Acme Ltd", { name: "Two\nlines" }),
    );
    assert.match(multiline.details[0]?.message ?? "", /one line/);
  });

  it("needs an existing organisation unless asked to create one", async () => {
    const error = await refusal(saveWorkSystem(db, workspaceId, "Acme Limited", { name: "X" }));
    assert.equal(error.code, "organisation_not_found");
    assert.match(error.message, /Did you mean "Acme Ltd"/);
  });
});
