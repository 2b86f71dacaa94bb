import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace, tempDir } from "../../test/factories.js";
import type { ItemFigures, Report } from "../analysis/report.js";
import { buildScopedReport } from "../analysis/report.service.js";
import type { Database } from "../db/database.js";
import { startServer } from "../server/start.js";
import { DEMO_STUDIES, loadDemo } from "./demo.service.js";

let db: Database;
let workspaceId: string;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
});
after(async () => {
  await db.close();
});

function share(report: Report, code: string, value: string): number | null | undefined {
  const item = report.items.find((i) => i.code === code) as ItemFigures | undefined;
  return item?.answers.find((a) => a.value === value)?.percent;
}

describe("demo data", () => {
  it("loads two labelled studies once, and does nothing the second time", async () => {
    const first = await loadDemo(db, workspaceId);
    assert.equal(first.loaded, true);
    assert.deepEqual(
      first.studies.map((s) => [s.study, s.respondents, s.organisations]),
      [
        [DEMO_STUDIES.sme, 187, 39],
        [DEMO_STUDIES.relationship, 92, 1],
        [DEMO_STUDIES.diagnosis, 90, 1],
      ],
    );
    assert.deepEqual(await loadDemo(db, workspaceId), { loaded: false, studies: [] });
  });

  it("reproduces the SME study's published figures in its report", async () => {
    const { report } = await buildScopedReport(db, workspaceId, { study: DEMO_STUDIES.sme }, [
      "sector",
    ]);
    assert.equal(report.respondents, 187);
    // Paper 000: 48% not aware of controls, 51% say controls are not reviewed, 52% no training,
    // 60% security not prioritised, over 80% not involved in requirements.
    assert.equal(Math.round(share(report, "aware_controls", "no") ?? 0), 48);
    assert.equal(Math.round(share(report, "controls_reviewed", "no") ?? 0), 51);
    assert.equal(Math.round(share(report, "received_training", "no") ?? 0), 52);
    assert.equal(Math.round(share(report, "security_prioritised", "no") ?? 0), 60);
    assert.ok((share(report, "involved_requirements", "no") ?? 0) > 80);
    assert.deepEqual(
      report.breakdowns.sector?.map((g) => g.group),
      ["manufacturing", "retail", "services"],
    );
  });

  it("matches the relationship study's counts", async () => {
    const { report } = await buildScopedReport(
      db,
      workspaceId,
      { study: DEMO_STUDIES.relationship },
      ["group"],
    );
    const helpful = report.items.find((i) => i.code === "its_helpful") as ItemFigures;
    const count = (v: string) => helpful.answers.find((a) => a.value === v)?.count ?? 0;
    assert.equal(count("yes") + count("partly"), 71);
    assert.equal(count("no"), 18);
    const contact = report.items.find((i) => i.code === "contact_frequency") as ItemFigures;
    const regular = contact.answers.filter((a) => a.value === "weekly" || a.value === "daily");
    assert.equal(
      regular.reduce((sum, a) => sum + a.count, 0),
      5,
    );
    // The group of 3 is hidden.
    assert.ok(report.breakdowns.group?.some((g) => g.suppressed));
    assert.ok(report.breakdowns.group?.every((g) => g.suppressed || (g.n ?? 0) >= 5));
  });
});

describe("npm start on an empty database", () => {
  it("loads the demo, serves the report page, and stops cleanly", async () => {
    const server = await startServer({
      databaseUrl: "",
      dataDir: tempDir(),
      port: "0",
      host: "127.0.0.1",
    });
    try {
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200);
      const first = await fetch(`${server.url}/`, { redirect: "manual" });
      assert.equal(
        first.headers.get("location"),
        "/setup",
        "a new installation asks for the first account",
      );
      const setup = await fetch(`${server.url}/setup`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url },
        body: new URLSearchParams({
          email: "me@example.org",
          password: "a long enough passphrase",
        }),
      });
      const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const home = await (await fetch(`${server.url}/studies`, { headers: { cookie } })).text();
      const link = /href="(\/studies\/[0-9a-f-]+)">SME security practices \(demo data\)/.exec(home);
      assert.ok(link, "the studies page links to the demo study");
      const page = await (await fetch(`${server.url}${link[1]}`, { headers: { cookie } })).text();
      assert.match(page, /187<\/strong> respondents/);
      assert.match(page, /48\.1%/);
    } finally {
      await server.stop();
    }
  });
});
