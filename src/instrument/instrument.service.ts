import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { parseOrThrow } from "../validation.js";
import { BUILTIN_INSTRUMENTS } from "./builtin/index.js";
import { checksumOf } from "./instrument.js";
import {
  findInstrumentId,
  findLatestVersion,
  findVersion,
  findVersionById,
  type InstrumentVersionRow,
  insertInstrument,
  insertVersion,
  listInstrumentSummaries,
} from "./instrument.repository.js";
import { type InstrumentDefinition, InstrumentDefinitionSchema } from "./instrument.schema.js";

export interface AddedInstrument {
  code: string;
  version: number;
  /** False when the same definition was already the latest version. */
  created: boolean;
}

/** Validates a definition with every problem named by its JSON path. */
export function parseInstrumentDefinition(input: unknown): InstrumentDefinition {
  return parseOrThrow(InstrumentDefinitionSchema, input, "invalid_instrument", "This instrument");
}

/**
 * Adds a definition as the next version of its instrument. Versions are never edited, so a
 * campaign's answers keep the meaning of the questions it asked; adding the same definition
 * again changes nothing.
 */
export async function addInstrument(
  db: Queryable,
  workspaceId: string,
  input: unknown,
  builtin = false,
): Promise<AddedInstrument> {
  const definition = parseInstrumentDefinition(input);
  const checksum = checksumOf(definition);
  const latest = await findLatestVersion(db, workspaceId, definition.code);
  if (latest?.checksum === checksum)
    return { code: definition.code, version: latest.version, created: false };
  // Built-in questionnaires are refreshed from Rapport's own copy at start-up, which would
  // silently replace an edit: changes go into a copy under a code of the user's own.
  if (latest?.builtin && !builtin) {
    throw new RapportError(
      "instrument_builtin",
      `"${definition.code}" is built into Rapport and cannot be changed. Save your version under a new code, for example ${definition.code}-ours.`,
      [{ path: "code", message: "Choose a new code for your copy." }],
    );
  }
  const instrumentId =
    (await findInstrumentId(db, workspaceId, definition.code)) ??
    (await insertInstrument(db, workspaceId, definition.code, builtin));
  const version = (latest?.version ?? 0) + 1;
  await insertVersion(db, workspaceId, instrumentId, version, definition, checksum);
  return { code: definition.code, version, created: true };
}

export async function ensureBuiltinInstruments(db: Queryable, workspaceId: string): Promise<void> {
  for (const definition of BUILTIN_INSTRUMENTS) {
    const latest = await findLatestVersion(db, workspaceId, definition.code);
    if (latest?.checksum !== checksumOf(definition))
      await addInstrument(db, workspaceId, definition, true);
  }
}

export async function getInstrumentVersion(
  db: Queryable,
  workspaceId: string,
  code: string,
  version?: number,
): Promise<InstrumentVersionRow> {
  const row =
    version === undefined
      ? await findLatestVersion(db, workspaceId, code)
      : await findVersion(db, workspaceId, code, version);
  if (row) return row;
  if (version !== undefined && (await findLatestVersion(db, workspaceId, code))) {
    throw new RapportError(
      "instrument_version_not_found",
      `The instrument "${code}" has no version ${version}. Run "rapport instrument show ${code}" to see its latest version.`,
    );
  }
  const known = (await listInstrumentSummaries(db, workspaceId)).map((s) => s.code);
  throw new RapportError(
    "instrument_not_found",
    `There is no instrument "${code}". Known instruments: ${known.join(", ") || "none yet"}. Add one with "rapport instrument add <file.json>".`,
  );
}

export { listInstrumentSummaries as listInstruments };

// Versions never change once written (a trigger refuses updates), so a copy can be kept for
// the busy answer flow. Bounded so a server with many instruments does not grow without end.
const versionCache = new Map<string, InstrumentVersionRow>();
const VERSION_CACHE_SIZE = 200;

export async function getVersionById(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<InstrumentVersionRow | undefined> {
  const key = `${workspaceId}:${id}`;
  const cached = versionCache.get(key);
  if (cached) return cached;
  const row = await findVersionById(db, workspaceId, id);
  if (row) {
    if (versionCache.size >= VERSION_CACHE_SIZE)
      versionCache.delete(versionCache.keys().next().value as string);
    versionCache.set(key, row);
  }
  return row;
}
