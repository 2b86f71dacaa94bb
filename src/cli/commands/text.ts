import type { Command } from "commander";
import { checkMessage, formatCheckAsText } from "../../text/check/index.js";
import { readWholeText } from "../../text/text-input.js";
import { type Format, formatOption, type GlobalOptions, printJson } from "../context.js";
import { safeText } from "../table.js";

/**
 * Text analysis. These commands need no database: they read files or standard input and
 * write results, so they work while the server holds the embedded database.
 */
export function registerText(program: Command, _globals: () => GlobalOptions): Command {
  const text = program
    .command("text")
    .description("analyse texts: check a security message before you send it");

  text
    .command("check")
    .description(
      "check a security message (an email, a policy page, a training text) for hard words, jargon, blame, fear without advice, passive voice and rules without reasons",
    )
    .argument("<file>", "a text file, or - to read standard input")
    .addOption(formatOption())
    .action(async (file: string, opts: { format: Format }) => {
      const message = await readWholeText(file);
      const result = checkMessage(message);
      if (opts.format === "json") return printJson(result);
      process.stdout.write(safeText(formatCheckAsText(message, result)));
      if (!formatCheckAsText(message, result).endsWith("\n")) process.stdout.write("\n");
    });
  return text;
}
