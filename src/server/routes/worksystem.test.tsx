import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace, signIn } from "../../../test/factories.js";
import { webClient } from "../../../test/web.js";
import { unsafeMarkup, XSS_PAYLOADS } from "../../../test/xss-payloads.js";
import { findUserByEmail, insertGrant } from "../../account/account.repository.js";
import { createUser } from "../../account/account.service.js";
import type { Database } from "../../db/database.js";
import { ensureWorkspace } from "../../workspace/workspace.service.js";
import { saveWorkSystem } from "../../worksystem/worksystem.service.js";
import { createApp } from "../app.js";

let db: Database;
let app: ReturnType<typeof createApp>;
let cookie: string;
let viewer: string;
let orgId: string;
let payrollId: string;
let otherOrgId: string;
let foreignId: string;

const { get, post } = webClient(
  () => app,
  () => cookie,
);
const upload = (path: string, name: string, text: string) => {
  const body = new FormData();
  body.set("file", new File([text], name));
  return app.request(path, {
    method: "POST",
    body,
    headers: { cookie, origin: "http://localhost" },
  });
};
const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? -1;
const hostile = XSS_PAYLOADS.slice(0, 40).join(" ").slice(0, 1800);

before(async () => {
  const setup = await setupWorkspace();
  db = setup.db;
  app = createApp({ db });
  cookie = await signIn(app, db);
  // Acme: 12 people in Payroll, 9 of whom do not know the controls; 12 others in Sales.
  const rows: (string | number)[][] = [
    ["respondent_id", "organisation", "group", "community", "aware_controls"],
  ];
  for (let i = 0; i < 12; i++)
    rows.push([`p${i}`, "Acme Ltd", "Payroll", "employees", i < 9 ? "no" : "yes"]);
  for (let i = 0; i < 12; i++) rows.push([`s${i}`, "Acme Ltd", "Sales", "management", "yes"]);
  await importCsv(db, setup.workspaceId, csv(rows));
  const [org] = await db.query<{ id: string }>(
    "SELECT id FROM organisation WHERE name = 'Acme Ltd'",
  );
  orgId = org?.id ?? "";
  const other = await saveWorkSystem(
    db,
    setup.workspaceId,
    "Other Ltd",
    { name: "Depot" },
    { createOrganisation: {} },
  );
  otherOrgId = other.work_system.organisation.id;
  const zebra = await ensureWorkspace(db, "zebra");
  foreignId = (
    await saveWorkSystem(db, zebra.id, "Zebra plc", { name: "Payroll" }, { createOrganisation: {} })
  ).work_system.id;
  await createUser(db, {
    email: "viewer@example.org",
    password: "correct horse battery staple",
    role: "viewer",
  });
  viewer = await signIn(app, db, "viewer@example.org", "viewer");
  const user = await findUserByEmail(db, "viewer@example.org");
  await insertGrant(db, setup.workspaceId, user?.id ?? "", orgId);
});
after(async () => {
  await db.close();
});

