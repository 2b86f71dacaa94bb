import { z } from "zod";
import { cleanName } from "../organisation/organisation.js";

/**
 * Campaign input from a web form or the API. Numbers may arrive as text (HTML forms send
 * nothing else); empty optional texts mean "none".
 */
const minGroupSize = z.coerce
  .number()
  .int()
  .min(3, "Use at least 3: smaller groups would let people guess who answered.")
  .max(1000);

const name = z.string().transform(cleanName).pipe(z.string().max(300));

export const CampaignInputSchema = z
  .strictObject({
    organisation_id: z.uuid("Choose an organisation."),
    /** Left out when the campaign joins a study: it asks the study's questionnaire. */
    instrument: z.string().trim().max(64).optional(),
    /** A study that compares this organisation with others asking the same questionnaire. */
    study_id: z.uuid("Choose a study from the list.").optional(),
    name: name.optional(),
    min_group_size: minGroupSize.default(5),
    sponsor: z.string().trim().max(300).default(""),
    purpose: z.string().trim().max(4000).default(""),
  })
  .refine((input) => Boolean(input.instrument) || input.study_id !== undefined, {
    path: ["instrument"],
    message: "Choose a questionnaire.",
  });
export type CampaignInput = z.output<typeof CampaignInputSchema>;

export const CampaignSettingsSchema = z.strictObject({
  name: name.pipe(z.string().min(1)).optional(),
  min_group_size: minGroupSize.optional(),
  sponsor: z.string().trim().max(300).optional(),
  purpose: z.string().trim().max(4000).optional(),
});
export type CampaignSettings = z.output<typeof CampaignSettingsSchema>;

export const CampaignStatusSchema = z.strictObject({
  status: z.enum(["open", "closed"]),
});

export const LinksInputSchema = z.strictObject({
  kind: z.enum(["single", "shared"]).default("single"),
  count: z.coerce.number().int().min(1).max(10_000).default(1),
  access_code: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((s) => (s === "" ? undefined : s)),
});
