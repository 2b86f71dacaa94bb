// Jargon finder: one token trie built from the whole glossary at module load, walked once
// over the text. That keeps the cost linear in the text whatever the glossary size, unlike
// one regex per term.
import { unknownAbbreviations } from "./abbreviations.js";
import type { GlossaryEntry } from "./glossary.js";
import { GLOSSARY } from "./glossary.js";
import { findNotation } from "./notation.js";
import { CUE_WINDOW, hasTechnicalContext, isTechnicalMessage, sentenceIds } from "./senses.js";
import { type JargonFinding, overlaps } from "./types.js";

export interface WordToken {
  start: number;
  end: number;
  value: string;
}

// Letters, digits and combining marks, so decomposed accents stay inside their word; an
// underscore too, so that a name from code (DATABASE_URL) is one word that no term matches.
const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return out;
}

// Between the words of a multi-word term we accept a space, a line break, a hyphen, a slash
// or a comma, so "multi-factor", "multi factor" and a term wrapped over two lines all match.
// A blank line or a full stop ends the term.
const GAP = /^[ \t\u00a0]*(?:[,\-\u2010\u2011\u2013/][ \t\u00a0]*)?(?:\r?\n)?[ \t\u00a0]*$/;
const MAX_GAP = 4;

interface TrieNode {
  exact: Map<string, TrieNode>;
  folded: Map<string, TrieNode>;
  entry?: GlossaryEntry;
}

function newNode(): TrieNode {
  return { exact: new Map(), folded: new Map() };
}

