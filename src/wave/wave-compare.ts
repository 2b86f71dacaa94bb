import type { Report } from "../analysis/report.js";
import type { ScaleDefinition } from "../analysis/scales.js";
import { isClosed, itemsOf, optionsOf } from "../instrument/instrument.js";
import type { InstrumentDefinition, ItemDefinition } from "../instrument/instrument.schema.js";
import { type ActionSummary, type EffectCode, effectCode } from "../plan/signal.js";
import type { CampaignIndicators } from "../text/campaign-indicators.js";
import { INDICATOR_CODES } from "../text/indicators/types.js";
import { INDICATOR_LABELS } from "../text/open-answer-list.js";
import { newcombeDifference } from "../worksystem/newcombe.js";
import { problemDirection } from "../worksystem/problem-direction.js";
import { changeSentence } from "./wave-text.js";
import { sampleOf, welchDifference } from "./welch.js";

/**
 * What changed between two waves of a campaign, figure by figure: per closed item the share
 * in the problem direction (or agreeing, for Likert items without one), per scale the mean,
 * per relationship sign its share of written answers. Each difference (later minus earlier)
 * has its 95% interval (Newcombe for shares, Welch for means); a change is called better or
 * worse only when its interval leaves zero out. A figure is shown only when the privacy gate
 * lets its group through in BOTH waves, and the item has at least the minimum of answers in
 * both. Actions are linked by their effect codes when they started before the later wave's
 * first answer; the wording never says they caused the change.
 */
export type Direction = "lower_is_better" | "higher_is_better";
export type Moved = "better" | "worse" | "no_clear_change" | "changed";

export interface WaveFigure {
  /** A percent (0-100) for shares, a mean on the scale's points for scales. */
  value: number;
  n: number;
}

export interface LinkedAction {
  id: string;
  title: string;
  intervention: string;
  status: ActionSummary["status"];
  startedOn: string;
}

export interface Change {
  kind: "item" | "scale" | "indicator";
  code: string;
  /** The question, scale or sign, in words. */
  label: string;
  /** What the figure counts: "deal with the IT security team a few times a year or never". */
  measure: string;
  unit: "percent" | "mean";
  community?: string | null;
  /** For a statement that is part of a scale: the scale's code. */
  scale?: string;
  suppressed: boolean;
  earlier: WaveFigure | null;
  later: WaveFigure | null;
  /** Later minus earlier: percentage points, or scale points. */
  difference: number | null;
  ci95: [number, number] | null;
  /** Null when nothing says which way is healthy (then a clear change is just "changed"). */
  direction: Direction | null;
  moved: Moved | null;
  effect: EffectCode;
  actions: LinkedAction[];
  /** One plain sentence with both figures, the difference and its interval. */
  sentence: string | null;
}

export interface WaveData {
  report: Report;
  /** Each respondent's score on each scale (never shown: only means, sds and counts are). */
  scaleScores: readonly { community: string | null; scale: string; score: number }[];
  /** The six signs: over everyone (one group, key null) and per community. */
  indicators?:
    | { overall: CampaignIndicators; byCommunity?: CampaignIndicators | undefined }
    | undefined;
  firstAnswer: string | null;
}

export interface CompareInput {
  definition: InstrumentDefinition;
  scales: readonly ScaleDefinition[];
  minGroupSize: number;
  earlier: WaveData;
  later: WaveData;
  actions: readonly ActionSummary[];
  byCommunity: boolean;
}

export interface CommunityChanges {
  community: string | null;
  suppressed: boolean;
  changes: Change[];
}

export interface ComparedWaves {
  changes: Change[];
  by_community?: CommunityChanges[];
}

interface Measure {
  item: ItemDefinition;
  scale?: string;
  answers: readonly string[];
  measure: string;
  direction: Direction | null;
}

