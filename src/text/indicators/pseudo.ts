import { parsePattern } from "../shared/pattern-syntax.js";
import type { IndicatorCue } from "./lexicon/index.js";
import { CUE_ENTRIES } from "./lexicon/index.js";
import { INDICATOR_CODES, type IndicatorCode } from "./types.js";

type Element = ReturnType<typeof parsePattern>[number];
type WordElement = Extract<Element, { kind: "word" }>;

/**
 * The lexicon read as a handful of short labelled phrases, one set per cue: "rows with IT",
 * "sat idle", "talk down to us". Added to the classifier's training statements they lend their
 * words to it, so that a complaint phrased unlike any cue can still be recognised by a word it
 * shares with one ("left idle for a week").
 */
export interface PseudoDoc {
  readonly text: string;
  readonly labels: ReadonlySet<IndicatorCode>;
  readonly cue: IndicatorCue;
}

/** A cue weight at least this strong makes its phrases examples of the indicator. */
const LABEL_MIN = 0.4;
/** Phrases drawn per cue: enough to show its alternatives, few enough not to swamp the corpus. */
const PER_CUE = 3;

function wordsOf(el: WordElement): string[] {
  // A prefix ("frustrat*") stands for its words; the classifier's stems read it the same way.
  return [...el.words, ...el.prefixes].filter((w) => w !== "it_dept");
}

function pick<T>(list: readonly T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

function sample(elements: readonly Element[], draw: number): string {
  const out: string[] = [];
  elements.forEach((el, j) => {
    // Different elements step through their alternatives at different rates, so that the
    // phrases drawn from one cue differ in more than their first word.
    const i = draw * (j + 1) + j;
    if (el.kind === "gap") return;
    if (el.kind === "seq") {
      const alt = pick(el.alts, i);
      for (const w of alt ?? []) {
        const word = pick(wordsOf(w), i);
        if (word) out.push(word);
      }
      return;
    }
    if (el.optional && draw % 2 === 1) return;
    const word = pick(wordsOf(el), i);
    if (word) out.push(word === "it_dept" ? "IT" : word);
  });
  return out.join(" ");
}

function labelsOf(cue: IndicatorCue): Set<IndicatorCode> {
  const labels = new Set<IndicatorCode>();
  // A positive cue's phrases are praise: examples of no indicator at all.
  if (cue.positive) return labels;
  for (const code of INDICATOR_CODES) {
    if ((cue.weights[code] ?? 0) >= LABEL_MIN) labels.add(code);
  }
  return labels;
}

let cached: PseudoDoc[] | undefined;

export function lexiconPhrases(): readonly PseudoDoc[] {
  if (cached) return cached;
  const out: PseudoDoc[] = [];
  const seen = new Set<string>();
  for (const entry of CUE_ENTRIES) {
    const elements = parsePattern(entry.pattern);
    const labels = labelsOf(entry.data);
    for (let draw = 0; draw < PER_CUE; draw++) {
      const text = sample(elements, draw);
      const key = text.toLowerCase();
      if (text.length === 0 || seen.has(key)) continue;
      seen.add(key);
      out.push({ text, labels, cue: entry.data });
    }
  }
  cached = out;
  return out;
}
