import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import { createCampaign, setCampaignStatus } from "../campaign/campaign.service.js";
import type { Database } from "../db/database.js";
import { addInstrument } from "../instrument/instrument.service.js";
import { hashToken } from "../invitation/invitation.js";
import { createLinks } from "../invitation/invitation.service.js";
import { addGroup, createOrganisation } from "../organisation/organisation.service.js";
import { createApp } from "../server/app.js";
import { saveDraft } from "./draft.repository.js";

/**
 * Sending the answers: exactly once per single-use link even when two submissions race,
 * never before consent or after closing, and without any trace of the link in what is kept.
 */
let db: Database;
let workspaceId: string;
let campaignId: string;
let organisationId: string;
let app: ReturnType<typeof createApp>;

const FORM = { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" };

function post(
  path: string,
  body: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: "POST",
    body: new URLSearchParams(body),
    headers: { ...FORM, ...headers },
  });
}

async function newLink(options: { shared?: boolean } = {}): Promise<string> {
  const { links } = await createLinks(db, workspaceId, campaignId, {
    count: 1,
    baseUrl: "http://localhost",
    ...options,
  });
  return new URL(links[0] as string).pathname;
}

/** A single-use link answered up to the review step through the pages themselves. */
async function answeredLink(about: Record<string, string> = {}): Promise<string> {
  const path = await newLink();
  assert.equal((await post(`${path}/consent`, { consent: "yes" })).status, 303);
  assert.equal((await post(path, { step: "0", action: "next", ...about })).status, 303);
  assert.equal((await post(path, { step: "1", action: "next", often: "daily" })).status, 303);
  assert.equal((await post(path, { step: "2", action: "next", note: "Fine" })).status, 303);
  return path;
}

async function responseCount(): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM response WHERE campaign_id = $1",
    [campaignId],
  );
  return row?.n ?? 0;
}

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  await addInstrument(db, workspaceId, {
    code: "backups",
    title: "Backups",
    sections: [
      {
        title: "Habits",
        items: [
          {
            code: "often",
            type: "single_choice",
            text: "How often do you back up?",
            required: true,
            options: [
              { code: "daily", label: "Every day" },
              { code: "never", label: "Never" },
            ],
          },
        ],
      },
      { title: "Anything else", items: [{ code: "note", type: "open_text", text: "Anything?" }] },
    ],
  });
  const campaign = await createCampaign(db, workspaceId, {
    organisation: "Race Ltd",
    instrument: "backups",
  });
  campaignId = campaign.id;
  organisationId = campaign.organisation_id;
  await setCampaignStatus(db, workspaceId, campaignId, "open");
  app = createApp({ db });
});
after(async () => {
  await db.close();
});

