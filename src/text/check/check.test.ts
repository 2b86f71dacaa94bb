import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkMessage } from "./check.js";
import { formatCheckAsText } from "./format.js";
import type { MessageCheck, Span } from "./types.js";

const CLEAR = `Hi everyone,

Some of you told us that fake emails are getting harder to spot. Thank you for reporting the ones you found last month.

If an email looks odd, forward it to report@firm.example. It takes ten seconds, and it lets us warn the whole team quickly. You will never get in trouble for reporting, even if you already clicked.

Questions? Call Sam on extension 214.

Thanks,
Sam`;

const HOSTILE = `URGENT: Users are the weakest link. Human error is the biggest risk to this company. Last week you clicked a phishing link and our EDR flagged lateral movement and privilege escalation via a zero-day exploit payload, so the SIEM raised an IOC. Ransomware could be devastating: criminals could steal everything and we could face huge fines. MFA must be enabled. Passwords must be changed. All endpoints were patched by the SOC. Do not use the VPN without DLP.`;

function allSpans(r: MessageCheck): Array<Span & { text?: string }> {
  return [
    ...r.readability.long_sentences,
    ...r.jargon,
    ...r.blame,
    ...r.fear.evidence,
    ...r.passive,
    ...r.commands_without_reasons,
  ];
}

function assertSaneSpans(text: string, r: MessageCheck): void {
  for (const s of allSpans(r)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end));
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, JSON.stringify(s));
    if (s.text !== undefined) assert.equal(text.slice(s.start, s.end), s.text);
    // Never cut an astral character in half.
    for (const edge of [s.start, s.end]) {
      const code = text.charCodeAt(edge);
      assert.ok(!(code >= 0xdc00 && code <= 0xdfff), `span edge ${edge} splits a surrogate pair`);
    }
  }
}

function assertSaneNumbers(r: MessageCheck): void {
  const { readability: rd } = r;
  for (const v of [rd.flesch, rd.grade, rd.words, rd.sentences, rd.avg_sentence_length, r.score]) {
    assert.ok(Number.isFinite(v), `not finite: ${v}`);
  }
  assert.ok(r.score >= 0 && r.score <= 100);
  assert.ok(r.suggestions.length <= 6);
}

