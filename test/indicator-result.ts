// Checks shared by the indicator tests: every result, whatever the input, keeps these rules.
import assert from "node:assert/strict";
import {
  detectIndicators,
  INDICATOR_CODES,
  type IndicatorCode,
  type IndicatorResult,
  REPORT_THRESHOLD,
} from "../src/text/indicators/index.js";
import { analyseRules, EVIDENCE_MIN } from "../src/text/indicators/rules.js";
import { tokenize } from "../src/text/shared/nlp.js";

/** The invariants every result must keep, whatever the input. */
export function assertWellFormed(text: string, r: IndicatorResult): void {
  assert.deepEqual(Object.keys(r.scores).sort(), [...INDICATOR_CODES].sort());
  for (const code of INDICATOR_CODES) {
    const s = r.scores[code];
    assert.ok(Number.isFinite(s) && s >= 0 && s <= 1, `${code} score ${s} out of [0, 1]`);
    assert.equal(
      r.indicators.includes(code),
      s >= REPORT_THRESHOLD && r.evidence.some((e) => e.indicator === code),
    );
  }
  for (const code of r.indicators) {
    assert.ok(
      r.evidence.some((e) => e.indicator === code),
      `${code} reported without evidence`,
    );
  }
  for (const e of r.evidence) {
    assert.ok(r.indicators.includes(e.indicator), `evidence for unreported ${e.indicator}`);
    assert.ok(
      e.start >= 0 && e.end > e.start && e.end <= text.length,
      `bad span ${e.start}-${e.end}`,
    );
    assert.equal(text.slice(e.start, e.end), e.text);
  }
  if (!r.indicators.includes("blame")) assert.deepEqual(r.blame_direction, []);
}

export function check(text: string): IndicatorResult {
  const r = detectIndicators(text);
  assertWellFormed(text, r);
  return r;
}

export function reported(text: string): IndicatorCode[] {
  return detectIndicators(text).indicators;
}

/**
 * The words the rules count for an indicator, before the trained combiner weighs them: what
 * a reading rule decides, apart from how sure the model is of a borderline sentence.
 */
export function cuedWords(text: string, code: IndicatorCode): string[] {
  const tokens = tokenize(text);
  return analyseRules(tokens)
    .hits.filter((h) => (h.effective[code] ?? 0) >= EVIDENCE_MIN)
    .map((h) => text.slice(tokens[h.from]!.start, tokens[h.to - 1]!.end));
}
