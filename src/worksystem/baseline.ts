import type { z } from "zod";
import { z as zod } from "zod";
import { wilsonInterval } from "../analysis/wilson.js";
import { RapportError } from "../errors.js";
import { BUILTIN_INSTRUMENTS } from "../instrument/builtin/index.js";
import { isClosed, itemsOf, optionsOf } from "../instrument/instrument.js";
import { nameKey } from "../organisation/organisation.js";
import { describeIssue, formatPath } from "../validation.js";
import { type DocumentFormat, problems, readDocument, shown } from "./document.js";
import { newcombeDifference } from "./newcombe.js";

/**
 * Baselines: published shares that an organisation, a sector or a size band is compared with.
 * The SME study's figures ship built in; a workspace adds its own from a file with the same
 * fields. A comparison gives the difference with its 95% interval, never a bare verdict.
 */
export const BASELINE_SCHEMA_ID = "rapport.baseline/1";
const ERROR_CODE = "invalid_baseline";

/** The closed items of the built-in questionnaires and their answer codes: what can be compared. */
const COMPARABLE = new Map(
  BUILTIN_INSTRUMENTS.flatMap((d) => itemsOf(d))
    .filter(isClosed)
    .map((item) => [item.code, optionsOf(item).map((o) => o.code)]),
);

const ONE_LINE = /^[^\r\n]*$/;
const line = (max: number) =>
  zod
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(ONE_LINE, "Keep this on one line: remove the line breaks.");

const SHARE_MESSAGE = "Write the share between 0 and 1 (48% is 0.48).";

const FigureSchema = zod.strictObject({
  item: zod.string().max(63),
  answers: zod.array(zod.string().max(63)).min(1).max(20),
  share: zod.number().min(0).max(1),
  n: zod
    .number()
    .min(1)
    .max(100_000_000)
    .refine(Number.isInteger, "Use a whole number of people.")
    .optional(),
  label: line(300),
  note: zod.string().trim().max(500).default(""),
});

export const BaselineSchema = zod
  .strictObject({
    schema: zod.literal(BASELINE_SCHEMA_ID),
    name: line(200),
    source: line(500),
    year: zod.number().min(1900).max(2200).refine(Number.isInteger, "Use a year such as 2018."),
    n: zod
      .number()
      .min(1)
      .max(100_000_000)
      .refine(Number.isInteger, "Use a whole number of people."),
    country: line(100),
    description: zod.string().trim().max(2000).default(""),
    figures: zod.array(FigureSchema).min(1).max(500),
  })
  .superRefine((value: unknown, ctx) => checkFigures(value, ctx), { when: () => true });

export type BaselineFile = z.output<typeof BaselineSchema>;

export interface BaselineFigure {
  item: string;
  answers: string[];
  share: number;
  n: number;
  label: string;
  note: string;
}

export interface Baseline {
  name: string;
  source: string;
  year: number;
  n: number;
  country: string;
  description: string;
  builtin: boolean;
  figures: BaselineFigure[];
}

const SME_N = 187;
const smeFigure = (
  item: string,
  answers: string[],
  share: number,
  label: string,
  note = "",
): BaselineFigure => ({ item, answers, share, n: SME_N, label, note });

/**
 * The SME study (paper 000): interviews with 187 employees of 39 small and medium firms in the
 * UK, 2017-18. The paper reports shares, not counts or a per-question n, so every figure uses
 * the 187 and share * 187 stands in for the count. Left out: the need for a named person (the
 * paper gives no number) and handling sensitive data (everyone, by design of the study).
 */
