import { once } from "node:events";
import type { Command } from "commander";
import { RapportError } from "../../errors.js";
import { analyseBlame } from "../../text/blame/index.js";
import { indicatorsForCampaign } from "../../text/campaign-indicators.service.js";
import { formatCampaignIndicators } from "../../text/campaign-indicators-text.js";
import { checkMessage, formatCheckAsText } from "../../text/check/index.js";
import { detectIndicators } from "../../text/indicators/index.js";
import { readTextRecords, readWholeText } from "../../text/text-input.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { cli, write } from "../io.js";
import { safeText } from "../table.js";

/**
 * Text analysis. These commands need no database: they read files or standard input and
 * write results, so they work while the server holds the embedded database.
 */
export function registerText(program: Command, _globals: () => GlobalOptions): Command {
  const text = program
    .command("text")
    .description(
      "analyse texts: signs of a strained relationship in answers, blame in practitioners' statements, and a check for security messages",
    );

  text
    .command("indicators")
    .description(
      "find the six signs of a strained security relationship (conflict, negative_communication, negative_feelings, power_imbalance, disengagement, blame) in short texts, writing one JSON line per text with scores and the words that triggered each sign; or, with --campaign, count them in a campaign's written answers by community and question",
    )
    .argument(
      "[file]",
      'JSONL ({"id":..,"text":..} per line), CSV with id and text columns, or - for standard input',
    )
    .option(
      "--campaign <id>",
      "analyse a campaign's written answers instead (groups under the minimum size are hidden)",
    )
    .addOption(formatOption("json"))
    .action(async (file: string | undefined, opts: { campaign?: string; format: Format }) => {
      if (opts.campaign !== undefined) {
        const result = await withContext(_globals(), ({ db, workspaceId }) =>
          indicatorsForCampaign(db, workspaceId, opts.campaign ?? ""),
        );
        if (opts.format === "json") return printJson(result);
        write(safeText(formatCampaignIndicators(result)));
        return;
      }
      if (file === undefined) {
        throw new RapportError(
          "missing_input",
          "Give a file to read (or - for standard input), or --campaign <id>.",
        );
      }
      await eachRecord(file, (record) => {
        const result = detectIndicators(record.text);
        return {
          id: record.id,
          indicators: result.indicators,
          scores: result.scores,
          evidence: result.evidence,
          blame_direction: result.blame_direction,
        };
      });
    });

  text
    .command("blame")
    .description(
      "judge whether statements (by vendors, practitioners, the media) blame people for security problems, next to the keyword method (Employee, Human, User, Weakest, Error, Insider); one JSON line per text",
    )
    .argument(
      "<file>",
      'JSONL ({"id":..,"text":..} per line), CSV with id and text columns, or - for standard input',
    )
    .action(async (file: string) => {
      await eachRecord(file, (record) => ({ id: record.id, ...analyseBlame(record.text) }));
    });

  text
    .command("check")
    .description(
      "check a security message (an email, a policy page, a training text) for hard words, jargon, blame, fear without advice, passive voice and rules without reasons",
    )
    .argument("<file>", "a text file, or - to read standard input")
    .addOption(formatOption())
    .action(async (file: string, opts: { format: Format }) => {
      const message = await readWholeText(file, cli().stdin);
      const result = checkMessage(message);
      if (opts.format === "json") return printJson(result);
      const marked = safeText(formatCheckAsText(message, result));
      write(marked.endsWith("\n") ? marked : `${marked}\n`);
    });
  return text;
}

/** Streams results as JSON lines, waiting when the reader is slower than we are. */
async function eachRecord(
  file: string,
  fn: (record: { id: string | number | null; text: string }) => unknown,
): Promise<void> {
  for await (const record of readTextRecords(file, cli().stdin)) {
    if (!write(`${JSON.stringify(fn(record))}\n`)) await once(cli().stdout, "drain");
  }
}
