import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findJargon } from "./jargon.js";

function found(text: string): string[] {
  return findJargon(text).map((j) => text.slice(j.start, j.end));
}

describe("jargon", () => {
  it("gives offsets that are string indices, also after emoji and accents", () => {
    const text = "😀👍🏽 Café déjà vu, naïve ünïcödé: turn on MFA and the 🔐 VPN.";
    const hits = findJargon(text);
    assert.deepEqual(
      hits.map((h) => h.term),
      ["MFA", "VPN"],
    );
    for (const h of hits) assert.equal(text.slice(h.start, h.end), h.term);
    // Surrogate pairs count as two units before the match.
    assert.equal(hits[0]!.start, text.indexOf("MFA"));
  });

  it("keeps decomposed accents inside their word", () => {
    const text = "Cafe\u0301 staff: enable 2FA.";
    assert.deepEqual(found(text), ["2FA"]);
  });

  it("prefers the longest match and never overlaps", () => {
    const text = "We use multi-factor authentication and endpoint detection and response.";
    const hits = findJargon(text);
    assert.deepEqual(
      hits.map((h) => h.term),
      ["multi-factor authentication", "endpoint detection and response"],
    );
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i]!.start >= hits[i - 1]!.end);
    // Alone, the shorter entries still match.
    assert.deepEqual(found("Authentication failed on one endpoint device."), [
      "Authentication",
      "endpoint device",
    ]);
  });

  it("treats hyphen, space and a line break alike inside a term", () => {
    assert.deepEqual(found("a zero day, a zero-day and a zero-\nday"), [
      "zero day",
      "zero-day",
      "zero-\nday",
    ]);
    assert.deepEqual(found("multi factor\nauthentication"), ["multi factor\nauthentication"]);
    assert.deepEqual(found("Social\n\nengineering"), []);
  });

  it("matches plurals and variants", () => {
    assert.deepEqual(found("Two VPNs, three firewalls and the MFA's settings."), [
      "VPNs",
      "firewalls",
      "MFA",
    ]);
    assert.deepEqual(found("Whitelisted sites"), ["Whitelisted"]);
  });

  it("reads the negative of a technical participle as jargon too", () => {
    const text = "Never copy files to an unencrypted stick.";
    const spans = findJargon(text).map((j) => text.slice(j.start, j.end));
    assert.deepEqual(spans, ["unencrypted"]);
    // Only a participle of a term gets an "un-" form: "unclear" stays plain.
    assert.deepEqual(findJargon("The rules were unclear and unloved."), []);
  });

  it("reads IT in a term as the department, not as the pronoun", () => {
    assert.deepEqual(
      findJargon("Our IT environment is old.").map((j) => j.term),
      ["IT environment"],
    );
    assert.deepEqual(findJargon("Please make it environment-friendly."), []);
  });

  it("leaves names from code alone", () => {
    assert.deepEqual(findJargon("Set DATABASE_URL, then VPN_HOST."), []);
  });

  it("matches acronyms in their own case, as whole words", () => {
    assert.deepEqual(found("mfa, Mfa, xMFA, MFA"), ["MFA"]);
    // MFAX is no glossary term (it may be marked as an abbreviation of its own, never as MFA).
    assert.ok(!findJargon("MFAX").some((j) => j.term === "MFA"));
    assert.deepEqual(found("DDoS and DDOS but not ddos"), ["DDoS", "DDOS"]);
  });

  it("matches an acronym typed in lower case only where that cannot be a word", () => {
    assert.deepEqual(found("the vpn and the dhcp lease are down, check m365 and 2fa"), [
      "vpn",
      "dhcp",
      "m365",
      "2fa",
    ]);
    // With a vowel, the lower-case form may be a word or a name: pin, ram, soc, Pam.
    assert.deepEqual(found("my pin, the ram, the soc, mfa"), []);
    // Never a term's own spelling, never "it", never inside markup, a file name or a path.
    assert.deepEqual(found("it is fine"), []);
    assert.deepEqual(found("<html> see page.html or help/vpn and the vpn"), ["vpn"]);
  });

  it("matches terms in any case", () => {
    assert.deepEqual(found("PHISHING, Phishing and phishing"), [
      "PHISHING",
      "Phishing",
      "phishing",
    ]);
  });

  it("never flags 'it' or the IT department", () => {
    const text = "IT says it is fine. Ask IT, the IT department or the IT team. It works; it's IT.";
    assert.deepEqual(findJargon(text), []);
  });

  it("reports everyday words only in a technical sense", () => {
    assert.deepEqual(found("A patch of grass. A token of thanks. A cache of coins."), []);
    assert.deepEqual(found("Apply the patch to your laptop tonight."), ["patch"]);
    assert.deepEqual(found("Copy the token into the app."), ["token"]);
    // The cue must be in the same sentence.
    assert.deepEqual(found("Update your laptop. Then mend the patch on your coat."), []);
    // Another glossary term nearby is enough.
    assert.deepEqual(found("The ransomware payload ran."), ["ransomware", "payload"]);
  });

  it("treats markup as plain text and keeps offsets right", () => {
    const text = '<p class="x">Turn on <b>MFA</b></p><script>alert("VPN")</script>';
    const hits = findJargon(text);
    assert.deepEqual(
      hits.map((h) => text.slice(h.start, h.end)),
      ["MFA", "VPN"],
    );
  });

  it("returns nothing for empty text", () => {
    assert.deepEqual(findJargon(""), []);
    assert.deepEqual(findJargon("   \n "), []);
  });

  it("carries the glossary suggestion", () => {
    const [hit] = findJargon("Use the SIEM.");
    assert.equal(hit!.term, "SIEM");
    assert.ok(hit!.suggestion.length > 0);
  });
});
