import { type Context, Hono } from "hono";
import type { Database } from "../db/database.js";
import { attempt, type FormProblem, formFields } from "../server/form-input.js";
import { ForbiddenPage, NotFoundPage } from "../server/pages/home.js";
import type { AccountEnv } from "./account.routes.js";
import { type NewAccountForm, UserListPage, UserPage } from "./admin-pages.js";
import { canAdminister } from "./roles.js";
import {
  addAccount,
  changeRole,
  listAccounts,
  removeAccount,
  setOrganisationAccess,
} from "./user-admin.service.js";

const SAVED: Record<string, string> = {
  added: "The account was added. The person can sign in with the password you chose.",
  removed:
    "The account was removed. That person is signed out and their API tokens no longer work.",
  role: "The role was changed. It applies from the person's next page.",
  granted: "Access was given. The viewer now sees that organisation's reports.",
  revoked: "Access was taken back. The viewer no longer sees that organisation's reports.",
};

/**
 * People and access, for administrators only: everyone else gets the kind refusal page. Each
 * change is a plain form (the app's Origin check guards it), then a redirect with a notice.
 */
export function adminRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();
  app.use("/admin/*", async (c, next) => {
    if (!canAdminister(c.get("user").role)) return c.html(<ForbiddenPage need="admin" />, 403);
    await next();
  });

  const listPage = async (
    c: Context<AccountEnv>,
    extra: Partial<Parameters<typeof UserListPage>[0]> = {},
  ) => {
    const user = c.get("user");
    const { accounts } = await listAccounts(db, user.workspace_id);
    return (
      <UserListPage
        user={user.email}
        selfId={user.id}
        accounts={accounts}
        saved={SAVED[c.req.query("saved") ?? ""]}
        {...extra}
      />
    );
  };

  app.get("/admin/users", async (c) => c.html(await listPage(c)));

  app.post("/admin/users", async (c) => {
    const user = c.get("user");
    const form = await formFields(c);
    const result = await attempt(() =>
      addAccount(db, user.workspace_id, {
        email: form.email ?? "",
        role: form.role ?? "",
        password: form.password,
      }),
    );
    if (!result.ok) {
      const values = { email: form.email ?? "", role: form.role ?? "" };
      const problem: NewAccountForm = { values, errors: result.errors, message: result.message };
      return c.html(await listPage(c, problem), result.status);
    }
    const { account, password } = result.value;
    if (password === undefined) return c.redirect("/admin/users?saved=added", 303);
    // The only page that ever holds this password: no cache may keep a copy.
    c.header("Cache-Control", "no-store");
    return c.html(await listPage(c, { created: { email: account.email, password } }), 201);
  });

  const userPage = async (
    c: Context<AccountEnv>,
    extra: { message?: string; errors?: FormProblem["errors"] } = {},
  ) => {
    const user = c.get("user");
    const { accounts, organisations } = await listAccounts(db, user.workspace_id);
    const account = accounts.find((a) => a.id === c.req.param("id"));
    if (!account) return undefined;
    return (
      <UserPage
        user={user.email}
        self={account.id === user.id}
        account={account}
        granted={account.granted}
        organisations={organisations}
        saved={SAVED[c.req.query("saved") ?? ""]}
        {...extra}
      />
    );
  };

  app.get("/admin/users/:id", async (c) => {
    const page = await userPage(c);
    return page ? c.html(page) : c.html(<NotFoundPage />, 404);
  });

  /** Runs a change to one account, then back to its page, or to the list once it is gone. */
  const change = async (
    c: Context<AccountEnv>,
    run: () => Promise<unknown>,
    saved: string,
    then?: string,
  ) => {
    const result = await attempt(run);
    if (result.ok)
      return c.redirect(`${then ?? `/admin/users/${c.req.param("id")}`}?saved=${saved}`, 303);
    const page =
      result.status === 404 && result.errors.organisation === undefined
        ? undefined
        : await userPage(c, { message: result.message, errors: result.errors });
    return page ? c.html(page, result.status) : c.html(<NotFoundPage />, 404);
  };

  app.post("/admin/users/:id/role", async (c) => {
    const user = c.get("user");
    const form = await formFields(c);
    return change(
      c,
      () => changeRole(db, user.workspace_id, c.req.param("id"), form.role ?? "", user.id),
      "role",
    );
  });

  app.post("/admin/users/:id/grants", async (c) => {
    const user = c.get("user");
    const form = await formFields(c);
    return change(
      c,
      () =>
        setOrganisationAccess(
          db,
          user.workspace_id,
          c.req.param("id"),
          form.organisation ?? "",
          "grant",
        ),
      "granted",
    );
  });

  app.post("/admin/users/:id/grants/:organisationId/revoke", async (c) => {
    const user = c.get("user");
    return change(
      c,
      () =>
        setOrganisationAccess(
          db,
          user.workspace_id,
          c.req.param("id"),
          c.req.param("organisationId"),
          "revoke",
        ),
      "revoked",
    );
  });

  app.post("/admin/users/:id/remove", async (c) => {
    const user = c.get("user");
    const form = await formFields(c);
    if (form.confirm !== "yes") {
      const page = await userPage(c, {
        message: "Tick the box to confirm, then press the button again.",
      });
      return page ? c.html(page, 400) : c.html(<NotFoundPage />, 404);
    }
    return change(
      c,
      () => removeAccount(db, user.workspace_id, c.req.param("id"), user.id),
      "removed",
      "/admin/users",
    );
  });

  return app;
}
