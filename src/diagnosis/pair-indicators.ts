import { type ScaleDefinition, scoreScale } from "../analysis/scales.js";
import { wilsonInterval } from "../analysis/wilson.js";
import { COMMUNITIES, type Community } from "../organisation/organisation.js";
import { detectIndicators, INDICATOR_CODES, type IndicatorCode } from "../text/indicators/index.js";
import { maskPersonalData } from "../text/mask.js";
import { type Gated, type Grouping, type Hidden, hidden, type Respondent } from "./groups.js";
import {
  CLOSED_INDICATOR_RULES,
  type ClosedIndicatorRule,
  OPEN_ITEM_ABOUT,
} from "./indicator-rules.js";

/**
 * The six relationship indicators per pair of communities: who answers (community) about
 * whom (about; null for the firm as a whole). Closed answers count through the rules of
 * indicator-rules.ts, written answers through the text engine. Each source gives the share
 * of respondents showing the sign with a Wilson interval; the combined share counts a
 * respondent once when any source shows the sign, out of those who answered any source.
 */
export interface OpenAnswer {
  readonly respondent: string;
  readonly item: string;
  readonly body: string;
}

export interface ShareFigures {
  readonly count: number;
  readonly n: number;
  readonly share: number;
  readonly low: number;
  readonly high: number;
}

export type SourceMeasure = {
  readonly from: "closed" | "open";
  /** The rule id for closed answers; "text" for written answers. */
  readonly rule: string;
  readonly reason: string;
} & Gated<ShareFigures>;

export interface PairIndicator {
  readonly about: Community | null;
  readonly indicator: IndicatorCode;
  readonly combined: Gated<ShareFigures>;
  readonly sources: readonly SourceMeasure[];
}

export type CommunityIndicators = { readonly community: Community | null } & (
  | { readonly suppressed: false; readonly pairs: readonly PairIndicator[] }
  | Hidden
);

const TEXT_REASON =
  "Written answers in which the text engine finds this sign; blame is placed by whom the text blames.";

type Tally = { answered: Set<string>; shown: Set<string> };

/** Whether a closed rule applies to this instrument, and if so the respondent's sign. */
function closedSign(
  rule: ClosedIndicatorRule,
  scales: ReadonlyMap<string, ScaleDefinition>,
  r: Respondent,
): boolean | null {
  const source = rule.source;
  if (source.kind === "scale") {
    const scale = scales.get(source.scale);
    const score = scale ? scoreScale(scale, r.numbers) : null;
    if (score === null || score === undefined || !scale) return null;
    const mid = (scale.points + 1) / 2;
    return source.side === "low" ? score < mid : score > mid;
  }
  if (source.kind === "likert") {
    const value = r.numbers.get(source.item);
    return value === undefined || value === null ? null : value >= 4;
  }
  const chosen = r.choices.get(source.item);
  if (!chosen || chosen.includes("dont_know")) return null;
  return chosen.some((c) => source.values.includes(c));
}

function openAbout(
  item: string,
  indicator: IndicatorCode,
  direction: readonly string[],
  own: Community | null,
): (Community | null)[] {
  if (indicator === "blame" && direction.length > 0) {
    return direction.map((d) =>
      d === "towards_employees" ? "employees" : d === "towards_security" ? "it_security" : own,
    );
  }
  return [OPEN_ITEM_ABOUT[item]?.about ?? null];
}

function share(tally: Tally, min: number): Gated<ShareFigures> {
  const n = tally.answered.size;
  if (n === 0) return hidden("no_answers", min);
  if (n < min) return hidden("too_few_answers", min);
  const count = tally.shown.size;
  const [low, high] = wilsonInterval(count, n) ?? [0, 1];
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { suppressed: false, count, n, share: r3(count / n), low: r3(low), high: r3(high) };
}

const keyOf = (about: Community | null, indicator: IndicatorCode) => `${about ?? ""}|${indicator}`;

