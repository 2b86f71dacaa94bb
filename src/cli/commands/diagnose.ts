import type { Command } from "commander";
import { diagnoseCampaign } from "../../diagnosis/diagnosis.service.js";
import { formatDiagnosis } from "../../diagnosis/diagnosis-text.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { write } from "../io.js";
import { safeText } from "../table.js";

/** The relationship diagnosis of one campaign: life positions, climates, signs, workarounds. */
export function registerDiagnose(program: Command, globals: () => GlobalOptions): void {
  program
    .command("diagnose")
    .description(
      "diagnose the security relationship from a campaign's answers: how the groups see each other, how mistakes and blame are handled, the six relationship signs and the workarounds (small groups are hidden)",
    )
    .requiredOption("--campaign <id>", "the campaign (the first 8 characters of its id are enough)")
    .addOption(formatOption())
    .action(async (opts: { campaign: string; format: Format }) => {
      const result = await withContext(globals(), ({ db, workspaceId }) =>
        diagnoseCampaign(db, workspaceId, opts.campaign),
      );
      if (opts.format === "json") return printJson(result);
      write(safeText(formatDiagnosis(result)));
    });
}
