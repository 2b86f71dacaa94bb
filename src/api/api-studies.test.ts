import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiFixture } from "../../test/api-fixture.js";
import { setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import type { ApiClient } from "./test-client.js";

/** /api/v1/studies: one instrument version across many organisations. */
let api: ApiClient;

let db: Database;
before(async () => {
  ({ db, api } = await apiFixture(await setupWorkspace(), { pulseCheck: true }));
});
after(async () => {
  await db.close();
});

describe("studies", () => {
  it("lists the imported study", async () => {
    const res = await api("GET", "/api/v1/studies");
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.studies.map((s: { name: string; respondents: number }) => [s.name, s.respondents]),
      [["Survey 2024", 13]],
    );
  });

  it("creates one, refuses its name twice, and checks the instrument", async () => {
    const res = await api("POST", "/api/v1/studies", {
      name: "Pulse 2025",
      instrument: "pulse-check",
      version: 1,
      min_group_size: 7,
    });
    assert.equal(res.status, 201);
    assert.deepEqual(
      [res.body.name, res.body.instrument_version, res.body.min_group_size, res.body.campaigns],
      ["Pulse 2025", 1, 7, 0],
    );
    const twice = await api("POST", "/api/v1/studies", {
      name: "pulse 2025",
      instrument: "pulse-check",
    });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, "study_exists");
    const unknown = await api("POST", "/api/v1/studies", { name: "X", instrument: "nope" });
    assert.equal(unknown.status, 404);
    const bad = await api("POST", "/api/v1/studies", { name: "", min_group_size: 2 });
    assert.equal(bad.status, 400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ["instrument", "min_group_size", "name"]);
  });
});
