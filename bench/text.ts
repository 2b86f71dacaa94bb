// Text engine part of npm run bench: quality on the held-out test splits next to the keyword
// baseline, and throughput on one core.

import { evaluateBlame } from "../src/text/blame/evaluate.js";
import { holdOutEachBlame, LATEST_BLAME_BATCHES } from "../src/text/blame/held-out.js";
import { analyseBlame } from "../src/text/blame/index.js";
import { checkMessage, evaluateJargon } from "../src/text/check/index.js";
import { OTHER_SETS, otherSet } from "../src/text/check/jargon-others.js";
import { evaluateIndicators } from "../src/text/indicators/evaluate.js";
import { LATEST_ROUNDS } from "../src/text/indicators/held-out.js";
import {
  detectIndicators,
  INDICATOR_CODES,
  throughputSample,
} from "../src/text/indicators/index.js";
import { FOLDS, holdOutRoundsInFolds } from "./held-out-folds.js";

interface Rate {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Steady-state rate: three seconds of warm-up (model loading, JIT), then five timed rounds.
 * One second was too short on a slow machine: its first timed round came out at a third of
 * the others. The median is reported with the range, as one round on a shared machine can be
 * far off.
 */
function rate(fn: (text: string) => unknown, texts: readonly string[], roundMs = 400): Rate {
  const warm = performance.now();
  while (performance.now() - warm < 3000) for (const t of texts) fn(t);
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < roundMs) {
      for (const t of texts) fn(t);
      done += texts.length;
    }
    rounds.push(done / ((performance.now() - start) / 1000));
  }
  rounds.sort((a, b) => a - b);
  return { median: rounds[2]!, low: rounds[0]!, high: rounds[4]! };
}

const perSecond = (r: Rate, unit: string) =>
  `${Math.round(r.median)} ${unit}/s (${Math.round(r.low)}-${Math.round(r.high)})`;

const f = (x: number) => x.toFixed(2);

export async function textRows({ quality = true } = {}): Promise<string[][]> {
  // Throughput first, in a fresh process: the evaluations below train models (the held-out
  // folds in two child processes, the blame batches here) and leave a large heap behind.
  const sample = throughputSample();
  const speed = {
    indicators: rate(detectIndicators, sample),
    blame: rate(analyseBlame, sample),
    check: rate(checkMessage, sample),
  };
  const rows: string[][] = quality ? await qualityRows() : [];
  rows.push([
    "text",
    "indicators throughput, one core (target >= 5,000/s)",
    perSecond(speed.indicators, "answers"),
    "-",
    "-",
  ]);
  rows.push([
    "text",
    "practitioner blame throughput, one core",
    perSecond(speed.blame, "statements"),
    "-",
    "-",
  ]);
  rows.push([
    "text",
    "message check throughput, one core",
    perSecond(speed.check, "texts"),
    "-",
    "-",
  ]);
  return rows;
}

/** Precision, recall and F1 against the keyword baseline, on the test splits and held-out batches. */
async function qualityRows(): Promise<string[][]> {
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
  // Batches written by other authors, each held out whole: the closest thing here to a
  // held-out set written independently of us (see src/text/indicators/held-out.ts).
  const held = await holdOutRoundsInFolds(LATEST_ROUNDS);
  const mean = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
  const heldOurs = mean(held.map((r) => r.ours.macroF1));
  const heldKeys = mean(held.map((r) => r.keywords.macroF1));
  const roundMeans = LATEST_ROUNDS.map((round) =>
    f(mean(held.filter((r) => round.includes(r.batch)).map((r) => r.ours.macroF1))),
  );
  rows.push([
    "text",
    `indicators, macro-F1 on ${held.length} batches by other authors, their rounds held out whole in ${FOLDS} folds (round means ${roundMeans.join(" ")})`,
    f(heldOurs),
    `${f(heldKeys)} (keywords)`,
    `${f(heldOurs - heldKeys)} F1`,
  ]);
  const blameHeld = holdOutEachBlame(LATEST_BLAME_BATCHES);
  const blameOurs = mean(blameHeld.map((r) => r.result.ours.f1));
  const blameKeys = mean(blameHeld.map((r) => r.result.keywords.f1));
  rows.push([
    "text",
    `practitioner blame, F1 on ${blameHeld.length} batches by other authors, each held out whole (${blameHeld.map((r) => f(r.result.ours.f1)).join(" ")})`,
    f(blameOurs),
    `${f(blameKeys)} (keywords)`,
    `${f(blameOurs - blameKeys)} F1`,
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
    "jargon found in our own evaluation set (target recall >= 0.9)",
    `P ${f(jargon.precision)} R ${f(jargon.recall)}`,
    "-",
    "-",
  ]);
  const sets = OTHER_SETS.map((name) => [name, otherSet(name)] as const);
  const others = sets.map(([name, set]) => [name, evaluateJargon(set)] as const);
  const pooled = evaluateJargon(sets.flatMap(([, set]) => set));
  rows.push([
    "text",
    `jargon marked by ${OTHER_SETS.length} other editors, ${others.map(([n, r]) => `${n.toUpperCase()} R ${f(r.recall)}`).join(", ")}`,
    `P ${f(pooled.precision)} R ${f(pooled.recall)}`,
    "-",
    "-",
  ]);
  return rows;
}
