import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace, signIn } from "../../../test/factories.js";
import { redirectedTo, webClient } from "../../../test/web.js";
import { unsafeMarkup, XSS_PAYLOADS } from "../../../test/xss-payloads.js";
import { listCampaigns } from "../../campaign/campaign.repository.js";
import type { Database } from "../../db/database.js";
import { createApp } from "../app.js";

/** Studies on the web: start one, let two organisations' campaigns join it, read its report. */
let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
let cookie: string;

const { get, post } = webClient(
  () => app,
  () => cookie,
);

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  app = createApp({ db });
  cookie = await signIn(app, db);
});
after(async () => {
  await db.close();
});

describe("studies on the web", () => {
  let studyId = "";
  const orgIds: string[] = [];

  it("offers to start a study when there is none, and refuses a bad one beside its fields", async () => {
    const list = await (await get("/studies")).text();
    assert.match(list, /There are no studies yet/);
    assert.match(list, /href="\/studies\/new"/);
    const form = await get("/studies/new");
    assert.equal(form.status, 200);
    const bad = await post("/studies", { name: " ", instrument: "", min_group_size: "2" });
    assert.equal(bad.status, 400);
    const html = await bad.text();
    for (const id of ["f-name-error", "f-instrument-error", "f-min_group_size-error"])
      assert.match(html, new RegExp(`id="${id}"`), id);
    assert.match(html, /at least 3/);
    const unknown = await post("/studies", { name: "X", instrument: "nope", min_group_size: "5" });
    assert.equal(unknown.status, 400);
    assert.match(await unknown.text(), /Choose a questionnaire from the list/);
  });

  it("starts a study, escaping its name, and refuses the same name twice", async () => {
    const res = await post("/studies", {
      name: "Retail <i>pulse</i>",
      instrument: "sme-security-practices",
      min_group_size: "5",
      description: "Two shops",
    });
    assert.equal(res.status, 303);
    studyId = /^\/studies\/([0-9a-f-]{36})$/.exec(redirectedTo(res))?.[1] ?? "";
    assert.ok(studyId, redirectedTo(res));
    const page = await get(`/studies/${studyId}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Retail &lt;i&gt;pulse&lt;\/i&gt;/);
    assert.doesNotMatch(html, /<i>pulse/);
    const twice = await post("/studies", {
      name: "retail <i>PULSE</i>",
      instrument: "sme-security-practices",
      min_group_size: "5",
    });
    assert.equal(twice.status, 409);
    assert.match(await twice.text(), /already a study called/);
  });

  it("lets campaigns of two organisations join it with the study's questionnaire", async () => {
    for (const name of ["Shop One", "Shop Two"]) {
      const res = await post("/organisations", { name, sector: "retail", size_band: "12" });
      assert.equal(res.status, 303);
      orgIds.push(/^\/organisations\/([0-9a-f-]{36})/.exec(redirectedTo(res))?.[1] ?? "");
    }
    const form = await (await get("/campaigns/new")).text();
    assert.match(form, /name="study_id"/);
    assert.match(form, /The study&#39;s questionnaire|The study's questionnaire/);
    // Naming another questionnaire is refused beside that field, and nothing is stored.
    const mismatch = await post("/campaigns", {
      organisation_id: orgIds[0] ?? "",
      study_id: studyId,
      instrument: "security-relationship",
    });
    assert.equal(mismatch.status, 400);
    assert.match(await mismatch.text(), /id="f-instrument-error"[^>]*>[^<]*The study asks/);
    assert.equal((await listCampaigns(db, workspaceId)).length, 0);
    // Left at the study's questionnaire, or naming it, both join.
    const first = await post("/campaigns", { organisation_id: orgIds[0] ?? "", study_id: studyId });
    const second = await post("/campaigns", {
      organisation_id: orgIds[1] ?? "",
      study_id: studyId,
      instrument: "sme-security-practices",
    });
    assert.deepEqual([first.status, second.status], [303, 303]);
    const joined = (await listCampaigns(db, workspaceId)).filter((c) => c.study_id === studyId);
    assert.equal(joined.length, 2);
    const list = await (await get("/studies")).text();
    assert.match(list, /<td class="num">2<\/td>/);
    const campaign = await (await get(redirectedTo(first).replace(/\?.*$/, ""))).text();
    assert.match(campaign, new RegExp(`part of the study <a href="/studies/${studyId}">`));
  });

  it("still asks for a questionnaire when no study is chosen, and refuses an unknown study", async () => {
    const none = await post("/campaigns", { organisation_id: orgIds[0] ?? "", study_id: "" });
    assert.equal(none.status, 400);
    assert.match(await none.text(), /id="f-instrument-error"[^>]*>[^<]*Choose a questionnaire/);
    const unknown = await post("/campaigns", {
      organisation_id: orgIds[0] ?? "",
      study_id: "00000000-0000-4000-8000-000000000000",
    });
    assert.equal(unknown.status, 400);
    assert.match(await unknown.text(), /id="f-study_id-error"/);
  });
});

describe("hostile text in a study", () => {
  it("is escaped on the list, the study's page and the refused form", async () => {
    const made: string[] = [];
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const res = await post("/studies", {
        name: `#${i} ${payload}`.slice(0, 200),
        instrument: "sme-security-practices",
        min_group_size: "5",
        description: payload,
      });
      if (res.status === 303) made.push(redirectedTo(res));
      else {
        // Refused (a name that cleans to nothing or repeats one): shown again, escaped.
        assert.deepEqual(unsafeMarkup(await res.text(), [payload]), [], `payload ${i}`);
      }
    }
    assert.ok(made.length > XSS_PAYLOADS.length / 2, `only ${made.length} studies made`);
    assert.deepEqual(unsafeMarkup(await (await get("/studies")).text(), XSS_PAYLOADS), []);
    for (const path of made)
      assert.deepEqual(unsafeMarkup(await (await get(path)).text(), XSS_PAYLOADS), [], path);
  });
});
