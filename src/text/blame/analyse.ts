import { featureSites, heaviestSentence, lemmaFeatures } from "../shared/features.js";
import { predict } from "../shared/logreg.js";
import {
  blameJudgedBefore,
  deniedAfter,
  negationAfter,
  negationBefore,
} from "../shared/negation.js";
import { type Token, tokenize } from "../shared/nlp.js";
import { buildScope, type Scope, strength } from "../shared/scope.js";
import { fnv1a } from "../shared/split.js";
import {
  CUE_DROPOUT,
  FOLDS,
  type StackedModel,
  stackScore,
  trainStacked,
} from "../shared/stacking.js";
import { compositeHits } from "./composite.js";
import type { BlameExample } from "./corpus/index.js";
import { type BlameKeyword, keywordHits } from "./keywords.js";
import { BLAME_CUES } from "./lexicon.js";
import { namesPeople, peopleDeniedAfter, subjectOf } from "./subject.js";

export interface BlameEvidence {
  /** UTF-16 offset into the original text, inclusive. */
  readonly start: number;
  /** UTF-16 offset into the original text, exclusive. */
  readonly end: number;
  readonly text: string;
}

export interface BlameAnalysis {
  /** The paper's keyword method: keywords present, in order of first appearance. */
  readonly keyword_hits: BlameKeyword[];
  /** Does the statement frame people (employees, users, staff, humans, insiders) as the problem? */
  readonly blame: boolean;
  readonly score: number;
  /** The phrases that carry the framing. */
  readonly evidence: BlameEvidence[];
}

interface FrameHit {
  readonly from: number;
  readonly to: number;
  readonly weight: number;
}

export interface BlameRules {
  readonly scope: Scope;
  readonly hits: readonly FrameHit[];
  readonly score: number;
  /** A framing cue was found to be about something other than people. */
  readonly framesOther: boolean;
}

/** Words that, before a framing cue, deny it: "stop calling staff the weakest link". */
const DENYING = new Set(["stop", "quit", "instead", "rather", "myth", "lazy"]);

/** Overlapping cues are one piece of evidence: the strongest counts, separate ones add up. */
export function frameScore(hits: readonly FrameHit[]): number {
  const ordered = [...hits].sort((a, b) => a.from - b.from);
  let miss = 1;
  let i = 0;
  while (i < ordered.length) {
    let end = ordered[i]!.to;
    let best = 0;
    let j = i;
    while (j < ordered.length && ordered[j]!.from < end) {
      end = Math.max(end, ordered[j]!.to);
      best = Math.max(best, ordered[j]!.weight);
      j++;
    }
    miss *= 1 - best;
    i = j;
  }
  return 1 - miss;
}

export function blameRules(tokens: readonly Token[]): BlameRules {
  const scope = buildScope(tokens);
  const matches = BLAME_CUES.find(tokens, scope.keys);
  const exoneratedSentences = new Set<number>();
  for (const m of matches) {
    if (m.data.kind !== "exonerate") continue;
    if (m.data.subject === "inherent" && negationBefore(scope, m.from) === "full") continue;
    exoneratedSentences.add(tokens[m.from]!.sentence);
  }
  const hits: FrameHit[] = [];
  let framesOther = false;
  for (const m of matches) {
    if (m.data.kind !== "frame") continue;
    if (
      negationBefore(scope, m.from, DENYING) !== "none" ||
      negationAfter(scope, m.to) ||
      // "It is wrong to call staff the weakest link"; not "when things go wrong, staff are".
      blameJudgedBefore(tokens, m.from, 6) ||
      deniedAfter(tokens, m.to) ||
      peopleDeniedAfter(tokens, m.to)
    ) {
      continue;
    }
    const subject = subjectOf(tokens, m.from, m.to, m.data.subject, m.data.copula ?? false);
    if (subject === "other") {
      framesOther = true;
      continue;
    }
    // A bare problem noun with nobody named ("the biggest risk") says nothing about people.
    if (subject === "none" && m.data.copula) continue;
    let w = m.data.weight * (subject === "none" ? 0.5 : 1) * strength(scope, m.from, m.to);
    if (exoneratedSentences.has(tokens[m.from]!.sentence)) w *= 0.25;
    hits.push({ from: m.from, to: m.to, weight: Math.min(0.97, w) });
  }
  hits.push(...compositeHits(scope, exoneratedSentences));
  return { scope, hits, score: frameScore(hits), framesOther };
}

