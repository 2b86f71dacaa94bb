import { z } from "zod";
import { DIMENSIONS } from "../analysis/dimension.js";
import {
  CampaignInputSchema,
  CampaignSettingsSchema,
  CampaignStatusSchema,
  LinksInputSchema,
} from "../campaign/campaign.schema.js";
import { InstrumentDefinitionSchema } from "../instrument/instrument.schema.js";
import { GroupInputSchema, OrganisationInputSchema } from "../organisation/organisation.schema.js";
import { StudyInputSchema } from "../study/study.service.js";

/**
 * What the API sends back, as Zod schemas: every response is passed through its schema before
 * it leaves (which also drops any column not listed here), and the OpenAPI document is
 * generated from the same schemas, so the two cannot drift apart.
 */
const id = z.uuid();
const count = z.number().int().min(0);

/**
 * A definition as stored when its version was added. It is passed through as it is rather than
 * checked again, so a later, stricter schema cannot make old versions unreadable; the document
 * points this component at InstrumentDefinition.
 */
export const StoredDefinitionSchema = z.record(z.string(), z.unknown());

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Stable code for programs, e.g. campaign_not_found." }),
      message: z.string().meta({ description: "What went wrong and how to fix it, for people." }),
      details: z
        .array(
          z.object({
            path: z.string().optional().meta({ description: "JSON path of the value." }),
            line: z.number().int().optional(),
            column: z.string().optional(),
            message: z.string(),
          }),
        )
        .optional(),
    }),
  })
  .meta({ description: "Every error has this shape." });

export const OrganisationSummarySchema = z.object({
  id,
  name: z.string(),
  sector: z.string().nullable(),
  size_band: z.enum(["micro", "small", "medium", "large"]).nullable(),
  groups: count,
  campaigns: count,
  respondents: count,
});

export const GroupSchema = z.object({
  id,
  name: z.string(),
  kind: z.string(),
  in_use: z.boolean().meta({
    description:
      "Whether anyone has answered as a member of this group; such a group can be renamed but not removed. Group sizes are not shown: the privacy gate decides where numbers appear.",
  }),
});

export const OrganisationSchema = z.object({
  id,
  name: z.string(),
  sector: z.string().nullable(),
  size_band: z.enum(["micro", "small", "medium", "large"]).nullable(),
  groups: z.array(GroupSchema),
});

export const OrganisationListSchema = z.object({
  organisations: z.array(OrganisationSummarySchema),
});

/** PATCH semantics: fields left out keep their value; null clears sector or size band. */
export const OrganisationChangeSchema = OrganisationInputSchema.omit({ groups: true }).partial();

export const InstrumentSummarySchema = z.object({
  code: z.string(),
  title: z.string(),
  latest_version: z.number().int().min(1),
  versions: z.number().int().min(1),
  builtin: z.boolean(),
  campaigns: count,
});

export const InstrumentListSchema = z.object({ instruments: z.array(InstrumentSummarySchema) });

export const InstrumentVersionSchema = z.object({
  code: z.string(),
  version: z.number().int().min(1),
  title: z.string(),
  builtin: z.boolean(),
  checksum: z.string().meta({ description: "SHA-256 of the canonical definition." }),
  created_at: z.iso.datetime(),
  definition: StoredDefinitionSchema,
});

export const AddedInstrumentSchema = z.object({
  code: z.string(),
  version: z.number().int().min(1),
  created: z.boolean().meta({
    description: "False when the same definition was already the latest version.",
  }),
});

export const StudySchema = z.object({
  id,
  name: z.string(),
  description: z.string(),
  min_group_size: z.number().int(),
  instrument_code: z.string(),
  instrument_version: z.number().int(),
  organisations: count,
  campaigns: count,
  respondents: count,
});

export const StudyListSchema = z.object({ studies: z.array(StudySchema) });

