import assert from "node:assert/strict";
import type { Database } from "../src/db/database.js";
import { createApp } from "../src/server/app.js";
import { signIn } from "./factories.js";
import { escapeHtml, unsafeMarkup, wellFormed, XSS_PAYLOADS } from "./xss-payloads.js";

/**
 * The shared set-up of the XSS tests (xss.test.tsx and xss-answers.test.tsx): one fixture per
 * payload that the forms fill in step by step, requests as the signed-in analyst, and
 * Findings, which scans each page and export and gathers every problem of a test so it fails
 * once with the whole list.
 */

export interface Fixture {
  index: number;
  payload: string;
  orgId?: string;
  orgName?: string;
  /** The group respondents pick: added and renamed through the forms. */
  groupId?: string;
  groupName?: string;
  code?: string;
  /** The questionnaire's texts as stored (what the pages should show, escaped). */
  texts?: { title: string; item: string; label: string; help: string };
  campaignId?: string;
  /** The campaign's name, sponsor and purpose as sent (one text for all three). */
  campaignText?: string;
  token?: string;
  /** Written answers and notes stored through the link and the interview. */
  written: string[];
}

export type Post = (
  path: string,
  body: URLSearchParams | FormData,
  who?: string | null,
) => Promise<Response>;
export type Get = (path: string, who?: string | null) => Promise<Response>;

/** A database, the app on it, a signed-in analyst, and one fixture per payload. */
export interface XssKit {
  db: Database;
  workspaceId: string;
  fixtures: Fixture[];
  /** As the signed-in analyst; pass null to send without a session (a respondent). */
  post: Post;
  get: Get;
}

/** Signs in an analyst of the test file's own workspace (setupWorkspace) and makes the kit. */
export async function setupXss(db: Database, workspaceId: string): Promise<XssKit> {
  const app = createApp({ db });
  const cookie = await signIn(app, db);
  const fixtures: Fixture[] = XSS_PAYLOADS.map((payload, index) => ({
    index,
    payload,
    written: [],
  }));
  const FORM_HEADERS = { origin: "http://localhost" };
  const post: Post = async (path, body, who = cookie) =>
    app.request(path, {
      method: "POST",
      body,
      headers: who ? { ...FORM_HEADERS, cookie: who } : FORM_HEADERS,
    });
  const get: Get = async (path, who = cookie) =>
    app.request(path, who ? { headers: { cookie: who } } : {});
  return { db, workspaceId, fixtures, post, get };
}

export function form(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(Object.entries(fields));
}

/** Cuts a text to a field's limit, as a person pasting into it would have to. */
export const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

// PostgreSQL text holds neither NUL nor half of a surrogate pair.
export const storable = (text: string) => wellFormed(text.replace(/\u0000/g, ""));

export const idIn = (res: Response, kind: string) =>
  new RegExp(`^/${kind}/([0-9a-f-]{36})`).exec(res.headers.get("location") ?? "")?.[1];

/** What one test found, reported all at once at its end. */
export class Findings {
  readonly list: string[] = [];

  add(where: string, what: string): void {
    this.list.push(`${where}: ${what}`);
  }

  headers(where: string, res: Response): void {
    const csp = res.headers.get("content-security-policy");
    if (!csp) this.add(where, "no Content-Security-Policy header");
    else {
      if (/unsafe-inline|unsafe-eval/.test(csp)) this.add(where, `a weak policy: ${csp}`);
      if (!/default-src 'none'/.test(csp) || !/script-src 'self'/.test(csp))
        this.add(where, `a policy that allows more than Rapport's own files: ${csp}`);
    }
    if (res.headers.get("x-content-type-options") !== "nosniff")
      this.add(where, "no X-Content-Type-Options: nosniff");
  }

  /**
   * Checks an HTML answer: its status, its headers, no markup from the given payloads, and
   * each text in `shown` present in escaped form (proof that the page really showed it).
   */
  async page(
    where: string,
    res: Response,
    status: number,
    payloads: readonly string[],
    shown: readonly string[] = [],
  ): Promise<string> {
    this.headers(where, res);
    const html = await res.text();
    if (res.status !== status) this.add(where, `status ${res.status}, expected ${status}`);
    if (res.status >= 300 && res.status < 400) return html;
    if (!/^text\/html/.test(res.headers.get("content-type") ?? ""))
      this.add(where, `content type ${res.headers.get("content-type")}`);
    for (const problem of unsafeMarkup(html, payloads)) this.add(where, problem);
    // Marked words in written answers are split by <mark>; the text between is what counts.
    const text = html.replace(/<mark[^>]*>|<\/mark>/g, "");
    for (const expected of shown) {
      if (expected !== "" && !text.includes(escapeHtml(wellFormed(expected))))
        this.add(where, `does not show ${JSON.stringify(expected.slice(0, 60))} (escaped)`);
    }
    return html;
  }

  /**
   * Sends a form built from one text and checks the page that comes back. Text PostgreSQL
   * cannot hold (NUL, half a surrogate pair) is sent again made storable if it caused a server
   * error: that error has its own test at the end, and the pages after it still need checking.
   */
  async send(
    where: string,
    payload: string,
    text: string,
    build: (text: string) => Promise<Response>,
    status: number,
    shown: (text: string) => string[] = () => [],
  ): Promise<{ res: Response; text: string }> {
    let res = await build(text);
    if (res.status >= 500 && storable(text) !== text) {
      await res.text();
      text = storable(text);
      res = await build(text);
    }
    await this.page(where, res, status, [payload], shown(text));
    // What the server received: forms cannot carry half a surrogate pair.
    return { res, text: wellFormed(text) };
  }

  assertNone(): void {
    assert.equal(this.list.length, 0, `${this.list.length} findings:\n${this.list.join("\n")}`);
  }
}
