import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, setupWorkspace, tableCounts, tempFile } from "../../test/factories.js";
import { findStudyCampaigns } from "../campaign/campaign.repository.js";
import {
  createCampaign,
  getCampaign,
  nextWave,
  setCampaignStatus,
} from "../campaign/campaign.service.js";
import type { Database } from "../db/database.js";
import { isRapportError } from "../errors.js";
import { importResponses } from "../importer/response-import.js";
import { csvFileSource } from "../importer/row-source.js";
import { addInstrument } from "../instrument/instrument.service.js";
import { createAction } from "../plan/action.service.js";
import { compareWaves } from "./wave.service.js";

/**
 * Waves end to end on the database: starting the next wave, importing a later wave, and the
 * comparison with its privacy gate and linked actions.
 */
let db: Database;
let workspaceId: string;

const pulse = (extra: object[] = []) => ({
  code: "pulse",
  title: "Pulse",
  sections: [
    {
      title: "Contact",
      items: [
        {
          code: "contact_frequency",
          type: "single_choice",
          text: "How often do you deal with the IT security team?",
          options: ["never", "rarely", "monthly", "weekly", "daily"].map((code) => ({
            code,
            label: code,
          })),
        },
        { code: "remarks", type: "open_text", text: "Anything else?" },
        ...extra,
      ],
    },
  ],
});

/** Rows for one organisation: community and contact answer per person. */
function file(org: string, people: readonly [string, string][]): string {
  return csv([
    ["organisation", "community", "contact_frequency", "remarks"],
    ...people.map(([community, contact]) => [org, community, contact, ""]),
  ]);
}

const many = (community: string, contact: string, n: number): [string, string][] =>
  Array.from({ length: n }, () => [community, contact]);

async function importWave(content: string, study: string, wave?: number, today = "2026-06-01") {
  return importResponses(db, workspaceId, {
    source: csvFileSource(tempFile("wave.csv", content)),
    study,
    instrument: wave === undefined ? "pulse" : undefined,
    wave,
    today,
  });
}

async function refused(run: () => Promise<unknown>): Promise<string> {
  const before = await tableCounts(db);
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  assert.ok(isRapportError(caught), `expected a RapportError, got ${String(caught)}`);
  assert.deepEqual(await tableCounts(db), before, "a refused import must write nothing");
  return caught.code;
}

let wave1: string;
let wave2: string;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  await addInstrument(db, workspaceId, pulse());
  const first = [
    ...many("employees", "never", 10),
    ...many("employees", "rarely", 10),
    ...many("employees", "monthly", 4),
    ...many("it_security", "daily", 6),
  ];
  await importWave(file("Acme Ltd", first), "Pulse study", undefined, "2025-11-01");
  const study = await db.query<{ id: string }>("SELECT id FROM study WHERE name = 'Pulse study'");
  wave1 = (await findStudyCampaigns(db, workspaceId, study[0]?.id ?? "", 1))[0]?.id ?? "";
});
after(async () => {
  await db.close();
});

describe("importing a later wave", () => {
  it("refuses a later wave of a study that does not exist, writing nothing", async () => {
    const code = await refused(() =>
      importWave(file("Acme Ltd", many("employees", "never", 6)), "No such study", 2),
    );
    assert.equal(code, "wave_without_study");
  });

  it("refuses a wave whose previous wave is missing", async () => {
    const code = await refused(() =>
      importWave(file("Acme Ltd", many("employees", "never", 6)), "Pulse study", 3),
    );
    assert.equal(code, "wave_gap");
  });

  it("refuses another instrument version than wave 1's, writing nothing", async () => {
    await addInstrument(
      db,
      workspaceId,
      pulse([{ code: "extra", type: "yes_no", text: "A new question?" }]),
    );
    const code = await refused(() =>
      importResponses(db, workspaceId, {
        source: csvFileSource(tempFile("w.csv", file("Acme Ltd", many("employees", "never", 6)))),
        study: "Pulse study",
        instrument: "pulse",
        wave: 2,
      }),
    );
    assert.equal(code, "wave_version_mismatch");
  });

  it("refuses a wave 2 file with a wrong answer in its last row, writing nothing", async () => {
    const people: [string, string][] = [...many("employees", "never", 6), ["employees", "maybe"]];
    const code = await refused(() => importWave(file("Acme Ltd", people), "Pulse study", 2));
    assert.equal(code, "invalid_file");
  });

  it("imports wave 2 with wave 1's version, linked to wave 1", async () => {
    const second = [
      ...many("employees", "never", 4),
      ...many("employees", "rarely", 6),
      ...many("employees", "monthly", 10),
      ...many("employees", "weekly", 4),
      ...many("it_security", "daily", 2),
    ];
    const summary = await importWave(file("Acme Ltd", second), "Pulse study", 2);
    assert.equal(summary.wave, 2);
    assert.equal(summary.respondents, 26);
    const rows = await db.query<{
      id: string;
      wave: number;
      previous_campaign_id: string | null;
      instrument_version_id: string;
    }>("SELECT id, wave, previous_campaign_id, instrument_version_id FROM campaign ORDER BY wave");
    const [first, later] = rows;
    assert.equal(later?.wave, 2);
    assert.equal(later?.previous_campaign_id, first?.id);
    assert.equal(later?.instrument_version_id, first?.instrument_version_id);
    wave2 = later?.id ?? "";
    assert.equal(first?.id, wave1);
  });
});

