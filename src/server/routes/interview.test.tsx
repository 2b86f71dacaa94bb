import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace, signIn, tableCounts } from "../../../test/factories.js";
import { redirectedTo, webClient } from "../../../test/web.js";
import type { Database } from "../../db/database.js";
import { listGroups } from "../../organisation/organisation.repository.js";
import { createApp } from "../app.js";

let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
let cookie: string;
let campaignId: string;
let orgId: string;

const { get, post } = webClient(
  () => app,
  () => cookie,
);

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  app = createApp({ db });
  cookie = await signIn(app, db);
  orgId =
    redirectedTo(
      await post(
        "/organisations",
        new URLSearchParams({ name: "Interviewed Ltd", groups: "Payroll" }),
      ),
    ).split(/[/?]/)[2] ?? "";
  campaignId =
    redirectedTo(
      await post(
        "/campaigns",
        new URLSearchParams({ organisation_id: orgId, instrument: "sme-security-practices" }),
      ),
    ).split(/[/?]/)[2] ?? "";
});
after(async () => {
  await db.close();
});

describe("interview mode", () => {
  it("shows every question with a notes box and asks for consent, not for a name", async () => {
    const html = await (await get(`/campaigns/${campaignId}/interview`)).text();
    assert.match(html, /name="consent"/);
    assert.match(html, /name="note:aware_controls"/);
    assert.match(html, /name="aware_controls"/);
    assert.doesNotMatch(html, /name="(name|email|interviewee)"/);
  });

  it("refuses to save without consent and keeps what was entered", async () => {
    const before = await tableCounts(db);
    const res = await post(
      `/campaigns/${campaignId}/interview`,
      new URLSearchParams({
        aware_controls: "no",
        "note:aware_controls": "Said <b>nobody</b> told them",
      }),
    );
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /Confirm that the person agreed/);
    assert.match(html, /value="no" checked/);
    assert.match(html, /Said &lt;b&gt;nobody&lt;\/b&gt; told them/);
    assert.deepEqual(await tableCounts(db), before);
  });

  it("stores the interview as an anonymous response with its notes", async () => {
    const [payroll] = await listGroups(db, workspaceId, [orgId]);
    const res = await post(
      `/campaigns/${campaignId}/interview`,
      new URLSearchParams({
        consent: "yes",
        community: "employees",
        group: payroll?.id ?? "",
        aware_controls: "no",
        security_obstacles: "The password rules slow the payroll run.",
        "note:aware_controls": "Hesitated; thinks IT never explains changes.",
      }),
    );
    assert.equal(
      res.status,
      303,
      (await res.clone().text()).match(/error-summary.*?<\/div>/s)?.[0],
    );
    assert.match(redirectedTo(res), /saved=interview/);
    const [response] = await db.query<{ source: string; community: string; group_id: string }>(
      "SELECT source, community, group_id FROM response WHERE campaign_id = $1",
      [campaignId],
    );
    assert.deepEqual(response, {
      source: "interview",
      community: "employees",
      group_id: payroll?.id,
    });
    const notes = await db.query<{ item_code: string; body: string }>(
      "SELECT item_code, body FROM interview_note WHERE campaign_id = $1",
      [campaignId],
    );
    assert.deepEqual(notes, [
      { item_code: "aware_controls", body: "Hesitated; thinks IT never explains changes." },
    ]);
    const open = await db.query<{ body: string }>(
      "SELECT body FROM open_answer WHERE campaign_id = $1",
      [campaignId],
    );
    assert.equal(open[0]?.body, "The password rules slow the payroll run.");
  });

  it("checks answers like the survey does and ignores an unknown group", async () => {
    const res = await post(
      `/campaigns/${campaignId}/interview`,
      new URLSearchParams({ consent: "yes", aware_controls: "perhaps", group: "not-a-group" }),
    );
    assert.equal(res.status, 400);
    assert.match(await res.text(), /Please choose one of the answers shown/);
  });

  it("is refused on a closed campaign and 404 on an unknown one", async () => {
    await post(`/campaigns/${campaignId}/status`, new URLSearchParams({ status: "closed" }));
    const res = await get(`/campaigns/${campaignId}/interview`);
    assert.equal(res.status, 409);
    assert.match(await res.text(), /closed/);
    const before = await tableCounts(db);
    const refused = await post(
      `/campaigns/${campaignId}/interview`,
      new URLSearchParams({ consent: "yes" }),
    );
    assert.equal(refused.status, 409);
    assert.deepEqual(await tableCounts(db), before);
    assert.equal(
      (await get("/campaigns/00000000-0000-4000-8000-000000000000/interview")).status,
      404,
    );
  });
});
