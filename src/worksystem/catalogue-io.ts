import { parseDocument, stringify, type YAMLError } from "yaml";
import type { z } from "zod";
import { type ErrorDetail, RapportError } from "../errors.js";
import { describeIssue, formatPath } from "../validation.js";
import {
  CATALOGUE_SCHEMA_ID,
  type Catalogue,
  CatalogueSchema,
  GUIDELINE_ITEM_CODES,
  type Guideline,
  GuidelineSchema,
} from "./guideline.schema.js";
import { INTERVENTIONS } from "./interventions.js";
import {
  ELEMENTS,
  type LifeCyclePhase,
  PLANNED_PHASES,
  type PlannedPhase,
  type WorkSystemElement,
} from "./worksystem.js";

export const CATALOGUE_FORMATS = ["json", "yaml"] as const;
export type CatalogueFormat = (typeof CATALOGUE_FORMATS)[number];

const ERROR_CODE = "invalid_catalogue";
// Aliases let a tiny YAML file expand into a huge one; a catalogue never needs many.
const MAX_YAML_ALIASES = 100;

/**
 * Reads a catalogue file and checks it completely. Throws one RapportError whose details list
 * every problem with its path (or line, for syntax errors) and what to write instead.
 */
export function parseCatalogue(text: string, format: CatalogueFormat): Catalogue {
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") throw emptyFile();
  const data = format === "json" ? readJson(source) : readYaml(source);
  if (data === null || data === undefined) throw emptyFile();
  // reportInput keeps each wrong value on its issue: describeIssue needs it to tell a missing
  // field from a wrong one, and the messages below quote it.
  const result = CatalogueSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const details = sortByGuideline(result.error.issues).map((issue) => ({
    path: formatPath(issue.path),
    message: describeCatalogueIssue(issue),
  }));
  throw problems("This guideline catalogue", details);
}

/**
 * Writes a catalogue so that parseCatalogue gives it back unchanged. Keys follow the schema's
 * order whatever order the object was built in, so the same catalogue always gives the same
 * text and files diff cleanly between versions.
 */
export function formatCatalogue(catalogue: Catalogue, format: CatalogueFormat): string {
  const ordered = {
    ...inSchemaOrder(catalogue, Object.keys(CatalogueSchema.shape)),
    guidelines: catalogue.guidelines.map((guideline) =>
      inSchemaOrder(guideline, Object.keys(GuidelineSchema.shape)),
    ),
  };
  if (format === "json") return `${JSON.stringify(ordered, null, 2)}\n`;
  // lineWidth 0: one line per text, so a changed word changes one line of the file.
  return stringify(ordered, { lineWidth: 0 });
}

export interface GuidelineFilter {
  element?: WorkSystemElement;
  phase?: LifeCyclePhase;
}

/**
 * The guidelines that match every filter given. The element guidelines describe a running work
 * system, so they are also the ones that apply to the operation_maintenance phase.
 */
export function filterGuidelines(catalogue: Catalogue, filter: GuidelineFilter): Guideline[] {
  return catalogue.guidelines.filter((guideline) => {
    if (filter.element !== undefined && guideline.element !== filter.element) return false;
    if (filter.phase === undefined) return true;
    if (filter.phase === "operation_maintenance") return guideline.element !== undefined;
    return guideline.phase === filter.phase;
  });
}

/** How many guidelines each element and planned phase has, zeros included. */
export function coverage(catalogue: Catalogue): Record<WorkSystemElement | PlannedPhase, number> {
  const counts = Object.fromEntries([...ELEMENTS, ...PLANNED_PHASES].map((code) => [code, 0]));
  for (const guideline of catalogue.guidelines) {
    const scope = guideline.element ?? guideline.phase;
    if (scope !== undefined) counts[scope] = (counts[scope] ?? 0) + 1;
  }
  return counts as Record<WorkSystemElement | PlannedPhase, number>;
}

