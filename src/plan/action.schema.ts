import { z } from "zod";
import { COMMUNITIES, cleanName } from "../organisation/organisation.js";
import { ACTION_INTERVENTIONS } from "../worksystem/interventions.js";

/**
 * What a person sends to plan an action, name a champion or log a dialogue, from a web form,
 * the CLI or the demo. Empty strings mean "not given", because an HTML form cannot leave a
 * field out; lists may come as one text with commas or line breaks.
 */
export const ACTION_STATUSES = ["planned", "in_progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  planned: "Planned",
  in_progress: "In progress",
  done: "Done",
  dropped: "Dropped",
};

export const EFFECT_PATTERN = /^(indicator|scale|life_position|finding|item):[a-z0-9_.>-]{1,100}$/;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An optional calendar day as YYYY-MM-DD; empty means none. */
export const optionalDay = z
  .string()
  .max(40)
  .transform((s) => s.trim())
  .refine((s) => s === "" || (isDay(s) && s >= "1900-01-01" && s <= "2999-12-31"), {
    message: "Write the date as year-month-day, for example 2026-03-31.",
  })
  .transform((s) => (s === "" ? null : s))
  .nullable()
  .optional();

const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim());

/** A list given as an array or as one text split at commas, semicolons or line breaks. */
function list<T extends string>(item: z.ZodType<T, string>, max: number) {
  return z
    .union([z.array(z.string()), z.string()])
    .transform((raw) =>
      (Array.isArray(raw) ? raw : raw.split(/[,;\r\n]+/)).map((s) => s.trim()).filter(Boolean),
    )
    .pipe(z.array(item).max(max))
    .transform((items) => [...new Set(items)]);
}

export const EffectsSchema = list(
  z.string().regex(EFFECT_PATTERN, {
    message:
      "Write each effect as kind:code, for example indicator:blame or scale:friction. Kinds: indicator, scale, life_position, finding, item.",
  }),
  40,
);

export const ActionLinkSchema = z.strictObject({
  kind: z.enum(["finding", "reason"]),
  code: z.string().trim().min(1).max(200),
  body: text(2000).default(""),
});
export type ActionLink = z.output<typeof ActionLinkSchema>;

const actionFields = {
  title: z.string().transform(cleanName).pipe(z.string().min(1).max(200)),
  intervention: z.enum(ACTION_INTERVENTIONS),
  owner_role: text(120),
  due_on: optionalDay,
  status: z.enum(ACTION_STATUSES),
  started_on: optionalDay,
  effects: EffectsSchema,
  notes: text(4000),
  links: z.array(ActionLinkSchema).max(40),
};

export const ActionInputSchema = z.strictObject({
  ...actionFields,
  owner_role: actionFields.owner_role.default(""),
  status: actionFields.status.default("planned"),
  effects: actionFields.effects.default([]),
  notes: actionFields.notes.default(""),
  links: actionFields.links.default([]),
});
export type ActionInput = z.output<typeof ActionInputSchema>;

/** A change: only the fields given are changed; links stay as they are. */
export const ActionChangeSchema = z.strictObject({
  title: actionFields.title.optional(),
  intervention: actionFields.intervention.optional(),
  owner_role: actionFields.owner_role.optional(),
  due_on: actionFields.due_on,
  status: actionFields.status.optional(),
  started_on: actionFields.started_on,
  effects: actionFields.effects.optional(),
  notes: actionFields.notes.optional(),
});
export type ActionChange = z.output<typeof ActionChangeSchema>;

export const ActionFilterSchema = z.strictObject({
  status: z.enum(ACTION_STATUSES).optional(),
  intervention: z.enum(ACTION_INTERVENTIONS).optional(),
});
export type ActionFilter = z.output<typeof ActionFilterSchema>;

export const ChampionInputSchema = z.strictObject({
  group: z.string().transform(cleanName).pipe(z.string().min(1).max(200)),
  name: z.string().transform(cleanName).pipe(z.string().min(1).max(200)),
  contact: text(200).default(""),
  since: optionalDay,
});
export type ChampionInput = z.output<typeof ChampionInputSchema>;

export const DialogueInputSchema = z.strictObject({
  held_on: z
    .string()
    .trim()
    .refine(isDay, { message: "Write the date as year-month-day, for example 2026-03-31." }),
  communities: list(z.enum(COMMUNITIES), 3).pipe(z.array(z.enum(COMMUNITIES)).min(1)),
  topics: z.string().trim().min(1).max(2000),
  agreed: text(4000).default(""),
});
export type DialogueInput = z.output<typeof DialogueInputSchema>;
