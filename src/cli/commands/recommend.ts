import type { Command } from "commander";
import { effortLine } from "../../plan/recommend.js";
import {
  acceptRecommendation,
  recommendationsForCampaign,
} from "../../plan/recommendation.service.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { write } from "../io.js";
import { safeText } from "../table.js";
import { describeAction } from "./actions.js";

/** The strongest reasons are listed; the rest are counted, and all are in the JSON. */
const SHOWN_REASONS = 5;

/** rapport actions recommend: what the rules suggest for a campaign, and accepting it. */
export function registerRecommend(actions: Command, globals: () => GlobalOptions): void {
  actions
    .command("recommend")
    .description(
      "interventions the recommendation rules suggest for a campaign, each with its reasons and evidence; --accept adds one to the plan",
    )
    .requiredOption("--campaign <id>", "the campaign (the first 8 characters of its id are enough)")
    .option(
      "--accept <intervention>",
      "add this recommendation to the organisation's action plan (again is harmless: it is added once)",
    )
    .option("--rules <file>", "use this rule file instead of the built-in one (to try out changes)")
    .addOption(formatOption())
    .action(async (opts: { campaign: string; accept?: string; rules?: string; format: Format }) => {
      if (opts.accept !== undefined) {
        const accept = opts.accept;
        const { action, created } = await withContext(globals(), ({ db, workspaceId }) =>
          acceptRecommendation(db, workspaceId, opts.campaign, accept, opts.rules),
        );
        if (opts.format === "json") return printJson({ created, action });
        const head = created ? "Added to the action plan:" : "Already in the action plan:";
        write(`${safeText([head, ...describeAction(action)].join("\n"))}\n`);
        return;
      }
      const result = await withContext(globals(), ({ db, workspaceId }) =>
        recommendationsForCampaign(db, workspaceId, opts.campaign, opts.rules),
      );
      if (opts.format === "json") return printJson(result);
      const lines = [
        `Recommendations for ${result.campaign.name} (${result.campaign.organisation})`,
      ];
      if (result.recommendations.length === 0)
        lines.push(
          "",
          "No recommendations: none of the rules found a problem in this campaign's answers or the organisation's findings. Check that the campaign has answers, or rate the work systems with rapport assess.",
        );
      result.recommendations.forEach((r, i) => {
        lines.push(
          "",
          `${i + 1}. ${r.label} (${r.intervention})${r.action_id ? "  [in the plan]" : ""}`,
          `   ${r.catalogue.purpose}`,
          `   ${effortLine(r.catalogue)}`,
        );
        for (const a of r.similar_actions)
          lines.push(`   The plan already has: ${a.title} (${a.status.replace("_", " ")}).`);
        for (const reason of r.reasons.slice(0, SHOWN_REASONS)) {
          lines.push(`   - ${reason.text}`);
          if (reason.evidence && !reason.text.includes(reason.evidence))
            lines.push(`     Evidence: ${reason.evidence}`);
        }
        const more = r.reasons.length - SHOWN_REASONS;
        if (more > 0)
          lines.push(`   ... and ${more} more reason${more === 1 ? "" : "s"} (see --format json).`);
      });
      if (result.recommendations.length > 0)
        lines.push(
          "",
          `Add one to the plan with: rapport actions recommend --campaign ${result.campaign.id.slice(0, 8)} --accept <intervention>`,
        );
      write(`${safeText(lines.join("\n"))}\n`);
    });
}
