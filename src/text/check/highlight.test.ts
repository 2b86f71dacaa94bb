import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkMessage } from "./check.js";
import { highlight } from "./highlight.js";

describe("highlighting a checked message", () => {
  it("keeps every character once, in order, and marks overlapping findings together", () => {
    const text = "😀 Users are the weakest link, so enable MFA. Passwords must be changed.";
    const pieces = highlight(text, checkMessage(text));
    assert.equal(pieces.map((p) => p.text).join(""), text);
    const mfa = pieces.find((p) => p.text === "MFA");
    assert.ok(mfa?.marks.some((m) => m.kind === "jargon"));
    assert.ok(pieces.some((p) => p.marks.some((m) => m.kind === "blame")));
  });

  it("returns the text unmarked when nothing is found, and nothing for empty text", () => {
    assert.deepEqual(
      highlight("Thanks for your help today.", checkMessage("Thanks for your help today.")),
      [{ text: "Thanks for your help today.", marks: [] }],
    );
    assert.deepEqual(highlight("", checkMessage("")), []);
  });
});
