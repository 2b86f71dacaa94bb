import type { Context } from "hono";
import { Hono } from "hono";
import { listGrantedOrganisationIds } from "../../account/account.repository.js";
import type { AccountEnv } from "../../account/account.routes.js";
import { canAnalyse } from "../../account/roles.js";
import type { Database } from "../../db/database.js";
import { isRapportError, RapportError } from "../../errors.js";
import { storableText } from "../../storable.js";
import { type DocumentFormat, formatOfPath } from "../../worksystem/document.js";
import {
  addWorkaround,
  getWorkSystem,
  importWorkSystemFiles,
  listWorkSystems,
  recordPhase,
  saveWorkSystem,
} from "../../worksystem/worksystem.service.js";
import {
  formErrors,
  formOfWorkSystem,
  workSystemFromForm,
} from "../../worksystem/worksystem-form.js";
import { formatWorkSystemFile } from "../../worksystem/worksystem-io.js";
import {
  assessmentSheet,
  organisationOfWorkSystem,
  saveAssessment,
  workSystemById,
} from "../../worksystem/worksystem-web.service.js";
import { attempt, formFields, problemOf } from "../form-input.js";
import { NotFoundPage } from "../pages/home.js";
import { AssessPage } from "../pages/worksystem-assess.js";
import { WorkSystemFormPage, WorkSystemListPage } from "../pages/worksystem-pages.js";
import { SnapshotPage } from "../pages/worksystem-snapshot.js";
import { findingsPage } from "./worksystem-findings.routes.js";

const SAVED: Record<string, string> = {
  created: "The work system was added. Rate it against the guidelines when you are ready.",
  changed: "The changes were saved.",
  phase: "The change of state was recorded.",
  workaround: "The workaround was noted.",
  rated: "The ratings were saved.",
  unchanged: "Nothing had changed, so nothing new was saved.",
};

const saved = (c: Context) => SAVED[c.req.query("saved") ?? ""];

// recordPhase and addWorkaround explain problems in one sentence; these put it beside its field.
const FIELD_OF_ERROR: Record<string, string> = {
  bad_phase: "to",
  same_phase: "to",
  phase_date_order: "on",
  note_too_long: "note",
  bad_workaround: "description",
  bad_element: "element",
  workaround_needs_element: "element",
  guideline_not_found: "guideline",
};

/**
 * What a viewer granted the organisation may also read: a work system's snapshot (and its
 * file) and the organisation's findings. Anything else, or another workspace's id, is not found.
 */
