import { tryGetContext } from "hono/context-storage";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { AccountEnv } from "../account/account.routes.js";

/** The parts of the app a signed-in analyst moves between, in the order of their work. */
export const SECTIONS = [
  { key: "campaigns", href: "/campaigns", label: "Campaigns" },
  { key: "organisations", href: "/organisations", label: "Organisations" },
  { key: "plans", href: "/plans", label: "Action plans" },
  { key: "instruments", href: "/instruments", label: "Questionnaires" },
  { key: "studies", href: "/studies", label: "Studies" },
  { key: "guidelines", href: "/guidelines", label: "Guidelines" },
  { key: "check", href: "/check", label: "Check a message" },
  { key: "users", href: "/admin/users", label: "People", adminOnly: true },
] as const;
export type Section = (typeof SECTIONS)[number]["key"];

/** Whether this request comes from a signed-in administrator (see contextStorage in app.tsx). */
function signedInAdmin(): boolean {
  return tryGetContext<AccountEnv>()?.var.user?.role === "admin";
}

export function Layout(props: {
  title: string;
  children: Child;
  user?: string | undefined;
  /** Shows the analyst's navigation with this part marked as current. */
  section?: Section | undefined;
  /** Viewers read shared reports only, so they get no navigation to the rest. */
  viewer?: boolean;
  /** A page's own stylesheet, after the app's (for example the work-system print layout). */
  stylesheet?: string;
}) {
  // hono/jsx renders elements only; the doctype keeps browsers out of quirks mode.
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} - Rapport`}</title>
          <link rel="stylesheet" href="/static/app.css" />
          {props.stylesheet && <link rel="stylesheet" href={props.stylesheet} />}
        </head>
        <body>
          <a class="skip" href="#content">
            Skip to the content
          </a>
          <header class="top">
            <a href="/" class="brand">
              Rapport
            </a>
            {props.user && !props.viewer && (
              <nav class="sections" aria-label="Main">
                {SECTIONS.filter((s) => !("adminOnly" in s) || signedInAdmin()).map((s) => (
                  <a href={s.href} aria-current={props.section === s.key ? "page" : undefined}>
                    {s.label}
                  </a>
                ))}
              </nav>
            )}
            {props.user && (
              <nav class="account" aria-label="Your account">
                <span class="muted">{props.user}</span>
                <a href="/account/password">Change password</a>
                {!props.viewer && <a href="/account/tokens">API tokens</a>}
                <form method="post" action="/signout">
                  <button type="submit" class="link">
                    Sign out
                  </button>
                </form>
              </nav>
            )}
          </header>
          <main id="content">{props.children}</main>
        </body>
      </html>
    </>
  );
}
