import type { Community } from "../organisation/organisation.js";

/**
 * What the diagnosis, the work-system findings and the wave comparison hand to the
 * recommendation rules and the action plan. Kept apart from all three so each can change its
 * own figures without the others noticing; only this shape is shared.
 */

/** What a signal measures. */
export type SignalKind =
  /** One of the six relationship indicators (domain.md codes), as a share of a community. */
  | "indicator"
  /** A scale score (src/analysis/scales.ts codes), a mean on its points. */
  | "scale"
  /** A life-position cell: how one community sees another (or itself). */
  | "life_position"
  /** A work-system finding (guideline code), with its severity. */
  | "finding"
  /** One closed item's problem share (instrument item code). */
  | "item";

export interface Signal {
  readonly kind: SignalKind;
  /** The indicator, scale, guideline or item code; for life positions the quadrant code. */
  readonly code: string;
  /** Whose answers these are (the community answering), where one is known. */
  readonly community?: Community;
  /** Whom the answers are about, for community pairs (life positions, indicators). */
  readonly about?: Community;
  /** The work system it concerns, for findings. */
  readonly workSystem?: { readonly id: string; readonly name: string };
  /** A share 0..1 for indicators, items and findings' survey part; a mean for scales. */
  readonly value: number;
  /** The 95% interval of value, where one exists. */
  readonly low?: number;
  readonly high?: number;
  readonly n: number;
  /** For findings: the severity code of src/worksystem/severity.ts. */
  readonly severity?: string;
  /** One plain sentence a manager understands, with the figure, its interval and n. */
  readonly evidence: string;
}

/**
 * What an action is meant to move, written as "<kind>:<code>", e.g. "indicator:blame",
 * "scale:friction", "item:aware_controls", "finding:participants.know_guidance". The wave
 * comparison links a change to the actions whose effects name it.
 */
export type EffectCode = `${SignalKind}:${string}`;

export function effectCode(kind: SignalKind, code: string): EffectCode {
  return `${kind}:${code}`;
}

/** The part of an action the wave comparison needs to say what may have caused a change. */
export interface ActionSummary {
  readonly id: string;
  readonly title: string;
  readonly intervention: string;
  readonly status: "planned" | "in_progress" | "done" | "dropped";
  /** ISO date the action started (or was done), null when it has not started. */
  readonly startedOn: string | null;
  readonly effects: readonly EffectCode[];
}
