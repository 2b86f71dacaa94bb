import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { csv, importCsv, setupWorkspace, tableCounts } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { isRapportError, type RapportError } from "../errors.js";
import { projectPath } from "../paths.js";

let db: Database;
let workspaceId: string;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
});
after(async () => {
  await db.close();
});

const HEADER = [
  "respondent_id",
  "organisation",
  "sector",
  "size_band",
  "community",
  "group",
  "aware_controls",
  "policy_status",
];

/** Runs an import that must fail, checks nothing was written, and returns the error. */
async function refused(content: string | Uint8Array, study = "Refused"): Promise<RapportError> {
  const before = await tableCounts(db);
  let caught: unknown;
  try {
    await importCsv(db, workspaceId, content, study);
  } catch (error) {
    caught = error;
  }
  assert.ok(isRapportError(caught), `expected a RapportError, got ${String(caught)}`);
  assert.deepEqual(
    await tableCounts(db),
    before,
    "a refused import must leave the database unchanged",
  );
  return caught;
}

describe("importing a valid file", () => {
  it("creates the study, its organisations and campaigns, and counts respondents", async () => {
    const summary = await importCsv(
      db,
      workspaceId,
      csv([
        HEADER,
        ["r1", "Acme Ltd", "Retail", "small", "employees", "Sales", "yes", "formal"],
        ["r2", "acme  ltd", "retail", "", "Employee", "sales", "No", "dont_know"],
        ["r3", "Bolt", "mining", "12", "IT security", "", "", "informal"],
        ["", "Cog", "", "medium", "", "", "y", ""],
      ]),
      "Valid study",
    );
    assert.deepEqual(summary, {
      study: "Valid study",
      respondents: 4,
      organisations: 3,
      campaigns: 3,
    });
    const orgs = await db.query<{ name: string; sector: string | null; size_band: string | null }>(
      "SELECT name, sector, size_band FROM organisation ORDER BY name_key",
    );
    assert.deepEqual(orgs, [
      { name: "Acme Ltd", sector: "retail", size_band: "small" },
      { name: "Bolt", sector: "mining", size_band: "small" },
      { name: "Cog", sector: null, size_band: "medium" },
    ]);
    const answers = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM answer");
    assert.equal(answers[0]?.n, 6);
  });

  it("never stores the respondent_id and gives responses random ids and a day-only date", async () => {
    const rows = await db.query<Record<string, unknown>>("SELECT * FROM response LIMIT 1");
    const columns = Object.keys(rows[0] ?? {});
    assert.ok(!columns.some((c) => c.includes("respondent")));
    const dump = JSON.stringify(await db.query("SELECT * FROM response"));
    assert.doesNotMatch(dump, /"r[123]"/);
    assert.match(String(rows[0]?.submitted_on), /^\d{4}-\d{2}-\d{2}$/);
    assert.match(
      String(rows[0]?.id),
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("reads semicolon-separated files with a byte-order mark and Windows line endings", async () => {
    const text = `\uFEFF${csv([HEADER, ["a", "Semi Co", "services", "micro", "management", "Office", "yes", "none"]], ";").replace(/\n/g, "\r\n")}`;
    const summary = await importCsv(db, workspaceId, text, "Semicolons");
    assert.equal(summary.respondents, 1);
  });

  it("keeps open answers with commas, quotes and line breaks intact", async () => {
    const answer = 'Passwords change "every month",\nso I write them down; <b>sorry</b>';
    await importCsv(
      db,
      workspaceId,
      csv([
        ["organisation", "security_obstacles"],
        ["Quote Co", answer],
      ]),
      "Open answers",
    );
    const [row] = await db.query<{ body: string }>("SELECT body FROM open_answer");
    assert.equal(row?.body, answer);
  });

  it("skips blank lines and refuses the same file twice unless asked again", async () => {
    const content = `${csv([HEADER, ["x1", "Twice", "retail", "small", "employees", "A", "yes", "formal"]])}\n,,,,,,,\n`;
    await importCsv(db, workspaceId, content, "Twice");
    const error = await refused(content, "Twice");
    assert.equal(error.code, "already_imported");
    assert.match(error.message, /add --again/);
    const again = await importCsv(db, workspaceId, content, "Twice", "sme-security-practices", {
      again: true,
    });
    assert.equal(again.respondents, 1);
  });
});

describe("refusing bad files, with nothing written", () => {
  it("names an unknown column and lists what is allowed", async () => {
    const error = await refused(
      csv([
        ["organisation", "aware_controls", "favourite_colour"],
        ["A", "yes", "blue"],
      ]),
    );
    assert.equal(error.code, "invalid_file");
    assert.equal(error.details[0]?.column, "favourite_colour");
    assert.match(
      error.details[0]?.message ?? "",
      /Unknown column "favourite_colour".*aware_controls/,
    );
  });

  it("gives the line, column and allowed values for an answer not in the options", async () => {
    const error = await refused(csv([HEADER, ["1", "A", "", "", "", "", "yes", "maybe"]]));
    assert.deepEqual(error.details, [
      {
        line: 2,
        column: "policy_status",
        message:
          '"maybe" is not an answer to policy_status. Use one of: formal, in_development, informal, none, dont_know.',
      },
    ]);
  });

  it("refuses a duplicate respondent_id and says where the first one is", async () => {
    const error = await refused(
      csv([HEADER, ["7", "A", "", "", "", "", "yes", ""], ["7", "A", "", "", "", "", "no", ""]]),
    );
    assert.equal(error.details[0]?.line, 3);
    assert.match(error.details[0]?.message ?? "", /also on line 2/);
  });

  it("refuses a wrong size band and community with the allowed values", async () => {
    const error = await refused(csv([HEADER, ["1", "A", "", "huge", "interns", "", "yes", ""]]));
    assert.match(
      error.details[0]?.message ?? "",
      /"huge" is not a size band. Use one of: micro, small, medium, large/,
    );
    assert.match(
      error.details[1]?.message ?? "",
      /"interns" is not a community. Use one of: employees, it_security, management/,
    );
  });

  it("refuses an organisation given two sectors", async () => {
    const error = await refused(
      csv([
        HEADER,
        ["1", "A", "retail", "", "", "", "yes", ""],
        ["2", "a", "mining", "", "", "", "no", ""],
      ]),
    );
    assert.match(
      error.details[0]?.message ?? "",
      /sector mining here, but retail is given on line 2/,
    );
  });

  it("refuses a file without the organisation column", async () => {
    const error = await refused(csv([["aware_controls"], ["yes"]]));
    assert.match(error.details[0]?.message ?? "", /organisation is missing/);
  });

  it("refuses a row with too many or too few values", async () => {
    const error = await refused("organisation,aware_controls\nA,yes,extra\nB\n");
    assert.deepEqual(
      error.details.map((d) => d.line),
      [2, 3],
    );
    assert.match(error.details[0]?.message ?? "", /has 3 values but the header has 2 columns/);
  });

  it("refuses an unclosed quote", async () => {
    const error = await refused('organisation,aware_controls\nA,yes\n"B,no\nC,yes\n');
    assert.equal(error.code, "broken_csv");
    assert.match(error.message, /never closed/);
  });

  it("refuses a file that is not UTF-8 and says which line", async () => {
    const latin1 = Buffer.concat([
      Buffer.from("organisation,aware_controls\nA,yes\nCaf"),
      Buffer.from([0xe9]),
      Buffer.from(",no\n"),
    ]);
    const error = await refused(latin1);
    assert.equal(error.code, "not_utf8");
    assert.match(error.message, /^Line 3 is not UTF-8 text/);
    assert.match(error.message, /CSV UTF-8/);
  });

  it("refuses UTF-16 with advice to save as UTF-8", async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("organisation,aware_controls\nA,yes\n", "utf16le"),
    ]);
    const error = await refused(utf16);
    assert.match(error.message, /UTF-16/);
  });

  it("refuses an empty file and a file with only a header", async () => {
    assert.equal((await refused("")).code, "empty_file");
    assert.equal((await refused("organisation,aware_controls\n")).code, "no_rows");
  });

  it("reports at most 20 problems at once", async () => {
    const rows = [
      ["organisation", "aware_controls"],
      ...Array.from({ length: 50 }, (_, i) => [`Firm ${i}`, "perhaps"]),
    ];
    const error = await refused(csv(rows));
    assert.equal(error.details.length, 20);
    assert.match(error.message, /showing the first 20/);
  });

  it("treats hostile content as data: script tags and formulas are stored as typed, NUL bytes dropped", async () => {
    const hostile = '<script>alert(1)</script>=HYPERLINK("http://x")';
    await importCsv(
      db,
      workspaceId,
      csv([
        ["organisation", "security_obstacles"],
        ["Hostile\u0000 Co", `${hostile}\u0000`],
      ]),
      "Hostile",
    );
    const [row] = await db.query<{ body: string }>(
      "SELECT body FROM open_answer o JOIN campaign c ON c.id = o.campaign_id JOIN study s ON s.id = c.study_id WHERE s.name = 'Hostile'",
    );
    assert.equal(row?.body, hostile);
  });

  it("refuses a study name that is empty, and a new study without an instrument", async () => {
    await assert.rejects(
      importCsv(db, workspaceId, csv([["organisation"], ["A"]]), "   "),
      /Give the study a name/,
    );
    const { importResponses } = await import("./response-import.js");
    const { csvFileSource } = await import("./row-source.js");
    const { tempFile } = await import("../../test/factories.js");
    await assert.rejects(
      importResponses(db, workspaceId, {
        source: csvFileSource(tempFile("a.csv", "organisation,aware_controls\nA,yes\n")),
        study: "No instrument",
      }),
      /say which questionnaire/,
    );
  });
});

