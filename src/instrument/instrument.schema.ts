import { z } from "zod";

/**
 * The JSON definition of a questionnaire. Item codes are stable across versions and
 * organisations, so waves and firms can be compared; option codes are what is stored.
 */
const ITEM_CODE = /^[a-z][a-z0-9_]{0,63}$/;
const OPTION_CODE = /^[a-z0-9][a-z0-9_]{0,63}$/;
export const INSTRUMENT_CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;

const itemCode = z
  .string()
  .regex(
    ITEM_CODE,
    "Use lowercase letters, digits and _, starting with a letter (for example aware_controls).",
  );
const optionCode = z
  .string()
  .regex(OPTION_CODE, "Use lowercase letters, digits and _ (for example dont_know).");
const label = z.string().trim().min(1).max(300);

export const OptionSchema = z.strictObject({
  code: optionCode,
  label,
  help: z.string().max(1000).optional(),
});

/** Show an item only when an earlier item has a given answer. */
export const ConditionSchema = z.union([
  z.strictObject({ item: itemCode, equals: z.string().min(1) }),
  z.strictObject({ item: itemCode, in: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ item: itemCode, answered: z.literal(true) }),
]);

const base = {
  code: itemCode,
  text: z.string().trim().min(1).max(1000),
  help: z.string().max(2000).optional(),
  required: z.boolean().optional(),
  show_if: ConditionSchema.optional(),
};

export const YesNoItemSchema = z.strictObject({
  ...base,
  type: z.literal("yes_no"),
  /** Adds a third answer, "don't know", stored as dont_know. */
  dont_know: z.boolean().optional(),
});

// Checks that need several fields of one item run on that item, so they are reported
// together with problems elsewhere in the file.
export const SingleChoiceItemSchema = z
  .strictObject({
    ...base,
    type: z.literal("single_choice"),
    options: z.array(OptionSchema).min(2).max(100),
  })
  .superRefine((item, ctx) => checkOptions(item.options, ctx));

export const MultipleChoiceItemSchema = z
  .strictObject({
    ...base,
    type: z.literal("multiple_choice"),
    options: z.array(OptionSchema).min(2).max(100),
    max_choices: z.number().int().min(1).optional(),
  })
  .superRefine((item, ctx) => {
    checkOptions(item.options, ctx);
    if (item.max_choices !== undefined && item.max_choices > item.options.length) {
      ctx.addIssue({
        code: "custom",
        path: ["max_choices"],
        message: `max_choices is ${item.max_choices} but there are only ${item.options.length} options. Lower it or remove it.`,
      });
    }
  });

export const LikertItemSchema = z
  .strictObject({
    ...base,
    type: z.literal("likert"),
    points: z.union([z.literal(5), z.literal(7)]),
    /** One label per point, lowest first ("Strongly disagree" ... "Strongly agree"). */
    labels: z.array(label).min(1).max(7),
    dont_know: z.boolean().optional(),
  })
  .superRefine((item, ctx) => {
    if (item.labels.length !== item.points) {
      ctx.addIssue({
        code: "custom",
        path: ["labels"],
        message: `A ${item.points}-point scale needs ${item.points} labels, lowest first; this one has ${item.labels.length}.`,
      });
    }
  });

export const NumberItemSchema = z
  .strictObject({
    ...base,
    type: z.literal("number"),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    integer: z.boolean().optional(),
    unit: z.string().max(50).optional(),
  })
  .superRefine((item, ctx) => {
    if (item.min !== undefined && item.max !== undefined && item.min > item.max) {
      ctx.addIssue({
        code: "custom",
        path: ["min"],
        message: `min (${item.min}) is larger than max (${item.max}). Swap them.`,
      });
    }
  });

export const OpenTextItemSchema = z.strictObject({
  ...base,
  type: z.literal("open_text"),
  max_length: z.number().int().min(1).max(20000).optional(),
  multiline: z.boolean().optional(),
});

export const ItemSchema = z.discriminatedUnion("type", [
  YesNoItemSchema,
  SingleChoiceItemSchema,
  MultipleChoiceItemSchema,
  LikertItemSchema,
  NumberItemSchema,
  OpenTextItemSchema,
]);