export function trainBlameModel(examples: readonly BlameExample[]): StackedModel {
  return trainStacked(
    examples.map((e) => {
      const r = blameRules(tokenize(e.text));
      // As for the indicators: the combiner sees rule scores with some cues left out.
      const kept = r.hits.filter(
        (h) => fnv1a(`drop:${h.from}:${e.text}`) % 100 >= CUE_DROPOUT * 100,
      );
      return {
        features: lemmaFeatures(r.scope),
        rule: frameScore(kept),
        label: e.blame,
        fold: fnv1a(`fold:${e.text}`) % FOLDS,
      };
    }),
  );
}

const EVIDENCE_MIN = 0.2;
/**
 * How sure the classifier must be to judge blame with no framing cue. It was 0.9 while the
 * corpus held a few hundred statements, then 0.7 once batches by other authors showed how much
 * blame no cue names. On the 23 practitioner batches of session 10, each held out whole, any
 * line from 0.5 to 0.7 scores within half a point; 0.6 is at the top on both them and the test
 * split.
 */
const CLASSIFIER_LINE = 0.6;
const STRONG_CUE = 0.75;
const MAX_SPANS = 25;

export function analyseBlameWith(model: StackedModel, text: string): BlameAnalysis {
  const input = typeof text === "string" ? text : "";
  const keyword_hits = keywordHits(input);
  const tokens = tokenize(input);
  if (!tokens.some((t) => t.kind === "word"))
    return { keyword_hits, blame: false, score: 0, evidence: [] };
  const rules = blameRules(tokens);
  const sites = featureSites(rules.scope, { stems: false });
  const clf = predict(model.classifier, sites.features);
  const spans: Array<[number, number]> = rules.hits
    .filter((h) => h.weight >= EVIDENCE_MIN)
    .map((h) => [h.from, h.to]);
  let score = stackScore(model.stacker, rules.score, clf);
  // A strong framing of people that the rules did not set aside stands even when the
  // classifier leans the other way: it learned "blame" mostly from statements that reject
  // blaming ("stop blaming users"), so "the users are always to blame" reads as praise to it.
  // On the batches held out this changed nothing else.
  if (rules.score >= STRONG_CUE) score = Math.max(score, 0.5);
  if (spans.length === 0) {
    // Without a framing cue the classifier decides alone when it is sure; its evidence is the
    // sentence that weighs most. It sees words, not who they are about: "ransomware is the
    // biggest threat" reads like "users are the biggest threat" to it. So where the rules
    // found a framing about something else, it may decide only if the text names people at
    // all, by a job, a department or a name as well ("Steve from sales").
    //
    // It used to be kept silent also wherever the rules had set a framing cue aside (denied,
    // judged wrong, or in a sentence that clears people). On the 23 batches held out whole,
    // that silenced 108 blaming statements for 23 fair ones: the classifier reads negation
    // itself ("not_weakest"). Dropping that rule, naming people more widely and the line at
    // 0.6 took the test split from F1 0.832 to 0.853 and the batches from 0.867 to 0.889
    // (0.855 and 0.888 once "the weakest link is not the user" counts as denied, and a mild ill
    // word such as "risk" counts only when said of people).
    const sentence =
      clf >= CLASSIFIER_LINE && !(rules.framesOther && !namesPeople(tokens))
        ? heaviestSentence(rules.scope, sites, model.classifier)
        : null;
    if (sentence) spans.push(sentence);
    score = sentence ? clf : Math.min(score, 0.49);
  }
  score = Math.round(score * 1000) / 1000;
  const blame = score >= 0.5 && spans.length > 0;
  const evidence = blame
    ? spans.slice(0, MAX_SPANS).map(([from, to]) => {
        const start = tokens[from]!.start;
        const end = tokens[to - 1]!.end;
        return { start, end, text: input.slice(start, end) };
      })
    : [];
  return { keyword_hits, blame, score, evidence };
}
