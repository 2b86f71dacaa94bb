import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace, signIn } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { createApp } from "../server/app.js";
import { apiClient } from "./test-client.js";

/** /account/tokens: make a token and see it once, list tokens by name, revoke one. */
let db: Database;
let app: ReturnType<typeof createApp>;
let cookie: string;

const form = (fields: Record<string, string>, extra: Record<string, string> = {}) => ({
  method: "POST",
  body: new URLSearchParams(fields),
  headers: {
    cookie,
    "content-type": "application/x-www-form-urlencoded",
    origin: "http://localhost",
    ...extra,
  },
});

async function makeToken(name: string, as = cookie): Promise<{ token: string; html: string }> {
  const res = await app.request("/account/tokens", {
    ...form({ name }),
    headers: { ...form({ name }).headers, cookie: as },
  });
  assert.equal(res.status, 200);
  const html = await res.text();
  const token = /value="(rpt_[A-Za-z0-9_-]{43})"/.exec(html)?.[1];
  assert.ok(token, "the new token is on the page");
  return { token, html };
}

before(async () => {
  ({ db } = await setupWorkspace());
  app = createApp({ db });
  cookie = await signIn(app, db, "ana@example.org", "analyst");
});
after(async () => {
  await db.close();
});

describe("API token pages", () => {
  it("need a signed-in person", async () => {
    const res = await app.request("/account/tokens");
    assert.equal(res.status, 303);
    assert.match(res.headers.get("location") ?? "", /\/signin$/);
  });

  it("say what to do when there are no tokens yet", async () => {
    const res = await app.request("/account/tokens", { headers: { cookie } });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /You have no API tokens yet/);
    assert.match(html, /<label for="name">Name<\/label>/);
  });

  it("show a new token once, and it works on the API", async () => {
    const res = await app.request("/account/tokens", form({ name: "Nightly export" }));
    assert.equal(res.headers.get("cache-control"), "no-store");
    const html = await res.text();
    const token = /value="(rpt_[A-Za-z0-9_-]{43})"/.exec(html)?.[1];
    assert.ok(token);
    assert.match(html, /it will not be shown again/);
    assert.equal((await apiClient(app, token)("GET", "/api/v1/campaigns")).status, 200);
    const list = await (await app.request("/account/tokens", { headers: { cookie } })).text();
    assert.match(list, /Nightly export/);
    assert.ok(!list.includes(token), "the list never shows a token");
  });

  it("ask for a name, and escape whatever name is given", async () => {
    const empty = await app.request("/account/tokens", form({ name: "   " }));
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /Give the token a name/);
    const long = await app.request("/account/tokens", form({ name: "x".repeat(101) }));
    assert.equal(long.status, 400);
    const { html } = await makeToken('<script>alert("t")</script>');
    assert.ok(!html.includes('<script>alert("t")</script>'));
    assert.match(html, /&lt;script&gt;alert\(&quot;t&quot;\)&lt;\/script&gt;/);
  });

  it("refuse a form sent from another site", async () => {
    const res = await app.request(
      "/account/tokens",
      form({ name: "Forged" }, { origin: "https://evil.example" }),
    );
    assert.equal(res.status, 403);
    const list = await (await app.request("/account/tokens", { headers: { cookie } })).text();
    assert.doesNotMatch(list, /Forged/);
  });

  it("revoke a token: the API refuses it from then on", async () => {
    const { token, html } = await makeToken("Old laptop");
    const id =
      /action="\/account\/tokens\/([0-9a-f-]{36})\/revoke"[^>]*>\s*<button[^>]*aria-label="Revoke the token Old laptop"/.exec(
        html,
      )?.[1];
    assert.ok(id);
    const res = await app.request(`/account/tokens/${id}/revoke`, form({}));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), "/account/tokens?revoked=1");
    const page = await (
      await app.request("/account/tokens?revoked=1", { headers: { cookie } })
    ).text();
    assert.match(page, /The token was revoked/);
    assert.match(page, /revoked on \d{4}-\d\d-\d\d/);
    const refused = await apiClient(app, token)("GET", "/api/v1/campaigns");
    assert.equal(refused.status, 401);
  });

  it("revoke only your own tokens", async () => {
    const bo = await signIn(app, db, "bo@example.org", "viewer");
    const { token, html } = await makeToken("Bo's script", bo);
    assert.doesNotMatch(html, /Nightly export/, "each person sees their own tokens");
    const id = /action="\/account\/tokens\/([0-9a-f-]{36})\/revoke"/.exec(html)?.[1];
    assert.ok(id);
    for (const target of [id, "not-an-id", "00000000-0000-4000-8000-000000000000"]) {
      const res = await app.request(`/account/tokens/${target}/revoke`, form({}));
      assert.equal(res.status, 404, target);
    }
    assert.equal((await apiClient(app, token)("GET", "/api/v1/campaigns")).status, 200);
  });
});