describe("comparing waves", () => {
  before(async () => {
    const org = (await getCampaign(db, workspaceId, wave2)).organisation_id;
    const plan = (title: string, startedOn: string) =>
      createAction(db, workspaceId, org, {
        title,
        intervention: "security_dialogue",
        status: "in_progress",
        started_on: startedOn,
        effects: ["item:contact_frequency"],
      });
    await plan("Security dialogues", "2026-03-02");
    await plan("Lunch talks", "2026-09-01");
  });

  it("shows the change since wave 1 with its interval and the actions that came before", async () => {
    const result = await compareWaves(db, workspaceId, wave2);
    assert.equal(result.against?.wave, 1);
    assert.equal(result.campaign.first_answer, "2026-06-01");
    const contact = result.changes.find((c) => c.code === "contact_frequency");
    assert.ok(contact);
    assert.deepEqual(contact.earlier, { value: 66.7, n: 30 });
    assert.deepEqual(contact.later, { value: 38.5, n: 26 });
    assert.equal(contact.moved, "better");
    assert.deepEqual(
      contact.actions.map((a) => a.title),
      ["Security dialogues"],
      "an action started after wave 2's first answer is not linked",
    );
    assert.match(contact.sentence ?? "", /^Security dialogues started 2 March 2026; people who/);
  });

  it("hides communities too small in either wave", async () => {
    const result = await compareWaves(db, workspaceId, wave2, { byCommunity: true });
    // it_security has 2 people in wave 2; then employees is hidden too (secondary suppression).
    assert.ok(result.by_community && result.by_community.length > 0);
    for (const group of result.by_community) {
      assert.equal(group.suppressed, true);
      assert.deepEqual(group.changes, []);
    }
  });

  it("says so when there is no earlier wave, and refuses a wave that is not there", async () => {
    const first = await compareWaves(db, workspaceId, wave1);
    assert.equal(first.against, null);
    assert.deepEqual(first.changes, []);
    await assert.rejects(
      () => compareWaves(db, workspaceId, wave2, { against: 5 }),
      (e: unknown) => isRapportError(e) && e.code === "wave_not_found",
    );
  });

  it("hides every figure when the whole later wave is under the minimum", async () => {
    await importWave(file("Bolt Ltd", many("employees", "never", 6)), "Small", undefined);
    await importWave(file("Bolt Ltd", many("employees", "rarely", 3)), "Small", 2);
    const [row] = await db.query<{ id: string }>(
      "SELECT c.id FROM campaign c JOIN study s ON s.id = c.study_id WHERE s.name = 'Small' AND c.wave = 2",
    );
    const result = await compareWaves(db, workspaceId, row?.id ?? "");
    assert.ok(result.changes.length > 0);
    for (const change of result.changes) {
      assert.equal(change.suppressed, true);
      assert.equal(change.earlier, null);
      assert.equal(change.later, null);
    }
  });
});

describe("starting the next wave", () => {
  it("refuses a campaign that was never opened", async () => {
    const draft = await createCampaign(db, workspaceId, {
      organisation: "Cog Ltd",
      instrument: "pulse",
    });
    await assert.rejects(
      () => nextWave(db, workspaceId, draft.id),
      (e: unknown) => isRapportError(e) && e.code === "campaign_not_opened",
    );
  });

  it("copies the instrument version and settings, even after a newer version came out", async () => {
    const created = await nextWave(db, workspaceId, wave2);
    const earlier = await getCampaign(db, workspaceId, wave2);
    assert.equal(created.wave, 3);
    assert.equal(created.status, "draft");
    assert.equal(created.instrument_version_id, earlier.instrument_version_id);
    assert.equal(created.instrument_version, 1);
    assert.equal(created.study_id, earlier.study_id);
    assert.equal(created.organisation_id, earlier.organisation_id);
    assert.equal(created.min_group_size, earlier.min_group_size);
    assert.match(created.name, /\(wave 3\)$/);
    assert.doesNotMatch(created.name, /wave 2/);
  });

  it("refuses a second next wave and names the one that exists", async () => {
    await assert.rejects(
      () => nextWave(db, workspaceId, wave2),
      (e: unknown) =>
        isRapportError(e) && e.code === "next_wave_exists" && /Wave 3/.test(e.message),
    );
    await assert.rejects(
      () => nextWave(db, workspaceId, wave1),
      (e: unknown) => isRapportError(e) && /Wave 2/.test(e.message),
    );
  });

  it("chains waves of a campaign outside any study", async () => {
    const own = await createCampaign(db, workspaceId, {
      organisation: "Dyno Ltd",
      instrument: "pulse",
      minGroupSize: 7,
      sponsor: "The board",
      purpose: "To listen",
    });
    await setCampaignStatus(db, workspaceId, own.id, "open");
    const next = await nextWave(db, workspaceId, own.id.slice(0, 8));
    assert.equal(next.wave, 2);
    assert.equal(next.study_id, null);
    assert.equal(next.min_group_size, 7);
    assert.equal(next.sponsor, "The board");
    assert.equal(next.purpose, "To listen");
    const compared = await compareWaves(db, workspaceId, next.id);
    assert.equal(compared.against?.id, own.id);
    await assert.rejects(
      () => nextWave(db, workspaceId, own.id),
      (e: unknown) => isRapportError(e) && e.code === "next_wave_exists",
    );
  });
});