describe("work systems on the web", () => {
  it("lists none yet with what to do next, and links from the organisation", async () => {
    const html = await (await get(`/organisations/${orgId}/work-systems`)).text();
    assert.match(html, /There are no work systems yet/);
    assert.match(html, new RegExp(`href="/organisations/${orgId}/work-systems/new"`));
    const orgPage = await (await get(`/organisations/${orgId}`)).text();
    assert.match(orgPage, new RegExp(`href="/organisations/${orgId}/work-systems"`));
  });

  it("refuses bad input beside the fields, keeps what was typed and stores nothing", async () => {
    const before = await count("work_system");
    const res = await post(`/organisations/${orgId}/work-systems`, {
      name: "",
      customers: "Staff\nTax office | Monthly returns",
      "participants.0.role": "Clerk <b>one</b>",
      "participants.0.community": "employees",
      "participants.0.headcount": "two",
      "information.0.name": "Salaries",
      "information.0.sensitivity": "secret",
    });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /id="f-name-error"/);
    assert.match(html, /id="f-participants\.0\.headcount-error"/);
    assert.match(html, /id="f-information\.0\.sensitivity"/);
    assert.match(html, /Tax office \| Monthly returns/);
    assert.match(html, /value="Clerk &lt;b&gt;one&lt;\/b&gt;"/);
    assert.equal(await count("work_system"), before);
  });

  it("adds a work system from the form, escaping every text, and refuses the same name again", async () => {
    const res = await post(`/organisations/${orgId}/work-systems`, {
      name: "Payroll",
      description: hostile,
      phase: "operation_maintenance",
      customers: `Staff\n${XSS_PAYLOADS[0]} | ${XSS_PAYLOADS[1]}`,
      processes_activities: "Collect hours\nRun payroll",
      infrastructure: "E-mail",
      "participants.0.role": XSS_PAYLOADS[7] ?? "",
      "participants.0.community": "employees",
      "participants.0.headcount": "2",
      "participants.0.description": XSS_PAYLOADS[20] ?? "",
      "information.0.name": "Salaries",
      "information.0.sensitivity": "confidential",
    });
    assert.equal(res.status, 303);
    payrollId =
      /\/work-systems\/([0-9a-f-]{36})/.exec(res.headers.get("location") ?? "")?.[1] ?? "";
    const html = await (await get(`/work-systems/${payrollId}?saved=created`)).text();
    assert.deepEqual(unsafeMarkup(html, XSS_PAYLOADS), []);
    assert.match(html, /Collect hours/);
    assert.match(html, /Confidential/);
    assert.match(html, /The work system was added/);
    assert.match(html, /rel="stylesheet" href="\/static\/worksystem.css"/);
    const dup = await post(`/organisations/${orgId}/work-systems`, {
      name: " payroll ",
      phase: "operation_maintenance",
    });
    assert.equal(dup.status, 409);
    assert.match(await dup.text(), /id="f-name-error"/);
    const css = await (await app.request("/static/worksystem.css")).text();
    assert.match(css, /@media print/);
    assert.match(css, /size: A4/);
  });

  it("changes the model through the form, prefilled with what was saved", async () => {
    const form = await (await get(`/work-systems/${payrollId}/edit`)).text();
    assert.match(form, /name="participants\.0\.headcount"[^>]*value="2"/);
    const res = await post(`/work-systems/${payrollId}/edit`, {
      name: "Payroll",
      phase: "operation_maintenance",
      customers: "Staff",
      "participants.0.role": "Payroll clerk",
      "participants.0.community": "employees",
      "participants.0.headcount": "3",
    });
    assert.equal(res.status, 303);
    const html = await (await get(`/work-systems/${payrollId}`)).text();
    assert.match(html, /Payroll clerk/);
    assert.match(html, /3 people/);
  });

  it("loads a file, and shows each problem of a bad one by path or line", async () => {
    const bad = await upload(
      `/organisations/${orgId}/work-systems/import`,
      "sales.yaml",
      "schema: rapport.worksystem/1\nname: Sales\nparticipants:\n  - { role: Rep, community: aliens }\n",
    );
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /participants\[0\]\.community/);
    const broken = await upload(
      `/organisations/${orgId}/work-systems/import`,
      "x.json",
      '{"name": ',
    );
    assert.match(await broken.text(), /Line 1/);
    const ok = await upload(
      `/organisations/${orgId}/work-systems/import`,
      "sales.yaml",
      "schema: rapport.worksystem/1\nname: Sales\ncustomers: [Shops]\n",
    );
    assert.equal(ok.status, 303);
    const list = await (await get(`/organisations/${orgId}/work-systems`)).text();
    assert.match(list, /Sales/);
    const yaml = await get(`/work-systems/${payrollId}/download?format=yaml`);
    assert.match(yaml.headers.get("content-disposition") ?? "", /Payroll\.yaml/);
    assert.match(await yaml.text(), /^schema: rapport\.worksystem\/1/);
  });

  it("records a phase change and a workaround, with errors beside their fields", async () => {
    const bad = await post(`/work-systems/${payrollId}/phase`, {
      to: "development",
      on: "31/03/2026",
    });
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /id="f-on-error"/);
    assert.match(badHtml, /value="31\/03\/2026"/);
    assert.equal(
      (await post(`/work-systems/${payrollId}/phase`, { to: "development", note: hostile })).status,
      303,
    );
    const missing = await post(`/work-systems/${payrollId}/workarounds`, {
      description: "Shared login",
      guideline: "nope.nope",
    });
    assert.equal(missing.status, 400);
    assert.match(await missing.text(), /id="f-guideline-error"/);
    const added = await post(`/work-systems/${payrollId}/workarounds`, {
      description: hostile,
      element: "technologies",
    });
    assert.equal(added.status, 303);
    const html = await (await get(`/work-systems/${payrollId}`)).text();
    assert.match(html, /Development/);
    assert.deepEqual(unsafeMarkup(html, XSS_PAYLOADS), []);
  });

  it("rates all guidelines at once, beside what the survey says, keeping the history", async () => {
    const page = await (await get(`/work-systems/${payrollId}/assess`)).text();
    assert.match(page, /participants\.know_guidance\.rating/);
    assert.match(page, /75%/);
    assert.match(page, /9 of 12/);
    const before = await count("guideline_rating");
    const bad = await post(`/work-systems/${payrollId}/assess`, {
      "participants.know_guidance.rating": "met",
      "participants.know_guidance.note": "kept <i>as typed</i>",
      "strategies.own_approach.note": "half done",
    });
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /id="f-strategies\.own_approach\.rating-error"/);
    assert.match(badHtml, /kept &lt;i&gt;as typed&lt;\/i&gt;/);
    assert.equal(await count("guideline_rating"), before);
    const ok = await post(`/work-systems/${payrollId}/assess`, {
      "participants.know_guidance.rating": "met",
      "participants.know_guidance.note": hostile,
    });
    assert.equal(ok.status, 303);
    assert.equal(await count("guideline_rating"), before + 1);
    const same = await post(`/work-systems/${payrollId}/assess`, {
      "participants.know_guidance.rating": "met",
      "participants.know_guidance.note": hostile,
    });
    assert.match(same.headers.get("location") ?? "", /saved=unchanged/);
    await post(`/work-systems/${payrollId}/assess`, {
      "participants.know_guidance.rating": "not_met",
      "participants.know_guidance.evidence": hostile,
    });
    const html = await (await get(`/work-systems/${payrollId}/assess`)).text();
    assert.match(html, /Earlier ratings \(1\)/);
    assert.deepEqual(unsafeMarkup(html, XSS_PAYLOADS), []);
    const back = await post(`/work-systems/${payrollId}/assess`, {
      "participants.know_guidance.rating": "",
    });
    assert.equal(back.status, 400);
    assert.match(await back.text(), /id="f-participants\.know_guidance\.rating-error"/);
  });

  it("shows findings by severity with filters and the baseline comparison", async () => {
    const html = await (await get(`/organisations/${orgId}/findings`)).text();
    assert.match(html, /participants\.know_guidance/);
    assert.match(html, /Usually helps/);
    assert.match(html, /Compared with a baseline/);
    assert.match(html, /95% interval/);
    assert.match(html, /9 of 12/);
    assert.deepEqual(unsafeMarkup(html, XSS_PAYLOADS), []);
    const high = await (
      await get(`/organisations/${orgId}/findings?severity=high&scope=participants`)
    ).text();
    assert.match(high, /participants\.know_guidance/);
    assert.doesNotMatch(high, /sev-low/);
    const odd = await get(`/organisations/${orgId}/findings?severity=%3Cscript%3E`);
    assert.equal(odd.status, 200);
    assert.deepEqual(unsafeMarkup(await odd.text(), ["<script>"]), []);
  });
});

