import { type Command, InvalidArgumentError } from "commander";
import { RapportError } from "../../errors.js";
import { compareWaves, type WaveComparison } from "../../wave/wave.service.js";
import type { Change } from "../../wave/wave-compare.js";
import { MOVED_WORDS, movedChanges, SHORT_MOVED } from "../../wave/wave-text.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { write } from "../io.js";

/** What changed between two waves of a campaign, with intervals and the actions behind it. */
export function registerWaves(program: Command, globals: () => GlobalOptions): void {
  program
    .command("waves")
    .description(
      "compare a campaign with its previous wave: each item's and scale's change with a 95% interval, what moved beyond chance, and the actions aimed at it",
    )
    .requiredOption("--campaign <id>", "the later wave's campaign id or its first 8 characters")
    .option("--against <wave>", "the earlier wave's number (default: the one just before)", wave)
    .option("--by <dimension>", "also per community: --by community")
    .addOption(formatOption())
    .action(async (opts: { campaign: string; against?: number; by?: string; format: Format }) => {
      if (opts.by !== undefined && opts.by !== "community") {
        throw new RapportError(
          "bad_breakdown",
          `Cannot break down waves by "${opts.by}". Use --by community, or leave it out.`,
        );
      }
      const result = await withContext(globals(), ({ db, workspaceId }) =>
        compareWaves(db, workspaceId, opts.campaign, {
          against: opts.against,
          byCommunity: opts.by === "community",
        }),
      );
      if (opts.format === "json") return printJson(result);
      write(wavesText(result));
    });
}

function wave(value: string): number {
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError("use the wave's number, e.g. 1.");
  return Number(value);
}

export function wavesText(result: WaveComparison): string {
  const c = result.campaign;
  const lines = [`Wave ${c.wave}: ${c.name} (${c.respondents} respondents)`];
  if (!result.against) {
    lines.push(
      "",
      "This is the first wave, so there is nothing to compare with yet.",
      `Start the next wave when the actions have had time to work: rapport campaign next-wave --campaign ${c.id.slice(0, 8)}`,
    );
    return `${lines.join("\n")}\n`;
  }
  const a = result.against;
  lines.push(
    `Compared with wave ${a.wave}: ${a.name} (${a.respondents} respondents).`,
    `Differences are wave ${c.wave} minus wave ${a.wave}; groups under ${result.min_group_size} in either wave are hidden.`,
  );
  const moved = movedChanges(result.changes);
  lines.push("", moved.length > 0 ? "What moved beyond chance" : "Nothing moved beyond chance.");
  for (const ch of moved) lines.push(`  ${SHORT_MOVED[ch.moved ?? "changed"]}: ${ch.sentence}`);
  section(lines, "", result.changes);
  for (const group of result.by_community ?? []) {
    const name = group.community?.replace("_", " ") ?? "community not given";
    if (group.suppressed) lines.push("", `${name}: hidden (too few people in one of the waves).`);
    else section(lines, `${name}: `, group.changes);
  }
  return `${lines.join("\n")}\n`;
}

function section(lines: string[], prefix: string, changes: readonly Change[]): void {
  for (const kind of ["item", "scale", "indicator"] as const) {
    const mine = changes.filter((ch) => ch.kind === kind);
    if (mine.length === 0) continue;
    const title = { item: "Questions", scale: "Scales", indicator: "Signs in written answers" }[
      kind
    ];
    lines.push("", `${prefix}${title}`);
    for (const ch of mine) {
      if (ch.suppressed) {
        lines.push(`  ${ch.code}: hidden (too few answers in one of the waves)`);
        continue;
      }
      lines.push(`  ${ch.code}: ${ch.sentence}`);
      if (ch.moved) lines.push(`    ${MOVED_WORDS[ch.moved]}.`);
    }
  }
}
