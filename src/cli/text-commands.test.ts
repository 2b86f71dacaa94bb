import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runCli } from "../../test/cli.js";
import { tempFile } from "../../test/factories.js";

/** Commands that need no database: the text engine and the guideline catalogue. */
describe("checking a security message", () => {
  it("reads standard input and prints the check as JSON", async () => {
    const result = await runCli(
      ["text", "check", "-", "--format", "json"],
      {},
      "Users are the weakest link. Enable MFA now.",
    );
    assert.equal(result.status, 0, result.stderr);
    const check = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(check), [
      "readability",
      "jargon",
      "blame",
      "fear",
      "passive",
      "commands_without_reasons",
      "score",
      "suggestions",
    ]);
    assert.equal(check.jargon[0].term, "MFA");
    assert.equal(check.blame.length, 1);
  });

  it("explains a missing file", async () => {
    const result = await runCli(["text", "check", "/nonexistent.txt"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /There is no file/);
  });
});

describe("finding relationship signs and blame in texts", () => {
  it("writes one JSON line per text with indicators and evidence offsets", async () => {
    const input = [
      '{"id":1,"text":"😀 They never answer my emails and talk down to us."}',
      '{"id":"b","text":"Great team, always helpful."}',
    ].join("\n");
    const result = await runCli(["text", "indicators", "-"], {}, input);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.deepEqual(Object.keys(lines[0]), [
      "id",
      "indicators",
      "scores",
      "evidence",
      "blame_direction",
    ]);
    assert.ok(lines[0].indicators.includes("negative_communication"));
    const text = "😀 They never answer my emails and talk down to us.";
    for (const e of lines[0].evidence) assert.equal(text.slice(e.start, e.end), e.text);
    assert.deepEqual(lines[1].indicators, []);
  });

  it("judges practitioner blame better than the keyword method on the classic cases", async () => {
    const result = await runCli(
      ["text", "blame", "-"],
      {},
      "id,text\na,Your staff will click anything.\nb,Employees are not the weakest link.\n",
    );
    assert.equal(result.status, 0, result.stderr);
    const [a, b] = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.deepEqual([a.blame, a.keyword_hits], [true, []]);
    assert.deepEqual([b.blame, b.keyword_hits], [false, ["employee", "weakest"]]);
  });

  it("stops at malformed JSONL with the line number", async () => {
    const result = await runCli(
      ["text", "indicators", "-"],
      {},
      '{"id":1,"text":"fine"}\n{"id":2,"text":\n',
    );
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^Line 2 is not valid JSON/);
  });
});

describe("the guideline catalogue from the command line", () => {
  it("filters by element, and round-trips the catalogue through YAML unchanged", async () => {
    const listed = JSON.parse(
      (await runCli(["guidelines", "--element", "participants", "--format", "json"])).stdout,
    );
    assert.ok(listed.guidelines.length >= 3);
    assert.ok(listed.guidelines.every((g: { element: string }) => g.element === "participants"));
    const yaml = (await runCli(["guidelines", "--format", "yaml"])).stdout;
    const file = tempFile("catalogue.yaml", yaml);
    assert.equal(
      (await runCli(["guidelines", "--catalogue", file, "--format", "yaml"])).stdout,
      yaml,
    );
  });

  it("refuses a malformed catalogue with the path of each problem", async () => {
    const file = tempFile(
      "bad.json",
      JSON.stringify({
        schema: "rapport.guidelines/1",
        version: 1,
        name: "Mine",
        guidelines: [{ code: "x" }],
      }),
    );
    const result = await runCli(["guidelines", "--catalogue", file]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /guidelines\[0\]/);
  });
});
