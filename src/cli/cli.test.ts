import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { cliDatabase, runCli, spawnCli } from "../../test/cli.js";
import { testBackend } from "../../test/database.js";
import { csv, tempDir, tempFile } from "../../test/factories.js";
import { buildProgram } from "./program.js";

/**
 * The CLI as a person runs it: the same command lines, a real database of its own (embedded,
 * or a fresh PostgreSQL database), output read from stdout and stderr, exit codes checked.
 * Most commands run inside the test process; the last group starts the real command.
 */
let env: Record<string, string | undefined>;
let dropDatabase: () => Promise<void>;

before(async () => {
  ({ env, drop: dropDatabase } = await cliDatabase("cli"));
});
after(async () => {
  await dropDatabase();
});

describe("rapport --help", () => {
  it("describes every command and every option", async () => {
    const visit = (command: ReturnType<typeof buildProgram>, path: string[]): void => {
      assert.ok(command.description().length > 10, `${path.join(" ")} needs a description`);
      for (const option of command.options) {
        assert.ok(
          option.description.length > 5,
          `${path.join(" ")} ${option.flags} needs a description`,
        );
      }
      for (const sub of command.commands)
        visit(sub as ReturnType<typeof buildProgram>, [...path, sub.name()]);
    };
    visit(buildProgram(), ["rapport"]);
  });

  it("prints help for a sub-command and exits 0", async () => {
    const result = await runCli(["report", "--help"]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /--study <name>/);
    assert.match(result.stdout, /--by <dimensions>/);
  });

  it("says what went wrong with an unknown option", async () => {
    const result = await runCli(["report", "--stdy", "x"], env);
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /unknown option '--stdy'/);
  });
});

describe("import and report from the command line", () => {
  const rows = [
    ["respondent_id", "organisation", "sector", "size_band", "community", "aware_controls"],
  ];
  for (let i = 0; i < 9; i++)
    rows.push([`r${i}`, "Firm A", "retail", "small", "employees", i < 5 ? "yes" : "no"]);
  for (let i = 0; i < 3; i++) rows.push([`s${i}`, "Firm B", "mining", "micro", "employees", "no"]);

  it("imports a CSV and prints the summary as JSON", async () => {
    const file = tempFile("answers.csv", csv(rows));
    const result = await runCli(
      [
        "import",
        "responses",
        file,
        "--instrument",
        "sme-security-practices",
        "--study",
        "CLI study",
        "--format",
        "json",
      ],
      env,
    );
    assert.equal(result.stderr, "");
    assert.equal(result.status, 0);
    assert.deepEqual(JSON.parse(result.stdout), {
      study: "CLI study",
      respondents: 12,
      organisations: 2,
      campaigns: 2,
    });
  });

  it("prints the report as JSON with the small sector hidden", async () => {
    const result = await runCli(
      ["report", "--study", "CLI study", "--by", "sector", "--format", "json"],
      env,
    );
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.study, "CLI study");
    assert.equal(report.respondents, 12);
    assert.deepEqual(report.breakdowns.sector, [
      { group: "mining", n: null, suppressed: true },
      { group: "retail", n: null, suppressed: true },
    ]);
    const aware = report.items.find((i: { code: string }) => i.code === "aware_controls");
    assert.deepEqual(aware.answers[0], { value: "yes", count: 5, percent: 41.7, ci95: [19.3, 68] });
  });

  it("prints a readable text report", async () => {
    const result = await runCli(["report", "--study", "CLI study"], env);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Study: CLI study/);
    assert.match(result.stdout, /12 respondents/);
    assert.match(result.stdout, /Yes\s+5\s+41\.7%\s+\(19\.3-68\.0\)/);
    assert.doesNotMatch(result.stdout, /mining.*\d/);
  });

  it("lists studies, campaigns, organisations and instruments for scripts", async () => {
    const studies = JSON.parse((await runCli(["study", "list", "--format", "json"], env)).stdout);
    assert.equal(studies.studies[0].name, "CLI study");
    const campaigns = JSON.parse(
      (await runCli(["campaign", "list", "--study", "CLI study", "--format", "json"], env)).stdout,
    );
    assert.equal(campaigns.campaigns.length, 2);
    const byCampaign = await runCli(
      ["report", "--campaign", campaigns.campaigns[0].id.slice(0, 8), "--format", "json"],
      env,
    );
    assert.equal(JSON.parse(byCampaign.stdout).respondents, campaigns.campaigns[0].respondents);
    const orgs = JSON.parse(
      (await runCli(["organisation", "list", "--format", "json"], env)).stdout,
    );
    assert.deepEqual(
      orgs.organisations.map((o: { name: string }) => o.name),
      ["Firm A", "Firm B"],
    );
    const instruments = await runCli(["instrument", "list"], env);
    assert.match(instruments.stdout, /sme-security-practices/);
    const shown = JSON.parse(
      (await runCli(["instrument", "show", "security-relationship", "--format", "json"], env))
        .stdout,
    );
    assert.equal(shown.definition.code, "security-relationship");
  });

  it("refuses a bad file with the line, column and allowed values, and exits 1", async () => {
    const file = tempFile("bad.csv", "organisation,aware_controls\nA,perhaps\n");
    const result = await runCli(["import", "responses", file, "--study", "CLI study"], env);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /nothing was imported/);
    assert.match(
      result.stderr,
      /line 2, column aware_controls: "perhaps" is not an answer to aware_controls. Use one of: yes, no./,
    );
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, "no stack trace");
  });

  it("gives JSON errors to scripts and refuses an instrument file with its JSON paths", async () => {
    const file = tempFile(
      "instrument.json",
      JSON.stringify({
        code: "x",
        title: "X",
        sections: [{ title: "S", items: [{ code: "1a", type: "yes_no", text: "?" }] }],
      }),
    );
    const result = await runCli(["instrument", "add", file, "--format", "json"], env);
    assert.equal(result.status, 1);
    const error = JSON.parse(result.stdout).error;
    assert.equal(error.code, "invalid_instrument");
    assert.equal(error.details[0].path, "sections[0].items[0].code");
    const broken = await runCli(["instrument", "add", tempFile("broken.json", "{ nope")], env);
    assert.match(broken.stderr, /is not valid JSON/);
  });

  it("asks for either --study or --campaign", async () => {
    const result = await runCli(["report"], env);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /either --study <name> or --campaign <id>/);
  });
});

