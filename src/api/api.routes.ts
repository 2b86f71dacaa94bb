import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { RateLimiter } from "../account/rate-limit.js";
import { canAnalyse } from "../account/roles.js";
import type { Database } from "../db/database.js";
import { type ErrorDetail, isRapportError, RapportError, UNEXPECTED_MESSAGE } from "../errors.js";
import { statusForError } from "../server/http-status.js";
import { storable } from "../storable.js";
import { bearerToken } from "./api-token.js";
import { authenticateToken } from "./api-token.service.js";
import { type Caller, ENDPOINTS, type Endpoint, forbidden } from "./endpoints.js";
import { openApiDocument } from "./openapi.js";

/**
 * The REST API: /api/openapi.json (public) and /api/v1, reached with an API token in
 * `Authorization: Bearer <token>` and nothing else. Cookies are never read here, so a page on
 * another site cannot make a signed-in browser call the API (which is why CSRF checks do not
 * apply to it). Every answer is JSON, errors included.
 */
export type ApiEnv = { Variables: { caller: Caller } };

export interface ApiOptions {
  /** Failed token look-ups per client address: 20 per 15 minutes unless a test says otherwise. */
  limiter?: RateLimiter;
  windowSeconds?: number;
}

const FAILED_LOOKUPS = 20;
const WINDOW_SECONDS = 15 * 60;

type ApiStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500;

export function apiStatus(code: string): ApiStatus {
  switch (code) {
    case "not_found":
      return 404;
    case "token_required":
    case "token_invalid":
      return 401;
    case "method_not_allowed":
      return 405;
    case "unsupported_media_type":
      return 415;
    case "unexpected":
      return 500;
    default:
      return statusForError(code);
  }
}

export function errorBody(
  code: string,
  message: string,
  details: readonly ErrorDetail[] = [],
): { error: { code: string; message: string; details?: readonly ErrorDetail[] } } {
  return new RapportError(code, message, details).toJSON();
}

/** Paths the API answers, for middleware in app.tsx that must answer them in JSON too. */
export function isApiPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/");
}

/** The body-limit refusal in the API's error format. */
export function tooLargeResponse(c: Context): Response {
  return problem(
    c,
    new RapportError("too_large", "The body is too large: send at most 1 MB at a time."),
  );
}

function problem(c: Context, error: RapportError, headers: Record<string, string> = {}): Response {
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  c.header("Cache-Control", "no-store");
  return c.json(error.toJSON(), apiStatus(error.code));
}

/**
 * The address a client connects from. X-Forwarded-For is believed only when the connection
 * itself comes from this machine (a reverse proxy in front of Rapport); otherwise anyone could
 * dodge the limit by sending a different header each time.
 */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const remote = env?.incoming?.socket?.remoteAddress;
  const local = remote === undefined || /^(127\.|::1$|::ffff:127\.)/.test(remote);
  if (local) {
    const forwarded = c.req.header("x-forwarded-for");
    // The last entry is the one our own proxy added; earlier ones are the client's to invent.
    const last = forwarded?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return remote ?? "local";
}

function authenticate(
  db: Database,
  limiter: RateLimiter,
  windowSeconds: number,
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const address = clientAddress(c);
    if (limiter.blocked(address)) {
      return problem(
        c,
        new RapportError(
          "rate_limited",
          `Too many requests with a wrong API token came from your address. Please wait ${Math.ceil(windowSeconds / 60)} minutes, then try again with a valid token.`,
        ),
        // The limiter's window started at the first failure, so this is the longest wait.
        { "Retry-After": String(windowSeconds) },
      );
    }
    const token = bearerToken(c.req.header("authorization"));
    if (token === undefined) {
      return problem(
        c,
        new RapportError(
          "token_required",
          "Send your API token in the header Authorization: Bearer <token>. You can make one on the page /account/tokens or with rapport token create.",
        ),
        { "WWW-Authenticate": 'Bearer realm="rapport"' },
      );
    }
    const found = await authenticateToken(db, token);
    if (!found) {
      limiter.hit(address);
      return problem(
        c,
        new RapportError(
          "token_invalid",
          "This API token is not valid: it may have been revoked or mistyped. Make a new one on the page /account/tokens.",
        ),
        { "WWW-Authenticate": 'Bearer realm="rapport", error="invalid_token"' },
      );
    }
    c.set("caller", {
      userId: found.user_id,
      workspaceId: found.workspace_id,
      email: found.email,
      role: found.role,
    });
    await next();
  };
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The JSON body; an empty one reads as {} so that bodies with only defaults may be left out. */
const UNSTORABLE_ESCAPE = /\\u(0000|d[89a-f])/i;

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") return {};
  if (!JSON_TYPE.test(c.req.header("content-type") ?? "")) {
    throw new RapportError(
      "unsupported_media_type",
      "Send the body as JSON, with the header Content-Type: application/json.",
    );
  }
  try {
    const parsed: unknown = JSON.parse(text);
    // Only text with an escaped NUL or surrogate can hold what PostgreSQL refuses; the walk is
    // skipped otherwise, so a deeply nested body reaches the schema's own refusal.
    return UNSTORABLE_ESCAPE.test(text) ? storable(parsed) : parsed;
  } catch {
    throw new RapportError(
      "bad_json",
      "The body is not valid JSON. Check it for a missing comma, quote or bracket, and send it again.",
    );
  }
}

