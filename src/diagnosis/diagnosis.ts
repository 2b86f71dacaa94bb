import { cronbachAlpha } from "../analysis/cronbach-alpha.js";
import { type ScaleDefinition, scaleMatrix, scalesOf } from "../analysis/scales.js";
import { itemsOf, optionsOf } from "../instrument/instrument.js";
import type { InstrumentDefinition } from "../instrument/instrument.schema.js";
import type { Community } from "../organisation/organisation.js";
import {
  type Gated,
  type Grouping,
  groupRespondents,
  hidden,
  privacySentence,
  type Respondent,
  round2,
  scoresOf,
} from "./groups.js";
import { type LifeMatrix, lifeMatrix } from "./life-matrix.js";
import { meanInterval } from "./mean-interval.js";
import { type CommunityIndicators, type OpenAnswer, pairIndicators } from "./pair-indicators.js";
import { type Readings, readingsOf } from "./readings.js";
import {
  type WorkaroundRegister,
  type WorkSystemWorkarounds,
  workaroundRegister,
} from "./workaround-register.js";

/**
 * The relationship diagnosis of one campaign (paper 004: diagnose first, then intervene):
 * scale scores per community with intervals and reliability, the life-position matrix, the
 * error and blame climates, the six indicators per pair of communities, and the workaround
 * register. Pure: the service reads the answers, this decides what may be shown and computes.
 * Every figure passes the privacy gate; a hidden figure says so and carries no number.
 */
export type { Respondent } from "./groups.js";
export type { OpenAnswer } from "./pair-indicators.js";
export type { WorkSystemWorkarounds } from "./workaround-register.js";

export interface ScaleFigures {
  readonly n: number;
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
  /** Cronbach's alpha over the respondents who answered every item (alpha_n of them). */
  readonly alpha: number | null;
  readonly alpha_n: number;
  readonly reading: string;
}

export type ScaleCell = { readonly community: Community | "all" | null } & Gated<ScaleFigures>;

export interface ScaleResult {
  readonly code: string;
  readonly label: string;
  readonly points: number;
  readonly higher_is_better: boolean;
  readonly items: readonly string[];
  readonly reversed: readonly string[];
  /** "all" first, then each community (and "not given" when some did not say). */
  readonly cells: readonly ScaleCell[];
}

export interface DiagnosisInput {
  readonly campaign: { id: string; name: string; organisation: string; wave: number };
  readonly instrument: InstrumentDefinition;
  readonly minGroupSize: number;
  readonly respondents: readonly Respondent[];
  readonly openAnswers: readonly OpenAnswer[];
  readonly workSystems: readonly WorkSystemWorkarounds[];
}

export interface Diagnosis {
  readonly campaign: DiagnosisInput["campaign"] & { instrument: string };
  readonly min_group_size: number;
  readonly respondents: number;
  readonly privacy: string;
  readonly communities: readonly ({ community: Community | null } & Gated<{ n: number }>)[];
  readonly scales: readonly ScaleResult[];
  readonly life_positions: LifeMatrix | null;
  readonly climates: {
    readonly error: readonly ScaleResult[];
    readonly blame: readonly ScaleResult[];
    readonly friction: readonly ScaleResult[];
  };
  readonly indicators: readonly CommunityIndicators[];
  readonly workarounds: WorkaroundRegister;
  /** What stands out in each part, in plain words. */
  readonly readings: Readings;
}

/**
 * Where a mean sits on an agreement scale, in words, and whether that is good news. It leans
 * one way only when the whole 95% interval is on that side of the midpoint.
 */
export function scaleReading(
  scale: ScaleDefinition,
  estimate: { mean: number; low: number | null; high: number | null },
): string {
  const mid = (scale.points + 1) / 2;
  const { mean, low, high } = estimate;
  const lean =
    low !== null && low > mid ? "agree" : high !== null && high < mid ? "disagree" : "middle";
  const label = scale.label.charAt(0).toLowerCase() + scale.label.slice(1);
  if (lean === "middle")
    return `Answers are split or in the middle on whether ${label} (${mean.toFixed(1)} of ${scale.points}).`;
  const good = (lean === "agree") === scale.higherIsBetter;
  return `On the whole people ${lean} that ${label} (${mean.toFixed(1)} of ${scale.points}): ${good ? "a strength to keep" : "worth working on"}.`;
}

function figures(
  scale: ScaleDefinition,
  members: readonly Respondent[],
  min: number,
): Gated<ScaleFigures> {
  const estimate = meanInterval(scoresOf(scale, members));
  if (!estimate) return hidden("no_answers", min);
  if (estimate.n < min) return hidden("too_few_answers", min);
  const matrix = scaleMatrix(
    scale,
    members.map((m) => m.numbers),
  );
  const alpha = cronbachAlpha(matrix);
  return {
    suppressed: false,
    n: estimate.n,
    mean: round2(estimate.mean),
    low: estimate.low === null ? null : round2(estimate.low),
    high: estimate.high === null ? null : round2(estimate.high),
    alpha: alpha === undefined ? null : Math.round(alpha * 1000) / 1000,
    alpha_n: matrix.length,
    reading: scaleReading(scale, estimate),
  };
}

function scaleResult(
  scale: ScaleDefinition,
  grouping: Grouping,
  all: readonly Respondent[],
): ScaleResult {
  const total: ScaleCell = grouping.totalShown
    ? { community: "all", ...figures(scale, all, grouping.min) }
    : {
        community: "all",
        ...hidden(all.length === 0 ? "no_answers" : "below_minimum", grouping.min),
      };
  return {
    code: scale.code,
    label: scale.label,
    points: scale.points,
    higher_is_better: scale.higherIsBetter,
    items: scale.items,
    reversed: scale.reversed,
    cells: [
      total,
      ...grouping.groups.map(
        (g): ScaleCell =>
          g.hiddenAs
            ? { community: g.community, ...g.hiddenAs }
            : { community: g.community, ...figures(scale, g.members, grouping.min) },
      ),
    ],
  };
}

export function diagnose(input: DiagnosisInput): Diagnosis {
  const grouping = groupRespondents(input.respondents, input.minGroupSize);
  const scales = scalesOf(input.instrument);
  const results = scales.map((s) => scaleResult(s, grouping, input.respondents));
  const family = (test: (code: string) => boolean) => results.filter((r) => test(r.code));
  const all = itemsOf(input.instrument);
  const items = new Set(all.map((i) => i.code));
  const seen = all.find((i) => i.code === "workarounds_seen");
  const labels = new Map(seen ? optionsOf(seen).map((o) => [o.code, o.label]) : []);
  const matrix = lifeMatrix(grouping, scales);
  const indicators = pairIndicators(grouping, scales, input.openAnswers, items);
  const workarounds = workaroundRegister(
    grouping,
    input.respondents,
    input.openAnswers,
    input.workSystems,
    labels,
  );
  return {
    campaign: { ...input.campaign, instrument: input.instrument.code },
    min_group_size: grouping.min,
    respondents: grouping.total,
    privacy: privacySentence(grouping.min),
    communities: grouping.groups.map((g) =>
      g.hiddenAs
        ? { community: g.community, ...g.hiddenAs }
        : { community: g.community, suppressed: false, n: g.members.length },
    ),
    scales: results,
    life_positions: matrix,
    climates: {
      error: family((c) => c.startsWith("error_")),
      blame: family((c) => c.startsWith("blame_")),
      friction: family((c) => c === "friction" || c === "involvement"),
    },
    indicators,
    workarounds,
    readings: readingsOf(matrix, indicators, workarounds),
  };
}
