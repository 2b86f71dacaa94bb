import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "./nlp.js";
import { tokenKeys } from "./pattern-syntax.js";
import { PhraseMatcher } from "./patterns.js";

function matches(matcher: PhraseMatcher<string>, text: string): string[] {
  const tokens = tokenize(text);
  const keys = tokens.map(tokenKeys);
  return matcher
    .find(tokens, keys)
    .map((m) => `${m.data}: ${text.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end)}`);
}

const matcher = new PhraseMatcher<string>([
  { pattern: "never ~2 {get back|reply|answer}", data: "no-reply" },
  { pattern: "talk down to", data: "talk-down" },
  { pattern: "frustrat* with ~2 {IT|security}", data: "frustrated" },
  { pattern: "{no|zero} [regular] contact", data: "no-contact" },
  { pattern: "helpful", data: "helpful" },
  { pattern: "not helpful", data: "not-helpful" },
]);

describe("the phrase matcher", () => {
  it("matches words, lemmas, prefixes, groups, optionals and gaps", () => {
    assert.deepEqual(matches(matcher, "They never really get back to me."), [
      "no-reply: never really get back",
    ]);
    assert.deepEqual(matches(matcher, "They talked down to us"), ["talk-down: talked down to"]);
    assert.deepEqual(matches(matcher, "I'm frustrated with the security team"), [
      "frustrated: frustrated with the security",
    ]);
    assert.deepEqual(matches(matcher, "We have no regular contact."), [
      "no-contact: no regular contact",
    ]);
    assert.deepEqual(matches(matcher, "Zero contact"), ["no-contact: Zero contact"]);
  });

  it("needs every required word: a cue whose later words are missing never matches", () => {
    assert.deepEqual(matches(matcher, "They never say anything."), []);
    assert.deepEqual(matches(matcher, "I'm frustrated with the printer."), []);
  });

  it("lets a longer match hide the one inside it", () => {
    assert.deepEqual(matches(matcher, "They are not helpful"), ["not-helpful: not helpful"]);
    assert.deepEqual(matches(matcher, "They are helpful"), ["helpful: helpful"]);
  });

  it("gives the same answer however many texts it has read, made-up words included", () => {
    const text = "They never get back to me and they talk down to us, not helpful at all.";
    const first = matches(matcher, text);
    assert.equal(first.length, 3);
    // Enough distinct nonsense words to empty the matcher's memory of first words several times.
    for (let round = 0; round < 6; round++) {
      const words = Array.from({ length: 5000 }, (_, i) => `zq${round}x${i}`).join(" ");
      assert.deepEqual(matches(matcher, words), []);
      assert.deepEqual(matches(matcher, text), first);
    }
  });

  it("matches nothing in empty or word-less text", () => {
    assert.deepEqual(matches(matcher, ""), []);
    assert.deepEqual(matches(matcher, " ... !!! "), []);
  });
});
