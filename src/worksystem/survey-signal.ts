import { effectiveMinimum } from "../analysis/privacy-gate.js";
import type { ItemFigures } from "../analysis/report.js";
import { wilsonInterval } from "../analysis/wilson.js";
import type { Community } from "../organisation/organisation.js";
import { newcombeDifference } from "./newcombe.js";
import { problemDirection } from "./problem-direction.js";

/**
 * Survey-based signals for guidelines: from an item's answer counts (already through the
 * privacy gate) to the share answering in the problem direction with its Wilson interval, and
 * from there to a level with the rule that set it. Also the gap between two communities.
 */

/** A share at or above this is worth a look; the interval decides how sure we are. */
export const PROBLEM_THRESHOLD = 0.25;
/** Two communities this far apart (and surely apart) make a gap worth naming. */
export const GAP_THRESHOLD = 0.2;

export interface ProblemFigure {
  item: string;
  /** The answers counted as the problem direction. */
  answers: string[];
  meaning: string;
  count: number;
  n: number;
  /** Shares between 0 and 1, rounded to three decimals. */
  share: number;
  ci95: [number, number];
}

export type SurveyLevel = "high" | "medium" | "low";

export interface SurveyRule {
  level: SurveyLevel;
  rule: "survey_majority" | "survey_clear" | "survey_possible";
  text: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const SURVEY_RULES: Readonly<Record<SurveyRule["rule"], SurveyRule>> = {
  survey_majority: {
    level: "high",
    rule: "survey_majority",
    text: `Half or more answered in the problem direction, and the 95% interval starts at ${pct(PROBLEM_THRESHOLD)} or above.`,
  },
  survey_clear: {
    level: "medium",
    rule: "survey_clear",
    text: `The 95% interval of the share answering in the problem direction starts at ${pct(PROBLEM_THRESHOLD)} or above.`,
  },
  survey_possible: {
    level: "low",
    rule: "survey_possible",
    text: `${pct(PROBLEM_THRESHOLD)} or more answered in the problem direction, but with so few answers the 95% interval reaches below ${pct(PROBLEM_THRESHOLD)}.`,
  },
};

/**
 * The share in the problem direction for one item, or undefined when the item has no problem
 * direction or fewer answers than the minimum group size (never shown on its own).
 */
export function problemFigure(item: ItemFigures, minGroupSize: number): ProblemFigure | undefined {
  const direction = problemDirection(item.code);
  if (!direction || item.n < effectiveMinimum(minGroupSize)) return undefined;
  const count = item.answers
    .filter((a) => direction.answers.includes(a.value))
    .reduce((sum, a) => sum + a.count, 0);
  const interval = wilsonInterval(count, item.n);
  if (!interval) return undefined;
  return {
    item: item.code,
    answers: [...direction.answers],
    meaning: direction.meaning,
    count,
    n: item.n,
    share: round3(count / item.n),
    ci95: [round3(interval[0]), round3(interval[1])],
  };
}

/** The level one figure supports, or undefined when the share is below the threshold. */
export function surveyRule(figure: ProblemFigure): SurveyRule | undefined {
  const share = figure.count / figure.n;
  if (share < PROBLEM_THRESHOLD) return undefined;
  const lower = figure.ci95[0];
  if (lower >= PROBLEM_THRESHOLD) {
    return share >= 0.5 ? SURVEY_RULES.survey_majority : SURVEY_RULES.survey_clear;
  }
  return SURVEY_RULES.survey_possible;
}

const LEVEL_RANK: Record<SurveyLevel, number> = { high: 3, medium: 2, low: 1 };

/** The strongest signal among several items (a guideline usually maps to two or three). */
export function strongestRule(
  figures: readonly ProblemFigure[],
): { rule: SurveyRule; item: string } | undefined {
  let best: { rule: SurveyRule; item: string } | undefined;
  for (const figure of figures) {
    const rule = surveyRule(figure);
    if (rule && (!best || LEVEL_RANK[rule.level] > LEVEL_RANK[best.rule.level]))
      best = { rule, item: figure.item };
  }
  return best;
}

export interface CommunityShare {
  community: Community;
  share: number;
  n: number;
}

export interface CommunityGap {
  item: string;
  meaning: string;
  /** The community with the larger share in the problem direction. */
  higher: CommunityShare;
  lower: CommunityShare;
  /** higher.share - lower.share, with Newcombe's 95% interval. */
  difference: number;
  ci95: [number, number];
  rule: string;
}

export const GAP_RULE = `Two communities differ by ${Math.round(GAP_THRESHOLD * 100)} percentage points or more, and the 95% interval of the difference (Newcombe) does not include zero.`;

/**
 * The widest gap between communities on one item, or undefined when none is both large and
 * sure. Only communities the privacy gate showed, with enough answers, take part.
 */
export function communityGap(
  figures: readonly { community: Community; figure: ProblemFigure }[],
): CommunityGap | undefined {
  let best: CommunityGap | undefined;
  for (const [i, a] of figures.entries()) {
    for (const b of figures.slice(i + 1)) {
      const [high, low] =
        a.figure.count / a.figure.n >= b.figure.count / b.figure.n ? [a, b] : [b, a];
      const result = newcombeDifference(
        { x: high.figure.count, n: high.figure.n },
        { x: low.figure.count, n: low.figure.n },
      );
      if (!result || result.difference < GAP_THRESHOLD || result.ci95[0] <= 0) continue;
      if (best && best.difference >= result.difference) continue;
      best = {
        item: high.figure.item,
        meaning: high.figure.meaning,
        higher: { community: high.community, share: high.figure.share, n: high.figure.n },
        lower: { community: low.community, share: low.figure.share, n: low.figure.n },
        difference: round3(result.difference),
        ci95: [round3(result.ci95[0]), round3(result.ci95[1])],
        rule: GAP_RULE,
      };
    }
  }
  return best;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
