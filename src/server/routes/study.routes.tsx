import { Hono } from "hono";
import type { UserRow } from "../../account/account.repository.js";
import type { AccountEnv } from "../../account/account.routes.js";
import type { Database } from "../../db/database.js";
import { listInstruments } from "../../instrument/instrument.service.js";
import { createStudy } from "../../study/study.service.js";
import { attempt, formFields } from "../form-input.js";
import { NewStudyPage, type StudyFormValues } from "../pages/study-pages.js";

/** Starting a study on the web; the list and each study's report are in app.tsx. */
export function studyRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();

  const newPage = async (
    user: UserRow,
    extra: { values?: StudyFormValues; errors?: Record<string, string>; message?: string } = {},
  ) => (
    <NewStudyPage
      user={user.email}
      instruments={await listInstruments(db, user.workspace_id)}
      {...extra}
    />
  );

  app.get("/studies/new", async (c) => c.html(await newPage(c.get("user"))));

  app.post("/studies", async (c) => {
    const user = c.get("user");
    const form = await formFields(c);
    const size = Number(form.min_group_size || "5");
    const result = await attempt(() =>
      createStudy(db, user.workspace_id, {
        name: form.name ?? "",
        instrument: form.instrument ?? "",
        description: form.description ?? "",
        // A number the form could not read goes through as text, so the schema names it.
        min_group_size: Number.isFinite(size) ? size : (form.min_group_size ?? ""),
      }),
    );
    if (result.ok) return c.redirect(`/studies/${result.value.id}`, 303);
    const errors = { ...result.errors };
    if (result.status === 404) errors.instrument = "Choose a questionnaire from the list.";
    return c.html(
      await newPage(user, { values: form, errors, message: result.message }),
      result.status === 404 ? 400 : result.status,
    );
  });

  return app;
}
