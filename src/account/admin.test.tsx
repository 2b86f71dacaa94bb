import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace, signIn, TEST_PASSWORD } from "../../test/factories.js";
import { createApiToken } from "../api/api-token.service.js";
import { apiClient } from "../api/test-client.js";
import { listCampaigns } from "../campaign/campaign.repository.js";
import type { Database } from "../db/database.js";
import { createApp } from "../server/app.js";
import { findUserByEmail } from "./account.repository.js";
import { createUser } from "./account.service.js";
import { changeRole, removeAccount } from "./user-admin.service.js";

/** /admin/users: people and access, for administrators only, within their own workspace. */
let db: Database;
let app: ReturnType<typeof createApp>;
let workspaceId: string;
let admin: string;
let adminId: string;
let campaignA: string;
let campaignB: string;
let orgA: string;
let orgB: string;

const FORM = { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" };
const post = (path: string, body: Record<string, string>, cookie: string, origin = FORM.origin) =>
  app.request(path, {
    method: "POST",
    body: new URLSearchParams(body),
    headers: { ...FORM, origin, cookie },
  });
const get = (path: string, cookie: string) => app.request(path, { headers: { cookie } });
const idOf = async (email: string) => {
  const user = await findUserByEmail(db, email);
  assert.ok(user, email);
  return user.id;
};

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  const rows = [["organisation", "community", "group", "aware_controls"]];
  for (let i = 0; i < 6; i++) rows.push(["Alpha firm", "employees", "Sales", "yes"]);
  for (let i = 0; i < 6; i++) rows.push(["Beta firm", "employees", "Board", "no"]);
  await importCsv(db, workspaceId, csv(rows), "Two firms");
  const campaigns = await listCampaigns(db, workspaceId);
  const find = (name: string) => campaigns.find((c) => c.organisation === name);
  campaignA = find("Alpha firm")?.id ?? "";
  orgA = find("Alpha firm")?.organisation_id ?? "";
  campaignB = find("Beta firm")?.id ?? "";
  orgB = find("Beta firm")?.organisation_id ?? "";
  app = createApp({ db });
  admin = await signIn(app, db, "boss@example.org", "admin");
  adminId = await idOf("boss@example.org");
});
after(async () => {
  await db.close();
});

describe("who may manage people", () => {
  it("refuses analysts and viewers with the kind page, and sends strangers to sign in", async () => {
    for (const [email, role] of [
      ["ana@example.org", "analyst"],
      ["vera@example.org", "viewer"],
    ] as const) {
      const cookie = await signIn(app, db, email, role);
      const res = await get("/admin/users", cookie);
      assert.equal(res.status, 403, role);
      assert.match(await res.text(), /not available with your account/);
      const change = await post(`/admin/users/${adminId}/role`, { role: role }, cookie);
      assert.equal(change.status, 403, `${role} cannot change a role`);
      const home = await (await get("/", cookie)).text();
      assert.doesNotMatch(home, /href="\/admin\/users"/, `no link for ${role}`);
    }
    const stranger = await app.request("/admin/users");
    assert.equal(stranger.status, 303);
    assert.equal(stranger.headers.get("location"), "/signin");
  });

  it("links the page in an administrator's navigation", async () => {
    const home = await (await get("/", admin)).text();
    assert.match(home, /<a href="\/admin\/users"[^>]*>People<\/a>/);
  });
});