export const SectionSchema = z.strictObject({
  code: itemCode.optional(),
  title: label,
  description: z.string().max(4000).optional(),
  items: z.array(ItemSchema).min(1).max(500),
});

export const InstrumentDefinitionSchema = z
  .strictObject({
    code: z
      .string()
      .regex(
        INSTRUMENT_CODE,
        "Use lowercase letters, digits and -, for example sme-security-practices.",
      ),
    title: label,
    description: z.string().max(4000).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}(-[A-Za-z]{2,8})?$/, "Use a language tag such as en or en-GB.")
      .optional(),
    /** Who runs the survey and why: shown to respondents before consent. */
    intro: z.string().max(4000).optional(),
    estimated_minutes: z.number().int().min(1).max(240).optional(),
    sections: z.array(SectionSchema).min(1).max(100),
  })
  .superRefine((definition, ctx) => {
    const seen = new Map<string, ItemDefinition>();
    definition.sections.forEach((section, s) => {
      section.items.forEach((item, i) => {
        const at = ["sections", s, "items", i];
        if (seen.has(item.code)) {
          ctx.addIssue({
            code: "custom",
            path: [...at, "code"],
            message: `The item code "${item.code}" is used twice. Each item needs its own code.`,
          });
        }
        if (item.show_if) checkCondition(item.show_if, seen, [...at, "show_if"], ctx);
        seen.set(item.code, item);
      });
    });
  });

export type OptionDefinition = z.infer<typeof OptionSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type ItemDefinition = z.infer<typeof ItemSchema>;
export type ItemType = ItemDefinition["type"];
export type SectionDefinition = z.infer<typeof SectionSchema>;
export type InstrumentDefinition = z.infer<typeof InstrumentDefinitionSchema>;

type Ctx = z.core.$RefinementCtx<unknown>;

function checkOptions(
  options: readonly { code: string }[],
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  const codes = new Set<string>();
  options.forEach((option, o) => {
    if (codes.has(option.code)) {
      ctx.addIssue({
        code: "custom",
        path: ["options", o, "code"],
        message: `The option code "${option.code}" is used twice in this item. Give each option its own code.`,
      });
    }
    codes.add(option.code);
  });
}

function checkCondition(
  condition: Condition,
  earlier: Map<string, ItemDefinition>,
  at: (string | number)[],
  ctx: Ctx,
): void {
  const target = earlier.get(condition.item);
  if (!target) {
    ctx.addIssue({
      code: "custom",
      path: [...at, "item"],
      message: `show_if refers to "${condition.item}", which is not an earlier item. A condition can only depend on a question asked before it.`,
    });
    return;
  }
  if ("answered" in condition) return;
  const allowed = optionCodesOf(target);
  if (allowed === undefined) {
    ctx.addIssue({
      code: "custom",
      path: [...at, "item"],
      message: `"${condition.item}" has no fixed answers, so use {"item": "${condition.item}", "answered": true} instead.`,
    });
    return;
  }
  const values = "equals" in condition ? [condition.equals] : condition.in;
  for (const value of values) {
    if (!allowed.includes(value)) {
      ctx.addIssue({
        code: "custom",
        path: [...at, "equals" in condition ? "equals" : "in"],
        message: `"${value}" is not an answer of "${condition.item}". Use one of: ${allowed.join(", ")}.`,
      });
    }
  }
}

/** The stored option codes of a closed item, in display order; undefined for number and text. */
export function optionCodesOf(item: ItemDefinition): string[] | undefined {
  switch (item.type) {
    case "yes_no":
      return item.dont_know ? ["yes", "no", "dont_know"] : ["yes", "no"];
    case "single_choice":
    case "multiple_choice":
      return item.options.map((o) => o.code);
    case "likert": {
      const points = Array.from({ length: item.points }, (_, i) => String(i + 1));
      return item.dont_know ? [...points, "dont_know"] : points;
    }
    default:
      return undefined;
  }
}
