import type { Command } from "commander";
import {
  buildScopedReport,
  parseDimensions,
  type ReportScope,
} from "../../analysis/report.service.js";
import { formatReportText } from "../../analysis/report-text.js";
import { RapportError } from "../../errors.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { write } from "../io.js";
import { safeText } from "../table.js";

export function registerReport(program: Command, globals: () => GlobalOptions): void {
  program
    .command("report")
    .description(
      "figures for a study or a campaign: per question the answers with counts, percentages and 95% intervals, broken down by group; groups smaller than the minimum size are hidden",
    )
    .option("--study <name>", "report on a whole study (all its organisations)")
    .option(
      "--campaign <id>",
      "report on one campaign (its id or first characters, see rapport campaign list)",
    )
    .option(
      "--by <dimensions>",
      "break down by organisation, sector, size_band, community and/or group, comma-separated, or none (default: every one present)",
    )
    .addOption(formatOption())
    .action(async (opts: { study?: string; campaign?: string; by?: string; format: Format }) => {
      if ((opts.study === undefined) === (opts.campaign === undefined)) {
        throw new RapportError(
          "bad_scope",
          "Say what to report on with either --study <name> or --campaign <id>.",
        );
      }
      const scope: ReportScope =
        opts.study !== undefined ? { study: opts.study } : { campaign: opts.campaign ?? "" };
      const dimensions = parseDimensions(opts.by);
      const { report, definition, openText } = await withContext(globals(), ({ db, workspaceId }) =>
        buildScopedReport(db, workspaceId, scope, dimensions),
      );
      if (opts.format === "json") return printJson(report);
      write(safeText(formatReportText(report, definition, openText)));
    });
}
