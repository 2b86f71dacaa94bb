// Text engine part of npm run bench: quality on the held-out test splits next to the keyword
// baseline, and throughput on one core.
import { analyseBlame, evaluateBlame } from "../src/text/blame/index.js";
import { checkMessage, evaluateJargon } from "../src/text/check/index.js";
import {
  detectIndicators,
  evaluateIndicators,
  INDICATOR_CODES,
  throughputSample,
} from "../src/text/indicators/index.js";

function rate(fn: (text: string) => unknown, texts: readonly string[], minMs = 1500): number {
  for (const t of texts.slice(0, 50)) fn(t); // warm-up: model training and JIT
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const t of texts) fn(t);
    done += texts.length;
  }
  return done / ((performance.now() - start) / 1000);
}

const f = (x: number) => x.toFixed(2);

export function textRows(): string[][] {
  const rows: string[][] = [];
  const ind = evaluateIndicators();
  for (const code of INDICATOR_CODES) {
    const ours = ind.perIndicator[code];
    const base = ind.keywordBaseline.perIndicator[code];
    rows.push([
      "text",
      `indicator ${code} (test split, n=${ind.testSize}, support ${ours.support})`,
      `P ${f(ours.precision)} R ${f(ours.recall)} F1 ${f(ours.f1)}`,
      `P ${f(base.precision)} R ${f(base.recall)} F1 ${f(base.f1)} (keywords)`,
      `${f(ours.f1 - base.f1)} F1`,
    ]);
  }
  rows.push([
    "text",
    "indicators, macro-F1 (target >= 0.75)",
    f(ind.macroF1),
    `${f(ind.keywordBaseline.macroF1)} (keywords)`,
    `${f(ind.macroF1 - ind.keywordBaseline.macroF1)} F1`,
  ]);
  const blame = evaluateBlame();
  rows.push([
    "text",
    `practitioner blame (test split, n=${blame.testSize}; target F1 >= 0.85)`,
    `P ${f(blame.ours.precision)} R ${f(blame.ours.recall)} F1 ${f(blame.ours.f1)}`,
    `P ${f(blame.keywords.precision)} R ${f(blame.keywords.recall)} F1 ${f(blame.keywords.f1)} (keywords)`,
    `${f(blame.ours.f1 - blame.keywords.f1)} F1`,
  ]);
  const jargon = evaluateJargon();
  rows.push([
    "text",
    "jargon found in the evaluation set (target recall >= 0.9)",
    `P ${f(jargon.precision)} R ${f(jargon.recall)}`,
    "-",
    "-",
  ]);
  const sample = throughputSample();
  rows.push([
    "text",
    "indicators throughput, one core (target >= 5,000/s)",
    `${Math.round(rate(detectIndicators, sample))} answers/s`,
    "-",
    "-",
  ]);
  rows.push([
    "text",
    "practitioner blame throughput, one core",
    `${Math.round(rate(analyseBlame, sample))} statements/s`,
    "-",
    "-",
  ]);
  rows.push([
    "text",
    "message check throughput, one core",
    `${Math.round(rate(checkMessage, sample, 1000))} texts/s`,
    "-",
    "-",
  ]);
  return rows;
}
