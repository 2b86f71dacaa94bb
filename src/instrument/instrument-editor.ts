import { RapportError } from "../errors.js";
import type { InstrumentDefinition } from "./instrument.schema.js";

/**
 * The web form editor. Its fields are named by the JSON path of what they change
 * ("sections[0].items[2].text"), the same paths the schema reports problems at, so each error
 * lands beside its own field. Edits are applied to the current definition and the result is
 * validated as a whole, like an uploaded file.
 */
export type EditorFields = Readonly<Record<string, string>>;

const NEW_TYPES = ["yes_no", "single_choice", "likert", "open_text"] as const;

/** The new definition the form describes (unvalidated: the schema checks it next). */
export function applyEdits(current: InstrumentDefinition, fields: EditorFields): unknown {
  // A deep copy; the stored definition is shared by a cache and must not change.
  const next = structuredClone(current) as InstrumentDefinition & Record<string, unknown>;
  const text = (key: string): string | undefined => fields[key];
  const setOptional = (target: Record<string, unknown>, key: string, value: string | undefined) => {
    if (value === undefined) return;
    if (value.trim() === "") delete target[key];
    else target[key] = value;
  };
  if (text("code") !== undefined) next.code = (text("code") ?? "").trim();
  if (text("title") !== undefined) next.title = text("title") ?? "";
  setOptional(next, "description", text("description"));
  setOptional(next, "intro", text("intro"));
  next.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    if (text(`${at}.title`) !== undefined) section.title = text(`${at}.title`) ?? "";
    section.items.forEach((item, i) => {
      const it = `${at}.items[${i}]`;
      if (text(`${it}.text`) !== undefined) item.text = text(`${it}.text`) ?? "";
      setOptional(item as Record<string, unknown>, "help", text(`${it}.help`));
      if (item.type === "single_choice" || item.type === "multiple_choice") {
        item.options.forEach((option, o) => {
          const value = text(`${it}.options[${o}].label`);
          if (value !== undefined) option.label = value;
        });
      }
      if (item.type === "likert") {
        item.labels = item.labels.map((l, n) => text(`${it}.labels[${n}]`) ?? l);
      }
    });
  });
  const added = newItem(fields);
  if (added) {
    const index = Number(fields["new.section"] ?? next.sections.length - 1);
    const section = next.sections[Number.isInteger(index) ? index : -1];
    if (!section) {
      throw new RapportError("invalid_instrument", "Choose the section for the new question.", [
        { path: "new.section", message: "Choose one of the sections." },
      ]);
    }
    (section.items as unknown[]).push(added);
  }
  return next;
}

/** A new question from the "Add a question" part of the form; undefined when it is left empty. */
function newItem(fields: EditorFields): Record<string, unknown> | undefined {
  const text = (fields["new.text"] ?? "").trim();
  const code = (fields["new.code"] ?? "").trim();
  if (text === "" && code === "") return undefined;
  const type = fields["new.type"] ?? "yes_no";
  if (!(NEW_TYPES as readonly string[]).includes(type)) {
    throw new RapportError("invalid_instrument", "Choose the kind of question to add.", [
      { path: "new.type", message: `Use one of: ${NEW_TYPES.join(", ")}.` },
    ]);
  }
  const item: Record<string, unknown> = { code, type, text };
  if (type === "single_choice") {
    const labels = (fields["new.options"] ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "");
    item.options = labels.map((label, n) => ({ code: optionCodeFor(label, n), label }));
  }
  if (type === "likert") {
    item.points = 5;
    item.labels = [
      "Strongly disagree",
      "Disagree",
      "Neither agree nor disagree",
      "Agree",
      "Strongly agree",
    ];
  }
  if (type === "open_text") item.multiline = true;
  return item;
}

/** A stored code from an option's label ("Once a week" -> once_a_week), unique by position. */
function optionCodeFor(label: string, index: number): string {
  const slug = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40);
  return slug === "" ? `option_${index + 1}` : `${slug}`;
}

/** Where the new question's problems are shown: its fields, not a path that does not exist yet. */
export function editorPathFor(path: string, definition: InstrumentDefinition): string {
  const match = /^sections\[(\d+)\]\.items\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!match) return path;
  const section = definition.sections[Number(match[1])];
  if (section && Number(match[2]) >= section.items.length) {
    const field = match[3] === "options" ? "options" : match[3] === "code" ? "code" : "text";
    return `new.${field}`;
  }
  return path;
}