describe("checkMessage", () => {
  it("returns exactly the documented shape, as plain JSON", () => {
    const r = checkMessage(HOSTILE);
    assert.deepEqual(Object.keys(r), [
      "readability",
      "jargon",
      "blame",
      "fear",
      "passive",
      "commands_without_reasons",
      "score",
      "suggestions",
    ]);
    assert.deepEqual(Object.keys(r.readability), [
      "flesch",
      "grade",
      "words",
      "sentences",
      "avg_sentence_length",
      "long_sentences",
    ]);
    assert.deepEqual(Object.keys(r.fear), ["threat", "efficacy", "flag", "evidence"]);
    assert.deepEqual(Object.keys(r.jargon[0]!), ["term", "start", "end", "suggestion"]);
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
  });

  it("scores a clear, friendly message at 80 or more", () => {
    const r = checkMessage(CLEAR);
    assert.ok(r.score >= 80, `score ${r.score}`);
    assert.deepEqual(r.blame, []);
    assert.equal(r.fear.flag, false);
  });

  it("scores a jargon-heavy, blaming, fear-only message below 40", () => {
    const r = checkMessage(HOSTILE);
    assert.ok(r.score < 40, `score ${r.score}`);
    assert.ok(r.jargon.length >= 10);
    assert.ok(r.blame.length >= 2);
    assert.equal(r.fear.flag, true);
    assert.ok(r.passive.length >= 2);
    assert.ok(r.commands_without_reasons.length >= 2);
  });

  it("keeps every offset right after emoji, flags and accents", () => {
    const prefix = "👩🏽‍💻🇬🇧 Ça va, naïve café! ";
    const text = prefix + HOSTILE;
    const r = checkMessage(text);
    assertSaneSpans(text, r);
    const plain = checkMessage(HOSTILE);
    assert.equal(r.jargon.length, plain.jargon.length);
    for (let i = 0; i < r.jargon.length; i++) {
      assert.equal(r.jargon[i]!.start, plain.jargon[i]!.start + prefix.length);
    }
  });

  it("returns zeros and no findings for empty or whitespace-only text", () => {
    for (const text of ["", " ", "\n\n\t  \n", "\u00a0\u2003"]) {
      const r = checkMessage(text);
      assert.deepEqual(r.readability, {
        flesch: 0,
        grade: 0,
        words: 0,
        sentences: 0,
        avg_sentence_length: 0,
        long_sentences: [],
      });
      assert.deepEqual(allSpans(r), []);
      assert.equal(r.score, 0);
      assert.deepEqual(r.suggestions, []);
      assert.equal(r.fear.flag, false);
    }
  });

  it("handles a megabyte of text and returns sane numbers", () => {
    const para = `${HOSTILE}\n\n${CLEAR}\n\n`;
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    assert.ok(text.length >= 1_000_000);
    const r = checkMessage(text);
    assertSaneNumbers(r);
    assert.ok(r.readability.words > 100_000);
    assert.ok(r.jargon.length > 1000);
    const sample = r.jargon.slice(-5);
    for (const j of sample) assert.ok(text.slice(j.start, j.end).length > 0);
  });

  it("handles a megabyte with no punctuation, no spaces or no letters at all", () => {
    const inputs = [
      "word ".repeat(200_000),
      "a".repeat(1_000_000),
      "1. ".repeat(300_000),
      "😀".repeat(500_000),
      "you@".repeat(250_000),
    ];
    for (const text of inputs) {
      const r = checkMessage(text);
      assertSaneNumbers(r);
    }
  });

  it("treats HTML and script tags as text and keeps offsets right", () => {
    const text = `<html><body onload="x()"><p>Users are the weakest link.</p><script>alert("MFA must be enabled")</script><img src=x onerror=alert(1)>Turn on <b>2FA</b> &amp; the VPN.</body></html>`;
    const r = checkMessage(text);
    assertSaneSpans(text, r);
    assertSaneNumbers(r);
    assert.deepEqual(
      r.jargon.map((j) => text.slice(j.start, j.end)),
      ["MFA", "2FA", "VPN"],
    );
    assert.equal(r.blame.length, 1);
  });

  it("never raises the score when a jargon term is added", () => {
    // Terms go in where a noun phrase fits: at the end of each sentence and of the text.
    // (Pushed between "were" and "patched", a term would hide the passive from the tagger;
    // the score is monotone in each problem found, not in arbitrary word salad.)
    const bases = [
      CLEAR,
      "Please update your laptop this week. It takes two minutes and keeps your files safe.",
      HOSTILE,
      "We moved the printer. Lock your screen. Passwords must be changed every year.",
    ];
    const terms = ["MFA", "SIEM", "lateral movement", "zero-day", "VPN", "encryption at rest"];
    for (const base of bases) {
      const before = checkMessage(base).score;
      const positions = [...base.matchAll(/[.!?,](?=\s|$)/g)]
        .map((m) => m.index)
        .concat(base.length);
      for (const term of terms) {
        let text = base;
        for (const at of positions) {
          const once = `${base.slice(0, at)} ${term}${base.slice(at)}`;
          const after = checkMessage(once).score;
          assert.ok(after <= before, `"${term}" at ${at} raised ${before} to ${after}`);
        }
        // Adding more and more terms keeps lowering it, never raising.
        let previous = before;
        for (const at of [...positions].reverse()) {
          text = `${text.slice(0, at)} ${term}${text.slice(at)}`;
          const score = checkMessage(text).score;
          assert.ok(score <= previous, `cumulative "${term}" raised ${previous} to ${score}`);
          previous = score;
        }
      }
    }
  });

  it("lowers the score for each kind of problem", () => {
    const base =
      "Please update your laptop this week. It takes two minutes and keeps your files safe.";
    const s = checkMessage(base).score;
    assert.ok(checkMessage(`${base} Users are the weakest link.`).score < s);
    // A threat only costs points when the message gives no step that answers it.
    const calm = "We moved the printer to the second floor.";
    const threat = `${calm} Criminals could destroy us with devastating attacks.`;
    assert.ok(checkMessage(threat).score < checkMessage(calm).score);
    assert.ok(checkMessage(`${base} Passwords will be reset by IT.`).score < s);
    assert.ok(checkMessage(`${base} Never plug in memory sticks.`).score < s);
  });

  it("suggests kindly, most important first, at most six", () => {
    const r = checkMessage(HOSTILE);
    assert.ok(r.suggestions.length >= 1 && r.suggestions.length <= 6);
    assert.ok(r.suggestions.some((s) => s.startsWith('Explain "')));
    for (const s of r.suggestions) {
      assert.doesNotMatch(s, /\byou (?:failed|should have|got it wrong)|\bbad writing\b|\bpoor\b/i);
    }
    assert.match(r.suggestions[0]!, /who is at fault|Explain/);
  });
});

describe("formatCheckAsText", () => {
  it("marks problems inline and lists numbered fixes", () => {
    const r = checkMessage(HOSTILE);
    const out = formatCheckAsText(HOSTILE, r);
    assert.match(out, /\[\[EDR\]\]\{jargon\}/);
    assert.match(out, /\[\[Users are the weakest link\]\]\{blame\}/);
    assert.match(out, /\[\[Ransomware\]\]\{fear, jargon\}/);
    assert.match(out, /Suggested fixes:\n1\. /);
    assert.doesNotMatch(out, /\u001b\[/);
    // Removing the marks gives back the original message.
    const body = out.slice(0, out.indexOf("\n\nScore:"));
    assert.equal(body.replace(/\[\[|\]\]\{[^}]*\}/g, ""), HOSTILE);
    assert.equal(body.split("[[").length, body.split("]]{").length);
  });

  it("says so when there is nothing to fix", () => {
    const text = "Thanks for coming to the drop-in today.";
    const out = formatCheckAsText(text, checkMessage(text));
    assert.match(
      out,
      /^Thanks for coming to the drop-in today\.\n\nScore: \d+\/100\n\nNo changes suggested\.$/,
    );
  });
});
