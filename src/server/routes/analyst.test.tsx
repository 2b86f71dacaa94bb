import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { addResponses, setupWorkspace, signIn, tableCounts } from "../../../test/factories.js";
import { webClient } from "../../../test/web.js";
import type { Database } from "../../db/database.js";
import { listGroups } from "../../organisation/organisation.repository.js";
import { createApp } from "../app.js";

let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
let cookie: string;

const { get, post } = webClient(
  () => app,
  () => cookie,
);

const idFrom = (res: Response, kind: string): string => {
  const match = new RegExp(`^/${kind}/([0-9a-f-]{36})`).exec(res.headers.get("location") ?? "");
  assert.ok(match, `expected a redirect to a ${kind} page, got ${res.headers.get("location")}`);
  return match[1] as string;
};

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  app = createApp({ db });
  cookie = await signIn(app, db);
});
after(async () => {
  await db.close();
});

describe("organisations on the web", () => {
  let orgId: string;

  it("says what to do when there is none yet", async () => {
    const html = await (await get("/organisations")).text();
    assert.match(html, /There are no organisations yet/);
    assert.match(html, /href="\/organisations\/new"/);
  });

  it("adds an organisation with its groups, escaping what was typed", async () => {
    const res = await post("/organisations", {
      name: "  Acme <b>Tools</b>  ",
      sector: "Retail & Wholesale",
      size_band: "42",
      groups: "Sales\r\nPayroll\r\n\r\nsales\r\n",
    });
    assert.equal(res.status, 303);
    orgId = idFrom(res, "organisations");
    const html = await (await get(`/organisations/${orgId}?saved=created`)).text();
    assert.match(html, /Acme &lt;b&gt;Tools&lt;\/b&gt;/);
    assert.doesNotMatch(html, /<b>Tools/);
    assert.match(html, /The organisation was added/);
    const groups = await listGroups(db, workspaceId, [orgId]);
    assert.deepEqual(groups.map((g) => g.name).sort(), ["Payroll", "Sales"]);
    const list = await (await get("/organisations")).text();
    assert.match(list, /retail-and-wholesale/);
    assert.match(list, /small/);
  });

  it("refuses a duplicate name and a bad size beside the fields, storing nothing", async () => {
    const before = await tableCounts(db);
    const dup = await post("/organisations", { name: "ACME <b>tools</b>", size_band: "" });
    assert.equal(dup.status, 409);
    const html = await dup.text();
    assert.match(html, /already an organisation called/);
    assert.match(html, /id="f-name-error"/);
    const bad = await post("/organisations", { name: "Other", size_band: "enormous" });
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /<a href="#f-size_band">/);
    assert.match(badHtml, /value="Other"/);
    const empty = await post("/organisations", { name: "   " });
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /must not be empty/);
    assert.deepEqual(await tableCounts(db), before);
  });

  it("changes the details and the groups, and keeps a group people answered in", async () => {
    const saved = await post(`/organisations/${orgId}`, {
      name: "Acme Tools",
      sector: "",
      size_band: "medium",
    });
    assert.equal(saved.status, 303);
    assert.match(await (await get(`/organisations/${orgId}`)).text(), /<h1>Acme Tools<\/h1>/);
    assert.equal(
      (await post(`/organisations/${orgId}/groups`, { group: "Production" })).status,
      303,
    );
    const again = await post(`/organisations/${orgId}/groups`, { group: "production" });
    assert.equal(again.status, 409);
    const groups = await listGroups(db, workspaceId, [orgId]);
    const sales = groups.find((g) => g.name === "Sales");
    const production = groups.find((g) => g.name === "Production");
    assert.ok(sales && production);
    assert.equal(
      (await post(`/organisations/${orgId}/groups/${production.id}`, { name: "Workshop" })).status,
      303,
    );
    assert.equal(
      (await post(`/organisations/${orgId}/groups/${production.id}/remove`, {})).status,
      303,
    );
    const campaign = await post("/campaigns", {
      organisation_id: orgId,
      instrument: "sme-security-practices",
    });
    await addResponses(db, workspaceId, idFrom(campaign, "campaigns"), [{ groupId: sales.id }]);
    const kept = await post(`/organisations/${orgId}/groups/${sales.id}/remove`, {});
    assert.equal(kept.status, 409);
    assert.match(await kept.text(), /already answered/);
    assert.deepEqual((await listGroups(db, workspaceId, [orgId])).map((g) => g.name).sort(), [
      "Payroll",
      "Sales",
    ]);
  });

  it("answers 404 for unknown and malformed ids", async () => {
    for (const path of [
      "/organisations/nope",
      "/organisations/00000000-0000-4000-8000-000000000000",
    ]) {
      assert.equal((await get(path)).status, 404, path);
      assert.equal((await post(path, { name: "X" })).status, 404, path);
      assert.equal((await post(`${path}/groups`, { group: "X" })).status, 404, path);
    }
  });
});

