import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maskPersonalData } from "./mask.js";

describe("masking personal data in quotes", () => {
  it("masks emails, phone numbers and names", () => {
    assert.equal(
      maskPersonalData("Ask Dave (dave.smith@firm.example, +44 20 7946 0958) or Mrs Patel."),
      "Ask [name] ([email], [phone]) or [name].",
    );
  });

  it("leaves ordinary words, short numbers and the word 'will' alone", () => {
    const text = "They will fix it in 2 days; room 101, version 3.2. Security staff are fine.";
    assert.equal(maskPersonalData(text), text);
  });
});
