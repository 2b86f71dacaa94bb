import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { cliDatabase, runCli } from "../../test/cli.js";
import { csv, tempFile } from "../../test/factories.js";
import { diagnosisRows } from "../demo/diagnosis-rows.js";

/** rapport diagnose as an analyst runs it against a database of its own. */
let env: Record<string, string | undefined>;
let dropDatabase: () => Promise<void>;
let campaignId = "";

before(async () => {
  ({ env, drop: dropDatabase } = await cliDatabase("diag_cli"));
  // The demo's first wave, imported through the real command as a researcher would.
  const rows = diagnosisRows(1);
  const header = Object.keys(rows[0] ?? {});
  const file = tempFile(
    "diagnosis.csv",
    csv([header, ...rows.map((row) => header.map((column) => row[column] ?? ""))]),
  );
  const imported = await runCli(
    ["import", "responses", file, "--study", "Diagnosis", "--instrument", "relationship-diagnosis"],
    env,
  );
  assert.equal(imported.status, 0, imported.stderr);
  const listed = await runCli(["campaign", "list", "--format", "json"], env);
  assert.equal(listed.status, 0, listed.stderr);
  campaignId = String(JSON.parse(listed.stdout).campaigns[0]?.id ?? "");
  assert.ok(campaignId, "the import made a campaign");
});
after(async () => {
  await dropDatabase();
});

describe("rapport diagnose", () => {
  it("prints the diagnosis as JSON for scripts", async () => {
    const result = await runCli(
      ["diagnose", "--campaign", campaignId.slice(0, 8), "--format", "json"],
      env,
    );
    assert.equal(result.status, 0, result.stderr);
    const d = JSON.parse(result.stdout);
    assert.equal(d.respondents, 90);
    assert.deepEqual(Object.keys(d), [
      "campaign",
      "min_group_size",
      "respondents",
      "privacy",
      "communities",
      "scales",
      "life_positions",
      "climates",
      "indicators",
      "workarounds",
      "readings",
    ]);
    assert.equal(d.life_positions.cells.length, 9);
  });

  it("prints a readable text with the matrix, climates, signs and workarounds", async () => {
    const result = await runCli(["diagnose", "--campaign", campaignId], env);
    assert.equal(result.status, 0, result.stderr);
    const text = result.stdout;
    assert.match(text, /^Relationship diagnosis: /);
    assert.match(text, /answering \\ about\s+Staff\s+IT security\s+Managers/);
    assert.match(text, /\nStaff\s+ok_ok\s+ok_notok\s+ok_ok\n/);
    for (const heading of ["LEARNING FROM MISTAKES", "BLAME", "RELATIONSHIP SIGNS", "WORKAROUNDS"])
      assert.match(text, new RegExp(heading));
    assert.match(text, /No workarounds recorded for this organisation's work systems yet/);
  });

  it("says kindly when the campaign is not there", async () => {
    const result = await runCli(["diagnose", "--campaign", "ffffffff"], env);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /There is no campaign with id ffffffff/);
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/);
  });
});
