import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { stringify } from "yaml";
import { cliDatabase, runCli } from "../../test/cli.js";
import { csv, tempFile } from "../../test/factories.js";

/**
 * The work-system commands as an analyst runs them: worksystem, assess, findings and baseline,
 * against a database of their own.
 */
let env: Record<string, string | undefined>;
let dropDatabase: () => Promise<void>;

before(async () => {
  ({ env, drop: dropDatabase } = await cliDatabase("ws_cli"));
});
after(async () => {
  await dropDatabase();
});

const payroll = {
  schema: "rapport.worksystem/1",
  name: "Payroll",
  customers: ["Staff"],
  processes_activities: ["Collect hours", "Run payroll"],
  participants: [{ role: "Clerk", headcount: 2 }],
  information: [{ name: "Salaries", sensitivity: "confidential" }],
  infrastructure: ["E-mail"],
};

describe("rapport worksystem", () => {
  it("imports a YAML file, creating the organisation", async () => {
    const file = tempFile("payroll.yaml", stringify(payroll));
    const result = await runCli(
      ["worksystem", "import", file, "--organisation", "Acme Ltd", "--sector", "retail"],
      env,
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /New organisation: Acme Ltd\./);
    assert.match(result.stdout, /Added work system "Payroll" of Acme Ltd \(6 entries/);
  });

  it("refuses a broken file with the path of each problem and exit code 1", async () => {
    const file = tempFile(
      "bad.json",
      JSON.stringify({ ...payroll, information: [{ name: "Salaries", sensitivity: "secret" }] }),
    );
    const result = await runCli(["worksystem", "import", file, "--organisation", "Acme Ltd"], env);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /information\[0\]\.sensitivity: "secret" is not a sensitivity level/,
    );
  });

  it("lists and shows work systems as text, JSON and the file format", async () => {
    const list = await runCli(["worksystem", "list", "--organisation", "acme ltd"], env);
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /Payroll\s+operation and maintenance/);
    const text = await runCli(["worksystem", "show", "payroll", "--organisation", "Acme Ltd"], env);
    assert.match(
      text.stdout,
      /Processes and activities\n {2}1\. Collect hours\n {2}2\. Run payroll/,
    );
    assert.match(text.stdout, /Salaries \[confidential\]/);
    const json = JSON.parse(
      (
        await runCli(
          ["worksystem", "show", "Payroll", "--organisation", "Acme Ltd", "--format", "json"],
          env,
        )
      ).stdout,
    );
    assert.equal(json.model.participants[0].community, "employees");
    const yaml = await runCli(
      ["worksystem", "show", "Payroll", "--organisation", "Acme Ltd", "--format", "yaml"],
      env,
    );
    assert.match(yaml.stdout, /^schema: rapport\.worksystem\/1\nname: Payroll\n/);
  });

  it("records a phase change and a workaround", async () => {
    const phase = await runCli(
      [
        "worksystem",
        "phase",
        "Payroll",
        "--organisation",
        "Acme Ltd",
        "--to",
        "initiation",
        "--note",
        "New provider",
        "--on",
        "2024-03-01",
      ],
      env,
    );
    assert.equal(phase.status, 0, phase.stderr);
    assert.match(phase.stdout, /Payroll is now in initiation, since 2024-03-01\./);
    const workaround = await runCli(
      [
        "worksystem",
        "workaround",
        "add",
        "--organisation",
        "Acme Ltd",
        "--work-system",
        "Payroll",
        "--description",
        "Payslips sent from private mail",
        "--guideline",
        "information.protection_easy",
        "--format",
        "json",
      ],
      env,
    );
    assert.equal(workaround.status, 0, workaround.stderr);
    assert.equal(JSON.parse(workaround.stdout).element, "information");
  });
});

describe("rapport worksystem remove", () => {
  it("asks for --yes, then removes", async () => {
    const file = tempFile(
      "temp.json",
      JSON.stringify({ schema: "rapport.worksystem/1", name: "Temp" }),
    );
    assert.equal(
      (await runCli(["worksystem", "import", file, "--organisation", "Acme Ltd"], env)).status,
      0,
    );
    const unsure = await runCli(
      ["worksystem", "remove", "Temp", "--organisation", "Acme Ltd"],
      env,
    );
    assert.equal(unsure.status, 1);
    assert.match(unsure.stderr, /Add --yes to go ahead/);
    const sure = await runCli(
      ["worksystem", "remove", "Temp", "--organisation", "Acme Ltd", "--yes"],
      env,
    );
    assert.equal(sure.status, 0, sure.stderr);
    assert.match(sure.stdout, /Removed the work system "Temp"\./);
  });
});

