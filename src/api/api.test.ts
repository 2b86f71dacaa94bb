import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace, signIn } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { UNEXPECTED_MESSAGE } from "../errors.js";
import { createApp } from "../server/app.js";
import { listTokensOf, revokeOwnToken } from "./api-token.service.js";
import { type ApiClient, accountWithToken, apiClient } from "./test-client.js";

/**
 * The REST API as a script uses it: every endpoint's answer and its errors. Every answer is
 * also checked against the OpenAPI document by the test client.
 */
let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
let api: ApiClient;
let analystId: string;
let importedCampaign: string;
let firmA: string;

const MISSING = "00000000-0000-4000-8000-000000000000";

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  const rows = [["organisation", "sector", "community", "group", "aware_controls"]];
  for (let i = 0; i < 6; i++) rows.push(["Firm A", "retail", "employees", "Sales", "yes"]);
  for (let i = 0; i < 5; i++) rows.push(["Firm A", "retail", "employees", "Ops", "no"]);
  for (let i = 0; i < 2; i++) rows.push(["Firm A", "retail", "employees", "Tiny team", "no"]);
  await importCsv(db, workspaceId, csv(rows), "Survey 2024");
  app = createApp({ db });
  const analyst = await accountWithToken(db, "analyst@example.org", "analyst");
  analystId = analyst.userId;
  api = apiClient(app, analyst.token);
  const { body } = await api("GET", "/api/v1/campaigns");
  importedCampaign = body.campaigns[0].id;
  firmA = body.campaigns[0].organisation_id;
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

const DEFINITION = {
  code: "pulse-check",
  title: "Pulse check",
  sections: [
    {
      title: "Now",
      items: [
        { code: "feel_safe", type: "yes_no", text: "Do you feel safe reporting a mistake?" },
        { code: "say_more", type: "open_text", text: "Anything else?" },
      ],
    },
  ],
};

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

