import { createHash } from "node:crypto";
import type { Queryable } from "../db/database.js";
import { type ErrorDetail, RapportError } from "../errors.js";
import { itemsOf } from "../instrument/instrument.js";
import type { InstrumentVersionRow } from "../instrument/instrument.repository.js";
import { nameKey } from "../organisation/organisation.js";
import { listOrganisations } from "../organisation/organisation.repository.js";
import { type ColumnPlan, planColumns } from "./import-columns.js";
import { type ImportedRow, isBlank, readRow } from "./import-row.js";
import type { RowSource } from "./row-source.js";

/**
 * The first pass of an import: read every row, check it and what it says about its
 * organisation, and remember only what the second pass needs (no rows are kept).
 */
export const MAX_REPORTED_ERRORS = 20;

export interface OrgFacts {
  name: string;
  sector: string | null;
  sectorLine: number;
  sizeBand: string | null;
  sizeLine: number;
  groups: Map<string, string>;
}

export interface CheckResult {
  plan: ColumnPlan;
  respondents: number;
  orgs: Map<string, OrgFacts>;
  sha256: string;
}

export async function checkFile(
  db: Queryable,
  workspaceId: string,
  source: RowSource,
  version: InstrumentVersionRow,
  onProgress?: (done: number, total: number) => void,
): Promise<CheckResult> {
  const hash = createHash("sha256");
  const errors: ErrorDetail[] = [];
  const known = new Map((await listOrganisations(db, workspaceId)).map((o) => [o.name_key, o]));
  const orgs = new Map<string, OrgFacts>();
  const ids = new Map<string, number>();
  let plan: ColumnPlan | undefined;
  let respondents = 0;

  const rows = source.read(hash, onProgress);
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
