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
interface WordElement {
  readonly kind: "word";
  readonly words: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly optional: boolean;
}
interface SeqElement {
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
interface GapElement {
  readonly kind: "gap";
  readonly max: number;
}
type Element = WordElement | SeqElement | GapElement;

export interface Match<T> {
  /** First token of the match. */
  readonly from: number;
  /** One past the last token of the match. */
  readonly to: number;
  readonly data: T;
}

interface Compiled<T> {
  readonly elements: readonly Element[];
  readonly data: T;
  readonly source: string;
  /**
   * Word sets (by id) of which the text must hold at least one member each, or the cue cannot
   * match: a cheap test that spares the backtracking matcher most of the cues its first word
   * brings.
   */
  readonly required: readonly number[];
}

/** The words an element needs, when it needs one of a known few (no prefix, not optional). */
function requiredWords(el: Element): string[] | null {
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

const MIN_PREFIX = 3;
/** Distinct words whose cue lists `find` keeps at hand. */
const START_MEMO_LIMIT = 20_000;

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
function altsAt(el: SeqElement, keys: readonly string[]): number[] {
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

function elementMatches(el: WordElement, keys: readonly string[]): boolean {
  for (const k of keys) {
    if (el.words.has(k)) return true;
    for (const p of el.prefixes) if (k.startsWith(p)) return true;
  }
  return false;
}

function isTransparent(t: Token): boolean {
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
const GAP_STOPS = new Set(["not", "never", "no", "n't", "nobody", "nothing", "none", "without"]);

export class PhraseMatcher<T> {
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, Array<{ prefix: string; cue: number }>>();
  private readonly cues: Compiled<T>[] = [];
  private readonly startMemo = new Map<string, readonly number[]>();
  /** The required word sets: each word names the sets it belongs to. */
  private readonly setsOfWord = new Map<string, number[]>();
  private readonly setIds = new Map<string, number>();
  private calls = 0;
  private scratchArrays?: {
    heldIn: Int32Array;
    checkedIn: Int32Array;
    possibleNow: Uint8Array;
    triedIn: Int32Array;
    triedAt: Int32Array;
  };

  private get scratch() {
    if (!this.scratchArrays || this.calls >= 0x7fffffff) {
      const n = this.cues.length;
      this.calls = 0;
      this.scratchArrays = {
        heldIn: new Int32Array(this.setIds.size),
        checkedIn: new Int32Array(n),
        possibleNow: new Uint8Array(n),
        triedIn: new Int32Array(n),
        triedAt: new Int32Array(n),
      };
    }
    return this.scratchArrays;
  }

  constructor(entries: ReadonlyArray<{ readonly pattern: string; readonly data: T }>) {
    for (const { pattern, data } of entries) {
      const elements = parsePattern(pattern);
      const first = elements[0];
      if (!first || first.kind === "gap" || (first.kind === "word" && first.optional)) {
        throw new Error(`cue "${pattern}" must start with a word or a {..} group`);
      }
      const id = this.cues.length;
      const required = elements
        .slice(1)
        .map(requiredWords)
        .filter((w): w is string[] => w !== null)
        .map((words) => this.wordSetId(words));
      this.cues.push({ elements, data, source: pattern, required });
      const heads = first.kind === "word" ? [first] : first.alts.map((alt) => alt[0]!);
      for (const head of heads) {
        for (const w of head.words) this.index(this.byWord, w, id);
        for (const prefix of head.prefixes) {
          const key = prefix.slice(0, MIN_PREFIX);
          const list = this.byPrefix.get(key) ?? [];
          if (!list.some((x) => x.cue === id && x.prefix === prefix))
            list.push({ prefix, cue: id });
          this.byPrefix.set(key, list);
        }
      }
    }
  }

  private index(map: Map<string, number[]>, key: string, id: number): void {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  private wordSetId(words: readonly string[]): number {
    const key = [...new Set(words)].sort().join("\u0000");
    let id = this.setIds.get(key);
    if (id === undefined) {
      id = this.setIds.size;
      this.setIds.set(key, id);
      for (const w of new Set(words)) this.index(this.setsOfWord, w, id);
    }
    return id;
  }

  /**
   * The cues whose first element may match a token with this key, by word or by prefix;
   * remembered, as the same words come back in every answer. The memory is emptied when it
   * grows large, so that a flood of made-up words cannot fill it.
   */
  private cuesStartingWith(key: string): readonly number[] {
    let list = this.startMemo.get(key);
    if (list) return list;
    const found: number[] = [...(this.byWord.get(key) ?? [])];
    const pre = this.byPrefix.get(key.slice(0, MIN_PREFIX));
    if (pre) {
      for (const { prefix, cue } of pre) {
        if (key.startsWith(prefix) && !found.includes(cue)) found.push(cue);
      }
    }
    list = found;
    if (this.startMemo.size >= START_MEMO_LIMIT) this.startMemo.clear();
    this.startMemo.set(key, list);
    return list;
  }

  get size(): number {
    return this.cues.length;
  }

  /**
   * All matches, longest first at each start. A match lying wholly inside a longer one is
   * dropped when `shadows(outer, inner)` says so (by default always), so that, say, "not
   * helpful" does not also count as "helpful".
   */
  find(
    tokens: readonly Token[],
    keys: readonly (readonly string[])[],
    shadows: (outer: T, inner: T) => boolean = () => true,
  ): Match<T>[] {
    const found: Match<T>[] = [];
    // Scratch arrays live on the matcher and are told apart per call by a stamp, so that a
    // call allocates nothing per cue. Matching is synchronous: calls never interleave.
    const { heldIn, checkedIn, possibleNow, triedIn, triedAt } = this.scratch;
    const call = ++this.calls;
    // Which required word sets the text holds a member of.
    for (let i = 0; i < tokens.length; i++) {
      for (const k of keys[i]!) {
        const sets = this.setsOfWord.get(k);
        if (sets) for (const id of sets) heldIn[id] = call;
      }
    }
    const candidates: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const tk = tokens[i]!;
      if (tk.kind !== "word") continue;
      candidates.length = 0;
      for (const k of keys[i]!) {
        for (const c of this.cuesStartingWith(k)) {
          // Several keys of one token may bring the same cue: try it once.
          if (triedIn[c] === call && triedAt[c] === i) continue;
          triedIn[c] = call;
          triedAt[c] = i;
          if (checkedIn[c] !== call) {
            checkedIn[c] = call;
            possibleNow[c] = 1;
            for (const id of this.cues[c]!.required) {
              if (heldIn[id] !== call) {
                possibleNow[c] = 0;
                break;
              }
            }
          }
          if (possibleNow[c] === 1) candidates.push(c);
        }
      }
      // The order cues are tried in does not matter: all matches are sorted below.
      for (const c of candidates) {
        const cue = this.cues[c]!;
        const end = this.matchFrom(cue.elements, 0, i, tokens, keys);
        if (end > 0) found.push({ from: i, to: end, data: cue.data });
      }
    }
    found.sort((a, b) => a.from - b.from || b.to - a.to);
    const kept: Match<T>[] = [];
    // Matches are sorted by start, so only recent wide matches can contain a later one.
    let open: Match<T>[] = [];
    for (const m of found) {
      open = open.filter((o) => o.to > m.from);
      const shadowed = open.some(
        (o) =>
          o.from <= m.from &&
          o.to >= m.to &&
          o.to - o.from > m.to - m.from &&
          shadows(o.data, m.data),
      );
      if (shadowed) continue;
      kept.push(m);
      open.push(m);
    }
    return kept;
  }

  /** Matches a run of single tokens (one alternative of a {..} group) starting at `pos`. */
  private matchRun(
    run: readonly WordElement[],
    pos: number,
    tokens: readonly Token[],
    keys: readonly (readonly string[])[],
  ): number {
    let p = pos;
    for (let k = 0; k < run.length; k++) {
      if (k > 0) while (p < tokens.length && isTransparent(tokens[p]!)) p++;
      if (p >= tokens.length || !elementMatches(run[k]!, keys[p]!)) return -1;
      p++;
    }
    return p;
  }

  /** Returns one past the last matched token, or -1. Backtracks over optionals and gaps. */
  private matchFrom(
    els: readonly Element[],
    e: number,
    pos: number,
    tokens: readonly Token[],
    keys: readonly (readonly string[])[],
  ): number {
    if (e === els.length) return pos;
    let p = pos;
    while (p < tokens.length && isTransparent(tokens[p]!)) p++;
    const el = els[e]!;
    if (el.kind === "gap") {
      let q = p;
      for (let skipped = 0; skipped <= el.max; skipped++) {
        const r = this.matchFrom(els, e + 1, q, tokens, keys);
        if (r > 0) return r;
        if (q >= tokens.length || tokens[q]!.kind !== "word" || GAP_STOPS.has(tokens[q]!.norm))
          break;
        q++;
        while (q < tokens.length && isTransparent(tokens[q]!)) q++;
      }
      return -1;
    }
    if (el.kind === "seq") {
      if (p >= tokens.length) return -1;
      for (const i of altsAt(el, keys[p]!)) {
        const after = this.matchRun(el.alts[i]!, p, tokens, keys);
        if (after < 0) continue;
        const r = this.matchFrom(els, e + 1, after, tokens, keys);
        if (r > 0) return r;
      }
      return -1;
    }
    if (p < tokens.length && elementMatches(el, keys[p]!)) {
      const r = this.matchFrom(els, e + 1, p + 1, tokens, keys);
      if (r > 0) return r;
    }
    return el.optional ? this.matchFrom(els, e + 1, pos, tokens, keys) : -1;
  }
}
