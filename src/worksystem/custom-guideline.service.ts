import type { Database, Queryable } from "../db/database.js";
import { type ErrorDetail, RapportError } from "../errors.js";
import { BUILTIN_CATALOGUE } from "./catalogue/index.js";
import {
  type CatalogueFormat,
  formatCatalogue,
  parseCatalogue,
  parseGuideline,
} from "./catalogue-io.js";
import {
  deleteCustomGuideline,
  listCustomGuidelineRows,
  upsertCustomGuidelines,
} from "./custom-guideline.repository.js";
import { problems } from "./document.js";
import { type Catalogue, type Guideline, GuidelineSchema } from "./guideline.schema.js";

/**
 * A workspace's own guidelines, kept beside the built-in ones: added, changed and removed one by
 * one, or imported from a catalogue file a consultant shares. Built-in guidelines cannot be
 * changed, and an own guideline can never take a built-in code, so findings and ratings always
 * mean the same guideline.
 */

const BUILTIN_CODES = new Set(BUILTIN_CATALOGUE.guidelines.map((g) => g.code));
const FIELD_ORDER = Object.keys(GuidelineSchema.shape);

export function isBuiltinGuideline(code: string): boolean {
  return BUILTIN_CODES.has(code);
}

/** The workspace's own guidelines, by code. Rows that no longer pass the schema are left out. */
export async function listCustomGuidelines(
  db: Queryable,
  workspaceId: string,
): Promise<Guideline[]> {
  const rows = await listCustomGuidelineRows(db, workspaceId);
  return rows.flatMap((row) => {
    const parsed = GuidelineSchema.safeParse(row.body);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The built-in guidelines followed by the workspace's own (by code). */
export async function loadWorkspaceCatalogue(
  db: Queryable,
  workspaceId: string,
): Promise<Catalogue> {
  const own = await listCustomGuidelines(db, workspaceId);
  if (own.length === 0) return BUILTIN_CATALOGUE;
  return {
    ...BUILTIN_CATALOGUE,
    name: `${BUILTIN_CATALOGUE.name} with this workspace's own`,
    guidelines: [...BUILTIN_CATALOGUE.guidelines, ...own],
  };
}

function builtinRefusal(code: string): RapportError {
  return new RapportError(
    "builtin_guideline",
    `${code} is a built-in guideline, so it cannot be changed or removed. Add your own guideline with a new code instead.`,
    [{ path: "code", message: "Built-in guidelines stay as they are. Choose a new code." }],
  );
}

/**
 * Adds an own guideline, or changes the one with the code given as `existing` (its code stays:
 * ratings and workarounds point at it).
 */
export async function saveCustomGuideline(
  db: Database,
  workspaceId: string,
  input: unknown,
  existing?: string,
): Promise<Guideline> {
  if (existing !== undefined && isBuiltinGuideline(existing)) throw builtinRefusal(existing);
  const guideline = parseGuideline(input);
  if (existing === undefined && isBuiltinGuideline(guideline.code)) {
    throw new RapportError(
      "guideline_exists",
      `${guideline.code} is already a built-in guideline. Give your own guideline a code of its own.`,
      [{ path: "code", message: "A built-in guideline has this code. Choose another." }],
    );
  }
  if (existing !== undefined && guideline.code !== existing) {
    throw new RapportError(
      "guideline_code_fixed",
      `The code of ${existing} stays the same, as ratings and workarounds refer to it. Add a new guideline for a new code.`,
      [{ path: "code", message: `Keep the code ${existing}.` }],
    );
  }
  return db.transaction(async (tx) => {
    const own = await listCustomGuidelineRows(tx, workspaceId);
    const taken = own.some((row) => row.code === guideline.code);
    if (existing === undefined && taken) {
      throw new RapportError(
        "guideline_exists",
        `You already have a guideline ${guideline.code}. Change that one, or choose another code.`,
        [{ path: "code", message: "One of your guidelines has this code. Choose another." }],
      );
    }
    if (existing !== undefined && !taken) throw notFound(existing);
    await upsertCustomGuidelines(tx, workspaceId, [guideline]);
    return guideline;
  });
}

function notFound(code: string): RapportError {
  return new RapportError(
    "guideline_not_found",
    `There is no guideline of your own with the code "${code.slice(0, 100)}".`,
  );
}

export async function removeCustomGuideline(
  db: Database,
  workspaceId: string,
  code: string,
): Promise<void> {
  const wanted = code.trim().toLowerCase();
  if (isBuiltinGuideline(wanted)) throw builtinRefusal(wanted);
  const removed = await db.transaction((tx) => deleteCustomGuideline(tx, workspaceId, wanted));
  if (!removed) throw notFound(code);
}

const same = (a: Guideline, b: Guideline) =>
  JSON.stringify(a, FIELD_ORDER) === JSON.stringify(b, FIELD_ORDER);

export interface CatalogueImport {
  added: string[];
  changed: string[];
  unchanged: number;
}

/**
 * Reads a catalogue file and stores its guidelines as the workspace's own, all or none. Built-in
 * guidelines in the file are skipped when they are word for word the shipped ones and refused
 * when they differ; own guidelines with the same code are replaced, others are left alone.
 */
export async function importCatalogue(
  db: Database,
  workspaceId: string,
  text: string,
  format: CatalogueFormat,
): Promise<CatalogueImport> {
  const catalogue = parseCatalogue(text, format);
  const details: ErrorDetail[] = [];
  const own: Guideline[] = [];
  catalogue.guidelines.forEach((guideline, i) => {
    const builtin = BUILTIN_CATALOGUE.guidelines.find((g) => g.code === guideline.code);
    if (!builtin) own.push(guideline);
    else if (!same(builtin, guideline))
      details.push({
        path: `guidelines[${i}].code`,
        message: `${guideline.code} is a built-in guideline and this file words it differently. Built-in guidelines cannot be changed: give yours a new code, or remove it from the file.`,
      });
  });
  if (details.length > 0) throw problems("invalid_catalogue", "This guideline catalogue", details);
  return db.transaction(async (tx) => {
    const before = new Map(
      (await listCustomGuidelines(tx, workspaceId)).map((g) => [g.code, g] as const),
    );
    const result: CatalogueImport = { added: [], changed: [], unchanged: 0 };
    const toWrite: Guideline[] = [];
    for (const guideline of own) {
      const earlier = before.get(guideline.code);
      if (earlier && same(earlier, guideline)) result.unchanged += 1;
      else {
        (earlier ? result.changed : result.added).push(guideline.code);
        toWrite.push(guideline);
      }
    }
    result.unchanged += catalogue.guidelines.length - own.length;
    await upsertCustomGuidelines(tx, workspaceId, toWrite);
    return result;
  });
}

/** The workspace catalogue as a file that importCatalogue reads back unchanged. */
export async function exportCatalogue(
  db: Queryable,
  workspaceId: string,
  format: CatalogueFormat,
): Promise<string> {
  return formatCatalogue(await loadWorkspaceCatalogue(db, workspaceId), format);
}
