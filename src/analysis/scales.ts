import { BUILTIN_INSTRUMENTS } from "../instrument/builtin/index.js";
import { itemsOf } from "../instrument/instrument.js";
import type { InstrumentDefinition } from "../instrument/instrument.schema.js";
import type { Community } from "../organisation/organisation.js";

/**
 * The scales of the diagnostic instruments, as data: which Likert items are averaged into
 * which score. A scale has a home instrument and applies to every instrument holding all its
 * items (see scalesOf); the two learning-from-mistakes forms carry
 * scales with the same codes and items, so the employee and manager views compare directly.
 *
 * Reverse-keyed items are worded against the direction of their scale ("... often get
 * important things wrong" on an "is OK" scale). They are recoded as points + 1 - answer
 * before averaging, so a high score always means more of what the label names.
 */
export interface ScaleDefinition {
  readonly code: string;
  readonly label: string;
  /** The instrument the scale was written for; it applies wherever its items are (scalesOf). */
  readonly instrument: string;
  readonly items: readonly string[];
  /** The subset of items that are recoded before scoring. */
  readonly reversed: readonly string[];
  readonly points: 5 | 7;
  /** Whether a high score is the healthy end, so reports need not guess how to read it. */
  readonly higherIsBetter: boolean;
}

/** Item codes prefix_1 ... prefix_n. */
const numbered = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}_${i + 1}`);

const LIFE_POSITION_TARGETS: readonly { community: Community; prefix: string; label: string }[] = [
  { community: "employees", prefix: "emp", label: "Staff" },
  { community: "it_security", prefix: "its", label: "The IT security team" },
  { community: "management", prefix: "mgt", label: "Managers" },
];

const lifePositionScales: ScaleDefinition[] = LIFE_POSITION_TARGETS.flatMap(
  ({ community, prefix, label }) => [
    {
      code: `lp_${community}_ok`,
      label: `${label}: seen as able and well-meaning`,
      instrument: "life-positions",
      items: numbered(`lp_${prefix}_ok`, 3),
      reversed: [`lp_${prefix}_ok_3`],
      points: 5,
      higherIsBetter: true,
    },
    {
      code: `lp_${community}_treats`,
      label: `${label}: seen as treating others with respect`,
      instrument: "life-positions",
      items: numbered(`lp_${prefix}_treats`, 3),
      reversed: [`lp_${prefix}_treats_3`],
      points: 5,
      higherIsBetter: true,
    },
  ],
);

/** Which scales of life-positions give each community's two axes. */
export const LIFE_POSITION_SCALES: Record<Community, { ok: string; treats: string }> = {
  employees: { ok: "lp_employees_ok", treats: "lp_employees_treats" },
  it_security: { ok: "lp_it_security_ok", treats: "lp_it_security_treats" },
  management: { ok: "lp_management_ok", treats: "lp_management_treats" },
};

const ERROR_CLIMATE_FACTORS: readonly {
  code: string;
  label: string;
  prefix: string;
  reversed: number[];
}[] = [
  {
    code: "error_openness",
    label: "Mistakes are talked about openly",
    prefix: "ec_open",
    reversed: [4],
  },
  {
    code: "error_causes",
    label: "Mistakes are traced to how the work is set up",
    prefix: "ec_cause",
    reversed: [4],
  },
  { code: "error_change", label: "Mistakes lead to changes", prefix: "ec_change", reversed: [4] },
  {
    code: "error_fairness",
    label: "Honest mistakes are not punished",
    prefix: "ec_fair",
    reversed: [3, 4],
  },
  {
    code: "error_support",
    label: "Help is there after a mistake",
    prefix: "ec_help",
    reversed: [4],
  },
];

const errorClimateScales: ScaleDefinition[] = [
  "error-climate-employee",
  "error-climate-manager",
].flatMap((instrument) =>
  ERROR_CLIMATE_FACTORS.map((factor) => ({
    code: factor.code,
    label: factor.label,
    instrument,
    items: numbered(factor.prefix, 4),
    reversed: factor.reversed.map((n) => `${factor.prefix}_${n}`),
    points: 5 as const,
    higherIsBetter: true,
  })),
);

const blame = (
  code: string,
  label: string,
  prefix: string,
  n: number,
  reversed: number[],
): ScaleDefinition => ({
  code,
  label,
  instrument: "blame-climate",
  items: numbered(prefix, n),
  reversed: reversed.map((i) => `${prefix}_${i}`),
  points: 5,
  higherIsBetter: false,
});

const blameScales: ScaleDefinition[] = [
  blame("blame_seeking", "People look for someone to blame", "bl_seek", 4, [4]),
  blame("blame_personal", "Blame is aimed at the person, not the process", "bl_pers", 4, [3, 4]),
  blame("blame_hiding", "Mistakes are kept quiet", "bl_hide", 3, [3]),
  blame("blame_self", "People blame themselves", "bl_self", 4, [4]),
];

const frictionScales: ScaleDefinition[] = [
  {
    code: "friction",
    label: "Security gets in the way of the job",
    instrument: "friction-involvement",
    items: numbered("friction", 5),
    reversed: ["friction_2", "friction_5"],
    points: 5,
    higherIsBetter: false,
  },
  {
    code: "involvement",
    label: "Staff have a say in security rules",
    instrument: "friction-involvement",
    items: numbered("involve", 3),
    reversed: ["involve_3"],
    points: 5,
    higherIsBetter: true,
  },
];

export const SCALES: readonly ScaleDefinition[] = [
  ...lifePositionScales,
  ...errorClimateScales,
  ...blameScales,
  ...frictionScales,
];

const BUILTIN_BY_CODE = new Map(BUILTIN_INSTRUMENTS.map((d) => [d.code, d]));

/**
 * The scales that apply to an instrument: every scale whose items the instrument holds, all
 * as Likert items with the scale's points. So a questionnaire that combines sections of
 * several instruments (relationship-diagnosis) is scored like each of them. A code is looked
 * up among the built-in instruments; an unknown code gets the scales that name it as home.
 * Scales sharing a code and items (the two error-climate forms) are given once, preferring
 * the one whose home is this instrument.
 */
export function scalesOf(instrument: string | InstrumentDefinition): ScaleDefinition[] {
  const definition = typeof instrument === "string" ? BUILTIN_BY_CODE.get(instrument) : instrument;
  if (!definition) return SCALES.filter((s) => s.instrument === instrument);
  const points = new Map<string, number>();
  for (const item of itemsOf(definition))
    if (item.type === "likert") points.set(item.code, item.points);
  const found = new Map<string, ScaleDefinition>();
  for (const s of SCALES) {
    if (!s.items.every((code) => points.get(code) === s.points)) continue;
    const held = found.get(s.code);
    if (!held || (s.instrument === definition.code && held.instrument !== definition.code))
      found.set(s.code, s);
  }
  return [...found.values()];
}

export function findScale(
  instrument: string | InstrumentDefinition,
  code: string,
): ScaleDefinition | undefined {
  return scalesOf(instrument).find((s) => s.code === code);
}

/**
 * One answer on the scale's own direction. An answer outside 1..points means the data were
 * read wrongly (a label stored instead of a point, a 7-point item on a 5-point scale), so
 * it fails loudly instead of bending a mean.
 */
export function recode(scale: ScaleDefinition, item: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > scale.points)
    throw new RangeError(
      `${scale.code}: the answer to ${item} is ${value}, but it must be a whole number from 1 to ${scale.points}.`,
    );
  return scale.reversed.includes(item) ? scale.points + 1 - value : value;
}

/**
 * The respondent's mean over the scale's answered items, reverse keys recoded. Missing and
 * null answers ("don't know", skipped) are left out; with fewer than half the items
 * answered the mean would rest on too little, so it is null. Items not on the scale are
 * ignored.
 */
export function scoreScale(
  scale: ScaleDefinition,
  answers: ReadonlyMap<string, number | null>,
): number | null {
  let sum = 0;
  let answered = 0;
  for (const item of scale.items) {
    const value = answers.get(item);
    if (value === undefined || value === null) continue;
    sum += recode(scale, item, value);
    answered++;
  }
  if (answered === 0 || answered * 2 < scale.items.length) return null;
  return sum / answered;
}

/**
 * The recoded answers of respondents who answered every item of the scale, one row each and
 * the columns in the scale's item order: the input cronbachAlpha expects.
 */
export function scaleMatrix(
  scale: ScaleDefinition,
  respondents: Iterable<ReadonlyMap<string, number | null>>,
): number[][] {
  const rows: number[][] = [];
  for (const answers of respondents) {
    const row: number[] = [];
    for (const item of scale.items) {
      const value = answers.get(item);
      if (value === undefined || value === null) break;
      row.push(recode(scale, item, value));
    }
    if (row.length === scale.items.length) rows.push(row);
  }
  return rows;
}

export const LIFE_POSITIONS = ["ok_ok", "ok_notok", "notok_ok", "notok_notok"] as const;
export type LifePosition = (typeof LIFE_POSITIONS)[number];

/**
 * The Transactional Analysis life position a group shows, from its two life-positions
 * scale means (for example lp_it_security_ok and lp_it_security_treats).
 *
 * Mapping: the first half ("I'm OK") is the group itself: is it able and well-meaning (the
 * ok axis). The second half ("you're OK") is the group's stance towards the others: does it
 * treat them as OK, with respect, listening, taking them seriously (the treats axis). So
 *   ok high, treats high -> ok_ok        (accepts itself and others)
 *   ok high, treats low  -> ok_notok     (sure of itself, looks down on or blames others)
 *   ok low,  treats high -> notok_ok     (defers to others, belittles itself)
 *   ok low,  treats low  -> notok_notok
 * Why: paper 004 reads "I'm OK, you're not OK" into security staff who are confident in
 * their expertise while calling users the weakest link, and "I'm not OK, you're OK" into
 * employees who call themselves the trouble. The ok axis captures the first half and the
 * treats axis the second, and both are observable by people outside the group. When the
 * means come from the group's own members (own_community equals the target) this is the
 * group's self-view, the classic life position; from another community it is the position
 * that community sees in it.
 *
 * A mean exactly at the midpoint ("neither agree nor disagree") counts as OK: calling a
 * group not OK should rest on answers that lean towards disagreement, not on neutral ones.
 */
export function lifePositionQuadrant(
  okMean: number,
  treatsMean: number,
  midpoint = 3,
): LifePosition {
  if (!Number.isFinite(okMean) || !Number.isFinite(treatsMean) || !Number.isFinite(midpoint))
    throw new RangeError("Life positions need two finite scale means and a finite midpoint.");
  const ok = okMean >= midpoint;
  const treats = treatsMean >= midpoint;
  if (ok) return treats ? "ok_ok" : "ok_notok";
  return treats ? "notok_ok" : "notok_notok";
}