/** Which share of an item to follow, and which way is healthy; undefined for items left out. */
export function itemMeasure(
  item: ItemDefinition,
  scales: readonly ScaleDefinition[],
): Measure | undefined {
  const problem = problemDirection(item.code);
  if (problem) {
    return {
      item,
      answers: problem.answers,
      measure: problem.meaning,
      direction: "lower_is_better",
    };
  }
  if (item.type !== "likert") return undefined;
  const middle = (item.points + 1) / 2;
  const answers = optionsOf(item)
    .filter((o) => o.score !== undefined && o.score > middle)
    .map((o) => o.code);
  const scale = scales.find((s) => s.items.includes(item.code));
  const agreeingIsGood = scale ? scale.higherIsBetter !== scale.reversed.includes(item.code) : null;
  return {
    item,
    ...(scale ? { scale: scale.code } : {}),
    answers,
    measure: `agree that "${item.text}"`,
    direction:
      agreeingIsGood === null ? null : agreeingIsGood ? "higher_is_better" : "lower_is_better",
  };
}

export function movedOf(
  difference: number,
  ci95: readonly [number, number],
  direction: Direction | null,
): Moved {
  if (ci95[0] <= 0 && ci95[1] >= 0) return "no_clear_change";
  if (direction === null) return "changed";
  const up = difference > 0;
  return up === (direction === "higher_is_better") ? "better" : "worse";
}

/** Actions that name this effect and had started before the later wave's first answer. */
export function linkActions(
  actions: readonly ActionSummary[],
  effect: EffectCode,
  laterFirstAnswer: string | null,
): LinkedAction[] {
  if (laterFirstAnswer === null) return [];
  return actions
    .filter(
      (a) => a.startedOn !== null && a.startedOn < laterFirstAnswer && a.effects.includes(effect),
    )
    .sort((a, b) => (a.startedOn as string).localeCompare(b.startedOn as string))
    .map((a) => ({
      id: a.id,
      title: a.title,
      intervention: a.intervention,
      status: a.status,
      startedOn: a.startedOn as string,
    }));
}

type Row = Omit<Change, "effect" | "actions" | "sentence" | "moved" | "suppressed">;

