import { Command } from "commander";
import { registerActions } from "./commands/actions.js";
import { registerAssess } from "./commands/assess.js";
import { registerBaseline } from "./commands/baseline.js";
import { registerCampaign } from "./commands/campaign.js";
import { registerDemo } from "./commands/demo.js";
import { registerDiagnose } from "./commands/diagnose.js";
import { registerFindings } from "./commands/findings.js";
import { registerGuidelines } from "./commands/guidelines.js";
import { registerImport } from "./commands/import.js";
import { registerInstrument } from "./commands/instrument.js";
import { registerLists } from "./commands/lists.js";
import { registerReport } from "./commands/report.js";
import { registerServe } from "./commands/serve.js";
import { registerText } from "./commands/text.js";
import { registerToken } from "./commands/token.js";
import { registerUser } from "./commands/user.js";
import { registerWaves } from "./commands/waves.js";
import { registerWorkSystem } from "./commands/worksystem.js";
import type { GlobalOptions } from "./context.js";
import { cli } from "./io.js";

export function buildProgram(): Command {
  const program = new Command("rapport")
    .description(
      "Rapport: see your firm's information security from the employees' side, and mend it.\n" +
        "Data are kept in ./data (embedded PostgreSQL) unless DATABASE_URL points to a PostgreSQL server.",
    )
    .option(
      "--data-dir <dir>",
      "folder of the embedded database (default ./data, or RAPPORT_DATA_DIR)",
    )
    .option(
      "--workspace <name>",
      "the workspace to work in (default: default, or RAPPORT_WORKSPACE)",
    )
    .showHelpAfterError("(add --help to see what is possible)")
    // Set before the commands are added, which inherit both: errors come back as exceptions
    // instead of ending the process, and all output goes where the current run says.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => cli().stdout.write(text),
      writeErr: (text) => cli().stderr.write(text),
    })
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true });
  const globals = () => program.opts<GlobalOptions>();
  registerInstrument(program, globals);
  registerLists(program, globals);
  registerCampaign(program, globals);
  registerImport(program, globals);
  registerReport(program, globals);
  registerGuidelines(program, globals);
  registerWorkSystem(program, globals);
  registerAssess(program, globals);
  registerFindings(program, globals);
  registerDiagnose(program, globals);
  registerBaseline(program, globals);
  registerWaves(program, globals);
  registerActions(program, globals);
  registerDemo(program, globals);
  registerText(program, globals);
  registerUser(program, globals);
  registerToken(program, globals);
  registerServe(program, globals);
  return program;
}
