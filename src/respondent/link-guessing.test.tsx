import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Hono } from "hono";
import { serveApp } from "../../test/browser.js";
import { setupWorkspace } from "../../test/factories.js";
import { RateLimiter } from "../account/rate-limit.js";
import { createCampaign, setCampaignStatus } from "../campaign/campaign.service.js";
import type { Database } from "../db/database.js";
import { hashToken, newToken } from "../invitation/invitation.js";
import { createLinks } from "../invitation/invitation.service.js";
import { createApp } from "../server/app.js";
import { addressKey } from "./client-address.js";
import { FAILED_LOOKUPS, LOOKUP_WINDOW_SECONDS, respondentRoutes } from "./respondent.routes.js";

/**
 * Nobody can try links until one works: failed look-ups are counted per address and, past
 * the limit, every look-up from that address gets a kind "please wait" page for a while.
 * People with real links are never counted.
 */
let db: Database;
let workspaceId: string;
let campaignId: string;

async function newLink(options: { shared?: boolean; accessCode?: string } = {}): Promise<string> {
  const { links } = await createLinks(db, workspaceId, campaignId, {
    count: 1,
    baseUrl: "http://localhost",
    ...options,
  });
  return new URL(links[0] as string).pathname;
}

/** Only the answer flow, with a small limit and a clock the test moves. */
function guardedApp(limit: number, trustProxy = false) {
  const clock = { now: 0 };
  const app = new Hono();
  app.route(
    "/",
    respondentRoutes(db, {
      limiter: new RateLimiter(limit, LOOKUP_WINDOW_SECONDS * 1000, () => clock.now),
      trustProxy,
    }),
  );
  return { app, clock };
}

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  const campaign = await createCampaign(db, workspaceId, {
    organisation: "Guard Ltd",
    instrument: "sme-security-practices",
  });
  campaignId = campaign.id;
  await setCampaignStatus(db, workspaceId, campaignId, "open");
});
after(async () => {
  await db.close();
});

describe("guessing links", () => {
  it("asks an address to wait after 30 links that do not work, with Retry-After", async () => {
    const app = createApp({ db });
    const path = await newLink();
    const guesses = [
      ...Array.from({ length: FAILED_LOOKUPS - 5 }, () => `/s/${newToken()}`),
      "/s/short",
      "/s/%3Cscript%3E",
      `/s/${"A".repeat(5000)}`,
      "/s/''''''''''''''''''''''",
      `/s/${newToken()}/consent`,
    ];
    assert.equal(guesses.length, FAILED_LOOKUPS);
    for (const guess of guesses) {
      const res = guess.endsWith("/consent")
        ? await app.request(guess, {
            method: "POST",
            headers: {
              origin: "http://localhost",
              "content-type": "application/x-www-form-urlencoded",
            },
            body: "consent=yes",
          })
        : await app.request(guess);
      assert.equal(res.status, 404, guess.slice(0, 40));
    }
    const refused = await app.request(`/s/${newToken()}`);
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get("retry-after"), String(LOOKUP_WINDOW_SECONDS));
    assert.equal(refused.headers.get("cache-control"), "no-store");
    assert.equal(refused.headers.get("referrer-policy"), "no-referrer");
    const html = await refused.text();
    assert.match(html, /Please wait a few minutes/);
    assert.match(html, /wait 10 minutes, then open your link again/);
    const real = await app.request(path);
    assert.equal(real.status, 429, "while blocked, a real link looks the same as a guess");
    assert.equal((await createApp({ db }).request(path)).status, 200, "other addresses go on");
  });

  it("never counts real links, however often they are opened", async () => {
    const { app } = guardedApp(3);
    const single = await newLink();
    const shared = await newLink({ shared: true });
    for (let i = 0; i < 20; i++) {
      assert.equal((await app.request(single)).status, 200);
      assert.equal((await app.request(shared)).status, 200);
    }
    assert.equal((await app.request(`/s/${newToken()}`)).status, 404);
    assert.equal((await app.request(`/s/${newToken()}`)).status, 404);
    assert.equal((await app.request(single)).status, 200, "two failures are not the limit");
    assert.equal((await app.request(`/s/${newToken()}`)).status, 404);
    assert.equal((await app.request(single)).status, 429);
  });

  it("does not count a used link as a guess", async () => {
    const { app } = guardedApp(2);
    const path = await newLink();
    await db.query("UPDATE invitation SET used = true WHERE token_hash = $1", [
      hashToken(path.slice(3)),
    ]);
    for (let i = 0; i < 5; i++) assert.equal((await app.request(path)).status, 410);
    assert.equal((await app.request(`/s/${newToken()}`)).status, 404);
  });

  it("counts wrong access codes as guesses too", async () => {
    const { app } = guardedApp(3);
    const path = await newLink({ shared: true, accessCode: "green owl" });
    const cookie = ((await app.request(path)).headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const tryCode = (code: string) =>
      app.request(`${path}/code`, {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ code }),
      });
    for (const code of ["red owl", "blue owl", "grey owl"])
      assert.equal((await tryCode(code)).status, 400);
    assert.equal((await tryCode("green owl")).status, 429, "even the right code must wait");
  });

  it("lets the address try again once the window has passed", async () => {
    const { app, clock } = guardedApp(2);
    const path = await newLink();
    await app.request(`/s/${newToken()}`);
    await app.request(`/s/${newToken()}`);
    assert.equal((await app.request(path)).status, 429);
    clock.now += LOOKUP_WINDOW_SECONDS * 1000 - 1;
    assert.equal((await app.request(path)).status, 429);
    clock.now += 1;
    assert.equal((await app.request(path)).status, 200);
  });
});

