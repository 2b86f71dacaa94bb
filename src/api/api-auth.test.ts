import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiFixture } from "../../test/api-fixture.js";
import { setupWorkspace, signIn } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import type { createApp } from "../server/app.js";
import { listTokensOf, revokeOwnToken } from "./api-token.service.js";
import { type ApiClient, accountWithToken, apiClient } from "./test-client.js";

/** The REST API's tokens and roles: who may call it, and how guessing is slowed down. Every answer is also checked against the OpenAPI document by the test client. */
let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
let api: ApiClient;
let analystId: string;

before(async () => {
  ({ db, workspaceId, app, api, analystId } = await apiFixture(await setupWorkspace()));
});
after(async () => {
  await db.close();
});

describe("API authentication", () => {
  it("refuses a request without a token, in JSON, with a hint where to get one", async () => {
    const res = await apiClient(app)("GET", "/api/v1/organisations");
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, "token_required");
    assert.match(res.body.error.message, /Authorization: Bearer/);
    assert.match(res.headers.get("www-authenticate") ?? "", /^Bearer/);
  });

  it("ignores a session cookie: signed in but without a token is still 401", async () => {
    const cookie = await signIn(app, db, "cookie@example.org", "admin");
    const res = await apiClient(app)("GET", "/api/v1/organisations", undefined, {
      headers: { cookie },
    });
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, "token_required");
  });

  it("refuses other schemes, malformed and unknown tokens alike", async () => {
    const cases: [string, string][] = [
      [`Basic ${Buffer.from("a:b").toString("base64")}`, "token_required"],
      ["Bearer", "token_required"],
      ["Bearer rpt_short", "token_invalid"],
      [`Bearer rpt_${"A".repeat(43)}`, "token_invalid"],
      [`Bearer ${"x".repeat(5000)}`, "token_invalid"],
      ["Bearer rpt_' OR 1=1 --", "token_required"],
    ];
    for (const [authorization, code] of cases) {
      const res = await apiClient(app)("GET", "/api/v1/campaigns", undefined, {
        headers: { authorization },
      });
      assert.equal(res.status, 401, authorization.slice(0, 30));
      assert.equal(res.body.error.code, code, authorization.slice(0, 30));
    }
  });

  it("refuses a revoked token and notes the day a token is used", async () => {
    const other = await accountWithToken(db, "revoked@example.org", "analyst");
    const client = apiClient(app, other.token);
    assert.equal((await client("GET", "/api/v1/campaigns")).status, 200);
    const [listed] = await listTokensOf(db, workspaceId, other.userId);
    assert.match(listed?.last_used_on ?? "", /^\d{4}-\d\d-\d\d$/);
    await revokeOwnToken(db, { id: other.userId, workspace_id: workspaceId }, listed?.id ?? "");
    const res = await client("GET", "/api/v1/campaigns");
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, "token_invalid");
  });

  it("answers 429 with Retry-After after 20 wrong tokens from one address, and only there", async () => {
    const wrong = apiClient(app, `rpt_${"B".repeat(43)}`);
    const ip = "203.0.113.7";
    for (let i = 0; i < 20; i++) {
      const res = await wrong("GET", "/api/v1/campaigns", undefined, {
        ip,
        // A client at a public address cannot pick another identity with this header.
        headers: { "x-forwarded-for": `198.51.100.${i}` },
      });
      assert.equal(res.status, 401);
    }
    const blocked = await wrong("GET", "/api/v1/campaigns", undefined, { ip });
    assert.equal(blocked.status, 429);
    assert.equal(blocked.body.error.code, "rate_limited");
    assert.equal(blocked.headers.get("retry-after"), "900");
    // Even a good token waits: otherwise guessing could go on and be told when it succeeded.
    assert.equal((await api("GET", "/api/v1/campaigns", undefined, { ip })).status, 429);
    assert.equal(
      (await api("GET", "/api/v1/campaigns", undefined, { ip: "203.0.113.8" })).status,
      200,
    );
  });
  it("behind a reverse proxy on this machine, tells clients apart by X-Forwarded-For", async () => {
    const wrong = apiClient(app, `rpt_${"C".repeat(43)}`);
    const proxied = (client: string) => ({
      ip: "::ffff:127.0.0.1",
      headers: { "x-forwarded-for": `10.9.9.9, ${client}` },
    });
    for (let i = 0; i < 20; i++)
      await wrong("GET", "/api/v1/campaigns", undefined, proxied("198.51.100.20"));
    const blocked = await api("GET", "/api/v1/campaigns", undefined, proxied("198.51.100.20"));
    assert.equal(blocked.status, 429);
    const neighbour = await api("GET", "/api/v1/campaigns", undefined, proxied("198.51.100.21"));
    assert.equal(neighbour.status, 200);
  });
});

describe("roles", () => {
  it("lets an admin do what an analyst does", async () => {
    const admin = await accountWithToken(db, "admin@example.org", "admin");
    const res = await apiClient(app, admin.token)("POST", "/api/v1/organisations", {
      name: "Epsilon",
    });
    assert.equal(res.status, 201);
    assert.ok(analystId);
  });
});
