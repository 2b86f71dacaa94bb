import { cleanName, nameKey } from "../src/organisation/organisation.js";
import { listGroups } from "../src/organisation/organisation.repository.js";
import { clip, type Findings, form, idIn, storable, type XssKit } from "./xss-fixtures.js";
import { XSS_PAYLOADS } from "./xss-payloads.js";

/**
 * The analyst's forms that put hostile text in place: organisations and groups, questionnaires,
 * campaigns and their links. xss.test.tsx tests each of them; xss-answers.test.tsx runs them
 * as its set-up, because the respondent's pages and the results show what they stored. Each
 * step fills in the fixtures for the next and adds what it finds to `found`.
 */

/** Organisation names and group names (create, add, rename). */
export async function organisationForms(kit: XssKit, found: Findings): Promise<void> {
  const { db, workspaceId, fixtures, post, get } = kit;
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
    const group = (await listGroups(db, workspaceId, [orgId])).find((g) => g.name_key === addedKey);
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
}

/** Questionnaire titles, questions, help and options (JSON upload and editor). */
export async function questionnaireForms(kit: XssKit, found: Findings): Promise<void> {
  const { fixtures, post, get } = kit;
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
}

/** Campaign name, sponsor and purpose; links as a CSV download. */
export async function campaignForms(kit: XssKit, found: Findings): Promise<void> {
  const { fixtures, post, get } = kit;
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
}
