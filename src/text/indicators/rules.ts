import {
  deniedAfter,
  judgesTheBlaming,
  type Negation,
  negationAfter,
  negationBefore,
  someWordBefore,
} from "../shared/negation.js";
import type { Token } from "../shared/nlp.js";
import { buildScope, concessionFactors, type Scope, strength } from "../shared/scope.js";
import {
  detectVoice,
  type Group,
  groupAt,
  resolveGroup,
  toDirection,
  type Voice,
} from "./direction.js";
import { CUES, type IndicatorCue, type Weights } from "./lexicon/index.js";
import {
  fearedOwnFault,
  hypotheticalSelfBlame,
  sarcasticCheer,
  speakerFeels,
} from "./lexicon/tone.js";

/** A cue must carry at least this much of an indicator to count as evidence for it. */
export const EVIDENCE_MIN = 0.15;

/** Weight of negative feeling read from a sarcastic cheer, and from "I feel" before a complaint. */
const SARCASM = 0.55;
const FELT = 0.45;

import { type BlameDirection, INDICATOR_CODES, type IndicatorCode } from "./types.js";

export interface CueHit {
  readonly cue: IndicatorCue;
  /** Token range of the cue. */
  readonly from: number;
  readonly to: number;
  /** Weights after negation, hedges, intensifiers and concessions. */
  readonly effective: Weights;
  /** A positive cue left standing (not negated): marks praise, scores nothing. */
  readonly praise: boolean;
  readonly direction: BlameDirection | null;
  /** A blame cue denied in words ("stop blaming users") or only feared, not merely unresolved. */
  readonly blameDenied?: boolean;
  /** In a complaint the text says is over, with a present that complains of nothing. */
  readonly over?: boolean;
}

export interface RuleAnalysis {
  readonly scope: Scope;
  readonly hits: readonly CueHit[];
  /** Complaint cues the text denies outright ("never on edge", "Rude? No."): no hit, no score. */
  readonly denied: readonly IndicatorCue[];
  readonly scores: Record<IndicatorCode, number>;
}

/** Words that, before a blame cue, deny it: "stop blaming users", "avoid blaming". */
const BLAME_NEGATORS = new Set([
  "stop",
  "stopped",
  "quit",
  "avoid",
  "avoiding",
  "avoids",
  "against",
  "instead",
  "rather",
  "beyond",
  "myth",
]);

/** How many words before a blame cue a negator reaches: "stop calling people the weakest link". */
const BLAME_NEGATOR_REACH = 4;

function hasBlameNegator(tokens: readonly Token[], from: number): boolean {
  return someWordBefore(
    tokens,
    from,
    BLAME_NEGATOR_REACH,
    (k) => BLAME_NEGATORS.has(tokens[k]!.norm) || judgesTheBlaming(tokens, k),
  );
}

function scale(w: Weights, f: number): Weights {
  const out: Weights = {};
  for (const [k, v] of Object.entries(w) as Array<[IndicatorCode, number]>)
    out[k] = Math.min(0.97, v * f);
  return out;
}

function isNounNotGroup(tokens: readonly Token[], k: number, voice: Voice): boolean {
  const t = tokens[k];
  if (t?.kind !== "word") return false;
  if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  const g = groupAt(tokens, k, voice);
  return g === null || g === "thing";
}

/** Decides who a blame cue blames; null removes the blame weight from the cue. */
function blameDirection(
  hit: { cue: IndicatorCue; from: number; to: number },
  tokens: readonly Token[],
  voice: Voice,
): BlameDirection | null {
  const dir = hit.cue.dir;
  if (dir === undefined) return null;
  if (dir === "emp") return "towards_employees";
  if (dir === "sec") return "towards_security";
  if (dir === "self") return "towards_self";
  const other: BlameDirection = voice.securitySide ? "towards_employees" : "towards_security";
  if (dir === "resolve_adj") {
    // "useless training", "stupid rules": the adjective describes a thing; "hopeless with
    // people" is about manner, not blame.
    if (isNounNotGroup(tokens, hit.to, voice)) return null;
    // "one careless clerk", "lazy users": the adjective names its group right after it.
    const named = groupAt(tokens, hit.to, voice);
    if (named && named !== "thing" && tokens[hit.to]?.pos !== "PRON") return toDirection(named);
    // "they make me feel stupid": a feeling, not a verdict on anyone.
    for (let k = hit.from - 1, words = 0; k >= 0 && words < 3; k--) {
      if (tokens[k]!.kind !== "word") continue;
      words++;
      if (/^(feel|feels|felt|feeling|look|looked|looks|sound|sounded)$/.test(tokens[k]!.norm))
        return null;
    }
    const after = tokens[hit.to];
    const after2 = tokens[hit.to + 1];
    if (
      after?.norm === "with" &&
      after2 &&
      /^(people|humans|users|staff|customers)$/.test(after2.norm)
    )
      return null;
    const g: Group | null = resolveGroup(tokens, hit.from, hit.to, voice, false);
    if (g === "thing") return null;
    return g ? toDirection(g) : other;
  }
  if (dir === "speaker") return voice.securitySide ? "towards_security" : "towards_employees";
  if (dir === "victim" || dir === "victim_left") {
    const v = resolveGroup(tokens, hit.from, hit.to, voice, dir === "victim");
    if (v === "self" || v === null)
      return voice.securitySide ? "towards_security" : "towards_employees";
    return v === "thing" ? null : toDirection(v);
  }
  const g = resolveGroup(tokens, hit.from, hit.to, voice, dir === "resolve_right");
  if (dir === "resolve_people") {
    if (g === "thing") return null;
    return g ? toDirection(g) : "towards_employees";
  }
  return g ? toDirection(g) : null;
}

