import type { Token } from "./nlp.js";

/**
 * A tiny phrase language for cue lexicons, matched against wink tokens:
 *
 *   word        the token's text, normal form or lemma equals `word` ("talk" matches "talked")
 *   a|b|c       any of these single tokens
 *   frustrat*   any token starting with "frustrat"
 *   {a b|c}     any of these word sequences ("{get back|reply}")
 *   [a|b]       optional single token
 *   ~3          up to three further word tokens may stand here
 *
 * Elements are separated by spaces outside braces. Hyphens and whitespace tokens between words
 * are skipped, so "face to face" also matches "face-to-face". Contractions are written as
 * people write them and split the way wink splits them ("don't" -> "do not"). The first
 * element may not be optional or a gap: it is what the index is keyed on.
 */
export interface WordElement {
  readonly kind: "word";
  readonly words: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly optional: boolean;
}
export interface SeqElement {
  readonly kind: "seq";
  /** Alternatives, longest first, each a run of single-token elements. */
  readonly alts: readonly (readonly WordElement[])[];
  /**
   * Alternatives by the words their first token may be, and those whose first token is a
   * prefix: a group of thirty phrases is then tried only where one of them can start.
   */
  readonly byHead: ReadonlyMap<string, readonly number[]>;
  readonly prefixed: readonly number[];
}
export interface GapElement {
  readonly kind: "gap";
  readonly max: number;
}
export type Element = WordElement | SeqElement | GapElement;

/** The words an element needs, when it needs one of a known few (no prefix, not optional). */
export function requiredWords(el: Element): string[] | null {
  if (el.kind === "gap") return null;
  if (el.kind === "word") {
    return el.optional || el.prefixes.length > 0 ? null : [...el.words];
  }
  const heads: string[] = [];
  for (const alt of el.alts) {
    const head = alt[0]!;
    if (head.prefixes.length > 0) return null;
    heads.push(...head.words);
  }
  return heads;
}

export const MIN_PREFIX = 3;

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan't\b/g, "can not"],
  [/\bcannot\b/g, "can not"],
  [/\bwon't\b/g, "will not"],
  [/\bshan't\b/g, "shall not"],
  [/\b(\w+)n't\b/g, "$1 not"],
  [/\b(\w+)'re\b/g, "$1 are"],
  [/\b(\w+)'ve\b/g, "$1 have"],
  [/\b(\w+)'ll\b/g, "$1 will"],
  [/\b(\w+)'d\b/g, "$1 would"],
  [/\b(\w+)'s\b/g, "$1 's"],
];

function splitContractions(text: string): string {
  let p = text;
  for (const [re, to] of CONTRACTIONS) p = p.replace(re, to);
  return p;
}

function parseWord(body: string, optional: boolean, source: string, inSeq = false): WordElement {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of body.split("|")) {
    if (alt.length === 0) throw new Error(`empty alternative in cue "${source}"`);
    if (!inSeq && /'/.test(alt) && !/^(i'm|'s)$/.test(alt)) {
      throw new Error(
        `contraction "${alt}" in a one-token alternation in cue "${source}": use {..}`,
      );
    }
    if (alt.endsWith("*")) {
      const p = alt.slice(0, -1);
      if (p.length < MIN_PREFIX) throw new Error(`prefix too short in cue "${source}"`);
      prefixes.push(p);
    } else {
      words.add(alt);
    }
  }
  return { kind: "word", words, prefixes, optional };
}

function parseSeq(body: string, source: string): SeqElement {
  const alts: WordElement[][] = [];
  for (const raw of body.split("|")) {
    const alt = splitContractions(raw.trim());
    if (alt.length === 0) throw new Error(`empty alternative in cue "${source}"`);
    const variants = /\w-\w/.test(alt) ? [alt, alt.replace(/(\w)-(\w)/g, "$1 $2")] : [alt];
    for (const v of variants)
      alts.push(v.split(/\s+/).map((w) => parseWord(w, false, source, true)));
  }
  alts.sort((x, y) => y.length - x.length);
  const byHead = new Map<string, number[]>();
  const prefixed: number[] = [];
  alts.forEach((alt, i) => {
    const head = alt[0]!;
    if (head.prefixes.length > 0) prefixed.push(i);
    for (const w of head.words) {
      const list = byHead.get(w) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      byHead.set(w, list);
    }
  });
  return { kind: "seq", alts, byHead, prefixed };
}

/** The alternatives of a group that may start at a token with these keys, in group order. */
export function altsAt(el: SeqElement, keys: readonly string[]): number[] {
  let out: number[] | undefined;
  let many = false;
  for (const k of keys) {
    const list = el.byHead.get(k);
    if (!list) continue;
    if (out) {
      out = out.concat(list);
      many = true;
    } else out = list as number[];
  }
  if (el.prefixed.length > 0) {
    if (out) {
      out = out.concat(el.prefixed);
      many = true;
    } else out = el.prefixed as number[];
  }
  if (!out) return [];
  return many ? [...new Set(out)].sort((a, b) => a - b) : out;
}

function splitElements(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of pattern.trim()) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = "";
    } else {
      cur += ch;
    }
  }
  if (depth !== 0) throw new Error(`unbalanced braces in cue "${pattern}"`);
  if (cur) out.push(cur);
  return out;
}

export function parsePattern(pattern: string): Element[] {
  const elements: Element[] = [];
  for (const raw of splitElements(pattern)) {
    const gap = /^~(\d)$/.exec(raw);
    if (gap) {
      elements.push({ kind: "gap", max: Number(gap[1]) });
    } else if (raw.startsWith("{") && raw.endsWith("}")) {
      elements.push(parseSeq(raw.slice(1, -1), pattern));
    } else if (raw.startsWith("[") && raw.endsWith("]")) {
      elements.push(parseWord(raw.slice(1, -1), true, pattern));
    } else {
      // Outside braces a contraction becomes two elements: "don't" -> "do not".
      for (const w of splitContractions(raw).split(" "))
        elements.push(parseWord(w, false, pattern));
    }
  }
  return elements;
}

/** The strings a token can be matched on. */
export function tokenKeys(t: Token): string[] {
  const keys = [t.norm];
  if (t.lemma !== t.norm) keys.push(t.lemma);
  const lower = t.value.toLowerCase();
  if (lower !== t.norm) keys.push(lower);
  // "IT" the department, as opposed to the pronoun; only the capitals tell them apart.
  if (t.value === "IT" || t.value === "I.T." || t.value === "I.T") keys.push("it_dept");
  // wink lemmatises capitalised words as proper nouns ("Users" stays "users").
  if (t.norm.length > 3 && t.norm.endsWith("s") && !t.norm.endsWith("ss")) {
    keys.push(t.norm.slice(0, -1));
  }
  return keys;
}

export function elementMatches(el: WordElement, keys: readonly string[]): boolean {
  for (const k of keys) {
    if (el.words.has(k)) return true;
    for (const p of el.prefixes) if (k.startsWith(p)) return true;
  }
  return false;
}

export function isTransparent(t: Token): boolean {
  return (
    t.kind === "space" ||
    t.value === "-" ||
    t.value === "\u2010" ||
    t.value === "\u2011" ||
    t.value === "'" ||
    t.value === "\u2019"
  );
}

/** A gap never swallows a negation: "are ~1 the enemy" must not match "are not the enemy". */
export const GAP_STOPS = new Set([
  "not",
  "never",
  "no",
  "n't",
  "nobody",
  "nothing",
  "none",
  "without",
]);
