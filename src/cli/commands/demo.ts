import type { Command } from "commander";
import { DEMO_STUDIES, loadDemo } from "../../demo/demo.service.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";

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
        console.log(
          `The demo is already loaded. Try: rapport report --study "${DEMO_STUDIES.sme}"`,
        );
        return;
      }
      for (const s of result.studies) {
        console.log(
          `Loaded "${s.study}": ${s.respondents} respondents from ${s.organisations} organisation${s.organisations === 1 ? "" : "s"}.`,
        );
      }
      console.log(`Try: rapport report --study "${DEMO_STUDIES.sme}" --by sector`);
    });
}