export const SME_STUDY_BASELINE: Baseline = {
  name: "SME study UK 2017-18",
  source: "Interviews with employees of 39 small and medium firms in the UK (paper 000)",
  year: 2018,
  n: SME_N,
  country: "United Kingdom",
  description:
    "187 employees who all handle sensitive information, 3 to 5 per firm, in manufacturing, services and retail, asked in about 30-minute interviews.",
  builtin: true,
  figures: [
    smeFigure("aware_controls", ["no"], 0.48, "not aware of the security measures in place"),
    smeFigure(
      "policy_status",
      ["formal", "in_development"],
      0.38,
      "written rules in place or being prepared",
    ),
    smeFigure("policy_status", ["informal"], 0.26, "habits, but no written rules"),
    smeFigure("policy_status", ["none"], 0.11, "no rules that people follow"),
    smeFigure(
      "policy_status",
      ["dont_know"],
      0.25,
      "do not know the rules",
      "Reported as about a quarter.",
    ),
    smeFigure("need_incident_team", ["yes"], 0.45, "a standing incident team is needed"),
    smeFigure("need_data_ownership", ["yes"], 0.48, "ownership of data needs to be clearer"),
    smeFigure("controls_reviewed", ["no"], 0.51, "the measures are not checked"),
    smeFigure("controls_updates_aware", ["no"], 0.22, "do not hear when measures change"),
    smeFigure(
      "involved_requirements",
      ["no"],
      0.8,
      "do not help decide the rules for their job",
      "Reported as over 80%; 80% is used, so the true gap may be larger.",
    ),
    smeFigure(
      "job_requires_attention",
      ["no"],
      0.53,
      "say their job needs no special care with data",
    ),
    smeFigure("security_prioritised", ["no"], 0.6, "security does not come first when busy"),
    smeFigure("received_training", ["no"], 0.52, "no training or advice on working safely"),
  ],
};

export const BUILTIN_BASELINES: readonly Baseline[] = [SME_STUDY_BASELINE];

export function isBuiltinBaselineName(name: string): boolean {
  return BUILTIN_BASELINES.some((b) => nameKey(b.name) === nameKey(name));
}

type Ctx = z.core.$RefinementCtx<unknown>;

