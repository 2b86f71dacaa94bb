import type { Command } from "commander";
import { DEMO_STUDIES, loadDemo } from "../../demo/demo.service.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { say } from "../io.js";

export function registerDemo(program: Command, globals: () => GlobalOptions): void {
  program
    .command("demo")
    .description(
      "load the demo: two clearly labelled synthetic studies to try Rapport with (does nothing if already loaded)",
    )
    .addOption(formatOption())
    .action(async (opts: { format: Format }) => {
      const result = await withContext(globals(), ({ db, workspaceId }) =>
        loadDemo(db, workspaceId),
      );
      if (opts.format === "json") return printJson(result);
      if (!result.loaded) {
        say(`The demo is already loaded. Try: rapport report --study "${DEMO_STUDIES.sme}"`);
        return;
      }
      for (const s of result.studies) {
        say(
          `Loaded "${s.study}": ${s.respondents} respondents from ${s.organisations} organisation${s.organisations === 1 ? "" : "s"}.`,
        );
      }
      say(`Try: rapport report --study "${DEMO_STUDIES.sme}" --by sector`);
    });
}
