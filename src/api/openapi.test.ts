import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { z } from "zod";
import { setupWorkspace } from "../../test/factories.js";
import { CampaignInputSchema } from "../campaign/campaign.schema.js";
import type { Database } from "../db/database.js";
import { InstrumentDefinitionSchema } from "../instrument/instrument.schema.js";
import { createApp } from "../server/app.js";
import { ENDPOINTS } from "./endpoints.js";
import { type JsonObject, openApiDocument } from "./openapi.js";
import { lintOpenApi } from "./openapi-check.js";
import { responseSchema, validateValue } from "./openapi-validate.js";
import { accountWithToken, apiClient } from "./test-client.js";

/**
 * The OpenAPI document: sound by the rules of OpenAPI 3.1 that clients rely on, complete (every
 * endpoint served is documented and every documented one is served), and generated from the
 * same Zod schemas that check requests. That every answer fits it is checked on each call the
 * other API tests make.
 */
const doc = openApiDocument();
let db: Database;
let app: ReturnType<typeof createApp>;

before(async () => {
  ({ db } = await setupWorkspace());
  app = createApp({ db });
});
after(async () => {
  await db.close();
});

const clone = (): JsonObject => structuredClone(doc) as JsonObject;
const METHODS = ["get", "post", "patch", "delete", "put"];

describe("the OpenAPI document", () => {
  it("is served without a token, as JSON", async () => {
    const res = await app.request("/api/openapi.json");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /application\/json/);
    assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(doc)));
  });

  it("is valid against the official OpenAPI 3.1 schema", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as Record<string, unknown>);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 1)?.slice(0, 2000));
    assert.equal(validator.version, "3.1");
  });

  it("is refused by the official schema when broken, so the check above can fail", async () => {
    const broken = clone();
    (broken.info as JsonObject).title = 42;
    const result = await new Validator().validate(broken as Record<string, unknown>);
    assert.equal(result.valid, false);
  });

  it("follows the OpenAPI 3.1 rules checked here", () => {
    assert.equal(doc.openapi, "3.1.0");
    assert.deepEqual(lintOpenApi(doc), []);
  });

  it("documents exactly the endpoints the API serves", () => {
    const documented: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, JsonObject>)) {
      for (const method of Object.keys(item).filter((k) => METHODS.includes(k)))
        documented.push(`${method} ${path}`);
    }
    const served = ENDPOINTS.map((e) => `${e.method} ${e.path}`);
    assert.deepEqual(documented.sort(), served.sort());
    assert.equal(served.length, 20);
  });

  it("gives every operation the error answers it can give", () => {
    for (const endpoint of ENDPOINTS) {
      const path = (doc.paths as Record<string, Record<string, { responses: JsonObject }>>)[
        endpoint.path
      ];
      const statuses = Object.keys(path?.[endpoint.method]?.responses ?? {});
      const at = `${endpoint.method} ${endpoint.path}`;
      for (const always of ["401", "429", "500"]) assert.ok(statuses.includes(always), at);
      if (endpoint.access === "analyst") assert.ok(statuses.includes("403"), at);
      if (endpoint.path.includes("{")) assert.ok(statuses.includes("404"), at);
      if (endpoint.body) assert.ok(statuses.includes("400") && statuses.includes("415"), at);
      const error = responseSchema(doc, endpoint.method, endpoint.path, 401);
      assert.deepEqual(error, { $ref: "#/components/schemas/Error" });
    }
  });

  it("describes API tokens as the one way in", () => {
    const components = doc.components as { securitySchemes: Record<string, JsonObject> };
    assert.deepEqual(doc.security, [{ apiToken: [] }]);
    assert.equal(components.securitySchemes.apiToken?.type, "http");
    assert.equal(components.securitySchemes.apiToken?.scheme, "bearer");
  });

  it("uses the very Zod schemas that check requests", () => {
    const schemas = (doc.components as { schemas: Record<string, JsonObject> }).schemas;
    for (const [name, schema] of [
      ["CampaignInput", CampaignInputSchema],
      ["InstrumentDefinition", InstrumentDefinitionSchema],
    ] as const) {
      const { $schema: _, ...expected } = z.toJSONSchema(schema, {
        target: "draft-2020-12",
        io: "input",
      });
      assert.deepEqual(schemas[name], expected, name);
    }
  });

  it("serves every operation it documents", async () => {
    const api = apiClient(app, (await accountWithToken(db, "doc@example.org", "admin")).token);
    for (const endpoint of ENDPOINTS) {
      const path = endpoint.path
        .replace(/\{code\}/, "sme-security-practices")
        .replace(/\{\w+\}/g, "00000000-0000-4000-8000-000000000000");
      const res = await api(endpoint.method.toUpperCase(), `/api/v1${path}`);
      const at = `${endpoint.method} ${path}`;
      assert.notEqual(res.body?.error?.code, "not_found", at);
      assert.notEqual(res.status, 405, at);
      assert.ok(res.status < 500, at);
    }
  });
});

