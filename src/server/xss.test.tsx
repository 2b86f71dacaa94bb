import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { addResponses, setupWorkspace, signIn } from "../../test/factories.js";
import {
  checkableForms,
  escapeHtml,
  LONG_PAYLOAD,
  storedForms,
  unsafeMarkup,
  wellFormed,
  XSS_PAYLOADS,
} from "../../test/xss-payloads.js";
import type { Database } from "../db/database.js";
import { cleanName, nameKey } from "../organisation/organisation.js";
import { listGroups } from "../organisation/organisation.repository.js";
import { maskPersonalData } from "../text/mask.js";
import { createApp } from "./app.js";

/**
 * Every place a person can type text that Rapport shows again, fed with the payload corpus:
 * organisation and group names, campaign texts, questionnaire texts, written answers and
 * interview notes, and the message check. Every page and export they appear on is scanned for
 * markup that came from the input, and must carry a strict Content-Security-Policy.
 *
 * Each test gathers all its findings and fails once with the whole list, so one run shows
 * every place that lets a payload through, with the payload's number in XSS_PAYLOADS.
 */
let db: Database;
let workspaceId: string;
let app: ReturnType<typeof createApp>;
let cookie: string;

interface Fixture {
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

const fixtures: Fixture[] = XSS_PAYLOADS.map((payload, index) => ({
  index,
  payload,
  written: [],
}));

const FORM_HEADERS = { origin: "http://localhost" };
const post = async (
  path: string,
  body: URLSearchParams | FormData,
  who: string | null = cookie,
): Promise<Response> =>
  app.request(path, {
    method: "POST",
    body,
    headers: who ? { ...FORM_HEADERS, cookie: who } : FORM_HEADERS,
  });
const get = async (path: string, who: string | null = cookie): Promise<Response> =>
  app.request(path, who ? { headers: { cookie: who } } : {});

function form(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(Object.entries(fields));
}

/** Cuts a text to a field's limit, as a person pasting into it would have to. */
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

// PostgreSQL text holds neither NUL nor half of a surrogate pair.
const storable = (text: string) => wellFormed(text.replace(/\u0000/g, ""));

const idIn = (res: Response, kind: string) =>
  new RegExp(`^/${kind}/([0-9a-f-]{36})`).exec(res.headers.get("location") ?? "")?.[1];

/** What one test found, reported all at once at its end. */
class Findings {
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

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  app = createApp({ db });
  cookie = await signIn(app, db);
});
after(async () => {
  await db.close();
});

