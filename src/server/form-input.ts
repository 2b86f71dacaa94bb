import type { Context } from "hono";
import { type ErrorDetail, isRapportError, type RapportError } from "../errors.js";
import { storableText } from "../storable.js";
import { type FieldErrors, fieldErrors } from "./forms.js";
import { statusForError } from "./http-status.js";

/** A submitted form's text fields; files and repeated names are left out. */
export async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(body))
    if (typeof value === "string") out[key] = storableText(value);
  return out;
}

export interface FormProblem {
  status: 400 | 403 | 404 | 409 | 413 | 429;
  message: string;
  errors: FieldErrors;
  /** Every problem, including those with a line number rather than a field. */
  details: readonly ErrorDetail[];
}

/**
 * Runs a change and turns a RapportError into what the form shows beside its fields; any
 * other error is ours and goes on to the app's error page.
 */
export async function attempt<T>(
  change: () => Promise<T>,
): Promise<{ ok: true; value: T } | ({ ok: false } & FormProblem)> {
  try {
    return { ok: true, value: await change() };
  } catch (error) {
    if (!isRapportError(error)) throw error;
    return { ok: false, ...problemOf(error) };
  }
}

export function problemOf(error: RapportError): FormProblem {
  return {
    status: statusForError(error.code),
    message: error.message,
    errors: fieldErrors(error.details),
    details: error.details,
  };
}