function checkFigures(value: unknown, ctx: Ctx): void {
  if (typeof value !== "object" || value === null) return;
  const figures = (value as { figures?: unknown }).figures;
  if (!Array.isArray(figures)) return;
  const seen = new Map<string, number>();
  figures.forEach((figure: unknown, i) => {
    if (typeof figure !== "object" || figure === null) return;
    const { item, answers } = figure as { item?: unknown; answers?: unknown };
    if (typeof item !== "string") return;
    const options = COMPARABLE.get(item);
    if (!options) {
      ctx.addIssue({
        code: "custom",
        path: ["figures", i, "item"],
        message: `${shown(item)} is not a closed question Rapport asks, so nothing could be compared with it. Use one of: ${[...COMPARABLE.keys()].join(", ")}.`,
      });
      return;
    }
    if (!Array.isArray(answers)) return;
    answers.forEach((answer: unknown, j) => {
      if (typeof answer === "string" && !options.includes(answer))
        ctx.addIssue({
          code: "custom",
          path: ["figures", i, "answers", j],
          message: `${shown(answer)} is not an answer to ${item}. Use one of: ${options.join(", ")}.`,
        });
    });
    const key = `${item}\u0000${[...answers].map(String).sort().join(",")}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["figures", i],
        message: `figures[${earlier}] already gives this share for the same answers. Keep one of them.`,
      });
    else seen.set(key, i);
  });
}

/** Reads a baseline file (YAML or JSON), listing every problem with its path. */
export function parseBaselineFile(text: string, format: DocumentFormat): Baseline {
  const data = readDocument(text, format, ERROR_CODE, "baseline");
  if (data === undefined) {
    throw new RapportError(ERROR_CODE, "The baseline file is empty.", [
      {
        line: 1,
        message: `Nothing to read here. Start with schema: ${BASELINE_SCHEMA_ID}, then name, source, year, n, country and figures (see rapport baseline show --format yaml).`,
      },
    ]);
  }
  const result = BaselineSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    throw problems(
      ERROR_CODE,
      "This baseline file",
      result.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message:
          issue.code === "invalid_value" && issue.path[0] === "schema"
            ? `Write schema: ${BASELINE_SCHEMA_ID} so Rapport knows this file is a baseline.`
            : (issue.code === "too_big" || issue.code === "too_small") &&
                issue.path.at(-1) === "share"
              ? SHARE_MESSAGE
              : describeIssue(issue),
      })),
    );
  }
  const b = result.data;
  return {
    name: b.name,
    source: b.source,
    year: b.year,
    n: b.n,
    country: b.country,
    description: b.description,
    builtin: false,
    figures: b.figures.map((f) => ({
      item: f.item,
      answers: f.answers,
      share: f.share,
      n: f.n ?? b.n,
      label: f.label,
      note: f.note,
    })),
  };
}

/** The file form of a baseline, to start a new one from or to share. */
export function baselineFile(baseline: Baseline): Record<string, unknown> {
  return {
    schema: BASELINE_SCHEMA_ID,
    name: baseline.name,
    source: baseline.source,
    year: baseline.year,
    n: baseline.n,
    country: baseline.country,
    description: baseline.description,
    figures: baseline.figures.map((f) => ({
      item: f.item,
      answers: f.answers,
      share: f.share,
      ...(f.n === baseline.n ? {} : { n: f.n }),
      label: f.label,
      ...(f.note === "" ? {} : { note: f.note }),
    })),
  };
}

export interface PopulationItem {
  item: string;
  /** Answer counts of the population compared, only from groups big enough to show. */
  counts: ReadonlyMap<string, number>;
  n: number;
}

export interface Comparison {
  item: string;
  label: string;
  answers: string[];
  population: { count: number; n: number; share: number; ci95: [number, number] };
  baseline: { share: number; n: number; note: string };
  /** Population share minus baseline share, in proportions, with Newcombe's 95% interval. */
  difference: number;
  ci95: [number, number];
  interval_includes_zero: boolean;
  reading: string;
}

export interface NotCompared {
  item: string;
  label: string;
  reason: string;
}

/**
 * Compares each baseline figure with the population's answers to the same item. Items with
 * fewer answers than the minimum group size are not compared (and their counts not shown).
 */
export function compareWithBaseline(
  baseline: Baseline,
  population: ReadonlyMap<string, PopulationItem>,
  minGroupSize: number,
): { comparisons: Comparison[]; not_compared: NotCompared[] } {
  const comparisons: Comparison[] = [];
  const notCompared: NotCompared[] = [];
  for (const figure of baseline.figures) {
    const item = population.get(figure.item);
    if (!item || item.n === 0) {
      notCompared.push({
        item: figure.item,
        label: figure.label,
        reason: "Nobody here answered this question.",
      });
      continue;
    }
    if (item.n < minGroupSize) {
      notCompared.push({
        item: figure.item,
        label: figure.label,
        reason: `Fewer than ${minGroupSize} answered this question, too few to show.`,
      });
      continue;
    }
    const count = figure.answers.reduce((sum, a) => sum + (item.counts.get(a) ?? 0), 0);
    const interval = wilsonInterval(count, item.n);
    const result = newcombeDifference(
      { x: count, n: item.n },
      { x: figure.share * figure.n, n: figure.n },
    );
    if (!interval || !result) continue;
    const includesZero = result.ci95[0] <= 0 && result.ci95[1] >= 0;
    comparisons.push({
      item: figure.item,
      label: figure.label,
      answers: figure.answers,
      population: {
        count,
        n: item.n,
        share: round3(count / item.n),
        ci95: [round3(interval[0]), round3(interval[1])],
      },
      baseline: { share: figure.share, n: figure.n, note: figure.note },
      difference: round3(result.difference),
      ci95: [round3(result.ci95[0]), round3(result.ci95[1])],
      interval_includes_zero: includesZero,
      reading: reading(count / item.n, figure.share, result.difference, result.ci95, includesZero),
    });
  }
  return { comparisons, not_compared: notCompared };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
// Whole points, except near zero, where rounding would hide which side of zero a limit is on.
const points = (x: number) => {
  const p = Math.round(x * 100) === 0 && x !== 0 ? Math.round(x * 1000) / 10 : Math.round(x * 100);
  return p > 0 ? `+${p}` : String(p);
};

function reading(
  share: number,
  baseline: number,
  difference: number,
  ci95: [number, number],
  includesZero: boolean,
): string {
  const size = Math.round(Math.abs(difference) * 100);
  const direction =
    size === 0 ? "the same share" : `${size} points ${difference > 0 ? "higher" : "lower"}`;
  const range = `95% interval ${points(ci95[0])} to ${points(ci95[1])} points`;
  const sure = includesZero
    ? "The interval includes zero, so these answers cannot tell the two apart."
    : `The interval does not include zero: the share here is likely ${difference > 0 ? "higher" : "lower"}, by somewhere between ${Math.round(Math.abs(difference > 0 ? ci95[0] : ci95[1]) * 100)} and ${Math.round(Math.abs(difference > 0 ? ci95[1] : ci95[0]) * 100)} points.`;
  return `${pct(share)} here against ${pct(baseline)} in the baseline: ${direction} (${range}). ${sure}`;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
