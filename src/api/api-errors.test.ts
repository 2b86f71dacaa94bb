import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiFixture } from "../../test/api-fixture.js";
import { setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { UNEXPECTED_MESSAGE } from "../errors.js";
import { createApp } from "../server/app.js";
import { type ApiClient, apiClient } from "./test-client.js";

/** How the REST API answers what it cannot do: always JSON with a stable code, never a stack. */
let db: Database;
let app: ReturnType<typeof createApp>;
let api: ApiClient;
let importedCampaign: string;

before(async () => {
  ({ db, app, api, importedCampaign } = await apiFixture(await setupWorkspace()));
});
after(async () => {
  await db.close();
});

describe("API errors", () => {
  it("answers unknown addresses with 404 not_found in JSON", async () => {
    for (const path of ["/api/v1/nope", "/api/v1", "/api/v1/organisations/", "/api/v2/campaigns"]) {
      const res = await api("GET", path);
      assert.equal(res.status, 404, path);
      assert.equal(res.body.error.code, "not_found", path);
    }
    const anonymous = await apiClient(app)("GET", "/api/whatever");
    assert.equal(anonymous.status, 404);
    assert.equal(anonymous.body.error.code, "not_found");
  });

  it("answers a wrong method with 405 and the methods that work", async () => {
    const res = await api("DELETE", "/api/v1/organisations");
    assert.equal(res.status, 405);
    assert.equal(res.body.error.code, "method_not_allowed");
    assert.equal(res.headers.get("allow"), "GET, POST, HEAD");
    const put = await api("PUT", `/api/v1/campaigns/${importedCampaign}`);
    assert.equal(put.status, 405);
    assert.equal(put.headers.get("allow"), "GET, PATCH, HEAD");
  });

  it("answers malformed JSON with 400 bad_json and other formats with 415", async () => {
    for (const raw of ["{nope", '{"name": "x",}', "\u0000", '"unterminated']) {
      const res = await api("POST", "/api/v1/organisations", undefined, { raw });
      assert.equal(res.status, 400, raw);
      assert.equal(res.body.error.code, "bad_json", raw);
    }
    const xml = await api("POST", "/api/v1/organisations", undefined, {
      raw: "<name>x</name>",
      headers: { "content-type": "application/xml" },
    });
    assert.equal(xml.status, 415);
    assert.equal(xml.body.error.code, "unsupported_media_type");
  });

  it("refuses hostile bodies with a 400, never a crash", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    for (const raw of [deep, "null", "[]", "42", '"text"', '{"__proto__": {"admin": true}}']) {
      const res = await api("POST", "/api/v1/organisations", undefined, { raw });
      assert.equal(res.status, 400, raw.slice(0, 20));
      assert.equal(res.body.error.code, "invalid_organisation", raw.slice(0, 20));
    }
  });

  it("refuses a body over 1 MB", async () => {
    const res = await api("POST", "/api/v1/organisations", { name: "x".repeat(1_100_000) });
    assert.equal(res.status, 413);
  });

  it("answers an unexpected failure with 500 and a plain message, no stack", async () => {
    const failing: Database = {
      backend: db.backend,
      location: db.location,
      query: async <T>(sql: string, params?: readonly unknown[]) => {
        if (sql.includes("FROM organisation o")) throw new Error("boom in /secret/path.ts:12");
        return db.query<T>(sql, params);
      },
      exec: (sql) => db.exec(sql),
      transaction: (fn) => db.transaction(fn),
      close: async () => {},
    };
    const res = await apiClient(createApp({ db: failing }), api.token)(
      "GET",
      "/api/v1/organisations",
    );
    assert.equal(res.status, 500);
    assert.deepEqual(res.body, { error: { code: "unexpected", message: UNEXPECTED_MESSAGE } });
    assert.doesNotMatch(res.text, /boom|secret|\.ts/);
  });

  it("keeps answers out of caches", async () => {
    const res = await api("GET", "/api/v1/campaigns");
    assert.equal(res.headers.get("cache-control"), "no-store");
  });
});
