import type { Command } from "commander";
import { listCampaigns } from "../../campaign/campaign.repository.js";
import { RapportError } from "../../errors.js";
import { nameKey } from "../../organisation/organisation.js";
import { listOrganisationSummaries } from "../../organisation/organisation.repository.js";
import { findStudyByKey, listStudySummaries } from "../../study/study.repository.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { say } from "../io.js";
import { safeText, table } from "../table.js";

/** The list commands people and scripts use to find names and ids. */
export function registerLists(program: Command, globals: () => GlobalOptions): void {
  program
    .command("study")
    .description("studies: one questionnaire asked across many organisations")
    .command("list")
    .description("list the studies with their organisations and respondents")
    .addOption(formatOption())
    .action(async (opts: { format: Format }) => {
      const rows = await withContext(globals(), ({ db, workspaceId }) =>
        listStudySummaries(db, workspaceId),
      );
      if (opts.format === "json") {
        return printJson({
          studies: rows.map((r) => ({
            id: r.id,
            name: r.name,
            instrument: r.instrument_code,
            instrument_version: r.instrument_version,
            organisations: r.organisations,
            campaigns: r.campaigns,
            respondents: r.respondents,
            waves: r.waves,
            min_group_size: r.min_group_size,
          })),
        });
      }
      if (rows.length === 0)
        return say(
          "No studies yet. Import answers with rapport import responses, or try rapport demo.",
        );
      say(
        safeText(
          table([
            ["NAME", "INSTRUMENT", "ORGANISATIONS", "RESPONDENTS", "WAVES"],
            ...rows.map((r) => [
              r.name,
              `${r.instrument_code} v${r.instrument_version}`,
              String(r.organisations),
              String(r.respondents),
              String(r.waves),
            ]),
          ]),
        ),
      );
    });

  program
    .command("campaign")
    .description("campaigns: one organisation answering one questionnaire")
    .command("list")
    .description("list campaigns with their ids (the first 8 characters are enough to name one)")
    .option("--study <name>", "only the campaigns of this study")
    .addOption(formatOption())
    .action(async (opts: { study?: string; format: Format }) => {
      const rows = await withContext(globals(), async ({ db, workspaceId }) => {
        let studyId: string | undefined;
        if (opts.study !== undefined) {
          const study = await findStudyByKey(db, workspaceId, nameKey(opts.study));
          if (!study)
            throw new RapportError(
              "study_not_found",
              `There is no study called "${opts.study}". Run rapport study list to see them.`,
            );
          studyId = study.id;
        }
        return listCampaigns(db, workspaceId, studyId);
      });
      if (opts.format === "json") {
        return printJson({
          campaigns: rows.map((r) => ({
            id: r.id,
            name: r.name,
            organisation: r.organisation,
            study: r.study,
            instrument: r.instrument_code,
            instrument_version: r.instrument_version,
            status: r.status,
            wave: r.wave,
            min_group_size: r.min_group_size,
            respondents: r.respondents,
          })),
        });
      }
      if (rows.length === 0)
        return say(
          "No campaigns yet. Import answers with rapport import responses, or try rapport demo.",
        );
      say(
        safeText(
          table([
            ["ID", "STATUS", "RESPONDENTS", "ORGANISATION", "STUDY", "WAVE"],
            ...rows.map((r) => [
              r.id.slice(0, 8),
              r.status,
              String(r.respondents),
              r.organisation,
              r.study ?? "-",
              String(r.wave),
            ]),
          ]),
        ),
      );
    });

  program
    .command("organisation")
    .description("organisations (firms) whose staff answer")
    .command("list")
    .description("list organisations with sector, size band and respondents")
    .addOption(formatOption())
    .action(async (opts: { format: Format }) => {
      const rows = await withContext(globals(), ({ db, workspaceId }) =>
        listOrganisationSummaries(db, workspaceId),
      );
      if (opts.format === "json") {
        return printJson({
          organisations: rows.map((r) => ({
            id: r.id,
            name: r.name,
            sector: r.sector,
            size_band: r.size_band,
            groups: r.groups,
            campaigns: r.campaigns,
            respondents: r.respondents,
          })),
        });
      }
      if (rows.length === 0)
        return say("No organisations yet. They are created when you import answers.");
      say(
        safeText(
          table([
            ["NAME", "SECTOR", "SIZE", "CAMPAIGNS", "RESPONDENTS"],
            ...rows.map((r) => [
              r.name,
              r.sector ?? "-",
              r.size_band ?? "-",
              String(r.campaigns),
              String(r.respondents),
            ]),
          ]),
        ),
      );
    });
}
