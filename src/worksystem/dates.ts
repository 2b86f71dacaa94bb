import { RapportError } from "../errors.js";

/** Today's date as YYYY-MM-DD in UTC, the form dates are stored and shown in. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Reads a calendar date written as YYYY-MM-DD; no date means today. Dates in the future are
 * refused: a phase or workaround is recorded once it has happened.
 */
export function parseDay(raw: string | undefined, field: string, now: Date = new Date()): string {
  if (raw === undefined || raw.trim() === "") return today(now);
  const value = raw.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (
    !match ||
    !date ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new RapportError(
      "bad_date",
      `"${value.slice(0, 40)}" is not a date. Write the ${field} as year-month-day, for example 2024-03-31.`,
    );
  }
  if (value > today(now)) {
    throw new RapportError(
      "future_date",
      `The ${field} ${value} is in the future. Use today's date or an earlier one.`,
    );
  }
  if (value < "1900-01-01") {
    throw new RapportError("bad_date", `The ${field} ${value} is too early. Check the year.`);
  }
  return value;
}
