import { parseDocument, type YAMLError } from "yaml";
import { type ErrorDetail, RapportError } from "../errors.js";

/**
 * Reading the YAML and JSON files analysts write by hand (guideline catalogues, work systems,
 * baselines, ratings). Syntax errors come back with their line and a fix; the content is then
 * checked by each file's own schema.
 */
export const DOCUMENT_FORMATS = ["json", "yaml"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

// Aliases let a tiny YAML file expand into a huge one; none of these files ever needs many.
const MAX_YAML_ALIASES = 100;

/** The format a file name suggests: .json is JSON, anything else is read as YAML. */
export function formatOfPath(path: string): DocumentFormat {
  return /\.json$/i.test(path) ? "json" : "yaml";
}

/** One error listing every problem found, with a sentence that counts them. */
export function problems(code: string, what: string, details: ErrorDetail[]): RapportError {
  const count = details.length;
  return new RapportError(
    code,
    `${what} has ${count} problem${count === 1 ? "" : "s"}. Fix ${count === 1 ? "it" : "them"} and try again.`,
    details,
  );
}

/**
 * Parses the text of a file; undefined when the file holds nothing (empty, only a comment or
 * null), so each caller can say what such a file should start with.
 */
export function readDocument(
  text: string,
  format: DocumentFormat,
  code: string,
  thing: string,
): unknown {
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") return undefined;
  const data = format === "json" ? readJson(source, code) : readYaml(source, code, thing);
  return data === null ? undefined : data;
}

function readJson(source: string, code: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { line, column } = jsonErrorPosition(error.message, source);
    const reason = error.message
      .replace(/\s*\(line \d+ column \d+\)/, "")
      .replace(/\s*(in JSON )?at position \d+/, "");
    throw problems(code, "This JSON file", [
      {
        line,
        message: `The JSON cannot be read at line ${line}, column ${column} (${reason}). Look for a missing or extra comma, quote or bracket there or just before.`,
      },
    ]);
  }
}

// Node has worded this message differently across versions, so both forms are read.
function jsonErrorPosition(message: string, source: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : source.length;
  const before = source.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function readYaml(source: string, code: string, thing: string): unknown {
  const document = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  // Warnings count as problems: an unknown tag such as !!js/function is never meant as data.
  const found = [...document.errors, ...document.warnings];
  if (found.length > 0)
    throw problems(
      code,
      "This YAML file",
      found.map((error) => yamlDetail(error, thing)),
    );
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw problems(code, "This YAML file", [
      {
        message: `${error.message}. Write the values out in full instead of using & and * references.`,
      },
    ]);
  }
}

const YAML_FIXES: Record<string, string> = {
  DUPLICATE_KEY: "The same key appears twice in one block. Keep only one.",
  TAB_AS_INDENT: "Indent with spaces, not tabs.",
  TAG_RESOLVE_FAILED:
    "Tags starting with ! are not allowed. Remove the tag and keep the plain value.",
  BAD_INDENT: "Check the indentation: items of one list or block must line up.",
  MISSING_CHAR: "A closing quote or bracket is missing.",
};

function yamlDetail(error: YAMLError, thing: string): ErrorDetail {
  const line = error.linePos?.[0].line;
  const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  const fix =
    error.code === "MULTIPLE_DOCS"
      ? `The file holds more than one document (a second ---). Keep one ${thing} per file.`
      : (YAML_FIXES[error.code] ?? "Check the indentation, the colons after keys and the quotes.");
  const message = `The YAML cannot be read here (${reason}). ${fix}`;
  return line === undefined ? { message } : { line, message };
}

/** A value quoted inside a message: long or odd values are cut rather than echoed whole. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
