import { z } from "zod";
import { INTERVENTIONS } from "./interventions.js";
import { ELEMENTS, isElement, isPlannedPhase, PLANNED_PHASES } from "./worksystem.js";

/**
 * The file format of a guideline catalogue. Guideline codes are stable across versions so that
 * findings and action plans keep pointing at the same guideline when its wording improves.
 */
export const CATALOGUE_SCHEMA_ID = "rapport.guidelines/1";
export const GUIDELINE_CODE = /^[a-z_]+\.[a-z0-9_]+$/;
/** Far above any real catalogue; it only stops a runaway file from filling memory. */
export const MAX_GUIDELINES = 50_000;

/**
 * Questionnaire items whose answers count as evidence for a guideline. A fixed list rather than
 * whatever instruments exist, so a typo in a catalogue is caught instead of silently linking
 * nothing.
 */
export const GUIDELINE_ITEM_CODES = [
  "aware_controls",
  "policy_status",
  "need_responsible_person",
  "need_incident_team",
  "need_data_ownership",
  "controls_reviewed",
  "controls_updates_aware",
  "involved_requirements",
  "job_requires_attention",
  "security_prioritised",
  "received_training",
  "handles_sensitive_data",
  "security_obstacles",
  "requirements_ideas",
  "its_helpful",
  "contact_frequency",
  "communication_understandable",
] as const;
export type GuidelineItemCode = (typeof GUIDELINE_ITEM_CODES)[number];

const ONE_LINE = /^[^\r\n]*$/;
const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(ONE_LINE, "Keep this on one line: remove the line breaks.");

type Ctx = z.core.$RefinementCtx<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const GuidelineSchema = z
  .strictObject({
    code: z
      .string()
      .max(100)
      .regex(
        GUIDELINE_CODE,
        "Write the element or phase, a dot, then a short name in lowercase letters, digits and _ (for example participants.know_guidance).",
      ),
    element: z.enum(ELEMENTS).optional(),
    phase: z.enum(PLANNED_PHASES).optional(),
    statement: oneLine(300),
    question: oneLine(300).refine(
      (question) => question.endsWith("?"),
      "Write this as a question that can be answered yes or no, ending with a question mark.",
    ),
    why: z.string().trim().min(1).max(600),
    item_codes: z.array(z.enum(GUIDELINE_ITEM_CODES)).max(GUIDELINE_ITEM_CODES.length),
    interventions: z.array(z.enum(INTERVENTIONS)).min(1).max(INTERVENTIONS.length),
    source: oneLine(200),
  })
  // Runs even when fields above are wrong, so one pass reports every problem in the file.
  .superRefine((guideline: unknown, ctx: Ctx) => checkGuideline(guideline, ctx), {
    when: () => true,
  });

export const CatalogueSchema = z
  .strictObject({
    schema: z.literal(CATALOGUE_SCHEMA_ID),
    // Not .int(): its failure would stop the whole-file checks below (duplicate codes).
    version: z
      .number()
      .min(1)
      .max(1_000_000)
      .refine(Number.isInteger, "Use a whole number, such as 1 or 2."),
    name: oneLine(200),
    guidelines: z.array(GuidelineSchema).min(1).max(MAX_GUIDELINES),
  })
  .superRefine((catalogue: unknown, ctx: Ctx) => checkUniqueCodes(catalogue, ctx), {
    when: () => true,
  });

export type Guideline = z.infer<typeof GuidelineSchema>;
export type Catalogue = z.infer<typeof CatalogueSchema>;

// The value may be only partly valid here (see `when` above), so every field is read as unknown.
function checkGuideline(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  const hasElement = value.element !== undefined;
  const hasPhase = value.phase !== undefined;
  if (hasElement && hasPhase) {
    ctx.addIssue({
      code: "custom",
      path: ["phase"],
      message:
        "A guideline belongs to one element or to one phase, not both. Remove element or phase.",
    });
  } else if (!hasElement && !hasPhase) {
    ctx.addIssue({
      code: "custom",
      path: [],
      message: `Add "element" (one of: ${ELEMENTS.join(", ")}) or "phase" (one of: ${PLANNED_PHASES.join(", ")}).`,
    });
  }
  // Compared only against a valid scope: a misspelt element is reported once, on its own field.
  const scope = hasElement ? value.element : value.phase;
  const validScope = hasElement ? isElement(scope) : isPlannedPhase(scope);
  const code = value.code;
  if (
    hasElement !== hasPhase &&
    validScope &&
    typeof scope === "string" &&
    typeof code === "string" &&
    GUIDELINE_CODE.test(code)
  ) {
    const prefix = code.slice(0, code.indexOf("."));
    if (prefix !== scope) {
      ctx.addIssue({
        code: "custom",
        path: ["code"],
        message: `The code starts with "${prefix}." but the guideline's ${hasElement ? "element" : "phase"} is "${scope}". Start the code with "${scope}." instead.`,
      });
    }
  }
  for (const field of ["item_codes", "interventions"] as const) {
    const list = value[field];
    if (!Array.isArray(list)) continue;
    const seen = new Set<unknown>();
    list.forEach((entry: unknown, i) => {
      if (typeof entry === "string" && seen.has(entry)) {
        ctx.addIssue({
          code: "custom",
          path: [field, i],
          message: `"${entry}" is listed twice. Remove the second one.`,
        });
      }
      seen.add(entry);
    });
  }
}

function checkUniqueCodes(value: unknown, ctx: Ctx): void {
  if (!isRecord(value) || !Array.isArray(value.guidelines)) return;
  const first = new Map<string, number>();
  value.guidelines.forEach((guideline: unknown, i) => {
    if (!isRecord(guideline) || typeof guideline.code !== "string") return;
    const earlier = first.get(guideline.code);
    if (earlier === undefined) {
      first.set(guideline.code, i);
      return;
    }
    ctx.addIssue({
      code: "custom",
      path: ["guidelines", i, "code"],
      message: `The code "${guideline.code}" is already used by guidelines[${earlier}]. Give each guideline its own code.`,
    });
  });
}
