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

  it("takes campaigns of several organisations, each asking the study's questionnaire", async () => {
    const study = await api("POST", "/api/v1/studies", {
      name: "Pulse 2026",
      instrument: "pulse-check",
      version: 1,
    });
    assert.equal(study.status, 201);
    const ids: string[] = [];
    for (const name of ["Delta", "Epsilon"]) {
      const org = await api("POST", "/api/v1/organisations", { name });
      const campaign = await api("POST", "/api/v1/campaigns", {
        organisation_id: org.body.id,
        study_id: study.body.id,
      });
      assert.equal(campaign.status, 201);
      // Version 1, the study's, though the questionnaire's latest is 2.
      assert.deepEqual(
        [campaign.body.study_id, campaign.body.study, campaign.body.instrument_version],
        [study.body.id, "Pulse 2026", 1],
      );
      ids.push(org.body.id);
    }
    const listed = await api("GET", "/api/v1/studies");
    const row = listed.body.studies.find((s: { id: string }) => s.id === study.body.id);
    assert.deepEqual([row.campaigns, row.organisations], [2, 2]);
    const other = await api("POST", "/api/v1/campaigns", {
      organisation_id: ids[0],
      study_id: study.body.id,
      instrument: "security-relationship",
    });
    assert.equal(other.status, 400);
    assert.equal(other.body.error.code, "study_instrument_mismatch");
    assert.deepEqual(
      other.body.error.details.map((d: { path: string }) => d.path),
      ["instrument"],
    );
  });
});
