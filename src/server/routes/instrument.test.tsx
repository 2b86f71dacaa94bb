import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace, signIn, tableCounts } from "../../../test/factories.js";
import { webClient } from "../../../test/web.js";
import type { Database } from "../../db/database.js";
import { getInstrumentVersion } from "../../instrument/instrument.service.js";
import { createApp } from "../app.js";

let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
let cookie: string;

const { get, post } = webClient(
  () => app,
  () => cookie,
);

const small = {
  code: "team-check",
  title: "Team check <b>",
  sections: [
    {
      title: "About you",
      items: [
        { code: "uses_vpn", type: "yes_no", text: "Do you use the VPN?" },
        {
          code: "how_often",
          type: "single_choice",
          text: "How often?",
          options: [
            { code: "daily", label: "Daily" },
            { code: "weekly", label: "Weekly" },
          ],
        },
      ],
    },
  ],
};

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  app = createApp({ db });
  cookie = await signIn(app, db);
});
after(async () => {
  await db.close();
});

describe("questionnaires on the web", () => {
  it("lists the built-in questionnaires and shows one with its questions", async () => {
    const list = await (await get("/instruments")).text();
    assert.match(list, /href="\/instruments\/sme-security-practices"/);
    const page = await (await get("/instruments/sme-security-practices")).text();
    assert.match(page, /aware_controls/);
    assert.match(page, /Make your own copy/);
    const json = await get("/instruments/sme-security-practices/definition.json");
    assert.equal(json.status, 200);
    assert.equal(((await json.json()) as { code: string }).code, "sme-security-practices");
  });

  it("adds one from pasted JSON and from a file, escaping its texts", async () => {
    const res = await post(
      "/instruments",
      new URLSearchParams({ definition: JSON.stringify(small) }),
    );
    assert.equal(res.status, 303);
    assert.match(res.headers.get("location") ?? "", /^\/instruments\/team-check\?version=1/);
    const page = await (await get("/instruments/team-check")).text();
    assert.match(page, /Team check &lt;b&gt;/);
    const form = new FormData();
    form.set("definition", "");
    form.set("file", new File([JSON.stringify({ ...small, title: "Team check 2" })], "t.json"));
    const second = await post("/instruments", form);
    assert.equal(second.status, 303);
    assert.equal((await getInstrumentVersion(db, workspaceId, "team-check")).version, 2);
  });

  it("lists each problem with its path beside the box, and keeps what was typed", async () => {
    const before = await tableCounts(db);
    const broken = {
      ...small,
      code: "other",
      sections: [{ title: "", items: [{ code: "X", type: "maybe" }] }],
    };
    const res = await post(
      "/instruments",
      new URLSearchParams({ definition: JSON.stringify(broken) }),
    );
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /<code>sections\[0\]\.title<\/code>/);
    assert.match(html, /<code>sections\[0\]\.items\[0\]\.type<\/code> Use one of/);
    assert.match(html, /&quot;maybe&quot;/);
    const syntax = await post(
      "/instruments",
      new URLSearchParams({ definition: '{\n  "code": "x",\n  oops\n}' }),
    );
    assert.equal(syntax.status, 400);
    assert.match(await syntax.text(), /line 3/);
    const empty = await post("/instruments", new URLSearchParams({ definition: "  " }));
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /Paste the questionnaire/);
    assert.deepEqual(await tableCounts(db), before);
  });

  it("refuses to change a built-in questionnaire in place", async () => {
    const sme = await getInstrumentVersion(db, workspaceId, "sme-security-practices");
    const res = await post(
      "/instrument-noop".replace("-noop", "s/sme-security-practices/edit"),
      new URLSearchParams({
        based_on: String(sme.version),
        code: "sme-security-practices",
        title: "Mine",
      }),
    );
    assert.equal(res.status, 400);
    assert.match(await res.text(), /built into Rapport/);
    const copy = await post(
      "/instruments/sme-security-practices/edit",
      new URLSearchParams({
        based_on: String(sme.version),
        code: "sme-ours",
        title: "Our version",
      }),
    );
    assert.equal(copy.status, 303);
    assert.equal(
      (await getInstrumentVersion(db, workspaceId, "sme-ours")).definition.title,
      "Our version",
    );
  });

  it("changes wording and adds a question as a new version, errors beside the fields", async () => {
    const form = new URLSearchParams({
      based_on: "2",
      code: "team-check",
      title: "Team check",
      "sections[0].items[0].text": "Do you connect through the VPN?",
      "sections[0].items[1].options[1].label": "Once a week",
      "new.section": "0",
      "new.type": "single_choice",
      "new.code": "where_work",
      "new.text": "Where do you work most?",
      "new.options": "Office\nHome\nOn the road",
    });
    const res = await post("/instruments/team-check/edit", form);
    assert.equal(res.status, 303, await res.clone().text());
    const v3 = await getInstrumentVersion(db, workspaceId, "team-check");
    assert.equal(v3.version, 3);
    const items = v3.definition.sections[0]?.items ?? [];
    assert.equal(items[0]?.text, "Do you connect through the VPN?");
    assert.equal(items[2]?.code, "where_work");
    assert.deepEqual(
      items[2]?.type === "single_choice" ? items[2].options.map((o) => o.code) : [],
      ["office", "home", "on_the_road"],
    );

    const stale = await post(
      "/instruments/team-check/edit",
      new URLSearchParams({ based_on: "2", code: "team-check" }),
    );
    assert.equal(stale.status, 400);
    assert.match(await stale.text(), /while you were editing/);

    const bad = await post(
      "/instruments/team-check/edit",
      new URLSearchParams({
        based_on: "3",
        code: "team-check",
        title: "",
        "new.code": "Bad Code",
        "new.text": "A question",
      }),
    );
    assert.equal(bad.status, 400);
    const html = await bad.text();
    assert.match(html, /id="f-title-error"/);
    assert.match(html, /id="f-new\.code-error"/);
    assert.equal((await getInstrumentVersion(db, workspaceId, "team-check")).version, 3);
  });

  it("answers 404 for unknown questionnaires and odd codes", async () => {
    for (const path of [
      "/instruments/nope",
      "/instruments/..%2F..%2Fetc",
      "/instruments/nope/edit",
    ]) {
      assert.equal((await get(path)).status, 404, path);
    }
  });
});
