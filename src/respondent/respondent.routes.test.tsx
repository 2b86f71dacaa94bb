import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import { buildScopedReport } from "../analysis/report.service.js";
import { createCampaign, setCampaignStatus } from "../campaign/campaign.service.js";
import type { Database } from "../db/database.js";
import { addInstrument } from "../instrument/instrument.service.js";
import { createLinks } from "../invitation/invitation.service.js";
import { createApp } from "../server/app.js";

let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
let campaignId: string;

const FORM = { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" };

function post(
  path: string,
  body: Record<string, string | string[]>,
  headers: Record<string, string> = {},
) {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body))
    for (const v of [value].flat()) form.append(key, v);
  return app.request(path, { method: "POST", body: form, headers: { ...FORM, ...headers } });
}

async function newLink(options: { shared?: boolean; accessCode?: string } = {}): Promise<string> {
  const { links } = await createLinks(db, workspaceId, campaignId, {
    count: 1,
    baseUrl: "http://localhost",
    ...options,
  });
  return new URL(links[0] as string).pathname;
}

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  await addInstrument(db, workspaceId, {
    code: "laptops",
    title: "Laptops and you",
    estimated_minutes: 3,
    sections: [
      {
        title: "Your laptop",
        items: [
          {
            code: "uses_laptop",
            type: "yes_no",
            text: "Do you use a work laptop?",
            required: true,
          },
          {
            code: "laptop_home",
            type: "yes_no",
            text: "Do you take it home?",
            show_if: { item: "uses_laptop", equals: "yes" },
          },
        ],
      },
      {
        title: "Your view",
        items: [{ code: "worry", type: "open_text", text: "What worries you?" }],
      },
    ],
  });
  const campaign = await createCampaign(db, workspaceId, {
    organisation: "Flow Ltd",
    instrument: "laptops",
    sponsor: 'Sam "<b>Lead</b>"',
    purpose: "To make laptop rules fit your work.",
  });
  campaignId = campaign.id;
  app = createApp({ db });
});
after(async () => {
  await db.close();
});

describe("links that cannot be used", () => {
  it("says kindly when a link is unknown, malformed or its campaign is not open", async () => {
    const notFound = await app.request("/s/AAAAAAAAAAAAAAAAAAAAAA");
    assert.equal(notFound.status, 404);
    assert.match(await notFound.text(), /This link does not work/);
    assert.equal((await app.request("/s/'%3Cscript%3E")).status, 404);
    const path = await newLink();
    const draft = await app.request(path);
    assert.equal(draft.status, 403);
    assert.match(await draft.text(), /has not started yet/);
    await setCampaignStatus(db, workspaceId, campaignId, "open");
  });
});

