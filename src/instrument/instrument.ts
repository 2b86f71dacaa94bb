import { createHash } from "node:crypto";
import type {
  InstrumentDefinition,
  ItemDefinition,
  OptionDefinition,
} from "./instrument.schema.js";
import { optionCodesOf } from "./instrument.schema.js";

/** Pure helpers over an instrument definition. */
export function itemsOf(definition: InstrumentDefinition): ItemDefinition[] {
  return definition.sections.flatMap((s) => s.items);
}

export function isClosed(item: ItemDefinition): boolean {
  return item.type !== "open_text";
}

const YES_NO_LABELS: Record<string, string> = { yes: "Yes", no: "No", dont_know: "Don't know" };

/** Every stored answer option of a closed item, with its label and (Likert) score. */
export function optionsOf(item: ItemDefinition): (OptionDefinition & { score?: number })[] {
  switch (item.type) {
    case "yes_no":
      return (optionCodesOf(item) ?? []).map((code) => ({
        code,
        label: YES_NO_LABELS[code] ?? code,
      }));
    case "single_choice":
    case "multiple_choice":
      return item.options;
    case "likert": {
      const points = item.labels.map((label, i) => ({ code: String(i + 1), label, score: i + 1 }));
      return item.dont_know ? [...points, { code: "dont_know", label: "Don't know" }] : points;
    }
    default:
      return [];
  }
}

/** Key-sorted JSON, so the same definition written in another key order has one checksum. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

export function checksumOf(definition: InstrumentDefinition): string {
  return createHash("sha256").update(canonicalJson(definition)).digest("hex");
}
