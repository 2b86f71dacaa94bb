import { randomBytes } from "node:crypto";
import { z } from "zod";
import { hashToken } from "../invitation/invitation.js";
import { cleanName } from "../organisation/organisation.js";

/**
 * API tokens: 256 random bits in base64url behind a fixed prefix, so a token pasted into a
 * chat or committed by mistake is easy to recognise and search for. Like invitation tokens
 * they are random, not chosen by a person, so a fast SHA-256 is enough to store them.
 */
export const TOKEN_PREFIX = "rpt_";
const TOKEN_SHAPE = /^rpt_[A-Za-z0-9_-]{43}$/;

export function newApiToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** Anything else is refused before the database is asked. */
export function isWellFormedApiToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

export function hashApiToken(token: string): string {
  return hashToken(token);
}

/** The label a person gives a token ("backup script", "Power BI") to recognise it later. */
export const TokenNameSchema = z.strictObject({
  name: z.string().transform(cleanName).pipe(z.string().min(1).max(100)),
});

/** The token from an `Authorization: Bearer <token>` header; undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match?.[1];
}
