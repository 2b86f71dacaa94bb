import type { Queryable } from "../db/database.js";
import type { Dimension } from "./dimension.js";

/**
 * The two aggregate queries behind every report. Each is a single pass over the answers with
 * GROUPING SETS, so the total and every breakdown come from one scan in the database.
 * GROUPING() tells which set a row belongs to, so a missing attribute (NULL as a value) is
 * never confused with a rolled-up row.
 */
const COLUMN: Record<Dimension, string> = {
  organisation: "o.name",
  sector: "o.sector",
  size_band: "o.size_band",
  community: "r.community",
  group: "g.name",
};

export interface SizeRow {
  /** Undefined for the total. */
  dimension: Dimension | undefined;
  key: string | null;
  n: number;
}

export interface CellRow {
  dimension: Dimension | undefined;
  key: string | null;
  item_code: string;
  value: string;
  count: number;
  /** Rows that are a respondent's first value for the item: their sum is the item's n. */
  firsts: number;
}

interface RawRow {
  g: number;
  [key: `k${number}`]: string | null;
}

const FROM_RESPONSES = `FROM response r
  JOIN campaign c ON c.id = r.campaign_id
  JOIN organisation o ON o.id = c.organisation_id
  LEFT JOIN org_group g ON g.id = r.group_id`;

function keyColumns(dimensions: readonly Dimension[]): string {
  return dimensions.map((d, i) => `${COLUMN[d]} AS k${i}`).join(", ");
}

// GROUPING() may only name columns that appear in some grouping set, so it lists just the
// requested dimensions; a bit set to 1 means "not grouped by this one".
function grouping(dimensions: readonly Dimension[]): string {
  return dimensions.length === 0
    ? "0 AS g"
    : `GROUPING(${dimensions.map((d) => COLUMN[d]).join(", ")})::int AS g`;
}

function groupingSets(dimensions: readonly Dimension[], suffix: string): string {
  const sets = [
    `(${suffix})`,
    ...dimensions.map((d) => `(${COLUMN[d]}${suffix ? `, ${suffix}` : ""})`),
  ];
  return `GROUPING SETS (${sets.join(", ")})`;
}

/** Which dimension a GROUPING() mask names: the one column that was grouped. */
function decode(
  row: RawRow,
  dimensions: readonly Dimension[],
): { dimension: Dimension | undefined; key: string | null } {
  const count = dimensions.length;
  if (count === 0 || row.g === (1 << count) - 1) return { dimension: undefined, key: null };
  const index = dimensions.findIndex((_, i) => (row.g & (1 << (count - 1 - i))) === 0);
  return { dimension: dimensions[index], key: row[`k${index}`] ?? null };
}

export async function countRespondents(
  db: Queryable,
  workspaceId: string,
  campaignIds: readonly string[],
  dimensions: readonly Dimension[],
): Promise<SizeRow[]> {
  const rows = await db.query<RawRow & { n: number }>(
    `SELECT ${[grouping(dimensions), keyColumns(dimensions), "count(*)::int AS n"].filter(Boolean).join(", ")}
     ${FROM_RESPONSES}
     WHERE r.workspace_id = $1 AND r.campaign_id = ANY($2::uuid[])
     GROUP BY ${groupingSets(dimensions, "")}`,
    [workspaceId, campaignIds],
  );
  return rows.map((row) => ({ ...decode(row, dimensions), n: row.n }));
}

// Every answered value as a row: single values as they are, multiple choice expanded with
// unnest. `first` marks a respondent's first value for the item, so respondents are counted
// once per item without a costly count(DISTINCT). Two branches beat one LEFT JOIN LATERAL:
// most answers are single values and skip the set-returning function entirely.
const VALUES = `(
    SELECT a.response_id, a.item_code, coalesce(a.choice, a.number::text) AS value, true AS first
    FROM answer a WHERE a.workspace_id = $1 AND a.campaign_id = ANY($2::uuid[]) AND a.choices IS NULL
    UNION ALL
    SELECT a.response_id, a.item_code, m.value, m.ord = 1
    FROM answer a CROSS JOIN LATERAL unnest(a.choices) WITH ORDINALITY AS m(value, ord)
    WHERE a.workspace_id = $1 AND a.campaign_id = ANY($2::uuid[]) AND a.choices IS NOT NULL
  ) v`;

export async function countAnswers(
  db: Queryable,
  workspaceId: string,
  campaignIds: readonly string[],
  dimensions: readonly Dimension[],
): Promise<CellRow[]> {
  const counts = "count(*)::int AS count, count(*) FILTER (WHERE v.first)::int AS firsts";
  if (dimensions.length === 0) {
    const rows = await db.query<Omit<CellRow, "dimension" | "key">>(
      `SELECT v.item_code, v.value, ${counts} FROM ${VALUES} GROUP BY v.item_code, v.value`,
      [workspaceId, campaignIds],
    );
    return rows.map((r) => ({ ...r, dimension: undefined, key: null }));
  }
  const rows = await db.query<RawRow & Omit<CellRow, "dimension" | "key">>(
    `SELECT ${grouping(dimensions)}, ${keyColumns(dimensions)}, v.item_code, v.value, ${counts}
     FROM ${VALUES}
     JOIN response r ON r.id = v.response_id
     JOIN campaign c ON c.id = r.campaign_id
     JOIN organisation o ON o.id = c.organisation_id
     LEFT JOIN org_group g ON g.id = r.group_id
     GROUP BY ${groupingSets(dimensions, "v.item_code, v.value")}`,
    [workspaceId, campaignIds],
  );
  return rows.map((row) => ({
    ...decode(row, dimensions),
    item_code: row.item_code,
    value: row.value,
    count: row.count,
    firsts: row.firsts,
  }));
}

/** How many open answers each open item has in total (never the texts: those go through the gate elsewhere). */
export async function countOpenAnswers(
  db: Queryable,
  workspaceId: string,
  campaignIds: readonly string[],
): Promise<{ item_code: string; n: number }[]> {
  return db.query<{ item_code: string; n: number }>(
    `SELECT item_code, count(*)::int AS n FROM open_answer
     WHERE workspace_id = $1 AND campaign_id = ANY($2::uuid[]) GROUP BY item_code`,
    [workspaceId, campaignIds],
  );
}
