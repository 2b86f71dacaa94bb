import {
  LIFE_POSITION_SCALES,
  type LifePosition,
  lifePositionQuadrant,
  type ScaleDefinition,
} from "../analysis/scales.js";
import { COMMUNITIES, type Community } from "../organisation/organisation.js";
import { type Gated, type Grouping, hidden, round2, scoresOf } from "./groups.js";
import { meanInterval } from "./mean-interval.js";

/**
 * The life-position matrix: rows are the community answering, columns the community looked
 * at, each cell the mean of the two axes (ok: able and well-meaning; treats: treats others as
 * OK) with their 95% intervals, placed in a quadrant with a plain reading. The target is ok_ok
 * in every cell. The diagonal is each group's view of itself.
 */
export const MIDPOINT = 3;
export const TARGET: LifePosition = "ok_ok";

export const QUADRANT_RULE =
  "Each axis is the mean of its three statements (1 to 5, reverse-worded ones turned round). An axis counts as OK when its mean is 3 or more, and the quadrant says which axes are OK: both, ability only, treatment only, or neither. When an axis' 95% interval reaches from below 3 to 3 or above, the answers could fall on either side, so the quadrant is marked uncertain.";

export interface AxisFigures {
  readonly n: number;
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
  /** The interval reaches across the midpoint (or there is none), so the side is not sure. */
  readonly uncertain: boolean;
}

export interface CellFigures {
  readonly ok: AxisFigures;
  readonly treats: AxisFigures;
  readonly quadrant: LifePosition;
  readonly uncertain: boolean;
  readonly on_target: boolean;
  readonly reading: string;
}

export type MatrixCell = {
  readonly community: Community;
  readonly about: Community;
  readonly self_view: boolean;
} & Gated<CellFigures>;

export interface LifeMatrix {
  readonly rows: readonly Community[];
  readonly columns: readonly Community[];
  readonly midpoint: number;
  readonly target: LifePosition;
  readonly decided_by: string;
  readonly cells: readonly MatrixCell[];
}

const NAMES: Record<Community, { group: string; them: string }> = {
  employees: { group: "Staff", them: "staff" },
  it_security: { group: "The IT security team", them: "the IT security team" },
  management: { group: "Managers", them: "managers" },
};

const OTHER_READING: Record<LifePosition, string> = {
  ok_ok: "see {them} as able and as treating others with respect. This is the healthy position.",
  ok_notok:
    "see {them} as able, but not as treating others as equals: know-how that comes across as distant or talking down.",
  notok_ok: "see {them} as respectful, but do not trust their work: goodwill without confidence.",
  notok_notok:
    "see {them} as neither able nor respectful. Trust has to be rebuilt before anything else.",
};

const SELF_READING: Record<LifePosition, string> = {
  ok_ok:
    "see themselves as able and as treating others with respect. This is the healthy position.",
  ok_notok:
    "see themselves as able, but admit they do not treat others as equals: sure of themselves, short with others.",
  notok_ok:
    "respect others but doubt themselves: the 'we are the trouble' position, where people take the blame on themselves.",
  notok_notok: "doubt themselves and do not feel they treat others well. They need support first.",
};

export function cellReading(
  community: Community,
  about: Community,
  quadrant: LifePosition,
  uncertain: boolean,
): string {
  const text =
    community === about
      ? SELF_READING[quadrant]
      : OTHER_READING[quadrant].replace("{them}", NAMES[about].them);
  const doubt = uncertain
    ? " The answers sit close to the middle, so this position is not certain."
    : "";
  return `${NAMES[community].group} ${text}${doubt}`;
}

function axis(values: readonly number[]): AxisFigures | null {
  const estimate = meanInterval(values);
  if (!estimate) return null;
  const { low, high } = estimate;
  const uncertain = low === null || high === null || (low < MIDPOINT && high >= MIDPOINT);
  return {
    n: estimate.n,
    mean: round2(estimate.mean),
    low: low === null ? null : round2(low),
    high: high === null ? null : round2(high),
    uncertain,
  };
}

/** Null when the instrument has no life-position scales. */
export function lifeMatrix(
  grouping: Grouping,
  scales: readonly ScaleDefinition[],
): LifeMatrix | null {
  const byCode = new Map(scales.map((s) => [s.code, s]));
  const cells: MatrixCell[] = [];
  for (const community of COMMUNITIES) {
    const group = grouping.groups.find((g) => g.community === community);
    for (const about of COMMUNITIES) {
      const okScale = byCode.get(LIFE_POSITION_SCALES[about].ok);
      const treatsScale = byCode.get(LIFE_POSITION_SCALES[about].treats);
      if (!okScale || !treatsScale) return null;
      const place = { community, about, self_view: community === about };
      if (!group || group.hiddenAs) {
        cells.push({ ...place, ...(group?.hiddenAs ?? hidden("no_answers", grouping.min)) });
        continue;
      }
      const okValues = scoresOf(okScale, group.members);
      const treatsValues = scoresOf(treatsScale, group.members);
      const ok = axis(okValues);
      const treats = axis(treatsValues);
      if (!ok || !treats || ok.n < grouping.min || treats.n < grouping.min) {
        cells.push({
          ...place,
          ...hidden(ok && treats ? "too_few_answers" : "no_answers", grouping.min),
        });
        continue;
      }
      // Decided on the unrounded means, so rounding never moves a cell across the midpoint.
      const okMean = okValues.reduce((a, b) => a + b, 0) / okValues.length;
      const treatsMean = treatsValues.reduce((a, b) => a + b, 0) / treatsValues.length;
      const quadrant = lifePositionQuadrant(okMean, treatsMean, MIDPOINT);
      const uncertain = ok.uncertain || treats.uncertain;
      cells.push({
        ...place,
        suppressed: false,
        ok,
        treats,
        quadrant,
        uncertain,
        on_target: quadrant === TARGET,
        reading: cellReading(community, about, quadrant, uncertain),
      });
    }
  }
  return {
    rows: COMMUNITIES,
    columns: COMMUNITIES,
    midpoint: MIDPOINT,
    target: TARGET,
    decided_by: QUADRANT_RULE,
    cells,
  };
}
