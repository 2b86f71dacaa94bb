import type { Queryable } from "../db/database.js";
import type { Baseline, BaselineFigure } from "./baseline.js";

/** The SQL of a workspace's own baselines, and the answer counts they are compared with. */

interface BaselineRow {
  id: string;
  name: string;
  name_key: string;
  source: string;
  year: number;
  n: number;
  country: string;
  description: string;
}

export async function findBaselineKey(
  db: Queryable,
  workspaceId: string,
  key: string,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    "SELECT id FROM baseline WHERE workspace_id = $1 AND name_key = $2",
    [workspaceId, key],
  );
  return rows.length > 0;
}

export async function insertBaseline(
  db: Queryable,
  workspaceId: string,
  key: string,
  baseline: Baseline,
): Promise<void> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO baseline (workspace_id, name, name_key, source, year, n, country, description)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      workspaceId,
      baseline.name,
      key,
      baseline.source,
      baseline.year,
      baseline.n,
      baseline.country,
      baseline.description,
    ],
  );
  if (!row) throw new Error("insertBaseline returned no row");
  // Answer lists travel as JSON because a parameter cannot be an array of arrays.
  await db.query(
    `INSERT INTO baseline_figure (workspace_id, baseline_id, position, item_code, answers, share, n, label, note)
     SELECT $1, $2, t.ord - 1, t.f->>'item', ARRAY(SELECT jsonb_array_elements_text(t.f->'answers')),
            (t.f->>'share')::double precision, (t.f->>'n')::int, t.f->>'label', t.f->>'note'
     FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS t(f, ord)`,
    [workspaceId, row.id, JSON.stringify(baseline.figures)],
  );
}

export async function listBaselineRows(db: Queryable, workspaceId: string): Promise<Baseline[]> {
  const rows = await db.query<BaselineRow>(
    `SELECT id, name, name_key, source, year, n, country, description FROM baseline
     WHERE workspace_id = $1 ORDER BY name_key`,
    [workspaceId],
  );
  if (rows.length === 0) return [];
  const figures = await db.query<BaselineFigure & { baseline_id: string }>(
    `SELECT baseline_id, item_code AS item, answers, share, n, label, note FROM baseline_figure
     WHERE workspace_id = $1 AND baseline_id = ANY($2::uuid[]) ORDER BY baseline_id, position`,
    [workspaceId, rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    name: r.name,
    source: r.source,
    year: r.year,
    n: r.n,
    country: r.country,
    description: r.description,
    builtin: false,
    figures: figures.filter((f) => f.baseline_id === r.id).map(({ baseline_id: _, ...f }) => f),
  }));
}

export interface PopulationFilter {
  organisationId?: string | undefined;
  sector?: string | undefined;
  sizeBand?: string | undefined;
}

export interface PopulationCounts {
  organisations: number;
  respondents: number;
  /** The largest minimum group size among the campaigns counted: the strictest one holds. */
  min_group_size: number | null;
  cells: { item_code: string; value: string; count: number }[];
}

// Each organisation's latest wave of each questionnaire that has answers, so a firm surveyed
// twice is not counted twice.
const CHOSEN = `SELECT c.id, c.organisation_id, c.min_group_size
  FROM campaign c
  JOIN organisation o ON o.id = c.organisation_id
  JOIN instrument_version v ON v.id = c.instrument_version_id
  WHERE c.workspace_id = $1
    AND ($2::uuid IS NULL OR o.id = $2) AND ($3::text IS NULL OR o.sector = $3)
    AND ($4::text IS NULL OR o.size_band = $4)
    AND NOT EXISTS (
      SELECT 1 FROM campaign l JOIN instrument_version lv ON lv.id = l.instrument_version_id
      WHERE l.workspace_id = $1 AND l.organisation_id = c.organisation_id
        AND lv.instrument_id = v.instrument_id AND l.wave > c.wave
        AND EXISTS (SELECT 1 FROM response r WHERE r.campaign_id = l.id))`;

export async function countPopulation(
  db: Queryable,
  workspaceId: string,
  filter: PopulationFilter,
): Promise<PopulationCounts> {
  const params = [
    workspaceId,
    filter.organisationId ?? null,
    filter.sector ?? null,
    filter.sizeBand ?? null,
  ];
  const [summary] = await db.query<{
    organisations: number;
    respondents: number;
    min_group_size: number | null;
  }>(
    `WITH chosen AS (${CHOSEN})
     SELECT count(DISTINCT ch.organisation_id)::int AS organisations,
            (SELECT count(*)::int FROM response r WHERE r.workspace_id = $1 AND r.campaign_id IN (SELECT id FROM chosen)) AS respondents,
            max(ch.min_group_size)::int AS min_group_size
     FROM chosen ch
     WHERE EXISTS (SELECT 1 FROM response r WHERE r.campaign_id = ch.id)`,
    params,
  );
  const cells = await db.query<{ item_code: string; value: string; count: number }>(
    `WITH chosen AS (${CHOSEN})
     SELECT a.item_code, a.choice AS value, count(*)::int AS count FROM answer a
     WHERE a.workspace_id = $1 AND a.campaign_id IN (SELECT id FROM chosen) AND a.choice IS NOT NULL
     GROUP BY a.item_code, a.choice`,
    params,
  );
  return {
    organisations: summary?.organisations ?? 0,
    respondents: summary?.respondents ?? 0,
    min_group_size: summary?.min_group_size ?? null,
    cells,
  };
}
