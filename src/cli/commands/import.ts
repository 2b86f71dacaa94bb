import { type Command, InvalidArgumentError } from "commander";
import { importResponses } from "../../importer/response-import.js";
import { csvFileSource } from "../../importer/row-source.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { say } from "../io.js";
import { progressLine } from "../output.js";

export function registerImport(program: Command, globals: () => GlobalOptions): void {
  program
    .command("import")
    .description("bring existing data into Rapport")
    .command("responses")
    .description(
      "import answers from a CSV file: one row per respondent, columns respondent_id, organisation, sector, size_band, community, group and the instrument's item codes (only organisation and item columns are required). Nothing is written unless the whole file is valid.",
    )
    .argument("<file>", "the CSV file (UTF-8; comma, semicolon or tab separated)")
    .requiredOption(
      "--study <name>",
      "the study to add the answers to; created if it does not exist",
    )
    .option(
      "--instrument <code>",
      "the instrument the file answers (needed for a new study; see rapport instrument list)",
    )
    .option(
      "--min-group-size <n>",
      "for a new study: hide groups smaller than this (default 5, at least 3)",
      parseMin,
    )
    .option(
      "--wave <n>",
      "the wave these answers belong to (default 1); a later wave uses wave 1's instrument version",
      parseWave,
    )
    .option("--again", "import a file that was already imported into this study")
    .addOption(formatOption())
    .action(
      async (
        file: string,
        opts: {
          study: string;
          instrument?: string;
          minGroupSize?: number;
          again?: boolean;
          wave?: number;
          format: Format;
        },
      ) => {
        const checking = progressLine("Checking");
        const writing = progressLine("Writing ");
        const summary = await withContext(globals(), ({ db, workspaceId }) =>
          importResponses(db, workspaceId, {
            source: csvFileSource(file),
            study: opts.study,
            instrument: opts.instrument,
            minGroupSize: opts.minGroupSize,
            again: opts.again,
            wave: opts.wave,
            onProgress: (phase, done, total) =>
              (phase === "checking" ? checking : writing).update(done, total),
          }),
        ).finally(() => {
          checking.done();
          writing.done();
        });
        if (opts.format === "json") return printJson(summary);
        say(
          `Imported ${summary.respondents} respondent${summary.respondents === 1 ? "" : "s"} from ${summary.organisations} organisation${summary.organisations === 1 ? "" : "s"} into "${summary.study}"${summary.wave ? `, wave ${summary.wave}` : ""} (${summary.campaigns} campaign${summary.campaigns === 1 ? "" : "s"}).`,
        );
        say(`See the figures with: rapport report --study "${summary.study}"`);
      },
    );
}

function parseWave(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 1000) {
    throw new InvalidArgumentError("use a whole number from 1 to 1000.");
  }
  return n;
}

function parseMin(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 3 || n > 1000) {
    throw new InvalidArgumentError("use a whole number from 3 to 1000.");
  }
  return n;
}
