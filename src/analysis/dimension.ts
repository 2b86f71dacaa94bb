import { SIZE_BANDS } from "../organisation/organisation.js";

/** The respondent attributes a report can be broken down by. */
export const DIMENSIONS = ["organisation", "sector", "size_band", "community", "group"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** How a dimension is named in sentences ("By size band"). */
export const DIMENSION_LABELS: Record<Dimension, string> = {
  organisation: "organisation",
  sector: "sector",
  size_band: "size band",
  community: "community",
  group: "group",
};

export function isDimension(value: string): value is Dimension {
  return (DIMENSIONS as readonly string[]).includes(value);
}

/** Natural order for size bands, alphabetical otherwise; respondents without a value last. */
export function compareGroupKeys(dimension: Dimension, a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (dimension === "size_band") {
    return (
      (SIZE_BANDS as readonly string[]).indexOf(a) - (SIZE_BANDS as readonly string[]).indexOf(b)
    );
  }
  return a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : 1);
}
