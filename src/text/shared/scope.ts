import { findChanges, isPast } from "./change.js";
import { findDenials } from "./denial.js";
import type { Token } from "./nlp.js";
import { tokenKeys } from "./pattern-syntax.js";
import { PhraseMatcher } from "./patterns.js";

/**
 * Everything about a text that modifies how much a cue counts: which clause it is in, whether a
 * negation reaches it, how hedged or intensified it is, and which parts of a sentence are
 * conceded ("they are slow, but lovely people") rather than asserted.
 */
export interface Scope {
  readonly tokens: readonly Token[];
  readonly keys: readonly (readonly string[])[];
  /** Clause id per token; negation does not cross clauses. */
  readonly clause: Int32Array;
  /** Segment id per token: a sentence cut at contrast markers and semicolons. */
  readonly segment: Int32Array;
  /** Product of hedge factors per segment (1 = no hedge). */
  readonly segmentHedge: Float64Array;
  /** Token ranges [from, to) that are conceded, each with the range that carries the main point. */
  readonly concessions: readonly Concession[];
  /** Sentences that are questions answered by a flat "no" in the next sentence. */
  readonly deniedSentence: ReadonlySet<number>;
  readonly intensifierAt: Uint8Array;
  readonly exclaimedSentence: ReadonlySet<number>;
}

export interface Concession {
  readonly conceded: readonly [number, number];
  readonly main: readonly [number, number];
  /** The conceded part is over ("used to be tense, but now ..."): it counts much less. */
  readonly past: boolean;
}

const BOUNDARY_WORDS = new Set([
  "but",
  "and",
  "because",
  "cause",
  "cuz",
  "so",
  "although",
  "though",
  "however",
  "yet",
  "while",
  "whilst",
  "whereas",
  "which",
  "who",
  "when",
  "if",
  "unless",
  "since",
  "until",
  "except",
  "whereby",
  "otherwise",
]);
const HARD_PUNCT = /^[,;:.!?()[\]{}"\u201c\u201d\u2026\u2013\u2014/|]+$/;

type Mod =
  | { readonly kind: "hedge"; readonly factor: number }
  | { readonly kind: "intensifier" }
  | { readonly kind: "contrast"; readonly style: "but" | "although" };

const h = (pattern: string, factor: number) => ({
  pattern,
  data: { kind: "hedge", factor } as Mod,
});
const i = (pattern: string) => ({ pattern, data: { kind: "intensifier" } as Mod });
const c = (pattern: string, style: "but" | "although") => ({
  pattern,
  data: { kind: "contrast", style } as Mod,
});

const MODIFIERS = new PhraseMatcher<Mod>([
  h("maybe|perhaps|possibly|mayb|perhap", 0.93),
  h("probably|arguably|apparently|presumably", 0.93),
  h("sometimes|occasionally|occasional|sometime|somtimes|somethimes", 0.88),
  h("at times", 0.88),
  h("now and then|again", 0.88),
  h("from time to time", 0.88),
  h("once in a while", 0.88),
  h("every so often", 0.88),
  h("once or twice", 0.88),
  h("a bit|tad|touch", 0.88),
  h("bit", 0.9),
  h("a little", 0.88),
  h("slightly|somewhat|mildly|marginally", 0.88),
  h("kind|sort of", 0.88),
  h("kinda|sorta", 0.88),
  h("fairly|quite", 0.92),
  h("i guess|suppose|suspect", 0.9),
  h("i think|imagine", 0.92),
  h("might|may|could", 0.9),
  h("seem|seems|seemed|appear|appears|appeared", 0.9),
  h("can be|get|come|seem", 0.9),
  h("tend|tends to", 0.9),
  h("not always", 0.9),
  h("the odd|occasional|odd bit|bits of", 0.88),
  h("the occasional", 0.88),
  h("not sure|unsure", 0.88),
  h("i'm not sure", 0.88),
  i("very|really|so|extremely|incredibly|totally|completely|utterly|absolutely|seriously|super"),
  i("always|constantly|forever|continually|continuously|endlessly|permanently|routinely"),
  i("such|massively|hugely|deeply|genuinely|truly|horribly|awfully|terribly|ridiculously"),
  i("every time"),
  i("all the time"),
  i("time and again"),
  i("over and over"),
  i("way|far too"),
  i("nothing but"),
  c("but|however|nevertheless|nonetheless", "but"),
  c("yet ,", "but"),
  c("that said", "but"),
  c("having said that", "but"),
  c("on the other hand", "but"),
  c("even so", "but"),
  c("although|though|whilst|whereas|despite|albeit", "although"),
  c("even though|if", "although"),
]);

export function buildScope(tokens: readonly Token[]): Scope {
  const n = tokens.length;
  const keys = tokens.map(tokenKeys);
  const clause = new Int32Array(n);
  const segment = new Int32Array(n);
  const intensifierAt = new Uint8Array(n);
  const exclaimed = new Set<number>();
  const mods = MODIFIERS.find(tokens, keys);
  const contrastAt = new Map<number, { style: "but" | "although"; to: number }>();
  const hedges: Array<{ at: number; factor: number }> = [];
  for (const m of mods) {
    if (m.data.kind === "intensifier") {
      for (let k = m.from; k < m.to; k++) intensifierAt[k] = 1;
    } else if (m.data.kind === "hedge") {
      hedges.push({ at: m.from, factor: m.data.factor });
    } else if (m.data.kind === "contrast") {
      contrastAt.set(m.from, { style: m.data.style, to: m.to });
    }
  }

  // Clauses and segments.
  let cl = 0;
  let seg = 0;
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (prev && prev.sentence !== t.sentence) {
      cl++;
      seg++;
    }
    const boundaryWord = t.kind === "word" && BOUNDARY_WORDS.has(t.norm);
    const contrast = contrastAt.get(k);
    if (boundaryWord || (t.kind === "punct" && HARD_PUNCT.test(t.value))) cl++;
    if ((contrast && contrast.style === "but") || t.value === ";") seg++;
    clause[k] = cl;
    segment[k] = seg;
    if (t.value.includes("!")) exclaimed.add(t.sentence);
  }

  const segmentHedge = new Float64Array(seg + 1).fill(1);
  for (const { at, factor } of hedges) {
    const s = segment[at]!;
    segmentHedge[s] = Math.max(0.6, segmentHedge[s]! * factor);
  }

  const contrasts = findConcessions(tokens, contrastAt, clause);
  const concessions = [...contrasts, ...findChanges(tokens, contrasts)];
  const deniedSentence = findDenials(tokens);
  return {
    tokens,
    keys,
    clause,
    segment,
    segmentHedge,
    concessions,
    deniedSentence,
    intensifierAt,
    exclaimedSentence: exclaimed,
  };
}

