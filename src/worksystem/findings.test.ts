import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import { refusal, seedAcme } from "../../test/worksystem-fixtures.js";
import type { Database } from "../db/database.js";
import { rate } from "./assessment.service.js";
import { listFindings } from "./findings.service.js";
import { surveyFindings } from "./survey.service.js";
import { saveWorkSystem } from "./worksystem.service.js";

/**
 * Findings: what the survey shows per guideline, and how it combines with analyst ratings and
 * workarounds. Ratings themselves are tested in assessment.test.ts.
 */
let db: Database;
let workspaceId: string;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  await seedAcme(db, workspaceId);
  // The ratings an analyst gave, as in assessment.test.ts: the latest of each one counts.
  for (const rating of [
    {
      work_system: "payroll",
      guideline: "participants.know_guidance",
      rating: "Not met",
      note: "Nobody could name the policy",
      evidence: "Interviews with 3 clerks",
    },
    { work_system: "Payroll", guideline: "participants.know_guidance", rating: "partly" },
    {
      work_system: "Sales",
      guideline: "participants.know_guidance",
      rating: "met",
      note: "Induction covers it",
    },
    { work_system: "Sales", guideline: "participants.shape_security", rating: "not_applicable" },
    {
      work_system: "Warehouse",
      guideline: "development.clear_attention",
      rating: "not_met",
      note: "No security in the plan",
    },
  ])
    await rate(db, workspaceId, "Acme Ltd", rating);
});
after(async () => {
  await db.close();
});

describe("survey-based findings", () => {
  it("flags guidelines whose items show a problem, with n, interval and rule", async () => {
    const result = await surveyFindings(db, workspaceId, { organisation: "Acme Ltd" });
    assert.equal(result.campaigns.length, 1);
    const know = result.findings.find((f) => f.guideline === "participants.know_guidance");
    assert.ok(know);
    const aware = know.figures.find((f) => f.item === "aware_controls");
    // 16 + 2 + 3 of 43 do not know the controls.
    assert.equal(aware?.count, 21);
    assert.equal(aware?.n, 43);
    assert.equal(aware?.scope, "organisation");
    assert.ok(aware && aware.ci95[0] < aware.share && aware.share < aware.ci95[1]);
    // 23 of 43 don't know the policy or say none is followed: the strongest of its items.
    assert.equal(know.item, "policy_status");
    assert.equal(know.rule, "survey_majority");
    for (const f of result.findings)
      for (const figure of f.figures) assert.ok(figure.n >= 5, "never below the minimum");
  });

  it("names the gap between managers and employees on the policy", async () => {
    const result = await surveyFindings(db, workspaceId, { organisation: "Acme Ltd" });
    const policy = result.findings.flatMap((f) => f.gaps).find((g) => g.item === "policy_status");
    assert.equal(policy?.higher.community, "employees");
    assert.equal(policy?.lower.community, "management");
    assert.equal(policy?.lower.share, 0);
    assert.ok(policy && policy.ci95[0] > 0);
  });

  it("refuses another organisation's campaign", async () => {
    await saveWorkSystem(db, workspaceId, "Other Ltd", { name: "X" }, { createOrganisation: {} });
    const [campaign] = await db.query<{ id: string }>("SELECT id FROM campaign");
    const error = await refusal(
      surveyFindings(db, workspaceId, { organisation: "Other Ltd", campaign: campaign?.id }),
    );
    assert.equal(error.code, "campaign_of_other_organisation");
  });
});