/**
 * Overlapping cues are one piece of evidence: per indicator the strongest of them counts, and
 * separate pieces of evidence then add up as a noisy-or.
 */
export function scoreHits(hits: readonly CueHit[]): Record<IndicatorCode, number> {
  const scores = {} as Record<IndicatorCode, number>;
  const miss = {} as Record<IndicatorCode, number>;
  for (const code of INDICATOR_CODES) miss[code] = 1;
  const ordered = hits.filter((h) => !h.praise).sort((a, b) => a.from - b.from);
  let i = 0;
  while (i < ordered.length) {
    let end = ordered[i]!.to;
    const best = {} as Record<IndicatorCode, number>;
    let j = i;
    while (j < ordered.length && ordered[j]!.from < end) {
      const h = ordered[j]!;
      end = Math.max(end, h.to);
      for (const [k, v] of Object.entries(h.effective) as Array<[IndicatorCode, number]>) {
        best[k] = Math.max(best[k] ?? 0, v);
      }
      j++;
    }
    for (const [k, v] of Object.entries(best) as Array<[IndicatorCode, number]>) miss[k] *= 1 - v;
    i = j;
  }
  for (const code of INDICATOR_CODES) scores[code] = 1 - miss[code];
  return scores;
}

/**
 * Words that open a clause of their own besides those the shared scope knows: "nobody asked
 * us before they banned phones" denies the asking, not the ban; "no training, then blamed"
 * denies the training, not the blame.
 */
const CLAUSE_OPENERS = new Set(["before", "after", "till", "whenever", "wherever", "then"]);

/** The scope with those clauses cut, for negation only: features and hedges keep the shared one. */
function withSubordinateClauses(scope: Scope): Scope {
  const { tokens } = scope;
  let extra = 0;
  const clause = new Int32Array(scope.clause.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && CLAUSE_OPENERS.has(t.norm) && k > 0) extra++;
    clause[k] = scope.clause[k]! + extra;
  }
  return extra === 0 ? scope : { ...scope, clause };
}

