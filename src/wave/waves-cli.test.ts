import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { cliDatabase, runCli } from "../../test/cli.js";
import { csv, tempFile } from "../../test/factories.js";

/**
 * The wave commands as an analyst runs them: import a second wave, compare
 * it (json and text), and start a next wave.
 */
let env: Record<string, string | undefined>;
let dropDatabase: () => Promise<void>;

before(async () => {
  ({ env, drop: dropDatabase } = await cliDatabase("waves_cli"));
});
after(async () => {
  await dropDatabase();
});

const rows = (aware: Record<string, number>) => {
  const out: string[][] = [["organisation", "community", "aware_controls"]];
  for (const [answer, n] of Object.entries(aware))
    for (let i = 0; i < n; i++) out.push(["Acme Ltd", "employees", answer]);
  return csv(out);
};

interface Listed {
  id: string;
  wave: number;
  status: string;
}

async function campaigns(): Promise<Listed[]> {
  const listed = await runCli(["campaign", "list", "--format", "json"], env);
  assert.equal(listed.status, 0, listed.stderr);
  return (JSON.parse(listed.stdout) as { campaigns: Listed[] }).campaigns;
}

describe("rapport waves", () => {
  let second: Listed | undefined;

  it("imports a second wave with --wave", async () => {
    const first = await runCli(
      [
        "import",
        "responses",
        tempFile("w1.csv", rows({ no: 20, yes: 10 })),
        "--study",
        "Acme pulse",
        "--instrument",
        "sme-security-practices",
      ],
      env,
    );
    assert.equal(first.status, 0, first.stderr);
    const result = await runCli(
      [
        "import",
        "responses",
        tempFile("w2.csv", rows({ no: 6, yes: 24 })),
        "--study",
        "Acme pulse",
        "--wave",
        "2",
      ],
      env,
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Imported 30 respondents .* into "Acme pulse", wave 2/);
    second = (await campaigns()).find((c) => c.wave === 2);
    assert.ok(second);
  });

  it("compares the waves as JSON", async () => {
    const result = await runCli(["waves", "--campaign", second?.id ?? "", "--format", "json"], env);
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.equal(json.against.wave, 1);
    const aware = json.changes.find((c: { code: string }) => c.code === "aware_controls");
    assert.deepEqual(aware.earlier, { value: 66.7, n: 30 });
    assert.deepEqual(aware.later, { value: 20, n: 30 });
    assert.equal(aware.moved, "better");
    assert.equal(aware.ci95.length, 2);
  });

  // Oracle for the interval, base R (Newcombe's method 10 from prop.test's Wilson intervals):
  //   w <- function(x, n) prop.test(x, n, correct = FALSE)$conf.int
  //   p1 <- 6/30; p2 <- 20/30; a <- w(6, 30); b <- w(20, 30); d <- p1 - p2
  //   c(d - sqrt((p1 - a[1])^2 + (b[2] - p2)^2), d + sqrt((a[2] - p1)^2 + (p2 - b[1])^2)) * 100
  //   # -64.24599 -21.77855
  it("compares the waves as text, per community too", async () => {
    const result = await runCli(
      ["waves", "--campaign", (second?.id ?? "").slice(0, 8), "--by", "community"],
      env,
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Compared with wave 1/);
    assert.match(
      result.stdout,
      /aware_controls: People who do not know what the firm does to keep information safe fell from 67% to 20% \(-47 points, 95% CI -64 to -22\)\./,
    );
    assert.match(result.stdout, /Better, beyond chance\./);
    assert.match(result.stdout, /What moved beyond chance\n {2}Better: People who do not know/);
    assert.match(result.stdout, /employees: Questions/);
    assert.doesNotMatch(result.stdout, /policy_status/, "questions nobody answered are left out");
  });

  it("explains a first wave and refuses an unknown breakdown kindly", async () => {
    const first = (await campaigns()).find((c) => c.wave === 1);
    const result = await runCli(["waves", "--campaign", first?.id ?? ""], env);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /This is the first wave/);
    const bad = await runCli(["waves", "--campaign", first?.id ?? "", "--by", "sector"], env);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /Use --by community/);
    assert.doesNotMatch(bad.stderr, /at .*\.ts:\d+/);
  });

  it("starts a next wave, and says which one exists when asked twice", async () => {
    const made = await runCli(
      ["campaign", "next-wave", "--campaign", second?.id ?? "", "--format", "json"],
      env,
    );
    assert.equal(made.status, 0, made.stderr);
    const json = JSON.parse(made.stdout);
    assert.equal(json.wave, 3);
    assert.equal(json.status, "draft");
    const again = await runCli(["campaign", "next-wave", "--campaign", second?.id ?? ""], env);
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /Wave 3 of this campaign already exists/);
  });
});
