import type { Guideline } from "../guideline.schema.js";

/** A built-in guideline before it is stamped with its source. */
export type BuiltinGuideline = Omit<Guideline, "source">;

// The built-in texts are written once here; marking the source in one place keeps a firm's own
// additions, which carry their own source, easy to tell apart.
export function builtin(guidelines: readonly BuiltinGuideline[]): Guideline[] {
  return guidelines.map((guideline) => ({ ...guideline, source: "builtin" }));
}