function inSchemaOrder(value: object, keys: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function emptyFile(): RapportError {
  return new RapportError(ERROR_CODE, "The catalogue file is empty.", [
    {
      line: 1,
      message: `Nothing to read here. Start from an exported catalogue, which begins with "schema": "${CATALOGUE_SCHEMA_ID}".`,
    },
  ]);
}

function problems(what: string, details: ErrorDetail[]): RapportError {
  const count = details.length;
  return new RapportError(
    ERROR_CODE,
    `${what} has ${count} problem${count === 1 ? "" : "s"}. Fix ${count === 1 ? "it" : "them"} and try again.`,
    details,
  );
}

function readJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { line, column } = jsonErrorPosition(error.message, source);
    const reason = error.message
      .replace(/\s*\(line \d+ column \d+\)/, "")
      .replace(/\s*(in JSON )?at position \d+/, "");
    throw problems("This JSON file", [
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

function readYaml(source: string): unknown {
  const document = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  // Warnings count as problems: an unknown tag such as !!js/function is never meant as data.
  const found = [...document.errors, ...document.warnings];
  if (found.length > 0) throw problems("This YAML file", found.map(yamlDetail));
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw problems("This YAML file", [
      {
        message: `${error.message}. Write the values out in full instead of using & and * references.`,
      },
    ]);
  }
}

const YAML_FIXES: Record<string, string> = {
  DUPLICATE_KEY: "The same key appears twice in one block. Keep only one.",
  TAB_AS_INDENT: "Indent with spaces, not tabs.",
  MULTIPLE_DOCS:
    "The file holds more than one document (a second ---). Keep one catalogue per file.",
  TAG_RESOLVE_FAILED:
    "Tags starting with ! are not allowed. Remove the tag and keep the plain value.",
  BAD_INDENT: "Check the indentation: items of one list or block must line up.",
  MISSING_CHAR: "A closing quote or bracket is missing.",
};

function yamlDetail(error: YAMLError): ErrorDetail {
  const line = error.linePos?.[0].line;
  const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  const fix =
    YAML_FIXES[error.code] ?? "Check the indentation, the colons after keys and the quotes.";
  const message = `The YAML cannot be read here (${reason}). ${fix}`;
  return line === undefined ? { message } : { line, message };
}

// Zod reports the duplicate-code check after all guidelines; sorting keeps each guideline's
// problems together. Array.prototype.sort is stable, so the order within a guideline stays.
function sortByGuideline(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const rank = (issue: z.core.$ZodIssue) =>
    issue.path[0] === "guidelines" && typeof issue.path[1] === "number" ? issue.path[1] + 1 : 0;
  return [...issues].sort((a, b) => rank(a) - rank(b));
}

function describeCatalogueIssue(issue: z.core.$ZodIssue): string {
  if (issue.code !== "invalid_value") return describeIssue(issue);
  const value = shown(issue.input);
  const field = issue.path.filter((part) => typeof part === "string").at(-1);
  switch (field) {
    case "schema":
      return `Write "schema": "${CATALOGUE_SCHEMA_ID}" so Rapport knows this file is a guideline catalogue of this format.`;
    case "element":
      return `${value} is not an element of a work system. Use one of: ${ELEMENTS.join(", ")}.`;
    case "phase":
      if (issue.input === "operation_maintenance")
        return `The element guidelines already cover operation and maintenance. Use "element" instead of "phase" here.`;
      return `${value} is not a phase a guideline can have. Use one of: ${PLANNED_PHASES.join(", ")}.`;
    case "item_codes":
      return `${value} is not a known item code. Use one of: ${GUIDELINE_ITEM_CODES.join(", ")}.`;
    case "interventions":
      return `${value} is not a known intervention. Use one of: ${INTERVENTIONS.join(", ")}.`;
    default:
      return describeIssue(issue);
  }
}

// Shown inside a message, so long or odd values are cut and quoted rather than echoed whole.
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
