import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiFixture, DEFINITION } from "../../test/api-fixture.js";
import { setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import type { ApiClient } from "./test-client.js";

/** /api/v1/instruments: the questionnaires and their versions. */
let api: ApiClient;

let db: Database;
before(async () => {
  ({ db, api } = await apiFixture(await setupWorkspace()));
});
after(async () => {
  await db.close();
});

describe("instruments", () => {
  it("lists the built-in ones", async () => {
    const res = await api("GET", "/api/v1/instruments");
    assert.equal(res.status, 200);
    const codes = res.body.instruments.map((i: { code: string }) => i.code);
    assert.ok(codes.includes("sme-security-practices"));
  });

  it("adds a definition, sees the same one twice as nothing new, and versions a change", async () => {
    const first = await api("POST", "/api/v1/instruments", DEFINITION);
    assert.equal(first.status, 201);
    assert.deepEqual(first.body, { code: "pulse-check", version: 1, created: true });
    const same = await api("POST", "/api/v1/instruments", DEFINITION);
    assert.equal(same.status, 200);
    assert.equal(same.body.created, false);
    const changed = await api("POST", "/api/v1/instruments", { ...DEFINITION, title: "Pulse" });
    assert.deepEqual(changed.body, { code: "pulse-check", version: 2, created: true });
  });

  it("reads the latest version or a given one", async () => {
    const latest = await api("GET", "/api/v1/instruments/pulse-check");
    assert.equal(latest.status, 200);
    assert.equal(latest.body.version, 2);
    assert.equal(latest.body.definition.title, "Pulse");
    const first = await api("GET", "/api/v1/instruments/pulse-check?version=1");
    assert.equal(first.body.title, "Pulse check");
    assert.match(first.body.checksum, /^[0-9a-f]{64}$/);
  });

  it("says 404 for unknown codes and versions, 400 for a version that is not a number", async () => {
    const unknown = await api("GET", "/api/v1/instruments/nothing-here");
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, "instrument_not_found");
    const odd = await api("GET", `/api/v1/instruments/${encodeURIComponent("<b>Bad Code</b>")}`);
    assert.equal(odd.status, 404);
    assert.doesNotMatch(odd.text, /<b>/);
    const version = await api("GET", "/api/v1/instruments/pulse-check?version=9");
    assert.equal(version.status, 404);
    assert.equal(version.body.error.code, "instrument_version_not_found");
    for (const bad of ["0", "-1", "two", "1.5", "99999999999"]) {
      const res = await api("GET", `/api/v1/instruments/pulse-check?version=${bad}`);
      assert.equal(res.status, 400, bad);
      assert.deepEqual(
        res.body.error.details.map((d: { path: string }) => d.path),
        ["version"],
      );
    }
  });

  it("names every problem of a bad definition by its JSON path", async () => {
    const res = await api("POST", "/api/v1/instruments", {
      code: "Bad Code",
      title: "",
      sections: [{ title: "S", items: [{ code: "q1", type: "slider", text: "How?" }] }],
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, "invalid_instrument");
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ["code", "sections[0].items[0].type", "title"]);
  });
});
