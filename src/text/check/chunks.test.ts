import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CHUNK, chunks, LONG_RUN } from "./chunks.js";

function pieces(text: string): Array<[number, number]> {
  return [...chunks(text)];
}

function assertCovers(text: string, parts: Array<[number, number]>): void {
  let at = 0;
  for (const [from, to] of parts) {
    assert.equal(from, at);
    assert.ok(to > from);
    at = to;
  }
  assert.equal(at, text.length);
}

describe("chunks", () => {
  it("leaves short text whole", () => {
    assert.deepEqual(pieces("Hello there."), [[0, 12]]);
    assert.deepEqual(pieces(""), []);
  });

  it("cuts long prose at paragraph or sentence ends and covers every character", () => {
    const text = "A short sentence here. ".repeat(3000);
    const parts = pieces(text);
    assertCovers(text, parts);
    for (const [, to] of parts.slice(0, -1)) assert.equal(text.slice(to - 2, to), ". ");
    for (const [from, to] of parts) assert.ok(to - from <= CHUNK);
  });

  it("feeds very long runs without spaces in small slices, never splitting an emoji", () => {
    const text = `start ${"😀".repeat(3000)} end`;
    const parts = pieces(text);
    assertCovers(text, parts);
    for (const [from, to] of parts) {
      assert.ok(to - from <= LONG_RUN + 1);
      const code = text.charCodeAt(to);
      assert.ok(!(code >= 0xdc00 && code <= 0xdfff));
      assert.ok(from >= 0);
    }
  });
});
