// Small helpers shared by the regex-based checks.
import type { Span, TextSpan } from "./types.js";

// Clause edges: sentence punctuation, line breaks, commas, semicolons, colons, brackets and
// dashes used as punctuation.
const CLAUSE_EDGE = /[.!?;:,()\n\u2013\u2014]|\s-\s/g;
// To the right a clause also ends at a conjunction: "you clicked a link and the alarm went
// off" marks only the first half.
const CLAUSE_END =
  /[.!?;:,()\n\u2013\u2014]|\s-\s|\s(?:and|but|so|because|which|while|although|whereas)\s/i;
const REACH = 300;

/** The clause around [start, end): from the previous clause edge to the next one. */
export function clauseAround(text: string, start: number, end: number): Span {
  const from = Math.max(0, start - REACH);
  let left = from;
  for (const m of text.slice(from, start).matchAll(CLAUSE_EDGE))
    left = from + m.index + m[0].length;
  // With no edge in reach, start at a word boundary rather than mid-word.
  if (left === from && from > 0) {
    const space = text.slice(from, start).search(/\s/);
    left = space < 0 ? start : from + space;
  }
  const tail = text.slice(end, end + REACH);
  const next = tail.search(CLAUSE_END);
  let right = next < 0 ? Math.min(text.length, end + REACH) : end + next;
  while (left < right && /\s/.test(text[left]!)) left++;
  while (right > left && /\s/.test(text[right - 1]!)) right--;
  return { start: left, end: right };
}

/** Sorts spans and merges overlapping ones, filling in the text from the original. */
export function mergeSpans(text: string, spans: readonly Span[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) {
        last.end = s.end;
        last.text = text.slice(last.start, last.end);
      }
      continue;
    }
    out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  }
  return out;
}
