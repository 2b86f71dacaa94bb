import type { Command } from "commander";
import { RapportError } from "../../errors.js";
import { optionsOf } from "../../instrument/instrument.js";
import type { InstrumentDefinition } from "../../instrument/instrument.schema.js";
import {
  addInstrument,
  getInstrumentVersion,
  listInstruments,
} from "../../instrument/instrument.service.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { readUserFile } from "../files.js";
import { say } from "../io.js";
import { table } from "../table.js";

export function registerInstrument(program: Command, globals: () => GlobalOptions): void {
  const instrument = program
    .command("instrument")
    .description("list, show and add questionnaires (instruments)");

  instrument
    .command("list")
    .description("list the instruments of this workspace with their latest version")
    .addOption(formatOption())
    .action(async (opts: { format: Format }) => {
      const rows = await withContext(globals(), ({ db, workspaceId }) =>
        listInstruments(db, workspaceId),
      );
      if (opts.format === "json") return printJson({ instruments: rows });
      say(
        table([
          ["CODE", "VERSION", "CAMPAIGNS", "TITLE"],
          ...rows.map((r) => [
            r.code,
            String(r.latest_version),
            String(r.campaigns),
            `${r.title}${r.builtin ? " (built in)" : ""}`,
          ]),
        ]),
      );
    });

  instrument
    .command("show")
    .description("show an instrument's sections, questions and answer codes")
    .argument("<code>", "the instrument's code, e.g. sme-security-practices")
    .option("--version <n>", "a specific version (default: the latest)", parseVersion)
    .addOption(formatOption())
    .action(async (code: string, opts: { version?: number; format: Format }) => {
      const row = await withContext(globals(), ({ db, workspaceId }) =>
        getInstrumentVersion(db, workspaceId, code, opts.version),
      );
      if (opts.format === "json")
        return printJson({ code: row.code, version: row.version, definition: row.definition });
      say(describeInstrument(row.definition, row.version));
    });

  instrument
    .command("add")
    .description("add an instrument from a JSON file, or a new version of an existing one")
    .argument("<file>", "path of the JSON definition")
    .addOption(formatOption())
    .action(async (file: string, opts: { format: Format }) => {
      const input = readJsonFile(file);
      const added = await withContext(globals(), ({ db, workspaceId }) =>
        db.transaction((tx) => addInstrument(tx, workspaceId, input)),
      );
      if (opts.format === "json") return printJson(added);
      say(
        added.created
          ? `Added ${added.code} version ${added.version}.`
          : `${added.code} version ${added.version} already has exactly this content; nothing changed.`,
      );
    });
}

function parseVersion(value: string): number {
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) {
    throw new RapportError(
      "bad_version",
      `--version must be a whole number from 1 up, not "${value}".`,
    );
  }
  return Number(value);
}

export function readJsonFile(file: string): unknown {
  const text = readUserFile(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "it is not valid JSON";
    throw new RapportError(
      "invalid_json",
      `${file} is not valid JSON (${reason}). Check for a missing comma, quote or bracket near that place.`,
    );
  }
}

export function describeInstrument(definition: InstrumentDefinition, version: number): string {
  const lines = [`${definition.title} (${definition.code}, version ${version})`];
  if (definition.description) lines.push(definition.description);
  for (const section of definition.sections) {
    lines.push("", `## ${section.title}`);
    for (const item of section.items) {
      lines.push(`- ${item.code} [${item.type}${item.required ? ", required" : ""}]: ${item.text}`);
      const options = optionsOf(item);
      if (options.length > 0)
        lines.push(`    answers: ${options.map((o) => `${o.code} (${o.label})`).join(", ")}`);
      if (item.show_if) lines.push(`    shown if: ${JSON.stringify(item.show_if)}`);
    }
  }
  return lines.join("\n");
}