describe("answering through a single-use link", () => {
  let path: string;
  before(async () => {
    path = await newLink();
  });

  it("asks for consent first, saying who asks, why, how long, and what anonymity means", async () => {
    const res = await app.request(path);
    const html = await res.text();
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("referrer-policy"), "no-referrer");
    assert.match(html, /Sam &quot;&lt;b&gt;Lead&lt;\/b&gt;&quot;/);
    assert.match(html, /To make laptop rules fit your work/);
    assert.match(html, /about 3 minutes/);
    assert.match(html, /Your answers are anonymous/);
    assert.doesNotMatch(html, /Do you use a work laptop/);
    const early = await post(path, { step: "1", action: "next", uses_laptop: "yes" });
    assert.equal(early.status, 303, "answers before consent are not taken");
    assert.equal(early.headers.get("location"), path);
  });

  it("goes through the pages, checks answers, and hides a question that does not apply", async () => {
    assert.equal((await post(`${path}/consent`, { consent: "yes" })).status, 303);
    assert.match(await (await app.request(path)).text(), /About you/);
    assert.equal(
      (await post(path, { step: "0", action: "next", _community: "it_security" })).headers.get(
        "location",
      ),
      `${path}?step=1`,
    );
    const missing = await post(path, { step: "1", action: "next" });
    assert.equal(missing.status, 400);
    const html = await missing.text();
    assert.match(html, /class="error-summary" role="alert"/);
    assert.match(
      html,
      /<a href="#q-uses_laptop">Do you use a work laptop\? Please answer this question.<\/a>/,
    );
    assert.match(html, /id="q-uses_laptop-error">Please answer this question./);
    const next = await post(path, {
      step: "1",
      action: "next",
      uses_laptop: "no",
      laptop_home: "yes",
    });
    assert.equal(next.headers.get("location"), `${path}?step=2`);
  });

  it("saves for later and resumes where the person stopped", async () => {
    const saved = await post(path, {
      step: "2",
      action: "save",
      worry: 'Lost laptops <img src=x onerror="alert(1)">',
    });
    assert.match(await saved.text(), /Your answers are saved/);
    const resumed = await (await app.request(path)).text();
    assert.match(resumed, /Step 3 of 4/);
    assert.match(resumed, /Lost laptops &lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
  });

  it("shows a review, then stores the answers without any link to the invitation", async () => {
    assert.equal(
      (await post(path, { step: "2", action: "next", worry: "Lost laptops" })).headers.get(
        "location",
      ),
      `${path}?step=3`,
    );
    const review = await (await app.request(`${path}?step=3`)).text();
    assert.match(review, /Check your answers/);
    assert.doesNotMatch(review, /Do you take it home/, "the skipped question is not reviewed");
    const sent = await post(`${path}/submit`, {});
    assert.match(await sent.text(), /Thank you for your answers/);
    const [response] = await db.query<Record<string, unknown>>(
      "SELECT * FROM response WHERE campaign_id = $1",
      [campaignId],
    );
    assert.equal(response?.community, "it_security");
    assert.equal(response?.source, "link");
    assert.deepEqual(Object.keys(response ?? {}).sort(), [
      "campaign_id",
      "community",
      "group_id",
      "id",
      "source",
      "submitted_on",
      "workspace_id",
    ]);
    const answers = await db.query<{ item_code: string }>(
      "SELECT item_code FROM answer WHERE response_id = $1",
      [response?.id],
    );
    assert.deepEqual(
      answers.map((a) => a.item_code),
      ["uses_laptop"],
    );
    assert.equal((await db.query("SELECT 1 FROM response_draft")).length, 0, "the draft is gone");
  });

  it("refuses the used link with a kind page", async () => {
    const again = await app.request(path);
    assert.equal(again.status, 410);
    assert.match(await again.text(), /already sent/);
    assert.equal((await post(`${path}/submit`, {})).status, 410);
  });
});

describe("declining, shared links and access codes", () => {
  it("keeps only a count when someone declines", async () => {
    const path = await newLink();
    const res = await post(`${path}/consent`, { consent: "no" });
    assert.match(await res.text(), /You chose not to take part, and that is fine/);
    const [row] = await db.query<{ declined_count: number }>(
      "SELECT declined_count FROM campaign WHERE id = $1",
      [campaignId],
    );
    assert.equal(row?.declined_count, 1);
  });

  it("asks for the access code of a shared link and gives each browser its own answers", async () => {
    const path = await newLink({ shared: true, accessCode: "Blue Fox" });
    const first = await app.request(path);
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    assert.match(cookie, /^rk=/);
    assert.match(await first.text(), /Access code/);
    const wrong = await post(`${path}/code`, { code: "red fox" }, { cookie });
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /did not match/);
    assert.equal((await post(`${path}/code`, { code: " blue  FOX " }, { cookie })).status, 303);
    assert.match(
      await (await app.request(path, { headers: { cookie } })).text(),
      /Yes, I agree to take part/,
    );
    const stranger = await app.request(path);
    assert.match(await stranger.text(), /Access code/, "another browser starts afresh");
  });
});

describe("security of the answer flow", () => {
  it("refuses a form sent from another site", async () => {
    const path = await newLink();
    const res = await post(
      `${path}/consent`,
      { consent: "yes" },
      { origin: "https://evil.example" },
    );
    assert.equal(res.status, 403);
    assert.match(await res.text(), /forms can only be sent from Rapport/);
  });

  it("stops at the closed campaign", async () => {
    const path = await newLink();
    await setCampaignStatus(db, workspaceId, campaignId, "closed");
    const res = await app.request(path);
    assert.equal(res.status, 410);
    assert.match(await res.text(), /This survey has closed/);
    await setCampaignStatus(db, workspaceId, campaignId, "open");
  });

  it("counts the submitted answer in the report, hidden while the group is small", async () => {
    const { report } = await buildScopedReport(db, workspaceId, { campaign: campaignId });
    assert.equal(report.respondents, 1);
    assert.deepEqual(report.items[0], { code: "uses_laptop", n: null, suppressed: true });
  });
});
