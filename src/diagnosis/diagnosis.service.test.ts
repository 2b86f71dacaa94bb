import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import { listCampaigns } from "../campaign/campaign.repository.js";
import { createCampaign } from "../campaign/campaign.service.js";
import type { Database } from "../db/database.js";
import { diagnosisRows } from "../demo/diagnosis-rows.js";
import { RELATIONSHIP_ORGANISATION } from "../demo/relationship-rows.js";
import { isRapportError } from "../errors.js";
import { importResponses } from "../importer/response-import.js";
import { memorySource } from "../importer/row-source.js";
import { ensureWorkspace } from "../workspace/workspace.service.js";
import { addWorkaround, saveWorkSystem } from "../worksystem/worksystem.service.js";
import type { Diagnosis, ScaleResult } from "./diagnosis.js";
import { diagnoseCampaign, diagnosisSignals } from "./diagnosis.service.js";

/** The diagnosis of the demo waves, read from the database on both backends. */
let db: Database;
let workspaceId: string;
let wave1: Diagnosis;
let wave2: Diagnosis;
let wave1Id: string;

async function load(study: string, wave: 1 | 2): Promise<string> {
  await importResponses(db, workspaceId, {
    source: memorySource(diagnosisRows(wave)),
    study,
    instrument: "relationship-diagnosis",
  });
  const found = (await listCampaigns(db, workspaceId)).find((c) => c.study === study);
  assert.ok(found);
  return found.id;
}

const all = (results: readonly ScaleResult[], code: string) => {
  const cell = results.find((r) => r.code === code)?.cells[0];
  assert.ok(cell && !cell.suppressed, code);
  return cell;
};

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  wave1Id = await load("Diagnosis wave 1", 1);
  await saveWorkSystem(db, workspaceId, RELATIONSHIP_ORGANISATION, { name: "Warehouse" });
  await addWorkaround(db, workspaceId, RELATIONSHIP_ORGANISATION, "Warehouse", {
    description: "Scanner logins are shared on night shifts",
    guideline: "information.protection_easy",
    noted_on: "2024-03-01",
  });
  wave1 = await diagnoseCampaign(db, workspaceId, wave1Id.slice(0, 8));
  wave2 = await diagnoseCampaign(db, workspaceId, await load("Diagnosis wave 2", 2));
});
after(async () => {
  await db.close();
});

