import { table } from "../cli/table.js";
import { isClosed, itemsOf, optionsOf } from "../instrument/instrument.js";
import type { InstrumentDefinition, ItemDefinition } from "../instrument/instrument.schema.js";
import { DIMENSION_LABELS, type Dimension } from "./dimension.js";
import type { AnswerFigure, HiddenItem, ItemFigures, OpenTextCounts, Report } from "./report.js";

/**
 * The report as a readable plain-text document, for a terminal or an email: each question
 * with its answers, percentages and 95% intervals, then each breakdown as a table per question.
 */
function pct(answer: AnswerFigure): string {
  return answer.percent === null ? "-" : `${answer.percent.toFixed(1)}%`;
}

function ci(answer: AnswerFigure): string {
  return answer.ci95 ? `(${answer.ci95[0].toFixed(1)}-${answer.ci95[1].toFixed(1)})` : "";
}

function pctCi(answer: AnswerFigure): string {
  return `${pct(answer)} ${ci(answer)}`.trim();
}

function isShown(item: ItemFigures | HiddenItem): item is ItemFigures {
  return !("suppressed" in item);
}

export function formatReportText(
  report: Report,
  definition: InstrumentDefinition,
  openText: OpenTextCounts = [],
): string {
  const out: string[] = [];
  const title =
    report.study !== undefined
      ? `Study: ${report.study}`
      : `Campaign: ${report.name ?? ""} (${report.campaign ?? ""})`;
  out.push(title, "=".repeat(Math.min(title.length, 78)));
  out.push(
    `${report.respondents} respondent${report.respondents === 1 ? "" : "s"}. Groups with fewer than ${report.min_group_size} respondents are hidden to protect anonymity.`,
    "Percentages are of those who answered the question, with a 95% confidence interval in brackets.",
    "",
  );
  const items = new Map(itemsOf(definition).map((i) => [i.code, i]));
  for (const figures of report.items) {
    const item = items.get(figures.code);
    if (!item) continue;
    out.push(`${item.code}: ${item.text}`);
    if (!isShown(figures)) {
      out.push("  Hidden: fewer respondents than the minimum group size.", "");
      continue;
    }
    out.push(...itemLines(item, figures).map((l) => `  ${l}`), "");
  }
  for (const [dimension, groups] of Object.entries(report.breakdowns) as [
    Dimension,
    NonNullable<Report["breakdowns"][Dimension]>,
  ][]) {
    const title = `By ${DIMENSION_LABELS[dimension]}`;
    out.push(title, "-".repeat(title.length));
    const hidden = groups.filter((g) => g.suppressed).map((g) => g.group ?? "(not given)");
    if (hidden.length > 0)
      out.push(
        `Hidden to protect anonymity (fewer than ${report.min_group_size} answers, or needed to keep another group hidden): ${hidden.join(", ")}.`,
      );
    const shown = groups.filter((g) => !g.suppressed);
    if (shown.length === 0) {
      out.push("No group is large enough to show.", "");
      continue;
    }
    out.push("");
    for (const item of itemsOf(definition).filter(isClosed)) {
      const options = optionsOf(item);
      const rows: string[][] = [
        [
          "",
          "n",
          ...(item.type === "number" ? ["mean", "sd", "median"] : options.map((o) => o.label)),
        ],
      ];
      for (const group of shown) {
        const figures = group.items.find((f) => f.code === item.code);
        if (!figures || figures.n === 0) continue;
        const cells =
          item.type === "number"
            ? [fmt(figures.mean), fmt(figures.sd), fmt(figures.median)]
            : figures.answers.map((a) => pctCi(a));
        rows.push([group.group ?? "(not given)", String(figures.n), ...cells]);
      }
      if (rows.length === 1) continue;
      out.push(`  ${item.code}`);
      out.push(
        ...table(rows, ["left", "right"])
          .split("\n")
          .map((l) => `    ${l}`),
        "",
      );
    }
  }
  if (openText.length > 0) {
    out.push("Open questions (number of written answers)");
    out.push(...openText.map((o) => `  ${o.code}: ${o.n === null ? "hidden" : o.n}`));
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function itemLines(item: ItemDefinition, figures: ItemFigures): string[] {
  if (figures.n === 0) return ["No answers."];
  if (item.type === "number") {
    return [
      `n = ${figures.n}   mean ${fmt(figures.mean)}   sd ${fmt(figures.sd)}   median ${fmt(figures.median)}`,
    ];
  }
  const labels = new Map(optionsOf(item).map((o) => [o.code, o.label]));
  const rows = figures.answers.map((a) => [
    labels.get(a.value) ?? a.value,
    String(a.count),
    pct(a),
    ci(a),
  ]);
  const lines = [
    `n = ${figures.n}`,
    ...table(rows, ["left", "right", "right", "right"]).split("\n"),
  ];
  if (item.type === "likert")
    lines.push(
      `mean ${fmt(figures.mean)}, sd ${fmt(figures.sd)} (1 = ${item.labels[0]}, ${item.points} = ${item.labels[item.points - 1]})`,
    );
  return lines;
}

function fmt(x: number | null | undefined): string {
  return x === null || x === undefined ? "-" : x.toFixed(2);
}
