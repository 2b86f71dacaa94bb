import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectDelimiter } from "./csv-source.js";
import { firstInvalidByte, Utf8Checker } from "./utf8-check.js";

function check(chunks: Buffer[]): { text: string; problem?: unknown } {
  const checker = new Utf8Checker();
  const parts: Buffer[] = [];
  for (const chunk of chunks) {
    const out = checker.push(chunk);
    if (!Buffer.isBuffer(out)) return { text: "", problem: out };
    parts.push(out);
  }
  const tail = checker.end();
  if (!Buffer.isBuffer(tail)) return { text: "", problem: tail };
  return { text: Buffer.concat([...parts, tail]).toString("utf8") };
}

describe("UTF-8 check", () => {
  it("passes multi-byte characters split across chunks and drops a byte-order mark", () => {
    const bytes = Buffer.from("\uFEFFnaïve,日本,😀\n", "utf8");
    const chunks = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
    assert.equal(check(chunks).text, "naïve,日本,😀\n");
  });

  it("finds the line of the first bad byte", () => {
    const bytes = Buffer.concat([Buffer.from("a\nb\nc"), Buffer.from([0xe9, 0x0a])]);
    assert.deepEqual(check([bytes]).problem, { line: 3, byte: 5, kind: "invalid" });
  });

  it("refuses a character cut off by the end of the file", () => {
    assert.equal(
      (check([Buffer.from([0x61, 0xe2, 0x82])]).problem as { kind: string }).kind,
      "invalid",
    );
  });

  it("rejects overlong forms and UTF-16 surrogates (RFC 3629)", () => {
    assert.equal(firstInvalidByte(Buffer.from([0xc0, 0xaf])), 0);
    assert.equal(firstInvalidByte(Buffer.from([0x41, 0xed, 0xa0, 0x80])), 1);
    assert.equal(firstInvalidByte(Buffer.from([0xf4, 0x90, 0x80, 0x80])), 0);
    assert.equal(firstInvalidByte(Buffer.from("ok ✓", "utf8")), 6);
  });

  it("recognises UTF-16 and spreadsheet files", () => {
    assert.equal(
      (check([Buffer.from([0xff, 0xfe, 0x61, 0x00])]).problem as { kind: string }).kind,
      "utf16",
    );
    assert.equal(
      (check([Buffer.from("a,b\n", "utf16le")]).problem as { kind: string }).kind,
      "utf16",
    );
    assert.equal(
      (check([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14])]).problem as { kind: string }).kind,
      "spreadsheet",
    );
  });

  it("accepts an empty input and a file shorter than a signature", () => {
    assert.equal(check([]).text, "");
    assert.equal(check([Buffer.from("a\n")]).text, "a\n");
  });
});

describe("delimiter detection", () => {
  it("reads the delimiter from the header, ignoring quoted text", () => {
    assert.equal(detectDelimiter("a,b,c\n1;2;3"), ",");
    assert.equal(detectDelimiter("a;b;c\n"), ";");
    assert.equal(detectDelimiter("a\tb\tc"), "\t");
    assert.equal(detectDelimiter('"x;y;z",b'), ",");
    assert.equal(detectDelimiter("single"), ",");
  });
});
