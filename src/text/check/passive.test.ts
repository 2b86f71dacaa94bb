import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyse } from "./analyse.js";
import { findPassive } from "./passive.js";

function passives(text: string): string[] {
  const spans = findPassive(analyse(text));
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  return spans.map((s) => s.text);
}

describe("passive voice", () => {
  it("finds passive clauses with modal, perfect and progressive auxiliaries", () => {
    assert.deepEqual(passives("Passwords must be changed every 90 days."), [
      "Passwords must be changed",
    ]);
    assert.deepEqual(passives("Your password has been reset."), ["Your password has been reset"]);
    assert.deepEqual(passives("Data is being copied."), ["Data is being copied"]);
    assert.deepEqual(passives("Mistakes were made."), ["Mistakes were made"]);
  });

  it("includes the agent after 'by'", () => {
    assert.deepEqual(passives("Access was revoked by IT."), ["Access was revoked by IT"]);
    assert.deepEqual(passives("Access is granted by the line manager."), [
      "Access is granted by the line manager",
    ]);
  });

  it("accepts irregular participles and get-passives", () => {
    assert.deepEqual(passives("The laptop got stolen from a car."), ["The laptop got stolen"]);
    assert.deepEqual(passives("It was sent yesterday."), ["It was sent"]);
    assert.deepEqual(passives("This is done automatically."), ["This is done"]);
  });

  it("leaves active sentences and look-alikes alone", () => {
    for (const text of [
      "The IT team changed the passwords.",
      "We are going to change passwords.",
      "It has been a long week.",
      "Passwords are important.",
      "They have changed their minds.",
      "Let's get started.",
      "The car is red.",
      "She is tired.",
      "We are based in Leeds.",
      "The team is interested in feedback.",
      "I was there.",
    ]) {
      assert.deepEqual(passives(text), [], text);
    }
  });

  it("finds several clauses and keeps offsets after emoji", () => {
    const text = "🔐 Files were encrypted. Later, backups were restored by the team.";
    assert.deepEqual(passives(text), ["Files were encrypted", "backups were restored by the team"]);
  });
});
