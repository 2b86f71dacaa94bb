import { type Command, Option } from "commander";
import { BUILTIN_CATALOGUE } from "../../worksystem/catalogue/index.js";
import {
  filterGuidelines,
  formatCatalogue,
  parseCatalogue,
} from "../../worksystem/catalogue-io.js";
import type { Catalogue } from "../../worksystem/guideline.schema.js";
import { ELEMENT_LABELS, ELEMENTS, PHASE_LABELS, PHASES } from "../../worksystem/worksystem.js";
import { printJson } from "../context.js";
import { readUserFile } from "../files.js";
import { safeText } from "../table.js";

/**
 * The guideline catalogue: security guidelines for each part of a work system and each phase
 * of a planned change, each with the question that checks it. Needs no database.
 */
export function registerGuidelines(program: Command): void {
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
    .addOption(
      new Option(
        "--format <format>",
        "readable text, JSON, or the whole catalogue as YAML or JSON for sharing",
      )
        .choices(["text", "json", "yaml", "catalogue-json"])
        .default("text"),
    );
  command.action(
    (opts: {
      element?: (typeof ELEMENTS)[number];
      phase?: (typeof PHASES)[number];
      catalogue?: string;
      format: string;
    }) => {
      const catalogue = opts.catalogue ? readCatalogue(opts.catalogue) : BUILTIN_CATALOGUE;
      if (opts.format === "yaml" || opts.format === "catalogue-json") {
        process.stdout.write(formatCatalogue(catalogue, opts.format === "yaml" ? "yaml" : "json"));
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
      process.stdout.write(`${safeText(lines.join("\n"))}\n`);
    },
  );
}

function readCatalogue(path: string): Catalogue {
  return parseCatalogue(readUserFile(path), /\.json$/i.test(path) ? "json" : "yaml");
}