function concession(
  tokens: readonly Token[],
  conceded: readonly [number, number],
  main: readonly [number, number],
): Concession {
  return { conceded, main, past: isPast(tokens, conceded, main) };
}

/** A concession never reaches further than this many tokens from its marker. */
const MAX_REACH = 60;

interface Layout {
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** Number of word tokens before each position (length n + 1). */
  readonly wordsBefore: Int32Array;
  readonly clauseStart: Int32Array;
  /** Next comma, semicolon, colon or dash at or after each position, or the sentence end. */
  readonly nextBreak: Int32Array;
}

/** One pass over the tokens, so that the concession rules below stay linear. */
function layout(tokens: readonly Token[], clause: Int32Array): Layout {
  const n = tokens.length;
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  const wordsBefore = new Int32Array(n + 1);
  const clauseStart = new Int32Array(n);
  const nextBreak = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const same = k > 0 && tokens[k - 1]!.sentence === t.sentence;
    sentStart[k] = same ? sentStart[k - 1]! : k;
    clauseStart[k] = k > 0 && clause[k - 1] === clause[k] ? clauseStart[k - 1]! : k;
    wordsBefore[k + 1] = wordsBefore[k]! + (t.kind === "word" ? 1 : 0);
  }
  for (let k = n - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const same = k < n - 1 && tokens[k + 1]!.sentence === t.sentence;
    sentEnd[k] = same ? sentEnd[k + 1]! : k + 1;
    const isBreak = t.kind === "punct" && /^[,;:\u2013\u2014]$/.test(t.value);
    nextBreak[k] = isBreak ? k : same ? nextBreak[k + 1]! : k + 1;
  }
  return { sentStart, sentEnd, wordsBefore, clauseStart, nextBreak };
}

