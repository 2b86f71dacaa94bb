import { effectiveMinimum, gateGroups, totalVisible } from "../analysis/privacy-gate.js";
import { type ScaleDefinition, scoreScale } from "../analysis/scales.js";
import { COMMUNITIES, type Community } from "../organisation/organisation.js";

/**
 * The respondents of a campaign grouped by the community they answer from, through the
 * privacy gate, and the shape every diagnosis figure takes when it must stay hidden.
 */
export interface Respondent {
  readonly id: string;
  /** own_community when answered, else the community the response carries, else null. */
  readonly community: Community | null;
  /** Likert answers by item code; null for "don't know". */
  readonly numbers: ReadonlyMap<string, number | null>;
  /** Single and multiple choice answers by item code. */
  readonly choices: ReadonlyMap<string, readonly string[]>;
}

export type HiddenReason = "below_minimum" | "secondary" | "no_answers" | "too_few_answers";

/** A figure that may not be shown: it says why, in words, and carries no number. */
export interface Hidden {
  readonly suppressed: true;
  readonly reason: HiddenReason;
  readonly note: string;
}

export type Shown<T> = { readonly suppressed: false } & T;
export type Gated<T> = Shown<T> | Hidden;

const GROUP_NAMES: Record<Community | "all" | "none", string> = {
  all: "Everyone",
  employees: "Staff",
  it_security: "IT security",
  management: "Managers",
  none: "Not given",
};

/** Short names of the answering groups, for tables and readings. */
export const groupName = (c: Community | "all" | null): string => GROUP_NAMES[c ?? "none"];

export function privacySentence(min: number): string {
  return `Hidden to protect anonymity: results are only shown for groups of ${min} or more people.`;
}

export function hidden(reason: HiddenReason, min: number): Hidden {
  return {
    suppressed: true,
    reason,
    note: reason === "no_answers" ? "Nobody in this group answered." : privacySentence(min),
  };
}

export interface CommunityGroup {
  readonly community: Community | null;
  readonly members: readonly Respondent[];
  /** Null when the group is hidden: its size is not shown either. */
  readonly hiddenAs: Hidden | null;
}

export interface Grouping {
  readonly min: number;
  readonly total: number;
  readonly totalShown: boolean;
  /** The three communities always, in their fixed order, then "not given" when some did not say. */
  readonly groups: readonly CommunityGroup[];
}

/**
 * Groups with nobody in them are not put through the gate: hiding an empty group reveals
 * nothing, and counting it as hidden would wrongly hide a second group by secondary
 * suppression.
 */
export function groupRespondents(
  respondents: readonly Respondent[],
  minGroupSize: number,
): Grouping {
  const min = effectiveMinimum(minGroupSize);
  const keys: (Community | null)[] = [...COMMUNITIES];
  if (respondents.some((r) => r.community === null)) keys.push(null);
  const members = new Map(keys.map((k) => [k, respondents.filter((r) => r.community === k)]));
  const totalShown = totalVisible(respondents.length, min);
  const present = keys.filter((k) => (members.get(k)?.length ?? 0) > 0);
  const decisions = new Map(
    gateGroups(
      present.map((key) => ({ key, n: members.get(key)?.length ?? 0 })),
      min,
    ).map((d) => [d.key, d]),
  );
  const groups = keys.map((community): CommunityGroup => {
    const mine = members.get(community) ?? [];
    const decision = decisions.get(community);
    let hiddenAs: Hidden | null = null;
    if (mine.length === 0) hiddenAs = hidden("no_answers", min);
    else if (!totalShown) hiddenAs = hidden("below_minimum", min);
    else if (decision?.suppressed) hiddenAs = hidden(decision.reason ?? "below_minimum", min);
    return { community, members: mine, hiddenAs };
  });
  return { min, total: respondents.length, totalShown, groups };
}

/** The scale scores of those respondents who have one (enough items answered). */
export function scoresOf(scale: ScaleDefinition, respondents: readonly Respondent[]): number[] {
  const out: number[] = [];
  for (const r of respondents) {
    const score = scoreScale(scale, r.numbers);
    if (score !== null) out.push(score);
  }
  return out;
}

/** Rounds for display and JSON: two decimals are plenty for means on a five-point scale. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
