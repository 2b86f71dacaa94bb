import { effectiveMinimum, gateGroups, totalVisible } from "../analysis/privacy-gate.js";
import {
  detectIndicators,
  type EvidenceSpan,
  INDICATOR_CODES,
  type IndicatorCode,
} from "./indicators/index.js";
import { maskPersonalData } from "./mask.js";
import type { OpenAnswerRow } from "./open-answer.repository.js";

/**
 * Written answers as an analyst reads them: grouped by community, only for groups the privacy
 * gate shows, with emails and phone numbers masked, the relationship signs found in each and
 * the words that gave them away. Answers are sorted by question and text, never by when they
 * came in, so their order says nothing about who wrote them.
 */
export const INDICATOR_LABELS: Readonly<Record<IndicatorCode, string>> = {
  conflict: "Conflict",
  negative_communication: "Poor communication",
  negative_feelings: "Negative feelings",
  power_imbalance: "Power imbalance",
  disengagement: "Disengagement",
  blame: "Blame",
};

export interface ListedAnswer {
  item: string;
  text: string;
  indicators: IndicatorCode[];
  evidence: EvidenceSpan[];
}

export type AnswerGroup =
  | { group: string | null; suppressed: false; answers: ListedAnswer[] }
  | { group: string | null; suppressed: true };

export interface OpenAnswerList {
  /** False when the whole campaign is too small to show any written answer. */
  visible: boolean;
  groups: AnswerGroup[];
  /** How many listed answers show each sign, before the filter: for the filter's labels. */
  counts: Record<IndicatorCode, number>;
}

export function listAnswersForReading(
  answers: readonly OpenAnswerRow[],
  respondentsByCommunity: readonly { community: string | null; n: number }[],
  minGroupSize: number,
  only?: IndicatorCode,
): OpenAnswerList {
  const counts = Object.fromEntries(INDICATOR_CODES.map((c) => [c, 0])) as Record<
    IndicatorCode,
    number
  >;
  const respondents = respondentsByCommunity.reduce((sum, c) => sum + c.n, 0);
  if (!totalVisible(respondents, effectiveMinimum(minGroupSize))) {
    return { visible: false, groups: [], counts };
  }
  const decisions = gateGroups(
    respondentsByCommunity.map((c) => ({ key: c.community, n: c.n })),
    minGroupSize,
  );
  const groups = decisions.map((d): AnswerGroup => {
    if (d.suppressed) return { group: d.key, suppressed: true };
    const listed = answers
      .filter((a) => a.community === d.key)
      .map((a): ListedAnswer => {
        // Masked before detection, so evidence offsets point into the text that is shown.
        const text = maskPersonalData(a.body);
        const found = detectIndicators(text);
        return { item: a.item_code, text, indicators: found.indicators, evidence: found.evidence };
      })
      .sort((a, b) =>
        a.item === b.item ? a.text.localeCompare(b.text, "en") : a.item < b.item ? -1 : 1,
      );
    for (const a of listed) for (const code of a.indicators) counts[code]++;
    return {
      group: d.key,
      suppressed: false,
      answers: only === undefined ? listed : listed.filter((a) => a.indicators.includes(only)),
    };
  });
  return { visible: true, groups, counts };
}

export interface TextPiece {
  text: string;
  indicators: IndicatorCode[];
}

/** Cuts a text at every evidence boundary so each piece can be marked with the signs covering it. */
export function piecesOf(
  text: string,
  evidence: readonly EvidenceSpan[],
  only?: IndicatorCode,
): TextPiece[] {
  const spans = evidence.filter(
    (e) =>
      (only === undefined || e.indicator === only) &&
      e.start >= 0 &&
      e.end <= text.length &&
      e.start < e.end,
  );
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = [
      ...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.indicator)),
    ];
    pieces.push({ text: text.slice(start, end), indicators: covering });
  }
  return pieces;
}
