import { table } from "../cli/table.js";
import type { CampaignIndicators, IndicatorShare } from "./campaign-indicators.js";

/** The campaign's relationship signs as a readable table per community and per question. */
function row(label: string, n: number, shares: IndicatorShare[]): string[] {
  return [
    label,
    String(n),
    ...shares.map((s) => (s.percent === null ? "-" : `${s.percent.toFixed(0)}% (${s.count})`)),
  ];
}

export function formatCampaignIndicators(result: CampaignIndicators & { name: string }): string {
  const codes = [
    "conflict",
    "negative_communication",
    "negative_feelings",
    "power_imbalance",
    "disengagement",
    "blame",
  ];
  const header = ["", "answers", ...codes];
  const out = [
    `Relationship signs in written answers: ${result.name}`,
    `${result.respondents} respondents, ${result.answers} written answers. Groups with fewer than ${result.min_group_size} respondents are hidden.`,
    "",
    "By community",
  ];
  const communities = [header];
  const hidden: string[] = [];
  for (const g of result.by_community) {
    if (g.suppressed) hidden.push(g.group ?? "(not given)");
    else communities.push(row(g.group ?? "(not given)", g.answers, g.indicators));
  }
  out.push(table(communities, ["left", "right"]));
  if (hidden.length > 0) out.push(`Hidden to protect anonymity: ${hidden.join(", ")}.`);
  out.push("", "By question");
  const questions = [header];
  for (const q of result.by_question)
    if (q.indicators && q.answers !== null) questions.push(row(q.item, q.answers, q.indicators));
  out.push(
    questions.length > 1
      ? table(questions, ["left", "right"])
      : "Hidden: fewer respondents than the minimum group size.",
  );
  return `${out.join("\n")}\n`;
}
