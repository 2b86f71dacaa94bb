import { type Command, Option } from "commander";
import type { Queryable } from "../../db/database.js";
import { RapportError } from "../../errors.js";
import { ACTION_STATUSES } from "../../plan/action.schema.js";
import {
  type ActionView,
  createAction,
  listActions,
  updateAction,
} from "../../plan/action.service.js";
import { actionsCsv, PLAN_EXPORTS } from "../../plan/plan-csv.js";
import { exportPlan } from "../../plan/plan-export.service.js";
import { ACTION_INTERVENTIONS } from "../../worksystem/interventions.js";
import { formatOption, type GlobalOptions, printJson, withContext } from "../context.js";
import { write } from "../io.js";
import { safeText, table } from "../table.js";
import { registerPlanTeam } from "./actions-team.js";
import { registerRecommend } from "./recommend.js";

type ListFormat = "json" | "text" | "csv";

const listFormat = () =>
  formatOption("text").choices(["json", "text", "csv"]).default("text") as Option;

/** Options shared by add and update, as the action's fields. */
function fieldOptions(cmd: Command): Command {
  return cmd
    .option("--title <text>", "what will be done, in a few words")
    .addOption(
      new Option("--intervention <code>", "the kind of intervention").choices([
        ...ACTION_INTERVENTIONS,
      ]),
    )
    .option("--owner-role <role>", "who looks after it, as a role (not a person's name)")
    .option("--due <date>", "by when, as YYYY-MM-DD")
    .addOption(new Option("--status <status>", "where it stands").choices([...ACTION_STATUSES]))
    .option("--started <date>", "the day it started, as YYYY-MM-DD")
    .option(
      "--effects <list>",
      "what it should move, comma-separated, e.g. indicator:blame,scale:friction",
    )
    .option("--notes <text>", "anything else worth knowing");
}

interface FieldOpts {
  title?: string;
  intervention?: string;
  ownerRole?: string;
  due?: string;
  status?: string;
  started?: string;
  effects?: string;
  notes?: string;
}

function fields(opts: FieldOpts): Record<string, string> {
  const out: Record<string, string> = {};
  const pairs: [string, string | undefined][] = [
    ["title", opts.title],
    ["intervention", opts.intervention],
    ["owner_role", opts.ownerRole],
    ["due_on", opts.due],
    ["status", opts.status],
    ["started_on", opts.started],
    ["effects", opts.effects],
    ["notes", opts.notes],
  ];
  for (const [key, value] of pairs) if (value !== undefined) out[key] = value;
  return out;
}

export function describeAction(a: ActionView): string[] {
  const lines = [
    `${a.title}  [${a.status.replace("_", " ")}]  ${a.id.slice(0, 8)}`,
    `  ${a.intervention_label}${a.owner_role ? `, owned by ${a.owner_role}` : ""}${a.due_on ? `, due ${a.due_on}` : ""}${a.started_on ? `, started ${a.started_on}` : ""}`,
  ];
  if (a.effects.length > 0) lines.push(`  Should move: ${a.effects.join(", ")}`);
  for (const link of a.links) lines.push(`  Because: ${link.body || link.code}`);
  if (a.notes) lines.push(`  Notes: ${a.notes}`);
  return lines;
}