describe("importing a larger file", () => {
  it("streams 20,000 rows in one transaction", async () => {
    const lines = ["organisation,sector,community,aware_controls,received_training"];
    for (let i = 0; i < 20_000; i++)
      lines.push(
        `Firm ${i % 40},${i % 2 ? "retail" : "services"},employees,${i % 3 ? "yes" : "no"},${i % 5 ? "no" : "yes"}`,
      );
    const summary = await importCsv(db, workspaceId, `${lines.join("\n")}\n`, "Large");
    assert.deepEqual(summary, {
      study: "Large",
      respondents: 20_000,
      organisations: 40,
      campaigns: 40,
    });
  });
});

describe("files from other tools", () => {
  it("refuses an Excel workbook with advice to save as CSV", async () => {
    const error = await refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    assert.equal(error.code, "not_csv");
    assert.match(error.message, /Save As > CSV UTF-8/);
  });

  it("skips blank lines before the header", async () => {
    const summary = await importCsv(
      db,
      workspaceId,
      `\n\n${csv([
        ["organisation", "aware_controls"],
        ["Late Header Ltd", "yes"],
      ])}`,
      "Blank start",
    );
    assert.equal(summary.respondents, 1);
  });

  it("refuses a survey-platform export whose columns are question texts", async () => {
    const error = await refused(
      readFileSync(
        projectPath("..", "shared", "fixtures", "csv", "fivethirtyeight_flying_etiquette.csv"),
      ),
    );
    assert.equal(error.code, "invalid_file");
    assert.equal(error.details.length, 20);
    assert.match(error.details[0]?.message ?? "", /organisation is missing/);
    assert.match(error.details[1]?.message ?? "", /Unknown column "RespondentID"/);
  });
});
