import { CommanderError } from "commander";
import { reportError } from "./output.js";
import { buildProgram } from "./program.js";

/** Runs the CLI and turns any failure into a plain message and an exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (or the help); keep its exit code.
      return error.exitCode;
    }
    return reportError(error, wantsJson(argv));
  }
}

function wantsJson(argv: string[]): boolean {
  return argv.some(
    (arg, i) => arg === "--format=json" || (arg === "--format" && argv[i + 1] === "json"),
  );
}

const code = await main(process.argv);
process.exitCode = code;
