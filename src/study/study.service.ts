import { z } from "zod";
import { type Queryable, sqlState, UNIQUE_VIOLATION } from "../db/database.js";
import { RapportError } from "../errors.js";
import { getInstrumentVersion } from "../instrument/instrument.service.js";
import { cleanName, nameKey } from "../organisation/organisation.js";
import { parseOrThrow } from "../validation.js";
import {
  findStudyByKey,
  insertStudy,
  listStudySummaries,
  type StudySummaryRow,
} from "./study.repository.js";

/**
 * A study asks one instrument version across many organisations. Made empty here; campaigns
 * join it when responses are imported into it by name.
 */
export const StudyInputSchema = z.strictObject({
  name: z.string().transform(cleanName).pipe(z.string().min(1).max(200)),
  instrument: z.string().trim().min(1, "Choose a questionnaire.").max(64),
  /** The instrument's version; its latest when left out. */
  version: z.number().int().min(1).optional(),
  description: z.string().trim().max(4000).default(""),
  min_group_size: z
    .number()
    .int()
    .min(3, "Use at least 3: smaller groups would let people guess who answered.")
    .max(1000)
    .default(5),
});
export type StudyInput = z.output<typeof StudyInputSchema>;

function studyExists(name: string): RapportError {
  return new RapportError(
    "study_exists",
    `There is already a study called "${name}". Choose another name, or import into that one.`,
    [{ path: "name", message: "This name is already in use." }],
  );
}

export async function createStudy(
  db: Queryable,
  workspaceId: string,
  input: unknown,
): Promise<StudySummaryRow> {
  const parsed = parseOrThrow(StudyInputSchema, input, "invalid_study", "This study");
  const key = nameKey(parsed.name);
  const existing = await findStudyByKey(db, workspaceId, key);
  if (existing) throw studyExists(existing.name);
  const version = await getInstrumentVersion(db, workspaceId, parsed.instrument, parsed.version);
  let id: string;
  try {
    ({ id } = await insertStudy(db, workspaceId, {
      name: parsed.name,
      key,
      instrumentVersionId: version.id,
      description: parsed.description,
      minGroupSize: parsed.min_group_size,
    }));
  } catch (error) {
    // Two people creating the same study at once: the second gets the same answer as above.
    if (sqlState(error) === UNIQUE_VIOLATION) throw studyExists(parsed.name);
    throw error;
  }
  const created = (await listStudySummaries(db, workspaceId)).find((s) => s.id === id);
  if (!created) throw new Error("study vanished after insert");
  return created;
}
