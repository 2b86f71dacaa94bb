import { raw } from "hono/html";
import type { Child } from "hono/jsx";

export function Layout(props: { title: string; children: Child }) {
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
          </header>
          <main>{props.children}</main>
        </body>
      </html>
    </>
  );
}
