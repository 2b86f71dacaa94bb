import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace, signIn } from "../../test/factories.js";
import { webClient } from "../../test/web.js";
import type { Database } from "../db/database.js";
import { listStudySummaries } from "../study/study.repository.js";
import { createApp } from "./app.js";

let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
let cookie: string;
const { get } = webClient(
  () => app,
  () => cookie,
);

const XSS = [
  '<script>alert("x")</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE response; --",
];

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  const rows = [["organisation", "sector", "community", "group", "aware_controls"]];
  for (let i = 0; i < 9; i++)
    rows.push([`Firm ${XSS[0]}`, "retail", "employees", XSS[1] as string, i < 6 ? "yes" : "no"]);
  for (let i = 0; i < 6; i++) rows.push(["Mid firm", "services", "employees", "Sales", "yes"]);
  for (let i = 0; i < 2; i++) rows.push(["Small firm", "mining", "employees", "Tiny team", "no"]);
  await importCsv(db, workspaceId, csv(rows), `Study ${XSS[1]}`);
  app = createApp({ db });
  cookie = await signIn(app, db);
});
after(async () => {
  await db.close();
});

describe("web app", () => {
  it("answers the health check", async () => {
    const res = await app.request("/healthz");
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { status: string }).status, "ok");
  });

  it("lists studies with escaped names and strict security headers", async () => {
    const res = await get("/studies");
    const html = await res.text();
    assert.equal(res.status, 200);
    assert.match(html, /Study &quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.doesNotMatch(html, /<img src=x/);
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    assert.equal(res.headers.get("referrer-policy"), "no-referrer");
  });

  it("shows the report with bars and intervals, escaping every name", async () => {
    const [study] = await listStudySummaries(db, workspaceId);
    const res = await get(`/studies/${study?.id}?by=group`);
    const html = await res.text();
    assert.equal(res.status, 200);
    assert.match(html, /<svg class="bar"/);
    assert.match(html, /66\.7%/);
    for (const payload of XSS)
      assert.ok(!html.includes(payload), `raw payload ${payload} must not appear`);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it("hides a group of 2 with a plain explanation", async () => {
    const [study] = await listStudySummaries(db, workspaceId);
    const html = await (await get(`/studies/${study?.id}?by=sector`)).text();
    assert.match(html, /Fewer than 5 answers: hidden to protect anonymity/);
    assert.doesNotMatch(html, /mining<span class="muted"> \(2/);
    assert.match(html, /retail<span class="muted"> \(9 respondents\)/);
  });

  it("gives a friendly 404 for unknown pages and studies, never a stack trace", async () => {
    for (const path of [
      "/nope",
      "/studies/not-a-uuid",
      "/studies/00000000-0000-4000-8000-000000000000",
    ]) {
      const res = await get(path);
      assert.equal(res.status, 404, path);
      const html = await res.text();
      assert.match(html, /We could not find that page/);
      assert.doesNotMatch(html, /Error:|at .*\.ts/);
    }
  });

  it("serves its stylesheet", async () => {
    const res = await app.request("/static/app.css");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/css/);
  });
});

describe("check a message page", () => {
  it("marks jargon and blame in the pasted text, escaped, with suggestions", async () => {
    const message = 'Users are the weakest link. Enable MFA now. <script>alert("x")</script>';
    const res = await app.request("/check", {
      method: "POST",
      body: new URLSearchParams({ message }),
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://localhost",
      },
    });
    const html = await res.text();
    assert.equal(res.status, 200);
    assert.match(html, /<mark class="m-jargon[^"]*" title="Jargon: try [^"]+">MFA<\/mark>/);
    assert.match(html, /<mark class="m-blame"[^>]*>Users are the weakest link<\/mark>/);
    assert.match(html, /How to improve it/);
    assert.ok(!html.includes('<script>alert("x")</script>'));
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
  });

  it("needs a signed-in user", async () => {
    assert.equal((await app.request("/check")).status, 303);
  });
});
