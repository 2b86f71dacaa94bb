import type { Role } from "../account/account.repository.js";
import { createUser } from "../account/account.service.js";
import type { Database } from "../db/database.js";
import { createApiToken } from "./api-token.service.js";
import { openApiDocument } from "./openapi.js";
import { responseSchema, validateValue } from "./openapi-validate.js";

/**
 * What the API's tests use to call it as a client would: JSON in and out, and every answer
 * checked against the schema the OpenAPI document gives for that operation and status, so the
 * document is proven on every call the tests make, errors included.
 */
export const TEST_ACCOUNT_PASSWORD = "correct horse battery staple";

// biome-ignore lint/suspicious/noExplicitAny: bodies are checked against the OpenAPI schema at run time; tests read them freely.
export type Body = any;

export interface ApiAnswer {
  status: number;
  body: Body;
  text: string;
  headers: Headers;
}

interface Requester {
  request(path: string, init?: RequestInit, env?: unknown): Response | Promise<Response>;
}

export interface ApiClient {
  (method: string, path: string, body?: unknown, init?: ClientOptions): Promise<ApiAnswer>;
  token: string | undefined;
}

export interface ClientOptions {
  headers?: Record<string, string>;
  /** The address the request seems to come from (as the Node server would report it). */
  ip?: string;
  /** Sent as is instead of JSON. */
  raw?: string;
}

const DOC = openApiDocument();
const TEMPLATES = Object.keys(DOC.paths as object).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`),
}));

/** The documented schema for an answer, or undefined for addresses the document does not list. */
function documented(method: string, path: string, status: number): unknown {
  const bare = path.split("?")[0] ?? path;
  if (!bare.startsWith("/api/v1/")) return undefined;
  const rest = bare.slice("/api/v1".length);
  const match = TEMPLATES.find((t) => t.pattern.test(rest));
  if (!match) return undefined;
  return responseSchema(DOC, method.toLowerCase(), match.template, status);
}

export function apiClient(app: Requester, token?: string): ApiClient {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    options: ClientOptions = {},
  ): Promise<ApiAnswer> => {
    const headers: Record<string, string> = {
      // API clients send JSON; see the report on the app's form check for bodiless requests.
      "content-type": "application/json",
      ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
      ...options.headers,
    };
    const init: RequestInit = { method, headers };
    if (options.raw !== undefined) init.body = options.raw;
    else if (body !== undefined) init.body = JSON.stringify(body);
    const env = options.ip ? { incoming: { socket: { remoteAddress: options.ip } } } : undefined;
    const res = await app.request(path, init, env);
    const text = await res.text();
    const type = res.headers.get("content-type") ?? "";
    const parsed: Body =
      type.includes("application/json") && text !== "" ? JSON.parse(text) : undefined;
    const schema = documented(method, path, res.status);
    if (schema !== undefined && method !== "HEAD") {
      const problems = validateValue(DOC, schema, parsed);
      if (problems.length > 0) {
        throw new Error(
          `${method} ${path} answered ${res.status} outside its documented schema:\n${problems.join("\n")}\n${text.slice(0, 2000)}`,
        );
      }
    }
    return { status: res.status, body: parsed, text, headers: res.headers };
  };
  call.token = token;
  return call;
}

/** An account with an API token, in the given workspace (default: "default"). */
export async function accountWithToken(
  db: Database,
  email: string,
  role: Role,
  workspace?: string,
): Promise<{ userId: string; workspaceId: string; token: string }> {
  const user = await createUser(db, {
    email,
    password: TEST_ACCOUNT_PASSWORD,
    role,
    ...(workspace ? { workspace } : {}),
  });
  const { token } = await createApiToken(db, user, { name: `${role} script` });
  return { userId: user.id, workspaceId: user.workspace_id, token };
}