export function analyseRules(tokens: readonly Token[]): RuleAnalysis {
  const scope = buildScope(tokens);
  const negationScope = withSubordinateClauses(scope);
  const voice = detectVoice(tokens);
  // Only a cue of the opposite polarity, or one carrying its own negation, hides the cues inside
  // it ("never answer" hides "answer"); overlapping cues of the same kind are all kept and then
  // counted once per indicator (see below).
  const matches = CUES.find(
    tokens,
    scope.keys,
    (outer, inner) =>
      outer.positive !== inner.positive || (outer.selfNegating && !inner.selfNegating),
  );

  interface Pending {
    cue: IndicatorCue;
    from: number;
    to: number;
    weights: Weights;
    praise: boolean;
    direction: BlameDirection | null;
    blameDenied?: boolean;
  }
  const pending: Pending[] = [];
  const deniedCues: IndicatorCue[] = [];
  for (const m of matches) {
    const cue = m.data;
    const sentence = tokens[m.from]!.sentence;
    let negation: Negation = "none";
    if (!cue.selfNegating) negation = negationBefore(negationScope, m.from);
    const after = negationAfter(scope, m.to);
    if (cue.positive) {
      // "Are they approachable? No." denies the praise as much as "not approachable" does.
      if (negation === "none" && !after && !scope.deniedSentence.has(sentence)) {
        pending.push({ cue, from: m.from, to: m.to, weights: {}, praise: true, direction: null });
      } else {
        const w = scale(cue.flip, negation === "soft" ? 0.7 : 1);
        pending.push({ cue, from: m.from, to: m.to, weights: w, praise: false, direction: null });
      }
      continue;
    }
    if (scope.deniedSentence.has(sentence) || after) {
      deniedCues.push(cue);
      continue;
    }
    let factor = negation === "full" ? 0 : negation === "soft" ? 0.3 : 1;
    let weights = cue.weights;
    let direction: BlameDirection | null = null;
    let denied = false;
    let ruledOut = false;
    if (weights.blame !== undefined) {
      denied = cue.deniable && (hasBlameNegator(tokens, m.from) || deniedAfter(tokens, m.to));
      direction = denied ? null : blameDirection({ cue, from: m.from, to: m.to }, tokens, voice);
      // A feared or imagined fault ("I'm afraid I'll be the one who ...") is not blame, and is
      // marked like a denial so the classifier cannot report blame from the same words.
      if (direction === "towards_self" && hypotheticalSelfBlame(scope, cue, m.from)) {
        direction = null;
        ruledOut = true;
      } else if (direction && cue.dir !== "emp" && cue.dir !== "sec") {
        if (fearedOwnFault(tokens, m.from, voice)) {
          direction = null;
          ruledOut = true;
        }
      }
      if (direction === null) {
        const { blame: _dropped, ...rest } = weights;
        weights = rest;
      }
      if (denied) factor *= 0.5;
    }
    if (factor === 0) {
      deniedCues.push(cue);
      continue;
    }
    pending.push({
      cue,
      from: m.from,
      to: m.to,
      weights: scale(weights, factor),
      praise: false,
      direction,
      ...(denied || ruledOut ? { blameDenied: true } : {}),
    });
  }

  // Two cues on the same words (say "never answer" read as silence and as unanswered mail)
  // are one piece of evidence: keep the stronger weight per indicator instead of both.
  const merged = new Map<string, Pending>();
  for (const p of pending) {
    const key = `${p.from}:${p.to}:${p.praise}`;
    const prev = merged.get(key);
    if (!prev) {
      merged.set(key, { ...p, weights: { ...p.weights } });
      continue;
    }
    for (const [k, v] of Object.entries(p.weights) as Array<[IndicatorCode, number]>) {
      prev.weights[k] = Math.max(prev.weights[k] ?? 0, v);
    }
    prev.direction ??= p.direction;
  }
  pending.length = 0;
  pending.push(...merged.values());

  // Prefix counts of complaint and praise cues by position: range questions in constant time,
  // so that long texts stay linear.
  const n = tokens.length;
  const complaintsBefore = new Int32Array(n + 1);
  const praiseBefore = new Int32Array(n + 1);
  for (const p of pending) {
    if (p.praise) praiseBefore[p.from + 1]!++;
    else if (Object.keys(p.weights).length > 0) complaintsBefore[p.from + 1]!++;
  }
  for (let k = 0; k < n; k++) {
    complaintsBefore[k + 1] = complaintsBefore[k + 1]! + complaintsBefore[k]!;
    praiseBefore[k + 1] = praiseBefore[k + 1]! + praiseBefore[k]!;
  }
  const negativeAt = (from: number, to: number) =>
    complaintsBefore[to]! - complaintsBefore[from]! > 0;
  const praiseAt = (from: number, to: number) => praiseBefore[to]! - praiseBefore[from]! > 0;
  const mainIsPositiveOnly = (from: number, to: number) =>
    to > from && praiseAt(from, to) && !negativeAt(from, to);
  // A complaint about how things used to be only needs a present without complaints.
  const mainIsQuiet = (from: number, to: number) => to > from && !negativeAt(from, to);
  const { factors: conceded, over } = concessionFactors(scope, mainIsPositiveOnly, mainIsQuiet);

  const complains = pending.some((p) => !p.praise && Object.keys(p.weights).length > 0);
  const hits: CueHit[] = pending.map((p) => {
    if (p.praise) {
      // "Great, another outage": the cheer is frustration (see lexicon/tone.ts).
      if (sarcasticCheer(tokens, p.from, complains)) {
        return {
          cue: p.cue,
          from: p.from,
          to: p.to,
          effective: { negative_feelings: SARCASM },
          praise: false,
          direction: null,
        };
      }
      return { cue: p.cue, from: p.from, to: p.to, effective: {}, praise: true, direction: null };
    }
    const f = strength(scope, p.from, p.to) * conceded[p.from]!;
    let weights = p.weights;
    if (Object.keys(weights).length > 0 && speakerFeels(tokens, p.from)) {
      weights = { ...weights, negative_feelings: Math.max(weights.negative_feelings ?? 0, FELT) };
    }
    return {
      cue: p.cue,
      from: p.from,
      to: p.to,
      effective: scale(weights, f),
      praise: false,
      direction: p.direction,
      ...(p.blameDenied ? { blameDenied: true } : {}),
      ...(over[p.from] ? { over: true } : {}),
    };
  });

  const scores = scoreHits(hits);
  return { scope, hits, denied: deniedCues, scores };
}
