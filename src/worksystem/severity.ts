import type { SurveyLevel } from "./survey-signal.js";

/**
 * How serious a finding is, from three kinds of evidence: the analyst's rating, the survey
 * signal and the workarounds noted. The rules are tried in order and the first that fits sets
 * the severity, so every finding can say which rule set it and why.
 */
export const RATINGS = ["met", "partly", "not_met", "not_known", "not_applicable"] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  met: "met",
  partly: "partly met",
  not_met: "not met",
  not_known: "not known",
  not_applicable: "does not apply",
};

export const SEVERITIES = ["high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Evidence {
  rating?: Rating | undefined;
  /** The strongest survey signal, if the survey showed one. */
  survey?: SurveyLevel | undefined;
  /** Whether survey figures were available at all for this guideline. */
  surveyed?: boolean;
  /** Workarounds noted against this guideline. */
  workarounds: number;
}

export interface SeverityRule {
  code: string;
  severity: Severity;
  text: string;
  applies: (e: Evidence) => boolean;
}

const surveyShows = (e: Evidence) => e.survey === "high" || e.survey === "medium";

export const SEVERITY_RULES: readonly SeverityRule[] = [
  {
    code: "not_met_and_survey",
    severity: "high",
    text: "The analyst rated it not met, and the survey shows the same problem.",
    applies: (e) => e.rating === "not_met" && surveyShows(e),
  },
  {
    code: "survey_majority",
    severity: "high",
    text: "Half or more of those asked answered in the problem direction, and even the low end of the 95% interval is 25% or more.",
    applies: (e) => e.survey === "high",
  },
  {
    code: "not_met_with_workarounds",
    severity: "high",
    text: "The analyst rated it not met, and workarounds were seen.",
    applies: (e) => e.rating === "not_met" && e.workarounds > 0,
  },
  {
    code: "not_met",
    severity: "medium",
    text: "The analyst rated it not met.",
    applies: (e) => e.rating === "not_met",
  },
  {
    code: "survey_clear",
    severity: "medium",
    text: "A clear share of those asked answered in the problem direction.",
    applies: (e) => e.survey === "medium",
  },
  {
    code: "partly_with_evidence",
    severity: "medium",
    text: "The analyst rated it partly met, and the survey or a workaround points the same way.",
    applies: (e) => e.rating === "partly" && (e.survey !== undefined || e.workarounds > 0),
  },
  {
    code: "workarounds_repeated",
    severity: "medium",
    text: "Two or more workarounds were seen.",
    applies: (e) => e.workarounds >= 2,
  },
  {
    code: "partly",
    severity: "low",
    text: "The analyst rated it partly met.",
    applies: (e) => e.rating === "partly",
  },
  {
    code: "workaround_noted",
    severity: "low",
    text: "A workaround was seen.",
    applies: (e) => e.workarounds > 0,
  },
  {
    code: "survey_possible",
    severity: "low",
    text: "The survey hints at a problem, but there are too few answers to be sure.",
    applies: (e) => e.survey === "low",
  },
  {
    code: "not_known",
    severity: "low",
    text: "Nobody knows yet whether this is met: worth finding out.",
    applies: (e) => e.rating === "not_known",
  },
];

export interface SeverityDecision {
  severity: Severity;
  rule: string;
  rule_text: string;
  /** The analyst's rating and the survey point different ways. */
  disagreement?: string;
}

/**
 * The severity of a finding, or undefined when the evidence shows no problem. A guideline the
 * analyst marked as not applicable gives no finding, whatever else is known.
 */
export function decideSeverity(evidence: Evidence): SeverityDecision | undefined {
  if (evidence.rating === "not_applicable") return undefined;
  const rule = SEVERITY_RULES.find((r) => r.applies(evidence));
  if (!rule) return undefined;
  const decision: SeverityDecision = {
    severity: rule.severity,
    rule: rule.code,
    rule_text: rule.text,
  };
  const disagreement = disagreementOf(evidence);
  if (disagreement) decision.disagreement = disagreement;
  return decision;
}

function disagreementOf(e: Evidence): string | undefined {
  if (e.rating === "met" && surveyShows(e))
    return "The analyst rated it met, but the survey answers point to a problem. Worth a closer look.";
  if (e.rating === "not_met" && e.surveyed === true && e.survey === undefined)
    return "The analyst rated it not met, but the survey answers show no problem here.";
  return undefined;
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

/** Reads a rating as people type it ("Not met", "not-met", "n/a"). */
export function parseRating(raw: string): Rating | undefined {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  const aliases: Record<string, Rating> = {
    partly_met: "partly",
    partial: "partly",
    unknown: "not_known",
    dont_know: "not_known",
    "n/a": "not_applicable",
    na: "not_applicable",
    does_not_apply: "not_applicable",
  };
  if ((RATINGS as readonly string[]).includes(key)) return key as Rating;
  return aliases[key];
}
