// One backend: what these tests check, escaping on every page and export, does not depend on
// the database engine; text the engines could treat differently is stored on both backends in
// storable-text.test.tsx.
import { after, before, describe, it } from "node:test";
import { addResponses, setupWorkspace } from "../../test/factories.js";
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
  storable,
} from "../../test/xss-fixtures.js";
import { XSS_PAYLOADS } from "../../test/xss-payloads.js";
import type { Database } from "../db/database.js";
import { maskPersonalData } from "../text/mask.js";

/**
 * Hostile text that comes back from people: the respondent's pages through a link with the
 * answers written there, interview answers and notes, and the results that show them with the
 * organisation's and groups' names. The set-up puts every payload through the analyst's forms
 * first (tested themselves in xss.test.tsx), so each page here shows text from all of them.
 */
let db: Database;
let workspaceId: string;
let fixtures: Fixture[];
let post: Post;
let get: Get;

before(async () => {
  const setup = await setupWorkspace();
  const kit = await setupXss(setup.db, setup.workspaceId);
  ({ db, workspaceId, fixtures, post, get } = kit);
  const found = new Findings();
  await organisationForms(kit, found);
  await questionnaireForms(kit, found);
  await campaignForms(kit, found);
  found.assertNone();
});
after(async () => {
  await db.close();
});

describe("hostile text through every form, shown on every page", () => {
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
