import { raw } from "hono/html";
import type { Child } from "hono/jsx";

export function Layout(props: { title: string; children: Child; user?: string | undefined }) {
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
        </head>
        <body>
          <header class="top">
            <a href="/">Rapport</a>
            {props.user && (
              <nav class="account" aria-label="Your account">
                <span class="muted">{props.user}</span>
                <a href="/account/password">Change password</a>
                <form method="post" action="/signout">
                  <button type="submit" class="link">
                    Sign out
                  </button>
                </form>
              </nav>
            )}
          </header>
          <main>{props.children}</main>
        </body>
      </html>
    </>
  );
}
