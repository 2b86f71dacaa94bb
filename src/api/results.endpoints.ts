import { buildScopedReport, parseDimensions } from "../analysis/report.service.js";
import { ResultsSchema } from "./api.schemas.js";
import { readableCampaign } from "./campaign.endpoints.js";
import { type Endpoint, endpoint } from "./endpoint.js";

/** /campaigns/{id}/results: the report, always through the privacy gate. */
export const RESULTS_ENDPOINTS: readonly Endpoint[] = [
  endpoint({
    method: "get",
    path: "/campaigns/{id}/results",
    operationId: "getResults",
    tag: "Results",
    summary: "A campaign's results, through the privacy gate",
    description:
      "Counts, percents and 95% intervals per item, overall and per group. Groups below the campaign's minimum size are hidden (suppressed, no figures); no answer of any one person is ever returned.",
    access: "reader",
    query: [
      {
        name: "by",
        description:
          "Breakdowns, comma-separated: organisation, sector, size_band, community, group; or none. Default: every dimension with data.",
        schema: { type: "string", examples: ["community,group"] },
      },
    ],
    ok: { status: 200, schema: ResultsSchema, description: "The report." },
    errors: [400, 404],
    handle: async (call) => {
      const campaign = await readableCampaign(call);
      const dimensions = parseDimensions(call.query("by"));
      const scoped = await buildScopedReport(
        call.db,
        call.caller.workspaceId,
        { campaign: campaign.id },
        dimensions,
      );
      return {
        report: scoped.report,
        open_text: scoped.openText,
        definition: scoped.definition,
      };
    },
  }),
];
