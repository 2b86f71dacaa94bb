// Result shape of checkMessage. Field names are snake_case where the CLI and web page
// consume them as JSON, so keep them stable.

/** A marked stretch of the original text: JavaScript string indices, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Do two stretches of text share at least one character? */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface TextSpan extends Span {
  text: string;
}

export interface LongSentence extends Span {
  words: number;
}

export interface Readability {
  flesch: number;
  grade: number;
  words: number;
  sentences: number;
  avg_sentence_length: number;
  long_sentences: LongSentence[];
}

export interface JargonFinding extends Span {
  term: string;
  suggestion: string;
}

export type FearEvidenceKind = "threat" | "response_efficacy" | "self_efficacy";

export interface FearEvidence extends TextSpan {
  kind: FearEvidenceKind;
}

export interface FearCheck {
  threat: boolean;
  efficacy: boolean;
  flag: boolean;
  evidence: FearEvidence[];
}

export interface MessageCheck {
  readability: Readability;
  jargon: JargonFinding[];
  blame: TextSpan[];
  fear: FearCheck;
  passive: TextSpan[];
  commands_without_reasons: TextSpan[];
  score: number;
  suggestions: string[];
}