describe("the list and adding people", () => {
  it("lists every account of the workspace with role and date", async () => {
    const res = await get("/admin/users", admin);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /boss@example\.org<\/a><span class="muted"> \(you\)/);
    assert.match(html, /ana@example\.org/);
    assert.match(html, /\d{4}-\d{2}-\d{2}/);
    assert.match(html, /Add a person/);
  });

  it("makes a one-time password, shows it once and never stores it in clear", async () => {
    const res = await post("/admin/users", { email: "New@Example.org", role: "analyst" }, admin);
    assert.equal(res.status, 201);
    assert.equal(res.headers.get("cache-control"), "no-store");
    const html = await res.text();
    const password = /id="new-password"[^>]*value="([^"]+)"/.exec(html)?.[1];
    assert.ok(password && password.length >= 20, html.slice(0, 200));
    const stored = await findUserByEmail(db, "new@example.org");
    assert.equal(stored?.role, "analyst");
    assert.ok(!stored?.password_hash.includes(password));
    assert.doesNotMatch(await (await get("/admin/users", admin)).text(), new RegExp(password));
    const signin = await app.request("/signin", {
      method: "POST",
      body: new URLSearchParams({ email: "new@example.org", password }),
      headers: FORM,
    });
    assert.equal(signin.status, 303, "the new person signs in with it");
  });

  it("takes a password the administrator chose", async () => {
    const res = await post(
      "/admin/users",
      { email: "chosen@example.org", role: "viewer", password: "river stone lamp post" },
      admin,
    );
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), "/admin/users?saved=added");
    const signin = await app.request("/signin", {
      method: "POST",
      body: new URLSearchParams({ email: "chosen@example.org", password: "river stone lamp post" }),
      headers: FORM,
    });
    assert.equal(signin.status, 303);
  });

  it("explains each mistake beside its field and keeps what was typed", async () => {
    const cases = [
      [{ email: "not an email", role: "analyst" }, "email", /Enter an email address/],
      [{ email: "boss@example.org", role: "analyst" }, "email", /already an account/],
      [{ email: "short@example.org", role: "analyst", password: "short" }, "password", /10/],
      [{ email: "role@example.org", role: "owner" }, "role", /Choose one of/],
    ] as const;
    for (const [body, field, message] of cases) {
      const res = await post("/admin/users", body, admin);
      assert.equal(res.status, 400, JSON.stringify(body));
      const html = await res.text();
      assert.match(html, new RegExp(`id="f-${field}-error">[^<]*`), field);
      assert.match(html, message);
    }
    assert.equal(await findUserByEmail(db, "role@example.org"), undefined);
  });

  it("escapes hostile text in emails everywhere it is shown", async () => {
    const hostile = "<script>alert(1)</script>@evil.example";
    const made = await post("/admin/users", { email: hostile, role: "viewer" }, admin);
    assert.equal(made.status, 201);
    const refused = await post(
      "/admin/users",
      { email: '"><img src=x onerror=alert(2)>', role: "viewer" },
      admin,
    );
    assert.equal(refused.status, 400);
    const id = await idOf(hostile);
    for (const html of [
      await made.text(),
      await refused.text(),
      await (await get("/admin/users", admin)).text(),
      await (await get(`/admin/users/${id}`, admin)).text(),
    ]) {
      assert.doesNotMatch(html, /<script>alert|<img src=x/);
    }
    assert.match(await (await get(`/admin/users/${id}`, admin)).text(), /&lt;script&gt;/);
  });

  it("refuses a form sent from another site and changes nothing", async () => {
    const res = await post(
      "/admin/users",
      { email: "forged@example.org", role: "admin", password: "a forged passphrase" },
      admin,
      "http://evil.example",
    );
    assert.equal(res.status, 403);
    assert.equal(await findUserByEmail(db, "forged@example.org"), undefined);
    const remove = await post(
      `/admin/users/${await idOf("ana@example.org")}/remove`,
      { confirm: "yes" },
      admin,
      "http://evil.example",
    );
    assert.equal(remove.status, 403);
    assert.ok(await findUserByEmail(db, "ana@example.org"));
  });
});

