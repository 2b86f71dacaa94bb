import { round1 } from "../analysis/describe.js";
import { effectiveMinimum, gateGroups, totalVisible } from "../analysis/privacy-gate.js";
import { wilsonInterval } from "../analysis/wilson.js";
import {
  detectIndicators,
  type EvidenceSpan,
  INDICATOR_CODES,
  type IndicatorCode,
} from "./indicators/index.js";
import { maskPersonalData } from "./mask.js";
import type { OpenAnswerRow } from "./open-answer.repository.js";

/**
 * The six relationship signs across a campaign's written answers: how many answers show each
 * sign, per community and per question, through the privacy gate. Quotes (masked) are given
 * only for groups that are shown, a few per sign.
 */
export interface IndicatorShare {
  indicator: IndicatorCode;
  count: number;
  percent: number | null;
  ci95: [number, number] | null;
}

export interface Quote {
  item: string;
  text: string;
  evidence: EvidenceSpan[];
}

export type GroupIndicators =
  | {
      group: string | null;
      respondents: number;
      answers: number;
      suppressed: false;
      indicators: IndicatorShare[];
      quotes: Partial<Record<IndicatorCode, Quote[]>>;
    }
  | { group: string | null; respondents: null; answers: null; suppressed: true };

export interface CampaignIndicators {
  respondents: number;
  min_group_size: number;
  answers: number;
  by_community: GroupIndicators[];
  by_question: { item: string; answers: number | null; indicators: IndicatorShare[] | null }[];
}

const QUOTES_PER_SIGN = 3;

function shares(found: Set<IndicatorCode>[]): IndicatorShare[] {
  const n = found.length;
  return INDICATOR_CODES.map((indicator) => {
    const count = found.filter((f) => f.has(indicator)).length;
    const ci = wilsonInterval(count, n);
    return {
      indicator,
      count,
      percent: n > 0 ? Math.round((1000 * count) / n) / 10 : null,
      ci95: ci ? [round1(ci[0] * 100), round1(ci[1] * 100)] : null,
    };
  });
}

export function campaignIndicators(
  answers: readonly OpenAnswerRow[],
  respondentsByCommunity: readonly { community: string | null; n: number }[],
  minGroupSize: number,
): CampaignIndicators {
  // Masked first, so quotes and their evidence offsets refer to the text that is shown.
  const analysed = answers.map((a) => {
    const text = maskPersonalData(a.body);
    const result = detectIndicators(text);
    return { ...a, text, found: new Set(result.indicators), evidence: result.evidence };
  });
  const respondents = respondentsByCommunity.reduce((sum, c) => sum + c.n, 0);
  const visible = totalVisible(respondents, minGroupSize);
  const decisions = visible
    ? gateGroups(
        respondentsByCommunity.map((c) => ({ key: c.community, n: c.n })),
        minGroupSize,
      )
    : respondentsByCommunity.map((c) => ({ key: c.community, n: c.n, suppressed: true }));
  const byCommunity = decisions.map((d): GroupIndicators => {
    if (d.suppressed) return { group: d.key, respondents: null, answers: null, suppressed: true };
    const mine = analysed.filter((a) => a.community === d.key);
    const quotes: Partial<Record<IndicatorCode, Quote[]>> = {};
    for (const code of INDICATOR_CODES) {
      const chosen = mine.filter((a) => a.found.has(code)).slice(0, QUOTES_PER_SIGN);
      if (chosen.length > 0) {
        quotes[code] = chosen.map((a) => ({
          item: a.item_code,
          text: a.text,
          evidence: a.evidence.filter((e) => e.indicator === code),
        }));
      }
    }
    return {
      group: d.key,
      respondents: d.n,
      answers: mine.length,
      suppressed: false,
      indicators: shares(mine.map((a) => a.found)),
      quotes,
    };
  });
  const items = [...new Set(analysed.map((a) => a.item_code))].sort();
  return {
    respondents,
    min_group_size: effectiveMinimum(minGroupSize),
    answers: visible ? analysed.length : 0,
    by_community: byCommunity,
    by_question: items.map((item) => {
      const mine = analysed.filter((a) => a.item_code === item);
      return visible
        ? { item, answers: mine.length, indicators: shares(mine.map((a) => a.found)) }
        : { item, answers: null, indicators: null };
    }),
  };
}
