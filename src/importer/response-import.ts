import { createHash, randomUUID } from "node:crypto";
import { findStudyCampaigns, insertCampaign } from "../campaign/campaign.repository.js";
import type { Database, Queryable } from "../db/database.js";
import { type ErrorDetail, RapportError } from "../errors.js";
import { itemsOf } from "../instrument/instrument.js";
import { findVersionById, type InstrumentVersionRow } from "../instrument/instrument.repository.js";
import { getInstrumentVersion } from "../instrument/instrument.service.js";
import { cleanName, nameKey } from "../organisation/organisation.js";
import {
  fillOrganisationAttributes,
  insertGroup,
  insertOrganisation,
  listGroups,
  listOrganisations,
} from "../organisation/organisation.repository.js";
import { insertResponseBatch, type ResponseBatch } from "../response/response.repository.js";
import {
  findImportBatch,
  findStudyByKey,
  insertImportBatch,
  insertStudy,
  type StudyRow,
} from "../study/study.repository.js";
import { type ColumnPlan, planColumns } from "./import-columns.js";
import { type ImportedRow, isBlank, readRow } from "./import-row.js";
import type { RowSource } from "./row-source.js";

/**
 * Imports a researcher's existing answers: one CSV row per respondent, into a study of many
 * organisations. The file is read twice: once to check every row (nothing is written unless
 * the whole file is valid), once to write it in a single transaction. Both passes stream, so
 * a file of any length needs little memory.
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

export const MAX_REPORTED_ERRORS = 20;
const BATCH_ROWS = 2000;

interface OrgFacts {
  name: string;
  sector: string | null;
  sectorLine: number;
  sizeBand: string | null;
  sizeLine: number;
  groups: Map<string, string>;
}

interface CheckResult {
  plan: ColumnPlan;
  respondents: number;
  orgs: Map<string, OrgFacts>;
  sha256: string;
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
  const check = await checkFile(db, workspaceId, options, version);

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
      options,
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

async function checkFile(
  db: Queryable,
  workspaceId: string,
  options: ImportOptions,
  version: InstrumentVersionRow,
): Promise<CheckResult> {
  const hash = createHash("sha256");
  const errors: ErrorDetail[] = [];
  const known = new Map((await listOrganisations(db, workspaceId)).map((o) => [o.name_key, o]));
  const orgs = new Map<string, OrgFacts>();
  const ids = new Map<string, number>();
  let plan: ColumnPlan | undefined;
  let respondents = 0;

  const rows = options.source.read(hash, (read, total) =>
    options.onProgress?.("checking", read, total),
  );
  for await (const { line, fields } of rows) {
    if (isBlank(fields)) continue;
    if (!plan) {
      const planned = planColumns(fields, itemsOf(version.definition));
      errors.push(...planned.errors);
      if (!planned.usable) throw invalidFile(errors.slice(0, MAX_REPORTED_ERRORS), version);
      plan = planned.plan;
      continue;
    }
    const row = readRow(plan, line, fields);
    if (Array.isArray(row)) errors.push(...row);
    else {
      respondents++;
      errors.push(...checkConsistency(row, orgs, known, ids));
    }
    if (errors.length >= MAX_REPORTED_ERRORS) break;
  }
  if (errors.length > 0) throw invalidFile(errors.slice(0, MAX_REPORTED_ERRORS), version);
  if (!plan)
    throw new RapportError(
      "empty_file",
      "The file is empty. It needs a header row and one row per respondent.",
    );
  if (respondents === 0)
    throw new RapportError(
      "no_rows",
      "The file has a header but no respondents. Add one row per respondent.",
    );
  return { plan, respondents, orgs, sha256: hash.digest("hex") };
}

function checkConsistency(
  row: ImportedRow,
  orgs: Map<string, OrgFacts>,
  known: Map<string, { sector: string | null; size_band: string | null; name: string }>,
  ids: Map<string, number>,
): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const { line } = row;
  if (row.respondentId !== undefined) {
    const first = ids.get(row.respondentId);
    if (first !== undefined) {
      errors.push({
        line,
        column: "respondent_id",
        message: `The respondent_id "${row.respondentId.slice(0, 40)}" is also on line ${first}. Each respondent must appear once.`,
      });
    } else ids.set(row.respondentId, line);
  }
  let facts = orgs.get(row.organisationKey);
  if (!facts) {
    const stored = known.get(row.organisationKey);
    facts = {
      name: stored?.name ?? row.organisation,
      sector: stored?.sector ?? null,
      sectorLine: stored?.sector ? 0 : -1,
      sizeBand: stored?.size_band ?? null,
      sizeLine: stored?.size_band ? 0 : -1,
      groups: new Map(),
    };
    orgs.set(row.organisationKey, facts);
  }
  if (row.sector !== null) {
    if (facts.sector === null) [facts.sector, facts.sectorLine] = [row.sector, line];
    else if (facts.sector !== row.sector)
      errors.push(conflict(line, "sector", facts.name, row.sector, facts.sector, facts.sectorLine));
  }
  if (row.sizeBand !== null) {
    if (facts.sizeBand === null) [facts.sizeBand, facts.sizeLine] = [row.sizeBand, line];
    else if (facts.sizeBand !== row.sizeBand) {
      errors.push(
        conflict(line, "size_band", facts.name, row.sizeBand, facts.sizeBand, facts.sizeLine),
      );
    }
  }
  if (row.group !== null && !facts.groups.has(nameKey(row.group)))
    facts.groups.set(nameKey(row.group), row.group);
  return errors;
}

function conflict(
  line: number,
  column: string,
  org: string,
  value: string,
  before: string,
  beforeLine: number,
): ErrorDetail {
  const where = beforeLine === 0 ? "is already stored" : `is given on line ${beforeLine}`;
  return {
    line,
    column,
    message: `"${org}" has ${column} ${value} here, but ${before} ${where}. An organisation has one ${column}: make them agree.`,
  };
}

function invalidFile(errors: ErrorDetail[], version: InstrumentVersionRow): RapportError {
  const more =
    errors.length >= MAX_REPORTED_ERRORS ? ` (showing the first ${MAX_REPORTED_ERRORS})` : "";
  return new RapportError(
    "invalid_file",
    `The file has problems${more}, so nothing was imported. Fix them and run the import again. The file answers "${version.code}" version ${version.version}.`,
    errors,
  );
}

interface Places {
  orgIdByKey: Map<string, string>;
  campaignByOrg: Map<string, string>;
  groupByOrgAndKey: Map<string, string>;
}

async function preparePlaces(
  tx: Queryable,
  workspaceId: string,
  study: StudyRow,
  orgs: Map<string, OrgFacts>,
): Promise<Places> {
  const known = new Map((await listOrganisations(tx, workspaceId)).map((o) => [o.name_key, o]));
  const orgIdByKey = new Map<string, string>();
  for (const [key, facts] of orgs) {
    const stored = known.get(key);
    if (stored) {
      if ((!stored.sector && facts.sector) || (!stored.size_band && facts.sizeBand)) {
        await fillOrganisationAttributes(tx, workspaceId, stored.id, facts.sector, facts.sizeBand);
      }
      orgIdByKey.set(key, stored.id);
    } else {
      const created = await insertOrganisation(tx, workspaceId, {
        name: facts.name,
        nameKey: key,
        sector: facts.sector,
        sizeBand: facts.sizeBand,
      });
      orgIdByKey.set(key, created.id);
    }
  }
  const campaigns = new Map(
    (await findStudyCampaigns(tx, workspaceId, study.id)).map((c) => [c.organisation_id, c.id]),
  );
  const campaignByOrg = new Map<string, string>();
  for (const [key, orgId] of orgIdByKey) {
    let campaignId = campaigns.get(orgId);
    if (!campaignId) {
      campaignId = await insertCampaign(tx, workspaceId, {
        organisationId: orgId,
        studyId: study.id,
        instrumentVersionId: study.instrument_version_id,
        name: `${orgs.get(key)?.name ?? key}: ${study.name}`,
        status: "closed",
        minGroupSize: study.min_group_size,
      });
    }
    campaignByOrg.set(key, campaignId);
  }
  const groupByOrgAndKey = new Map<string, string>();
  const existingGroups = await listGroups(tx, workspaceId, [...orgIdByKey.values()]);
  for (const g of existingGroups)
    groupByOrgAndKey.set(`${g.organisation_id}\u0000${g.name_key}`, g.id);
  for (const [key, facts] of orgs) {
    const orgId = orgIdByKey.get(key) as string;
    for (const [groupKey, groupName] of facts.groups) {
      const slot = `${orgId}\u0000${groupKey}`;
      if (!groupByOrgAndKey.has(slot)) {
        groupByOrgAndKey.set(
          slot,
          (await insertGroup(tx, workspaceId, orgId, groupName, groupKey)).id,
        );
      }
    }
  }
  return { orgIdByKey, campaignByOrg, groupByOrgAndKey };
}

async function writeRows(
  tx: Queryable,
  workspaceId: string,
  options: ImportOptions,
  plan: ColumnPlan,
  places: Places,
  submittedOn: string,
): Promise<string> {
  const hash = createHash("sha256");
  let batch: ResponseBatch = { responses: [], answers: [], openAnswers: [] };
  let header = true;
  const flush = async () => {
    await insertResponseBatch(tx, workspaceId, "import", submittedOn, batch);
    batch = { responses: [], answers: [], openAnswers: [] };
  };
  const rows = options.source.read(hash, (read, total) =>
    options.onProgress?.("writing", read, total),
  );
  for await (const { line, fields } of rows) {
    if (isBlank(fields)) continue;
    if (header) {
      header = false;
      continue;
    }
    const row = readRow(plan, line, fields);
    if (Array.isArray(row)) {
      throw new RapportError(
        "file_changed",
        "The file changed while it was being imported, so nothing was written. Try again once it is saved.",
      );
    }
    addRow(batch, row, places);
    if (batch.responses.length >= BATCH_ROWS) await flush();
  }
  await flush();
  return hash.digest("hex");
}

function addRow(batch: ResponseBatch, row: ImportedRow, places: Places): void {
  const orgId = places.orgIdByKey.get(row.organisationKey) as string;
  const campaignId = places.campaignByOrg.get(row.organisationKey) as string;
  // A random id, not a sequence: the order of rows in the file leaves no trace.
  const responseId = randomUUID();
  const groupId =
    row.group === null
      ? null
      : (places.groupByOrgAndKey.get(`${orgId}\u0000${nameKey(row.group)}`) ?? null);
  batch.responses.push({ id: responseId, campaignId, community: row.community, groupId });
  for (const { itemCode, value } of row.answers) {
    if (value.kind === "text") {
      batch.openAnswers.push({ responseId, campaignId, itemCode, body: value.body });
      continue;
    }
    batch.answers.push({
      responseId,
      campaignId,
      itemCode,
      choice: value.kind === "choice" ? value.choice : null,
      choices: value.kind === "choices" ? value.choices : null,
      number: value.kind === "number" ? value.number : null,
    });
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
