import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiFixture, MISSING } from "../../test/api-fixture.js";
import { setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import type { ApiClient } from "./test-client.js";

/** /api/v1/organisations and their groups, as a script uses them. */
let api: ApiClient;
let firmA: string;

let db: Database;
before(async () => {
  ({ db, api, firmA } = await apiFixture(await setupWorkspace()));
});
after(async () => {
  await db.close();
});

describe("organisations", () => {
  let id: string;

  it("creates one with its groups, tidying names", async () => {
    const res = await api("POST", "/api/v1/organisations", {
      name: "  Beta   Works ",
      sector: "Health Care",
      size_band: "12",
      groups: ["Front desk", "Lab", "front  DESK"],
    });
    assert.equal(res.status, 201);
    assert.equal(res.body.name, "Beta Works");
    assert.equal(res.body.sector, "health-care");
    assert.equal(res.body.size_band, "small");
    assert.deepEqual(
      res.body.groups.map((g: { name: string }) => g.name),
      ["Front desk", "Lab"],
    );
    assert.equal(res.body.groups[0].in_use, false);
    id = res.body.id;
  });

  it("lists them with counts", async () => {
    const res = await api("GET", "/api/v1/organisations");
    assert.equal(res.status, 200);
    const names = res.body.organisations.map((o: { name: string }) => o.name);
    assert.deepEqual(names, ["Beta Works", "Firm A"]);
    const firm = res.body.organisations.find((o: { name: string }) => o.name === "Firm A");
    assert.deepEqual([firm.groups, firm.campaigns, firm.respondents], [3, 1, 13]);
    assert.equal(firm.name_key, undefined, "internal columns stay inside");
  });

  it("refuses a duplicate name with 409 and the field", async () => {
    const res = await api("POST", "/api/v1/organisations", { name: "beta works" });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "organisation_exists");
    assert.deepEqual(res.body.error.details, [
      { path: "name", message: "This name is already in use." },
    ]);
  });

  it("lists every problem of a bad body with its path", async () => {
    const res = await api("POST", "/api/v1/organisations", {
      sector: 5,
      size_band: "enormous",
      groups: ["ok", ""],
      colour: "red",
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, "invalid_organisation");
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ["(top level)", "groups[1]", "name", "sector", "size_band"]);
  });

  it("reads one, and says 404 for unknown and malformed ids", async () => {
    const res = await api("GET", `/api/v1/organisations/${id}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.name, "Beta Works");
    for (const bad of [MISSING, "not-an-id", "1", `${id}x`, "%27%20OR%201%3D1"]) {
      const miss = await api("GET", `/api/v1/organisations/${bad}`);
      assert.equal(miss.status, 404, bad);
      assert.equal(miss.body.error.code, "organisation_not_found", bad);
    }
  });

  it("changes only the fields sent, and null clears", async () => {
    const sector = await api("PATCH", `/api/v1/organisations/${id}`, { sector: "retail" });
    assert.equal(sector.status, 200);
    assert.deepEqual(
      [sector.body.name, sector.body.sector, sector.body.size_band],
      ["Beta Works", "retail", "small"],
    );
    const cleared = await api("PATCH", `/api/v1/organisations/${id}`, { size_band: null });
    assert.deepEqual([cleared.body.sector, cleared.body.size_band], ["retail", null]);
    const renamed = await api("PATCH", `/api/v1/organisations/${id}`, { name: "Beta Ltd" });
    assert.equal(renamed.body.name, "Beta Ltd");
  });

  it("refuses a clashing rename, bad fields and groups in a change", async () => {
    const clash = await api("PATCH", `/api/v1/organisations/${id}`, { name: "FIRM A" });
    assert.equal(clash.status, 409);
    const bad = await api("PATCH", `/api/v1/organisations/${id}`, { name: "", groups: [] });
    assert.equal(bad.status, 400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ["(top level)", "name"]);
    const missing = await api("PATCH", `/api/v1/organisations/${MISSING}`, { name: "X" });
    assert.equal(missing.status, 404);
  });

  it("adds, renames and removes groups", async () => {
    const added = await api("POST", `/api/v1/organisations/${id}/groups`, { name: "Night shift" });
    assert.equal(added.status, 201);
    const group = added.body.groups.find((g: { name: string }) => g.name === "Night shift");
    assert.ok(group);
    const twice = await api("POST", `/api/v1/organisations/${id}/groups`, { name: "night SHIFT" });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, "group_exists");
    const renamed = await api("PATCH", `/api/v1/organisations/${id}/groups/${group.id}`, {
      name: "Nights",
    });
    assert.equal(renamed.status, 200);
    assert.ok(renamed.body.groups.some((g: { name: string }) => g.name === "Nights"));
    const empty = await api("PATCH", `/api/v1/organisations/${id}/groups/${group.id}`, {});
    assert.equal(empty.status, 400);
    assert.equal(empty.body.error.details[0].path, "name");
    const removed = await api("DELETE", `/api/v1/organisations/${id}/groups/${group.id}`);
    assert.equal(removed.status, 200);
    assert.ok(!removed.body.groups.some((g: { id: string }) => g.id === group.id));
    const again = await api("DELETE", `/api/v1/organisations/${id}/groups/${group.id}`);
    assert.equal(again.status, 404);
    assert.equal(again.body.error.code, "group_not_found");
  });

  it("keeps a group people answered in (409) and never shows group sizes", async () => {
    const firm = await api("GET", `/api/v1/organisations/${firmA}`);
    const tiny = firm.body.groups.find((g: { name: string }) => g.name === "Tiny team");
    assert.equal(tiny.in_use, true);
    assert.equal(tiny.respondents, undefined);
    const res = await api("DELETE", `/api/v1/organisations/${firmA}/groups/${tiny.id}`);
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "group_in_use");
    const wrongOrg = await api("DELETE", `/api/v1/organisations/${id}/groups/${tiny.id}`);
    assert.equal(wrongOrg.status, 404, "a group is found only under its own organisation");
  });
});
