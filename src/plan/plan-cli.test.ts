import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { stringify } from "yaml";
import { cliDatabase, runCli } from "../../test/cli.js";
import { csv, tempFile } from "../../test/factories.js";

/** rapport actions ... as an analyst runs it against a database of its own. */
let env: Record<string, string | undefined>;
let dropDatabase: () => Promise<void>;
let campaign = "";

before(async () => {
  ({ env, drop: dropDatabase } = await cliDatabase("plan_cli"));
});
after(async () => {
  await dropDatabase();
});

const ok = async (args: string[]) => {
  const result = await runCli(args, env);
  assert.equal(result.status, 0, `${args.join(" ")}: ${result.stderr}${result.stdout}`);
  return result.stdout;
};
const org = ["--organisation", "Acme Ltd"];

describe("rapport actions", () => {
  it("recommends from the findings and accepts a recommendation once", async () => {
    await ok([
      "worksystem",
      "import",
      tempFile("payroll.yaml", stringify({ schema: "rapport.worksystem/1", name: "Payroll" })),
      ...org,
    ]);
    const rows: string[][] = [["respondent_id", "organisation", "group", "involved_requirements"]];
    for (let i = 0; i < 10; i++) rows.push([`r${i}`, "Acme Ltd", "Payroll", "no"]);
    await ok([
      "import",
      "responses",
      tempFile("answers.csv", csv(rows)),
      "--study",
      "Acme survey",
      "--instrument",
      "sme-security-practices",
    ]);
    await ok([
      "assess",
      ...org,
      "--work-system",
      "Payroll",
      "--guideline",
      "participants.shape_security",
      "--rating",
      "not_met",
    ]);
    const campaigns = JSON.parse(await ok(["campaign", "list", "--format", "json"]));
    const list = Array.isArray(campaigns) ? campaigns : (campaigns.campaigns ?? []);
    campaign = String(list[0]?.id ?? "").slice(0, 8);
    const text = await ok(["actions", "recommend", "--campaign", campaign]);
    assert.match(text, /Workshop on security needs \(requirement_workshop\)/);
    assert.match(text, /In Payroll staff are not involved/);
    const first = JSON.parse(
      await ok([
        "actions",
        "recommend",
        "--campaign",
        campaign,
        "--accept",
        "requirement_workshop",
        "--format",
        "json",
      ]),
    );
    assert.equal(first.created, true);
    const again = await ok([
      "actions",
      "recommend",
      "--campaign",
      campaign,
      "--accept",
      "requirement_workshop",
    ]);
    assert.match(again, /Already in the action plan/);
  });

  it("adds, updates, lists and exports actions, and refuses bad input kindly", async () => {
    const bad = await runCli(
      ["actions", "add", ...org, "--title", "x", "--intervention", "monitoring", "--due", "soon"],
      env,
    );
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /due_on: Write the date as year-month-day/);
    const added = JSON.parse(
      await ok([
        "actions",
        "add",
        ...org,
        "--title",
        "=HYPERLINK(1)",
        "--intervention",
        "security_dialogue",
        "--owner-role",
        "Head of IT",
        "--effects",
        "indicator:disengagement,item:contact_frequency",
        "--format",
        "json",
      ]),
    );
    const changed = await ok([
      "actions",
      "update",
      added.id.slice(0, 8),
      ...org,
      "--status",
      "done",
      "--started",
      "2026-03-02",
    ]);
    assert.match(changed, /\[done\]/);
    assert.match(changed, /started 2026-03-02/);
    const listed = await ok(["actions", "list", ...org, "--status", "done"]);
    assert.match(listed, /=HYPERLINK\(1\)/);
    assert.doesNotMatch(listed, /Workshop on security needs/);
    const exported = await ok(["actions", "export", ...org]);
    assert.match(exported, /^id,title,intervention/);
    assert.ok(exported.includes(",'=HYPERLINK(1),"), exported);
    const missing = await runCli(
      ["actions", "update", "abcdef12", ...org, "--status", "done"],
      env,
    );
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /There is no action abcdef12/);
  });

  it("keeps champions and dialogues", async () => {
    await ok([
      "actions",
      "champions",
      "add",
      ...org,
      "--group",
      "payroll",
      "--name",
      "Dana Reyes",
      "--contact",
      "ext. 12",
    ]);
    assert.match(
      await ok(["actions", "champions", "list", ...org]),
      /Payroll\s+Dana Reyes\s+ext\. 12/,
    );
    const wrong = await runCli(
      ["actions", "champions", "add", ...org, "--group", "Moon", "--name", "X"],
      env,
    );
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /no group called "Moon"\. Use one of: Payroll/);
    await ok([
      "actions",
      "dialogues",
      "add",
      ...org,
      "--date",
      "2026-03-02",
      "--communities",
      "employees,it_security",
      "--topics",
      "The VPN",
    ]);
    assert.match(
      await ok(["actions", "dialogues", "list", ...org]),
      /2026-03-02 {2}employees, it_security/,
    );
    assert.match(
      await ok(["actions", "export", ...org, "--what", "champions"]),
      /^group,name,contact,since\r\nPayroll,Dana Reyes,ext\. 12,\r\n$/,
    );
  });
});
