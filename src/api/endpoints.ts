import type { z } from "zod";
import { listGrantedOrganisationIds, type Role } from "../account/account.repository.js";
import { canAnalyse } from "../account/roles.js";
import { buildScopedReport, parseDimensions } from "../analysis/report.service.js";
import { type CampaignRow, listCampaigns } from "../campaign/campaign.repository.js";
import { CampaignStatusSchema, LinksInputSchema } from "../campaign/campaign.schema.js";
import {
  changeCampaign,
  createCampaignFor,
  getCampaign,
  setCampaignStatus,
} from "../campaign/campaign.service.js";
import type { Database } from "../db/database.js";
import { RapportError } from "../errors.js";
import { isUuid } from "../ids.js";
import { INSTRUMENT_CODE } from "../instrument/instrument.schema.js";
import {
  addInstrument,
  getInstrumentVersion,
  listInstruments,
} from "../instrument/instrument.service.js";
import { publicBaseUrl } from "../invitation/invitation.js";
import { countInvitations } from "../invitation/invitation.repository.js";
import { createLinks } from "../invitation/invitation.service.js";
import {
  addGroup,
  changeGroup,
  createOrganisation,
  getOrganisation,
  listOrganisationSummaries,
  type OrganisationDetail,
  removeGroup,
  updateOrganisation,
} from "../organisation/organisation.service.js";
import { listStudySummaries } from "../study/study.repository.js";
import { createStudy } from "../study/study.service.js";
import { parseOrThrow } from "../validation.js";
import {
  AddedInstrumentSchema,
  CampaignListSchema,
  CampaignSchema,
  InstrumentListSchema,
  InstrumentVersionSchema,
  InvitationCountsSchema,
  LinksSchema,
  OrganisationListSchema,
  OrganisationSchema,
  type REQUEST_SCHEMAS,
  ResultsSchema,
  StudyListSchema,
  StudySchema,
} from "./api.schemas.js";

/**
 * Every endpoint of /api/v1, described once: the router serves this table and the OpenAPI
 * document is generated from it, so no endpoint can be served without being documented.
 */
export interface Caller {
  userId: string;
  workspaceId: string;
  email: string;
  role: Role;
}

export interface Call {
  db: Database;
  caller: Caller;
  param(name: string): string;
  query(name: string): string | undefined;
  /** The JSON body; an empty body reads as {}. */
  body(): Promise<unknown>;
  /** Scheme, host and port the request was sent to, for links when no public URL is set. */
  origin: string;
}

/**
 * analyst: admins and analysts only; viewers get 403 before anything is looked up, so the
 * answer says nothing about the ids they sent. reader: viewers too, limited to the
 * organisations granted to them; anything else is 404, as if it did not exist.
 */
export type Access = "analyst" | "reader";

export interface QueryParam {
  name: string;
  description: string;
  /** A JSON Schema for the value. */
  schema: Record<string, unknown>;
}

/** Error statuses an endpoint can answer with, besides 401, 429 and 500 which all can. */
export type ErrorStatus = 400 | 403 | 404 | 409 | 413 | 415;

export interface Endpoint {
  method: "get" | "post" | "patch" | "delete";
  /** OpenAPI form, relative to /api/v1: /organisations/{id}. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  query?: QueryParam[];
  /** The name of the request body's schema in REQUEST_SCHEMAS. */
  body?: keyof typeof REQUEST_SCHEMAS;
  ok: { status: 200 | 201; schema: z.ZodType; description: string };
  /** For an endpoint that answers 200 or 201 depending on what happened. */
  statusOf?: (body: unknown) => 200 | 201;
  errors: ErrorStatus[];
  handle(call: Call): Promise<unknown>;
}

/** Keeps each handler's result checked against its own response schema at compile time. */
function endpoint<S extends z.ZodType>(
  spec: Omit<Endpoint, "ok" | "handle"> & {
    ok: { status: 200 | 201; schema: S; description: string };
    handle(call: Call): Promise<z.input<S>>;
  },
): Endpoint {
  return spec;
}

export function forbidden(): RapportError {
  return new RapportError(
    "forbidden",
    "Your account can read the reports shared with it, but not this. Ask an administrator if you need analyst access.",
  );
}

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

