import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { GLOSSARY } from "./glossary.js";
import { entryForms, FORM_COLLISIONS } from "./jargon.js";

const acronymForms = GLOSSARY.filter((e) => e.kind === "acronym").flatMap((e) => [
  e.term,
  ...(e.variants ?? []),
]);

function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

describe("glossary", () => {
  it("has at least 220 entries with unique terms", () => {
    assert.ok(GLOSSARY.length >= 220, `only ${GLOSSARY.length} entries`);
    const seen = new Set<string>();
    for (const e of GLOSSARY) {
      const key = `${e.kind}:${e.kind === "acronym" ? e.term : e.term.toLowerCase()}`;
      assert.ok(!seen.has(key), `duplicate term ${e.term}`);
      seen.add(key);
    }
  });

  it("gives every entry a short suggestion, a source and a valid kind", () => {
    for (const e of GLOSSARY) {
      assert.ok(e.suggestion.trim().length > 0, `${e.term} has no suggestion`);
      const words = e.suggestion.trim().split(/\s+/).length;
      assert.ok(words <= 15, `${e.term}: suggestion has ${words} words`);
      assert.ok(e.source.trim().length > 0, `${e.term} has no source`);
      assert.ok(e.kind === "acronym" || e.kind === "term");
    }
  });

  it("never uses a glossary acronym inside a suggestion", () => {
    for (const e of GLOSSARY) {
      for (const a of acronymForms) {
        assert.ok(!containsWord(e.suggestion, a), `${e.term}: suggestion uses "${a}"`);
      }
    }
  });

  it("does not give one spelling to two entries", () => {
    assert.deepEqual(FORM_COLLISIONS, []);
    const owner = new Map<string, string>();
    for (const e of GLOSSARY) {
      for (const form of entryForms(e)) {
        const key = e.kind === "acronym" ? form : form.toLowerCase().replace(/[-\s]+/g, " ");
        const prev = owner.get(`${e.kind}:${key}`);
        assert.ok(prev === undefined || prev === e.term, `"${form}" in ${prev} and ${e.term}`);
        owner.set(`${e.kind}:${key}`, e.term);
      }
    }
  });

  it("covers the terms the brief names", () => {
    const terms = new Set(
      GLOSSARY.flatMap((e) => [
        e.term.toLowerCase(),
        ...(e.variants ?? []).map((v) => v.toLowerCase()),
      ]),
    );
    const required = [
      "multi-factor authentication",
      "zero-day",
      "social engineering",
      "endpoint detection and response",
      "edr",
      "siem",
      "phishing",
      "ransomware",
      "mfa",
      "2fa",
      "vpn",
      "patch",
      "exploit",
      "payload",
      "lateral movement",
      "privilege escalation",
      "least privilege",
      "dlp",
      "iam",
      "sso",
      "tls",
      "encryption at rest",
    ];
    for (const r of required) assert.ok(terms.has(r), `missing ${r}`);
  });

  it("keeps acronyms free of lower-case everyday words and leaves out IT", () => {
    for (const e of GLOSSARY.filter((x) => x.kind === "acronym")) {
      assert.notEqual(e.term.toLowerCase(), e.term, `${e.term} is lower case`);
    }
    assert.ok(!acronymForms.includes("IT"));
  });
});
