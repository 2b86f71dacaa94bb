import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findJargon } from "./jargon.js";

const found = (text: string) => findJargon(text).map((j) => text.slice(j.start, j.end));

describe("everyday-looking words in their technical sense", () => {
  it("reads a word the writer names or explains as a term", () => {
    assert.deepEqual(found("Leaving a stick in the car park for you to find is called baiting."), [
      "baiting",
    ]);
    assert.deepEqual(found("This is known as 'tailgating'."), ["tailgating"]);
    assert.deepEqual(found("Tailgating is when someone follows you through a door."), [
      "Tailgating",
    ]);
    // Named, but not as itself: the word must follow the naming verb.
    assert.deepEqual(found("Tailgating on the access road is dangerous, drivers."), []);
  });

  it("takes the words of incidents and tools as cues", () => {
    assert.deepEqual(found("Any sign-in triggers a P1 alert."), ["P1"]);
    assert.deepEqual(found("A P1 parking space is kept for visitors."), []);
  });

  it("takes an abbreviation nobody spells out as a cue", () => {
    assert.deepEqual(found("The PSK rotates weekly."), ["PSK", "rotates"]);
    assert.deepEqual(found("The rota rotates weekly."), []);
  });

  it("reads a message dense with terms in the technical register throughout", () => {
    const terms = "We moved the SIEM, the EDR, the VPN and the MFA settings.";
    assert.deepEqual(found(`${terms} The patch goes on tonight.`), [
      "SIEM",
      "EDR",
      "VPN",
      "MFA",
      "patch",
    ]);
    // Three different terms are not enough, nor four mentions of one.
    assert.deepEqual(found("We moved the SIEM, the EDR and the VPN. The patch goes on tonight."), [
      "SIEM",
      "EDR",
      "VPN",
    ]);
    assert.deepEqual(found("VPN, VPN, VPN, VPN. The patch goes on tonight."), [
      "VPN",
      "VPN",
      "VPN",
      "VPN",
    ]);
    // Decoys in a message about something else stay plain.
    assert.deepEqual(found("Builders will mend the damp patch by the stairs on Thursday."), []);
  });
});
