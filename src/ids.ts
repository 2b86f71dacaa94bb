const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids arrive in URLs and API paths. A malformed one is simply "not found": passed to
 * PostgreSQL it would raise an error instead, which a user must never see.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
