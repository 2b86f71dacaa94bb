/**
 * Errors a person can act on. Each has a stable code (for scripts and the API) and a plain
 * sentence that says what went wrong and what to do next. Anything that is not a RapportError
 * is our fault: it is logged and the user sees a short apology, never a stack trace.
 */
export interface ErrorDetail {
  /** 1-based line in the user's file, where there is one. */
  line?: number;
  /** Column name or JSON path. */
  column?: string;
  path?: string;
  message: string;
}

export class RapportError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
    this.name = "RapportError";
  }

  toJSON(): { error: { code: string; message: string; details?: readonly ErrorDetail[] } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details.length > 0 ? { details: this.details } : {}),
      },
    };
  }
}

export function isRapportError(error: unknown): error is RapportError {
  return error instanceof RapportError;
}

export const UNEXPECTED_MESSAGE =
  "Something went wrong on our side and nothing was changed. Please try again; if it keeps happening, run the same command with RAPPORT_DEBUG=1 and send us what it prints.";
