import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { RapportError } from "../errors.js";

/**
 * Reads short texts to analyse, one at a time, from a JSONL file ({"id":..,"text":..} per
 * line), a CSV file with id and text columns, or standard input ("-", either format). It
 * streams, so a file of any size is fine; a malformed line stops the run with its number and
 * what was wrong.
 */
export interface TextRecord {
  line: number;
  id: string | number | null;
  text: string;
}

export const MAX_TEXT_CHARS = 1_000_000;

type Format = "jsonl" | "csv";

function formatFromName(path: string): Format | undefined {
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return "jsonl";
  if (/\.(csv|tsv)$/i.test(path)) return "csv";
  return undefined;
}

/** Standard input is passed in by the caller (the CLI hands in its own), so tests can feed it. */
function open(path: string, stdin: Readable): Readable {
  if (path === "-") return stdin;
  const stream = createReadStream(path);
  return stream;
}

export async function* readTextRecords(
  path: string,
  stdin: Readable = process.stdin,
): AsyncGenerator<TextRecord> {
  const input = open(path, stdin);
  const opened = new Promise<void>((resolve, reject) => {
    if (path === "-") resolve();
    input.once("open", () => resolve());
    input.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new RapportError(
          "file_not_found",
          error.code === "ENOENT"
            ? `There is no file ${path}. Check the path.`
            : `Could not read ${path}: ${error.message}.`,
        ),
      ),
    );
  });
  await opened;
  input.setEncoding("utf8");
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<string>;
  // Look at the start to choose the format when the name does not tell.
  let first = await chunks.next();
  while (!first.done && first.value.trim() === "") first = await chunks.next();
  if (first.done) return;
  const head = (first.value as string).replace(/^\uFEFF/, "");
  const format = formatFromName(path) ?? (head.trimStart().startsWith("{") ? "jsonl" : "csv");
  async function* rest(): AsyncGenerator<string> {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  if (format === "jsonl") yield* readJsonLines(Readable.from(rest()));
  else yield* readCsvRecords(Readable.from(rest()));
}

async function* readJsonLines(stream: Readable): AsyncGenerator<TextRecord> {
  let line = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (raw.trim() === "") continue;
    if (raw.length > MAX_TEXT_CHARS) {
      throw new RapportError(
        "text_too_long",
        `Line ${line} is longer than ${MAX_TEXT_CHARS.toLocaleString("en")} characters. Split the text into shorter pieces.`,
      );
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new RapportError(
        "bad_jsonl",
        `Line ${line} is not valid JSON. Each line must be one object such as {"id": 1, "text": "..."}.`,
        [{ line, message: "Not valid JSON." }],
      );
    }
    yield toRecord(value, line);
  }
}

function toRecord(value: unknown, line: number): TextRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RapportError(
      "bad_jsonl",
      `Line ${line} is not an object. Write {"id": 1, "text": "..."} on each line.`,
      [{ line, message: "Not an object." }],
    );
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string") {
    throw new RapportError(
      "bad_jsonl",
      `Line ${line} has no "text" field with a string in it. Write {"id": 1, "text": "..."} on each line.`,
      [{ line, message: 'Missing "text".' }],
    );
  }
  const id = record.id;
  if (id !== undefined && id !== null && typeof id !== "string" && typeof id !== "number") {
    throw new RapportError("bad_jsonl", `Line ${line}: "id" must be text or a number.`, [
      { line, message: "Bad id." },
    ]);
  }
  return { line, id: (id as string | number | undefined) ?? null, text: record.text };
}

async function* readCsvRecords(stream: Readable): AsyncGenerator<TextRecord> {
  const parser = stream.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      max_record_size: MAX_TEXT_CHARS,
      info: true,
    }),
  );
  let columns: { id: number; text: number } | undefined;
  let lastLine = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const line = lastLine + 1;
      lastLine = info.lines;
      if (!columns) {
        const names = record.map((c) => c.trim().toLowerCase());
        const text = names.indexOf("text");
        if (text === -1) {
          throw new RapportError(
            "bad_csv",
            'The CSV has no "text" column. Its first line must name the columns, for example: id,text',
          );
        }
        columns = { id: names.indexOf("id"), text };
        continue;
      }
      if (record.every((cell) => cell.trim() === "")) continue;
      const id = columns.id >= 0 ? (record[columns.id] ?? null) : null;
      yield { line, id, text: record[columns.text] ?? "" };
    }
  } catch (error) {
    if (error instanceof RapportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new RapportError(
      "bad_csv",
      `Line ${lastLine + 1} could not be read as CSV (${reason}). Check its quotes.`,
      [{ line: lastLine + 1, message: reason }],
    );
  }
}

/** Reads a whole message (for the communication check), from a file or standard input. */
export async function readWholeText(
  path: string,
  stdin: Readable = process.stdin,
): Promise<string> {
  const input = open(path, stdin);
  input.setEncoding("utf8");
  let text = "";
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      text += chunk;
      if (text.length > 10 * MAX_TEXT_CHARS) {
        throw new RapportError(
          "text_too_long",
          "This message is longer than 10 million characters. Check a shorter part of it.",
        );
      }
    }
  } catch (error) {
    if (error instanceof RapportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new RapportError(
      "file_not_found",
      code === "ENOENT" ? `There is no file ${path}. Check the path.` : `Could not read ${path}.`,
    );
  }
  return text.replace(/^\uFEFF/, "");
}
