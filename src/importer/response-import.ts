import { findStudyCampaigns } from "../campaign/campaign.repository.js";
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
  /**
   * Which wave of the study the answers are (default 1). A later wave needs the study and its
   * previous wave, and is asked with the same instrument version, so the waves compare.
   */
  wave?: number | undefined;
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
  /** Only for a later wave; a first import reads as it always has. */
  wave?: number;
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
  const wave = options.wave ?? 1;
  if (wave !== 1)
    await checkLaterWave(db, workspaceId, studyName, existing, wave, options.instrument);
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
    const places = await preparePlaces(tx, workspaceId, study, check.orgs, wave);
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
      ...(wave > 1 ? { wave } : {}),
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

/**
 * A later wave only makes sense after the one before it, and only with the questions wave 1
 * asked: a newer version of the instrument may word or code its items differently.
 */
async function checkLaterWave(
  db: Queryable,
  workspaceId: string,
  studyName: string,
  study: StudyRow | undefined,
  wave: number,
  code: string | undefined,
): Promise<void> {
  if (!Number.isInteger(wave) || wave < 1 || wave > 1000) {
    throw new RapportError("bad_wave", "The wave must be a whole number from 1 to 1000.");
  }
  if (!study) {
    throw new RapportError(
      "wave_without_study",
      `There is no study "${studyName}" yet, so there is no earlier wave to follow. Import its first wave without --wave, then this one.`,
    );
  }
  const earlier = await findStudyCampaigns(db, workspaceId, study.id, wave - 1);
  if (earlier.length === 0) {
    throw new RapportError(
      "wave_gap",
      `The study "${study.name}" has no wave ${wave - 1} yet. Import wave ${wave - 1} first, then wave ${wave}.`,
    );
  }
  const first = await findVersionById(db, workspaceId, study.instrument_version_id);
  if (!first) throw new Error(`study ${study.id} has no instrument version`);
  const asked = code ? await getInstrumentVersion(db, workspaceId, code) : first;
  const differs = earlier.some((c) => c.instrument_version_id !== first.id);
  if (asked.id !== first.id || differs) {
    throw new RapportError(
      "wave_version_mismatch",
      `Wave 1 of "${study.name}" was asked with "${first.code}" version ${first.version}, but this import would use version ${asked.version}. Waves compare only with the same questions: leave out --instrument so version ${first.version} is used, or start a new study for the new version.`,
    );
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
