import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace } from "../../test/factories.js";
import { listCampaigns } from "../campaign/campaign.repository.js";
import type { Database } from "../db/database.js";
import { addInstrument } from "../instrument/instrument.service.js";
import type { ItemFigures, Report } from "./report.js";
import { buildScopedReport, parseDimensions } from "./report.service.js";

let db: Database;
let workspaceId: string;

/** 23 respondents: retail 12 (10 employees, 2 managers), services 8, mining 3. */
function studyRows(): string[][] {
  const rows = [["organisation", "sector", "size_band", "community", "group", "aware_controls"]];
  for (let i = 0; i < 12; i++)
    rows.push([
      "Alpha",
      "retail",
      "small",
      i < 10 ? "employees" : "management",
      i < 6 ? "Sales" : "",
      i < 6 ? "yes" : "no",
    ]);
  for (let i = 0; i < 8; i++)
    rows.push(["Beta", "services", "medium", "employees", "Sales", i < 5 ? "yes" : "no"]);
  for (let i = 0; i < 3; i++) rows.push(["Gamma", "mining", "small", "employees", "Pit", "yes"]);
  return rows;
}

const item = (report: Report, code: string) =>
  report.items.find((i) => i.code === code) as ItemFigures;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  await importCsv(db, workspaceId, csv(studyRows()), "Report study");
});
after(async () => {
  await db.close();
});

describe("study report", () => {
  it("gives counts, percents and Wilson intervals that match R", async () => {
    const { report } = await buildScopedReport(db, workspaceId, { study: "report study" }, []);
    assert.deepEqual(Object.keys(report), [
      "study",
      "respondents",
      "min_group_size",
      "items",
      "breakdowns",
    ]);
    assert.equal(report.respondents, 23);
    assert.equal(report.min_group_size, 5);
    // R: prop.test(14, 23, correct = FALSE): yes = 6 + 5 + 3 = 14 of 23; no = 9 -> [21.4, 58.9]
    const aware = item(report, "aware_controls");
    assert.equal(aware.n, 23);
    assert.deepEqual(aware.answers[0], {
      value: "yes",
      count: 14,
      percent: 60.9,
      ci95: [40.8, 77.8],
    });
    assert.deepEqual(aware.answers[1], {
      value: "no",
      count: 9,
      percent: 39.1,
      ci95: [22.2, 59.2],
    });
  });

  it("never shows a group of 3, and hides the next smallest so it cannot be subtracted", async () => {
    const { report } = await buildScopedReport(db, workspaceId, { study: "Report study" }, [
      "sector",
    ]);
    assert.deepEqual(
      report.breakdowns.sector?.map((g) => [g.group, g.n, g.suppressed]),
      [
        ["mining", null, true],
        ["retail", 12, false],
        ["services", null, true],
      ],
    );
    const hidden = report.breakdowns.sector?.find((g) => g.group === "mining");
    assert.deepEqual(hidden, { group: "mining", n: null, suppressed: true });
    // R: prop.test(6, 12, correct = FALSE)$conf.int = [25.4, 74.6]
    const retail = report.breakdowns.sector?.find((g) => g.group === "retail");
    assert.ok(retail && !retail.suppressed);
    assert.deepEqual(retail.items.find((i) => i.code === "aware_controls")?.answers[0], {
      value: "yes",
      count: 6,
      percent: 50,
      ci95: [25.4, 74.6],
    });
  });

  it("puts respondents without a value in their own group, under the same rule", async () => {
    const { report } = await buildScopedReport(db, workspaceId, { study: "Report study" }, [
      "group",
    ]);
    assert.deepEqual(
      report.breakdowns.group?.map((g) => [g.group, g.n]),
      [
        ["Pit", null],
        ["Sales", 14],
        // 6 without a group: shown on its own, but hidden as the next smallest after Pit.
        [null, null],
      ],
    );
    const { report: byCommunity } = await buildScopedReport(
      db,
      workspaceId,
      { study: "Report study" },
      ["community"],
    );
    // Managers (2) are hidden, so employees (21) must be hidden too: total - employees = managers.
    assert.ok(byCommunity.breakdowns.community?.every((g) => g.suppressed));
  });

  it("breaks down by every dimension present when none is asked for", async () => {
    const { report } = await buildScopedReport(db, workspaceId, { study: "Report study" });
    assert.deepEqual(Object.keys(report.breakdowns), [
      "organisation",
      "sector",
      "size_band",
      "community",
      "group",
    ]);
    const { report: none } = await buildScopedReport(
      db,
      workspaceId,
      { study: "Report study" },
      [],
    );
    assert.deepEqual(none.breakdowns, {});
  });

  it("reports one campaign by the first characters of its id", async () => {
    const campaigns = await listCampaigns(db, workspaceId);
    const alpha = campaigns.find((c) => c.organisation === "Alpha");
    assert.ok(alpha);
    const { report } = await buildScopedReport(
      db,
      workspaceId,
      { campaign: alpha.id.slice(0, 8) },
      ["community"],
    );
    assert.equal(report.campaign, alpha.id);
    assert.equal(report.name, alpha.name);
    assert.equal(report.respondents, 12);
    assert.deepEqual(
      report.breakdowns.community?.map((g) => g.suppressed),
      [true, true],
    );
  });

  it("hides every figure when the whole population is below the minimum", async () => {
    await importCsv(
      db,
      workspaceId,
      csv([
        ["organisation", "community", "aware_controls"],
        ["Tiny", "employees", "yes"],
        ["Tiny", "employees", "no"],
      ]),
      "Tiny study",
    );
    const { report } = await buildScopedReport(db, workspaceId, { study: "Tiny study" });
    assert.ok(report.items.every((i) => "suppressed" in i && i.n === null));
    assert.ok(
      Object.values(report.breakdowns).every((groups) => groups?.every((g) => g.suppressed)),
    );
  });

  it("explains unknown studies and breakdowns", async () => {
    await assert.rejects(
      buildScopedReport(db, workspaceId, { study: "Nope" }),
      /There is no study called "Nope". Studies: /,
    );
    assert.throws(() => parseDimensions("sector,shoe_size"), /Cannot break down by "shoe_size"/);
    assert.deepEqual(parseDimensions("Sector, size_band,sector"), ["sector", "size_band"]);
    assert.deepEqual(parseDimensions("none"), []);
  });
});

