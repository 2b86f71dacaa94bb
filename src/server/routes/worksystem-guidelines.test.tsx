import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace, signIn } from "../../../test/factories.js";
import { webClient } from "../../../test/web.js";
import { unsafeMarkup, XSS_PAYLOADS } from "../../../test/xss-payloads.js";
import type { Database } from "../../db/database.js";
import { ensureWorkspace } from "../../workspace/workspace.service.js";
import { BUILTIN_CATALOGUE } from "../../worksystem/catalogue/index.js";
import {
  listCustomGuidelines,
  saveCustomGuideline,
} from "../../worksystem/custom-guideline.service.js";
import { createApp } from "../app.js";

let db: Database;
let workspaceId: string;
let zebraId: string;
let app: ReturnType<typeof createApp>;
let cookie: string;
let viewer: string;

const { get, post } = webClient(
  () => app,
  () => cookie,
);
const upload = (text: string, name = "shared.yaml") => {
  const body = new FormData();
  body.set("file", new File([text], name));
  return app.request("/guidelines/import", {
    method: "POST",
    body,
    headers: { cookie, origin: "http://localhost" },
  });
};

const fields = (code = "participants.night_handover"): [string, string][] => [
  ["code", code],
  ["scope", "participants"],
  ["statement", XSS_PAYLOADS[0] ?? ""],
  ["question", `${XSS_PAYLOADS[7]} handed over?`],
  ["why", XSS_PAYLOADS.slice(10, 30).join(" ").slice(0, 590)],
  ["item_codes", "aware_controls"],
  ["item_codes", "received_training"],
  ["interventions", "guidance_update"],
];

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  app = createApp({ db });
  cookie = await signIn(app, db);
  viewer = await signIn(app, db, "viewer@example.org", "viewer");
  zebraId = (await ensureWorkspace(db, "zebra")).id;
  await saveCustomGuideline(db, zebraId, {
    code: "strategies.zebra_only",
    element: "strategies",
    statement: "Zebra's own.",
    question: "Zebra?",
    why: "Zebra.",
    item_codes: [],
    interventions: ["monitoring"],
    source: "zebra",
  });
});
after(async () => {
  await db.close();
});

describe("the guideline catalogue on the web", () => {
  it("lists the built-in guidelines and says there are no own ones yet", async () => {
    const html = await (await get("/guidelines")).text();
    assert.match(html, /You have not added guidelines of your own/);
    assert.match(html, new RegExp(`${BUILTIN_CATALOGUE.guidelines.length} in all`));
    assert.doesNotMatch(html, /zebra_only/);
  });

  it("refuses bad input beside the fields, keeping what was typed and storing nothing", async () => {
    const res = await post("/guidelines", [
      ["code", "custom.thing"],
      ["scope", "participants"],
      ["statement", "Kept <b>here</b>"],
      ["question", "No question mark"],
      ["item_codes", "aware_controls"],
    ]);
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /id="f-code-error"/);
    assert.match(html, /id="f-question-error"/);
    assert.match(html, /<a href="#f-interventions">/);
    assert.match(html, /value="Kept &lt;b&gt;here&lt;\/b&gt;"/);
    assert.match(html, /value="aware_controls" checked/);
    assert.deepEqual(await listCustomGuidelines(db, workspaceId), []);
  });

  it("adds an own guideline, escaping every text, and refuses built-in and taken codes", async () => {
    const res = await post("/guidelines", fields());
    assert.equal(res.status, 303);
    const html = await (await get("/guidelines?saved=added")).text();
    assert.match(html, /participants\.night_handover/);
    assert.deepEqual(unsafeMarkup(html, XSS_PAYLOADS), []);
    const clash = await post("/guidelines", fields("participants.know_guidance"));
    assert.equal(clash.status, 409);
    assert.match(await clash.text(), /id="f-code-error"/);
    assert.equal((await post("/guidelines", fields())).status, 409);
    assert.equal((await listCustomGuidelines(db, workspaceId)).length, 1);
  });

  it("changes an own guideline, but never a built-in one", async () => {
    const form = await (await get("/guidelines/participants.night_handover")).text();
    assert.match(form, /value="guidance_update" checked/);
    const changed = fields().map(([k, v]): [string, string] => [
      k,
      k === "why" ? "Handovers lose tasks." : v,
    ]);
    assert.equal((await post("/guidelines/participants.night_handover", changed)).status, 303);
    const [saved] = await listCustomGuidelines(db, workspaceId);
    assert.equal(saved?.why, "Handovers lose tasks.");
    const builtin = BUILTIN_CATALOGUE.guidelines[0]?.code ?? "";
    assert.equal((await get(`/guidelines/${builtin}`)).status, 404);
    assert.equal((await post(`/guidelines/${builtin}`, fields())).status, 400);
    assert.equal((await post(`/guidelines/${builtin}/remove`, [])).status, 400);
    assert.equal((await get("/guidelines/strategies.zebra_only")).status, 404);
    assert.equal((await post("/guidelines/strategies.zebra_only/remove", [])).status, 404);
  });

  it("exports the catalogue and loads it back unchanged; refuses a bad file by path", async () => {
    const yaml = await (await get("/guidelines/export?format=yaml")).text();
    assert.match(yaml, /participants\.night_handover/);
    assert.equal((await upload(yaml)).status, 303);
    assert.equal(await (await get("/guidelines/export?format=yaml")).text(), yaml);
    const json = await (await get("/guidelines/export?format=json")).text();
    assert.equal((await upload(json, "shared.json")).status, 303);
    assert.equal(await (await get("/guidelines/export?format=json")).text(), json);
    const bad = await upload(
      JSON.stringify({
        schema: "rapport.guidelines/1",
        version: 1,
        name: "x",
        guidelines: [{ code: "x" }],
      }),
      "bad.json",
    );
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /guidelines\[0\]/);
    assert.equal((await listCustomGuidelines(db, workspaceId)).length, 1);
  });

  it("removes an own guideline; refuses forms without origin and viewers", async () => {
    assert.equal(
      (await post("/guidelines/participants.night_handover/remove", [], cookie, false)).status,
      403,
    );
    assert.equal((await get("/guidelines", viewer)).status, 403);
    assert.equal((await post("/guidelines", fields(), viewer)).status, 403);
    assert.equal((await post("/guidelines/participants.night_handover/remove", [])).status, 303);
    assert.deepEqual(await listCustomGuidelines(db, workspaceId), []);
  });
});
