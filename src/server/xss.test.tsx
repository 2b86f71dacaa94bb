// One backend: what these tests check, escaping on every page and export, does not depend on
// the database engine; text the engines could treat differently is stored on both backends in
// storable-text.test.tsx.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import {
  campaignForms,
  organisationForms,
  questionnaireForms,
} from "../../test/xss-analyst-forms.js";
import {
  Findings,
  type Fixture,
  form,
  type Get,
  type Post,
  setupXss,
  type XssKit,
} from "../../test/xss-fixtures.js";
import {
  checkableForms,
  escapeHtml,
  LONG_PAYLOAD,
  storedForms,
  unsafeMarkup,
  XSS_PAYLOADS,
} from "../../test/xss-payloads.js";
import type { Database } from "../db/database.js";

/**
 * Every place an analyst can type text that Rapport shows again, fed with the payload corpus:
 * organisation and group names, questionnaire texts, campaign texts, and the message check.
 * Every page and export they appear on is scanned for markup that came from the input, and
 * must carry a strict Content-Security-Policy. What respondents and interviews send, and the
 * results that show it, are in xss-answers.test.tsx.
 *
 * Each test gathers all its findings and fails once with the whole list, so one run shows
 * every place that lets a payload through, with the payload's number in XSS_PAYLOADS.
 */
let kit: XssKit;
let db: Database;
let fixtures: Fixture[];
let post: Post;
let get: Get;

before(async () => {
  const setup = await setupWorkspace();
  kit = await setupXss(setup.db, setup.workspaceId);
  ({ db, fixtures, post, get } = kit);
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
    await organisationForms(kit, found);
    found.assertNone();
  });

  it("questionnaire titles, questions, help and options (JSON upload and editor)", async () => {
    const found = new Findings();
    await questionnaireForms(kit, found);
    found.assertNone();
  });

  it("campaign name, sponsor and purpose; links as a CSV download", async () => {
    const found = new Findings();
    await campaignForms(kit, found);
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
});
