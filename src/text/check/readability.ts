// Flesch reading ease and Flesch-Kincaid grade over wink's sentences.
import { syllable } from "syllable";
import type { Analysis, Token } from "./analyse.js";
import { overlaps, type Readability, type Span } from "./types.js";

export const LONG_SENTENCE_WORDS = 25;

export function round1(x: number): number {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

// wink splits "don't" into "do" + "n't" and "we've" into "we" + "'ve"; readers see one word.
const CONTRACTION_TAIL = /^(?:n['’]t|['’]\p{L}{1,2})$/u;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

interface SentenceWords {
  start: number;
  end: number;
  words: number;
}

export interface Counts {
  words: number;
  sentences: number;
  syllables: number;
  perSentence: SentenceWords[];
}

/**
 * Counts words, sentences and syllables. `skip` leaves out words inside the given spans
 * (sorted by start); the score uses it so jargon is not charged twice.
 */
export function countWords(analysis: Analysis, skip: readonly Span[] = []): Counts {
  const { tokens } = analysis;
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  let s = 0;
  const perSentence: SentenceWords[] = [];
  const skipped = (token: Token): boolean => {
    while (s < skip.length && skip[s]!.end <= token.start) s++;
    const span = skip[s];
    return span !== undefined && overlaps(span, token);
  };
  for (const sentence of analysis.sentences) {
    let inSentence = 0;
    let pending = "";
    const flush = (): void => {
      if (pending) syllables += Math.max(1, syllable(pending));
      pending = "";
    };
    for (let k = sentence.first; k < sentence.last; k++) {
      const token = tokens[k]!;
      if (!HAS_WORD_CHAR.test(token.value) || skipped(token)) continue;
      if (pending && CONTRACTION_TAIL.test(token.value)) {
        pending += token.value;
        continue;
      }
      flush();
      pending = token.value;
      inSentence++;
    }
    flush();
    if (inSentence > 0) {
      sentences++;
      words += inSentence;
      perSentence.push({ start: sentence.start, end: sentence.end, words: inSentence });
    }
  }
  return { words, sentences, syllables, perSentence };
}

export interface Formulae {
  flesch: number;
  grade: number;
}

// Standard formulas (Flesch 1948; Kincaid et al. 1975). Unclamped: very plain text can score
// above 100 or below grade 0, and the score treats that as "easy enough" rather than special.
export function formulae(c: Counts): Formulae {
  if (c.words === 0 || c.sentences === 0) return { flesch: 0, grade: 0 };
  const wordsPerSentence = c.words / c.sentences;
  const syllablesPerWord = c.syllables / c.words;
  return {
    flesch: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
    grade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
  };
}

export function readability(analysis: Analysis): Readability {
  const counts = countWords(analysis);
  const { flesch, grade } = formulae(counts);
  return {
    flesch: round1(flesch),
    grade: round1(grade),
    words: counts.words,
    sentences: counts.sentences,
    avg_sentence_length: counts.sentences ? round1(counts.words / counts.sentences) : 0,
    long_sentences: counts.perSentence.filter((p) => p.words > LONG_SENTENCE_WORDS),
  };
}