describe("sending the answers", () => {
  it("stores exactly one response when one single-use link is sent several times at once", async () => {
    for (let round = 0; round < 3; round++) {
      const path = await answeredLink();
      const before = await responseCount();
      const results = await Promise.all(
        Array.from({ length: 4 }, async () => {
          const res = await post(`${path}/submit`);
          return { status: res.status, html: await res.text() };
        }),
      );
      const thanked = results.filter((r) => /Thank you for your answers/.test(r.html));
      assert.equal(thanked.length, 1, `round ${round}: exactly one submission is thanked`);
      assert.deepEqual(
        results.filter((r) => r.status !== 200).map((r) => r.status),
        [410, 410, 410],
      );
      assert.equal(await responseCount(), before + 1, `round ${round}: one response stored`);
    }
  });

  it("stores one response when a shared link's visitor sends twice at once", async () => {
    const path = await newLink({ shared: true });
    const cookie = ((await app.request(path)).headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    assert.equal((await post(`${path}/consent`, { consent: "yes" }, { cookie })).status, 303);
    await post(path, { step: "0", action: "next" }, { cookie });
    await post(path, { step: "1", action: "next", often: "never" }, { cookie });
    await post(path, { step: "2", action: "next" }, { cookie });
    const before = await responseCount();
    const statuses = await Promise.all(
      [1, 2].map(async () => (await post(`${path}/submit`, {}, { cookie })).status),
    );
    // The later one finds the answers already sent: refused, or sent back to the start.
    assert.equal(statuses.filter((s) => s === 200).length, 1, `statuses ${statuses}`);
    assert.equal(await responseCount(), before + 1);
    const again = await app.request(path);
    assert.equal(again.status, 200, "the shared link itself stays open for other people");
  });

  it("keeps nothing that leads back to the link", async () => {
    const path = await answeredLink({ _community: "employees" });
    const token = path.slice(3);
    const [invitation] = await db.query<{ id: string }>(
      "SELECT id FROM invitation WHERE token_hash = $1",
      [hashToken(token)],
    );
    assert.equal((await post(`${path}/submit`)).status, 200);
    const rows = await db.query<Record<string, unknown>>(
      `SELECT to_jsonb(r) AS response, (SELECT jsonb_agg(a) FROM answer a WHERE a.response_id = r.id) AS answers,
              (SELECT jsonb_agg(o) FROM open_answer o WHERE o.response_id = r.id) AS open_answers
       FROM response r WHERE r.campaign_id = $1 AND r.community = 'employees'`,
      [campaignId],
    );
    assert.equal(rows.length, 1);
    const stored = JSON.stringify(rows[0]);
    assert.match(stored, /"body": ?"Fine"/);
    for (const secret of [token, hashToken(token), invitation?.id ?? "missing"])
      assert.ok(!stored.includes(secret), "the stored answers do not mention the link");
    const [draft] = await db.query("SELECT 1 FROM response_draft WHERE key_hash = $1", [
      hashToken(token),
    ]);
    assert.equal(draft, undefined, "the answers in progress are gone");
    const [used] = await db.query<{ used: boolean }>("SELECT used FROM invitation WHERE id = $1", [
      invitation?.id,
    ]);
    assert.equal(used?.used, true);
  });

  it("takes nothing before consent, even answers already in progress", async () => {
    const path = await newLink();
    await saveDraft(db, workspaceId, campaignId, {
      keyHash: hashToken(path.slice(3)),
      consented: false,
      answers: { often: "daily" },
      step: 3,
    });
    const before = await responseCount();
    const res = await post(`${path}/submit`);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), path);
    assert.equal(await responseCount(), before);
    assert.match(await (await app.request(path)).text(), /Yes, I agree to take part/);
  });

  it("refuses answers once the campaign has closed, and keeps them in case it reopens", async () => {
    const path = await answeredLink();
    const before = await responseCount();
    await setCampaignStatus(db, workspaceId, campaignId, "closed");
    try {
      const res = await post(`${path}/submit`);
      assert.equal(res.status, 410);
      assert.match(await res.text(), /This survey has closed/);
      assert.equal(await responseCount(), before);
    } finally {
      await setCampaignStatus(db, workspaceId, campaignId, "open");
    }
    assert.equal((await post(`${path}/submit`)).status, 200);
    assert.equal(await responseCount(), before + 1);
  });

  it("sends the person to the review when a required answer is missing", async () => {
    const path = await newLink();
    await post(`${path}/consent`, { consent: "yes" });
    await saveDraft(db, workspaceId, campaignId, {
      keyHash: hashToken(path.slice(3)),
      consented: true,
      answers: {},
      step: 3,
    });
    const before = await responseCount();
    const res = await post(`${path}/submit`);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), `${path}?step=3`);
    assert.equal(await responseCount(), before);
  });
});

describe("the team question", () => {
  let own: string;
  let foreign: string;
  before(async () => {
    const org = await addGroup(db, workspaceId, organisationId, { name: "Warehouse" });
    own = org.groups.find((g) => g.name === "Warehouse")?.id ?? "";
    const other = await createOrganisation(db, workspaceId, {
      name: "Someone Else Ltd",
      groups: ["Secret team"],
    });
    foreign = other.groups[0]?.id ?? "";
  });

  it("lists the organisation's own teams on the About you page only", async () => {
    const path = await newLink();
    await post(`${path}/consent`, { consent: "yes" });
    const about = await (await app.request(path)).text();
    assert.match(about, /Which team do you work in/);
    assert.match(about, /Warehouse/);
    assert.doesNotMatch(about, /Secret team/);
    await post(path, { step: "0", action: "next" });
    assert.doesNotMatch(await (await app.request(path)).text(), /Which team do you work in/);
  });

  it("keeps a team of this organisation and drops any other value", async () => {
    const cases: [string, string | null][] = [
      [own, own],
      [foreign, null],
      ["not-a-team", null],
      ["00000000-0000-0000-0000-000000000000", null],
      ["'; DROP TABLE response; --", null],
    ];
    for (const [given] of cases) {
      const path = await answeredLink({ _group: given, _community: "management" });
      const res = await post(`${path}/submit`);
      assert.equal(res.status, 200, `submitting with team ${given}`);
    }
    const rows = await db.query<{ group_id: string | null }>(
      "SELECT group_id FROM response WHERE campaign_id = $1 AND community = 'management'",
      [campaignId],
    );
    assert.deepEqual(rows.map((r) => r.group_id).sort(), cases.map(([, kept]) => kept).sort());
  });
});

describe("the cost of each step", () => {
  it("opens a page with one query and sends the answers with two", async () => {
    const statements: string[] = [];
    const counted: Database = Object.assign(Object.create(db) as Database, {
      query<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
        statements.push(sql);
        return db.query<T>(sql, params);
      },
    });
    const lean = createApp({ db: counted });
    const path = await answeredLink();
    await lean.request(path); // the questionnaire is read once, then kept in memory
    statements.length = 0;
    assert.equal((await lean.request(`${path}?step=2`)).status, 200);
    assert.equal(statements.length, 1, "a question page");
    statements.length = 0;
    const sent = await lean.request(`${path}/submit`, { method: "POST", headers: FORM });
    assert.equal(sent.status, 200);
    assert.equal(statements.length, 2, "the submission: one read, one write");
  });
});
