import { z } from "zod";
import { cleanName, parseSector, parseSizeBand, SIZE_BANDS } from "./organisation.js";

/**
 * What a person sends to create or change an organisation, from a web form or the API. Empty
 * strings mean "not known", because an HTML form cannot send a missing field.
 */
const optionalText = z
  .string()
  .max(200)
  .transform((s) => s.trim())
  .optional()
  .nullable();

export const OrganisationInputSchema = z.strictObject({
  name: z.string().transform(cleanName).pipe(z.string().min(1).max(200)),
  sector: optionalText.transform((raw, ctx) => {
    if (raw === undefined || raw === null || raw === "") return null;
    const slug = parseSector(raw);
    if (slug === undefined) {
      ctx.addIssue({
        code: "custom",
        message: "Use letters or digits for the sector, for example retail or health-care.",
      });
      return z.NEVER;
    }
    return slug;
  }),
  size_band: optionalText.transform((raw, ctx) => {
    if (raw === undefined || raw === null || raw === "") return null;
    const band = parseSizeBand(raw);
    if (band === undefined) {
      ctx.addIssue({
        code: "custom",
        message: `Use one of: ${SIZE_BANDS.join(", ")}, or the number of staff.`,
      });
      return z.NEVER;
    }
    return band;
  }),
  groups: z
    .array(z.string().transform(cleanName).pipe(z.string().min(1).max(200)))
    .max(500)
    .optional(),
});
export type OrganisationInput = z.output<typeof OrganisationInputSchema>;

export const GroupInputSchema = z.strictObject({
  name: z.string().transform(cleanName).pipe(z.string().min(1).max(200)),
});