describe("campaigns on the web", () => {
  let orgId: string;
  let campaignId: string;

  before(async () => {
    const res = await post("/organisations", { name: "Bakery Ltd", groups: "Shop\nOffice" });
    orgId = idFrom(res, "organisations");
  });

  it("offers the organisations and questionnaires and refuses a group size under 3", async () => {
    const form = await (await get(`/campaigns/new?organisation=${orgId}`)).text();
    assert.match(form, new RegExp(`<option value="${orgId}" selected`));
    assert.match(form, /sme-security-practices/);
    const before = await tableCounts(db);
    const bad = await post("/campaigns", {
      organisation_id: orgId,
      instrument: "sme-security-practices",
      min_group_size: "2",
    });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /at least 3/);
    const unknown = await post("/campaigns", {
      organisation_id: orgId,
      instrument: "no-such-questionnaire",
    });
    assert.equal(unknown.status, 400);
    assert.match(await unknown.text(), /Choose a questionnaire from the list/);
    assert.deepEqual(await tableCounts(db), before);
  });

  it("creates a draft, opens it, and makes links to download", async () => {
    const res = await post("/campaigns", {
      organisation_id: orgId,
      instrument: "sme-security-practices",
      name: "Spring <wave>",
      sponsor: "The owners",
      purpose: "To learn what gets in the way.",
    });
    campaignId = idFrom(res, "campaigns");
    const page = await (await get(`/campaigns/${campaignId}`)).text();
    assert.match(page, /Spring &lt;wave&gt;/);
    assert.match(page, /Open the campaign/);
    assert.equal((await post(`/campaigns/${campaignId}/status`, { status: "open" })).status, 303);
    assert.match(await (await get(`/campaigns/${campaignId}`)).text(), /Close the campaign/);
    const links = await post(`/campaigns/${campaignId}/links`, { kind: "single", count: "3" });
    assert.equal(links.status, 200);
    assert.match(links.headers.get("content-type") ?? "", /text\/csv/);
    assert.match(
      links.headers.get("content-disposition") ?? "",
      /attachment; filename="rapport-links-/,
    );
    const lines = (await links.text()).trim().split("\r\n");
    assert.equal(lines[0], "link");
    assert.equal(lines.length, 4);
    for (const line of lines.slice(1))
      assert.match(line, /^http:\/\/localhost\/s\/[A-Za-z0-9_-]{22}$/);
    const counts = await (await get(`/campaigns/${campaignId}`)).text();
    assert.match(counts, /3 single-use links made/);
    // The links work: the first page names who runs the survey.
    const first = new URL(lines[1] as string).pathname;
    assert.match(await (await app.request(first)).text(), /The owners/);
  });

  it("shows a shared link once, with its access code rules", async () => {
    const short = await post(`/campaigns/${campaignId}/links`, {
      kind: "shared",
      access_code: "ab",
    });
    assert.equal(short.status, 400);
    assert.match(await short.text(), /4 to 64 characters/);
    const res = await post(`/campaigns/${campaignId}/links`, {
      kind: "shared",
      access_code: "bread",
    });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /Your shared link/);
    assert.match(html, /http:\/\/localhost\/s\/[A-Za-z0-9_-]{22}/);
    const later = await (await get(`/campaigns/${campaignId}`)).text();
    assert.doesNotMatch(later, /\/s\/[A-Za-z0-9_-]{22}/);
  });

  it("lets the smallest group size go up but not down once open", async () => {
    const base = { name: "Spring wave", sponsor: "", purpose: "" };
    const down = await post(`/campaigns/${campaignId}`, { ...base, min_group_size: "3" });
    assert.equal(down.status, 400);
    assert.match(await down.text(), /can only go up/);
    assert.equal(
      (await post(`/campaigns/${campaignId}`, { ...base, min_group_size: "6" })).status,
      303,
    );
    assert.match(await (await get(`/campaigns/${campaignId}`)).text(), /value="6"/);
    assert.equal(
      (await post(`/campaigns/${campaignId}`, { ...base, min_group_size: "5" })).status,
      400,
    );
  });

  it("refuses new links once closed", async () => {
    assert.equal((await post(`/campaigns/${campaignId}/status`, { status: "closed" })).status, 303);
    const res = await post(`/campaigns/${campaignId}/links`, { kind: "single", count: "1" });
    assert.equal(res.status, 409);
    assert.match(await res.text(), /is closed/);
    assert.equal((await post(`/campaigns/${campaignId}/status`, { status: "open" })).status, 303);
  });

  it("lists campaigns, and 404s unknown ones", async () => {
    assert.match(await (await get("/campaigns")).text(), /Spring wave/);
    for (const path of ["/campaigns/xyz", "/campaigns/00000000-0000-4000-8000-000000000000"]) {
      assert.equal((await get(path)).status, 404);
      assert.equal((await get(`${path}/results`)).status, 404);
      assert.equal((await post(`${path}/status`, { status: "open" })).status, 404);
      assert.equal((await post(`${path}/links`, { count: "1" })).status, 404);
    }
  });
});

