import { inspect } from "node:util";
import { type ErrorDetail, isRapportError, UNEXPECTED_MESSAGE } from "../errors.js";
import { cli, write } from "./io.js";
import { safeText } from "./table.js";

/**
 * How a failed command speaks: the problem in one sentence, then each detail with its line
 * or path. With --format json the same error goes to stdout as {"error": ...} so scripts can
 * read it. Unexpected errors never show a stack trace unless RAPPORT_DEBUG is set.
 */
export function reportError(error: unknown, json: boolean): number {
  if (isRapportError(error)) {
    if (json) write(`${JSON.stringify(error.toJSON(), null, 2)}\n`);
    else {
      cli().stderr.write(`${safeText(error.message)}\n`);
      for (const detail of error.details)
        cli().stderr.write(`  ${safeText(describeDetail(detail))}\n`);
    }
    return 1;
  }
  if (cli().env.RAPPORT_DEBUG) cli().stderr.write(`${inspect(error)}\n`);
  if (json)
    write(`${JSON.stringify({ error: { code: "unexpected", message: UNEXPECTED_MESSAGE } })}\n`);
  else cli().stderr.write(`${UNEXPECTED_MESSAGE}\n`);
  return 2;
}

export function describeDetail(detail: ErrorDetail): string {
  const where: string[] = [];
  if (detail.line !== undefined) where.push(`line ${detail.line}`);
  if (detail.column !== undefined) where.push(`column ${detail.column}`);
  if (detail.path !== undefined) where.push(detail.path);
  return where.length > 0 ? `${where.join(", ")}: ${detail.message}` : detail.message;
}

/** A one-line progress indicator on stderr, only when a person is watching a terminal. */
export function progressLine(label: string): {
  update(done: number, total: number): void;
  done(): void;
} {
  const live = cli().stderr.isTTY === true;
  let last = -1;
  return {
    update(done, total) {
      if (!live) return;
      const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
      if (percent === last) return;
      last = percent;
      const filled = Math.round(percent / 5);
      cli().stderr.write(
        `\r${label} [${"#".repeat(filled)}${".".repeat(20 - filled)}] ${percent}%`,
      );
    },
    done() {
      if (live && last >= 0) cli().stderr.write("\r\x1b[2K");
    },
  };
}
