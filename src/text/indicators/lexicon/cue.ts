import type { IndicatorCode } from "../types.js";

/** Short keys keep the lexicon readable: c n f p d b, one per indicator. */
export interface ShortWeights {
  readonly c?: number;
  readonly n?: number;
  readonly f?: number;
  readonly p?: number;
  readonly d?: number;
  readonly b?: number;
}

export type Weights = Partial<Record<IndicatorCode, number>>;

/**
 * Who a blame cue points at. The resolving kinds look for the group named next to the cue:
 * - `resolve`: subject first ("users are the problem"); no group found, no blame.
 * - `resolve_right`: object first ("they blame us", "down to IT").
 * - `resolve_people`: like `resolve`, but a thing as subject cancels the blame ("the weak link
 *   is the design") and no group at all means employees (the cue is about people by nature).
 * - `resolve_adj`: insults ("lazy", "useless"); an adjective before a thing is not about people
 *   ("useless training"), and with no group named the speaker's other side is meant.
 * - `victim` / `victim_left`: the named party is on the receiving end ("they blame me", "I got
 *   told off"); "me" then stands for the speaker's whole community.
 * - `speaker`: the speaker's own community is blamed, though nobody is named ("they never
 *   admit fault", "passing the buck").
 */
export type CueDirection =
  | "emp"
  | "sec"
  | "self"
  | "resolve"
  | "resolve_right"
  | "resolve_people"
  | "resolve_adj"
  | "victim"
  | "victim_left"
  | "speaker";

export interface IndicatorCue {
  readonly id: string;
  /** What the cue signals when asserted. Empty for purely positive cues. */
  readonly weights: Weights;
  /** What a negated positive cue signals ("not approachable", "never explain"). */
  readonly flip: Weights;
  readonly positive: boolean;
  readonly dir?: CueDirection;
  /** The pattern starts with its own negation ("never answer"), so no further negation applies. */
  readonly selfNegating: boolean;
  /** Blame statements can be denied after the fact: "blaming users doesn't help". */
  readonly deniable: boolean;
}

const CODE: Record<keyof ShortWeights, IndicatorCode> = {
  c: "conflict",
  n: "negative_communication",
  f: "negative_feelings",
  p: "power_imbalance",
  d: "disengagement",
  b: "blame",
};

function expand(w: ShortWeights): Weights {
  const out: Weights = {};
  for (const [k, v] of Object.entries(w) as Array<[keyof ShortWeights, number]>) {
    out[CODE[k]] = v;
  }
  return out;
}

/** Patterns that carry their own negation: "never answer", "{no|zero} contact". */
const SELF_NEGATING =
  /^\{?(not|no|never|nobody|none|nothing|without|n't|lack|hardly|barely|rarely|seldom|zero|little|minimal|don't|do not|didn't|haven't|hasn't|can't|cannot|couldn't|won't|wouldn't|not|stop|stopped|gave|give|given|rather|prefer)(\||\s|$)/;

export interface CueEntry {
  readonly pattern: string;
  readonly data: IndicatorCue;
}

function entries(
  patterns: string | readonly string[],
  make: (pattern: string) => Omit<IndicatorCue, "id" | "selfNegating">,
): CueEntry[] {
  const list = typeof patterns === "string" ? [patterns] : patterns;
  return list.map((pattern) => ({
    pattern,
    data: { ...make(pattern), id: pattern, selfNegating: SELF_NEGATING.test(pattern) },
  }));
}

/** A cue that signals trouble when asserted and nothing when negated. */
export function neg(
  patterns: string | readonly string[],
  weights: ShortWeights,
  dir?: CueDirection,
): CueEntry[] {
  if (weights.b !== undefined && dir === undefined) {
    throw new Error(`blame cue without a direction: ${String(patterns)}`);
  }
  return entries(patterns, () => ({
    weights: expand(weights),
    flip: {},
    positive: false,
    deniable: weights.b !== undefined,
    ...(dir ? { dir } : {}),
  }));
}

/** A cue of a working relationship; negated it signals the `flip` indicators. */
export function pos(patterns: string | readonly string[], flip: ShortWeights = {}): CueEntry[] {
  return entries(patterns, () => ({
    weights: {},
    flip: expand(flip),
    positive: true,
    deniable: false,
  }));
}