describe("roles", () => {
  it("changes someone's role, effective on their next page", async () => {
    const cookie = await signIn(app, db, "mover@example.org", "analyst");
    assert.equal((await get("/organisations", cookie)).status, 200);
    const id = await idOf("mover@example.org");
    const res = await post(`/admin/users/${id}/role`, { role: "viewer" }, admin);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), `/admin/users/${id}?saved=role`);
    assert.match(
      await (await get(`/admin/users/${id}?saved=role`, admin)).text(),
      /role was changed/,
    );
    assert.equal((await get("/organisations", cookie)).status, 403);
    const bad = await post(`/admin/users/${id}/role`, { role: "owner" }, admin);
    assert.equal(bad.status, 400);
  });

  it("never lets administrators change or remove their own account", async () => {
    const role = await post(`/admin/users/${adminId}/role`, { role: "viewer" }, admin);
    assert.equal(role.status, 400);
    assert.match(await role.text(), /your own account/);
    const remove = await post(`/admin/users/${adminId}/remove`, { confirm: "yes" }, admin);
    assert.equal(remove.status, 400);
    assert.equal((await findUserByEmail(db, "boss@example.org"))?.role, "admin");
    const page = await (await get(`/admin/users/${adminId}`, admin)).text();
    assert.match(page, /This is your own account/);
    assert.doesNotMatch(page, /Remove this account/);
  });

  it("never leaves a workspace without an administrator", async () => {
    await assert.rejects(changeRole(db, workspaceId, adminId, "analyst"), /only administrator/);
    await assert.rejects(removeAccount(db, workspaceId, adminId), /only administrator/);
    const second = await signIn(app, db, "second@example.org", "admin");
    const secondId = await idOf("second@example.org");
    assert.equal(
      (await post(`/admin/users/${secondId}/role`, { role: "analyst" }, admin)).status,
      303,
    );
    assert.equal((await get("/admin/users", second)).status, 403, "the demoted admin lost access");
    await assert.rejects(changeRole(db, workspaceId, adminId, "viewer"), /only administrator/);
  });
});

describe("removing people", () => {
  it("asks for confirmation, then ends their sessions and API tokens", async () => {
    const cookie = await signIn(app, db, "leaver@example.org", "analyst");
    const user = await findUserByEmail(db, "leaver@example.org");
    assert.ok(user);
    const { token } = await createApiToken(db, user, { name: "script" });
    const api = apiClient(app, token);
    assert.equal((await api("GET", "/api/v1/campaigns")).status, 200);
    const unconfirmed = await post(`/admin/users/${user.id}/remove`, {}, admin);
    assert.equal(unconfirmed.status, 400);
    assert.match(await unconfirmed.text(), /Tick the box/);
    const res = await post(`/admin/users/${user.id}/remove`, { confirm: "yes" }, admin);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), "/admin/users?saved=removed");
    assert.equal(await findUserByEmail(db, "leaver@example.org"), undefined);
    const after = await get("/organisations", cookie);
    assert.equal(after.status, 303, "the session ended");
    assert.equal((await api("GET", "/api/v1/campaigns")).status, 401, "the token is revoked");
    assert.equal((await get(`/admin/users/${user.id}`, admin)).status, 404);
    assert.equal(
      (await post(`/admin/users/${user.id}/remove`, { confirm: "yes" }, admin)).status,
      404,
    );
  });
});

describe("what a viewer may read", () => {
  it("starts with nothing, then reads exactly the organisations granted", async () => {
    const cookie = await signIn(app, db, "manager@example.org", "viewer");
    const id = await idOf("manager@example.org");
    const page = await (await get(`/admin/users/${id}`, admin)).text();
    assert.match(page, /cannot read any report yet/);
    assert.equal((await get(`/campaigns/${campaignA}/results`, cookie)).status, 404);

    const grant = await post(`/admin/users/${id}/grants`, { organisation: orgA }, admin);
    assert.equal(grant.status, 303);
    assert.equal((await get(`/campaigns/${campaignA}/results`, cookie)).status, 200);
    assert.equal((await get(`/campaigns/${campaignB}/results`, cookie)).status, 404);
    assert.match(await (await get("/admin/users", admin)).text(), /Alpha firm/);
    assert.match(await (await get("/", cookie)).text(), /Two firms|Alpha firm/);

    const revoke = await post(`/admin/users/${id}/grants/${orgA}/revoke`, {}, admin);
    assert.equal(revoke.status, 303);
    assert.equal((await get(`/campaigns/${campaignA}/results`, cookie)).status, 404);
  });

  it("grants to viewers only, and only organisations of the workspace", async () => {
    const analystId = await idOf("ana@example.org");
    const toAnalyst = await post(`/admin/users/${analystId}/grants`, { organisation: orgB }, admin);
    assert.equal(toAnalyst.status, 400);
    assert.match(await toAnalyst.text(), /already reads every organisation/);
    const viewerId = await idOf("manager@example.org");
    for (const organisation of ["", "not-an-id", "00000000-0000-4000-8000-000000000000"]) {
      const res = await post(`/admin/users/${viewerId}/grants`, { organisation }, admin);
      assert.equal(res.status, 404, organisation);
      assert.match(await res.text(), /no such organisation/);
    }
  });
});

