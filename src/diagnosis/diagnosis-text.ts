import { table } from "../cli/table.js";
import { INDICATOR_LABELS } from "../text/open-answer-list.js";
import type { Diagnosis, ScaleCell, ScaleResult } from "./diagnosis.js";
import { type Gated, groupName } from "./groups.js";
import type { AxisFigures } from "./life-matrix.js";

/** The diagnosis as text for a terminal: small tables, then a plain reading of each part. */
export const short = groupName;
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const pct = (x: number) => `${Math.round(x * 100)}%`;

export function meanText(
  cell: Gated<{ mean: number; low: number | null; high: number | null }> | AxisFigures,
): string {
  if ("suppressed" in cell && cell.suppressed) return "hidden";
  return cell.low === null || cell.high === null
    ? f1(cell.mean)
    : `${f1(cell.mean)} (${f1(cell.low)}-${f1(cell.high)})`;
}

export function shareText(
  cell: Gated<{ share: number; low: number; high: number; n: number }>,
): string {
  return cell.suppressed
    ? "hidden"
    : `${pct(cell.share)} (${pct(cell.low)}-${pct(cell.high)}) n=${cell.n}`;
}

function matrixLines(d: Diagnosis): string[] {
  const m = d.life_positions;
  if (!m) return ["This questionnaire has no life-position questions."];
  const rows: string[][] = [["answering \\ about", ...m.columns.map(short)]];
  for (const row of m.rows) {
    rows.push([
      short(row),
      ...m.columns.map((about) => {
        const cell = m.cells.find((c) => c.community === row && c.about === about);
        if (!cell || cell.suppressed) return "hidden";
        return `${cell.quadrant}${cell.uncertain ? " ?" : ""}`;
      }),
    ]);
  }
  const out = [
    table(rows),
    `Target: ${m.target} everywhere. "?" marks an uncertain position. ${m.decided_by}`,
    "",
  ];
  for (const cell of m.cells) {
    const head = `${short(cell.community)} about ${short(cell.about)}:`;
    if (cell.suppressed) out.push(`${head} ${cell.note}`);
    else
      out.push(
        `${head} ${cell.quadrant}. Able ${meanText(cell.ok)}, treats others well ${meanText(cell.treats)}, n=${Math.min(cell.ok.n, cell.treats.n)}. ${cell.reading}`,
      );
  }
  return out;
}

function scaleTable(results: readonly ScaleResult[]): string {
  const first = results[0];
  if (!first) return "None in this questionnaire.";
  const header = ["", ...first.cells.map((c) => short(c.community)), "alpha (n)"];
  const rows = [header];
  for (const r of results) {
    const all = r.cells[0] as ScaleCell;
    const alpha = all.suppressed || all.alpha === null ? "-" : `${f2(all.alpha)} (${all.alpha_n})`;
    rows.push([r.label, ...r.cells.map(meanText), alpha]);
  }
  return table(rows);
}

function readings(results: readonly ScaleResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    const all = r.cells[0];
    if (all && !all.suppressed) out.push(`- ${all.reading}`);
  }
  return out;
}

function indicatorLines(d: Diagnosis): string[] {
  const rows: string[][] = [["who", "about", "sign", "share (95% CI)", "from"]];
  const hiddenGroups: string[] = [];
  for (const group of d.indicators) {
    if (group.suppressed) {
      if (group.reason !== "no_answers") hiddenGroups.push(short(group.community));
      continue;
    }
    for (const pair of group.pairs) {
      const from = [...new Set(pair.sources.map((s) => s.from))].join("+");
      rows.push([
        short(group.community),
        pair.about === null ? "the firm" : short(pair.about),
        INDICATOR_LABELS[pair.indicator],
        shareText(pair.combined),
        from,
      ]);
    }
  }
  const out = [rows.length > 1 ? table(rows) : "No signs could be shown for any group."];
  out.push(
    "Share: people showing the sign in any of the answers that count for it (closed answers by the rules, written answers by the text engine).",
  );
  if (hiddenGroups.length > 0) out.push(`Hidden to protect anonymity: ${hiddenGroups.join(", ")}.`);
  return out;
}

function workaroundLines(d: Diagnosis): string[] {
  const w = d.workarounds;
  const out: string[] = [];
  const recorded = w.work_systems.filter((ws) => ws.guidelines.length > 0);
  if (recorded.length === 0)
    out.push(
      "No workarounds recorded for this organisation's work systems yet. Add what you learn with rapport worksystem workaround add.",
    );
  for (const ws of recorded) {
    out.push(`${ws.name} (group ${ws.group})`);
    for (const g of ws.guidelines) {
      out.push(`  ${g.guideline ?? `element ${g.element ?? "-"}`}`);
      for (const item of g.workarounds) out.push(`    - ${item.description} (${item.noted_on})`);
    }
  }
  out.push("");
  if (w.seen.suppressed) out.push(`What people do instead: ${w.seen.note}`);
  else {
    out.push(`What people say others do instead (${w.seen.n} answered):`);
    out.push(
      table(
        w.seen.options.map((o) => [
          `  ${o.label}`,
          `${pct(o.share)} (${pct(o.low)}-${pct(o.high)})`,
        ]),
        ["left", "right"],
      ),
    );
  }
  if (w.written.suppressed) out.push(`Written answers: ${w.written.note}`);
  else {
    out.push(
      `Written answers on friction and workarounds: ${w.written.answers}, of which ${w.written.describing} describe a workaround.`,
    );
    for (const q of w.written.quotes) out.push(`  "${q}"`);
    if (w.written.quotes.length === 0 && w.written.describing > 0)
      out.push(`  Too few to quote without risk of recognising the writer.`);
  }
  return out;
}

export function formatDiagnosis(d: Diagnosis): string {
  const who = d.communities
    .filter((c) => !(c.suppressed && c.reason === "no_answers"))
    .map((c) => `${short(c.community)} ${c.suppressed ? "hidden" : c.n}`)
    .join(", ");
  const out = [
    `Relationship diagnosis: ${d.campaign.name} (${d.campaign.organisation}, wave ${d.campaign.wave})`,
    `${d.respondents} respondents${who ? `: ${who}` : ""}. Groups with fewer than ${d.min_group_size} people are hidden.`,
    "",
    "HOW THE GROUPS SEE EACH OTHER (rows answer about columns)",
    d.readings.life_positions,
    "",
    ...matrixLines(d),
    "",
    "LEARNING FROM MISTAKES (1-5, higher is better; mean and 95% CI)",
    scaleTable(d.climates.error),
    ...readings(d.climates.error),
    "",
    "BLAME (1-5, higher is worse)",
    scaleTable(d.climates.blame),
    ...readings(d.climates.blame),
    "",
    "FRICTION AND HAVING A SAY",
    scaleTable(d.climates.friction),
    ...readings(d.climates.friction),
    "",
    "RELATIONSHIP SIGNS (who speaks about whom)",
    d.readings.signs,
    "",
    ...indicatorLines(d),
    "",
    "WORKAROUNDS",
    d.readings.workarounds,
    "",
    ...workaroundLines(d),
  ];
  return `${out.join("\n")}\n`;
}