describe("campaigns", () => {
  let campaign: string;
  let org: string;

  before(async () => {
    const made = await api("POST", "/api/v1/organisations", { name: "Gamma" });
    org = made.body.id;
  });

  it("creates a draft with the instrument's latest version", async () => {
    const res = await api("POST", "/api/v1/campaigns", {
      organisation_id: org,
      instrument: "pulse-check",
      min_group_size: 6,
      sponsor: "The board",
    });
    assert.equal(res.status, 201);
    assert.deepEqual(
      [res.body.status, res.body.instrument_version, res.body.min_group_size, res.body.name],
      ["draft", 2, 6, "Gamma: Pulse"],
    );
    campaign = res.body.id;
  });

  it("refuses unknown organisations and instruments (404) and bad fields (400)", async () => {
    const org404 = await api("POST", "/api/v1/campaigns", {
      organisation_id: MISSING,
      instrument: "pulse-check",
    });
    assert.equal(org404.status, 404);
    assert.equal(org404.body.error.code, "organisation_not_found");
    const inst404 = await api("POST", "/api/v1/campaigns", {
      organisation_id: org,
      instrument: "x",
    });
    assert.equal(inst404.status, 404);
    const bad = await api("POST", "/api/v1/campaigns", { organisation_id: "x", min_group_size: 2 });
    assert.equal(bad.status, 400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ["instrument", "min_group_size", "organisation_id"]);
  });

  it("lists them, filtered by organisation, and reads one", async () => {
    const all = await api("GET", "/api/v1/campaigns");
    assert.equal(all.body.campaigns.length, 2);
    const mine = await api("GET", `/api/v1/campaigns?organisation_id=${org}`);
    assert.deepEqual(
      mine.body.campaigns.map((c: { id: string }) => c.id),
      [campaign],
    );
    const none = await api("GET", `/api/v1/campaigns?organisation_id=${MISSING}`);
    assert.deepEqual(none.body.campaigns, []);
    const bad = await api("GET", "/api/v1/campaigns?organisation_id=gamma");
    assert.equal(bad.status, 400);
    const one = await api("GET", `/api/v1/campaigns/${campaign}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.sponsor, "The board");
    for (const id of [MISSING, "abc", importedCampaign.slice(0, 8)]) {
      const miss = await api("GET", `/api/v1/campaigns/${id}`);
      assert.equal(miss.status, 404, id);
      assert.equal(miss.body.error.code, "campaign_not_found", id);
    }
  });

  it("changes settings, opens, and then refuses a lower minimum", async () => {
    const renamed = await api("PATCH", `/api/v1/campaigns/${campaign}`, {
      name: "Gamma spring",
      min_group_size: 5,
    });
    assert.equal(renamed.status, 200);
    assert.deepEqual([renamed.body.name, renamed.body.min_group_size], ["Gamma spring", 5]);
    const opened = await api("POST", `/api/v1/campaigns/${campaign}/status`, { status: "open" });
    assert.equal(opened.status, 200);
    assert.equal(opened.body.status, "open");
    const lower = await api("PATCH", `/api/v1/campaigns/${campaign}`, { min_group_size: 4 });
    assert.equal(lower.status, 400);
    assert.equal(lower.body.error.code, "min_group_size_lowered");
    assert.equal(lower.body.error.details[0].path, "min_group_size");
    const bad = await api("PATCH", `/api/v1/campaigns/${campaign}`, { name: "", wave: 2 });
    assert.equal(bad.status, 400);
    assert.equal((await api("PATCH", `/api/v1/campaigns/${MISSING}`, { name: "x" })).status, 404);
  });

  it("refuses a status that is not open or closed", async () => {
    for (const body of [{ status: "draft" }, {}, { status: "open", extra: 1 }]) {
      const res = await api("POST", `/api/v1/campaigns/${campaign}/status`, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.error.code, "invalid_status");
    }
    const missing = await api("POST", `/api/v1/campaigns/${MISSING}/status`, { status: "open" });
    assert.equal(missing.status, 404);
  });

  describe("invitations", () => {
    it("makes single-use links on the address the request came to, shown once", async () => {
      const res = await api("POST", `/api/v1/campaigns/${campaign}/invitations`, { count: 3 });
      assert.equal(res.status, 201);
      assert.equal(res.body.links.length, 3);
      for (const link of res.body.links)
        assert.match(link, /^http:\/\/localhost\/s\/[A-Za-z0-9_-]{22}$/);
      assert.equal(new Set(res.body.links).size, 3);
      const defaults = await api("POST", `/api/v1/campaigns/${campaign}/invitations`);
      assert.equal(defaults.body.links.length, 1);
    });

    it("uses RAPPORT_PUBLIC_URL when set, and makes a shared link with a code", async () => {
      process.env.RAPPORT_PUBLIC_URL = "https://survey.example.org/";
      try {
        const res = await api("POST", `/api/v1/campaigns/${campaign}/invitations`, {
          kind: "shared",
          access_code: "blue fish",
        });
        assert.equal(res.status, 201);
        assert.equal(res.body.kind, "shared");
        assert.match(res.body.links[0], /^https:\/\/survey\.example\.org\/s\//);
      } finally {
        delete process.env.RAPPORT_PUBLIC_URL;
      }
    });

    it("counts links without ever showing them again", async () => {
      const res = await api("GET", `/api/v1/campaigns/${campaign}/invitations`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { campaign_id: campaign, single: 4, used: 0, shared: 1 });
      assert.doesNotMatch(res.text, /\/s\//);
    });

    it("refuses bad counts, codes, and closed campaigns", async () => {
      for (const [body, path] of [
        [{ count: 0 }, "count"],
        [{ count: 10_001 }, "count"],
        [{ kind: "many" }, "kind"],
        [{ count: "lots" }, "count"],
      ] as const) {
        const res = await api("POST", `/api/v1/campaigns/${campaign}/invitations`, body);
        assert.equal(res.status, 400, JSON.stringify(body));
        assert.equal(res.body.error.details[0].path, path);
      }
      const shortCode = await api("POST", `/api/v1/campaigns/${campaign}/invitations`, {
        kind: "shared",
        access_code: "ab",
      });
      assert.equal(shortCode.status, 400);
      assert.equal(shortCode.body.error.code, "bad_access_code");
      await api("POST", `/api/v1/campaigns/${campaign}/status`, { status: "closed" });
      const closed = await api("POST", `/api/v1/campaigns/${campaign}/invitations`, { count: 1 });
      assert.equal(closed.status, 409);
      assert.equal(closed.body.error.code, "campaign_closed");
      const missing = await api("POST", `/api/v1/campaigns/${MISSING}/invitations`, {});
      assert.equal(missing.status, 404);
      assert.equal((await api("GET", `/api/v1/campaigns/${MISSING}/invitations`)).status, 404);
    });
  });
});

describe("results", () => {
  it("shows groups at the minimum size and hides the one below it, with no figures at all", async () => {
    const res = await api(
      "GET",
      `/api/v1/campaigns/${importedCampaign}/results?by=group,community`,
    );
    assert.equal(res.status, 200);
    const { report } = res.body;
    assert.equal(report.respondents, 13);
    assert.equal(report.min_group_size, 5);
    assert.deepEqual(Object.keys(report.breakdowns).sort(), ["community", "group"]);
    const groups = report.breakdowns.group;
    const tiny = groups.find((g: { group: string }) => g.group === "Tiny team");
    assert.deepEqual(tiny, { group: "Tiny team", n: null, suppressed: true });
    const sales = groups.find((g: { group: string }) => g.group === "Sales");
    assert.equal(sales.suppressed, false);
    assert.equal(sales.n, 6);
    assert.ok(Array.isArray(res.body.open_text));
    assert.equal(res.body.definition.code, "sme-security-practices");
  });

  it("never returns anything that identifies a response", async () => {
    const ids = await db.query<{ id: string }>("SELECT id FROM response WHERE workspace_id = $1", [
      workspaceId,
    ]);
    const res = await api("GET", `/api/v1/campaigns/${importedCampaign}/results?by=group`);
    for (const { id } of ids) assert.ok(!res.text.includes(id));
  });

  it("takes no breakdown, and refuses an unknown one", async () => {
    const none = await api("GET", `/api/v1/campaigns/${importedCampaign}/results?by=none`);
    assert.deepEqual(none.body.report.breakdowns, {});
    const bad = await api("GET", `/api/v1/campaigns/${importedCampaign}/results?by=group,salary`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, "bad_breakdown");
    const missing = await api("GET", `/api/v1/campaigns/${MISSING}/results`);
    assert.equal(missing.status, 404);
  });

  it("hides everything while the whole campaign is below the minimum", async () => {
    const made = await api("POST", "/api/v1/organisations", { name: "Delta" });
    const campaign = await api("POST", "/api/v1/campaigns", {
      organisation_id: made.body.id,
      instrument: "pulse-check",
    });
    const res = await api("GET", `/api/v1/campaigns/${campaign.body.id}/results`);
    assert.equal(res.status, 200);
    assert.equal(res.body.report.respondents, 0);
    assert.ok(res.body.report.items.every((i: { suppressed?: boolean }) => i.suppressed === true));
    assert.deepEqual(res.body.open_text, [{ code: "say_more", n: null }]);
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