describe("campaign results", () => {
  let campaignId: string;
  let shopId: string;

  before(async () => {
    const org = idFrom(
      await post("/organisations", { name: "Results firm", groups: "Shop\nOffice" }),
      "organisations",
    );
    const groups = await listGroups(db, workspaceId, [org]);
    shopId = groups.find((g) => g.name === "Shop")?.id ?? "";
    const officeId = groups.find((g) => g.name === "Office")?.id ?? "";
    campaignId = idFrom(
      await post("/campaigns", { organisation_id: org, instrument: "sme-security-practices" }),
      "campaigns",
    );
    const people = [];
    for (let i = 0; i < 7; i++)
      people.push({
        community: "employees",
        groupId: shopId,
        answers: {
          aware_controls: i < 5 ? "no" : "yes",
          controls_reviewed: i < 2 ? "dont_know" : "yes",
        },
        open: {
          security_obstacles:
            i === 0
              ? "IT never explains anything and treats us like idiots. Mail me at jo@example.org or 0171 555 0199 <script>alert(1)</script>"
              : `Rules are fine here, answer ${i}.`,
        },
      });
    const warehouseId = (await post(`/organisations/${org}/groups`, { group: "Warehouse" })).status;
    assert.equal(warehouseId, 303);
    const warehouse = (await listGroups(db, workspaceId, [org])).find(
      (g) => g.name === "Warehouse",
    );
    for (let i = 0; i < 5; i++)
      people.push({
        community: "it_security",
        groupId: warehouse?.id ?? null,
        answers: { aware_controls: "yes" },
        open: { security_obstacles: "Second largest group text." },
      });
    for (let i = 0; i < 2; i++)
      people.push({
        community: "management",
        groupId: officeId,
        answers: { aware_controls: "yes" },
        open: { security_obstacles: "The secret manager answer." },
      });
    await addResponses(db, workspaceId, campaignId, people);
  });

  it("draws bars with intervals, n and the don't-know share", async () => {
    const html = await (await get(`/campaigns/${campaignId}/results`)).text();
    assert.match(html, /<strong>14<\/strong> respondents/);
    assert.match(html, /<svg class="bar"/);
    assert.match(html, /n = 14/);
    assert.match(html, /n = 7; 28\.6% don&#39;t know/);
  });

  it("hides the small group by name with the plain explanation", async () => {
    const html = await (await get(`/campaigns/${campaignId}/results?by=group`)).text();
    assert.match(html, /Shop<span class="muted"> \(7 respondents\)/);
    assert.match(html, /Fewer than 5 answers: hidden to protect anonymity/);
    assert.doesNotMatch(html, /Office<span class="muted">/);
    // With one group hidden, the next smallest is hidden too, or it could be worked out.
    assert.doesNotMatch(html, /Warehouse<span class="muted">/);
  });

  it("lists written answers of large groups only, masked, escaped, with signs marked", async () => {
    const html = await (await get(`/campaigns/${campaignId}/results`)).text();
    assert.match(html, /Rules are fine here, answer 3\./);
    assert.doesNotMatch(html, /secret manager answer/);
    assert.doesNotMatch(html, /Second largest group text/);
    assert.doesNotMatch(html, /jo@example\.org/);
    assert.doesNotMatch(html, /0171 555 0199/);
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /<mark class="m-sign"/);
    const filtered = await (
      await get(`/campaigns/${campaignId}/results?sign=negative_communication`)
    ).text();
    assert.match(filtered.replace(/<[^>]+>/g, ""), /IT never explains anything/);
    assert.doesNotMatch(filtered, /Rules are fine here/);
  });

  it("is shown to a viewer only for a granted organisation", async () => {
    const viewer = await signIn(app, db, "boss@example.org", "viewer");
    assert.equal((await get(`/campaigns/${campaignId}/results`, viewer)).status, 404);
    assert.equal((await get("/organisations", viewer)).status, 403);
    assert.equal((await get(`/campaigns/${campaignId}`, viewer)).status, 403);
    const { insertGrant, findUserByEmail } = await import("../../account/account.repository.js");
    const user = await findUserByEmail(db, "boss@example.org");
    const { getCampaign } = await import("../../campaign/campaign.service.js");
    const campaign = await getCampaign(db, workspaceId, campaignId);
    await insertGrant(db, workspaceId, user?.id ?? "", campaign.organisation_id);
    const res = await get(`/campaigns/${campaignId}/results`, viewer);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Fewer than 5|respondents/);
    assert.match(
      await (await get("/", viewer)).text(),
      new RegExp(`/campaigns/${campaignId}/results`),
    );
  });
});