/** {id} -> :id, and a pattern that tells a known path from an unknown one. */
function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}

function pathPattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/\{\w+\}/g, "[^/]+")}$`);
}

function serve(db: Database, endpoint: Endpoint) {
  return async (c: Context<ApiEnv>) => {
    const caller = c.get("caller");
    if (endpoint.access === "analyst" && !canAnalyse(caller.role)) throw forbidden();
    const result = await endpoint.handle({
      db,
      caller,
      param: (name) => c.req.param(name) ?? "",
      query: (name) => c.req.query(name),
      body: () => readJson(c),
      origin: new URL(c.req.url).origin,
    });
    // Only what the documented schema lists leaves the server.
    const body = endpoint.ok.schema.parse(result);
    c.header("Cache-Control", "no-store");
    return c.json(body as object, endpoint.statusOf?.(body) ?? endpoint.ok.status);
  };
}

export function apiRoutes(db: Database, options: ApiOptions = {}): Hono<ApiEnv> {
  const windowSeconds = options.windowSeconds ?? WINDOW_SECONDS;
  const limiter = options.limiter ?? new RateLimiter(FAILED_LOOKUPS, windowSeconds * 1000);
  const api = new Hono<ApiEnv>();

  api.get("/openapi.json", (c) => {
    c.header("Cache-Control", "no-cache");
    return c.json(openApiDocument());
  });

  api.use("/v1/*", authenticate(db, limiter, windowSeconds));
  for (const endpoint of ENDPOINTS) {
    api.on(endpoint.method.toUpperCase(), `/v1${honoPath(endpoint.path)}`, serve(db, endpoint));
  }

  const patterns = ENDPOINTS.map((e) => ({
    method: e.method.toUpperCase(),
    pattern: pathPattern(e.path),
  }));
  api.all("*", (c) => {
    const rest = c.req.path.replace(/^.*?\/v1(?=\/|$)/, "");
    const allowed = patterns.filter((p) => p.pattern.test(rest)).map((p) => p.method);
    if (c.req.path !== rest && allowed.length > 0) {
      return problem(
        c,
        new RapportError(
          "method_not_allowed",
          `This address does not take ${c.req.method} requests. Use ${allowed.join(" or ")}.`,
        ),
        { Allow: [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : [])].join(", ") },
      );
    }
    return problem(
      c,
      new RapportError(
        "not_found",
        "There is nothing at this address. The list of endpoints is at /api/openapi.json.",
      ),
    );
  });

  api.onError((error, c) => {
    if (isRapportError(error)) return problem(c, error);
    // Refusals raised on purpose by middleware (a body too large) keep their status.
    if (error instanceof HTTPException && error.status < 500) {
      if (error.status === 413) return tooLargeResponse(c);
      c.header("Cache-Control", "no-store");
      return c.json(
        errorBody("bad_request", "This request could not be handled. Check it and try again."),
        error.status,
      );
    }
    if (process.env.RAPPORT_DEBUG) console.error(error);
    return problem(c, new RapportError("unexpected", UNEXPECTED_MESSAGE));
  });
  return api;
}
