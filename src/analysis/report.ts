import { isClosed, itemsOf, optionsOf } from "../instrument/instrument.js";
import type { InstrumentDefinition, ItemDefinition } from "../instrument/instrument.schema.js";
import { describeCounts, round1 } from "./describe.js";
import { compareGroupKeys, type Dimension } from "./dimension.js";
import { effectiveMinimum, gateGroups, totalVisible } from "./privacy-gate.js";
import type { CellRow, SizeRow } from "./report.repository.js";
import { wilsonInterval } from "./wilson.js";

/**
 * Turns the database's aggregates into the report: per item the answers with counts, percents
 * and 95% Wilson intervals, overall and per group. Only groups the privacy gate lets through
 * get figures; a hidden group carries no number at all, not even its size.
 */
export interface AnswerFigure {
  value: string;
  count: number;
  percent: number | null;
  ci95: [number, number] | null;
}

export interface ItemFigures {
  code: string;
  n: number;
  answers: AnswerFigure[];
  mean?: number | null;
  sd?: number | null;
  median?: number | null;
}

export interface HiddenItem {
  code: string;
  n: null;
  suppressed: true;
}

export interface ShownGroup {
  group: string | null;
  n: number;
  suppressed: false;
  items: ItemFigures[];
}

export interface HiddenGroup {
  group: string | null;
  n: null;
  suppressed: true;
}

export interface Report {
  study?: string;
  /** The campaign's id and name, for a campaign report. */
  campaign?: string;
  name?: string;
  respondents: number;
  min_group_size: number;
  items: (ItemFigures | HiddenItem)[];
  breakdowns: Partial<Record<Dimension, (ShownGroup | HiddenGroup)[]>>;
}

/** Open questions: how many wrote an answer. Their texts are shown only through the gate. */
export type OpenTextCounts = { code: string; n: number | null }[];

export interface ReportInput {
  scope: { study: string } | { campaign: string; name: string };
  definition: InstrumentDefinition;
  dimensions: readonly Dimension[];
  minGroupSize: number;
  sizes: readonly SizeRow[];
  cells: readonly CellRow[];
}

type Tally = Map<string, Map<string, { count: number; firsts: number }>>;

const TOTAL = "\u0000total";

function slot(dimension: Dimension | undefined, key: string | null): string {
  return dimension === undefined ? TOTAL : `${dimension}\u0000${key ?? "\u0000null"}`;
}

export function buildReport(input: ReportInput): Report {
  const min = effectiveMinimum(input.minGroupSize);
  const closed = itemsOf(input.definition).filter(isClosed);
  const tallies = new Map<string, Tally>();
  for (const cell of input.cells) {
    const id = slot(cell.dimension, cell.key);
    let tally = tallies.get(id);
    if (!tally) {
      tally = new Map();
      tallies.set(id, tally);
    }
    let values = tally.get(cell.item_code);
    if (!values) {
      values = new Map();
      tally.set(cell.item_code, values);
    }
    values.set(cell.value, { count: cell.count, firsts: cell.firsts });
  }
  const total = input.sizes.find((s) => s.dimension === undefined)?.n ?? 0;
  const visible = totalVisible(total, min);
  const figuresFor = (id: string) =>
    closed.map((item) => itemFigures(item, tallies.get(id)?.get(item.code)));

  const breakdowns: Report["breakdowns"] = {};
  for (const dimension of input.dimensions) {
    const groups = input.sizes
      .filter((s) => s.dimension === dimension)
      .map((s) => ({ key: s.key, n: s.n }));
    const decisions = visible
      ? gateGroups(groups, min)
      : groups.map((g) => ({ ...g, suppressed: true }));
    breakdowns[dimension] = decisions
      .sort((a, b) => compareGroupKeys(dimension, a.key, b.key))
      .map((d): ShownGroup | HiddenGroup =>
        d.suppressed
          ? { group: d.key, n: null, suppressed: true }
          : { group: d.key, n: d.n, suppressed: false, items: figuresFor(slot(dimension, d.key)) },
      );
  }

  return {
    ...("study" in input.scope
      ? { study: input.scope.study }
      : { campaign: input.scope.campaign, name: input.scope.name }),
    respondents: total,
    min_group_size: min,
    items: visible
      ? figuresFor(TOTAL)
      : closed.map((item): HiddenItem => ({ code: item.code, n: null, suppressed: true })),
    breakdowns,
  };
}

/** How many wrote an answer to each open question; hidden when the whole population is. */
export function openTextCounts(
  definition: InstrumentDefinition,
  counts: readonly { item_code: string; n: number }[],
  respondents: number,
  minGroupSize: number,
): OpenTextCounts {
  const byCode = new Map(counts.map((o) => [o.item_code, o.n]));
  const visible = totalVisible(respondents, effectiveMinimum(minGroupSize));
  return itemsOf(definition)
    .filter((i) => !isClosed(i))
    .map((item) => ({ code: item.code, n: visible ? (byCode.get(item.code) ?? 0) : null }));
}

function itemFigures(
  item: ItemDefinition,
  values: Map<string, { count: number; firsts: number }> | undefined,
): ItemFigures {
  const n = values ? [...values.values()].reduce((sum, v) => sum + v.firsts, 0) : 0;
  if (item.type === "number") {
    const pairs = values
      ? [...values].map(([value, v]) => ({ value: Number(value), count: v.count }))
      : [];
    const d = describeCounts(pairs);
    return {
      code: item.code,
      n,
      answers: [],
      mean: round2(d.mean),
      sd: round2(d.sd),
      median: round2(d.median),
    };
  }
  const answers = optionsOf(item).map((option): AnswerFigure => {
    const count = values?.get(option.code)?.count ?? 0;
    const interval = wilsonInterval(count, n);
    return {
      value: option.code,
      count,
      // 1000 * count / n is exact for ties like 18.75 %, so they round up as people expect.
      percent: n > 0 ? Math.round((1000 * count) / n) / 10 : null,
      ci95: interval ? [round1(interval[0] * 100), round1(interval[1] * 100)] : null,
    };
  });
  const figures: ItemFigures = { code: item.code, n, answers };
  if (item.type === "likert") {
    const scored = optionsOf(item).filter((o) => o.score !== undefined);
    const d = describeCounts(
      scored.map((o) => ({ value: o.score ?? 0, count: values?.get(o.code)?.count ?? 0 })),
    );
    figures.mean = round2(d.mean);
    figures.sd = round2(d.sd);
  }
  return figures;
}

function round2(x: number | undefined): number | null {
  return x === undefined ? null : Math.round(x * 100) / 100;
}