describe("the document checker", () => {
  it("finds a reference that leads nowhere", () => {
    const broken = clone();
    const schemas = (broken.components as { schemas: Record<string, unknown> }).schemas;
    delete schemas.Campaign;
    assert.ok(lintOpenApi(broken).some((p) => p.includes("#/components/schemas/Campaign")));
  });

  it("finds path parameters that are not declared, or declared but not in the path", () => {
    const broken = clone();
    const paths = broken.paths as Record<string, Record<string, { parameters: unknown[] }>>;
    const op = paths["/campaigns/{id}"]?.get;
    assert.ok(op);
    op.parameters = [{ name: "campaign", in: "path", required: true, schema: { type: "string" } }];
    const problems = lintOpenApi(broken);
    assert.ok(problems.includes("GET /campaigns/{id}: path parameter id is not declared"));
    assert.ok(problems.includes("GET /campaigns/{id}: path parameter campaign is not in the path"));
  });

  it("finds a repeated operationId, an undescribed response and a malformed schema", () => {
    const broken = clone();
    const paths = broken.paths as Record<string, Record<string, JsonObject>>;
    const list = paths["/campaigns"]?.get as JsonObject;
    list.operationId = "getCampaign";
    (list.responses as JsonObject)["200"] = { content: {} };
    const schemas = (broken.components as { schemas: Record<string, JsonObject> }).schemas;
    (schemas.Campaign as JsonObject).nullable = true;
    (schemas.Study as JsonObject).type = "text";
    ((schemas.Campaign as JsonObject).properties as JsonObject).name = { pattern: "([" };
    const problems = lintOpenApi(broken);
    for (const expected of [
      "operationId getCampaign is used twice",
      "GET /campaigns 200: a response needs a description",
      "components.schemas.Campaign: unknown schema keyword nullable",
      "components.schemas.Study: bad type text",
      "components.schemas.Campaign.properties.name: pattern does not compile",
    ])
      assert.ok(
        problems.some((p) => p.includes(expected)),
        `${expected} in ${problems.join("; ")}`,
      );
  });

  it("tells a value that fits a schema from one that does not", () => {
    const results = responseSchema(doc, "get", "/campaigns/{id}/results", 200);
    const fits = {
      report: {
        respondents: 7,
        min_group_size: 5,
        items: [{ code: "q", n: null, suppressed: true }],
        breakdowns: { group: [{ group: "A", n: null, suppressed: true }] },
      },
      open_text: [{ code: "t", n: null }],
      definition: {
        code: "x",
        title: "X",
        sections: [{ title: "S", items: [{ code: "q", type: "yes_no", text: "Q?" }] }],
      },
    };
    assert.deepEqual(validateValue(doc, results, fits), []);
    const leaky = structuredClone(fits);
    // A hidden group that still carries its size would break the privacy promise.
    (leaky.report.breakdowns.group[0] as { n: number | null }).n = 2;
    assert.notDeepEqual(validateValue(doc, results, leaky), []);
    const error = responseSchema(doc, "get", "/campaigns", 401);
    assert.deepEqual(validateValue(doc, error, { error: { code: "x", message: "y" } }), []);
    assert.notDeepEqual(validateValue(doc, error, { error: { code: "x" } }), []);
    assert.notDeepEqual(
      validateValue(doc, error, { error: { code: "x", message: "y", stack: "" } }),
      [],
    );
  });
});
