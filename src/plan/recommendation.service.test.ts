import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace, tempFile } from "../../test/factories.js";
import { listCampaigns } from "../campaign/campaign.repository.js";
import type { Database } from "../db/database.js";
import { isRapportError } from "../errors.js";
import { ensureWorkspace } from "../workspace/workspace.service.js";
import { rate } from "../worksystem/assessment.service.js";
import { saveWorkSystem } from "../worksystem/worksystem.service.js";
import { createAction, listActions, updateAction } from "./action.service.js";
import { loadDemoPlan } from "./demo-plan.js";
import { exportPlan } from "./plan-export.service.js";
import { acceptRecommendation, recommendationsForCampaign } from "./recommendation.service.js";
import { signalsForCampaign } from "./signals.service.js";

/**
 * From an organisation's findings to recommendations and an action plan, on a small survey
 * and two analyst ratings.
 */
let db: Database;
let ws: string;
let campaignId: string;

const refused = (code: string) => (e: unknown) => isRapportError(e) && e.code === code;

before(async () => {
  ({ db, workspaceId: ws } = await setupWorkspace());
  await saveWorkSystem(db, ws, "Acme Ltd", { name: "Payroll" }, { createOrganisation: {} });
  const rows: (string | number)[][] = [
    [
      "respondent_id",
      "organisation",
      "community",
      "group",
      "aware_controls",
      "involved_requirements",
    ],
  ];
  for (let i = 0; i < 12; i++)
    rows.push([`r${i}`, "Acme Ltd", "employees", "Payroll", i < 8 ? "no" : "yes", "no"]);
  await importCsv(db, ws, csv(rows), "Acme survey");
  const [campaign] = await listCampaigns(db, ws);
  if (!campaign) throw new Error("no campaign");
  campaignId = campaign.id;
  await rate(db, ws, "Acme Ltd", {
    work_system: "Payroll",
    guideline: "participants.shape_security",
    rating: "not_met",
    note: "Nobody in payroll was asked about the new access rules.",
  });
});
after(async () => db.close());

describe("recommendations for a campaign", () => {
  it("turns the work-system findings into signals with their work system and severity", async () => {
    const { signals } = await signalsForCampaign(db, ws, campaignId.slice(0, 8));
    const finding = signals.find((s) => s.code === "participants.shape_security");
    assert.ok(finding);
    assert.equal(finding.kind, "finding");
    assert.equal(finding.workSystem?.name, "Payroll");
    assert.ok(finding.severity === "high" || finding.severity === "medium");
    assert.match(finding.evidence, /not met/);
  });

  it("recommends a workshop with the work system's participants, with its reasons", async () => {
    const { recommendations } = await recommendationsForCampaign(db, ws, campaignId);
    const workshop = recommendations.find((r) => r.intervention === "requirement_workshop");
    assert.ok(workshop, JSON.stringify(recommendations.map((r) => r.intervention)));
    assert.deepEqual(
      workshop.work_systems.map((w) => w.name),
      ["Payroll"],
    );
    assert.ok(workshop.reasons.some((r) => /In Payroll staff are not involved/.test(r.text)));
    assert.equal(workshop.action_id, null);
  });

  it("accepts a recommendation once, however often it is accepted", async () => {
    const first = await acceptRecommendation(db, ws, campaignId, "requirement_workshop");
    const again = await acceptRecommendation(db, ws, campaignId, "requirement_workshop");
    assert.equal(first.created, true);
    assert.equal(again.created, false);
    assert.equal(again.action.id, first.action.id);
    const action = first.action;
    assert.equal(action.status, "planned");
    assert.equal(action.intervention, "requirement_workshop");
    assert.match(action.title, /Payroll/);
    assert.ok(action.effects.includes("finding:participants.shape_security"));
    assert.ok(action.links.some((l) => l.kind === "finding"));
    const { actions } = await listActions(db, ws, "Acme Ltd");
    assert.equal(actions.filter((a) => a.intervention === "requirement_workshop").length, 1);
    const { recommendations } = await recommendationsForCampaign(db, ws, campaignId);
    assert.equal(
      recommendations.find((r) => r.intervention === "requirement_workshop")?.action_id,
      action.id,
    );
    await assert.rejects(
      acceptRecommendation(db, ws, campaignId, "monitoring"),
      refused("recommendation_not_found"),
    );
  });

  it("points to open actions of the same kind already in the plan", async () => {
    const { action } = await createAction(db, ws, "Acme Ltd", {
      title: "Workshop with Sales",
      intervention: "requirement_workshop",
    });
    const { recommendations } = await recommendationsForCampaign(db, ws, campaignId);
    const workshop = recommendations.find((r) => r.intervention === "requirement_workshop");
    assert.deepEqual(workshop?.similar_actions, [
      { id: action.id, title: "Workshop with Sales", status: "planned" },
    ]);
  });

  it("keeps other workspaces out", async () => {
    const other = await ensureWorkspace(db, "elsewhere");
    await assert.rejects(
      recommendationsForCampaign(db, other.id, campaignId),
      refused("campaign_not_found"),
    );
    await assert.rejects(
      acceptRecommendation(db, other.id, campaignId, "requirement_workshop"),
      refused("campaign_not_found"),
    );
  });

  it("refuses a malformed rule file given instead of the built-in one", async () => {
    const path = tempFile("bad-rules.yaml", "version: 1\nrules: []\n");
    await assert.rejects(
      recommendationsForCampaign(db, ws, campaignId, path),
      (e: unknown) => refused("invalid_rules")(e) && String((e as Error).message).includes(path),
    );
  });
});

describe("plan export and the demo plan", () => {
  it("exports CSV with formula-looking cells defused", async () => {
    const { actions } = await listActions(db, ws, "Acme Ltd");
    await updateAction(db, ws, actions[0]?.id ?? "", {
      notes: '=HYPERLINK("http://evil.example","click")',
      owner_role: "@admin",
    });
    const { filename, csv: text } = await exportPlan(db, ws, "Acme Ltd", "actions");
    assert.equal(filename, "acme-ltd-actions.csv");
    assert.match(text, /^id,title,intervention/);
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), text);
    assert.ok(text.includes(",'@admin,"), text);
    await assert.rejects(exportPlan(db, ws, "Acme Ltd", "people"), refused("bad_export"));
  });

  it("adds nothing when the demo firm is missing", async () => {
    assert.equal(await loadDemoPlan(db, ws), 0);
  });
});
