import type { z } from "zod";
import type { Role } from "../account/account.repository.js";
import type { Database } from "../db/database.js";
import { RapportError } from "../errors.js";
import type { REQUEST_SCHEMAS } from "./api.schemas.js";

/**
 * Every endpoint of /api/v1, described once: the router serves this table and the OpenAPI
 * document is generated from it, so no endpoint can be served without being documented.
 */
export interface Caller {
  userId: string;
  workspaceId: string;
  email: string;
  role: Role;
}

export interface Call {
  db: Database;
  caller: Caller;
  param(name: string): string;
  query(name: string): string | undefined;
  /** The JSON body; an empty body reads as {}. */
  body(): Promise<unknown>;
  /** Scheme, host and port the request was sent to, for links when no public URL is set. */
  origin: string;
}

/**
 * analyst: admins and analysts only; viewers get 403 before anything is looked up, so the
 * answer says nothing about the ids they sent. reader: viewers too, limited to the
 * organisations granted to them; anything else is 404, as if it did not exist.
 */
export type Access = "analyst" | "reader";

export interface QueryParam {
  name: string;
  description: string;
  /** A JSON Schema for the value. */
  schema: Record<string, unknown>;
}

/** Error statuses an endpoint can answer with, besides 401, 429 and 500 which all can. */
export type ErrorStatus = 400 | 403 | 404 | 409 | 413 | 415;

export interface Endpoint {
  method: "get" | "post" | "patch" | "delete";
  /** OpenAPI form, relative to /api/v1: /organisations/{id}. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  query?: QueryParam[];
  /** The name of the request body's schema in REQUEST_SCHEMAS. */
  body?: keyof typeof REQUEST_SCHEMAS;
  ok: { status: 200 | 201; schema: z.ZodType; description: string };
  /** For an endpoint that answers 200 or 201 depending on what happened. */
  statusOf?: (body: unknown) => 200 | 201;
  errors: ErrorStatus[];
  handle(call: Call): Promise<unknown>;
}

/** Keeps each handler's result checked against its own response schema at compile time. */
export function endpoint<S extends z.ZodType>(
  spec: Omit<Endpoint, "ok" | "handle"> & {
    ok: { status: 200 | 201; schema: S; description: string };
    handle(call: Call): Promise<z.input<S>>;
  },
): Endpoint {
  return spec;
}

export function forbidden(): RapportError {
  return new RapportError(
    "forbidden",
    "Your account can read the reports shared with it, but not this. Ask an administrator if you need analyst access.",
  );
}

/** An id in a path or query, for the OpenAPI document. */
export const UUID_PARAM = { type: "string", format: "uuid" };
