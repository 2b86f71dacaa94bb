import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import { form, idIn, type Post, setupXss } from "../../test/xss-fixtures.js";
import type { Database } from "../db/database.js";
import { listGroups } from "../organisation/organisation.repository.js";

/**
 * Text that passes every length and format check but that the database refuses to store. Unlike
 * the escaping checks in xss.test.tsx, this depends on the database engine, so it runs on
 * both backends.
 */
let db: Database;
let workspaceId: string;
let post: Post;

before(async () => {
  const setup = await setupWorkspace();
  ({ db, workspaceId, post } = await setupXss(setup.db, setup.workspaceId));
});
after(async () => {
  await db.close();
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
