import { type Command, Option } from "commander";
import { BUILTIN_CATALOGUE } from "../../worksystem/catalogue/index.js";
import {
  filterGuidelines,
  formatCatalogue,
  parseCatalogue,
} from "../../worksystem/catalogue-io.js";
import {
  exportCatalogue,
  importCatalogue,
  loadWorkspaceCatalogue,
  removeCustomGuideline,
} from "../../worksystem/custom-guideline.service.js";
import { formatOfPath } from "../../worksystem/document.js";
import type { Catalogue } from "../../worksystem/guideline.schema.js";
import { ELEMENT_LABELS, ELEMENTS, PHASE_LABELS, PHASES } from "../../worksystem/worksystem.js";
import { type GlobalOptions, printJson, withContext } from "../context.js";
import { readUserFile } from "../files.js";
import { write } from "../io.js";
import { safeText } from "../table.js";

/**
 * The guideline catalogue: security guidelines for each part of a work system and each phase
 * of a planned change, each with the question that checks it. Listing the built-in catalogue
 * needs no database; the workspace's own guidelines (--own, import, export, remove) do.
 */
export function registerGuidelines(program: Command, globals: () => GlobalOptions): void {
  const command = program
    .command("guidelines")
    .description(
      "list the security guidelines for work systems, by element or life-cycle phase, or export the catalogue",
    )
    .addOption(
      new Option("--element <element>", "only this work-system element").choices([...ELEMENTS]),
    )
    .addOption(new Option("--phase <phase>", "only this life-cycle phase").choices([...PHASES]))
    .option(
      "--catalogue <file>",
      "use a catalogue file (.yaml or .json) instead of the built-in one",
    )
    .option("--own", "add this workspace's own guidelines to the built-in ones")
    .addOption(
      new Option(
        "--format <format>",
        "readable text, JSON, or the whole catalogue as YAML or JSON for sharing",
      )
        .choices(["text", "json", "yaml", "catalogue-json"])
        .default("text"),
    );
  command.action(
    async (opts: {
      element?: (typeof ELEMENTS)[number];
      phase?: (typeof PHASES)[number];
      catalogue?: string;
      own?: boolean;
      format: string;
    }) => {
      const catalogue = opts.catalogue
        ? readCatalogue(opts.catalogue)
        : opts.own
          ? await withContext(globals(), ({ db, workspaceId }) =>
              loadWorkspaceCatalogue(db, workspaceId),
            )
          : BUILTIN_CATALOGUE;
      if (opts.format === "yaml" || opts.format === "catalogue-json") {
        write(formatCatalogue(catalogue, opts.format === "yaml" ? "yaml" : "json"));
        return;
      }
      const chosen = filterGuidelines(catalogue, {
        ...(opts.element ? { element: opts.element } : {}),
        ...(opts.phase ? { phase: opts.phase } : {}),
      });
      if (opts.format === "json")
        return printJson({
          catalogue: catalogue.name,
          version: catalogue.version,
          guidelines: chosen,
        });
      const lines: string[] = [];
      for (const g of chosen) {
        const where = g.element ? ELEMENT_LABELS[g.element] : g.phase ? PHASE_LABELS[g.phase] : "";
        lines.push(
          `${g.code}  (${where})`,
          `  ${g.statement}`,
          `  Check: ${g.question}`,
          `  Why: ${g.why}`,
          "",
        );
      }
      lines.push(
        `${chosen.length} guideline${chosen.length === 1 ? "" : "s"} from "${catalogue.name}" version ${catalogue.version}.`,
      );
      write(`${safeText(lines.join("\n"))}\n`);
    },
  );
  registerOwnGuidelines(command, globals);
}

function registerOwnGuidelines(command: Command, globals: () => GlobalOptions): void {
  command
    .command("import <file>")
    .description(
      "add the guidelines of a catalogue file (.yaml or .json) to this workspace's own; built-in ones in the file are skipped when unchanged",
    )
    .action(async (file: string) => {
      const text = readUserFile(file);
      const result = await withContext(globals(), ({ db, workspaceId }) =>
        importCatalogue(db, workspaceId, text, formatOfPath(file)),
      );
      const lines = [
        `Added ${result.added.length}, changed ${result.changed.length}, unchanged ${result.unchanged}.`,
      ];
      for (const code of result.added) lines.push(`  added    ${code}`);
      for (const code of result.changed) lines.push(`  changed  ${code}`);
      write(`${safeText(lines.join("\n"))}\n`);
    });
  command
    .command("export")
    .description("write the workspace catalogue (built-in and own guidelines) as YAML or JSON")
    .addOption(
      new Option("--format <format>", "file format").choices(["yaml", "json"]).default("yaml"),
    )
    .action(async (opts: { format: "yaml" | "json" }) => {
      const text = await withContext(globals(), ({ db, workspaceId }) =>
        exportCatalogue(db, workspaceId, opts.format),
      );
      write(text);
    });
  command
    .command("remove <code>")
    .description("remove one of this workspace's own guidelines (built-in ones stay)")
    .action(async (code: string) => {
      await withContext(globals(), ({ db, workspaceId }) =>
        removeCustomGuideline(db, workspaceId, code),
      );
      write(`${safeText(`Removed ${code}.`)}\n`);
    });
}

function readCatalogue(path: string): Catalogue {
  return parseCatalogue(readUserFile(path), /\.json$/i.test(path) ? "json" : "yaml");
}