describe("diagnosing the demo campaign", () => {
  it("counts who answered from own_community", () => {
    assert.equal(wave1.respondents, 90);
    assert.deepEqual(
      wave1.communities.map((c) => [c.community, c.suppressed ? null : c.n]),
      [
        ["employees", 70],
        ["it_security", 8],
        ["management", 12],
      ],
    );
    assert.equal(wave1.campaign.instrument, "relationship-diagnosis");
  });

  it("shows staff seeing IT security as able but distant, and IT security doubting staff", () => {
    const cells = wave1.life_positions?.cells ?? [];
    const at = (c: string, a: string) => cells.find((x) => x.community === c && x.about === a);
    const staffOnIts = at("employees", "it_security");
    assert.ok(staffOnIts && !staffOnIts.suppressed);
    assert.equal(staffOnIts.quadrant, "ok_notok");
    assert.equal(staffOnIts.uncertain, false);
    const itsOnStaff = at("it_security", "employees");
    assert.ok(itsOnStaff && !itsOnStaff.suppressed);
    assert.match(itsOnStaff.quadrant, /^notok_/);
    const staffOnManagers = at("employees", "management");
    assert.ok(staffOnManagers && !staffOnManagers.suppressed);
    assert.equal(staffOnManagers.quadrant, "ok_ok");
  });

  it("reports every scale with a sensible alpha on the whole sample", () => {
    assert.equal(wave1.scales.length, 17);
    for (const scale of wave1.scales) {
      const cell = all(wave1.scales, scale.code);
      assert.ok(
        cell.alpha !== null && cell.alpha >= 0.6 && cell.alpha <= 0.9,
        `${scale.code}: ${cell.alpha}`,
      );
      assert.ok(cell.alpha_n > 60 && cell.n >= cell.alpha_n, scale.code);
    }
    assert.ok(all(wave1.climates.blame, "blame_seeking").mean > 3.2);
    assert.ok(all(wave1.climates.friction, "friction").mean > 3.4);
    assert.equal(wave1.climates.error.length, 5);
  });

  it("moves distance, blame and friction in wave 2 but leaves some scales alone", () => {
    const treats = (d: Diagnosis) => {
      const c = d.life_positions?.cells.find(
        (x) => x.community === "employees" && x.about === "it_security",
      );
      assert.ok(c && !c.suppressed);
      return c.treats.mean;
    };
    assert.ok(treats(wave2) - treats(wave1) > 0.4);
    const change = (family: readonly ScaleResult[], f2: readonly ScaleResult[], code: string) =>
      all(f2, code).mean - all(family, code).mean;
    assert.ok(change(wave1.climates.blame, wave2.climates.blame, "blame_seeking") < -0.3);
    assert.ok(change(wave1.climates.friction, wave2.climates.friction, "friction") < -0.15);
    for (const code of ["error_change", "error_support"])
      assert.ok(Math.abs(change(wave1.climates.error, wave2.climates.error, code)) < 0.2, code);
  });

  it("finds signs per pair from closed and written answers", () => {
    const staff = wave1.indicators.find((g) => g.community === "employees");
    assert.ok(staff && !staff.suppressed);
    const conflict = staff.pairs.find(
      (p) => p.about === "it_security" && p.indicator === "conflict",
    );
    assert.ok(conflict && !conflict.combined.suppressed);
    assert.deepEqual([...new Set(conflict.sources.map((s) => s.from))].sort(), ["closed", "open"]);
    assert.ok(conflict.combined.share > 0.5);
  });

  it("lists recorded workarounds by work system and guideline beside what people report", () => {
    const w = wave1.workarounds;
    assert.deepEqual(
      w.work_systems.map((ws) => [
        ws.name,
        ws.guidelines.map((g) => [g.guideline, g.workarounds.length]),
      ]),
      [["Warehouse", [["information.protection_easy", 1]]]],
    );
    assert.ok(!w.seen.suppressed && w.seen.n > 60);
    assert.ok(!w.written.suppressed);
    if (w.written.suppressed) return;
    assert.ok(w.written.describing >= 5 && w.written.describing < w.written.answers);
    assert.ok(w.written.quotes.length > 0 && w.written.quotes.length <= 5);
  });

  it("hands the recommendation rules signals of all three kinds", async () => {
    const signals = await diagnosisSignals(db, workspaceId, wave1Id);
    const kinds = new Set(signals.map((s) => s.kind));
    assert.deepEqual([...kinds].sort(), ["indicator", "life_position", "scale"]);
    assert.ok(
      signals.some(
        (s) =>
          s.kind === "life_position" &&
          s.code === "ok_notok" &&
          s.community === "employees" &&
          s.about === "it_security",
      ),
    );
  });

  it("gives a questionnaire without diagnosis questions empty parts that say so", async () => {
    const sme = await createCampaign(db, workspaceId, {
      organisation: "Small Firm Ltd",
      instrument: "sme-security-practices",
    });
    const d = await diagnoseCampaign(db, workspaceId, sme.id);
    assert.deepEqual([d.respondents, d.scales.length, d.life_positions], [0, 0, null]);
    assert.match(d.readings.life_positions, /does not ask how the groups see each other/);
    assert.deepEqual(d.workarounds.work_systems, []);
  });

  it("finds no campaign of another workspace", async () => {
    const other = await ensureWorkspace(db, "other-firm");
    await assert.rejects(diagnoseCampaign(db, other.id, wave1Id), (error) => {
      assert.ok(isRapportError(error));
      assert.equal(error.code, "campaign_not_found");
      return true;
    });
  });
});
