// Finds the cues of a lexicon in a text: the phrase language itself (what a pattern may say and
// how one token is compared) is in pattern-syntax.ts.
import type { Token } from "./nlp.js";
import {
  altsAt,
  type Element,
  elementMatches,
  GAP_STOPS,
  isTransparent,
  MIN_PREFIX,
  parsePattern,
  requiredWords,
  type WordElement,
} from "./pattern-syntax.js";

/** Distinct words whose cue lists `find` keeps at hand. */
const START_MEMO_LIMIT = 20_000;

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
