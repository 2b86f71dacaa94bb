import type { ErrorDetail } from "../errors.js";
import type { ItemDefinition } from "../instrument/instrument.schema.js";

/**
 * What each column of a response file means. Besides item codes, a file may carry the
 * respondent's attributes used in breakdowns; only organisation is required.
 */
export const ATTRIBUTE_COLUMNS = [
  "respondent_id",
  "organisation",
  "sector",
  "size_band",
  "community",
  "group",
] as const;
export type AttributeColumn = (typeof ATTRIBUTE_COLUMNS)[number];

const ALIASES: Record<string, AttributeColumn> = {
  organization: "organisation",
  org: "organisation",
};

export interface ColumnPlan {
  attributes: Partial<Record<AttributeColumn, number>>;
  items: { index: number; item: ItemDefinition }[];
  width: number;
}

/**
 * Maps the header to attributes and items. Problems are returned beside the plan, so the rows
 * can still be checked and a person sees all that is wrong in one go.
 */
export function planColumns(
  header: string[],
  items: readonly ItemDefinition[],
): { plan: ColumnPlan; errors: ErrorDetail[]; usable: boolean } {
  const errors: ErrorDetail[] = [];
  const byCode = new Map(items.map((item) => [item.code, item]));
  const plan: ColumnPlan = { attributes: {}, items: [], width: header.length };
  const seen = new Map<string, number>();
  header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    const column = `column ${index + 1}`;
    if (name === "") {
      errors.push({
        line: 1,
        column,
        message: `Column ${index + 1} has no name. Give it an item code or remove it.`,
      });
      return;
    }
    const canonical = ALIASES[name] ?? name;
    const before = seen.get(canonical);
    if (before !== undefined) {
      errors.push({
        line: 1,
        column: raw,
        message: `The column "${raw}" appears twice (columns ${before + 1} and ${index + 1}). Keep one of them.`,
      });
      return;
    }
    seen.set(canonical, index);
    if ((ATTRIBUTE_COLUMNS as readonly string[]).includes(canonical)) {
      plan.attributes[canonical as AttributeColumn] = index;
      return;
    }
    const item = byCode.get(canonical);
    if (item) {
      plan.items.push({ index, item });
      return;
    }
    errors.push({
      line: 1,
      column: raw,
      message: `Unknown column "${raw.slice(0, 60)}". Use ${ATTRIBUTE_COLUMNS.join(", ")} or an item code of this instrument: ${items.map((i) => i.code).join(", ")}.`,
    });
  });
  if (plan.attributes.organisation === undefined) {
    // First, since it is the one problem that stops every row from being read.
    errors.unshift({
      line: 1,
      column: "organisation",
      message:
        "The column organisation is missing: add it with the name of each respondent's organisation.",
    });
  }
  if (plan.items.length === 0 && errors.length === 0) {
    errors.push({
      line: 1,
      message:
        "There are no answer columns. Name them with the instrument's item codes, for example aware_controls.",
    });
  }
  return {
    plan,
    errors,
    usable: plan.attributes.organisation !== undefined && plan.items.length > 0,
  };
}
