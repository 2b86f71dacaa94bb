import { RapportError } from "../errors.js";
import { INSTRUMENT_CODE } from "../instrument/instrument.schema.js";
import {
  addInstrument,
  getInstrumentVersion,
  listInstruments,
} from "../instrument/instrument.service.js";
import {
  AddedInstrumentSchema,
  InstrumentListSchema,
  InstrumentVersionSchema,
} from "./api.schemas.js";
import { type Endpoint, endpoint } from "./endpoint.js";

/** ?version=3: a whole number from 1; anything else is a plain 400 naming the parameter. */
function versionParam(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (/^[1-9][0-9]{0,8}$/.test(raw)) return Number(raw);
  throw new RapportError("bad_version", "The version must be a whole number from 1.", [
    { path: "version", message: "Use a whole number such as 1 or 2, or leave it out." },
  ]);
}

function instrumentCode(raw: string): string {
  if (INSTRUMENT_CODE.test(raw)) return raw;
  throw new RapportError(
    "instrument_not_found",
    "There is no such instrument in this workspace. See the list of instruments for the codes.",
  );
}

/** /instruments: the questionnaires and their versions. */
export const INSTRUMENT_ENDPOINTS: readonly Endpoint[] = [
  endpoint({
    method: "get",
    path: "/instruments",
    operationId: "listInstruments",
    tag: "Instruments",
    summary: "List the instruments (questionnaires)",
    access: "analyst",
    ok: {
      status: 200,
      schema: InstrumentListSchema,
      description: "The instruments, latest versions.",
    },
    errors: [403],
    handle: async ({ db, caller }) => ({
      instruments: await listInstruments(db, caller.workspaceId),
    }),
  }),
  endpoint({
    method: "get",
    path: "/instruments/{code}",
    operationId: "getInstrument",
    tag: "Instruments",
    summary: "One version of an instrument with its definition",
    access: "analyst",
    query: [
      {
        name: "version",
        description: "The version to read; the latest when left out.",
        schema: { type: "integer", minimum: 1 },
      },
    ],
    ok: { status: 200, schema: InstrumentVersionSchema, description: "The instrument version." },
    errors: [400, 403, 404],
    handle: async ({ db, caller, param, query }) => {
      const row = await getInstrumentVersion(
        db,
        caller.workspaceId,
        instrumentCode(param("code")),
        versionParam(query("version")),
      );
      return {
        code: row.code,
        version: row.version,
        title: row.title,
        builtin: row.builtin,
        checksum: row.checksum,
        created_at: new Date(row.created_at).toISOString(),
        definition: row.definition,
      };
    },
  }),
  endpoint({
    method: "post",
    path: "/instruments",
    operationId: "addInstrument",
    tag: "Instruments",
    summary: "Add an instrument, or a new version of one",
    description:
      "The body is the instrument's definition. Versions never change once added; the same definition sent again is not added twice (200, created false).",
    access: "analyst",
    body: "InstrumentDefinition",
    ok: { status: 201, schema: AddedInstrumentSchema, description: "The version that was added." },
    statusOf: (body) => ((body as { created: boolean }).created ? 201 : 200),
    errors: [400, 403, 413, 415],
    handle: async (call) => addInstrument(call.db, call.caller.workspaceId, await call.body()),
  }),
];
