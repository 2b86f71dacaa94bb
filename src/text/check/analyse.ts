// One wink-nlp pass per message: tokens with offsets into the original text, part-of-speech
// tags, lemmas and sentences. Every rule-based check reads from this shared result.

import type { ItsFunction } from "wink-nlp";
import { englishPipeline } from "../shared/wink.js";
import { chunks } from "./chunks.js";

export interface Token {
  start: number;
  end: number;
  value: string;
  lower: string;
  /** Universal part-of-speech tag from wink ("VERB", "AUX", "NOUN", ... "SPACE"). */
  pos: string;
  lemma: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first and one past the last token; whitespace tokens at the edges are left out. */
  first: number;
  last: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// wink's typings return `T[] | string[]` from out(); this narrows its span output (pairs of
// token indices) without resorting to any.
function spanPairs(value: unknown): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (!Array.isArray(value)) return pairs;
  for (const item of value) {
    if (Array.isArray(item) && typeof item[0] === "number" && typeof item[1] === "number") {
      pairs.push([item[0], item[1]]);
    }
  }
  return pairs;
}

function locate(text: string, values: string[], spaces: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    cursor += spaces[i]?.length ?? 0;
    // wink rebuilds the text exactly in all cases we tried; searching forward is the fallback
    // if a future model normalises some character.
    // The search is bounded so a mismatch cannot turn into a scan of the whole piece.
    const near = text.slice(cursor, cursor + value.length + 64).indexOf(value);
    const start = near < 0 ? Math.min(cursor, text.length) : cursor + near;
    const end = Math.min(start + value.length, text.length);
    out.push([start, end]);
    cursor = end;
  }
  return out;
}

const BULLET = /^(?:[-*•·‣▪–—]|\d{1,2}[.)]|[a-z][.)])$/;
const ENDS_CLAUSE = /[.!?:;,]$/;

function isSpace(token: Token): boolean {
  return token.pos === "SPACE" || token.value.trim() === "";
}

function wordCountBetween(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (/[\p{L}\p{N}]/u.test(tokens[k]!.value)) n++;
  return n;
}

// wink splits on punctuation but reads a bulleted list or a line without a full stop as
// one long sentence. We also break at a blank line, before a bullet, after a line that ends
// in punctuation, and after a short heading-like line followed by a capitalised one.
function splitAtLines(tokens: Token[], first: number, last: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = first;
  let lineStart = first;
  for (let k = first; k < last; k++) {
    const token = tokens[k]!;
    if (!token.value.includes("\n")) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const blank = (token.value.match(/\n/g)?.length ?? 0) >= 2;
    const nextIsBullet =
      next !== undefined &&
      (BULLET.test(next.value) ||
        (/^\d{1,2}$/.test(next.value) && /^[.)]$/.test(tokens[k + 2]?.value ?? "")));
    const prevEnds = prev !== undefined && ENDS_CLAUSE.test(prev.value);
    const heading =
      next !== undefined &&
      /^\p{Lu}/u.test(next.value) &&
      wordCountBetween(tokens, lineStart, k) <= 8;
    if (blank || nextIsBullet || prevEnds || heading) {
      if (k > from) parts.push([from, k]);
      from = k + 1;
    }
    lineStart = k + 1;
  }
  if (last > from) parts.push([from, last]);
  return parts;
}

export function analyse(text: string): Analysis {
  if (text.trim() === "") return { text, tokens: [], sentences: [] };
  const tokens: Token[] = [];
  const spans: Array<[number, number]> = [];
  for (const [from, to] of chunks(text)) {
    const piece = text.slice(from, to);
    if (piece.trim() === "") continue;
    const base = tokens.length;
    // wink's full pipeline (with its sentence boundaries), made once, on the first message.
    const nlp = englishPipeline();
    const its = nlp.its;
    // wink's typings give its.lemma an extra `addons` parameter that no out() overload
    // accepts; at runtime it is an ordinary token helper.
    const lemmaOf = its.lemma as unknown as ItsFunction<string>;
    const doc = nlp.readDoc(piece);
    const all = doc.tokens();
    const values = all.out(its.value);
    const tags = all.out(its.pos);
    const lemmas = all.out(lemmaOf);
    const offsets = locate(piece, values, all.out(its.precedingSpaces));
    values.forEach((value, i) => {
      tokens.push({
        start: from + offsets[i]![0],
        end: from + offsets[i]![1],
        value,
        lower: value.toLowerCase(),
        pos: tags[i] ?? "X",
        lemma: (lemmas[i] ?? value).toLowerCase(),
      });
    });
    for (const [a, b] of spanPairs(doc.sentences().out(its.span)))
      spans.push([base + a, base + b + 1]);
  }
  const sentences: Sentence[] = [];
  let previousHasLetters = true;
  for (const [a, b] of spans) {
    for (const [from, to] of splitAtLines(tokens, a, b)) {
      let first = from;
      let last = to;
      while (first < last && isSpace(tokens[first]!)) first++;
      while (last > first && isSpace(tokens[last - 1]!)) last--;
      if (first === last) continue;
      const hasLetters = /\p{L}/u.test(text.slice(tokens[first]!.start, tokens[last - 1]!.end));
      const previous = sentences[sentences.length - 1];
      // A list number such as "1." comes back from wink as a sentence of its own; it belongs
      // to the item that follows it.
      if (
        previous &&
        !previousHasLetters &&
        !text.slice(previous.end, tokens[first]!.start).includes("\n")
      ) {
        previous.end = tokens[last - 1]!.end;
        previous.last = last;
        previousHasLetters = hasLetters;
        continue;
      }
      previousHasLetters = hasLetters;
      sentences.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
    }
  }
  return { text, tokens, sentences };
}
