import { type Command, Option } from "commander";
import { RapportError } from "../../errors.js";
import { COMMUNITY_LABELS } from "../../organisation/organisation.js";
import { formatOfPath } from "../../worksystem/document.js";
import {
  ELEMENT_LABELS,
  ELEMENTS,
  PHASE_LABELS,
  PHASES,
  SENSITIVITY_LABELS,
} from "../../worksystem/worksystem.js";
import { LIST_FIELDS } from "../../worksystem/worksystem.schema.js";
import {
  addWorkaround,
  getWorkSystem,
  importWorkSystemFiles,
  listWorkSystems,
  recordPhase,
  removeWorkSystem,
  type WorkSystemView,
} from "../../worksystem/worksystem.service.js";
import { formatWorkSystemFile } from "../../worksystem/worksystem-io.js";
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

/** Work systems: describe an organisation's work from files, follow its life cycle and workarounds. */
export function registerWorkSystem(program: Command, globals: () => GlobalOptions): void {
  const command = program
    .command("worksystem")
    .description(
      "work systems: the organisation's real work (sales, payroll ...), element by element, with its life cycle and workarounds",
    );

  command
    .command("import")
    .description(
      "read one or more work-system files (.yaml or .json); a work system with the same name is replaced, all files or none",
    )
    .argument("<files...>", "work-system files, each starting with schema: rapport.worksystem/1")
    .requiredOption(
      "--organisation <name>",
      "the organisation the work systems belong to; created if it is new",
    )
    .option("--sector <sector>", "for a new organisation: its sector, e.g. retail")
    .option(
      "--size-band <band>",
      "for a new organisation: micro, small, medium, large, or its number of staff",
    )
    .addOption(formatOption())
    .action(
      async (
        paths: string[],
        opts: { organisation: string; sector?: string; sizeBand?: string; format: Format },
      ) => {
        const files = paths.map((path) => ({
          name: path,
          text: readUserFile(path),
          format: formatOfPath(path),
        }));
        const results = await withContext(globals(), ({ db, workspaceId }) =>
          importWorkSystemFiles(db, workspaceId, opts.organisation, files, {
            createOrganisation: { sector: opts.sector, sizeBand: opts.sizeBand },
          }),
        );
        if (opts.format === "json") {
          return printJson({
            work_systems: results.map((r) => ({
              id: r.work_system.id,
              name: r.work_system.model.name,
              created: r.created,
            })),
            organisation_created: results[0]?.organisation_created ?? false,
          });
        }
        const first = results[0];
        if (first?.organisation_created)
          say(safeText(`New organisation: ${first.work_system.organisation.name}.`));
        for (const r of results) {
          const w = r.work_system;
          say(
            safeText(
              `${r.created ? "Added" : "Updated"} work system "${w.model.name}" of ${w.organisation.name} (${countEntries(w)} entries, ${PHASE_LABELS[w.model.phase].toLowerCase()}).`,
            ),
          );
        }
      },
    );

  command
    .command("list")
    .description("list an organisation's work systems with their phase")
    .requiredOption("--organisation <name>", "the organisation")
    .addOption(formatOption())
    .action(async (opts: { organisation: string; format: Format }) => {
      const result = await withContext(globals(), ({ db, workspaceId }) =>
        listWorkSystems(db, workspaceId, opts.organisation),
      );
      if (opts.format === "json")
        return printJson({
          organisation: result.organisation.name,
          work_systems: result.work_systems,
        });
      if (result.work_systems.length === 0) {
        return say(
          safeText(
            `${result.organisation.name} has no work systems yet. Describe one in a file and load it with rapport worksystem import.`,
          ),
        );
      }
      say(
        safeText(
          table([
            ["NAME", "PHASE", "SINCE", "ENTRIES", "WORKAROUNDS", "RATED"],
            ...result.work_systems.map((w) => [
              w.name,
              PHASE_LABELS[w.phase].toLowerCase(),
              w.phase_since ?? "",
              String(w.entries + w.infrastructure),
              String(w.workarounds),
              String(w.ratings),
            ]),
          ]),
        ),
      );
    });

  command
    .command("show")
    .description("show one work system: its elements, phase history, workarounds and ratings")
    .argument("<name>", "the work system's name")
    .requiredOption("--organisation <name>", "the organisation")
    .addOption(
      new Option(
        "--format <format>",
        "readable text, JSON, or the work-system file (yaml or file-json) to edit and import again",
      )
        .choices(["text", "json", "yaml", "file-json"])
        .default("text"),
    )
    .action(async (name: string, opts: { organisation: string; format: string }) => {
      const view = await withContext(globals(), ({ db, workspaceId }) =>
        getWorkSystem(db, workspaceId, opts.organisation, name),
      );
      if (opts.format === "yaml" || opts.format === "file-json") {
        write(formatWorkSystemFile(view.model, opts.format === "yaml" ? "yaml" : "json"));
        return;
      }
      if (opts.format === "json") return printJson(view);
      write(`${safeText(describeWorkSystem(view))}\n`);
    });

  command
    .command("phase")
    .description(
      "record that a work system moved to another life-cycle phase (kept in its dated history)",
    )
    .argument("<name>", "the work system's name")
    .requiredOption("--organisation <name>", "the organisation")
    .addOption(
      new Option("--to <phase>", "the new phase").choices([...PHASES]).makeOptionMandatory(),
    )
    .option("--note <text>", "why, or what the planned change is about")
    .option("--on <date>", "the day the phase started, as YYYY-MM-DD (default today)")
    .addOption(formatOption())
    .action(
      async (
        name: string,
        opts: { organisation: string; to: string; note?: string; on?: string; format: Format },
      ) => {
        const view = await withContext(globals(), ({ db, workspaceId }) =>
          recordPhase(db, workspaceId, opts.organisation, name, opts),
        );
        if (opts.format === "json")
          return printJson({
            name: view.model.name,
            phase: view.model.phase,
            phase_history: view.phase_history,
          });
        say(
          safeText(
            `${view.model.name} is now in ${PHASE_LABELS[view.model.phase].toLowerCase()}, since ${view.phase_since}.`,
          ),
        );
      },
    );

  command
    .command("remove")
    .description(
      "remove a work system with its ratings, workarounds and history; answers keep their group",
    )
    .argument("<name>", "the work system's name")
    .requiredOption("--organisation <name>", "the organisation")
    .option("--yes", "confirm: the ratings and workarounds of this work system are deleted too")
    .addOption(formatOption())
    .action(async (name: string, opts: { organisation: string; yes?: boolean; format: Format }) => {
      if (!opts.yes) {
        throw new RapportError(
          "confirm_remove",
          `Removing ${name} also deletes its ratings, workarounds and phase history. Add --yes to go ahead.`,
        );
      }
      const removed = await withContext(globals(), ({ db, workspaceId }) =>
        removeWorkSystem(db, workspaceId, opts.organisation, name),
      );
      if (opts.format === "json") return printJson({ removed: removed.name });
      say(safeText(`Removed the work system "${removed.name}".`));
    });

  const workaround = command
    .command("workaround")
    .description("workarounds and adaptations seen in a work system (unplanned change)");
  workaround
    .command("add")
    .description(
      "record a workaround: what people do instead of the planned way, tied to an element or guideline; never name a person",
    )
    .requiredOption("--organisation <name>", "the organisation")
    .requiredOption("--work-system <name>", "the work system where it was seen")
    .requiredOption("--description <text>", "what people do instead, and why if known")
    .addOption(new Option("--element <element>", "the element it touches").choices([...ELEMENTS]))
    .option("--guideline <code>", "the guideline it bears on (see rapport guidelines)")
    .option("--on <date>", "the day it was noticed, as YYYY-MM-DD (default today)")
    .addOption(formatOption())
    .action(
      async (opts: {
        organisation: string;
        workSystem: string;
        description: string;
        element?: string;
        guideline?: string;
        on?: string;
        format: Format;
      }) => {
        const added = await withContext(globals(), ({ db, workspaceId }) =>
          addWorkaround(db, workspaceId, opts.organisation, opts.workSystem, {
            description: opts.description,
            element: opts.element,
            guideline: opts.guideline,
            noted_on: opts.on,
          }),
        );
        if (opts.format === "json") return printJson(added);
        say(safeText(`Noted the workaround in ${opts.workSystem} on ${added.noted_on}.`));
      },
    );
}

