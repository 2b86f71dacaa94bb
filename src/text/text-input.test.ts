import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tempFile } from "../../test/factories.js";
import { isRapportError } from "../errors.js";
import { readTextRecords, readWholeText } from "./text-input.js";

async function collect(path: string) {
  const out = [];
  for await (const record of readTextRecords(path)) out.push(record);
  return out;
}

async function failure(path: string): Promise<string> {
  try {
    await collect(path);
  } catch (error) {
    assert.ok(isRapportError(error), String(error));
    return error.message;
  }
  throw new Error("expected a failure");
}

describe("reading texts to analyse", () => {
  it("reads JSONL with ids and skips blank lines", async () => {
    const path = tempFile(
      "a.jsonl",
      '{"id": 1, "text": "They never answer."}\n\n{"id": "b7", "text": "Fine 😀"}\n',
    );
    assert.deepEqual(await collect(path), [
      { line: 1, id: 1, text: "They never answer." },
      { line: 3, id: "b7", text: "Fine 😀" },
    ]);
  });

  it("reads CSV with id and text columns, quotes and line breaks included", async () => {
    const path = tempFile("a.csv", 'id,text,extra\n1,"Line one,\nline two",x\n2,short,y\n');
    assert.deepEqual(await collect(path), [
      { line: 2, id: "1", text: "Line one,\nline two" },
      { line: 4, id: "2", text: "short" },
    ]);
  });

  it("recognises JSONL without a telling file name", async () => {
    const path = tempFile("input.txt", '{"id":1,"text":"x"}\n');
    assert.equal((await collect(path))[0]?.text, "x");
  });

  it("names the line of malformed JSON and of a missing text field", async () => {
    assert.match(
      await failure(tempFile("b.jsonl", '{"id":1,"text":"ok"}\n{"id":2, "text": \n')),
      /^Line 2 is not valid JSON/,
    );
    assert.match(
      await failure(tempFile("c.jsonl", '{"id":1,"body":"x"}\n')),
      /^Line 1 has no "text" field/,
    );
    assert.match(await failure(tempFile("d.jsonl", "[1,2]\n")), /^Line 1 is not an object/);
  });

  it("asks for a text column in CSV and explains a missing file", async () => {
    assert.match(await failure(tempFile("e.csv", "id,body\n1,x\n")), /no "text" column/);
    assert.match(await failure("/nonexistent/file.jsonl"), /There is no file/);
  });

  it("returns nothing for an empty file and streams a large one", async () => {
    assert.deepEqual(await collect(tempFile("empty.jsonl", "")), []);
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify({ id: i, text: `answer number ${i}` }),
    );
    const records = await collect(tempFile("big.jsonl", `${lines.join("\n")}\n`));
    assert.equal(records.length, 20_000);
    assert.equal(records.at(-1)?.text, "answer number 19999");
  });

  it("reads a whole message and drops a byte-order mark", async () => {
    assert.equal(await readWholeText(tempFile("m.txt", "\uFEFFHello team")), "Hello team");
  });
});
