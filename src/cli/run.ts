import { CommanderError } from "commander";
import { type CliIo, withIo } from "./io.js";
import { reportError } from "./output.js";
import { buildProgram } from "./program.js";

/**
 * Runs one command line and turns any failure into a plain message and an exit code. Nothing
 * here exits the process, so the tests can run many commands in one.
 */
export function runCommand(argv: string[], io: CliIo): Promise<number> {
  return withIo(io, async () => {
    const program = buildProgram();
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
  });
}

function wantsJson(argv: string[]): boolean {
  return argv.some(
    (arg, i) => arg === "--format=json" || (arg === "--format" && argv[i + 1] === "json"),
  );
}