export function worksystemReadRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();
  const mayRead = async (c: Context<AccountEnv>, organisationId: string) => {
    const user = c.get("user");
    if (canAnalyse(user.role)) return true;
    return (await listGrantedOrganisationIds(db, user.workspace_id, user.id)).includes(
      organisationId,
    );
  };

  app.get("/work-systems/:id", async (c) => {
    const user = c.get("user");
    const found = await attempt(() => workSystemById(db, user.workspace_id, c.req.param("id")));
    if (!found.ok || !(await mayRead(c, found.value.organisation.id)))
      return c.html(<NotFoundPage />, 404);
    return c.html(
      <SnapshotPage
        user={user.email}
        ws={found.value}
        analyst={canAnalyse(user.role)}
        saved={saved(c)}
      />,
    );
  });

  app.get("/work-systems/:id/download", async (c) => {
    const user = c.get("user");
    const found = await attempt(() => workSystemById(db, user.workspace_id, c.req.param("id")));
    if (!found.ok || !(await mayRead(c, found.value.organisation.id)))
      return c.html(<NotFoundPage />, 404);
    const format: DocumentFormat = c.req.query("format") === "json" ? "json" : "yaml";
    const file =
      found.value.model.name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") ||
      "work-system";
    return c.body(formatWorkSystemFile(found.value.model, format), 200, {
      "Content-Type":
        format === "json" ? "application/json; charset=utf-8" : "application/yaml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}.${format === "json" ? "json" : "yaml"}"`,
    });
  });

  app.get("/organisations/:id/findings", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    if (!(await mayRead(c, id))) return c.html(<NotFoundPage />, 404);
    const page = await attempt(() => findingsPage(db, user, id, c.req.query()));
    return page.ok ? c.html(page.value) : c.html(<NotFoundPage />, 404);
  });
  return app;
}

/** Reads an uploaded file, or the pasted text when no file was chosen. */
async function uploaded(
  c: Context,
): Promise<{ name: string; text: string; format: DocumentFormat; pasted: string }> {
  const body = await c.req.parseBody();
  const pasted = typeof body.text === "string" ? storableText(body.text) : "";
  const file = body.file;
  if (file instanceof File && file.size > 0) {
    return {
      name: file.name,
      text: storableText(await file.text()),
      format: formatOfPath(file.name),
      pasted,
    };
  }
  if (pasted.trim() === "")
    throw new RapportError("no_file", "Choose a file, or paste the text of one, then try again.");
  return {
    name: "the pasted text",
    text: pasted,
    format: pasted.trim().startsWith("{") ? "json" : "yaml",
    pasted,
  };
}

/** Work systems for analysts: list, describe, change, load from a file, record, assess. */
export function worksystemRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();

  const listPage = async (
    c: Context<AccountEnv>,
    extra: Partial<Parameters<typeof WorkSystemListPage>[0]> = {},
  ) => {
    const user = c.get("user");
    const { organisation, work_systems } = await listWorkSystems(
      db,
      user.workspace_id,
      c.req.param("id") ?? "",
    );
    return (
      <WorkSystemListPage
        user={user.email}
        organisation={organisation}
        workSystems={work_systems}
        saved={saved(c)}
        {...extra}
      />
    );
  };
  const organisationOf = async (c: Context<AccountEnv>) =>
    (await listWorkSystems(db, c.get("user").workspace_id, c.req.param("id") ?? "")).organisation;

  app.get("/organisations/:id/work-systems", async (c) => {
    const page = await attempt(() => listPage(c));
    return page.ok ? c.html(page.value) : c.html(<NotFoundPage />, 404);
  });

  app.get("/organisations/:id/work-systems/new", async (c) => {
    const org = await attempt(() => organisationOf(c));
    if (!org.ok) return c.html(<NotFoundPage />, 404);
    return c.html(
      <WorkSystemFormPage user={c.get("user").email} organisation={org.value} values={{}} />,
    );
  });

  app.post("/organisations/:id/work-systems", async (c) => {
    const user = c.get("user");
    const org = await attempt(() => organisationOf(c));
    if (!org.ok) return c.html(<NotFoundPage />, 404);
    const form = await formFields(c);
    const { input, where } = workSystemFromForm(form);
    const result = await attempt(() =>
      saveWorkSystem(db, user.workspace_id, org.value.id, input, { mustBeNew: true }),
    );
    if (result.ok)
      return c.redirect(`/work-systems/${result.value.work_system.id}?saved=created`, 303);
    return c.html(
      <WorkSystemFormPage
        user={user.email}
        organisation={org.value}
        values={form}
        errors={formErrors(result.details, where)}
        message={result.message}
      />,
      result.status,
    );
  });

  app.post("/organisations/:id/work-systems/import", async (c) => {
    const user = c.get("user");
    const org = await attempt(() => organisationOf(c));
    if (!org.ok) return c.html(<NotFoundPage />, 404);
    let pasted = "";
    const result = await attempt(async () => {
      const file = await uploaded(c);
      pasted = file.pasted;
      return importWorkSystemFiles(db, user.workspace_id, org.value.id, [file]);
    });
    if (result.ok) {
      const [one] = result.value;
      if (result.value.length === 1 && one)
        return c.redirect(
          `/work-systems/${one.work_system.id}?saved=${one.created ? "created" : "changed"}`,
          303,
        );
      return c.redirect(`/organisations/${org.value.id}/work-systems?saved=changed`, 303);
    }
    return c.html(
      await listPage(c, { importMessage: result.message, importDetails: result.details, pasted }),
      result.status,
    );
  });

  app.get("/work-systems/:id/edit", async (c) => {
    const user = c.get("user");
    const found = await attempt(() => workSystemById(db, user.workspace_id, c.req.param("id")));
    if (!found.ok) return c.html(<NotFoundPage />, 404);
    const ws = found.value;
    return c.html(
      <WorkSystemFormPage
        user={user.email}
        organisation={ws.organisation}
        id={ws.id}
        values={formOfWorkSystem(ws.model)}
      />,
    );
  });

  app.post("/work-systems/:id/edit", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const found = await attempt(() => workSystemById(db, user.workspace_id, id));
    if (!found.ok) return c.html(<NotFoundPage />, 404);
    const form = await formFields(c);
    const { input, where } = workSystemFromForm(form);
    const result = await attempt(() =>
      saveWorkSystem(db, user.workspace_id, found.value.organisation.id, input, {
        replacing: id,
        phaseNote: "Changed on the work-system form.",
      }),
    );
    if (result.ok) return c.redirect(`/work-systems/${id}?saved=changed`, 303);
    return c.html(
      <WorkSystemFormPage
        user={user.email}
        organisation={found.value.organisation}
        id={id}
        values={form}
        errors={formErrors(result.details, where)}
        message={result.message}
      />,
      result.status,
    );
  });

  const recordOn = (kind: "phase" | "workaround") => async (c: Context<AccountEnv>) => {
    const user = c.get("user");
    const id = c.req.param("id") ?? "";
    const org = await attempt(() => organisationOfWorkSystem(db, user.workspace_id, id));
    if (!org.ok) return c.html(<NotFoundPage />, 404);
    const form = await formFields(c);
    try {
      if (kind === "phase") {
        await recordPhase(db, user.workspace_id, org.value, id, {
          to: form.to ?? "",
          note: form.note,
          on: form.on,
        });
      } else {
        await addWorkaround(db, user.workspace_id, org.value, id, {
          description: form.description ?? "",
          element: form.element,
          guideline: form.guideline,
          noted_on: form.noted_on,
        });
      }
      return c.redirect(`/work-systems/${id}?saved=${kind}`, 303);
    } catch (error) {
      if (!isRapportError(error)) throw error;
      const problem = problemOf(error);
      // An unknown guideline code is a typing slip in the form, not a missing page.
      if (error.code === "guideline_not_found") problem.status = 400;
      if (problem.status === 404) return c.html(<NotFoundPage />, 404);
      const dated = error.code === "bad_date" || error.code === "future_date";
      const field = dated
        ? kind === "phase"
          ? "on"
          : "noted_on"
        : (FIELD_OF_ERROR[error.code] ?? (kind === "phase" ? "to" : "description"));
      const ws = await getWorkSystem(db, user.workspace_id, org.value, id);
      return c.html(
        <SnapshotPage
          user={user.email}
          ws={ws}
          analyst={true}
          form={kind}
          values={form}
          errors={{ [field]: problem.message }}
          message={problem.message}
        />,
        problem.status,
      );
    }
  };
  app.post("/work-systems/:id/phase", recordOn("phase"));
  app.post("/work-systems/:id/workarounds", recordOn("workaround"));

  app.get("/work-systems/:id/assess", async (c) => {
    const user = c.get("user");
    const sheet = await attempt(() => assessmentSheet(db, user.workspace_id, c.req.param("id")));
    if (!sheet.ok) return c.html(<NotFoundPage />, 404);
    return c.html(<AssessPage user={user.email} sheet={sheet.value} saved={saved(c)} />);
  });

  app.post("/work-systems/:id/assess", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const exists = await attempt(() => organisationOfWorkSystem(db, user.workspace_id, id));
    if (!exists.ok) return c.html(<NotFoundPage />, 404);
    const form = await formFields(c);
    const result = await attempt(() => saveAssessment(db, user.workspace_id, id, form));
    if (result.ok)
      return c.redirect(
        `/work-systems/${id}/assess?saved=${result.value.length > 0 ? "rated" : "unchanged"}`,
        303,
      );
    const sheet = await assessmentSheet(db, user.workspace_id, id);
    return c.html(
      <AssessPage
        user={user.email}
        sheet={sheet}
        values={form}
        errors={result.errors}
        message={result.message}
      />,
      result.status,
    );
  });

  return app;
}