export const CampaignSchema = z.object({
  id,
  name: z.string(),
  organisation_id: id,
  organisation: z.string(),
  study_id: id.nullable(),
  study: z.string().nullable(),
  instrument_code: z.string(),
  instrument_version: z.number().int(),
  status: z.enum(["draft", "open", "closed"]),
  min_group_size: z.number().int(),
  wave: z.number().int(),
  respondents: count,
  sponsor: z.string(),
  purpose: z.string(),
  declined_count: count,
});

export const CampaignListSchema = z.object({ campaigns: z.array(CampaignSchema) });

export const InvitationCountsSchema = z.object({
  campaign_id: id,
  single: count.meta({ description: "Single-use links made." }),
  used: count.meta({ description: "Single-use links already used to submit answers." }),
  shared: count.meta({ description: "Shared links made." }),
});

export const LinksSchema = z.object({
  campaign_id: id,
  kind: z.enum(["single", "shared"]),
  links: z.array(z.url()).meta({
    description: "The links, shown only in this answer: Rapport keeps only their hashes.",
  }),
});

const AnswerFigureSchema = z.object({
  value: z.string(),
  count,
  percent: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
});

const ItemFiguresSchema = z.object({
  code: z.string(),
  n: count,
  answers: z.array(AnswerFigureSchema),
  mean: z.number().nullable().optional(),
  sd: z.number().nullable().optional(),
  median: z.number().nullable().optional(),
});

const HiddenItemSchema = z.object({
  code: z.string(),
  n: z.null(),
  suppressed: z.literal(true),
});

const GroupFiguresSchema = z.discriminatedUnion("suppressed", [
  z.object({
    group: z.string().nullable(),
    n: count,
    suppressed: z.literal(false),
    items: z.array(ItemFiguresSchema),
  }),
  z.object({ group: z.string().nullable(), n: z.null(), suppressed: z.literal(true) }),
]);

export const ReportSchema = z.object({
  campaign: id.optional(),
  study: z.string().optional(),
  name: z.string().optional(),
  respondents: count,
  min_group_size: z.number().int(),
  items: z.array(z.union([ItemFiguresSchema, HiddenItemSchema])),
  breakdowns: z.partialRecord(z.enum(DIMENSIONS), z.array(GroupFiguresSchema)).meta({
    description:
      "Per dimension, one entry per group. A group below the minimum size (or hidden so it cannot be worked out from the others) has suppressed true and no figures at all.",
  }),
});

export const ResultsSchema = z.object({
  report: ReportSchema,
  open_text: z
    .array(z.object({ code: z.string(), n: count.nullable() }))
    .meta({ description: "How many wrote an answer to each open question; null when hidden." }),
  definition: StoredDefinitionSchema,
});

/** Components of the OpenAPI document: request bodies as clients send them... */
export const REQUEST_SCHEMAS = {
  OrganisationInput: OrganisationInputSchema,
  OrganisationChange: OrganisationChangeSchema,
  GroupInput: GroupInputSchema,
  InstrumentDefinition: InstrumentDefinitionSchema,
  StudyInput: StudyInputSchema,
  CampaignInput: CampaignInputSchema,
  CampaignSettings: CampaignSettingsSchema,
  CampaignStatusInput: CampaignStatusSchema,
  LinksInput: LinksInputSchema,
} as const;

/** ...and responses as the API sends them. */
export const RESPONSE_SCHEMAS = {
  Error: ErrorSchema,
  OrganisationSummary: OrganisationSummarySchema,
  OrganisationList: OrganisationListSchema,
  Group: GroupSchema,
  Organisation: OrganisationSchema,
  InstrumentSummary: InstrumentSummarySchema,
  InstrumentList: InstrumentListSchema,
  InstrumentVersion: InstrumentVersionSchema,
  AddedInstrument: AddedInstrumentSchema,
  Study: StudySchema,
  StudyList: StudyListSchema,
  Campaign: CampaignSchema,
  CampaignList: CampaignListSchema,
  InvitationCounts: InvitationCountsSchema,
  Links: LinksSchema,
  Report: ReportSchema,
  Results: ResultsSchema,
  StoredInstrumentDefinition: StoredDefinitionSchema,
} as const;