function countEntries(view: WorkSystemView): number {
  return LIST_FIELDS.reduce((sum, field) => sum + view.model[field].length, 0);
}

/** The work system as a page of text a manager could read or print. */
export function describeWorkSystem(view: WorkSystemView): string {
  const m = view.model;
  const lines = [
    `${m.name} (${view.organisation.name})`,
    `Phase: ${PHASE_LABELS[m.phase].toLowerCase()}${view.phase_since ? ` since ${view.phase_since}` : ""}`,
    `Answers tagged with the group "${view.group}" count for this work system.`,
  ];
  if (m.description !== "") lines.push("", m.description);
  const detail = (d: string) => (d === "" ? "" : `: ${d}`);
  for (const element of ELEMENTS) {
    lines.push("", ELEMENT_LABELS[element]);
    const rows: string[] = [];
    if (element === "participants") {
      for (const p of m.participants)
        rows.push(
          `  - ${p.role} (${COMMUNITY_LABELS[p.community].toLowerCase()}${p.headcount === undefined ? "" : `, ${p.headcount} ${p.headcount === 1 ? "person" : "people"}`})${detail(p.description)}`,
        );
    } else if (element === "information") {
      for (const i of m.information)
        rows.push(
          `  - ${i.name} [${SENSITIVITY_LABELS[i.sensitivity].toLowerCase()}]${detail(i.description)}`,
        );
    } else if (element === "infrastructure") {
      for (const i of view.infrastructure)
        rows.push(
          `  - ${i.name}${detail(i.description)}${i.shared_with.length > 0 ? ` (shared with ${i.shared_with.join(", ")})` : ""}`,
        );
    } else if (element === "processes_activities") {
      m.processes_activities.forEach((s, i) => {
        rows.push(`  ${i + 1}. ${s.name}${detail(s.description)}`);
      });
    } else {
      for (const e of m[element]) rows.push(`  - ${e.name}${detail(e.description)}`);
    }
    lines.push(...(rows.length > 0 ? rows : ["  (not described yet)"]));
  }
  lines.push("", "Life cycle");
  for (const p of view.phase_history)
    lines.push(
      `  ${p.started_on ?? `before ${p.recorded_on}`}  ${PHASE_LABELS[p.phase].toLowerCase()}${p.note ? `: ${p.note}` : ""}`,
    );
  lines.push("", "Workarounds and adaptations");
  if (view.workarounds.length === 0) lines.push("  (none noted)");
  for (const w of view.workarounds)
    lines.push(
      `  ${w.noted_on}  ${w.description} [${[w.element ? ELEMENT_LABELS[w.element].toLowerCase() : "", w.guideline ?? ""].filter(Boolean).join(", ")}]`,
    );
  lines.push("", "Ratings");
  if (view.ratings.length === 0) lines.push("  (none yet: rate guidelines with rapport assess)");
  for (const r of view.ratings)
    lines.push(`  ${r.guideline}: ${r.rating.replace(/_/g, " ")}${r.note ? `. ${r.note}` : ""}`);
  return lines.join("\n");
}