function findConcessions(
  tokens: readonly Token[],
  contrastAt: ReadonlyMap<number, { style: "but" | "although"; to: number }>,
  clause: Int32Array,
): Concession[] {
  const out: Concession[] = [];
  if (contrastAt.size === 0) return out;
  const { sentStart, sentEnd, wordsBefore, clauseStart, nextBreak } = layout(tokens, clause);
  const wordsIn = (a: number, b: number) => wordsBefore[b]! - wordsBefore[a]!;
  for (const [at, { style, to }] of contrastAt) {
    const sa = Math.max(sentStart[at]!, at - MAX_REACH);
    const sb = Math.min(sentEnd[at]!, to + MAX_REACH);
    if (style === "but") {
      // "X but Y": at the start of a sentence ("However, Y") X is the previous sentence.
      let from = sa;
      if (wordsIn(sa, at) === 0 && sa > 0) from = Math.max(sentStart[sa - 1]!, at - MAX_REACH);
      if (from < at) out.push(concession(tokens, [from, at], [to, sb]));
      continue;
    }
    if (to >= sb || wordsIn(to, sb) === 0) {
      // "..., a bit slow though." concedes the clause it closes.
      const a = at > 0 ? Math.max(clauseStart[at - 1]!, sa) : at;
      out.push(concession(tokens, [a, at], [sa, a]));
      continue;
    }
    // "Although X, Y" / "Y, although X": X runs to the next comma or the sentence end.
    const b = Math.min(to < tokens.length ? nextBreak[to]! : sb, sb);
    if (b >= sb && at > sa) {
      out.push(concession(tokens, [to, sb], [sa, at]));
    } else {
      out.push(concession(tokens, [to, b], [b, sb]));
    }
  }
  return out;
}

/** Multiplier from hedges in the cue's segment and intensifiers right before or in the cue. */
export function strength(scope: Scope, from: number, to: number): number {
  const { tokens, intensifierAt, clause } = scope;
  let factor = scope.segmentHedge[scope.segment[from]!] ?? 1;
  let boost = 0;
  for (let k = from - 1, words = 0; k >= 0 && words < 3 && clause[k] === clause[from]; k--) {
    if (tokens[k]!.kind !== "word") continue;
    words++;
    if (intensifierAt[k]) boost++;
  }
  for (let k = to; k < Math.min(tokens.length, to + 4) && clause[k] === clause[from]; k++) {
    if (intensifierAt[k]) boost++;
  }
  const v = tokens
    .slice(from, to)
    .map((t) => t.value)
    .join("");
  if (v.length > 3 && v === v.toUpperCase() && /\p{Lu}/u.test(v)) boost++;
  if (scope.exclaimedSentence.has(tokens[from]!.sentence)) boost++;
  factor *= Math.min(1.3, 1 + 0.12 * boost);
  return factor;
}

/**
 * Per token, the weight factor from concessions: a complaint conceded before praise ("slow,
 * but lovely people") counts less. And per token, whether it stands in a complaint the text
 * says is over ("They used to talk down to us, now they explain things"), with nothing to
 * complain of in the present that follows. The predicates are asked once per concession.
 */
export function concessionFactors(
  scope: Scope,
  mainIsPositiveOnly: (from: number, to: number) => boolean,
  mainIsQuiet: (from: number, to: number) => boolean = mainIsPositiveOnly,
): { factors: Float64Array; over: Uint8Array } {
  const factors = new Float64Array(scope.tokens.length).fill(1);
  const over = new Uint8Array(scope.tokens.length);
  for (const c of scope.concessions) {
    const main = c.past
      ? mainIsQuiet(c.main[0], c.main[1])
      : mainIsPositiveOnly(c.main[0], c.main[1]);
    if (!main) continue;
    if (c.past) over.fill(1, c.conceded[0], c.conceded[1]);
    // Mild on purpose: a conceded complaint is still a complaint, only a less insistent one;
    // unless it is a thing of the past.
    const factor = c.past ? 0.35 : 0.6;
    for (let k = c.conceded[0]; k < c.conceded[1]; k++) factors[k] = factors[k]! * factor;
  }
  return { factors, over };
}
