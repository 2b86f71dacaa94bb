import type { Queryable } from "../db/database.js";
import type { InstrumentDefinition } from "./instrument.schema.js";

export interface InstrumentVersionRow {
  id: string;
  instrument_id: string;
  code: string;
  version: number;
  title: string;
  checksum: string;
  builtin: boolean;
  definition: InstrumentDefinition;
  created_at: Date;
}

export interface InstrumentSummaryRow {
  code: string;
  title: string;
  latest_version: number;
  versions: number;
  builtin: boolean;
  campaigns: number;
}

const SELECT_VERSION = `SELECT v.id, v.instrument_id, i.code, v.version, v.title, v.checksum, i.builtin,
    v.definition, v.created_at
  FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id`;

async function selectOneVersion(
  db: Queryable,
  where: string,
  params: unknown[],
): Promise<InstrumentVersionRow | undefined> {
  const [row] = await db.query<InstrumentVersionRow>(
    `${SELECT_VERSION} WHERE ${where} LIMIT 1`,
    params,
  );
  return row;
}

export async function findInstrumentId(
  db: Queryable,
  workspaceId: string,
  code: string,
): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>(
    "SELECT id FROM instrument WHERE workspace_id = $1 AND code = $2",
    [workspaceId, code],
  );
  return row?.id;
}

export async function insertInstrument(
  db: Queryable,
  workspaceId: string,
  code: string,
  builtin: boolean,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO instrument (workspace_id, code, builtin) VALUES ($1, $2, $3)
     ON CONFLICT (workspace_id, code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
    [workspaceId, code, builtin],
  );
  if (!row) throw new Error("insertInstrument returned no row");
  return row.id;
}

export function findLatestVersion(
  db: Queryable,
  workspaceId: string,
  code: string,
): Promise<InstrumentVersionRow | undefined> {
  return selectOneVersion(db, "i.workspace_id = $1 AND i.code = $2 ORDER BY v.version DESC", [
    workspaceId,
    code,
  ]);
}

export function findVersion(
  db: Queryable,
  workspaceId: string,
  code: string,
  version: number,
): Promise<InstrumentVersionRow | undefined> {
  return selectOneVersion(db, "i.workspace_id = $1 AND i.code = $2 AND v.version = $3", [
    workspaceId,
    code,
    version,
  ]);
}

export function findVersionById(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<InstrumentVersionRow | undefined> {
  return selectOneVersion(db, "v.workspace_id = $1 AND v.id = $2", [workspaceId, id]);
}

export async function insertVersion(
  db: Queryable,
  workspaceId: string,
  instrumentId: string,
  version: number,
  definition: InstrumentDefinition,
  checksum: string,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO instrument_version (workspace_id, instrument_id, version, title, definition, checksum)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [workspaceId, instrumentId, version, definition.title, JSON.stringify(definition), checksum],
  );
  if (!row) throw new Error("insertVersion returned no row");
  return row.id;
}

export async function listInstrumentSummaries(
  db: Queryable,
  workspaceId: string,
): Promise<InstrumentSummaryRow[]> {
  return db.query<InstrumentSummaryRow>(
    `SELECT i.code, latest.title, latest.version AS latest_version, counts.versions, i.builtin,
            (SELECT count(*)::int FROM campaign c JOIN instrument_version v ON v.id = c.instrument_version_id
             WHERE v.instrument_id = i.id) AS campaigns
     FROM instrument i
     JOIN LATERAL (SELECT title, version FROM instrument_version WHERE instrument_id = i.id
                   ORDER BY version DESC LIMIT 1) latest ON true
     JOIN LATERAL (SELECT count(*)::int AS versions FROM instrument_version WHERE instrument_id = i.id) counts ON true
     WHERE i.workspace_id = $1
     ORDER BY i.builtin DESC, i.code`,
    [workspaceId],
  );
}

export interface VersionSummaryRow {
  version: number;
  title: string;
  created_on: string;
  campaigns: number;
}

export async function listVersions(
  db: Queryable,
  workspaceId: string,
  code: string,
): Promise<VersionSummaryRow[]> {
  return db.query<VersionSummaryRow>(
    `SELECT v.version, v.title, v.created_at::date AS created_on,
            (SELECT count(*)::int FROM campaign c WHERE c.instrument_version_id = v.id) AS campaigns
     FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
     WHERE i.workspace_id = $1 AND i.code = $2 ORDER BY v.version DESC`,
    [workspaceId, code],
  );
}