describe("which address a guess comes from", () => {
  it("counts the address the connection comes from", async () => {
    const { app } = guardedApp(2);
    const server = await serveApp(app);
    try {
      const path = await newLink();
      const spoof = { "x-forwarded-for": "192.0.2.1" };
      assert.equal((await fetch(`${server.url}/s/${newToken()}`)).status, 404);
      assert.equal((await fetch(`${server.url}/s/${newToken()}`, { headers: spoof })).status, 404);
      const blocked = await fetch(`${server.url}${path}`, {
        headers: { "x-forwarded-for": "192.0.2.2" },
      });
      assert.equal(blocked.status, 429, "X-Forwarded-For is ignored unless a proxy is trusted");
      await blocked.text();
    } finally {
      await server.close();
    }
  });

  it("behind a trusted proxy, counts the address the proxy reports", async () => {
    const { app } = guardedApp(2, true);
    const path = await newLink();
    const from = (chain: string) => ({ headers: { "x-forwarded-for": chain } });
    await app.request(`/s/${newToken()}`, from("203.0.113.7"));
    await app.request(`/s/${newToken()}`, from("198.51.100.1, 203.0.113.7"));
    assert.equal((await app.request(path, from("203.0.113.7"))).status, 429);
    assert.equal(
      (await app.request(path, from("203.0.113.99, 203.0.113.7"))).status,
      429,
      "a made-up first entry does not make a new address",
    );
    assert.equal((await app.request(path, from("203.0.113.8"))).status, 200);
    await app.request(`/s/${newToken()}`, from("2001:db8:5:6::1"));
    await app.request(`/s/${newToken()}`, from("2001:db8:5:6::2"));
    assert.equal(
      (await app.request(path, from("2001:db8:5:6:ffff::3"))).status,
      429,
      "one IPv6 network is one client",
    );
    assert.equal((await app.request(path, from("2001:db8:5:7::1"))).status, 200);
    assert.equal((await app.request(path)).status, 200, "no header: the connection's address");
  });

  it("reads RAPPORT_TRUST_PROXY when the routes are made", async () => {
    const saved = process.env.RAPPORT_TRUST_PROXY;
    process.env.RAPPORT_TRUST_PROXY = "1";
    try {
      const app = new Hono();
      app.route("/", respondentRoutes(db, { limiter: new RateLimiter(1, 60_000) }));
      await app.request(`/s/${newToken()}`, { headers: { "x-forwarded-for": "203.0.113.50" } });
      const path = await newLink();
      const other = await app.request(path, { headers: { "x-forwarded-for": "203.0.113.51" } });
      assert.equal(other.status, 200);
      const same = await app.request(path, { headers: { "x-forwarded-for": "203.0.113.50" } });
      assert.equal(same.status, 429);
    } finally {
      if (saved === undefined) delete process.env.RAPPORT_TRUST_PROXY;
      else process.env.RAPPORT_TRUST_PROXY = saved;
    }
  });
});

describe("counting addresses", () => {
  it("counts an IPv6 client by its /64 network and IPv4 alone", () => {
    assert.equal(addressKey("192.0.2.1"), "192.0.2.1");
    assert.equal(addressKey("::ffff:192.0.2.1"), "192.0.2.1");
    assert.equal(addressKey("2001:db8:1:2::1"), "2001:db8:1:2::/64");
    assert.equal(addressKey("2001:0DB8:0001:0002:aaaa:bbbb:cccc:dddd"), "2001:db8:1:2::/64");
    assert.equal(addressKey("2001:db8::1"), addressKey("2001:db8:0:0:ffff::1"));
    assert.notEqual(addressKey("2001:db8:0:1::1"), addressKey("2001:db8:0:2::1"));
    assert.equal(addressKey("::1"), "0:0:0:0::/64");
    assert.equal(addressKey("2001:db8:1:2::1.2.3.4"), "2001:db8:1:2::/64");
  });

  it("keeps anything that is not an address as it is", () => {
    for (const odd of ["", "local", "unknown", "not an address", "1.2.3.4:5678", "::::"])
      assert.equal(addressKey(odd), odd);
  });
});
