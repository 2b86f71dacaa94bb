import type { Database, Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { findVersionById, type InstrumentVersionRow } from "../instrument/instrument.repository.js";
import { getInstrumentVersion } from "../instrument/instrument.service.js";
import { cleanName, nameKey } from "../organisation/organisation.js";
import {
  findImportBatch,
  findStudyByKey,
  insertImportBatch,
  insertStudy,
  type StudyRow,
} from "../study/study.repository.js";
import { checkFile } from "./import-check.js";
import { preparePlaces, writeRows } from "./import-write.js";
import type { RowSource } from "./row-source.js";

export { MAX_REPORTED_ERRORS } from "./import-check.js";

/**
 * Imports a researcher's existing answers: one CSV row per respondent, into a study of many
 * organisations. The input is read twice: once to check every row (nothing is written unless
 * the whole file is valid, see import-check.ts), once to write it in a single transaction
 * (import-write.ts). Both passes stream, so a file of any length needs little memory.
 */
export interface ImportOptions {
  source: RowSource;
  /** Shown with the study, e.g. to say the data are synthetic. */
  description?: string | undefined;
  study: string;
  /** Needed when the study does not exist yet. */
  instrument?: string | undefined;
  /** Import a file that was already imported into this study. */
  again?: boolean | undefined;
  minGroupSize?: number | undefined;
  onProgress?:
    | ((phase: "checking" | "writing", bytesRead: number, totalBytes: number) => void)
    | undefined;
  /** The submission date stored on the responses (the day of import). */
  today?: string | undefined;
}

export interface ImportSummary {
  study: string;
  respondents: number;
  organisations: number;
  campaigns: number;
}

export async function importResponses(
  db: Database,
  workspaceId: string,
  options: ImportOptions,
): Promise<ImportSummary> {
  const studyName = cleanName(options.study);
  if (studyName === "" || studyName.length > 200) {
    throw new RapportError(
      "bad_study_name",
      "Give the study a name of 1 to 200 characters with --study.",
    );
  }
  const existing = await findStudyByKey(db, workspaceId, nameKey(studyName));
  const version = await studyInstrument(db, workspaceId, existing, options.instrument);
  const check = await checkFile(db, workspaceId, options.source, version, (done, total) =>
    options.onProgress?.("checking", done, total),
  );

  if (existing && !options.again) {
    const earlier = await findImportBatch(db, workspaceId, existing.id, check.sha256);
    if (earlier) {
      throw new RapportError(
        "already_imported",
        `This file was already imported into "${existing.name}" on ${earlier.imported_on} (${earlier.respondents} respondents). Nothing was written. To import it a second time, add --again.`,
      );
    }
  }

  return db.transaction(async (tx) => {
    const study =
      existing ??
      (await insertStudy(tx, workspaceId, {
        name: studyName,
        key: nameKey(studyName),
        instrumentVersionId: version.id,
        description: options.description ?? "",
        minGroupSize: options.minGroupSize ?? 5,
      }));
    const places = await preparePlaces(tx, workspaceId, study, check.orgs);
    const sha256 = await writeRows(
      tx,
      workspaceId,
      options.source,
      (done, total) => options.onProgress?.("writing", done, total),
      check.plan,
      places,
      options.today ?? today(),
    );
    if (sha256 !== check.sha256) {
      throw new RapportError(
        "file_changed",
        "The file changed while it was being imported, so nothing was written. Try again once it is saved.",
      );
    }
    await insertImportBatch(tx, workspaceId, study.id, check.sha256, check.respondents);
    return {
      study: study.name,
      respondents: check.respondents,
      organisations: check.orgs.size,
      campaigns: new Set(places.campaignByOrg.values()).size,
    };
  });
}

async function studyInstrument(
  db: Queryable,
  workspaceId: string,
  study: StudyRow | undefined,
  code: string | undefined,
): Promise<InstrumentVersionRow> {
  if (!study) {
    if (!code) {
      throw new RapportError(
        "instrument_required",
        "This study does not exist yet, so say which questionnaire the file answers with --instrument <code> (see rapport instrument list).",
      );
    }
    return getInstrumentVersion(db, workspaceId, code);
  }
  const version = await findVersionById(db, workspaceId, study.instrument_version_id);
  if (!version) throw new Error(`study ${study.id} has no instrument version`);
  if (code && code !== version.code) {
    throw new RapportError(
      "instrument_mismatch",
      `The study "${study.name}" uses the instrument "${version.code}", not "${code}". Leave out --instrument, or import into another study.`,
    );
  }
  return version;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