describe("rapport assess and findings", () => {
  it("rates one guideline and suggests the closest code for a typo", async () => {
    const ok = await runCli(
      [
        "assess",
        "--organisation",
        "Acme Ltd",
        "--work-system",
        "Payroll",
        "--guideline",
        "initiation.security_from_start",
        "--rating",
        "not_met",
        "--note",
        "No security in the brief",
      ],
      env,
    );
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Rated initiation\.security_from_start for Payroll: not met\./);
    const typo = await runCli(
      [
        "assess",
        "--organisation",
        "Acme Ltd",
        "--work-system",
        "Payroll",
        "--guideline",
        "initiation.security_from_stat",
        "--rating",
        "met",
        "--format",
        "json",
      ],
      env,
    );
    assert.equal(typo.status, 1);
    assert.match(
      JSON.parse(typo.stdout).error.message,
      /Did you mean initiation\.security_from_start\?/,
    );
    const missing = await runCli(["assess", "--organisation", "Acme Ltd"], env);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /also give --work-system, --guideline, --rating/);
  });

  it("rates many from a CSV file", async () => {
    const file = tempFile(
      "ratings.csv",
      csv([
        ["work_system", "guideline", "rating", "note"],
        ["Payroll", "participants.know_guidance", "partly", "Some know"],
        ["Payroll", "information.protection_easy", "not_met", ""],
      ]),
    );
    const result = await runCli(["assess", "--file", file, "--organisation", "Acme Ltd"], env);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Saved 2 ratings for 1 work system\./);
  });

  it("lists findings with evidence, rule and interventions, filtered by severity", async () => {
    const answers = [["respondent_id", "organisation", "community", "group", "aware_controls"]];
    for (let i = 0; i < 12; i++)
      answers.push([`r${i}`, "Acme Ltd", "employees", "Payroll", i < 9 ? "no" : "yes"]);
    const file = tempFile("answers.csv", csv(answers));
    const imported = await runCli(
      ["import", "responses", file, "--instrument", "sme-security-practices", "--study", "Acme"],
      env,
    );
    assert.equal(imported.status, 0, imported.stderr);
    const text = await runCli(["findings", "--organisation", "Acme Ltd"], env);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /HIGH {2}participants\.know_guidance \(participants\) in Payroll/);
    assert.match(
      text.stdout,
      /Survey \(this work system\): 75% do not know .* \(9 of 12, 95% interval 47% to 91%\)/,
    );
    assert.match(
      text.stdout,
      /HIGH {2}information\.protection_easy .*\n.*\n {2}Why high: The analyst rated it not met, and workarounds were seen\./,
    );
    assert.match(text.stdout, /Usually helps: /);
    const json = JSON.parse(
      (
        await runCli(
          ["findings", "--organisation", "Acme Ltd", "--severity", "medium", "--format", "json"],
          env,
        )
      ).stdout,
    );
    assert.ok(json.findings.length > 0);
    assert.ok(json.findings.every((f: { severity: string }) => f.severity === "medium"));
    const survey = await runCli(["findings", "--organisation", "Acme Ltd", "--survey-only"], env);
    assert.match(survey.stdout, /HIGH {2}participants\.know_guidance/);
  });
});

describe("rapport baseline", () => {
  it("lists the built-in baseline, adds one from a file and compares", async () => {
    const list = await runCli(["baseline", "list"], env);
    assert.match(list.stdout, /SME study UK 2017-18 \(built in\)\s+2018\s+187\s+United Kingdom/);
    const shown = await runCli(["baseline", "show", "--format", "yaml"], env);
    const own = tempFile(
      "own.yaml",
      shown.stdout.replace("name: SME study UK 2017-18", "name: My copy"),
    );
    const added = await runCli(["baseline", "add", own], env);
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /Added the baseline "My copy" with 13 figures\./);
    const compare = await runCli(
      ["baseline", "compare", "--organisation", "Acme Ltd", "--baseline", "my copy"],
      env,
    );
    assert.equal(compare.status, 0, compare.stderr);
    assert.match(
      compare.stdout,
      /75% here against 48% in the baseline: 27 points higher \(95% interval [-+]\d+ to \+\d+ points\)/,
    );
    assert.doesNotMatch(compare.stdout, /better|worse/i);
    const neither = await runCli(["baseline", "compare"], env);
    assert.equal(neither.status, 1);
    assert.match(neither.stderr, /give one of --organisation, --sector or --size-band/);
  });
});

describe("rapport guidelines import, export and remove", () => {
  const own = {
    schema: "rapport.guidelines/1",
    version: 1,
    name: "Shared by a consultant",
    guidelines: [
      {
        code: "strategies.yearly_review",
        element: "strategies",
        statement: "Security is on the agenda of the yearly plan.",
        question: "Is security discussed when the yearly plan is made?",
        why: "What is planned gets time and money.",
        item_codes: ["security_prioritised"],
        interventions: ["management_support"],
        source: "Consultant's list",
      },
    ],
  };

  it("adds own guidelines from a file and exports the merged catalogue, which loads back unchanged", async () => {
    const added = await runCli(
      ["guidelines", "import", tempFile("own.json", JSON.stringify(own))],
      env,
    );
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /added +strategies\.yearly_review/);
    const exported = await runCli(["guidelines", "export"], env);
    assert.equal(exported.status, 0, exported.stderr);
    assert.match(exported.stdout, /strategies\.yearly_review/);
    const again = await runCli(
      ["guidelines", "import", tempFile("all.yaml", exported.stdout)],
      env,
    );
    assert.match(again.stdout, /Added 0, changed 0/);
    assert.equal((await runCli(["guidelines", "export"], env)).stdout, exported.stdout);
    const listed = JSON.parse(
      (await runCli(["guidelines", "--own", "--element", "strategies", "--format", "json"], env))
        .stdout,
    );
    assert.ok(
      listed.guidelines.some((g: { code: string }) => g.code === "strategies.yearly_review"),
    );
  });

  it("refuses a malformed file with each path, and removing a built-in guideline", async () => {
    const bad = {
      ...own,
      guidelines: [{ ...own.guidelines[0], code: "participants.know_guidance" }, { code: 1 }],
    };
    const refused = await runCli(
      ["guidelines", "import", tempFile("bad.json", JSON.stringify(bad))],
      env,
    );
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /guidelines\[0\]\.code/);
    assert.match(refused.stderr, /guidelines\[1\]/);
    const builtin = await runCli(["guidelines", "remove", "participants.know_guidance"], env);
    assert.equal(builtin.status, 1);
    assert.match(builtin.stderr, /built-in/);
    assert.equal(
      (await runCli(["guidelines", "remove", "strategies.yearly_review"], env)).status,
      0,
    );
  });
});
