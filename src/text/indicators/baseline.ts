import type { IndicatorCode } from "./types.js";

/**
 * The obvious keyword baseline: an indicator is flagged when any of a few words for it appears.
 * Written the way a reasonable person would write it in five minutes, not tuned on the corpus.
 */
const KEYWORDS: Record<IndicatorCode, RegExp> = {
  conflict: /\b(conflict|conflicts|clash\w*|argu\w+|fight\w*|obstacle\w*|block\w*|friction)\b/i,
  negative_communication:
    /\b(jargon|technical|rude|condescending|patronising|patronizing|talk\w* down)\b/i,
  negative_feelings:
    /\b(fear\w*|afraid|scared|worr\w+|frustrat\w+|annoy\w*|angry|disappoint\w*|anxious|stress\w*)\b/i,
  power_imbalance: /\b(power|servant|arrogant|superior|control\w*|permission|hierarch\w*)\b/i,
  disengagement: /\b(distant|distance|avoid\w*|never see|no contact|myself|don'?t care)\b/i,
  blame: /\b(fault|blam\w+|weakest|stupid|idiots?|useless|careless)\b/i,
};

export function keywordBaseline(text: string): Set<IndicatorCode> {
  const out = new Set<IndicatorCode>();
  for (const [code, re] of Object.entries(KEYWORDS) as Array<[IndicatorCode, RegExp]>) {
    if (re.test(text)) out.add(code);
  }
  return out;
}