describe("the payload corpus and the scanner", () => {
  it("has at least 60 distinct payloads covering the contexts a page has", () => {
    assert.ok(XSS_PAYLOADS.length >= 60, `${XSS_PAYLOADS.length} payloads`);
    assert.equal(new Set(XSS_PAYLOADS).size, XSS_PAYLOADS.length);
    for (const needle of [
      "<script",
      "onerror=",
      "javascript:",
      "<svg",
      "<math",
      "</textarea>",
      "</title>",
      "]]>",
      "<!--",
      "&lt;script&gt;",
      "&#60;",
      "\u2028",
      "\u0000",
      "\uD800",
      "\uFF1C",
      "expression(",
      "<iframe",
      "<template>",
      "<style>",
      '"><',
      "'><",
    ])
      assert.ok(
        XSS_PAYLOADS.some((p) => p.includes(needle)),
        `no payload with ${JSON.stringify(needle)}`,
      );
    assert.ok(LONG_PAYLOAD.length > 4000);
  });

  it("finds every payload written raw and none written escaped, in text and attributes", () => {
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      const safe = [
        `<p>${escapeHtml(payload)}</p>`,
        `<input name="x" value="${escapeHtml(payload)}">`,
        `<textarea id="t">${escapeHtml(payload)}</textarea>`,
        `<title>${escapeHtml(payload)} - Rapport</title>`,
      ];
      for (const html of safe)
        assert.deepEqual(unsafeMarkup(html, [payload]), [], `payload ${index} escaped: ${html}`);
      for (const raw of checkableForms(payload)) {
        assert.notDeepEqual(unsafeMarkup(`<p>${raw}</p>`, [payload]), [], `payload ${index}`);
        assert.notDeepEqual(
          unsafeMarkup(`<input value="${raw}">`, [payload]),
          [],
          `payload ${index}`,
        );
      }
    }
    // Only payloads with nothing to escape, or that are another payload escaped, have no form
    // to look for; the pages are checked for their escaped form instead.
    const unchecked = XSS_PAYLOADS.filter((p) => checkableForms(p).length === 0);
    assert.ok(unchecked.length <= 8, `${unchecked.length} payloads cannot be looked for`);
    for (const p of unchecked)
      assert.ok(
        storedForms(p).length === 0 || storedForms(p).some((f) => f.includes("&")),
        `payload ${JSON.stringify(p)} cannot be looked for`,
      );
    // The structural checks work without knowing the payload.
    assert.notDeepEqual(unsafeMarkup('<a href="java&#x09;script:alert(1)">x</a>', []), []);
    assert.notDeepEqual(unsafeMarkup("<svg/onload=alert(1)>", []), []);
    assert.notDeepEqual(unsafeMarkup("<p>ok</p><script>alert(1)</script>", []), []);
    assert.notDeepEqual(unsafeMarkup('<p style="color:red">x</p>', []), []);
    assert.notDeepEqual(unsafeMarkup("<p>a</p><!-- b", []), []);
    assert.deepEqual(
      unsafeMarkup('<head><script src="/static/respondent.js" defer></script></head>', []),
      [],
    );
  });
});

