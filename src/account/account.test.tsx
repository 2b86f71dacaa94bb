import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace, signIn, TEST_PASSWORD } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { createApp } from "../server/app.js";
import { createUser } from "./account.service.js";
import { hashPassword, passwordProblem, verifyPassword } from "./password.js";
import { RateLimiter } from "./rate-limit.js";

let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
const FORM = { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" };
const post = (path: string, body: Record<string, string>, cookie = "") =>
  app.request(path, {
    method: "POST",
    body: new URLSearchParams(body),
    headers: { ...FORM, cookie },
  });

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  app = createApp({ db });
});
after(async () => {
  await db.close();
});

describe("passwords", () => {
  it("hashes with scrypt and a salt, and verifies only the right password", async () => {
    const a = await hashPassword("a long passphrase here");
    const b = await hashPassword("a long passphrase here");
    assert.match(a, /^scrypt\$32768\$8\$1\$/);
    assert.notEqual(a, b, "each hash has its own salt");
    assert.equal(await verifyPassword("a long passphrase here", a), true);
    assert.equal(await verifyPassword("a long passphrase herE", a), false);
    assert.equal(await verifyPassword("anything", "not-a-hash"), false);
  });

  it("explains what makes a password too weak", () => {
    assert.match(passwordProblem("short") ?? "", /at least 10 characters/);
    assert.match(passwordProblem("aaaaaaaaaaaa") ?? "", /more different characters/);
    assert.match(
      passwordProblem("jane.doe.2026!", "jane.doe@example.org") ?? "",
      /does not contain your email/,
    );
    assert.equal(passwordProblem("river stone lamp"), undefined);
  });
});

describe("first run and signing in", () => {
  it("sends everyone to set-up while no account exists, and only then", async () => {
    const home = await app.request("/");
    assert.equal(home.status, 303);
    assert.equal(home.headers.get("location"), "/setup");
    assert.match(await (await app.request("/setup")).text(), /Create the first account/);
    const weak = await post("/setup", { email: "first@example.org", password: "short" });
    assert.equal(weak.status, 400);
    assert.match(await weak.text(), /at least 10 characters/);
    const made = await post("/setup", { email: "First@Example.org", password: TEST_PASSWORD });
    assert.equal(made.status, 303);
    assert.match(
      made.headers.get("set-cookie") ?? "",
      /rapport_session=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/,
    );
    const again = await post("/setup", { email: "second@example.org", password: TEST_PASSWORD });
    assert.equal(again.headers.get("location"), "/signin", "set-up works only once");
  });

  it("sends a signed-out visitor to sign in, and refuses a wrong password kindly", async () => {
    assert.equal((await app.request("/")).headers.get("location"), "/signin");
    const wrong = await post("/signin", {
      email: "first@example.org",
      password: "not the password",
    });
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /do not match an account/);
  });

  it("signs in, shows the studies, and signs out", async () => {
    await importCsv(
      db,
      workspaceId,
      csv([
        ["organisation", "aware_controls"],
        ["A", "yes"],
      ]),
      "Shown study",
    );
    const cookie = await signIn(app, db, "first@example.org", "admin");
    const home = await app.request("/studies", { headers: { cookie } });
    assert.equal(home.status, 200);
    const html = await home.text();
    assert.match(html, /Shown study/);
    assert.match(html, /first@example\.org/);
    const out = await post("/signout", {}, cookie);
    assert.equal(out.headers.get("location"), "/signin");
    assert.equal(
      (await app.request("/", { headers: { cookie } })).status,
      303,
      "the old session no longer works",
    );
  });

  it("changes the password after checking the current one", async () => {
    const cookie = await signIn(app, db, "changer@example.org");
    const wrong = await post(
      "/account/password",
      { current: "nope nope nope", next: "a brand new passphrase" },
      cookie,
    );
    assert.match(await wrong.text(), /current password did not match/);
    const ok = await post(
      "/account/password",
      { current: TEST_PASSWORD, next: "a brand new passphrase" },
      cookie,
    );
    assert.match(await ok.text(), /Your password was changed/);
    const old = await post("/signin", { email: "changer@example.org", password: TEST_PASSWORD });
    assert.equal(old.status, 401);
  });

  it("shows a viewer no study until one is shared", async () => {
    const cookie = await signIn(app, db, "manager@example.org", "viewer");
    const html = await (await app.request("/", { headers: { cookie } })).text();
    assert.match(html, /Reports that an analyst shares with you will appear here/);
    assert.doesNotMatch(html, /Shown study/);
  });

  it("slows down guessing: after 10 wrong passwords, even the right one waits", async () => {
    await createUser(db, { email: "target@example.org", password: TEST_PASSWORD, role: "analyst" });
    for (let i = 0; i < 10; i++)
      await post("/signin", { email: "target@example.org", password: `guess number ${i}` });
    const blocked = await post("/signin", { email: "target@example.org", password: TEST_PASSWORD });
    assert.equal(blocked.status, 429);
    assert.match(await blocked.text(), /Too many attempts/);
  });
});

describe("rate limiter", () => {
  it("blocks after the limit and forgets after the window", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    limiter.hit("k");
    assert.equal(limiter.blocked("k"), false);
    limiter.hit("k");
    assert.equal(limiter.blocked("k"), true);
    now = 1001;
    assert.equal(limiter.blocked("k"), false);
  });
});
