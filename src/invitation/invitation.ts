import { createHash, randomBytes } from "node:crypto";

/**
 * Invitation tokens: 128 random bits, written in base64url (22 characters) so they fit in a
 * link. Only their SHA-256 is stored; a fast hash is enough because the token is random, not a
 * password a person chose.
 */
export function newToken(): string {
  return randomBytes(16).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token as it can appear in a link; anything else is refused before any lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(token);
}

/** Access codes are compared case- and space-insensitively: people read them out loud. */
export function hashAccessCode(code: string): string {
  return hashToken(`access-code:${code.trim().toLowerCase().replace(/\s+/g, "")}`);
}

export function linkFor(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/s/${token}`;
}

/** RAPPORT_PUBLIC_URL when behind a proxy, otherwise where npm start listens. */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RAPPORT_PUBLIC_URL) return env.RAPPORT_PUBLIC_URL;
  const host = env.HOST && env.HOST !== "0.0.0.0" ? env.HOST : "127.0.0.1";
  return `http://${host}:${env.PORT || 3000}`;
}

/** Links as a one-column CSV for a mail merge, quoted where a base URL would need it. */
export function linksCsv(links: readonly string[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `link\r\n${links.map(field).join("\r\n")}\r\n`;
}
