import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { isRapportError, type RapportError } from "../errors.js";
import { rate, rateMany, ratingHistory } from "./assessment.service.js";
import { listFindings } from "./findings.service.js";
import { parseRatingsFile } from "./ratings-file.js";
import { surveyFindings } from "./survey.service.js";
import { getWorkSystem, saveWorkSystem } from "./worksystem.service.js";

let db: Database;
let workspaceId: string;

async function refusal(promise: Promise<unknown>): Promise<RapportError> {
  try {
    await promise;
  } catch (error) {
    if (isRapportError(error)) return error;
    throw error;
  }
  assert.fail("expected a refusal");
}

async function ratingCount(): Promise<number> {
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM guideline_rating");
  return row?.n ?? -1;
}

/**
 * Acme: 20 employees in Payroll (16 do not know the controls), 10 employees in Sales, 3 in the
 * tiny Warehouse (hidden by the gate, which then also hides Sales), and 10 managers in no
 * group. Employees mostly don't know the policy; managers say it is formal.
 */
function answers(): string {
  const header = [
    "respondent_id",
    "organisation",
    "sector",
    "size_band",
    "community",
    "group",
    "aware_controls",
    "policy_status",
    "received_training",
  ];
  const rows: (string | number)[][] = [header];
  let id = 0;
  const add = (
    count: number,
    community: string,
    group: string,
    aware: (i: number) => string,
    policy: (i: number) => string,
  ) => {
    for (let i = 0; i < count; i++)
      rows.push([
        `r${id++}`,
        "Acme Ltd",
        "retail",
        "small",
        community,
        group,
        aware(i),
        policy(i),
        i % 4 === 0 ? "no" : "yes",
      ]);
  };
  add(
    20,
    "employees",
    "Payroll",
    (i) => (i < 16 ? "no" : "yes"),
    (i) => (i < 14 ? "dont_know" : "formal"),
  );
  add(
    10,
    "employees",
    "Sales",
    (i) => (i < 2 ? "no" : "yes"),
    (i) => (i < 6 ? "dont_know" : "informal"),
  );
  add(
    3,
    "employees",
    "Warehouse",
    () => "no",
    () => "dont_know",
  );
  add(
    10,
    "management",
    "",
    () => "yes",
    () => "formal",
  );
  return csv(rows);
}

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  await saveWorkSystem(
    db,
    workspaceId,
    "Acme Ltd",
    { name: "Payroll" },
    { createOrganisation: {} },
  );
  await saveWorkSystem(db, workspaceId, "Acme Ltd", { name: "Sales" });
  await saveWorkSystem(db, workspaceId, "Acme Ltd", { name: "Warehouse", phase: "development" });
  await importCsv(db, workspaceId, answers(), "Acme survey");
});
after(async () => {
  await db.close();
});