describe("running a campaign from the command line", () => {
  it("creates, opens and closes a campaign, and makes links only while it is not closed", async () => {
    const created = await runCli(
      [
        "campaign",
        "create",
        "--organisation",
        "Link Co",
        "--instrument",
        "sme-security-practices",
        "--sector",
        "Retail",
        "--size-band",
        "12",
        "--format",
        "json",
      ],
      env,
    );
    assert.equal(created.status, 0, created.stderr);
    const { id, status } = JSON.parse(created.stdout);
    assert.equal(status, "draft");
    assert.equal(
      JSON.parse(
        (await runCli(["campaign", "open", id.slice(0, 8), "--format", "json"], env)).stdout,
      ).status,
      "open",
    );
    const links = JSON.parse(
      (await runCli(["invite", "--campaign", id, "--count", "3", "--format", "json"], env)).stdout,
    ).links;
    assert.equal(links.length, 3);
    assert.equal(new Set(links).size, 3);
    for (const link of links)
      assert.match(link, /^http:\/\/127\.0\.0\.1:3000\/s\/[A-Za-z0-9_-]{22}$/);
    const csvOut = await runCli(
      ["invite", "--campaign", id, "--count", "2", "--format", "csv"],
      env,
      undefined,
    );
    assert.match(csvOut.stdout, /^link\r\nhttp\S*\r\nhttp\S*\r\n$/);
    const shared = await runCli(
      ["invite", "--campaign", id, "--shared", "--format", "json"],
      env,
      undefined,
      { RAPPORT_PUBLIC_URL: "https://survey.example.org/" },
    );
    assert.match(JSON.parse(shared.stdout).links[0], /^https:\/\/survey\.example\.org\/s\//);
    await runCli(["campaign", "close", id], env);
    const refused = await runCli(["invite", "--campaign", id, "--count", "1"], env);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /is closed/);
  });

  it("joins a study with its questionnaire, and says what to give when neither is named", async () => {
    const joined = await runCli(
      [
        "campaign",
        "create",
        "--organisation",
        "Study Co",
        "--study",
        "cli study",
        "--format",
        "json",
      ],
      env,
    );
    assert.equal(joined.status, 0, joined.stderr);
    const listed = JSON.parse(
      (await runCli(["campaign", "list", "--study", "CLI study", "--format", "json"], env)).stdout,
    );
    assert.ok(
      listed.campaigns.some((c: { id: string }) => c.id === JSON.parse(joined.stdout).id),
      JSON.stringify(listed),
    );
    const other = await runCli(
      [
        "campaign",
        "create",
        "--organisation",
        "Study Co",
        "--study",
        "CLI study",
        "--instrument",
        "security-relationship",
      ],
      env,
    );
    assert.equal(other.status, 1);
    assert.match(other.stderr, /asks the questionnaire/);
    const unknown = await runCli(
      ["campaign", "create", "--organisation", "X", "--study", "Nope"],
      env,
    );
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /There is no study called "Nope"/);
    const neither = await runCli(["campaign", "create", "--organisation", "X"], env);
    assert.equal(neither.status, 1);
    assert.match(neither.stderr, /--instrument .* or join a study with --study/);
  });
});

