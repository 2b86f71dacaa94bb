import type { z } from "zod";
import { listGrantedOrganisationIds } from "../account/account.repository.js";
import { canAnalyse } from "../account/roles.js";
import { type CampaignRow, listCampaigns } from "../campaign/campaign.repository.js";
import { CampaignStatusSchema } from "../campaign/campaign.schema.js";
import {
  changeCampaign,
  createCampaignFor,
  getCampaign,
  setCampaignStatus,
} from "../campaign/campaign.service.js";
import { RapportError } from "../errors.js";
import { isUuid } from "../ids.js";
import { parseOrThrow } from "../validation.js";
import { CampaignListSchema, CampaignSchema } from "./api.schemas.js";
import { type Call, type Endpoint, endpoint, UUID_PARAM } from "./endpoint.js";

/** Viewers see campaigns of the organisations granted to them; everyone else sees all. */
async function visibleOrganisations(call: Call): Promise<Set<string> | undefined> {
  if (canAnalyse(call.caller.role)) return undefined;
  return new Set(
    await listGrantedOrganisationIds(call.db, call.caller.workspaceId, call.caller.userId),
  );
}

/** Word for word what getCampaign says about an unknown id (a test holds them equal). */
export function campaignNotFound(): RapportError {
  return new RapportError(
    "campaign_not_found",
    "There is no such campaign in this workspace. It may have been removed; see the list of campaigns.",
  );
}

export async function readableCampaign(call: Call): Promise<CampaignRow> {
  const campaign = await getCampaign(call.db, call.caller.workspaceId, call.param("id"));
  const visible = await visibleOrganisations(call);
  // Not granted reads exactly like "does not exist", so a viewer cannot probe ids.
  if (visible && !visible.has(campaign.organisation_id)) throw campaignNotFound();
  return campaign;
}

export function campaignView(row: CampaignRow): z.input<typeof CampaignSchema> {
  return row;
}

/** /campaigns: create, read, change, open and close. */
export const CAMPAIGN_ENDPOINTS: readonly Endpoint[] = [
  endpoint({
    method: "get",
    path: "/campaigns",
    operationId: "listCampaigns",
    tag: "Campaigns",
    summary: "List the campaigns",
    description: "Viewers see only the campaigns of the organisations shared with them.",
    access: "reader",
    query: [
      {
        name: "organisation_id",
        description: "Only this organisation's campaigns.",
        schema: UUID_PARAM,
      },
    ],
    ok: { status: 200, schema: CampaignListSchema, description: "The campaigns." },
    errors: [400],
    handle: async (call) => {
      const organisationId = call.query("organisation_id");
      if (organisationId !== undefined && !isUuid(organisationId)) {
        throw new RapportError(
          "bad_organisation_id",
          "organisation_id must be an organisation's id.",
          [{ path: "organisation_id", message: "Use an id from the list of organisations." }],
        );
      }
      const visible = await visibleOrganisations(call);
      const rows = (await listCampaigns(call.db, call.caller.workspaceId)).filter(
        (c) =>
          (organisationId === undefined || c.organisation_id === organisationId.toLowerCase()) &&
          (visible === undefined || visible.has(c.organisation_id)),
      );
      return { campaigns: rows.map(campaignView) };
    },
  }),
  endpoint({
    method: "post",
    path: "/campaigns",
    operationId: "createCampaign",
    tag: "Campaigns",
    summary: "Create a campaign (in draft) for an organisation",
    description: "The campaign asks the latest version of the instrument, frozen from then on.",
    access: "analyst",
    body: "CampaignInput",
    ok: { status: 201, schema: CampaignSchema, description: "The new campaign, in draft." },
    errors: [400, 403, 404, 413, 415],
    handle: async (call) =>
      campaignView(await createCampaignFor(call.db, call.caller.workspaceId, await call.body())),
  }),
  endpoint({
    method: "get",
    path: "/campaigns/{id}",
    operationId: "getCampaign",
    tag: "Campaigns",
    summary: "One campaign",
    access: "reader",
    ok: { status: 200, schema: CampaignSchema, description: "The campaign." },
    errors: [404],
    handle: async (call) => campaignView(await readableCampaign(call)),
  }),
  endpoint({
    method: "patch",
    path: "/campaigns/{id}",
    operationId: "changeCampaign",
    tag: "Campaigns",
    summary: "Change a campaign's name, sponsor, purpose or minimum group size",
    description:
      "Once a campaign has been open its minimum group size can only go up (400 min_group_size_lowered).",
    access: "analyst",
    body: "CampaignSettings",
    ok: { status: 200, schema: CampaignSchema, description: "The changed campaign." },
    errors: [400, 403, 404, 413, 415],
    handle: async (call) =>
      campaignView(
        await changeCampaign(call.db, call.caller.workspaceId, call.param("id"), await call.body()),
      ),
  }),
  endpoint({
    method: "post",
    path: "/campaigns/{id}/status",
    operationId: "setCampaignStatus",
    tag: "Campaigns",
    summary: "Open a campaign to answers, or close it",
    access: "analyst",
    body: "CampaignStatusInput",
    ok: { status: 200, schema: CampaignSchema, description: "The campaign with its new status." },
    errors: [400, 403, 404, 413, 415],
    handle: async (call) => {
      const ws = call.caller.workspaceId;
      const campaign = await getCampaign(call.db, ws, call.param("id"));
      const { status } = parseOrThrow(
        CampaignStatusSchema,
        await call.body(),
        "invalid_status",
        "This status change",
      );
      await setCampaignStatus(call.db, ws, campaign.id, status);
      return campaignView(await getCampaign(call.db, ws, campaign.id));
    },
  }),
];
