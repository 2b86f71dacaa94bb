import { stringify } from "yaml";
import type { z } from "zod";
import { RapportError } from "../errors.js";
import { describeIssue, formatPath } from "../validation.js";
import { problems as problemsOf, readDocument, shown } from "./document.js";
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

/**
 * Reads a catalogue file and checks it completely. Throws one RapportError whose details list
 * every problem with its path (or line, for syntax errors) and what to write instead.
 */
export function parseCatalogue(text: string, format: CatalogueFormat): Catalogue {
  const data = readDocument(text, format, ERROR_CODE, "catalogue");
  if (data === undefined) throw emptyFile();
  // reportInput keeps each wrong value on its issue: describeIssue needs it to tell a missing
  // field from a wrong one, and the messages below quote it.
  const result = CatalogueSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const details = sortByGuideline(result.error.issues).map((issue) => ({
    path: formatPath(issue.path),
    message: describeCatalogueIssue(issue),
  }));
  throw problemsOf(ERROR_CODE, "This guideline catalogue", details);
}

/**
 * Checks one guideline (from a form or the API) against the catalogue schema. Throws one
 * RapportError whose details name each wrong field by its path, in the catalogue's words.
 */
export function parseGuideline(input: unknown): Guideline {
  const result = GuidelineSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: describeCatalogueIssue(issue),
  }));
  throw problemsOf("invalid_guideline", "This guideline", details);
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