describe("hostile text through every form, shown on every page", () => {
  it("organisation names and group names (create, add, rename)", async () => {
    const found = new Findings();
    const usedKeys = new Set<string>();
    for (const f of fixtures) {
      const at = `payload ${f.index}`;
      const p = f.payload;
      if (p.length > 200) {
        // Too long for a name: refused beside the field, with what was typed kept, escaped.
        await found.page(
          `${at} POST /organisations (too long)`,
          await post("/organisations", form({ name: p, groups: p })),
          400,
          [p],
          [p],
        );
      }
      // Names are unique per workspace, and several payloads differ only in case or width.
      let name = clip(p, 200);
      if (usedKeys.has(nameKey(storable(name)))) name = clip(`#${f.index} ${p}`, 200);
      usedKeys.add(nameKey(storable(name)));
      const created = await found.send(
        `${at} POST /organisations`,
        p,
        name,
        (text) =>
          post("/organisations", form({ name: text, groups: text, sector: "", size_band: "" })),
        303,
      );
      const orgId = idIn(created.res, "organisations");
      if (!orgId) continue;
      f.orgId = orgId;
      f.orgName = cleanName(created.text);
      // The groups box takes one group a line.
      const lines = created.text
        .split(/\r?\n/)
        .map(cleanName)
        .filter((l) => l !== "");
      await found.page(
        `${at} GET /organisations/:id`,
        await get(`/organisations/${orgId}?saved=created`),
        200,
        [p],
        [f.orgName, ...lines],
      );

      const added = await found.send(
        `${at} POST /organisations/:id/groups`,
        p,
        clip(`+ ${p}`, 200),
        (text) => post(`/organisations/${orgId}/groups`, form({ group: text })),
        303,
      );
      const addedKey = nameKey(added.text);
      const group = (await listGroups(db, workspaceId, [orgId])).find(
        (g) => g.name_key === addedKey,
      );
      if (!group) {
        found.add(at, "the added group is not stored");
        continue;
      }
      const renamed = await found.send(
        `${at} POST /organisations/:id/groups/:groupId`,
        p,
        clip(`~ ${p}`, 200),
        (text) => post(`/organisations/${orgId}/groups/${group.id}`, form({ name: text })),
        303,
      );
      f.groupId = group.id;
      f.groupName = cleanName(renamed.text);
      await found.page(
        `${at} GET /organisations/:id after renaming`,
        await get(`/organisations/${orgId}`),
        200,
        [p],
        [f.groupName],
      );
      // A clash is refused on the page itself, which shows the names again.
      await found.page(
        `${at} POST /organisations/:id/groups (same name again)`,
        await post(`/organisations/${orgId}/groups`, form({ group: renamed.text })),
        409,
        [p],
        [f.groupName],
      );
      // Details that do not fit: the page comes back with everything that was typed.
      await found.send(
        `${at} POST /organisations/:id (bad details)`,
        p,
        p,
        (text) =>
          post(`/organisations/${orgId}`, form({ name: text, sector: text, size_band: text })),
        400,
        (text) => [clip(text, 200)],
      );
    }
    await found.page(
      "GET /organisations",
      await get("/organisations"),
      200,
      XSS_PAYLOADS,
      fixtures.flatMap((f) => (f.orgName ? [f.orgName] : [])),
    );
    found.assertNone();
  });

  it("questionnaire titles, questions, help and options (JSON upload and editor)", async () => {
    const found = new Findings();
    for (const f of fixtures) {
      const at = `payload ${f.index}`;
      const p = f.payload;
      const code = `xss-${f.index}`;
      const definition = (t: string) => ({
        code,
        title: clip(t, 300),
        description: clip(t, 4000),
        intro: clip(t, 4000),
        estimated_minutes: 3,
        sections: [
          {
            title: clip(t, 300),
            description: clip(t, 4000),
            items: [
              {
                code: "pick",
                type: "single_choice",
                text: clip(t, 1000),
                help: clip(t, 2000),
                options: [
                  { code: "a", label: clip(t, 300), help: clip(t, 1000) },
                  { code: "b", label: "A plain answer" },
                ],
              },
              {
                code: "follow",
                type: "yes_no",
                text: `Only after the first answer: ${clip(t, 900)}`,
                show_if: { item: "pick", equals: "a" },
              },
              {
                code: "agree",
                type: "likert",
                points: 5,
                text: "How much do you agree?",
                labels: [clip(t, 300), "Disagree", "Neither", "Agree", "Strongly agree"],
              },
              { code: "written", type: "open_text", text: clip(t, 1000), help: clip(t, 2000) },
              { code: "short", type: "open_text", text: "One short word", max_length: 5 },
            ],
          },
        ],
      });
      // Half are pasted, half uploaded as a file: both ways in.
      const upload = (t: string) => {
        const json = JSON.stringify(definition(t));
        if (f.index % 2 === 0) return post("/instruments", form({ definition: json }));
        const body = new FormData();
        body.set("definition", "");
        body.set("file", new File([json], "questionnaire.json", { type: "application/json" }));
        return post("/instruments", body);
      };
      const uploaded = await found.send(`${at} POST /instruments`, p, p, upload, 303);
      if (uploaded.res.status !== 303) continue;
      const t = uploaded.text;
      f.code = code;
      f.texts = {
        title: clip(t, 300).trim(),
        item: clip(t, 1000).trim(),
        label: clip(t, 300).trim(),
        help: clip(t, 2000),
      };
      const texts = [f.texts.title, f.texts.item, f.texts.label, f.texts.help];
      await found.page(
        `${at} GET /instruments/:code`,
        await get(`/instruments/${code}?version=1&saved=added`),
        200,
        [p],
        [...texts, clip(t, 4000)],
      );
      await found.page(
        `${at} GET /instruments/:code/edit`,
        await get(`/instruments/${code}/edit`),
        200,
        [p],
        texts,
      );
      // The download is JSON, to be saved, never read as a page.
      const json = await get(`/instruments/${code}/definition.json`);
      found.headers(`${at} GET /instruments/:code/definition.json`, json);
      if (
        json.status !== 200 ||
        !/^application\/json/.test(json.headers.get("content-type") ?? "") ||
        !/^attachment;/.test(json.headers.get("content-disposition") ?? "")
      )
        found.add(`${at} definition.json`, "not a JSON attachment");
      const back = (await json.json()) as { title: string };
      if (back.title !== f.texts.title) found.add(`${at} definition.json`, "title changed");

      // The editor refuses a bad code and shows every field again as typed.
      await found.send(
        `${at} POST /instruments/:code/edit (bad code)`,
        p,
        p,
        (text) =>
          post(
            `/instruments/${code}/edit`,
            form({
              based_on: "1",
              code: clip(text, 63),
              title: clip(text, 300),
              intro: text,
              "sections[0].title": clip(text, 300),
              "sections[0].items[0].text": clip(text, 1000),
              "new.code": clip(text, 64),
              "new.text": clip(text, 1000),
              "new.options": text,
            }),
          ),
        400,
        (text) => [clip(text, 300)],
      );
      // A definition with the payload where a fixed word belongs, and one that is not JSON.
      const broken = JSON.stringify({
        code: "broken",
        title: clip(p, 300),
        sections: [{ title: "S", items: [{ code: "x", type: clip(p, 100), text: "Q" }] }],
      });
      await found.page(
        `${at} POST /instruments (invalid definition)`,
        await post("/instruments", form({ definition: broken })),
        400,
        [p],
      );
      await found.page(
        `${at} POST /instruments (not JSON)`,
        await post("/instruments", form({ definition: `{"code": "x", "title": ${p}` })),
        400,
        [p],
        [`"title": ${p}`],
      );
    }
    await found.page(
      "GET /instruments",
      await get("/instruments"),
      200,
      XSS_PAYLOADS,
      fixtures.flatMap((f) => (f.texts ? [f.texts.title] : [])),
    );
    found.assertNone();
  });

  it("campaign name, sponsor and purpose; links as a CSV download", async () => {
    const found = new Findings();
    for (const f of fixtures) {
      const at = `payload ${f.index}`;
      const p = f.payload;
      const orgId = f.orgId;
      const code = f.code;
      if (!orgId || !code) {
        found.add(at, "no organisation or questionnaire to make a campaign with");
        continue;
      }
      const fields = (t: string, size: string) =>
        form({
          organisation_id: orgId,
          instrument: code,
          name: t,
          min_group_size: size,
          sponsor: t,
          purpose: t,
        });
      if (p.length > 300) {
        await found.page(
          `${at} POST /campaigns (too long)`,
          await post("/campaigns", fields(p, "5")),
          400,
          [p],
          [p],
        );
      }
      await found.page(
        `${at} POST /campaigns (bad group size)`,
        await post("/campaigns", fields(clip(p, 300), p)),
        400,
        [p],
        [clip(p, 300)],
      );
      // A questionnaire code nobody has is a mistake in the form, not a lost page.
      await found.send(
        `${at} POST /campaigns (payload as questionnaire code)`,
        p,
        clip(p, 64),
        (text) => post("/campaigns", form({ organisation_id: orgId, instrument: text })),
        400,
      );
      const created = await found.send(
        `${at} POST /campaigns`,
        p,
        clip(p, 300),
        (text) => post("/campaigns", fields(text, "5")),
        303,
      );
      const campaignId = idIn(created.res, "campaigns");
      if (!campaignId) continue;
      f.campaignId = campaignId;
      const t = created.text;
      f.campaignText = t;
      await found.page(
        `${at} GET /campaigns/:id`,
        await get(`/campaigns/${campaignId}?saved=created`),
        200,
        [p],
        [cleanName(t), t.trim()],
      );
      await found.page(
        `${at} POST /campaigns/:id (bad settings)`,
        await post(
          `/campaigns/${campaignId}`,
          form({ name: clip(p, 300), min_group_size: p, sponsor: clip(p, 300), purpose: p }),
        ),
        400,
        [p],
        [clip(p, 300), p],
      );
      await found.page(
        `${at} POST /campaigns/:id/status`,
        await post(`/campaigns/${campaignId}/status`, form({ status: "open" })),
        303,
        [p],
      );
      await found.page(
        `${at} POST /campaigns/:id/links (shared, payload as access code)`,
        await post(
          `/campaigns/${campaignId}/links`,
          form({ kind: "shared", access_code: clip(p, 64) }),
        ),
        clip(p, 64).trim().length >= 4 ? 200 : 400,
        [p],
      );
      const links = await post(
        `/campaigns/${campaignId}/links`,
        form({ kind: "single", count: "2" }),
      );
      found.headers(`${at} POST /campaigns/:id/links`, links);
      const csv = await links.text();
      if (
        links.status !== 200 ||
        !/^text\/csv/.test(links.headers.get("content-type") ?? "") ||
        !/^attachment;/.test(links.headers.get("content-disposition") ?? "")
      )
        found.add(`${at} links CSV`, `not a CSV attachment (status ${links.status})`);
      const rows = csv.trim().split("\r\n");
      if (rows[0] !== "link" || rows.length !== 3 || /[<>"'=]/.test(csv))
        found.add(`${at} links CSV`, `unexpected content ${JSON.stringify(csv.slice(0, 100))}`);
      const token = /\/s\/([A-Za-z0-9_-]{22})$/.exec(rows[1] ?? "")?.[1];
      if (token) f.token = token;
      else found.add(`${at} links CSV`, "no link in it");
    }
    const names = fixtures.flatMap((f) => (f.campaignText ? [cleanName(f.campaignText)] : []));
    for (const path of ["/", "/campaigns"])
      await found.page(`GET ${path}`, await get(path), 200, XSS_PAYLOADS, names);
    await found.page(
      "GET /campaigns/new",
      await get("/campaigns/new"),
      200,
      XSS_PAYLOADS,
      fixtures.flatMap((f) => (f.orgName && f.texts ? [f.orgName, f.texts.title] : [])),
    );
    found.assertNone();
  });

  it("the respondent's pages through a link, and written answers sent through them", async () => {
    const found = new Findings();
    for (const f of fixtures) {
      const at = `payload ${f.index}`;
      const p = f.payload;
      const t = f.texts;
      if (!f.token || !t || !f.groupId) {
        found.add(at, "no link to answer through");
        continue;
      }
      const base = `/s/${f.token}`;
      const campaignText = (f.campaignText ?? "").trim();
      await found.page(
        `${at} GET ${base} (consent)`,
        await get(base, null),
        200,
        [p],
        [t.title, campaignText],
      );
      await found.page(
        `${at} POST consent`,
        await post(`${base}/consent`, form({ consent: "yes" }), null),
        303,
        [p],
      );
      await found.page(
        `${at} GET ${base} (about you)`,
        await get(base, null),
        200,
        [p],
        [f.groupName ?? ""],
      );
      await found.page(
        `${at} POST about you`,
        await post(
          base,
          form({ step: "0", _community: "employees", _group: f.groupId, action: "next" }),
          null,
        ),
        303,
        [p],
      );
      await found.page(
        `${at} GET ${base}?step=1 (questions)`,
        await get(`${base}?step=1`, null),
        200,
        [p],
        [t.title, t.item, t.label, t.help],
      );
      const answer = (written: string, short: string) =>
        post(
          base,
          form({ step: "1", pick: "a", follow: "yes", agree: "1", written, short, action: "next" }),
          null,
        );
      // The short box takes 5 characters: the page comes back with both answers as typed.
      await found.send(
        `${at} POST questions (too long)`,
        p,
        p,
        (text) => answer(text, `${text} and more`),
        400,
        (text) => [text, t.item],
      );
      const sent = await found.send(`${at} POST questions`, p, p, (text) => answer(text, ""), 303);
      await found.page(
        `${at} GET ${base}?step=1 (back to the answers)`,
        await get(`${base}?step=1`, null),
        200,
        [p],
        [sent.text],
      );
      await found.page(
        `${at} GET ${base}?step=2 (review)`,
        await get(`${base}?step=2`, null),
        200,
        [p],
        [sent.text, t.item, t.label],
      );
      await found.page(`${at} POST submit`, await post(`${base}/submit`, form({}), null), 200, [p]);
      await found.page(`${at} GET ${base} (used)`, await get(base, null), 410, [p]);
      f.written.push(storable(sent.text).trim());
    }
    found.assertNone();
  });

  it("interview answers and notes", async () => {
    const found = new Findings();
    for (const f of fixtures) {
      const at = `payload ${f.index}`;
      const p = f.payload;
      const t = f.texts;
      if (!f.campaignId || !t || !f.groupId) {
        found.add(at, "no campaign to interview for");
        continue;
      }
      const path = `/campaigns/${f.campaignId}/interview`;
      await found.page(
        `${at} GET /campaigns/:id/interview`,
        await get(path),
        200,
        [p],
        [t.item, t.label, f.groupName ?? ""],
      );
      const fields = (text: string, consent: boolean) =>
        form({
          ...(consent ? { consent: "yes" } : {}),
          community: "employees",
          group: f.groupId ?? "",
          pick: "a",
          written: text,
          "note:written": text,
          "note:pick": `${text} (about the choice)`,
        });
      // Without consent nothing is stored, and the form comes back as typed.
      await found.page(
        `${at} POST /campaigns/:id/interview (no consent)`,
        await post(path, fields(p, false)),
        400,
        [p],
        [p.trim()],
      );
      const saved = await found.send(
        `${at} POST /campaigns/:id/interview`,
        p,
        p,
        (text) => post(path, fields(text, true)),
        303,
      );
      if (saved.res.status === 303) f.written.push(storable(saved.text).trim(), saved.text.trim());
    }
    found.assertNone();
  });

  it("results: written answers, notes, group and organisation names", async () => {
    const found = new Findings();
    for (const f of fixtures) {
      const at = `payload ${f.index}`;
      const p = f.payload;
      if (!f.campaignId || !f.groupId) {
        found.add(at, "no campaign with results");
        continue;
      }
      // Three more people in the same group, so it has the 5 needed to be shown.
      await addResponses(
        db,
        workspaceId,
        f.campaignId,
        Array.from({ length: 3 }, () => ({
          community: "employees",
          groupId: f.groupId ?? null,
          answers: { pick: "b" },
        })),
      );
      const base = `/campaigns/${f.campaignId}/results`;
      const item = f.texts?.item ?? "";
      await found.page(
        `${at} GET /campaigns/:id/results`,
        await get(base),
        200,
        [p],
        [...f.written.map(maskPersonalData), item, `Interview note: ${item}`, f.orgName ?? ""],
      );
      await found.page(
        `${at} GET /campaigns/:id/results?by=group`,
        await get(`${base}?by=group`),
        200,
        [p],
        [f.groupName ?? ""],
      );
    }
    found.assertNone();
  });

  it("the message check shows the pasted text back, marked but escaped", async () => {
    const found = new Findings();
    for (const f of fixtures) {
      const res = await post("/check", form({ message: f.payload }));
      await found.page(`payload ${f.index} POST /check`, res, 200, [f.payload], [f.payload]);
    }
    await found.page("GET /check", await get("/check"), 200, XSS_PAYLOADS);
    found.assertNone();
  });

  it("the pages that list everything at once stay clean", async () => {
    const found = new Findings();
    for (const path of [
      "/",
      "/organisations",
      "/campaigns",
      "/campaigns/new",
      "/instruments",
      "/studies",
    ])
      await found.page(`GET ${path}`, await get(path), 200, XSS_PAYLOADS);
    found.assertNone();
  });
});

describe("text the database cannot hold", () => {
  // NUL and half a surrogate pair pass every length and format check, but PostgreSQL refuses
  // to store them. Each form must clean them out or refuse them kindly, never fail with 500.
  const NUL = "Payroll\u0000<b>team</b>";
  let orgId: string;
  let groupId: string;
  let campaignId: string;
  let token: string;

  before(async () => {
    const org = await post("/organisations", form({ name: "Storable Ltd", groups: "Office" }));
    orgId = idIn(org, "organisations") ?? "";
    groupId = (await listGroups(db, workspaceId, [orgId]))[0]?.id ?? "";
    await post(
      "/instruments",
      form({
        definition: JSON.stringify({
          code: "storable",
          title: "Storable",
          sections: [{ title: "S", items: [{ code: "w", type: "open_text", text: "W" }] }],
        }),
      }),
    );
    campaignId =
      idIn(
        await post("/campaigns", form({ organisation_id: orgId, instrument: "storable" })),
        "campaigns",
      ) ?? "";
    await post(`/campaigns/${campaignId}/status`, form({ status: "open" }));
    const csv = await (
      await post(`/campaigns/${campaignId}/links`, form({ kind: "single", count: "1" }))
    ).text();
    token = /\/s\/([A-Za-z0-9_-]{22})/.exec(csv)?.[1] ?? "";
    await post(`/s/${token}/consent`, form({ consent: "yes" }), null);
    await post(`/s/${token}`, form({ step: "0", action: "next" }), null);
  });

  it("is cleaned or refused with a message by every form, never a server error", async () => {
    assert.ok(orgId && groupId && campaignId && token, "the set-up worked");
    const definition = (title: string) =>
      JSON.stringify({
        code: "storable-2",
        title,
        sections: [{ title: "S", items: [{ code: "w", type: "open_text", text: "W" }] }],
      });
    const tries: [string, () => Promise<Response>][] = [
      ["POST /organisations name", () => post("/organisations", form({ name: NUL }))],
      [
        "POST /organisations groups",
        () => post("/organisations", form({ name: "Other Ltd", groups: NUL })),
      ],
      ["POST /organisations/:id name", () => post(`/organisations/${orgId}`, form({ name: NUL }))],
      [
        "POST /organisations/:id/groups",
        () => post(`/organisations/${orgId}/groups`, form({ group: NUL })),
      ],
      [
        "POST /organisations/:id/groups/:groupId",
        () => post(`/organisations/${orgId}/groups/${groupId}`, form({ name: NUL })),
      ],
      [
        "POST /instruments with NUL in the JSON",
        () => post("/instruments", form({ definition: definition(NUL) })),
      ],
      [
        "POST /instruments with half a surrogate pair in the JSON",
        () => post("/instruments", form({ definition: definition("Half \uD800 a pair") })),
      ],
      [
        "POST /instruments/:code/edit title",
        () =>
          post("/instruments/storable/edit", form({ based_on: "1", code: "storable", title: NUL })),
      ],
      [
        "POST /instruments/:code/edit code",
        () => post("/instruments/storable/edit", form({ based_on: "1", code: NUL, title: "T" })),
      ],
      [
        "POST /campaigns questionnaire",
        () => post("/campaigns", form({ organisation_id: orgId, instrument: NUL })),
      ],
      ...(["name", "sponsor", "purpose"] as const).map(
        (field): [string, () => Promise<Response>] => [
          `POST /campaigns ${field}`,
          () =>
            post(
              "/campaigns",
              form({ organisation_id: orgId, instrument: "storable", [field]: NUL }),
            ),
        ],
      ),
      [
        "POST /campaigns/:id sponsor",
        () =>
          post(
            `/campaigns/${campaignId}`,
            form({ name: "Storable", min_group_size: "5", sponsor: NUL, purpose: NUL }),
          ),
      ],
      [
        "POST /s/:token written answer",
        () => post(`/s/${token}`, form({ step: "1", w: NUL, action: "next" }), null),
      ],
      [
        "POST /s/:token save for later",
        () => post(`/s/${token}`, form({ step: "1", w: NUL, action: "save" }), null),
      ],
      [
        "POST /campaigns/:id/interview answer",
        () => post(`/campaigns/${campaignId}/interview`, form({ consent: "yes", w: NUL })),
      ],
      [
        "POST /campaigns/:id/interview note",
        () => post(`/campaigns/${campaignId}/interview`, form({ consent: "yes", "note:w": NUL })),
      ],
    ];
    const failures: string[] = [];
    for (const [label, send] of tries) {
      const res = await send();
      await res.text();
      if (res.status >= 500) failures.push(`${label}: ${res.status}`);
    }
    assert.deepEqual(failures, []);
  });
});
