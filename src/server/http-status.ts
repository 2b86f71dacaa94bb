/**
 * The HTTP status for each kind of RapportError, decided by the stable code's ending so a new
 * error gets the right status without being listed here.
 */
export function statusForError(code: string): 400 | 403 | 404 | 409 | 413 | 429 {
  if (code.endsWith("_not_found")) return 404;
  if (code.endsWith("_exists") || code.endsWith("_in_use") || code === "campaign_closed")
    return 409;
  if (code === "forbidden") return 403;
  if (code === "too_large") return 413;
  if (code === "rate_limited") return 429;
  return 400;
}
