import type { Context } from "hono";
import { Hono } from "hono";
import type { AccountEnv } from "../../account/account.routes.js";
import type { Database } from "../../db/database.js";
import { RapportError } from "../../errors.js";
import { storableText } from "../../storable.js";
import { BUILTIN_CATALOGUE } from "../../worksystem/catalogue/index.js";
import {
  exportCatalogue,
  importCatalogue,
  listCustomGuidelines,
  removeCustomGuideline,
  saveCustomGuideline,
} from "../../worksystem/custom-guideline.service.js";
import { formatOfPath } from "../../worksystem/document.js";
import type { Guideline } from "../../worksystem/guideline.schema.js";
import { isElement, isPlannedPhase } from "../../worksystem/worksystem.js";
import { attempt } from "../form-input.js";
import { NotFoundPage } from "../pages/home.js";
import {
  GuidelineFormPage,
  type GuidelineFormValues,
  GuidelinesPage,
} from "../pages/worksystem-guidelines.js";

const SAVED: Record<string, string> = {
  added: "The guideline was added. It now appears on every assessment page.",
  changed: "The guideline was saved.",
  removed:
    "The guideline was removed. Its earlier ratings are kept and return if you add it again.",
  imported: "The catalogue was loaded.",
};

async function guidelineForm(c: Context): Promise<GuidelineFormValues> {
  const body = await c.req.parseBody({ all: true });
  const text = (name: string) => {
    const value = body[name];
    const one = Array.isArray(value) ? value[0] : value;
    return typeof one === "string" ? storableText(one) : "";
  };
  const list = (name: string) => {
    const value = body[name];
    const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return all.filter((v): v is string => typeof v === "string").map(storableText);
  };
  return {
    code: text("code"),
    scope: text("scope"),
    statement: text("statement"),
    question: text("question"),
    why: text("why"),
    source: text("source"),
    item_codes: list("item_codes"),
    interventions: list("interventions"),
  };
}

function guidelineInput(v: GuidelineFormValues): Record<string, unknown> {
  const scope = v.scope ?? "";
  return {
    code: (v.code ?? "").trim().toLowerCase(),
    ...(isElement(scope) ? { element: scope } : {}),
    ...(isPlannedPhase(scope) ? { phase: scope } : {}),
    statement: v.statement ?? "",
    question: v.question ?? "",
    why: v.why ?? "",
    item_codes: v.item_codes ?? [],
    interventions: v.interventions ?? [],
    source: (v.source ?? "").trim() || "own",
  };
}

const valuesOf = (g: Guideline): GuidelineFormValues => ({
  ...g,
  scope: g.element ?? g.phase ?? "",
});

/** Schema paths ("item_codes[2]", "phase", the whole guideline) to the form's fields. */
function guidelineErrors(errors: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const top = path.split(/[.[]/)[0] ?? "";
    const field =
      top === "element" || top === "phase" || top === "(top level)" || top === "" ? "scope" : top;
    out[field] ??= message;
  }
  return out;
}

/** The workspace's guideline catalogue: own guidelines added, changed, removed, loaded, saved. */
export function guidelineRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();

  const listPage = async (
    c: Context<AccountEnv>,
    extra: Partial<Parameters<typeof GuidelinesPage>[0]> = {},
  ) => {
    const user = c.get("user");
    return (
      <GuidelinesPage
        user={user.email}
        builtin={BUILTIN_CATALOGUE.guidelines}
        own={await listCustomGuidelines(db, user.workspace_id)}
        saved={SAVED[c.req.query("saved") ?? ""]}
        {...extra}
      />
    );
  };

  app.get("/guidelines", async (c) => c.html(await listPage(c)));
  app.get("/guidelines/new", (c) =>
    c.html(<GuidelineFormPage user={c.get("user").email} values={{}} />),
  );

  app.get("/guidelines/export", async (c) => {
    const format = c.req.query("format") === "json" ? "json" : "yaml";
    const text = await exportCatalogue(db, c.get("user").workspace_id, format);
    return c.body(text, 200, {
      "Content-Type":
        format === "json" ? "application/json; charset=utf-8" : "application/yaml; charset=utf-8",
      "Content-Disposition": `attachment; filename="guidelines.${format}"`,
    });
  });

  app.post("/guidelines/import", async (c) => {
    const user = c.get("user");
    const body = await c.req.parseBody();
    const pasted = typeof body.text === "string" ? storableText(body.text) : "";
    const file = body.file;
    const result = await attempt(async () => {
      if (file instanceof File && file.size > 0)
        return importCatalogue(
          db,
          user.workspace_id,
          storableText(await file.text()),
          formatOfPath(file.name),
        );
      if (pasted.trim() === "")
        throw new RapportError(
          "no_file",
          "Choose a catalogue file, or paste its text, then try again.",
        );
      return importCatalogue(
        db,
        user.workspace_id,
        pasted,
        pasted.trim().startsWith("{") ? "json" : "yaml",
      );
    });
    if (result.ok) return c.redirect("/guidelines?saved=imported", 303);
    return c.html(
      await listPage(c, { importMessage: result.message, importDetails: result.details, pasted }),
      result.status,
    );
  });

  app.post("/guidelines", async (c) => {
    const user = c.get("user");
    const values = await guidelineForm(c);
    const result = await attempt(() =>
      saveCustomGuideline(db, user.workspace_id, guidelineInput(values)),
    );
    if (result.ok) return c.redirect("/guidelines?saved=added", 303);
    return c.html(
      <GuidelineFormPage
        user={user.email}
        values={values}
        errors={guidelineErrors(result.errors)}
        message={result.message}
      />,
      result.status,
    );
  });

  app.get("/guidelines/:code", async (c) => {
    const user = c.get("user");
    const code = c.req.param("code");
    const found = (await listCustomGuidelines(db, user.workspace_id)).find((g) => g.code === code);
    if (!found) return c.html(<NotFoundPage />, 404);
    return c.html(<GuidelineFormPage user={user.email} existing={code} values={valuesOf(found)} />);
  });

  app.post("/guidelines/:code", async (c) => {
    const user = c.get("user");
    const code = c.req.param("code");
    const values = await guidelineForm(c);
    const result = await attempt(() =>
      saveCustomGuideline(db, user.workspace_id, { ...guidelineInput(values), code }, code),
    );
    if (result.ok) return c.redirect("/guidelines?saved=changed", 303);
    if (result.status === 404) return c.html(<NotFoundPage />, 404);
    return c.html(
      <GuidelineFormPage
        user={user.email}
        existing={code}
        values={values}
        errors={guidelineErrors(result.errors)}
        message={result.message}
      />,
      result.status,
    );
  });

  app.post("/guidelines/:code/remove", async (c) => {
    const user = c.get("user");
    const result = await attempt(() =>
      removeCustomGuideline(db, user.workspace_id, c.req.param("code")),
    );
    if (result.ok) return c.redirect("/guidelines?saved=removed", 303);
    if (result.status === 404) return c.html(<NotFoundPage />, 404);
    return c.html(await listPage(c, { importMessage: result.message }), result.status);
  });

  return app;
}
