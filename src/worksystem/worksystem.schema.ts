import { z } from "zod";
import { COMMUNITIES, nameKey } from "../organisation/organisation.js";
import { PHASES, SENSITIVITY_LEVELS } from "./worksystem.js";

/**
 * One work system as an analyst describes it: the nine elements and where it stands in its
 * life cycle. The same schema checks a web form, an API request and a file (the file adds a
 * "schema" line). Workarounds, ratings and the phase history are observations over time, so
 * they are recorded one by one, not written here.
 */
export const WORK_SYSTEM_SCHEMA_ID = "rapport.worksystem/1";
/** Far above any real work system; it only stops a runaway file from filling memory. */
export const MAX_ENTRIES = 500;

const ONE_LINE = /^[^\r\n]*$/;
const name = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(ONE_LINE, "Keep this on one line: remove the line breaks.");
const description = z.string().trim().max(2000).default("");

// A plain text stands for an entry with just a name, so a short list can be written as
// "customers: [Shop customers, Wholesalers]".
const asEntry = (key: string) => (value: unknown) =>
  typeof value === "string" ? { [key]: value } : value;

export const EntrySchema = z.preprocess(asEntry("name"), z.strictObject({ name, description }));

export const ParticipantSchema = z.preprocess(
  asEntry("role"),
  z.strictObject({
    role: name,
    community: z.enum(COMMUNITIES).default("employees"),
    headcount: z
      .number()
      .min(0)
      .max(1_000_000)
      .refine(Number.isInteger, "Use a whole number of people, such as 3.")
      .optional(),
    description,
  }),
);

export const InformationItemSchema = z.strictObject({
  name,
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  description,
});

const list = <T extends z.ZodType>(entry: T) => z.array(entry).max(MAX_ENTRIES).default([]);

export const LIST_FIELDS = [
  "customers",
  "products_services",
  "processes_activities",
  "participants",
  "information",
  "technologies",
  "environment",
  "infrastructure",
  "strategies",
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

const SHAPE = {
  name,
  description: z.string().trim().max(4000).default(""),
  phase: z.enum(PHASES).default("operation_maintenance"),
  customers: list(EntrySchema),
  products_services: list(EntrySchema),
  /** The steps of the work, in order. */
  processes_activities: list(EntrySchema),
  participants: list(ParticipantSchema),
  information: list(InformationItemSchema),
  technologies: list(EntrySchema),
  environment: list(EntrySchema),
  /** Shared with the organisation's other work systems: the same name is the same thing. */
  infrastructure: list(EntrySchema),
  strategies: list(EntrySchema),
};

type Ctx = z.core.$RefinementCtx<unknown>;
// Runs even when other fields are wrong (see `when`), so one pass reports every problem; the
// value may then be only partly valid, so every field is read as unknown.
const uniqueNames = [
  (value: unknown, ctx: Ctx) => checkUniqueNames(value, ctx),
  { when: () => true },
] as const;

export const WorkSystemSchema = z.strictObject(SHAPE).superRefine(...uniqueNames);

export const WorkSystemFileSchema = z
  .strictObject({ schema: z.literal(WORK_SYSTEM_SCHEMA_ID), ...SHAPE })
  .superRefine(...uniqueNames);

function checkUniqueNames(value: unknown, ctx: Ctx): void {
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  for (const field of LIST_FIELDS) {
    const entries = record[field];
    if (!Array.isArray(entries)) continue;
    const first = new Map<string, number>();
    entries.forEach((entry: unknown, i) => {
      const labelKey = field === "participants" ? "role" : "name";
      const label =
        typeof entry === "string"
          ? entry
          : typeof entry === "object" && entry !== null
            ? (entry as Record<string, unknown>)[labelKey]
            : undefined;
      if (typeof label !== "string" || label.trim() === "") return;
      const key = nameKey(label);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, i);
        return;
      }
      ctx.addIssue({
        code: "custom",
        path: typeof entry === "string" ? [field, i] : [field, i, labelKey],
        message: `"${label.trim().slice(0, 80)}" is already listed as ${field}[${earlier}]. Give each entry its own name, or merge the two.`,
      });
    });
  }
}

/** What a caller sends (defaults may be left out). */
export type WorkSystemInput = z.input<typeof WorkSystemSchema>;
/** What the schema gives back: every list present, every default filled in. */
export type WorkSystemModel = z.output<typeof WorkSystemSchema>;
export type Entry = z.output<typeof EntrySchema>;
export type Participant = z.output<typeof ParticipantSchema>;
export type InformationItem = z.output<typeof InformationItemSchema>;
