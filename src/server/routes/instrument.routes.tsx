import { Hono } from "hono";
import type { AccountEnv } from "../../account/account.routes.js";
import type { Database } from "../../db/database.js";
import { RapportError } from "../../errors.js";
import { findLatestVersion, listVersions } from "../../instrument/instrument.repository.js";
import {
  addInstrument,
  getInstrumentVersion,
  listInstruments,
} from "../../instrument/instrument.service.js";
import { applyEdits, editorPathFor } from "../../instrument/instrument-editor.js";
import { storable, storableText } from "../../storable.js";
import { readDocument } from "../../worksystem/document.js";
import { attempt, formFields } from "../form-input.js";
import { NotFoundPage } from "../pages/home.js";
import { EditInstrumentPage } from "../pages/instrument-editor-page.js";
import {
  InstrumentListPage,
  InstrumentPage,
  NewInstrumentPage,
} from "../pages/instrument-pages.js";

const CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const MAX_DEFINITION_BYTES = 512 * 1024;

/** Questionnaires: list, read, add from JSON, and change the wording into a new version. */
export function instrumentRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();

  app.get("/instruments", async (c) => {
    const user = c.get("user");
    return c.html(
      <InstrumentListPage
        user={user.email}
        instruments={await listInstruments(db, user.workspace_id)}
      />,
    );
  });

  app.get("/instruments/new", (c) => c.html(<NewInstrumentPage user={c.get("user").email} />));

  app.post("/instruments", async (c) => {
    const user = c.get("user");
    const body = await c.req.parseBody();
    const file = body.file;
    const pasted = typeof body.definition === "string" ? body.definition : "";
    const text = storableText(file instanceof File && file.size > 0 ? await file.text() : pasted);
    const result = await attempt(async () => {
      if (text.length > MAX_DEFINITION_BYTES) {
        throw new RapportError(
          "too_large",
          "This definition is larger than 512 KB. Split it into smaller questionnaires.",
        );
      }
      const data = storable(readDocument(text, "json", "invalid_json", "questionnaire"));
      if (data === undefined) {
        throw new RapportError(
          "invalid_instrument",
          "Paste the questionnaire's JSON definition in the box, or choose a file.",
        );
      }
      return addInstrument(db, user.workspace_id, data);
    });
    if (result.ok) {
      const { code, version, created } = result.value;
      return c.redirect(
        `/instruments/${code}?version=${version}&saved=${created ? "added" : "same"}`,
        303,
      );
    }
    return c.html(
      <NewInstrumentPage
        user={user.email}
        text={text.slice(0, MAX_DEFINITION_BYTES)}
        message={result.message}
        details={result.details}
      />,
      result.status,
    );
  });

  const load = async (workspaceId: string, code: string, version?: number) => {
    if (!CODE.test(code))
      throw new RapportError("instrument_not_found", "There is no such questionnaire.");
    return getInstrumentVersion(db, workspaceId, code, version);
  };

  app.get("/instruments/:code", async (c) => {
    const user = c.get("user");
    const code = c.req.param("code");
    const raw = c.req.query("version");
    const version = raw !== undefined && /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
    const found = await attempt(() => load(user.workspace_id, code, version));
    if (!found.ok) return c.html(<NotFoundPage />, 404);
    const saved = {
      added: "The questionnaire was saved as a new version.",
      same: "Nothing changed: this is the same as the latest version.",
    }[c.req.query("saved") ?? ""];
    return c.html(
      <InstrumentPage
        user={user.email}
        code={code}
        version={found.value.version}
        builtin={found.value.builtin}
        definition={found.value.definition}
        versions={await listVersions(db, user.workspace_id, code)}
        saved={saved}
      />,
    );
  });

  app.get("/instruments/:code/definition.json", async (c) => {
    const user = c.get("user");
    const raw = c.req.query("version");
    const version = raw !== undefined && /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
    const found = await attempt(() => load(user.workspace_id, c.req.param("code"), version));
    if (!found.ok) return c.html(<NotFoundPage />, 404);
    c.header(
      "Content-Disposition",
      `attachment; filename="${found.value.code}-v${found.value.version}.json"`,
    );
    return c.body(`${JSON.stringify(found.value.definition, null, 2)}\n`, 200, {
      "Content-Type": "application/json; charset=utf-8",
    });
  });

  app.get("/instruments/:code/edit", async (c) => {
    const user = c.get("user");
    const found = await attempt(() => load(user.workspace_id, c.req.param("code")));
    if (!found.ok) return c.html(<NotFoundPage />, 404);
    return c.html(
      <EditInstrumentPage
        user={user.email}
        code={found.value.code}
        version={found.value.version}
        builtin={found.value.builtin}
        definition={found.value.definition}
      />,
    );
  });

  app.post("/instruments/:code/edit", async (c) => {
    const user = c.get("user");
    const code = c.req.param("code");
    const found = await attempt(() => load(user.workspace_id, code));
    if (!found.ok) return c.html(<NotFoundPage />, 404);
    const current = found.value;
    const form = await formFields(c);
    const result = await attempt(async () => {
      if (Number(form.based_on) !== current.version) {
        throw new RapportError(
          "instrument_changed",
          `Someone saved version ${current.version} while you were editing. Open the editor again to start from it.`,
        );
      }
      const target = (form.code ?? "").trim();
      if (target !== current.code && (await findLatestVersion(db, user.workspace_id, target))) {
        throw new RapportError(
          "instrument_exists",
          `The code ${target} is already used by another questionnaire.`,
          [{ path: "code", message: "Choose a code no other questionnaire uses." }],
        );
      }
      return addInstrument(db, user.workspace_id, applyEdits(current.definition, form));
    });
    if (result.ok) {
      const { code: saved, version, created } = result.value;
      return c.redirect(
        `/instruments/${saved}?version=${version}&saved=${created ? "added" : "same"}`,
        303,
      );
    }
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(result.errors)) {
      errors[editorPathFor(path, current.definition)] ??= message;
    }
    return c.html(
      <EditInstrumentPage
        user={user.email}
        code={current.code}
        version={current.version}
        builtin={current.builtin}
        definition={current.definition}
        values={form}
        errors={errors}
        message={result.message}
      />,
      result.status,
    );
  });

  return app;
}
