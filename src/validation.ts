import type { z } from "zod";
import { type ErrorDetail, RapportError } from "./errors.js";

/**
 * Turns Zod's issues into sentences a person can act on, each with the JSON path of the value
 * ("sections[0].items[2].type"), so an analyst fixing a file knows where to look and what to
 * write instead.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(top level)" : out;
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list [...]",
  object: "an object {...}",
};

export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      const wanted = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `This field is required: add it as ${wanted}.`;
      return `Expected ${wanted} here.`;
    }
    case "unrecognized_keys":
      return `Unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}: check the spelling or remove ${issue.keys.length > 1 ? "them" : "it"}.`;
    case "invalid_union":
      {
        // Zod 4 adds the allowed discriminator values to this issue, though its type omits them.
        const options = (issue as { options?: unknown }).options;
        if (Array.isArray(options)) return `Use one of: ${options.map(String).join(", ")}.`;
      }
      return "This value does not match any allowed form.";
    case "invalid_value":
      return `Use one of: ${issue.values.map(String).join(", ")}.`;
    case "too_small":
      if (issue.origin === "array")
        return `Add at least ${issue.minimum} entr${issue.minimum === 1 ? "y" : "ies"}.`;
      if (issue.origin === "string")
        return issue.minimum === 1
          ? "This must not be empty."
          : `Use at least ${issue.minimum} characters.`;
      return `Use a value of at least ${issue.minimum}.`;
    case "too_big":
      if (issue.origin === "array") return `Use at most ${issue.maximum} entries.`;
      if (issue.origin === "string") return `Shorten this to at most ${issue.maximum} characters.`;
      return `Use a value of at most ${issue.maximum}.`;
    default:
      return issue.message;
  }
}

export function issuesToDetails(issues: readonly z.core.$ZodIssue[]): ErrorDetail[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

/** Parses or throws one RapportError listing every problem with its path. */
export function parseOrThrow<T>(
  schema: z.ZodType<T>,
  input: unknown,
  code: string,
  what: string,
): T {
  // reportInput keeps the rejected value on each issue, so "wrong type" and "missing" differ.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const details = issuesToDetails(result.error.issues);
  const count = details.length;
  throw new RapportError(
    code,
    `${what} has ${count} problem${count === 1 ? "" : "s"}. Fix ${count === 1 ? "it" : "them"} and try again.`,
    details,
  );
}
