import type { ErrorDetail } from "../errors.js";
import type { WorkSystemModel } from "./worksystem.schema.js";

/**
 * The web form of a work system. Plain lists are text boxes with one entry a line ("Name" or
 * "Name | what it is"); participants and information items are rows of fields. A form is turned
 * into the input the work-system schema checks, and each problem's path back into the field
 * (and line) where the person typed it.
 */
export const LINE_LISTS = [
  "customers",
  "products_services",
  "processes_activities",
  "technologies",
  "environment",
  "infrastructure",
  "strategies",
] as const;
export type LineList = (typeof LINE_LISTS)[number];

export const PARTICIPANT_FIELDS = ["role", "community", "headcount", "description"] as const;
export const INFORMATION_FIELDS = ["name", "sensitivity", "description"] as const;
/** Empty rows offered below the filled ones, for new participants and information items. */
export const SPARE_ROWS = 3;

const SEPARATOR = " | ";

export type FormValues = Readonly<Record<string, string>>;

export interface FormInput {
  input: Record<string, unknown>;
  /** Each entry's form field (and line of a text box) by its path in the schema. */
  where: Map<string, { field: string; line?: number }>;
}

export function workSystemFromForm(form: FormValues): FormInput {
  const where = new Map<string, { field: string; line?: number }>();
  const input: Record<string, unknown> = {
    name: form.name ?? "",
    description: form.description ?? "",
    phase: form.phase ?? "",
  };
  for (const list of LINE_LISTS) {
    const entries: { name: string; description: string }[] = [];
    (form[list] ?? "").split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (line === "") return;
      const cut = line.indexOf(SEPARATOR);
      where.set(`${list}[${entries.length}]`, { field: list, line: i + 1 });
      entries.push(
        cut === -1
          ? { name: line, description: "" }
          : { name: line.slice(0, cut).trim(), description: line.slice(cut + 3).trim() },
      );
    });
    input[list] = entries;
  }
  input.participants = rows(form, "participants", PARTICIPANT_FIELDS, where).map((row) => ({
    role: row.role ?? "",
    community: row.community || "employees",
    ...(row.headcount ? { headcount: asNumber(row.headcount) } : {}),
    description: row.description ?? "",
  }));
  input.information = rows(form, "information", INFORMATION_FIELDS, where).map((row) => ({
    name: row.name ?? "",
    sensitivity: row.sensitivity ?? "",
    description: row.description ?? "",
  }));
  return { input, where };
}

/** The filled rows of a repeated group of fields ("participants.0.role" ...), in row order. */
function rows(
  form: FormValues,
  list: string,
  fields: readonly string[],
  where: FormInput["where"],
): Record<string, string>[] {
  const numbers = new Set<number>();
  const pattern = new RegExp(`^${list}\\.(\\d{1,4})\\.`);
  for (const key of Object.keys(form)) {
    const match = pattern.exec(key);
    if (match) numbers.add(Number(match[1]));
  }
  const out: Record<string, string>[] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const row: Record<string, string> = {};
    for (const field of fields) row[field] = (form[`${list}.${n}.${field}`] ?? "").trim();
    // A choice alone (community, sensitivity) has a value in every empty row: it does not count.
    const typed = ["role", "name", "headcount", "description"].some((f) => (row[f] ?? "") !== "");
    if (!typed) continue;
    where.set(`${list}[${out.length}]`, { field: `${list}.${n}` });
    out.push(row);
  }
  return out;
}

function asNumber(text: string): number | string {
  return /^\d+$/.test(text) ? Number(text) : text;
}

/**
 * Field errors for the form from the problems of a saved model: a line of a text box is named
 * in the message, a field of a row gets its own error.
 */
export function formErrors(
  details: readonly ErrorDetail[],
  where: FormInput["where"],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const detail of details) {
    const path = detail.path ?? "";
    const entry = /^([a-z_]+\[\d+\])(?:\.([a-z_]+))?/.exec(path);
    const place = entry ? where.get(entry[1] ?? "") : undefined;
    let field = path.split(/[.[]/)[0] ?? "";
    let message = detail.message;
    if (place) {
      const first = place.field.startsWith("information") ? "name" : "role";
      field = place.line === undefined ? `${place.field}.${entry?.[2] ?? first}` : place.field;
      if (place.line !== undefined) message = `Line ${place.line}: ${message}`;
    }
    if (field === "" || field === "(top level)") field = "name";
    out[field] ??= message;
  }
  return out;
}

/** The form filled in from a saved work system, for changing it. */
export function formOfWorkSystem(model: WorkSystemModel): Record<string, string> {
  const form: Record<string, string> = {
    name: model.name,
    description: model.description,
    phase: model.phase,
  };
  for (const list of LINE_LISTS) {
    form[list] = model[list]
      .map((e) => (e.description === "" ? e.name : `${e.name}${SEPARATOR}${e.description}`))
      .join("\n");
  }
  model.participants.forEach((p, i) => {
    form[`participants.${i}.role`] = p.role;
    form[`participants.${i}.community`] = p.community;
    form[`participants.${i}.headcount`] = p.headcount === undefined ? "" : String(p.headcount);
    form[`participants.${i}.description`] = p.description;
  });
  model.information.forEach((item, i) => {
    form[`information.${i}.name`] = item.name;
    form[`information.${i}.sensitivity`] = item.sensitivity;
    form[`information.${i}.description`] = item.description;
  });
  return form;
}

/** How many rows of a repeated group the form shows: the filled ones and a few spare. */
export function rowCount(form: FormValues, list: "participants" | "information"): number {
  let highest = -1;
  const pattern = new RegExp(`^${list}\\.(\\d{1,4})\\.`);
  for (const key of Object.keys(form)) {
    const match = pattern.exec(key);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1 + SPARE_ROWS;
}