describe("tenant isolation", () => {
  let other: string;
  before(async () => {
    await createUser(db, {
      email: "other-admin@example.org",
      password: TEST_PASSWORD,
      role: "admin",
      workspace: "other",
    });
    await createUser(db, {
      email: "other-viewer@example.org",
      password: TEST_PASSWORD,
      role: "viewer",
      workspace: "other",
    });
    other = await signIn(app, db, "other-admin@example.org");
  });

  it("shows each administrator only their own workspace's people", async () => {
    const theirs = await (await get("/admin/users", other)).text();
    assert.match(theirs, /other-viewer@example\.org/);
    assert.doesNotMatch(theirs, /boss@example\.org|ana@example\.org/);
    const ours = await (await get("/admin/users", admin)).text();
    assert.doesNotMatch(ours, /other-/);
  });

  it("answers 404 for another workspace's people and organisations, changing nothing", async () => {
    const anaId = await idOf("ana@example.org");
    const viewerId = await idOf("manager@example.org");
    assert.equal((await get(`/admin/users/${anaId}`, other)).status, 404);
    for (const [path, body] of [
      [`/admin/users/${anaId}/role`, { role: "viewer" }],
      [`/admin/users/${anaId}/remove`, { confirm: "yes" }],
      [`/admin/users/${viewerId}/grants`, { organisation: orgA }],
      [`/admin/users/${viewerId}/grants/${orgA}/revoke`, {}],
    ] as const) {
      assert.equal((await post(path, body, other)).status, 404, path);
    }
    assert.equal((await findUserByEmail(db, "ana@example.org"))?.role, "analyst");
    const theirViewer = await idOf("other-viewer@example.org");
    const foreign = await post(`/admin/users/${theirViewer}/grants`, { organisation: orgA }, other);
    assert.equal(foreign.status, 404, "an organisation of another workspace cannot be granted");
    const viewer = await signIn(app, db, "other-viewer@example.org");
    assert.equal((await get(`/campaigns/${campaignA}/results`, viewer)).status, 404);
  });

  it("says what to do next in a workspace with nobody else and no organisation", async () => {
    await createUser(db, {
      email: "solo@example.org",
      password: TEST_PASSWORD,
      role: "admin",
      workspace: "solo",
    });
    const solo = await signIn(app, db, "solo@example.org");
    const list = await (await get("/admin/users", solo)).text();
    assert.match(list, /You are the only person here so far/);
    const made = await post(
      "/admin/users",
      { email: "lone-viewer@example.org", role: "viewer" },
      solo,
    );
    assert.equal(made.status, 201);
    const page = await (
      await get(`/admin/users/${await idOf("lone-viewer@example.org")}`, solo)
    ).text();
    assert.match(page, /cannot read any report yet/);
    assert.match(page, /There are no organisations yet/);
  });

  it("answers 404 for ids that are not ids", async () => {
    assert.equal((await get("/admin/users/not-a-uuid", admin)).status, 404);
    assert.equal((await post("/admin/users/x'--/role", { role: "admin" }, admin)).status, 404);
  });
});
