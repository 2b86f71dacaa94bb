import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import { RapportError } from "../errors.js";
import { Utf8Checker, type Utf8Problem } from "./utf8-check.js";

/**
 * Streams a CSV file as rows with their line numbers, whatever its delimiter, line endings or
 * byte-order mark, and refuses with a useful sentence what cannot be read: a file saved in
 * another encoding, an unclosed quote, a line too long to be data.
 */
export interface CsvRow {
  /** 1-based line on which the row starts. */
  line: number;
  fields: string[];
}

export interface CsvReadOptions {
  onChunk?: (chunk: Buffer) => void;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export const MAX_RECORD_CHARS = 1_000_000;

export function fileSize(path: string): number {
  try {
    const stat = statSync(path);
    if (!stat.isFile())
      throw new RapportError("not_a_file", `${path} is not a file. Give the path of a .csv file.`);
    return stat.size;
  } catch (error) {
    if (error instanceof RapportError) throw error;
    throw new RapportError(
      "file_not_found",
      `Could not open ${path}. Check the path and that the file exists.`,
    );
  }
}

export async function* readCsv(path: string, options: CsvReadOptions = {}): AsyncGenerator<CsvRow> {
  const total = fileSize(path);
  const decoded = decodeUtf8(path, total, options);
  const first = await decoded.next();
  if (first.done) return;
  const delimiter = detectDelimiter(first.value);
  const parser = parse({
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
    info: true,
  });
  async function* text(): AsyncGenerator<string> {
    yield first.value as string;
    yield* decoded;
  }
  const feeding = pipeline(Readable.from(text()), parser);
  // The rows are read below; a failure to feed the parser surfaces through the iteration.
  feeding.catch(() => undefined);
  let lastLine = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const line = lastLine + 1;
      lastLine = info.lines;
      yield { line, fields: record };
    }
    await feeding;
  } catch (error) {
    throw toFriendlyError(error, lastLine + 1);
  }
}

async function* decodeUtf8(
  path: string,
  total: number,
  options: CsvReadOptions,
): AsyncGenerator<string> {
  const checker = new Utf8Checker();
  const decoder = new TextDecoder("utf-8");
  let read = 0;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 256 * 1024,
  }) as AsyncIterable<Buffer>) {
    options.onChunk?.(chunk);
    read += chunk.length;
    const complete = checker.push(chunk);
    if (!Buffer.isBuffer(complete)) throw encodingError(complete);
    if (complete.length > 0) yield decoder.decode(complete, { stream: true });
    options.onProgress?.(read, total);
  }
  const tail = checker.end();
  if (!Buffer.isBuffer(tail)) throw encodingError(tail);
  const text = decoder.decode(tail);
  if (text !== "") yield text;
}

function encodingError(problem: Utf8Problem): RapportError {
  if (problem.kind === "spreadsheet") {
    return new RapportError(
      "not_csv",
      "This looks like a spreadsheet file (Excel or similar), not CSV. Open it and save it as CSV in UTF-8 (in Excel: Save As > CSV UTF-8), then import that file.",
    );
  }
  if (problem.kind === "utf16") {
    return new RapportError(
      "not_utf8",
      "This file is saved as UTF-16 text. Save it again as CSV in UTF-8 (in Excel: Save As > CSV UTF-8) and try again.",
    );
  }
  return new RapportError(
    "not_utf8",
    `Line ${problem.line} is not UTF-8 text (byte ${problem.byte + 1} of the file). The file was probably saved in another encoding such as Windows-1252. Save it again as CSV in UTF-8 (in Excel: Save As > CSV UTF-8) and try again.`,
    [{ line: problem.line, message: "Not UTF-8 text from here on." }],
  );
}

/** The delimiter used most often on the header line, outside quotes. */
export function detectDelimiter(start: string): string {
  const firstLine = start.split(/\r?\n/, 1)[0] ?? "";
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

function toFriendlyError(error: unknown, line: number): unknown {
  if (error instanceof RapportError) return error;
  if (!(error instanceof CsvError)) return error;
  const at =
    typeof (error as { lines?: unknown }).lines === "number"
      ? (error as unknown as { lines: number }).lines
      : line;
  const where = Math.max(line, 1);
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new RapportError(
        "broken_csv",
        `A quoted value that starts on line ${where} is never closed. Add the missing closing quote (") and try again.`,
        [{ line: where, message: "Quote opened here is never closed." }],
      );
    case "CSV_MAX_RECORD_SIZE":
      return new RapportError(
        "broken_csv",
        `Line ${where} is longer than ${MAX_RECORD_CHARS.toLocaleString("en")} characters, which is more than any answer needs. Check that quotes are balanced on this line.`,
        [{ line: where, message: "Line too long." }],
      );
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return new RapportError(
        "broken_csv",
        `Line ${at} has text right after a closing quote. Inside a quoted value, write a quote as two quotes ("").`,
        [{ line: at, message: "Text after a closing quote." }],
      );
    default:
      return new RapportError(
        "broken_csv",
        `Line ${at} could not be read as CSV (${error.message}). Check its quotes and separators.`,
        [{ line: at, message: error.message }],
      );
  }
}