function tallyGroup(
  members: readonly Respondent[],
  scales: ReadonlyMap<string, ScaleDefinition>,
  openBy: ReadonlyMap<string, readonly OpenAnswer[]>,
  rules: readonly ClosedIndicatorRule[],
): Map<string, Map<string, Tally>> {
  // pair key -> source (rule id, or "text") -> tally.
  const tallies = new Map<string, Map<string, Tally>>();
  const tally = (key: string, source: string): Tally => {
    const bySource = tallies.get(key) ?? new Map<string, Tally>();
    tallies.set(key, bySource);
    const t = bySource.get(source) ?? { answered: new Set<string>(), shown: new Set<string>() };
    bySource.set(source, t);
    return t;
  };
  const writers = new Set<string>();
  for (const r of members) {
    for (const rule of rules) {
      const sign = closedSign(rule, scales, r);
      if (sign === null) continue;
      const about = rule.about === "self" ? r.community : rule.about;
      const t = tally(keyOf(about, rule.indicator), rule.id);
      t.answered.add(r.id);
      if (sign) t.shown.add(r.id);
    }
    const written = openBy.get(r.id) ?? [];
    if (written.length > 0) writers.add(r.id);
    for (const answer of written) {
      const result = detectIndicators(maskPersonalData(answer.body));
      for (const indicator of result.indicators)
        for (const about of openAbout(answer.item, indicator, result.blame_direction, r.community))
          tally(keyOf(about, indicator), "text").shown.add(r.id);
    }
  }
  // Everyone in the group who wrote anything is the base of every written-answer share.
  for (const bySource of tallies.values()) {
    const text = bySource.get("text");
    if (text) for (const id of writers) text.answered.add(id);
  }
  return tallies;
}

function union(tallies: Iterable<Tally>): Tally {
  const out: Tally = { answered: new Set(), shown: new Set() };
  for (const t of tallies) {
    for (const id of t.answered) out.answered.add(id);
    for (const id of t.shown) out.shown.add(id);
  }
  return out;
}

export function pairIndicators(
  grouping: Grouping,
  scales: readonly ScaleDefinition[],
  openAnswers: readonly OpenAnswer[],
  items: ReadonlySet<string>,
): CommunityIndicators[] {
  const byCode = new Map(scales.map((s) => [s.code, s]));
  const rules = CLOSED_INDICATOR_RULES.filter((rule) =>
    rule.source.kind === "scale" ? byCode.has(rule.source.scale) : items.has(rule.source.item),
  );
  const openBy = new Map<string, OpenAnswer[]>();
  for (const a of openAnswers) openBy.set(a.respondent, [...(openBy.get(a.respondent) ?? []), a]);
  const order = [...COMMUNITIES, null];
  return grouping.groups.map((group): CommunityIndicators => {
    if (group.hiddenAs) return { community: group.community, ...group.hiddenAs };
    const tallies = tallyGroup(group.members, byCode, openBy, rules);
    const pairs: PairIndicator[] = [];
    for (const about of order) {
      for (const indicator of INDICATOR_CODES) {
        const bySource = tallies.get(keyOf(about, indicator));
        if (!bySource) continue;
        const sources: SourceMeasure[] = [];
        for (const rule of rules) {
          const t = bySource.get(rule.id);
          if (t)
            sources.push({
              from: "closed",
              rule: rule.id,
              reason: rule.reason,
              ...share(t, grouping.min),
            });
        }
        const text = bySource.get("text");
        if (text)
          sources.push({
            from: "open",
            rule: "text",
            reason: TEXT_REASON,
            ...share(text, grouping.min),
          });
        if (sources.length === 0) continue;
        const combined = share(union(bySource.values()), grouping.min);
        pairs.push({ about, indicator, combined, sources });
      }
    }
    return { community: group.community, suppressed: false, pairs };
  });
}
