import { z } from "zod";
import { REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from "./api.schemas.js";
import { ENDPOINTS, type Endpoint, type ErrorStatus } from "./endpoints.js";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the endpoint table and the same Zod
 * schemas that check requests (as clients send them) and responses (as the API sends them).
 */
export type JsonObject = Record<string, unknown>;

const SCHEMA_REF = "#/components/schemas/";

/** Zod's JSON Schemas for one registry, ready to sit under components.schemas. */
function componentSchemas(schemas: Record<string, z.ZodType>, io: "input" | "output"): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    uri: (id) => `${SCHEMA_REF}${id}`,
  });
  const out: JsonObject = {};
  for (const [id, schema] of Object.entries(generated)) {
    // Each would otherwise declare itself a root document; inside OpenAPI they are parts.
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonObject;
    out[id] = rest;
  }
  return out;
}

function nameOf(schema: z.ZodType): string {
  const found = Object.entries(RESPONSE_SCHEMAS).find(([, s]) => s === schema);
  if (!found) throw new Error("every response schema must be listed in RESPONSE_SCHEMAS");
  return found[0];
}

const ERROR_RESPONSES: Record<
  ErrorStatus | 401 | 429 | 500,
  { name: string; description: string }
> = {
  400: {
    name: "BadRequest",
    description:
      "Something in the request is wrong: details lists each problem with its JSON path. Malformed JSON is bad_json.",
  },
  401: {
    name: "Unauthorized",
    description:
      "No API token (token_required), or one that is unknown or revoked (token_invalid).",
  },
  403: {
    name: "Forbidden",
    description:
      "forbidden: the token's account is a viewer, which may only list campaigns shared with it and read their results.",
  },
  404: {
    name: "NotFound",
    description:
      "No such thing in this workspace (code ending in _not_found). Ids of another workspace, malformed ids and, for viewers, campaigns not shared with them all read this way.",
  },
  409: {
    name: "Conflict",
    description:
      "It clashes with what is there: a name in use (_exists), a group people answered in (_in_use), a closed campaign.",
  },
  413: { name: "PayloadTooLarge", description: "The body is larger than 1 MB." },
  415: {
    name: "UnsupportedMediaType",
    description: "unsupported_media_type: a body that is not sent as application/json.",
  },
  429: {
    name: "TooManyRequests",
    description:
      "rate_limited: too many requests with a wrong token came from this address. Retry-After says how many seconds to wait.",
  },
  500: {
    name: "Unexpected",
    description: "unexpected: our fault. Nothing was changed; no details are given.",
  },
};

function errorResponse(status: number): JsonObject {
  const entry = ERROR_RESPONSES[status as keyof typeof ERROR_RESPONSES];
  const json = { "application/json": { schema: { $ref: `${SCHEMA_REF}Error` } } };
  const response: JsonObject = { description: entry.description };
  // The app's own size limit answers before the API does, so no body format is promised.
  if (status !== 413) response.content = json;
  if (status === 401)
    response.headers = {
      "WWW-Authenticate": { description: "Bearer", schema: { type: "string" } },
    };
  if (status === 429)
    response.headers = {
      "Retry-After": { description: "Seconds to wait.", schema: { type: "integer", minimum: 1 } },
    };
  return response;
}

function operation(endpoint: Endpoint): JsonObject {
  const pathParams = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    description: name === "code" ? "The instrument's code." : "An id from a list.",
    schema:
      name === "code"
        ? { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }
        : { type: "string", format: "uuid" },
  }));
  const queryParams = (endpoint.query ?? []).map((q) => ({
    name: q.name,
    in: "query",
    required: false,
    description: q.description,
    schema: q.schema,
  }));
  const okContent = {
    "application/json": { schema: { $ref: `${SCHEMA_REF}${nameOf(endpoint.ok.schema)}` } },
  };
  const responses: JsonObject = {
    [String(endpoint.ok.status)]: { description: endpoint.ok.description, content: okContent },
  };
  if (endpoint.statusOf) {
    responses["200"] = { description: "Nothing new: it was there already.", content: okContent };
  }
  const statuses = new Set<number>([...endpoint.errors, 401, 429, 500]);
  if (endpoint.access === "analyst") statuses.add(403);
  for (const status of [...statuses].sort()) {
    responses[String(status)] = {
      $ref: `#/components/responses/${ERROR_RESPONSES[status as keyof typeof ERROR_RESPONSES].name}`,
    };
  }
  const access =
    endpoint.access === "analyst"
      ? "Admins and analysts."
      : "Admins and analysts; viewers for the organisations shared with them.";
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: [endpoint.description, `Who may call it: ${access}`].filter(Boolean).join("\n\n"),
    tags: [endpoint.tag],
    parameters: [...pathParams, ...queryParams],
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { $ref: `${SCHEMA_REF}${endpoint.body}` } },
            },
          },
        }
      : {}),
    responses,
  };
}

const DESCRIPTION = `Organisations, instruments, studies, campaigns, invitation links and results of a Rapport workspace.

Authentication: an API token in the header \`Authorization: Bearer <token>\`; make one on the page /account/tokens or with \`rapport token create\`. Cookies are not read. The token acts for its owner, in the owner's workspace only: ids from elsewhere answer 404.

Roles: admins and analysts may use every endpoint. Viewers may list campaigns and read results, only for the organisations shared with them; other endpoints answer 403 forbidden (before anything is looked up), and campaigns not shared with them answer 404 as if they did not exist.

Errors: always \`{"error": {"code", "message", "details"?}}\` with a stable code; details name each problem's JSON path. After 20 requests with a wrong token from one address in 15 minutes, that address gets 429 until the window ends.

Privacy: results pass the privacy gate. A group smaller than the campaign's minimum size shows no figures at all, and no endpoint returns any one person's answers.`;

function buildDocument(): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const endpoint of ENDPOINTS) {
    paths[endpoint.path] ??= {};
    (paths[endpoint.path] as JsonObject)[endpoint.method] = operation(endpoint);
  }
  const schemas: JsonObject = {
    ...componentSchemas(RESPONSE_SCHEMAS, "output"),
    ...componentSchemas(REQUEST_SCHEMAS, "input"),
  };
  schemas.StoredInstrumentDefinition = {
    $ref: `${SCHEMA_REF}InstrumentDefinition`,
    description: "The definition as it was when this version was added.",
  };
  const responses: JsonObject = {};
  for (const [status, { name }] of Object.entries(ERROR_RESPONSES))
    responses[name] = errorResponse(Number(status));
  return {
    openapi: "3.1.0",
    info: { title: "Rapport API", version: "1", description: DESCRIPTION },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/api/v1" }],
    security: [{ apiToken: [] }],
    tags: [...new Set(ENDPOINTS.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        apiToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "rpt_ followed by 43 characters",
          description: "An API token of a Rapport account.",
        },
      },
      schemas,
      responses,
    },
  };
}

let cached: JsonObject | undefined;

/** Built once: it depends only on the code. */
export function openApiDocument(): JsonObject {
  cached ??= buildDocument();
  return cached;
}
