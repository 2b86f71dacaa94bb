import { stringify } from "yaml";
import type { z } from "zod";
import { RapportError } from "../errors.js";
import { COMMUNITIES } from "../organisation/organisation.js";
import { describeIssue, formatPath } from "../validation.js";
import { type DocumentFormat, problems, readDocument, shown } from "./document.js";
import { PHASES, SENSITIVITY_LEVELS } from "./worksystem.js";
import {
  LIST_FIELDS,
  WORK_SYSTEM_SCHEMA_ID,
  WorkSystemFileSchema,
  type WorkSystemModel,
  WorkSystemSchema,
} from "./worksystem.schema.js";

const ERROR_CODE = "invalid_work_system";

/**
 * Reads a work-system file (YAML or JSON) and checks all of it. Throws one RapportError whose
 * details give the path of every problem and what to write instead.
 */
export function parseWorkSystemFile(text: string, format: DocumentFormat): WorkSystemModel {
  const data = readDocument(text, format, ERROR_CODE, "work system");
  if (data === undefined) {
    throw new RapportError(ERROR_CODE, "The work-system file is empty.", [
      {
        line: 1,
        message: `Nothing to read here. Start with the line schema: ${WORK_SYSTEM_SCHEMA_ID}, then name: and the elements (see rapport worksystem show --format yaml for an example).`,
      },
    ]);
  }
  const result = WorkSystemFileSchema.safeParse(data, { reportInput: true });
  if (result.success) {
    const { schema: _schema, ...model } = result.data;
    return model;
  }
  throw problems(ERROR_CODE, "This work-system file", workSystemDetails(result.error.issues));
}

/** Checks a work system sent by a form or the API (no "schema" line needed). */
export function parseWorkSystem(input: unknown): WorkSystemModel {
  const result = WorkSystemSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw problems(ERROR_CODE, "This work system", workSystemDetails(result.error.issues));
}

/** Writes the file an analyst can edit and import again; keys in the schema's order. */
export function formatWorkSystemFile(model: WorkSystemModel, format: DocumentFormat): string {
  const compact = (entry: object) =>
    Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== "" && v !== undefined));
  const out: Record<string, unknown> = { schema: WORK_SYSTEM_SCHEMA_ID, name: model.name };
  if (model.description !== "") out.description = model.description;
  out.phase = model.phase;
  for (const field of LIST_FIELDS) out[field] = model[field].map(compact);
  if (format === "json") return `${JSON.stringify(out, null, 2)}\n`;
  return stringify(out, { lineWidth: 0 });
}

function workSystemDetails(issues: readonly z.core.$ZodIssue[]) {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: describe(issue) }));
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code !== "invalid_value") return describeIssue(issue);
  if (issue.input === undefined)
    return `This field is required: use one of: ${issue.values.map(String).join(", ")}.`;
  const value = shown(issue.input);
  const field = issue.path.filter((part) => typeof part === "string").at(-1);
  switch (field) {
    case "schema":
      return `Write schema: ${WORK_SYSTEM_SCHEMA_ID} on the first line so Rapport knows this file describes a work system.`;
    case "phase":
      return `${value} is not a life-cycle phase. Use one of: ${PHASES.join(", ")} (operation_maintenance when the work system simply runs).`;
    case "community":
      return `${value} is not a community. Use one of: ${COMMUNITIES.join(", ")}.`;
    case "sensitivity":
      return `${value} is not a sensitivity level. Use one of: ${SENSITIVITY_LEVELS.join(", ")}.`;
    default:
      return describeIssue(issue);
  }
}
