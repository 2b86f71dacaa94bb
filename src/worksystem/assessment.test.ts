import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, setupWorkspace } from "../../test/factories.js";
import { refusal, seedAcme } from "../../test/worksystem-fixtures.js";
import type { Database } from "../db/database.js";
import { isRapportError } from "../errors.js";
import { rate, rateMany, ratingHistory } from "./assessment.service.js";
import { parseRatingsFile } from "./ratings-file.js";
import { getWorkSystem } from "./worksystem.service.js";

/**
 * Analyst ratings of guidelines: one at a time or from a file, all or nothing, with history.
 * The findings built from ratings and survey answers are in findings.test.ts.
 */
let db: Database;
let workspaceId: string;

async function ratingCount(): Promise<number> {
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM guideline_rating");
  return row?.n ?? -1;
}

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  await seedAcme(db, workspaceId);
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