function finish(row: Row, input: CompareInput): Change {
  const effect = effectCode(row.kind, row.code);
  const actions = linkActions(input.actions, effect, input.later.firstAnswer);
  const shown = row.earlier !== null && row.later !== null && row.difference !== null;
  const moved =
    shown && row.ci95 !== null ? movedOf(row.difference as number, row.ci95, row.direction) : null;
  const change: Change = {
    ...row,
    suppressed: !shown,
    moved,
    effect,
    actions,
    sentence: null,
  };
  change.sentence = shown ? changeSentence(change) : null;
  return change;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

function itemChanges(
  input: CompareInput,
  earlier: Report["items"],
  later: Report["items"],
  community: string | null | undefined,
): Change[] {
  const min = input.minGroupSize;
  const changes: Change[] = [];
  for (const item of itemsOf(input.definition).filter(isClosed)) {
    const measure = itemMeasure(item, input.scales);
    if (!measure) continue;
    const share = (items: Report["items"]) => {
      const figures = items.find((i) => i.code === item.code);
      if (!figures || figures.n === null || figures.n < min) return undefined;
      const x = figures.answers
        .filter((a) => measure.answers.includes(a.value))
        .reduce((sum, a) => sum + a.count, 0);
      return { x, n: figures.n };
    };
    // A question nobody answered in either wave (not asked, or left out of a file) is no news.
    const unanswered = (items: Report["items"]) => items.find((i) => i.code === item.code)?.n === 0;
    if (unanswered(earlier) && unanswered(later)) continue;
    const a = share(earlier);
    const b = share(later);
    const diff = a && b ? newcombeDifference(b, a) : undefined;
    changes.push(
      finish(
        {
          kind: "item",
          code: item.code,
          label: item.text,
          measure: measure.measure,
          ...(measure.scale ? { scale: measure.scale } : {}),
          unit: "percent",
          ...(community !== undefined ? { community } : {}),
          earlier: a && diff ? { value: round1((100 * a.x) / a.n), n: a.n } : null,
          later: b && diff ? { value: round1((100 * b.x) / b.n), n: b.n } : null,
          difference: diff ? round1(diff.difference * 100) : null,
          ci95: diff ? [round1(diff.ci95[0] * 100), round1(diff.ci95[1] * 100)] : null,
          direction: measure.direction,
        },
        input,
      ),
    );
  }
  return changes;
}

function scaleChanges(
  input: CompareInput,
  community: string | null | undefined,
  groupShown: boolean,
): Change[] {
  return input.scales.map((scale) => {
    const scores = (wave: WaveData) =>
      sampleOf(
        wave.scaleScores
          .filter(
            (s) => s.scale === scale.code && (community === undefined || s.community === community),
          )
          .map((s) => s.score),
      );
    const a = scores(input.earlier);
    const b = scores(input.later);
    const visible = groupShown && a.n >= input.minGroupSize && b.n >= input.minGroupSize;
    const diff = visible ? welchDifference(b, a) : undefined;
    return finish(
      {
        kind: "scale",
        code: scale.code,
        label: scale.label,
        measure: `mean score, 1 to ${scale.points}`,
        unit: "mean",
        ...(community !== undefined ? { community } : {}),
        earlier: diff ? { value: round2(a.mean), n: a.n } : null,
        later: diff ? { value: round2(b.mean), n: b.n } : null,
        difference: diff ? round2(diff.difference) : null,
        ci95: diff ? [round2(diff.ci95[0]), round2(diff.ci95[1])] : null,
        direction: scale.higherIsBetter ? "higher_is_better" : "lower_is_better",
      },
      input,
    );
  });
}

/** The six signs, as shares of written answers; both waves' gates apply. */
function indicatorChanges(input: CompareInput, community: string | null | undefined): Change[] {
  const groupOf = (wave: WaveData) =>
    community === undefined
      ? wave.indicators?.overall.by_community[0]
      : wave.indicators?.byCommunity?.by_community.find((g) => g.group === community);
  const a = groupOf(input.earlier);
  const b = groupOf(input.later);
  if (!a || !b) return [];
  return INDICATOR_CODES.map((code) => {
    const count = (g: typeof a) =>
      g.suppressed
        ? undefined
        : { x: g.indicators.find((i) => i.indicator === code)?.count ?? 0, n: g.answers };
    const x = count(a);
    const y = count(b);
    const diff = x && y ? newcombeDifference(y, x) : undefined;
    return finish(
      {
        kind: "indicator",
        code,
        label: INDICATOR_LABELS[code],
        measure: `written answers showing ${INDICATOR_LABELS[code].toLowerCase()}`,
        unit: "percent",
        ...(community !== undefined ? { community } : {}),
        earlier: x && diff ? { value: round1((100 * x.x) / x.n), n: x.n } : null,
        later: y && diff ? { value: round1((100 * y.x) / y.n), n: y.n } : null,
        difference: diff ? round1(diff.difference * 100) : null,
        ci95: diff ? [round1(diff.ci95[0] * 100), round1(diff.ci95[1] * 100)] : null,
        direction: "lower_is_better",
      },
      input,
    );
  });
}

/** Shown by the report's gate, and large enough for the stricter minimum of the two waves. */
function communityShown(report: Report, community: string | null, min: number): boolean {
  const group = report.breakdowns.community?.find((g) => g.group === community);
  return group !== undefined && !group.suppressed && group.n >= min;
}

export function compareWaveData(input: CompareInput): ComparedWaves {
  const min = input.minGroupSize;
  const visible = (r: Report) => r.respondents >= min && r.items.every((i) => i.n !== null);
  const totalShown = visible(input.earlier.report) && visible(input.later.report);
  const items = (r: Report) => (totalShown ? r.items : []);
  const changes = [
    ...itemChanges(input, items(input.earlier.report), items(input.later.report), undefined),
    ...scaleChanges(input, undefined, totalShown),
    ...indicatorChanges(input, undefined),
  ];
  if (!input.byCommunity) return { changes };
  const communities = new Set<string | null>();
  for (const wave of [input.earlier, input.later])
    for (const g of wave.report.breakdowns.community ?? []) communities.add(g.group);
  const byCommunity = [...communities].map((community): CommunityChanges => {
    const shown =
      totalShown &&
      communityShown(input.earlier.report, community, min) &&
      communityShown(input.later.report, community, min);
    if (!shown) return { community, suppressed: true, changes: [] };
    const itemsOf = (report: Report) => {
      const group = report.breakdowns.community?.find((g) => g.group === community);
      return group && !group.suppressed ? group.items : [];
    };
    return {
      community,
      suppressed: false,
      changes: [
        ...itemChanges(
          input,
          itemsOf(input.earlier.report),
          itemsOf(input.later.report),
          community,
        ),
        ...scaleChanges(input, community, true),
        ...indicatorChanges(input, community),
      ],
    };
  });
  return { changes, by_community: byCommunity };
}