describe("who may see and change work systems", () => {
  it("refuses a form sent without the page's origin", async () => {
    const res = await post(
      `/work-systems/${payrollId}/phase`,
      { to: "implementation" },
      cookie,
      false,
    );
    assert.equal(res.status, 403);
  });

  it("answers not found for another workspace's work system and unknown ids", async () => {
    for (const path of [
      `/work-systems/${foreignId}`,
      `/work-systems/${foreignId}/assess`,
      `/work-systems/${foreignId}/edit`,
      `/work-systems/${foreignId}/download`,
      "/work-systems/not-an-id",
      "/organisations/not-an-id/findings",
      "/organisations/not-an-id/work-systems",
    ])
      assert.equal((await get(path)).status, 404, path);
    for (const path of [
      `/work-systems/${foreignId}/assess`,
      `/work-systems/${foreignId}/phase`,
      `/work-systems/${foreignId}/workarounds`,
      `/work-systems/${foreignId}/edit`,
    ])
      assert.equal(
        (await post(path, { to: "development", description: "x", element: "customers" })).status,
        404,
        path,
      );
  });

  it("lets a viewer read the snapshot and findings of a granted organisation only", async () => {
    const snapshot = await get(`/work-systems/${payrollId}`, viewer);
    assert.equal(snapshot.status, 200);
    const html = await snapshot.text();
    assert.doesNotMatch(html, /action="\/work-systems\/[^"]+\/phase"/);
    assert.doesNotMatch(html, /Sector:/);
    assert.equal((await get(`/organisations/${orgId}/findings`, viewer)).status, 200);
    assert.equal((await get(`/organisations/${otherOrgId}/findings`, viewer)).status, 404);
    assert.equal((await get(`/work-systems/${payrollId}/assess`, viewer)).status, 403);
    assert.equal(
      (
        await post(
          `/work-systems/${payrollId}/assess`,
          { "strategies.own_approach.rating": "met" },
          viewer,
        )
      ).status,
      403,
    );
    assert.equal((await get(`/organisations/${orgId}/work-systems`, viewer)).status, 403);
  });
});
