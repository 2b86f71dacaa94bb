/** The six indicators of a dysfunctional security relationship (stable codes, see docs/domain.md). */
export const INDICATOR_CODES = [
  "conflict",
  "negative_communication",
  "negative_feelings",
  "power_imbalance",
  "disengagement",
  "blame",
] as const;

export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export const BLAME_DIRECTIONS = ["towards_employees", "towards_security", "towards_self"] as const;

export type BlameDirection = (typeof BLAME_DIRECTIONS)[number];

export interface EvidenceSpan {
  readonly indicator: IndicatorCode;
  /** UTF-16 offset into the original text, inclusive. */
  readonly start: number;
  /** UTF-16 offset into the original text, exclusive. */
  readonly end: number;
  readonly text: string;
}

export interface IndicatorResult {
  /** Indicators whose score is at least the reporting threshold, in canonical order. */
  readonly indicators: IndicatorCode[];
  /** A score in [0, 1] for each of the six indicators. */
  readonly scores: Record<IndicatorCode, number>;
  readonly evidence: EvidenceSpan[];
  /** Who is blamed, when blame is reported; empty otherwise. */
  readonly blame_direction: BlameDirection[];
}

export const REPORT_THRESHOLD = 0.5;

export function isIndicatorCode(value: string): value is IndicatorCode {
  return (INDICATOR_CODES as readonly string[]).includes(value);
}
