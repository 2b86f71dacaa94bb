import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { syllable } from "syllable";
import { analyse } from "./analyse.js";
import { readability } from "./readability.js";

describe("readability", () => {
  it("matches Flesch and Flesch-Kincaid computed by hand", () => {
    const text = "Please report strange emails today. Security matters to everyone here.";
    // Syllables (from the syllable package, checked below):
    //   Please 1, report 2, strange 1, emails 2, today 2            -> 5 words, 8 syllables
    //   Security 4, matters 2, to 1, everyone 3, here 1             -> 5 words, 11 syllables
    // Totals: 10 words, 2 sentences, 19 syllables.
    // words/sentence = 10 / 2 = 5; syllables/word = 19 / 10 = 1.9
    // Flesch = 206.835 - 1.015 * 5 - 84.6 * 1.9 = 206.835 - 5.075 - 160.74 = 41.02  -> 41.0
    // Grade  = 0.39 * 5 + 11.8 * 1.9 - 15.59   = 1.95 + 22.42 - 15.59      = 8.78   -> 8.8
    const counts = text.match(/\p{L}+/gu)!.map((w) => syllable(w));
    assert.deepEqual(counts, [1, 2, 1, 2, 2, 4, 2, 1, 3, 1]);
    const r = readability(analyse(text));
    assert.equal(r.words, 10);
    assert.equal(r.sentences, 2);
    assert.equal(r.avg_sentence_length, 5);
    assert.equal(r.flesch, 41);
    assert.equal(r.grade, 8.8);
    assert.deepEqual(r.long_sentences, []);
  });

  it("counts a contraction as one word", () => {
    const r = readability(analyse("We've said don't do it."));
    assert.equal(r.words, 5);
  });

  it("returns zeros, not NaN, for empty and whitespace-only text", () => {
    for (const text of ["", "   ", "\n\t\n", "\u00a0"]) {
      const r = readability(analyse(text));
      assert.deepEqual(r, {
        flesch: 0,
        grade: 0,
        words: 0,
        sentences: 0,
        avg_sentence_length: 0,
        long_sentences: [],
      });
    }
  });

  it("lists sentences over 25 words with their span and length", () => {
    const long = `${Array.from({ length: 30 }, () => "word").join(" ")}.`;
    const text = `Short one here. ${long} Another short one.`;
    const r = readability(analyse(text));
    assert.equal(r.sentences, 3);
    assert.equal(r.long_sentences.length, 1);
    const [s] = r.long_sentences;
    assert.equal(s!.words, 30);
    assert.equal(text.slice(s!.start, s!.end), long);
  });

  it("treats bullet lines as separate sentences", () => {
    const r = readability(
      analyse("Three things:\n- Lock your screen\n- Report odd emails\n- Use the VPN"),
    );
    assert.equal(r.sentences, 4);
  });

  it("rounds to one decimal", () => {
    const r = readability(
      analyse("The quick brown fox jumps over the lazy dog. It was not amused at all."),
    );
    for (const v of [r.flesch, r.grade, r.avg_sentence_length]) {
      assert.equal(Math.round(v * 10) / 10, v);
    }
  });
});