async function readableCampaign(call: Call): Promise<CampaignRow> {
  const campaign = await getCampaign(call.db, call.caller.workspaceId, call.param("id"));
  const visible = await visibleOrganisations(call);
  // Not granted reads exactly like "does not exist", so a viewer cannot probe ids.
  if (visible && !visible.has(campaign.organisation_id)) throw campaignNotFound();
  return campaign;
}

function campaignView(row: CampaignRow): z.input<typeof CampaignSchema> {
  return row;
}

/** Group sizes stay out of the API: only the privacy gate decides where counts appear. */
function organisationView(org: OrganisationDetail): z.input<typeof OrganisationSchema> {
  return {
    id: org.id,
    name: org.name,
    sector: org.sector,
    size_band: org.size_band as z.input<typeof OrganisationSchema>["size_band"],
    groups: org.groups.map((g) => ({
      id: g.id,
      name: g.name,
      kind: g.kind,
      in_use: g.respondents > 0,
    })),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** ?version=3: a whole number from 1; anything else is a plain 400 naming the parameter. */
function versionParam(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (/^[1-9][0-9]{0,8}$/.test(raw)) return Number(raw);
  throw new RapportError("bad_version", "The version must be a whole number from 1.", [
    { path: "version", message: "Use a whole number such as 1 or 2, or leave it out." },
  ]);
}

function instrumentCode(raw: string): string {
  if (INSTRUMENT_CODE.test(raw)) return raw;
  throw new RapportError(
    "instrument_not_found",
    "There is no such instrument in this workspace. See the list of instruments for the codes.",
  );
}

const UUID_PARAM = { type: "string", format: "uuid" };

export const ENDPOINTS: readonly Endpoint[] = [
  endpoint({
    method: "get",
    path: "/organisations",
    operationId: "listOrganisations",
    tag: "Organisations",
    summary: "List the organisations",
    access: "analyst",
    ok: { status: 200, schema: OrganisationListSchema, description: "The organisations." },
    errors: [403],
    handle: async ({ db, caller }) => ({
      organisations: (await listOrganisationSummaries(db, caller.workspaceId)).map((o) => ({
        ...o,
        size_band: o.size_band as z.input<typeof OrganisationSchema>["size_band"],
      })),
    }),
  }),
  endpoint({
    method: "post",
    path: "/organisations",
    operationId: "createOrganisation",
    tag: "Organisations",
    summary: "Create an organisation with its groups",
    access: "analyst",
    body: "OrganisationInput",
    ok: { status: 201, schema: OrganisationSchema, description: "The new organisation." },
    errors: [400, 403, 409, 413, 415],
    handle: async (call) =>
      organisationView(
        await createOrganisation(call.db, call.caller.workspaceId, await call.body()),
      ),
  }),
  endpoint({
    method: "get",
    path: "/organisations/{id}",
    operationId: "getOrganisation",
    tag: "Organisations",
    summary: "One organisation with its groups",
    access: "analyst",
    ok: { status: 200, schema: OrganisationSchema, description: "The organisation." },
    errors: [403, 404],
    handle: async ({ db, caller, param }) =>
      organisationView(await getOrganisation(db, caller.workspaceId, param("id"))),
  }),
  endpoint({
    method: "patch",
    path: "/organisations/{id}",
    operationId: "changeOrganisation",
    tag: "Organisations",
    summary: "Change an organisation's name, sector or size band",
    description:
      "Fields left out keep their value; null clears the sector or size band. Groups are changed one by one.",
    access: "analyst",
    body: "OrganisationChange",
    ok: { status: 200, schema: OrganisationSchema, description: "The changed organisation." },
    errors: [400, 403, 404, 409, 413, 415],
    handle: async (call) => {
      const ws = call.caller.workspaceId;
      const current = await getOrganisation(call.db, ws, call.param("id"));
      const body = await call.body();
      // The service replaces all three fields; the API changes only the ones sent.
      const merged = isPlainObject(body)
        ? { name: current.name, sector: current.sector, size_band: current.size_band, ...body }
        : body;
      return organisationView(await updateOrganisation(call.db, ws, current.id, merged));
    },
  }),
  endpoint({
    method: "post",
    path: "/organisations/{id}/groups",
    operationId: "addGroup",
    tag: "Organisations",
    summary: "Add a group (department, team) to an organisation",
    access: "analyst",
    body: "GroupInput",
    ok: {
      status: 201,
      schema: OrganisationSchema,
      description: "The organisation with the new group.",
    },
    errors: [400, 403, 404, 409, 413, 415],
    handle: async (call) =>
      organisationView(
        await addGroup(call.db, call.caller.workspaceId, call.param("id"), await call.body()),
      ),
  }),
  endpoint({
    method: "patch",
    path: "/organisations/{id}/groups/{groupId}",
    operationId: "renameGroup",
    tag: "Organisations",
    summary: "Rename a group",
    access: "analyst",
    body: "GroupInput",
    ok: {
      status: 200,
      schema: OrganisationSchema,
      description: "The organisation with the renamed group.",
    },
    errors: [400, 403, 404, 409, 413, 415],
    handle: async (call) =>
      organisationView(
        await changeGroup(
          call.db,
          call.caller.workspaceId,
          call.param("id"),
          call.param("groupId"),
          await call.body(),
        ),
      ),
  }),
  endpoint({
    method: "delete",
    path: "/organisations/{id}/groups/{groupId}",
    operationId: "removeGroup",
    tag: "Organisations",
    summary: "Remove a group nobody has answered in",
    description:
      "A group in which people have answered stays (409 group_in_use); rename it instead.",
    access: "analyst",
    ok: {
      status: 200,
      schema: OrganisationSchema,
      description: "The organisation without the group.",
    },
    errors: [403, 404, 409],
    handle: async ({ db, caller, param }) =>
      organisationView(await removeGroup(db, caller.workspaceId, param("id"), param("groupId"))),
  }),

  endpoint({
    method: "get",
    path: "/instruments",
    operationId: "listInstruments",
    tag: "Instruments",
    summary: "List the instruments (questionnaires)",
    access: "analyst",
    ok: {
      status: 200,
      schema: InstrumentListSchema,
      description: "The instruments, latest versions.",
    },
    errors: [403],
    handle: async ({ db, caller }) => ({
      instruments: await listInstruments(db, caller.workspaceId),
    }),
  }),
  endpoint({
    method: "get",
    path: "/instruments/{code}",
    operationId: "getInstrument",
    tag: "Instruments",
    summary: "One version of an instrument with its definition",
    access: "analyst",
    query: [
      {
        name: "version",
        description: "The version to read; the latest when left out.",
        schema: { type: "integer", minimum: 1 },
      },
    ],
    ok: { status: 200, schema: InstrumentVersionSchema, description: "The instrument version." },
    errors: [400, 403, 404],
    handle: async ({ db, caller, param, query }) => {
      const row = await getInstrumentVersion(
        db,
        caller.workspaceId,
        instrumentCode(param("code")),
        versionParam(query("version")),
      );
      return {
        code: row.code,
        version: row.version,
        title: row.title,
        builtin: row.builtin,
        checksum: row.checksum,
        created_at: new Date(row.created_at).toISOString(),
        definition: row.definition,
      };
    },
  }),
  endpoint({
    method: "post",
    path: "/instruments",
    operationId: "addInstrument",
    tag: "Instruments",
    summary: "Add an instrument, or a new version of one",
    description:
      "The body is the instrument's definition. Versions never change once added; the same definition sent again is not added twice (200, created false).",
    access: "analyst",
    body: "InstrumentDefinition",
    ok: { status: 201, schema: AddedInstrumentSchema, description: "The version that was added." },
    statusOf: (body) => ((body as { created: boolean }).created ? 201 : 200),
    errors: [400, 403, 413, 415],
    handle: async (call) => addInstrument(call.db, call.caller.workspaceId, await call.body()),
  }),

  endpoint({
    method: "get",
    path: "/studies",
    operationId: "listStudies",
    tag: "Studies",
    summary: "List the studies",
    access: "analyst",
    ok: { status: 200, schema: StudyListSchema, description: "The studies." },
    errors: [403],
    handle: async ({ db, caller }) => ({
      studies: await listStudySummaries(db, caller.workspaceId),
    }),
  }),
  endpoint({
    method: "post",
    path: "/studies",
    operationId: "createStudy",
    tag: "Studies",
    summary: "Create a study: one instrument version across many organisations",
    access: "analyst",
    body: "StudyInput",
    ok: { status: 201, schema: StudySchema, description: "The new study." },
    errors: [400, 403, 404, 409, 413, 415],
    handle: async (call) => createStudy(call.db, call.caller.workspaceId, await call.body()),
  }),

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
