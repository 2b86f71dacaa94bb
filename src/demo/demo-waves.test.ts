import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import { listCampaigns } from "../campaign/campaign.repository.js";
import type { Database } from "../db/database.js";
import { compareWaves } from "../wave/wave.service.js";
import { DEMO_STUDIES, loadDemo } from "./demo.service.js";
import { loadDemoWaves } from "./demo-waves.js";
import { diagnosisRows } from "./diagnosis-rows.js";
import { RELATIONSHIP_GROUPS } from "./relationship-rows.js";
import { DISTANT_RELATIONSHIP } from "./relationship-texts-relationship.js";
import { relationshipWave2Rows } from "./relationship-wave-2.js";

let db: Database;
let workspaceId: string;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
});
after(async () => {
  await db.close();
});

const count = (
  rows: readonly Record<string, string>[],
  test: (r: Record<string, string>) => boolean,
) => rows.filter(test).length;

describe("the relationship demo's second wave", () => {
  const rows = relationshipWave2Rows();

  it("has the same firm and departments, and is the same on every call", () => {
    assert.equal(rows.length, 92);
    for (const [group, size] of RELATIONSHIP_GROUPS)
      assert.equal(
        count(rows, (r) => r.group === group),
        size,
      );
    assert.deepEqual(relationshipWave2Rows(), rows);
  });

  it("shows less distance and a little more help than wave 1", () => {
    const distant = new Set<string>(DISTANT_RELATIONSHIP);
    // 33 of 92 (36%) in wave 1; about half of that now.
    assert.equal(
      count(rows, (r) => distant.has(r.relationship_own_view ?? "")),
      17,
    );
    assert.equal(
      count(rows, (r) => r.contact_frequency === "never" || r.contact_frequency === "rarely"),
      48,
    );
    assert.equal(
      count(rows, (r) => r.its_helpful === "no"),
      15,
    );
  });
});

describe("loading the demo with its waves", () => {
  it("loads second waves once, and shows what changed with the actions behind it", async () => {
    const result = await loadDemo(db, workspaceId);
    assert.deepEqual(
      result.waves?.map((w) => [w.study, w.wave]),
      [
        [DEMO_STUDIES.relationship, 2],
        [DEMO_STUDIES.diagnosis, 2],
      ],
    );
    const waves = (await listCampaigns(db, workspaceId)).filter((c) => c.wave === 2);
    assert.equal(waves.length, 2);

    const relationship = waves.find((c) => c.study === DEMO_STUDIES.relationship);
    const compared = await compareWaves(db, workspaceId, relationship?.id ?? "");
    const contact = compared.changes.find((c) => c.code === "contact_frequency");
    assert.equal(contact?.moved, "better");
    assert.ok((contact?.actions.length ?? 0) > 0, "the demo's dialogues are linked");
    assert.match(contact?.sentence ?? "", /may have helped/);

    await loadDemo(db, workspaceId);
    assert.deepEqual(
      await loadDemoWaves(db, workspaceId, [
        { study: DEMO_STUDIES.diagnosis, rows: () => diagnosisRows(2) },
        { study: "No such study", rows: () => diagnosisRows(2) },
      ]),
      [],
    );
    assert.equal((await listCampaigns(db, workspaceId)).filter((c) => c.wave === 2).length, 2);
  });
});
