import { raw } from "hono/html";
import type { Child } from "hono/jsx";

/** A plain page for respondents: no analyst navigation, readable on a 360 px phone. */
export function RespondentLayout(props: { title: string; children: Child; script?: boolean }) {
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{props.title}</title>
          <link rel="stylesheet" href="/static/app.css" />
          {props.script && <script src="/static/respondent.js" defer />}
        </head>
        <body class="respondent">
          <main>{props.children}</main>
        </body>
      </html>
    </>
  );
}

const MESSAGES = {
  not_found: {
    title: "This link does not work",
    body: "Please check that you copied the whole link. If it still does not work, ask the person who sent it to you for a new one.",
  },
  used: {
    title: "These answers were already sent",
    body: "This link has been used to send answers, so it cannot be used again. Thank you for taking part.",
  },
  closed: {
    title: "This survey has closed",
    body: "The survey is no longer taking answers. Thank you for your interest.",
  },
  not_open: {
    title: "This survey has not started yet",
    body: "The survey is not open yet. Please try the same link again later.",
  },
  declined: {
    title: "Thank you",
    body: "You chose not to take part, and that is fine. Nothing you did here was kept. You can close this page.",
  },
  saved: {
    title: "Your answers are saved",
    body: "You can carry on later: open the same link again and you will start where you stopped.",
  },
  too_many: {
    title: "Please wait a few minutes",
    body: "Many links that do not work were opened from your network in a short time. To keep every survey safe, we pause link checks for a while. Please wait {minutes} minutes, then open your link again.",
  },
  thanks: {
    title: "Thank you for your answers",
    body: "Your answers were sent. They are kept without your name and are only shown in groups of several people. You can close this page.",
  },
} as const;

export type InfoKind = keyof typeof MESSAGES;

/** minutes fills in the wait on the too_many page. */
export function InfoPage(props: { kind: InfoKind; resumeHref?: string; minutes?: number }) {
  const message = MESSAGES[props.kind];
  return (
    <RespondentLayout title={message.title}>
      <h1>{message.title}</h1>
      <p>{message.body.replace("{minutes}", String(props.minutes ?? 10))}</p>
      {props.resumeHref && (
        <p>
          <a href={props.resumeHref}>Carry on now</a>
        </p>
      )}
    </RespondentLayout>
  );
}

export const RESPONDENT_TEXTS = Object.values(MESSAGES).flatMap((m) => [
  m.title,
  m.body.replace("{minutes}", "10"),
]);