describe("report on multiple choice, Likert and number items", () => {
  before(async () => {
    await addInstrument(db, workspaceId, {
      code: "mixed",
      title: "Mixed items",
      sections: [
        {
          title: "All types",
          items: [
            {
              code: "tools",
              type: "multiple_choice",
              text: "Which tools?",
              options: [
                { code: "a", label: "A" },
                { code: "b", label: "B" },
                { code: "c", label: "C" },
              ],
            },
            {
              code: "trust",
              type: "likert",
              text: "I trust IT.",
              points: 5,
              dont_know: true,
              labels: ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"],
            },
            { code: "hours", type: "number", text: "Hours of training", min: 0 },
          ],
        },
      ],
    });
    const rows = [
      ["organisation", "tools", "trust", "hours"],
      ["M", "a;b", "1", "3"],
      ["M", "a", "2", "4.5"],
      ["M", "c", "Disagree", "10"],
      ["M", "", "5", ""],
      ["M", "b;A;a", "don't know", ""],
      ["M", "a", "", ""],
    ];
    await importCsv(db, workspaceId, csv(rows), "Mixed study", "mixed");
  });

  it("counts multiple choice as a percent of those who answered the item", async () => {
    const { report } = await buildScopedReport(db, workspaceId, { study: "Mixed study" }, []);
    const tools = item(report, "tools");
    assert.equal(tools.n, 5);
    assert.deepEqual(
      tools.answers.map((a) => [a.value, a.count, a.percent]),
      [
        ["a", 4, 80],
        ["b", 2, 40],
        ["c", 1, 20],
      ],
    );
    // R: prop.test(4, 5, correct = FALSE)$conf.int = [37.6, 96.4]
    assert.deepEqual(tools.answers[0]?.ci95, [37.6, 96.4]);
  });

  it("gives Likert mean and sd over the scale points, counting don't know as an answer", async () => {
    const { report } = await buildScopedReport(db, workspaceId, { study: "Mixed study" }, []);
    const trust = item(report, "trust");
    assert.equal(trust.n, 5);
    assert.equal(trust.answers.find((a) => a.value === "dont_know")?.count, 1);
    // R: x <- c(1, 2, 2, 5); mean(x) = 2.5; sd(x) = 1.732051
    assert.equal(trust.mean, 2.5);
    assert.equal(trust.sd, 1.73);
  });

  it("summarises numbers without listing single values", async () => {
    const { report } = await buildScopedReport(db, workspaceId, { study: "Mixed study" }, []);
    const hours = item(report, "hours");
    // R: x <- c(3, 4.5, 10); mean 5.833333, sd 3.685557, median 4.5
    assert.deepEqual(
      { n: hours.n, mean: hours.mean, sd: hours.sd, median: hours.median, answers: hours.answers },
      { n: 3, mean: 5.83, sd: 3.69, median: 4.5, answers: [] },
    );
  });
});
