import { LinksInputSchema } from "../campaign/campaign.schema.js";
import { getCampaign } from "../campaign/campaign.service.js";
import { publicBaseUrl } from "../invitation/invitation.js";
import { countInvitations } from "../invitation/invitation.repository.js";
import { createLinks } from "../invitation/invitation.service.js";
import { parseOrThrow } from "../validation.js";
import { InvitationCountsSchema, LinksSchema } from "./api.schemas.js";
import { type Endpoint, endpoint } from "./endpoint.js";

/** /campaigns/{id}/invitations: links for respondents, and how many were used. */
export const INVITATION_ENDPOINTS: readonly Endpoint[] = [
  endpoint({
    method: "post",
    path: "/campaigns/{id}/invitations",
    operationId: "createInvitations",
    tag: "Invitations",
    summary: "Make invitation links",
    description:
      "count single-use links (one per person, for a mail merge) or one shared link, optionally with an access code. The links are in this answer only: Rapport keeps their hashes and can never show them again.",
    access: "analyst",
    body: "LinksInput",
    ok: { status: 201, schema: LinksSchema, description: "The new links." },
    errors: [400, 403, 404, 409, 413, 415],
    handle: async (call) => {
      const ws = call.caller.workspaceId;
      const campaign = await getCampaign(call.db, ws, call.param("id"));
      const input = parseOrThrow(
        LinksInputSchema,
        await call.body(),
        "invalid_links",
        "This request",
      );
      const made = await createLinks(call.db, ws, campaign.id, {
        count: input.count,
        shared: input.kind === "shared",
        accessCode: input.access_code,
        baseUrl: process.env.RAPPORT_PUBLIC_URL ? publicBaseUrl() : call.origin,
      });
      return { campaign_id: campaign.id, kind: input.kind, links: made.links };
    },
  }),
  endpoint({
    method: "get",
    path: "/campaigns/{id}/invitations",
    operationId: "countInvitations",
    tag: "Invitations",
    summary: "How many links were made and used",
    access: "analyst",
    ok: { status: 200, schema: InvitationCountsSchema, description: "Counts of links." },
    errors: [403, 404],
    handle: async ({ db, caller, param }) => {
      const campaign = await getCampaign(db, caller.workspaceId, param("id"));
      return {
        campaign_id: campaign.id,
        ...(await countInvitations(db, caller.workspaceId, campaign.id)),
      };
    },
  }),
];
