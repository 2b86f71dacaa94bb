// The overall score and the suggestions. Every problem subtracts points from 100 and nothing
// adds any back, so fixing a problem can never lower the score and adding one never raises it.
import type { Analysis } from "./analyse.js";
import { countWords, formulae, round1 } from "./readability.js";
import type { JargonFinding, MessageCheck } from "./types.js";

/**
 * Points taken off per problem, with a cap per part so that one kind of problem cannot
 * hide all the others. The caps add up to more than 100 on purpose: a message with
 * every problem at once bottoms out at 0.
 */
export const SCORE_WEIGHTS = {
  /** Flesch reading ease below which points come off (60 is "plain English"). */
  fleschTarget: 60,
  /** Points per Flesch point below the target. */
  perFleschPoint: 0.5,
  readabilityCap: 20,
  /** Per sentence over 25 words. */
  perLongSentence: 4,
  longSentenceCap: 12,
  /** Per jargon term found. */
  perJargonTerm: 2,
  /** Per jargon term per 100 plain words, so dense jargon costs more than scattered. */
  perJargonDensity: 3,
  jargonCap: 30,
  /** Per blaming clause. */
  perBlame: 15,
  blameCap: 30,
  /** Threat without efficacy (the EPPM fear flag). */
  fearOnly: 15,
  /** Times the share of sentences that contain a passive clause. */
  passiveShare: 15,
  passiveCap: 10,
  /** Per instruction or rule that gives no reason. */
  perUnexplainedCommand: 4,
  commandCap: 16,
} as const;

export type Findings = Omit<MessageCheck, "score" | "suggestions">;

export interface Penalties {
  readability: number;
  longSentences: number;
  jargon: number;
  blame: number;
  fear: number;
  passive: number;
  commands: number;
}

function sortedSpans(jargon: readonly JargonFinding[]): JargonFinding[] {
  return [...jargon].sort((a, b) => a.start - b.start);
}

export function penalties(analysis: Analysis, f: Findings): Penalties {
  const w = SCORE_WEIGHTS;
  // Readability is measured without the jargon words: jargon is charged on its own line,
  // and a short acronym must not make the text look easier to read.
  const plain = countWords(analysis, sortedSpans(f.jargon));
  const flesch = plain.words > 0 ? formulae(plain).flesch : 100;
  const density = (f.jargon.length * 100) / Math.max(plain.words, 1);
  // Sentences made only of jargon do not dilute the passive share either.
  const passiveShare = f.passive.length / Math.max(plain.sentences, 1);
  return {
    readability: Math.min(
      w.readabilityCap,
      Math.max(0, w.fleschTarget - flesch) * w.perFleschPoint,
    ),
    longSentences: Math.min(
      w.longSentenceCap,
      f.readability.long_sentences.length * w.perLongSentence,
    ),
    jargon: Math.min(w.jargonCap, f.jargon.length * w.perJargonTerm + density * w.perJargonDensity),
    blame: Math.min(w.blameCap, f.blame.length * w.perBlame),
    fear: f.fear.flag ? w.fearOnly : 0,
    passive: Math.min(w.passiveCap, Math.min(1, passiveShare) * w.passiveShare),
    commands: Math.min(w.commandCap, f.commands_without_reasons.length * w.perUnexplainedCommand),
  };
}

export function scoreFrom(p: Penalties): number {
  const total = Object.values(p).reduce((sum, x) => sum + x, 0);
  return Math.max(0, Math.min(100, Math.round(100 - total)));
}

const MAX_SUGGESTIONS = 6;
const MAX_JARGON_SUGGESTIONS = 3;

function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = [...flat]; // by code point, so an emoji is never cut in half
  return chars.length > max ? `${chars.slice(0, max - 3).join("")}...` : flat;
}

/** Up to six suggestions, the part that costs most points first. */
export function suggestionsFor(text: string, f: Findings, p: Penalties): string[] {
  const out: Array<{ weight: number; text: string }> = [];
  const blame = f.blame[0];
  if (blame) {
    out.push({
      weight: p.blame,
      text: `Describe what people can do rather than who is at fault; try rewording "${quote(blame.text)}".`,
    });
  }
  if (f.fear.flag) {
    out.push({
      weight: p.fear,
      text: "The message explains the danger but not what to do. Add one clear step and how easy it is, for example: forward odd emails to the service desk, it takes ten seconds.",
    });
  }
  const seen = new Set<string>();
  let rank = 0;
  for (const j of f.jargon) {
    if (seen.has(j.term) || rank >= MAX_JARGON_SUGGESTIONS) continue;
    seen.add(j.term);
    const word = text.slice(j.start, j.end);
    // Later jargon suggestions weigh a little less, so the first term leads.
    out.push({
      weight: p.jargon - rank * 0.01,
      text: `Explain "${word}" in everyday words, for example: ${j.suggestion}.`,
    });
    rank++;
  }
  const command = f.commands_without_reasons[0];
  if (command) {
    out.push({
      weight: p.commands,
      text: `Add a short reason to instructions such as "${quote(command.text)}"; people follow a rule more readily when they know why.`,
    });
  }
  const longest = [...f.readability.long_sentences].sort((a, b) => b.words - a.words)[0];
  if (longest) {
    out.push({
      weight: p.longSentences,
      text: `Split long sentences: one has ${longest.words} words; under 20 is easier to follow.`,
    });
  }
  if (p.readability > 0) {
    out.push({
      weight: p.readability,
      text: `Use shorter words and sentences: the text reads at school grade ${round1(f.readability.grade)}; aim for grade 8 or below.`,
    });
  }
  const passive = f.passive[0];
  if (passive && p.passive > 0) {
    out.push({
      weight: p.passive,
      text: `Say who does what: "${quote(passive.text)}" reads more clearly with the person who acts at the front.`,
    });
  }
  return out
    .filter((s) => s.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.text);
}
