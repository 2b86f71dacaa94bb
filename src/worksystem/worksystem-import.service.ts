import type { Database } from "../db/database.js";
import { RapportError } from "../errors.js";
import { nameKey } from "../organisation/organisation.js";
import { type DocumentFormat, problems } from "./document.js";
import type { WorkSystemModel } from "./worksystem.schema.js";
import { parseWorkSystemFile } from "./worksystem-io.js";
import { type NewOrganisation, type SaveResult, saveMany } from "./worksystem-save.service.js";

/**
 * Importing work-system files (JSON or YAML): every file is read and checked first, problems
 * are named by file and path, and then all of them are saved in one go, or none.
 */

/**
 * Reads work-system files and saves them all, or none: every file is checked before anything
 * is written, and each problem names its file and path.
 */
export async function importWorkSystemFiles(
  db: Database,
  workspaceId: string,
  organisationRef: string,
  files: readonly { name: string; text: string; format: DocumentFormat }[],
  options: { createOrganisation?: NewOrganisation } = {},
): Promise<SaveResult[]> {
  if (files.length === 0)
    throw new RapportError("no_files", "Name at least one work-system file to import.");
  const models: WorkSystemModel[] = [];
  const details: { path?: string; line?: number; message: string }[] = [];
  for (const file of files) {
    try {
      models.push(parseWorkSystemFile(file.text, file.format));
    } catch (error) {
      if (!(error instanceof RapportError) || files.length === 1) throw error;
      const where = `${file.name}: `;
      for (const d of error.details)
        details.push({
          ...d,
          ...(d.path ? { path: `${where}${d.path}` } : {}),
          message: d.path ? d.message : `${where}${d.message}`,
        });
    }
  }
  if (details.length > 0) {
    throw problems("invalid_work_system", "These work-system files", details);
  }
  const seen = new Map<string, string>();
  for (const [i, model] of models.entries()) {
    const name = files[i]?.name ?? "";
    const earlier = seen.get(nameKey(model.name));
    if (earlier !== undefined) {
      throw new RapportError(
        "duplicate_work_system",
        `${earlier} and ${name} both describe "${model.name}". Import one of them, or give them different names.`,
      );
    }
    seen.set(nameKey(model.name), name);
  }
  return saveMany(db, workspaceId, organisationRef, models, options);
}