describe("findings", () => {
  it("combine ratings, survey figures of the work system's own group and workarounds", async () => {
    const { findings } = await listFindings(db, workspaceId, {
      organisation: "Acme Ltd",
      work_system: "Payroll",
    });
    const know = findings.find((f) => f.guideline === "participants.know_guidance");
    assert.ok(know);
    assert.equal(know.severity, "high");
    assert.equal(know.rule, "survey_majority", "16 of 20 in Payroll do not know the controls");
    assert.equal(know.evidence.rating?.rating, "partly");
    const aware = know.evidence.survey.find((f) => f.item === "aware_controls");
    assert.deepEqual([aware?.scope, aware?.count, aware?.n], ["work_system", 16, 20]);
    assert.ok(know.interventions.some((i) => i.code === "training_session"));
    assert.ok(findings.every((f) => f.work_system?.name === "Payroll"));
  });

  it("show where the analyst and the survey disagree", async () => {
    const { findings } = await listFindings(db, workspaceId, {
      organisation: "Acme Ltd",
      work_system: "Sales",
    });
    const know = findings.find((f) => f.guideline === "participants.know_guidance");
    // Sales is hidden by the gate (secondary suppression), so the organisation's figures count.
    assert.ok(know?.evidence.survey.every((f) => f.scope === "organisation"));
    assert.equal(know?.evidence.rating?.rating, "met");
    assert.match(know?.disagreement ?? "", /rated it met/);
    assert.equal(
      findings.find((f) => f.guideline === "participants.shape_security"),
      undefined,
      "not applicable gives no finding",
    );
  });

  it("apply phase guidelines only to a planned change that reached the phase", async () => {
    const { findings } = await listFindings(db, workspaceId, { organisation: "Acme Ltd" });
    const phased = findings.filter((f) => f.phase !== null);
    assert.ok(phased.length > 0);
    assert.ok(phased.every((f) => f.work_system?.name === "Warehouse"));
    assert.ok(phased.every((f) => f.phase === "initiation" || f.phase === "development"));
    const clear = phased.find((f) => f.guideline === "development.clear_attention");
    assert.equal(clear?.rule, "not_met");
  });

  it("tie workarounds to their guideline and raise the severity", async () => {
    const { addWorkaround } = await import("./worksystem.service.js");
    await addWorkaround(db, workspaceId, "Acme Ltd", "Warehouse", {
      description: "Labels are printed from a shared login",
      guideline: "development.clear_attention",
    });
    const { findings } = await listFindings(db, workspaceId, {
      organisation: "Acme Ltd",
      work_system: "Warehouse",
      element: "development",
    });
    assert.ok(findings.every((f) => f.phase === "development"));
    const clear = findings.find((f) => f.guideline === "development.clear_attention");
    assert.equal(clear?.severity, "high");
    assert.equal(clear?.rule, "not_met_with_workarounds");
    assert.equal(clear?.evidence.workarounds.length, 1);
  });

  it("are sorted by severity and can be filtered", async () => {
    const all = await listFindings(db, workspaceId, { organisation: "Acme Ltd" });
    const order = { high: 0, medium: 1, low: 2 };
    for (let i = 1; i < all.findings.length; i++) {
      const [a, b] = [all.findings[i - 1], all.findings[i]];
      assert.ok(a && b && order[a.severity] <= order[b.severity]);
    }
    const high = await listFindings(db, workspaceId, {
      organisation: "Acme Ltd",
      severity: "high",
    });
    assert.ok(high.findings.length > 0 && high.findings.every((f) => f.severity === "high"));
    const bad = await refusal(
      listFindings(db, workspaceId, { organisation: "Acme Ltd", severity: "urgent" }),
    );
    assert.equal(bad.code, "bad_severity");
    const element = await refusal(
      listFindings(db, workspaceId, { organisation: "Acme Ltd", element: "money" }),
    );
    assert.equal(element.code, "bad_element");
  });

  it("never show figures from a group below the minimum", async () => {
    const { findings } = await listFindings(db, workspaceId, {
      organisation: "Acme Ltd",
      work_system: "Warehouse",
    });
    for (const f of findings)
      for (const figure of f.evidence.survey) {
        assert.equal(figure.scope, "organisation", "Warehouse has 3 answers: hidden");
        assert.ok(figure.n >= 5);
      }
  });

  it("have no survey figures for an organisation without answers, and stay in their workspace", async () => {
    const other = await listFindings(db, workspaceId, { organisation: "Other Ltd" });
    assert.deepEqual(other.campaigns, []);
    assert.deepEqual(other.findings, []);
    const second = await db.query<{ id: string }>(
      "INSERT INTO workspace (slug, name) VALUES ('second', 'Second') RETURNING id",
    );
    const error = await refusal(
      listFindings(db, second[0]?.id ?? "", { organisation: "Acme Ltd" }),
    );
    assert.equal(error.code, "organisation_not_found");
  });
});