describe("accounts from the command line", () => {
  it("creates an account with a password from standard input, and refuses a weak one", async () => {
    const made = await runCli(
      [
        "user",
        "create",
        "--email",
        "Ana@Example.org",
        "--role",
        "admin",
        "--password-stdin",
        "--format",
        "json",
      ],
      env,
      "a fine long passphrase\n",
    );
    assert.equal(made.status, 0, made.stderr);
    assert.deepEqual(JSON.parse(made.stdout), { email: "ana@example.org", role: "admin" });
    const weak = await runCli(
      ["user", "create", "--email", "bo@example.org", "--password-stdin"],
      env,
      "short\n",
    );
    assert.equal(weak.status, 1);
    assert.match(weak.stderr, /at least 10 characters/);
    const twice = await runCli(["user", "create", "--email", "ana@example.org"], env);
    assert.match(twice.stderr, /already an account/);
  });

  it("makes and prints a strong password when none is given", async () => {
    const made = await runCli(
      ["user", "create", "--email", "cy@example.org", "--format", "json"],
      env,
    );
    assert.equal(made.status, 0, made.stderr);
    assert.match(JSON.parse(made.stdout).password, /^[A-Za-z0-9_-]{20}$/);
  });
});

describe("relationship signs in a campaign from the command line", () => {
  it("explains what to give when neither a file nor a campaign is named", async () => {
    const result = await runCli(["text", "indicators"], env);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Give a file to read/);
  });

  it("hides a campaign that is too small to show", async () => {
    const campaigns = JSON.parse(
      (await runCli(["campaign", "list", "--format", "json"], env)).stdout,
    ).campaigns;
    const small = campaigns.find((c: { respondents: number }) => c.respondents < 5);
    const result = await runCli(
      ["text", "indicators", "--campaign", small.id, "--format", "json"],
      env,
    );
    assert.equal(result.status, 0, result.stderr);
    const parsed = JSON.parse(result.stdout);
    assert.equal(parsed.answers, 0);
    assert.ok(parsed.by_community.every((g: { suppressed: boolean }) => g.suppressed));
  });
});

describe("the real command in a process of its own", () => {
  it("creates its embedded database in the data folder on first use, or uses DATABASE_URL", () => {
    const dir = tempDir();
    const onItsOwn = testBackend() === "postgres" ? env : { DATABASE_URL: "" };
    const result = spawnCli(
      ["--data-dir", dir, "instrument", "list", "--format", "json"],
      onItsOwn,
    );
    assert.equal(result.status, 0, result.stderr);
    const listed = JSON.parse(result.stdout) as { instruments: { code: string }[] };
    assert.ok(listed.instruments.some((row) => row.code === "security-relationship"));
    assert.equal(existsSync(join(dir, "pgdata")), testBackend() === "pglite");
  });

  it("explains an unusable DATABASE_URL in one sentence and exits 1, without a stack trace", () => {
    const result = spawnCli(["instrument", "list"], { DATABASE_URL: "mysql://localhost/x" });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /DATABASE_URL must start with postgres:\/\//);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  it("says how to mend a damaged text model instead of training one, and exits 1", () => {
    const dir = tempDir();
    for (const [name, env] of [
      ["indicators", "RAPPORT_INDICATOR_MODEL"],
      ["blame", "RAPPORT_BLAME_MODEL"],
    ] as const) {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, '{"format":1,"kind":"shipped","classifiers":{}}');
      const result = spawnCli(["text", name, "-"], { [env]: file }, '{"id":1,"text":"x"}\n');
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, /could not be read.*npm run build/);
      assert.ok(result.stderr.includes(file), result.stderr);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
    }
  });

  it("reads standard input and exits 1 on an unknown command, pointing to --help", () => {
    const checked = spawnCli(["text", "check", "-", "--format", "json"], {}, "Click here now.");
    assert.equal(checked.status, 0, checked.stderr);
    assert.equal(JSON.parse(checked.stdout).readability.sentences, 1);
    const unknown = spawnCli(["repot"]);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /add --help/);
  });
});
