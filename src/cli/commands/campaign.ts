import { type Command, InvalidArgumentError } from "commander";
import { createCampaign, nextWave, setCampaignStatus } from "../../campaign/campaign.service.js";
import { linksCsv, publicBaseUrl } from "../../invitation/invitation.js";
import { createLinks } from "../../invitation/invitation.service.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { cli, say, write } from "../io.js";

/** Running a campaign: create it, open and close it, and make invitation links. */
export function registerCampaign(program: Command, globals: () => GlobalOptions): void {
  const campaign = program.commands.find((c) => c.name() === "campaign");
  if (!campaign) throw new Error("register the campaign list command first");

  campaign
    .command("create")
    .description(
      "create a campaign (in draft) for one organisation with the latest version of an instrument",
    )
    .requiredOption(
      "--organisation <name>",
      "the organisation whose people answer; created if it is new",
    )
    .option(
      "--instrument <code>",
      "the questionnaire to ask (see rapport instrument list); with --study, the study's",
    )
    .option(
      "--study <name>",
      "join a study, to compare this organisation with others asking the same questionnaire (see rapport study list)",
    )
    .option(
      "--name <name>",
      "a name for the campaign (default: organisation and questionnaire title)",
    )
    .option("--sector <sector>", "for a new organisation: its sector, e.g. retail")
    .option(
      "--size-band <band>",
      "for a new organisation: micro, small, medium, large, or its number of staff",
    )
    .option(
      "--min-group-size <n>",
      "hide groups with fewer answers than this (default 5, at least 3)",
      positiveInt,
    )
    .option(
      "--sponsor <text>",
      "who runs the survey, shown to respondents before they agree to take part",
    )
    .option("--purpose <text>", "why the survey is run, shown to respondents before they agree")
    .addOption(formatOption())
    .action(
      async (opts: {
        organisation: string;
        instrument?: string;
        study?: string;
        name?: string;
        sector?: string;
        sizeBand?: string;
        minGroupSize?: number;
        sponsor?: string;
        purpose?: string;
        format: Format;
      }) => {
        const created = await withContext(globals(), ({ db, workspaceId }) =>
          db.transaction((tx) => createCampaign(tx, workspaceId, opts)),
        );
        if (opts.format === "json")
          return printJson({ id: created.id, name: created.name, status: created.status });
        say(`Created campaign ${created.id.slice(0, 8)} "${created.name}" (draft).`);
        say(`Open it with: rapport campaign open ${created.id.slice(0, 8)}`);
      },
    );

  for (const [name, status, description] of [
    ["open", "open", "open a campaign so its links accept answers"],
    ["close", "closed", "close a campaign: its links stop accepting answers"],
  ] as const) {
    campaign
      .command(name)
      .description(description)
      .argument("<id>", "the campaign's id or its first 8 characters (see rapport campaign list)")
      .addOption(formatOption())
      .action(async (id: string, opts: { format: Format }) => {
        const updated = await withContext(globals(), ({ db, workspaceId }) =>
          setCampaignStatus(db, workspaceId, id, status),
        );
        if (opts.format === "json") return printJson({ id: updated.id, status: updated.status });
        say(`Campaign ${updated.id.slice(0, 8)} "${updated.name}" is now ${updated.status}.`);
      });
  }

  campaign
    .command("next-wave")
    .description(
      "start the next wave of a campaign: a new draft with the same questionnaire version, organisation and settings, so the answers compare",
    )
    .requiredOption("--campaign <id>", "the campaign's id or its first 8 characters")
    .addOption(formatOption())
    .action(async (opts: { campaign: string; format: Format }) => {
      const created = await withContext(globals(), ({ db, workspaceId }) =>
        db.transaction((tx) => nextWave(tx, workspaceId, opts.campaign)),
      );
      if (opts.format === "json")
        return printJson({
          id: created.id,
          name: created.name,
          wave: created.wave,
          status: created.status,
        });
      say(
        `Started wave ${created.wave}: campaign ${created.id.slice(0, 8)} "${created.name}" (draft).`,
      );
      say(`Open it with: rapport campaign open ${created.id.slice(0, 8)}`);
    });

  program
    .command("invite")
    .description(
      "make invitation links for a campaign: single-use links (one per person, e.g. for a mail merge) or one shared link",
    )
    .requiredOption("--campaign <id>", "the campaign's id or its first 8 characters")
    .option("--count <n>", "how many single-use links to make (default 1)", positiveInt)
    .option("--shared", "make one link that many people can use")
    .option("--access-code <code>", "with --shared: a code people must type before they start")
    .addOption(formatOption("text").choices(["json", "csv", "text"]))
    .action(
      async (opts: {
        campaign: string;
        count?: number;
        shared?: boolean;
        accessCode?: string;
        format: Format | "csv";
      }) => {
        const created = await withContext(globals(), ({ db, workspaceId }) =>
          createLinks(db, workspaceId, opts.campaign, {
            ...opts,
            baseUrl: publicBaseUrl(cli().env),
          }),
        );
        if (opts.format === "json") return printJson({ links: created.links });
        if (opts.format === "csv") {
          write(linksCsv(created.links));
          return;
        }
        write(`${created.links.join("\n")}\n`);
        cli().stderr.write(
          `${created.links.length} link${created.links.length === 1 ? "" : "s"} made. They are shown only now: keep them safe. Each answer stays anonymous.\n`,
        );
      },
    );
}

function positiveInt(value: string): number {
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError("use a whole number from 1 up.");
  return Number(value);
}
