import { CsvError, parse } from "csv-parse/sync";
import { type ErrorDetail, RapportError } from "../errors.js";
import { type DocumentFormat, problems, readDocument } from "./document.js";

/**
 * A file of many ratings at once, as CSV (one rating per line, with a header) or as YAML/JSON
 * (a list, or { ratings: [...] }). Columns: organisation (optional when given on the command
 * line), work_system, guideline, rating, note, evidence.
 */
export const RATING_COLUMNS = [
  "organisation",
  "work_system",
  "guideline",
  "rating",
  "note",
  "evidence",
] as const;
const REQUIRED = ["work_system", "guideline", "rating"] as const;
export const MAX_RATING_ROWS = 10_000;
const ERROR_CODE = "invalid_ratings_file";

export interface RatingLine {
  /** Where the row is in the file: a line (CSV) or a list position (YAML/JSON). */
  where: { line: number } | { path: string };
  organisation?: string;
  work_system: string;
  guideline: string;
  rating: string;
  note: string;
  evidence: string;
}

export type RatingsFormat = "csv" | DocumentFormat;

export function ratingsFormatOfPath(path: string): RatingsFormat {
  if (/\.csv$/i.test(path)) return "csv";
  return /\.json$/i.test(path) ? "json" : "yaml";
}

export function parseRatingsFile(text: string, format: RatingsFormat): RatingLine[] {
  const rows = format === "csv" ? fromCsv(text) : fromDocument(text, format);
  if (rows.length === 0) {
    throw new RapportError(ERROR_CODE, "The ratings file has no ratings in it.", [
      {
        message: `Write one rating per row with the columns ${REQUIRED.join(", ")} (and note, evidence if you like).`,
      },
    ]);
  }
  if (rows.length > MAX_RATING_ROWS) {
    throw new RapportError(
      ERROR_CODE,
      `The ratings file has ${rows.length} ratings; at most ${MAX_RATING_ROWS} fit in one file. Split it into smaller files.`,
    );
  }
  return rows;
}

function fromCsv(text: string): RatingLine[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // The typings do not follow the info option, which wraps each record with its line.
    records = parse(text.replace(/^\uFEFF/, ""), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      delimiter: sniffDelimiter(text),
      max_record_size: 100_000,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw problems(ERROR_CODE, "This CSV file", [
      {
        ...(typeof error.lines === "number" ? { line: error.lines } : {}),
        message: `The CSV cannot be read here (${error.message.replace(/^.*?: /, "")}). Check for an unclosed quote.`,
      },
    ]);
  }
  const [header, ...body] = records;
  if (!header) return [];
  const columns = header.record.map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !(RATING_COLUMNS as readonly string[]).includes(c));
  if (missing.length > 0 || unknown.length > 0) {
    const details: ErrorDetail[] = [];
    for (const c of missing) details.push({ line: 1, column: c, message: `Add a column "${c}".` });
    for (const c of unknown)
      details.push({
        line: 1,
        column: c,
        message: `Rapport does not know the column "${c}". Use: ${RATING_COLUMNS.join(", ")}.`,
      });
    throw problems(ERROR_CODE, "The header of this CSV file", details);
  }
  return body.map(({ record, info }) => {
    const cell = (name: string) => {
      const i = columns.indexOf(name);
      return i < 0 ? "" : (record[i] ?? "").trim();
    };
    const organisation = cell("organisation");
    return {
      where: { line: info.lines },
      ...(organisation === "" ? {} : { organisation }),
      work_system: cell("work_system"),
      guideline: cell("guideline"),
      rating: cell("rating"),
      note: cell("note"),
      evidence: cell("evidence"),
    };
  });
}

function sniffDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", ";", "\t"].map((d) => [d, first.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? ",";
}

function fromDocument(text: string, format: DocumentFormat): RatingLine[] {
  const data = readDocument(text, format, ERROR_CODE, "ratings list");
  if (data === undefined) return [];
  const list = Array.isArray(data)
    ? data
    : typeof data === "object" &&
        data !== null &&
        Array.isArray((data as { ratings?: unknown }).ratings)
      ? (data as { ratings: unknown[] }).ratings
      : undefined;
  const prefix = Array.isArray(data) ? "" : "ratings";
  if (!list) {
    throw problems(ERROR_CODE, "This ratings file", [
      {
        path: "(top level)",
        message:
          "Write the ratings as a list, or under the key ratings: with one entry per rating.",
      },
    ]);
  }
  const details: ErrorDetail[] = [];
  const rows: RatingLine[] = [];
  list.forEach((entry: unknown, i) => {
    const path = `${prefix}[${i}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      details.push({
        path,
        message: "Each rating is a block with work_system, guideline and rating.",
      });
      return;
    }
    const record = entry as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(RATING_COLUMNS as readonly string[]).includes(key))
        details.push({
          path: `${path}.${key}`,
          message: `Unknown field "${key}": use ${RATING_COLUMNS.join(", ")}.`,
        });
    }
    const text = (key: string): string => {
      const value = record[key];
      if (value === undefined || value === null) return "";
      if (typeof value === "string") return value.trim();
      details.push({ path: `${path}.${key}`, message: "Write this as text." });
      return "";
    };
    const organisation = text("organisation");
    rows.push({
      where: { path },
      ...(organisation === "" ? {} : { organisation }),
      work_system: text("work_system"),
      guideline: text("guideline"),
      rating: text("rating"),
      note: text("note"),
      evidence: text("evidence"),
    });
  });
  if (details.length > 0) throw problems(ERROR_CODE, "This ratings file", details);
  return rows;
}
