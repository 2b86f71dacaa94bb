// Plain-text report: the message with problems marked inline, then the numbered fixes.
//
// Marking scheme: [[marked words]]{kind}, where kind is one of
//   jargon     a term from the glossary
//   blame      wording that casts staff as the problem
//   fear       a threat phrase, shown only when the message has threat without efficacy
//   passive    a passive clause
//   no reason  an instruction or rule with no reason given
//   long N     a sentence of N words
// Kinds on exactly the same words share a bracket: [[Ransomware]]{fear, jargon}.
// Marks nest: a sentence-wide mark can contain a jargon mark. Where two marks cross, the
// inner one is cut at the end of the outer one, so brackets always pair up.
import type { MessageCheck } from "./types.js";

interface Mark {
  start: number;
  end: number;
  label: string;
}

function marksFor(result: MessageCheck): Mark[] {
  const marks: Mark[] = [];
  for (const s of result.readability.long_sentences) marks.push({ ...s, label: `long ${s.words}` });
  for (const c of result.commands_without_reasons) marks.push({ ...c, label: "no reason" });
  for (const b of result.blame) marks.push({ ...b, label: "blame" });
  for (const p of result.passive) marks.push({ ...p, label: "passive" });
  if (result.fear.flag) {
    for (const e of result.fear.evidence)
      if (e.kind === "threat") marks.push({ ...e, label: "fear" });
  }
  for (const j of result.jargon) marks.push({ ...j, label: "jargon" });
  const sorted = marks
    .map((m, order) => ({ ...m, order }))
    // Outer marks first: earlier start, then longer, then the order above.
    .sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  // Two kinds on exactly the same words share one bracket: [[phishing]]{fear, jargon}.
  const merged: Mark[] = [];
  for (const m of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.start === m.start && last.end === m.end) {
      if (!last.label.split(", ").includes(m.label)) last.label += `, ${m.label}`;
    } else {
      merged.push({ start: m.start, end: m.end, label: m.label });
    }
  }
  return merged;
}

export function markText(text: string, result: MessageCheck): string {
  let out = "";
  let cursor = 0;
  const open: Mark[] = [];
  const close = (upTo: number): void => {
    while (open.length > 0 && open[open.length - 1]!.end <= upTo) {
      const top = open.pop()!;
      out += `${text.slice(cursor, top.end)}]]{${top.label}}`;
      cursor = top.end;
    }
  };
  for (const mark of marksFor(result)) {
    close(mark.start);
    const parent = open[open.length - 1];
    const end = parent ? Math.min(mark.end, parent.end) : mark.end;
    if (end <= mark.start || mark.start < cursor) continue;
    out += `${text.slice(cursor, mark.start)}[[`;
    cursor = mark.start;
    open.push({ start: mark.start, end, label: mark.label });
  }
  close(Number.POSITIVE_INFINITY);
  return out + text.slice(cursor);
}

/** The message with inline marks, followed by a numbered list of suggested fixes. */
export function formatCheckAsText(text: string, result: MessageCheck): string {
  const lines = [markText(text, result), "", `Score: ${result.score}/100`, ""];
  if (result.suggestions.length === 0) {
    lines.push("No changes suggested.");
  } else {
    lines.push("Suggested fixes:");
    result.suggestions.forEach((s, i) => {
      lines.push(`${i + 1}. ${s}`);
    });
  }
  return lines.join("\n");
}
