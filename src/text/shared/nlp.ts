import type { WinkMethods } from "wink-nlp";
import { englishPipeline } from "./wink.js";

// Only the POS stage: lemmas depend on it, while wink's own sentence splitter, NER and
// sentiment would cost time and we segment sentences ourselves from the tokens.
const STAGES = ["pos"];

type WinkTokens = ReturnType<ReturnType<WinkMethods["readDoc"]>["tokens"]>;
/**
 * wink's typings declare `its.lemma` with a signature that does not fit its own `out()`
 * overloads, although the call works; this is the one place that bridges the two.
 */
function outStrings(tokens: WinkTokens, fn: unknown): string[] {
  return (tokens.out as (f: unknown) => unknown[])(fn).map((v) => String(v ?? ""));
}

export type TokenKind = "word" | "punct" | "space" | "other";

export interface Token {
  /** UTF-16 offset into the original text, inclusive. */
  readonly start: number;
  /** UTF-16 offset into the original text, exclusive. */
  readonly end: number;
  /** The token as written. */
  readonly value: string;
  /** Lower case, US spelling, contractions expanded ("n't" -> "not"). */
  readonly norm: string;
  readonly lemma: string;
  readonly pos: string;
  readonly kind: TokenKind;
  /** Index of the sentence the token belongs to (0-based, in document order). */
  readonly sentence: number;
  /** Ends a sentence (., !, ?, line break). */
  readonly sentenceEnd: boolean;
}

/**
 * Long inputs are cut into pieces of about this many UTF-16 units so that memory stays flat
 * and the work stays linear however large an answer someone pastes.
 */
const CHUNK = 4000;

const SENTENCE_PUNCT = /^[.!?\u2026\u3002]+$/;
const PUNCT = /^[\p{P}\p{S}]+$/u;
const SPACE = /^\s+$/u;

function kindOf(value: string, pos: string): TokenKind {
  if (SPACE.test(value) || pos === "SPACE") return "space";
  if (PUNCT.test(value)) return "punct";
  if (/[\p{L}\p{N}]/u.test(value)) return "word";
  return "other";
}

/** Finds a cut point at or before `limit` that breaks neither a line, a word nor a surrogate pair. */
function cutPoint(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const floor = from + Math.floor(CHUNK / 2);
  for (let i = limit; i > floor; i--) {
    if (text[i] === "\n") return i + 1;
  }
  for (let i = limit; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) return i + 1;
  }
  const c = text.charCodeAt(limit);
  // A low surrogate at the cut would split an astral character in two.
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit;
}

const CLOSERS = /^["'\u2019\u201d)\]]+$/;

function tokenizeChunk(text: string, base: number, out: Token[], sentence: number): number {
  const nlp = englishPipeline(STAGES);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = outStrings(tokens, its.value);
  const norms = outStrings(tokens, its.normal);
  const lemmas = outStrings(tokens, its.lemma);
  const tags = outStrings(tokens, its.pos);
  let cursor = 0;
  let sent = sentence;
  let pendingBreak = false;
  for (let i = 0; i < values.length; i++) {
    const value = String(values[i] ?? "");
    const found = value.length > 0 ? text.indexOf(value, cursor) : -1;
    // wink returns tokens verbatim, so a miss means a character it rewrote; such a token is
    // anchored at the cursor as an empty span rather than guessed.
    const start = found >= 0 ? found : cursor;
    const end = found >= 0 ? found + value.length : cursor;
    const pos = String(tags[i] ?? "X");
    const kind = kindOf(value, pos);
    // wink reads a short word before a full stop as an abbreviation ("in." = inches): at the end
    // of the text, or before a capital, it is a word and the end of a sentence.
    const nextValue = String(values[i + 1] ?? "");
    const swallowedStop =
      kind === "word" &&
      /^[\p{L}]{1,5}\.$/u.test(value) &&
      (i + 1 === values.length || /^[\p{Lu}"'\u201c]/u.test(nextValue));
    const isStop = (kind === "punct" && SENTENCE_PUNCT.test(value)) || swallowedStop;
    const isBreak = kind === "space" && value.includes("\n");
    if (text.slice(cursor, start).includes("\n")) pendingBreak = true;
    if (pendingBreak && !isStop && !isBreak && !(kind === "punct" && CLOSERS.test(value))) {
      sent++;
      pendingBreak = false;
    }
    cursor = end;
    let norm = String(norms[i] ?? value).toLowerCase();
    let lemma = String(lemmas[i] ?? norm).toLowerCase();
    if (swallowedStop) {
      norm = norm.replace(/\.$/, "");
      lemma = lemma.replace(/\.$/, "");
    }
    out.push({
      start: base + start,
      end: base + end,
      value,
      norm,
      lemma,
      pos,
      kind,
      sentence: sent,
      sentenceEnd: isStop || isBreak,
    });
    if (isStop || isBreak) pendingBreak = true;
  }
  return pendingBreak ? sent + 1 : sent;
}

/** Splits text into tokens with exact offsets into the original string. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  if (text.length === 0) return out;
  let from = 0;
  let sentence = 0;
  while (from < text.length) {
    const to = cutPoint(text, from, from + CHUNK);
    const piece = text.slice(from, to);
    if (piece.trim().length > 0) {
      // A chunk boundary also ends a sentence: cheaper than stitching, and rare in real answers.
      sentence = tokenizeChunk(piece, from, out, sentence) + 1;
    }
    from = to;
  }
  return renumberSentences(out);
}

/** Keeps sentence indices dense (0, 1, 2 ...) after chunking may have skipped some. */
function renumberSentences(tokens: Token[]): Token[] {
  let prev = -1;
  let next = -1;
  return tokens.map((t) => {
    if (t.sentence !== prev) {
      prev = t.sentence;
      next++;
    }
    return t.sentence === next ? t : { ...t, sentence: next };
  });
}