export function registerActions(program: Command, globals: () => GlobalOptions): void {
  const command = program
    .command("actions")
    .description(
      "the action plan of an organisation: actions with owner roles and expected effects, champions, dialogues, recommendations",
    );

  command
    .command("list")
    .description("the organisation's actions, soonest due first")
    .requiredOption("--organisation <name>", "the organisation")
    .addOption(new Option("--status <status>", "only this status").choices([...ACTION_STATUSES]))
    .addOption(
      new Option("--intervention <code>", "only this intervention").choices([
        ...ACTION_INTERVENTIONS,
      ]),
    )
    .addOption(listFormat())
    .action(
      async (opts: {
        organisation: string;
        status?: string;
        intervention?: string;
        format: ListFormat;
      }) => {
        const filter: Record<string, string> = {};
        if (opts.status) filter.status = opts.status;
        if (opts.intervention) filter.intervention = opts.intervention;
        const result = await withContext(globals(), ({ db, workspaceId }) =>
          listActions(db, workspaceId, opts.organisation, filter),
        );
        if (opts.format === "json") return printJson(result);
        if (opts.format === "csv") return void write(actionsCsv(result.actions));
        const rows = result.actions.map((a) => [
          a.id.slice(0, 8),
          a.status.replace("_", " "),
          a.due_on ?? "",
          a.intervention,
          a.owner_role,
          a.title,
        ]);
        const lines = [`Action plan of ${result.organisation.name}`, ""];
        lines.push(
          rows.length === 0
            ? "No actions yet. Add one with rapport actions add, or accept a recommendation with rapport actions recommend --campaign <id> --accept <intervention>."
            : table([["id", "status", "due", "intervention", "owner", "title"], ...rows]),
        );
        write(`${safeText(lines.join("\n"))}\n`);
      },
    );

  fieldOptions(
    command
      .command("add")
      .description("plan a new action")
      .requiredOption("--organisation <name>", "the organisation"),
  )
    .addOption(formatOption())
    .action(async (opts: FieldOpts & { organisation: string; format: string }) => {
      const { action } = await withContext(globals(), ({ db, workspaceId }) =>
        createAction(db, workspaceId, opts.organisation, fields(opts)),
      );
      if (opts.format === "json") return printJson(action);
      write(`${safeText(["Added:", ...describeAction(action)].join("\n"))}\n`);
    });

  fieldOptions(
    command
      .command("update")
      .description("change an action: its status, dates, owner role, effects or notes")
      .argument("<id>", "the action's id (as rapport actions list shows it, or in full)")
      .requiredOption("--organisation <name>", "the organisation"),
  )
    .addOption(formatOption())
    .action(async (id: string, opts: FieldOpts & { organisation: string; format: string }) => {
      const action = await withContext(globals(), async ({ db, workspaceId }) => {
        const full = await resolveActionId(db, workspaceId, opts.organisation, id);
        return updateAction(db, workspaceId, full, fields(opts));
      });
      if (opts.format === "json") return printJson(action);
      write(`${safeText(["Changed:", ...describeAction(action)].join("\n"))}\n`);
    });

  command
    .command("export")
    .description("the plan as CSV for a spreadsheet, to standard output (redirect it to a file)")
    .requiredOption("--organisation <name>", "the organisation")
    .addOption(
      new Option("--what <part>", "which part of the plan")
        .choices([...PLAN_EXPORTS])
        .default("actions"),
    )
    .action(async (opts: { organisation: string; what: string }) => {
      const { csv } = await withContext(globals(), ({ db, workspaceId }) =>
        exportPlan(db, workspaceId, opts.organisation, opts.what),
      );
      write(csv);
    });

  registerPlanTeam(command, globals);
  registerRecommend(command, globals);
}

/** A full action id from the first characters of one, within the organisation's plan. */
async function resolveActionId(
  db: Queryable,
  workspaceId: string,
  organisation: string,
  ref: string,
): Promise<string> {
  const prefix = ref.trim().toLowerCase();
  const { actions } = await listActions(db, workspaceId, organisation);
  const matches = prefix.length >= 4 ? actions.filter((a) => a.id.startsWith(prefix)) : [];
  if (matches.length === 1 && matches[0]) return matches[0].id;
  throw new RapportError(
    matches.length > 1 ? "action_ambiguous" : "action_not_found",
    matches.length > 1
      ? `Several actions start with ${prefix.slice(0, 36)}. Type a few more characters of the id.`
      : `There is no action ${prefix.slice(0, 36)} in this organisation's plan. Run rapport actions list to see the ids.`,
  );
}
