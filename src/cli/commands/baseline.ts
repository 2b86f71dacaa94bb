import { type Command, Option } from "commander";
import { stringify } from "yaml";
import { RapportError } from "../../errors.js";
import { baselineFile } from "../../worksystem/baseline.js";
import {
  addBaseline,
  type ComparisonTarget,
  compareBaseline,
  getBaseline,
  listBaselines,
} from "../../worksystem/baseline.service.js";
import { formatOfPath } from "../../worksystem/document.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { readUserFile } from "../files.js";
import { say, write } from "../io.js";
import { safeText, table } from "../table.js";

/** Baselines: published figures to compare an organisation, sector or size band with. */
export function registerBaseline(program: Command, globals: () => GlobalOptions): void {
  const command = program
    .command("baseline")
    .description(
      "baselines: published survey figures (the SME study built in, or your own) to compare answers with",
    );

  command
    .command("list")
    .description("list the baselines with their source, year, size and country")
    .addOption(formatOption())
    .action(async (opts: { format: Format }) => {
      const all = await withContext(globals(), ({ db, workspaceId }) =>
        listBaselines(db, workspaceId),
      );
      if (opts.format === "json")
        return printJson({
          baselines: all.map(({ figures, ...b }) => ({ ...b, figures: figures.length })),
        });
      say(
        safeText(
          table([
            ["NAME", "YEAR", "N", "COUNTRY", "FIGURES", "SOURCE"],
            ...all.map((b) => [
              `${b.name}${b.builtin ? " (built in)" : ""}`,
              String(b.year),
              String(b.n),
              b.country,
              String(b.figures.length),
              b.source,
            ]),
          ]),
        ),
      );
    });

  command
    .command("show")
    .description("show one baseline's figures, or write it as a file to start your own from")
    .argument("[name]", "the baseline's name (default: the built-in SME study)")
    .addOption(
      new Option("--format <format>", "readable text, JSON, or the baseline file as YAML")
        .choices(["text", "json", "yaml"])
        .default("text"),
    )
    .action(async (name: string | undefined, opts: { format: string }) => {
      const baseline = await withContext(globals(), ({ db, workspaceId }) =>
        getBaseline(db, workspaceId, name),
      );
      if (opts.format === "yaml") {
        write(stringify(baselineFile(baseline), { lineWidth: 0 }));
        return;
      }
      if (opts.format === "json") return printJson(baseline);
      const lines = [
        `${baseline.name}: ${baseline.source}, ${baseline.year}, ${baseline.country}, n = ${baseline.n}`,
        ...(baseline.description ? [baseline.description] : []),
        "",
        ...baseline.figures.map(
          (f) =>
            `  ${Math.round(f.share * 100)}% ${f.label} [${f.item}: ${f.answers.join(" or ")}]${f.note ? ` ${f.note}` : ""}`,
        ),
      ];
      write(`${safeText(lines.join("\n"))}\n`);
    });

  command
    .command("add")
    .description(
      "add your own baseline from a .yaml or .json file with the same fields as rapport baseline show --format yaml",
    )
    .argument("<file>", "the baseline file, starting with schema: rapport.baseline/1")
    .addOption(formatOption())
    .action(async (path: string, opts: { format: Format }) => {
      const text = readUserFile(path);
      const added = await withContext(globals(), ({ db, workspaceId }) =>
        addBaseline(db, workspaceId, text, formatOfPath(path)),
      );
      if (opts.format === "json")
        return printJson({ name: added.name, figures: added.figures.length });
      say(safeText(`Added the baseline "${added.name}" with ${added.figures.length} figures.`));
    });

  command
    .command("compare")
    .description(
      "compare an organisation, a sector or a size band with a baseline: each difference with its 95% interval",
    )
    .option("--organisation <name>", "compare this organisation")
    .option("--sector <sector>", "compare all organisations of this sector")
    .option("--size-band <band>", "compare all organisations of this size band")
    .option("--baseline <name>", "the baseline (default: the built-in SME study)")
    .addOption(formatOption())
    .action(
      async (opts: {
        organisation?: string;
        sector?: string;
        sizeBand?: string;
        baseline?: string;
        format: Format;
      }) => {
        const given = [
          opts.organisation === undefined ? undefined : { organisation: opts.organisation },
          opts.sector === undefined ? undefined : { sector: opts.sector },
          opts.sizeBand === undefined ? undefined : { size_band: opts.sizeBand },
        ].filter((t): t is ComparisonTarget => t !== undefined);
        const [target] = given;
        if (given.length !== 1 || target === undefined) {
          throw new RapportError(
            "compare_what",
            "Say what to compare: give one of --organisation, --sector or --size-band.",
          );
        }
        const result = await withContext(globals(), ({ db, workspaceId }) =>
          compareBaseline(db, workspaceId, target, opts.baseline),
        );
        if (opts.format === "json") return printJson(result);
        const who =
          result.population.organisation ??
          (result.population.sector !== undefined
            ? `the ${result.population.sector} sector`
            : `${result.population.size_band} organisations`);
        const b = result.baseline;
        const lines = [
          `${who} compared with "${b.name}" (${b.source}, ${b.year}, ${b.country}, n = ${b.n})`,
        ];
        if (result.population.respondents !== null)
          lines.push(
            `${result.population.respondents} people from ${result.population.organisations} organisation${result.population.organisations === 1 ? "" : "s"} answered.`,
          );
        if (result.note) lines.push("", result.note);
        for (const c of result.comparisons)
          lines.push("", `${c.label} [${c.item}]`, `  ${c.reading}`);
        for (const n of result.not_compared)
          lines.push("", `${n.label} [${n.item}]`, `  ${n.reason}`);
        write(`${safeText(lines.join("\n"))}\n`);
      },
    );
}
