import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Database } from "../db/database.js";
import { isRapportError } from "../errors.js";
import type { UserRow } from "./account.repository.js";
import {
  changePassword,
  checkSignIn,
  createUser,
  endSession,
  hasAnyUser,
  SESSION_DAYS,
  sessionUser,
  startSession,
} from "./account.service.js";
import { PasswordPage, SetupPage, SignInPage } from "./pages.js";
import { RateLimiter } from "./rate-limit.js";

/**
 * Accounts on the web: first-run set-up (only while no account exists), sign in and out, and
 * password change. Sessions are random ids in an HttpOnly, SameSite cookie; only their hash
 * is stored.
 */
export const SESSION_COOKIE = "rapport_session";

export type AccountEnv = { Variables: { user: UserRow; sessionId: string } };

function setSession(c: Context, id: string): void {
  setCookie(c, SESSION_COOKIE, id, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: c.req.url.startsWith("https:"),
    maxAge: SESSION_DAYS * 24 * 60 * 60,
  });
}

async function field(c: Context, name: string): Promise<string> {
  const body = await c.req.parseBody();
  const value = body[name];
  return typeof value === "string" ? value : "";
}

/** Lets a request through only with a valid session; otherwise to set-up or sign-in. */
export function requireUser(db: Database): MiddlewareHandler<AccountEnv> {
  return async (c, next) => {
    const sessionId = getCookie(c, SESSION_COOKIE);
    const user = await sessionUser(db, sessionId);
    if (!user || !sessionId) {
      if (!(await hasAnyUser(db))) return c.redirect("/setup", 303);
      return c.redirect("/signin", 303);
    }
    c.set("user", user);
    c.set("sessionId", sessionId);
    await next();
  };
}

export function accountRoutes(db: Database, limiter = new RateLimiter(10, 15 * 60 * 1000)): Hono {
  const app = new Hono();

  app.get("/setup", async (c) => {
    if (await hasAnyUser(db)) return c.redirect("/signin", 303);
    return c.html(<SetupPage />);
  });

  app.post("/setup", async (c) => {
    if (await hasAnyUser(db)) return c.redirect("/signin", 303);
    const email = await field(c, "email");
    const password = await field(c, "password");
    try {
      const user = await createUser(db, { email, password, role: "admin" });
      setSession(c, await startSession(db, user.id));
      return c.redirect("/", 303);
    } catch (error) {
      if (!isRapportError(error)) throw error;
      return c.html(<SetupPage problem={error.message} email={email} />, 400);
    }
  });

  app.get("/signin", async (c) => {
    if (!(await hasAnyUser(db))) return c.redirect("/setup", 303);
    return c.html(<SignInPage />);
  });

  app.post("/signin", async (c) => {
    const email = await field(c, "email");
    const password = await field(c, "password");
    const key = `${c.req.header("x-forwarded-for") ?? "local"}|${email.trim().toLowerCase()}`;
    if (limiter.blocked(key)) {
      return c.html(
        <SignInPage
          problem="Too many attempts. Please wait 15 minutes, then try again."
          email={email}
        />,
        429,
      );
    }
    const user = await checkSignIn(db, email, password);
    if (!user) {
      limiter.hit(key);
      return c.html(
        <SignInPage
          problem="That email and password do not match an account. Please check them and try again."
          email={email}
        />,
        401,
      );
    }
    limiter.reset(key);
    setSession(c, await startSession(db, user.id));
    return c.redirect("/", 303);
  });

  app.post("/signout", async (c) => {
    const sessionId = getCookie(c, SESSION_COOKIE);
    if (sessionId) await endSession(db, sessionId);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/signin", 303);
  });

  const account = new Hono<AccountEnv>();
  account.use(requireUser(db));
  account.get("/account/password", (c) => c.html(<PasswordPage email={c.get("user").email} />));
  account.post("/account/password", async (c) => {
    const user = c.get("user");
    const problem = await changePassword(
      db,
      user,
      c.get("sessionId"),
      await field(c, "current"),
      await field(c, "next"),
    );
    if (problem) return c.html(<PasswordPage email={user.email} problem={problem} />, 400);
    return c.html(<PasswordPage email={user.email} done={true} />);
  });
  app.route("/", account);
  return app;
}