describe("analyst ratings", () => {
  it("keeps every rating; the latest counts", async () => {
    const first = await rate(db, workspaceId, "Acme Ltd", {
      work_system: "payroll",
      guideline: "participants.know_guidance",
      rating: "Not met",
      note: "Nobody could name the policy",
      evidence: "Interviews with 3 clerks",
    });
    assert.equal(first.rating, "not_met");
    assert.equal(first.work_system, "Payroll");
    await rate(db, workspaceId, "Acme Ltd", {
      work_system: "Payroll",
      guideline: "participants.know_guidance",
      rating: "partly",
    });
    const view = await getWorkSystem(db, workspaceId, "Acme Ltd", "Payroll");
    assert.deepEqual(
      view.ratings.map((r) => [r.guideline, r.rating]),
      [["participants.know_guidance", "partly"]],
    );
    const history = await ratingHistory(
      db,
      workspaceId,
      "Acme Ltd",
      "Payroll",
      "participants.know_guidance",
    );
    assert.deepEqual(
      history.map((r) => r.rating),
      ["partly", "not_met"],
    );
    assert.equal(history[1]?.evidence, "Interviews with 3 clerks");
  });

  it("refuses an unknown guideline with the closest code, and an unknown rating", async () => {
    const before = await ratingCount();
    const typo = await refusal(
      rate(db, workspaceId, "Acme Ltd", {
        work_system: "Payroll",
        guideline: "participants.know_guidence",
        rating: "met",
      }),
    );
    assert.match(typo.message, /Did you mean participants\.know_guidance\?/);
    const rating = await refusal(
      rate(db, workspaceId, "Acme Ltd", {
        work_system: "Payroll",
        guideline: "participants.know_guidance",
        rating: "excellent",
      }),
    );
    assert.match(rating.message, /met, partly, not_met, not_known, not_applicable/);
    const system = await refusal(
      rate(db, workspaceId, "Acme Ltd", {
        work_system: "Payrol",
        guideline: "participants.know_guidance",
        rating: "met",
      }),
    );
    assert.match(system.message, /Did you mean "Payroll"/);
    assert.equal(await ratingCount(), before);
  });

  it("saves a whole CSV file, or nothing when one line is wrong", async () => {
    const before = await ratingCount();
    const bad = parseRatingsFile(
      csv([
        ["work_system", "guideline", "rating", "note"],
        ["Sales", "participants.know_guidance", "met", "Induction covers it"],
        ["Sales", "know_guidance", "partly", ""],
        ["Nowhere", "participants.shape_security", "met", ""],
        ["Sales", "participants.shape_security", "sometimes", ""],
      ]),
      "csv",
    );
    const error = await refusal(rateMany(db, workspaceId, "Acme Ltd", bad));
    assert.deepEqual(
      error.details.map((d) => d.line),
      [3, 4, 5],
    );
    assert.match(error.details[0]?.message ?? "", /participants\.know_guidance/);
    assert.equal(error.details[2]?.column, "rating");
    assert.equal(await ratingCount(), before);

    const good = parseRatingsFile(
      csv([
        ["work_system", "guideline", "rating", "note"],
        ["Sales", "participants.know_guidance", "met", "Induction covers it"],
        ["Sales", "participants.shape_security", "not_applicable", ""],
        ["Warehouse", "development.clear_attention", "not_met", "No security in the plan"],
      ]),
      "csv",
    );
    const saved = await rateMany(db, workspaceId, "Acme Ltd", good);
    assert.equal(saved.length, 3);
    assert.equal(await ratingCount(), before + 3);
  });

  it("refuses a ratings file too large for one go", () => {
    const rows = [["work_system", "guideline", "rating"]];
    for (let i = 0; i < 10_001; i++) rows.push(["Sales", "customers.data_accurate", "met"]);
    try {
      parseRatingsFile(csv(rows), "csv");
      assert.fail("accepted 10,001 ratings");
    } catch (error) {
      if (!isRapportError(error)) throw error;
      assert.match(error.message, /at most 10000 fit in one file/);
    }
  });

  it("reads YAML ratings and refuses malformed and empty files with their place", async () => {
    const rows = parseRatingsFile(
      "ratings:\n  - work_system: Sales\n    guideline: customers.data_accurate\n    rating: partly\n",
      "yaml",
    );
    assert.deepEqual(rows[0]?.where, { path: "ratings[0]" });
    const cases: [string, "csv" | "yaml" | "json", RegExp][] = [
      ["", "csv", /no ratings/],
      ["work_system,guideline\nSales,x\n", "csv", /Add a column "rating"/],
      ['work_system,guideline,rating\n"Sales,x,met\n', "csv", /unclosed quote/],
      ["[1, 2]", "json", /Each rating is a block/],
      [
        "- work_system: Sales\n  rating: 3\n  colour: red\n",
        "yaml",
        /Write this as text|Unknown field/,
      ],
      ["just text", "yaml", /as a list/],
    ];
    for (const [text, format, pattern] of cases) {
      try {
        parseRatingsFile(text, format);
        assert.fail(`accepted ${text}`);
      } catch (error) {
        if (!isRapportError(error)) throw error;
        assert.match(
          [error.message, ...error.details.map((d) => d.message)].join(" "),
          pattern,
          text,
        );
      }
    }
  });
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
