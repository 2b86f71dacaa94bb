import { type Command, Option } from "commander";
import { COMMUNITY_LABELS } from "../../organisation/organisation.js";
import { type Finding, listFindings } from "../../worksystem/findings.service.js";
import { RATING_LABELS, SEVERITIES } from "../../worksystem/severity.js";
import { type ItemEvidence, surveyFindings } from "../../worksystem/survey.service.js";
import type { CommunityGap } from "../../worksystem/survey-signal.js";
import {
  ELEMENT_LABELS,
  ELEMENTS,
  PHASE_LABELS,
  PLANNED_PHASES,
} from "../../worksystem/worksystem.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { write } from "../io.js";
import { safeText } from "../table.js";

/** Findings: guidelines not met, with the evidence, the rule behind the severity and what helps. */
export function registerFindings(program: Command, globals: () => GlobalOptions): void {
  program
    .command("findings")
    .description(
      "findings for an organisation's work systems: analyst ratings, survey answers and workarounds per guideline, most severe first",
    )
    .requiredOption("--organisation <name>", "the organisation")
    .option("--work-system <name>", "only this work system")
    .addOption(new Option("--severity <level>", "only this severity").choices([...SEVERITIES]))
    .addOption(
      new Option("--element <code>", "only this element or planned phase").choices([
        ...ELEMENTS,
        ...PLANNED_PHASES,
      ]),
    )
    .option(
      "--campaign <id>",
      "use this campaign's answers (default: the latest campaign of each questionnaire)",
    )
    .option(
      "--survey-only",
      "show only what the survey answers say per guideline, apart from the analyst's ratings",
    )
    .addOption(formatOption())
    .action(
      async (opts: {
        organisation: string;
        workSystem?: string;
        severity?: string;
        element?: string;
        campaign?: string;
        surveyOnly?: boolean;
        format: Format;
      }) => {
        if (opts.surveyOnly) {
          const result = await withContext(globals(), ({ db, workspaceId }) =>
            surveyFindings(db, workspaceId, opts),
          );
          if (opts.format === "json") return printJson(result);
          const lines = [`What the survey answers say: ${result.organisation}`];
          if (result.campaigns.length === 0) lines.push("", NO_CAMPAIGN);
          for (const f of result.findings) {
            lines.push(
              "",
              `${f.level.toUpperCase()}  ${f.guideline}`,
              `  Why ${f.level}: ${f.rule_text}`,
            );
            for (const e of f.figures) lines.push(`  ${figureLine(e)}`);
            for (const g of f.gaps) lines.push(`  ${gapLine(g)}`);
          }
          if (result.campaigns.length > 0 && result.findings.length === 0)
            lines.push("", "The answers show no problem for any guideline.");
          write(`${safeText(lines.join("\n"))}\n`);
          return;
        }
        const result = await withContext(globals(), ({ db, workspaceId }) =>
          listFindings(db, workspaceId, {
            organisation: opts.organisation,
            work_system: opts.workSystem,
            severity: opts.severity,
            element: opts.element,
            campaign: opts.campaign,
          }),
        );
        if (opts.format === "json") return printJson(result);
        const lines = [`Findings for ${result.organisation}`];
        if (result.campaigns.length === 0) lines.push(NO_CAMPAIGN);
        else
          lines.push(
            `Survey answers from: ${result.campaigns.map((c) => `${c.name} (${c.id.slice(0, 8)})`).join(", ")}. Groups smaller than ${result.min_group_size} are never shown.`,
          );
        for (const f of result.findings) lines.push("", ...describeFinding(f));
        lines.push(
          "",
          result.findings.length === 0
            ? "No findings. Rate guidelines with rapport assess, note workarounds, or run a campaign."
            : `${result.findings.length} finding${result.findings.length === 1 ? "" : "s"}.`,
        );
        write(`${safeText(lines.join("\n"))}\n`);
      },
    );
}

const NO_CAMPAIGN =
  "No campaign of this organisation has answers yet, so there are no survey figures.";

export function describeFinding(f: Finding): string[] {
  const where = f.element ? ELEMENT_LABELS[f.element] : f.phase ? PHASE_LABELS[f.phase] : "";
  const lines = [
    `${f.severity.toUpperCase()}  ${f.guideline} (${where.toLowerCase()}) ${f.work_system ? `in ${f.work_system.name}` : "across the organisation"}`,
    `  ${f.statement}`,
    `  Why ${f.severity}: ${f.rule_text}`,
  ];
  if (f.disagreement) lines.push(`  Note: ${f.disagreement}`);
  const r = f.evidence.rating;
  if (r)
    lines.push(
      `  Analyst: ${RATING_LABELS[r.rating]} (${r.rated_at.slice(0, 10)})${r.note ? `. ${r.note}` : ""}`,
    );
  for (const e of f.evidence.survey) lines.push(`  ${figureLine(e)}`);
  for (const g of f.gaps) lines.push(`  ${gapLine(g)}`);
  for (const w of f.evidence.workarounds)
    lines.push(`  Workaround (${w.noted_on}): ${w.description}`);
  for (const w of f.evidence.related_workarounds)
    lines.push(`  Also seen here (${w.noted_on}): ${w.description}`);
  lines.push(`  Usually helps: ${f.interventions.map((i) => i.label).join("; ")}`);
  return lines;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function figureLine(e: ItemEvidence): string {
  const who = e.scope === "work_system" ? "this work system" : "whole organisation";
  return `Survey (${who}): ${pct(e.share)} ${e.meaning} (${e.count} of ${e.n}, 95% interval ${pct(e.ci95[0])} to ${pct(e.ci95[1])}) [${e.item}]`;
}

function gapLine(g: CommunityGap): string {
  const points = (x: number) => `${Math.round(x * 100)}`;
  return `Gap [${g.item}]: ${COMMUNITY_LABELS[g.higher.community]} ${pct(g.higher.share)} (n ${g.higher.n}) against ${COMMUNITY_LABELS[g.lower.community]} ${pct(g.lower.share)} (n ${g.lower.n}): ${points(g.difference)} points apart (95% interval ${points(g.ci95[0])} to ${points(g.ci95[1])})`;
}
