import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { RapportError } from "../errors.js";
import { COMMUNITIES } from "../organisation/organisation.js";
import { projectPath } from "../paths.js";
import { issuesToDetails } from "../validation.js";
import { ACTION_INTERVENTIONS } from "../worksystem/interventions.js";
import { SEVERITIES } from "../worksystem/severity.js";

/**
 * The recommendation rules are data: a YAML file reviewed like code, checked here when it is
 * read. The built-in file sits in src/plan; like the migrations it is read from there wherever
 * the code runs (see paths.ts), so a build needs no copy step.
 */
export const BUILTIN_RULES_PATH = projectPath("src", "plan", "recommendation-rules.yaml");

export const PLACEHOLDERS = [
  "value",
  "low",
  "high",
  "n",
  "code",
  "community",
  "about",
  "work_system",
  "severity",
  "evidence",
] as const;

const bound = z.strictObject({
  at_least: z.number().finite().optional(),
  at_most: z.number().finite().optional(),
});

const reasonTemplate = z
  .string()
  .trim()
  .min(1)
  .max(400)
  .superRefine((text, ctx) => {
    for (const [, name] of text.matchAll(/\{([^}]*)\}/g)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(name ?? "")) {
        ctx.addIssue({
          code: "custom",
          message: `Unknown placeholder {${name}}. Use: ${PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}.`,
        });
      }
    }
  });

export const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, {
    message: "Use lowercase letters, digits and _ for the rule id, starting with a letter.",
  }),
  version: z.string().trim().min(1).max(200),
  when: z
    .strictObject({
      kind: z.enum(["indicator", "scale", "life_position", "finding", "item"]),
      codes: z.array(z.string().min(1).max(100)).min(1).optional(),
      community: z.array(z.enum(COMMUNITIES)).min(1).optional(),
      about: z.array(z.enum(COMMUNITIES)).min(1).optional(),
      value: bound.optional(),
      low: bound.pick({ at_least: true }).optional(),
      high: bound.pick({ at_most: true }).optional(),
      severity: z.array(z.enum(SEVERITIES)).min(1).optional(),
      work_system: z.boolean().optional(),
    })
    .refine(
      (w) => w.kind === "finding" || (w.severity === undefined && w.work_system === undefined),
      {
        message: "severity and work_system only apply to rules with kind: finding.",
      },
    ),
  recommend: z.array(z.enum(ACTION_INTERVENTIONS)).min(1).max(5),
  weight: z.number().int().min(1).max(3).default(1),
  reason: reasonTemplate,
});
export type Rule = z.output<typeof RuleSchema>;

export const RuleFileSchema = z
  .strictObject({
    version: z.number().int().min(1),
    rules: z.array(RuleSchema).min(1).max(500),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.rules.forEach((rule, i) => {
      if (seen.has(rule.id))
        ctx.addIssue({
          code: "custom",
          path: ["rules", i, "id"],
          message: `The id ${rule.id} is used twice: give each rule its own id.`,
        });
      seen.add(rule.id);
    });
  });
export type RuleFile = z.output<typeof RuleFileSchema>;

function invalid(path: string, message: string, details: RapportError["details"] = []) {
  return new RapportError(
    "invalid_rules",
    `The recommendation rules in ${path} ${message}`,
    details,
  );
}

/** Checks rule file text; every problem names its place in the file. */
export function parseRules(text: string, path: string): RuleFile {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const where = error instanceof Error ? error.message.split("\n")[0] : "";
    throw invalid(path, `are not valid YAML: ${where}. Fix the file and try again.`);
  }
  const result = RuleFileSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const details = issuesToDetails(result.error.issues);
  throw invalid(
    path,
    `have ${details.length} problem${details.length === 1 ? "" : "s"}: ${details
      .slice(0, 3)
      .map((d) => `${d.path}: ${d.message}`)
      .join(" ")} Fix the file and try again.`,
    details,
  );
}

let builtin: RuleFile | undefined;

/** Reads and checks a rule file, the built-in one (read once) unless a path is given. */
export function loadRules(path: string = BUILTIN_RULES_PATH): RuleFile {
  if (path === BUILTIN_RULES_PATH && builtin) return builtin;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw invalid(path, "could not be read. Check that the file exists and can be opened.");
  }
  const rules = parseRules(text, path);
  if (path === BUILTIN_RULES_PATH) builtin = rules;
  return rules;
}
