import { INDICATOR_LABELS } from "../text/open-answer-list.js";
import { groupName } from "./groups.js";
import type { LifeMatrix } from "./life-matrix.js";
import type { CommunityIndicators } from "./pair-indicators.js";
import type { WorkaroundRegister } from "./workaround-register.js";

/** One plain paragraph per part of the diagnosis, saying what stands out. */
export interface Readings {
  readonly life_positions: string;
  readonly signs: string;
  readonly workarounds: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** Lower-cases the first letter for use mid-sentence, leaving acronyms such as "IT" alone. */
const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

function lifeReading(m: LifeMatrix | null): string {
  if (!m) return "This questionnaire does not ask how the groups see each other.";
  const shown = m.cells.filter((c) => !c.suppressed);
  if (shown.length === 0) return "No group is large enough yet to show how it sees the others.";
  const off = shown.filter((c) => !c.suppressed && !c.on_target);
  if (off.length === 0)
    return `All ${shown.length} cells that can be shown are on target: the groups see each other as OK.`;
  const named = off
    .map(
      (c) =>
        `${groupName(c.community)} about ${c.self_view ? "themselves" : groupName(c.about)} (${c.suppressed ? "" : c.quadrant})`,
    )
    .join(", ");
  return `${shown.length - off.length} of ${shown.length} cells shown are on target (ok_ok). Off target: ${named}.`;
}

function signsReading(groups: readonly CommunityIndicators[]): string {
  const strong: { text: string; share: number }[] = [];
  for (const g of groups) {
    if (g.suppressed) continue;
    for (const p of g.pairs) {
      if (p.combined.suppressed || p.combined.share < 0.5) continue;
      const about =
        p.about === null ? "the firm" : p.about === g.community ? "themselves" : groupName(p.about);
      strong.push({
        text: `${lower(INDICATOR_LABELS[p.indicator])} (${groupName(g.community)} about ${about}, ${pct(p.combined.share)})`,
        share: p.combined.share,
      });
    }
  }
  if (strong.length === 0) return "No sign shows in half or more of any group shown.";
  strong.sort((a, b) => b.share - a.share);
  const top = strong.slice(0, 3).map((s) => s.text);
  return `${strong.length} signs show in half or more of a group. The strongest: ${top.join("; ")}.`;
}

function workaroundReading(w: WorkaroundRegister): string {
  const recorded = w.work_systems.reduce(
    (sum, ws) => sum + ws.guidelines.reduce((n, g) => n + g.workarounds.length, 0),
    0,
  );
  const parts = [
    recorded === 0
      ? "No workarounds are recorded for the work systems yet."
      : `${recorded} workaround${recorded === 1 ? " is" : "s are"} recorded for the work systems.`,
  ];
  if (!w.seen.suppressed) {
    const top = w.seen.options.find((o) => o.option !== "none" && o.option !== "dont_know");
    if (top) parts.push(`Most often people say others ${lower(top.label)} (${pct(top.share)}).`);
  }
  if (!w.written.suppressed && w.written.describing > 0)
    parts.push(`${w.written.describing} written answers describe a workaround.`);
  return parts.join(" ");
}

export function readingsOf(
  matrix: LifeMatrix | null,
  indicators: readonly CommunityIndicators[],
  workarounds: WorkaroundRegister,
): Readings {
  return {
    life_positions: lifeReading(matrix),
    signs: signsReading(indicators),
    workarounds: workaroundReading(workarounds),
  };
}
