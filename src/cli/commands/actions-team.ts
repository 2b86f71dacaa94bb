import type { Command, Option } from "commander";
import { championsCsv, dialoguesCsv } from "../../plan/plan-csv.js";
import {
  addChampion,
  addDialogue,
  listChampions,
  listDialogues,
  removeChampion,
  removeDialogue,
} from "../../plan/team.service.js";
import { formatOption, type GlobalOptions, printJson, withContext } from "../context.js";
import { write } from "../io.js";
import { safeText, table } from "../table.js";

type ListFormat = "json" | "text" | "csv";

const listFormat = () => formatOption("text").choices(["json", "text", "csv"]) as Option;

function print(lines: readonly string[]): void {
  write(`${safeText(lines.join("\n"))}\n`);
}

/** rapport actions champions ... and rapport actions dialogues ... */
export function registerPlanTeam(actions: Command, globals: () => GlobalOptions): void {
  const champions = actions
    .command("champions")
    .description(
      "the champions register: staff who volunteered to explain security to their group (they may be named; respondents never are)",
    );

  champions
    .command("list")
    .description("the organisation's champions, by group")
    .requiredOption("--organisation <name>", "the organisation")
    .addOption(listFormat())
    .action(async (opts: { organisation: string; format: ListFormat }) => {
      const result = await withContext(globals(), ({ db, workspaceId }) =>
        listChampions(db, workspaceId, opts.organisation),
      );
      if (opts.format === "json") return printJson(result);
      if (opts.format === "csv") return void write(championsCsv(result.champions));
      print([
        `Security champions of ${result.organisation.name}`,
        "",
        result.champions.length === 0
          ? "No champions yet. Ask for volunteers in each group, then add them with rapport actions champions add."
          : table([
              ["id", "group", "name", "contact", "since"],
              ...result.champions.map((c) => [
                c.id.slice(0, 8),
                c.group,
                c.name,
                c.contact,
                c.since ?? "",
              ]),
            ]),
      ]);
    });

  champions
    .command("add")
    .description("add a volunteer to the champions register")
    .requiredOption("--organisation <name>", "the organisation")
    .requiredOption("--group <name>", "the group (department or work system) they serve")
    .requiredOption("--name <name>", "the champion's name, as they want to be known")
    .option("--contact <text>", "how colleagues reach them, e.g. an e-mail address")
    .option("--since <date>", "since when, as YYYY-MM-DD")
    .addOption(formatOption())
    .action(
      async (opts: {
        organisation: string;
        group: string;
        name: string;
        contact?: string;
        since?: string;
        format: string;
      }) => {
        const champion = await withContext(globals(), ({ db, workspaceId }) =>
          addChampion(db, workspaceId, opts.organisation, {
            group: opts.group,
            name: opts.name,
            ...(opts.contact !== undefined ? { contact: opts.contact } : {}),
            ...(opts.since !== undefined ? { since: opts.since } : {}),
          }),
        );
        if (opts.format === "json") return printJson(champion);
        print([`Added ${champion.name} as a champion for ${champion.group}.`]);
      },
    );

  champions
    .command("remove")
    .description("take someone off the champions register")
    .argument("<id>", "the champion's full id (see rapport actions champions list --format json)")
    .requiredOption("--organisation <name>", "the organisation")
    .action(async (id: string, opts: { organisation: string }) => {
      await withContext(globals(), ({ db, workspaceId }) =>
        removeChampion(db, workspaceId, opts.organisation, id),
      );
      print(["Removed from the champions register."]);
    });

  const dialogues = actions
    .command("dialogues")
    .description(
      "the dialogue log: when staff and security people met, who took part, what was agreed",
    );

  dialogues
    .command("list")
    .description("the dialogues held, latest first")
    .requiredOption("--organisation <name>", "the organisation")
    .addOption(listFormat())
    .action(async (opts: { organisation: string; format: ListFormat }) => {
      const result = await withContext(globals(), ({ db, workspaceId }) =>
        listDialogues(db, workspaceId, opts.organisation),
      );
      if (opts.format === "json") return printJson(result);
      if (opts.format === "csv") return void write(dialoguesCsv(result.dialogues));
      const lines = [`Dialogue log of ${result.organisation.name}`];
      if (result.dialogues.length === 0)
        lines.push(
          "",
          "No dialogues logged yet. After the first one, add it with rapport actions dialogues add.",
        );
      for (const d of result.dialogues) {
        lines.push("", `${d.held_on}  ${d.communities.join(", ")}`, `  Topics: ${d.topics}`);
        if (d.agreed) lines.push(`  Agreed: ${d.agreed}`);
      }
      print(lines);
    });

  dialogues
    .command("add")
    .description("log a dialogue that took place")
    .requiredOption("--organisation <name>", "the organisation")
    .requiredOption("--date <date>", "when it was held, as YYYY-MM-DD")
    .requiredOption(
      "--communities <list>",
      "who took part, comma-separated: employees, it_security, management",
    )
    .requiredOption("--topics <text>", "what was talked about")
    .option("--agreed <text>", "what was agreed, and who follows it up")
    .addOption(formatOption())
    .action(
      async (opts: {
        organisation: string;
        date: string;
        communities: string;
        topics: string;
        agreed?: string;
        format: string;
      }) => {
        const dialogue = await withContext(globals(), ({ db, workspaceId }) =>
          addDialogue(db, workspaceId, opts.organisation, {
            held_on: opts.date,
            communities: opts.communities,
            topics: opts.topics,
            ...(opts.agreed !== undefined ? { agreed: opts.agreed } : {}),
          }),
        );
        if (opts.format === "json") return printJson(dialogue);
        print([`Logged the dialogue of ${dialogue.held_on}.`]);
      },
    );

  dialogues
    .command("remove")
    .description("remove a dialogue from the log, for example one logged twice")
    .argument("<id>", "the dialogue's full id (see rapport actions dialogues list --format json)")
    .requiredOption("--organisation <name>", "the organisation")
    .action(async (id: string, opts: { organisation: string }) => {
      await withContext(globals(), ({ db, workspaceId }) =>
        removeDialogue(db, workspaceId, opts.organisation, id),
      );
      print(["Removed from the dialogue log."]);
    });
}
