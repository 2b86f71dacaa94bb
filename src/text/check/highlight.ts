import type { MessageCheck } from "./types.js";

/**
 * Cuts a message into pieces at every boundary of every finding, so a page can mark each piece
 * with all the problems that cover it (a jargon word inside a blaming sentence gets both).
 */
export type MarkKind = "jargon" | "blame" | "fear" | "passive" | "no_reason";

export interface Mark {
  kind: MarkKind;
  note: string;
}

export interface Piece {
  text: string;
  marks: Mark[];
}

const NOTES: Record<Exclude<MarkKind, "jargon">, string> = {
  blame: "Casts staff as the problem",
  fear: "A threat without a step people can take",
  passive: "Passive: say who does what",
  no_reason: "A rule without a reason",
};

export function highlight(text: string, check: MessageCheck): Piece[] {
  const spans: { start: number; end: number; mark: Mark }[] = [
    ...check.jargon.map((j) => ({
      start: j.start,
      end: j.end,
      mark: { kind: "jargon" as const, note: `Jargon: try "${j.suggestion}"` },
    })),
    ...check.blame.map((s) => ({ ...s, mark: { kind: "blame" as const, note: NOTES.blame } })),
    ...(check.fear.flag
      ? check.fear.evidence
          .filter((e) => e.kind === "threat")
          .map((s) => ({ ...s, mark: { kind: "fear" as const, note: NOTES.fear } }))
      : []),
    ...check.passive.map((s) => ({
      ...s,
      mark: { kind: "passive" as const, note: NOTES.passive },
    })),
    ...check.commands_without_reasons.map((s) => ({
      ...s,
      mark: { kind: "no_reason" as const, note: NOTES.no_reason },
    })),
  ].filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const marks = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.mark);
    const last = pieces.at(-1);
    // Neighbouring pieces with the same marks are joined, to keep the page small.
    if (last && sameMarks(last.marks, marks)) last.text += text.slice(start, end);
    else pieces.push({ text: text.slice(start, end), marks });
  }
  return pieces;
}

function sameMarks(a: Mark[], b: Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m.kind === b[i]?.kind && m.note === b[i]?.note);
}