function plural(form: string, kind: GlossaryEntry["kind"]): string | undefined {
  if (kind === "acronym") return /[sS]$/.test(form) ? undefined : `${form}s`;
  if (/(s|ing|ed)$/i.test(form)) return undefined;
  if (/[^aeiou]y$/i.test(form)) return `${form.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/i.test(form)) return `${form}es`;
  return `${form}s`;
}

// Every spelling the glossary lists itself, so that a generated form never takes one of them.
const LISTED = new Set(
  GLOSSARY.flatMap((e) => [e.term, ...(e.variants ?? [])]).map((f) => f.toLowerCase()),
);

/**
 * "vpn", "dhcp", "m365": hurried writers type abbreviations in lower case, and other editors
 * marked them as readily (session 18). Only where the lower-case form cannot be an English
 * word: it holds a digit, or no vowel at all, so "pin", "ram" or "soc" stay plain words.
 */
function lowerCaseForm(form: string): string | undefined {
  if (!/^[A-Z0-9]{3,}$/.test(form) || !/[A-Z]/.test(form)) return undefined;
  const lower = form.toLowerCase();
  if (!/\d/.test(lower) && /[aeiouy]/.test(lower)) return undefined;
  return TERM_SPELLINGS.has(lower) ? undefined : lower;
}

// Spellings of terms (not acronyms), which a lower-case acronym must not take.
const TERM_SPELLINGS = new Set(
  GLOSSARY.filter((e) => e.kind === "term")
    .flatMap((e) => [e.term, ...(e.variants ?? [])])
    .map((f) => f.toLowerCase()),
);

export function entryForms(entry: GlossaryEntry): string[] {
  const listed = [entry.term, ...(entry.variants ?? [])];
  const lower = entry.kind === "acronym" ? listed.map(lowerCaseForm) : [];
  const base = [...listed, ...lower.filter((f): f is string => f !== undefined)];
  const forms = new Set(base);
  for (const form of base) {
    const p = plural(form, entry.kind);
    if (p) forms.add(p);
    // "encrypted" -> "unencrypted", "patched" -> "unpatched": the negative is just as technical.
    if (entry.kind !== "term" || !/^[a-z]+ed$/i.test(form) || /^un/i.test(form)) continue;
    const negative = `un${form}`;
    if (!LISTED.has(negative.toLowerCase())) forms.add(negative);
  }
  return [...forms];
}

/** Forms claimed by two different entries; the glossary test expects none. */
export const FORM_COLLISIONS: string[] = [];

function buildTrie(entries: readonly GlossaryEntry[]): TrieNode {
  const root = newNode();
  for (const entry of entries) {
    for (const form of entryForms(entry)) {
      let node = root;
      for (const t of wordTokens(form)) {
        // "IT" inside a term ("IT environment") keeps its case, or "make it environment-friendly"
        // would match.
        const exact = entry.kind === "acronym" || t.value === "IT";
        const map = exact ? node.exact : node.folded;
        const key = exact ? t.value : t.value.toLowerCase();
        let next = map.get(key);
        if (!next) {
          next = newNode();
          map.set(key, next);
        }
        node = next;
      }
      if (node === root) continue;
      if (node.entry && node.entry !== entry) FORM_COLLISIONS.push(form);
      else node.entry = entry;
    }
  }
  return root;
}

const TRIE = buildTrie(GLOSSARY);

interface RawMatch {
  entry: GlossaryEntry;
  first: number;
  last: number;
}

function longestAt(text: string, tokens: WordToken[], i: number): RawMatch | undefined {
  let best: RawMatch | undefined;
  const walk = (node: TrieNode, k: number): void => {
    const token = tokens[k];
    if (!token) return;
    if (k > i) {
      const before = tokens[k - 1]!;
      if (token.start - before.end > MAX_GAP) return;
      if (!GAP.test(text.slice(before.end, token.start))) return;
    }
    const nexts = [node.exact.get(token.value), node.folded.get(token.value.toLowerCase())];
    for (const next of nexts) {
      if (!next) continue;
      // Longer wins; on a tie the acronym (tried first) stays.
      if (next.entry && (!best || k > best.last)) best = { entry: next.entry, first: i, last: k };
      walk(next, k + 1);
    }
  };
  walk(TRIE, i);
  return best;
}

/**
 * "<html>", "page.html", "/vpn/": an acronym typed in lower case inside markup, a file name or
 * a path is part of a name, not a word the reader must know.
 */
function inMarkupOrName(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (value !== value.toLowerCase()) return false;
  return /[<./]/.test(text[start - 1] ?? "") || /[>/]/.test(text[end] ?? "");
}

/** Glossary terms in the text, in order, longest match first and never overlapping. */
export function findJargon(text: string): JargonFinding[] {
  const tokens = wordTokens(text);
  const raw: RawMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = longestAt(text, tokens, i);
    if (m) {
      raw.push(m);
      i = m.last + 1;
    } else {
      i++;
    }
  }
  const solid = raw.filter((m) => !m.entry.technicalOnly);
  const ids = raw.some((m) => m.entry.technicalOnly)
    ? sentenceIds(text, tokens)
    : new Uint32Array(0);
  const technical = ids.length > 0 && isTechnicalMessage(solid);
  // Solid matches ending before the window can never matter again; a sliding index skips them.
  const out: JargonFinding[] = [];
  let s = 0;
  for (const m of raw) {
    if (m.entry.technicalOnly) {
      // "a patch of grass", "a token of thanks", "a cloud of dust": the everyday sense.
      if (
        m.first === m.last &&
        /^\s+of\s/i.test(text.slice(tokens[m.last]!.end, tokens[m.last]!.end + 5))
      ) {
        continue;
      }
      while (s < solid.length && solid[s]!.last < m.first - CUE_WINDOW) s++;
      if (!technical && !hasTechnicalContext(text, tokens, ids, m, solid, s)) continue;
    }
    const start = tokens[m.first]!.start;
    const end = tokens[m.last]!.end;
    if (m.entry.kind === "acronym" && inMarkupOrName(text, start, end)) continue;
    out.push({ term: m.entry.term, start, end, suggestion: m.entry.suggestion });
  }
  const covered = new Set<number>();
  for (const m of raw) for (let k = m.first; k <= m.last; k++) covered.add(k);
  const words = [...out, ...unknownAbbreviations(text, tokens, covered)];
  const notation = findNotation(text);
  if (notation.length === 0) return words.sort((a, b) => a.start - b.start);
  // "port 3389" is one finding, not the glossary's "port" and a number.
  const apart = words.filter((w) => !notation.some((n) => overlaps(n, w)));
  return [...apart, ...notation].sort((a, b) => a.start - b.start);
}
