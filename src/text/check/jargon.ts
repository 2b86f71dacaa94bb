// Jargon finder: one token trie built from the whole glossary at module load, walked once
// over the text. That keeps the cost linear in the text whatever the glossary size, unlike
// one regex per term.
import { unknownAbbreviations } from "./abbreviations.js";
import type { GlossaryEntry } from "./glossary.js";
import { GLOSSARY } from "./glossary.js";
import type { JargonFinding } from "./types.js";

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

export function entryForms(entry: GlossaryEntry): string[] {
  const base = [entry.term, ...(entry.variants ?? [])];
  const forms = new Set(base);
  for (const form of base) {
    const p = plural(form, entry.kind);
    if (p) forms.add(p);
    // "encrypted" -> "unencrypted", "patched" -> "unpatched": the negative is just as technical.
    const negative = `un${form}`;
    if (entry.kind !== "term" || !/^[a-z]+ed$/i.test(form) || /^un/i.test(form)) continue;
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

// Words that show an everyday-looking word is used in its technical sense.
const TECH_CUES = new Set(
  (
    "software system systems computer computers laptop laptops device devices server servers " +
    "app apps application applications network networks update updates updated updating " +
    "install installed installing apply applied security secure attacker attackers hacker " +
    "hackers windows browser version online internet data file files account accounts login " +
    "logins password passwords email emails storage stored upload uploaded drive backup " +
    "backups hosted microsoft google apple vendor flaw flaws bug bugs fix fixes vulnerable " +
    "virus viruses malicious phone phones code digital cyber address website websites"
  ).split(" "),
);
const CUE_WINDOW = 8;

// Cue words count only inside the same sentence: "Apply the patch to your laptop. A patch of
// grass." must not lend the second patch a technical sense.
const SENTENCE_BREAK = /[.!?]\s|\n[ \t]*\n/;

function sentenceIds(text: string, tokens: WordToken[]): Uint32Array {
  const ids = new Uint32Array(tokens.length);
  for (let k = 1; k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    ids[k] = ids[k - 1]! + (SENTENCE_BREAK.test(gap) ? 1 : 0);
  }
  return ids;
}

function hasTechnicalContext(
  tokens: WordToken[],
  ids: Uint32Array,
  m: RawMatch,
  solid: RawMatch[],
  firstSolid: number,
): boolean {
  const sentence = ids[m.first]!;
  for (let j = firstSolid; j < solid.length && solid[j]!.first <= m.last + CUE_WINDOW; j++) {
    if (ids[solid[j]!.first] === sentence) return true;
  }
  const from = Math.max(0, m.first - CUE_WINDOW);
  const to = Math.min(tokens.length - 1, m.last + CUE_WINDOW);
  for (let k = from; k <= to; k++) {
    if ((k >= m.first && k <= m.last) || ids[k] !== sentence) continue;
    const value = tokens[k]!.value;
    if (value === "IT" || TECH_CUES.has(value.toLowerCase())) return true;
  }
  return false;
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
      if (!hasTechnicalContext(tokens, ids, m, solid, s)) continue;
    }
    out.push({
      term: m.entry.term,
      start: tokens[m.first]!.start,
      end: tokens[m.last]!.end,
      suggestion: m.entry.suggestion,
    });
  }
  const covered = new Set<number>();
  for (const m of raw) for (let k = m.first; k <= m.last; k++) covered.add(k);
  const unknown = unknownAbbreviations(text, tokens, covered);
  return unknown.length === 0 ? out : [...out, ...unknown].sort((a, b) => a.start - b.start);
}
