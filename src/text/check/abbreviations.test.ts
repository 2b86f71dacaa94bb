import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { UNKNOWN_ABBREVIATION } from "./abbreviations.js";
import { findJargon } from "./jargon.js";

const terms = (text: string) => findJargon(text).map((j) => j.term);

describe("abbreviations the glossary does not know", () => {
  it("marks them with their offsets and a suggestion to spell them out", () => {
    // Made-up abbreviations, so that the glossary can never come to know them.
    const text = "🔒 We moved the BRQ behind the new ZTK agent.";
    const found = findJargon(text).filter((j) => j.suggestion === UNKNOWN_ABBREVIATION);
    assert.deepEqual(
      found.map((j) => text.slice(j.start, j.end)),
      ["BRQ", "ZTK"],
    );
    assert.equal(found[0]!.start, text.indexOf("BRQ"));
  });

  it("keeps the glossary's own suggestion for an abbreviation it knows", () => {
    const [vpn] = findJargon("Connect to the VPN first.");
    assert.equal(vpn?.term, "VPN");
    assert.notEqual(vpn?.suggestion, UNKNOWN_ABBREVIATION);
  });

  it("reads a plural as its abbreviation, once", () => {
    assert.deepEqual(terms("Two new IOCs today."), ["IOC"]);
    assert.deepEqual(terms("The IOC's source is known."), ["IOC"]);
  });

  it("leaves alone abbreviations most adults know", () => {
    assert.deepEqual(terms("Ask HR or the CEO, send the PDF by USB, see your GP or the NHS."), []);
    assert.deepEqual(terms("The UK and EU rules, FAQ at the end, reply ASAP."), []);
  });

  it("leaves alone words in capitals for emphasis, contractions and roman numerals", () => {
    assert.deepEqual(terms("Please do NOT reply, it is URGENT and IMPORTANT."), []);
    assert.deepEqual(terms("[EXTERNAL] Invoice attached"), []);
    assert.deepEqual(terms("DON'T click and WON’T ask twice."), []);
    assert.deepEqual(terms("Part II of the audit, then part IV."), []);
  });

  it("leaves alone names from code, network names and labels", () => {
    assert.deepEqual(terms("Set DATABASE_URL and RAPPORT_TEST_BACKENDS first."), []);
    assert.deepEqual(terms("Tablets join HOTEL-TILLS, phones join STAFF-5G."), []);
    assert.deepEqual(terms("Staff use FH-Staff, members use FH-Guest."), []);
    assert.deepEqual(terms("Rules map to ATT&CK, as AT&T does."), []);
    // Joined to a word in lower case, it is still an abbreviation to spell out.
    assert.deepEqual(terms("Our PSK-based network."), ["PSK"]);
    assert.deepEqual(terms("POSTER: Did someone just call you?\nTIP: hang up."), []);
    // A label is only a label at the start of a line.
    assert.deepEqual(terms("We asked the DPQ: no answer."), ["DPQ"]);
  });

  it("reads a line all in capitals as shouting, not as abbreviations", () => {
    assert.deepEqual(terms("DO NOT OPEN ATTACHMENTS FROM PEOPLE YOU DO NOT KNOW"), []);
    // The next sentence is an ordinary one again.
    assert.deepEqual(terms("NEVER SHARE YOUR CODE. Ask the MSP to check the NAS."), ["MSP", "NAS"]);
  });

  it("copes with empty and very long input", () => {
    assert.deepEqual(findJargon(""), []);
    const many = "ZQX ".repeat(100_000);
    // A line all in capitals is shouting; the same words in a sentence are abbreviations.
    assert.equal(findJargon(many).length, 0);
    const mixed = "Check the ZQX here. ".repeat(20_000);
    assert.equal(findJargon(mixed).length, 20_000);
  });
});
