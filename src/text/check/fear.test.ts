import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyse } from "./analyse.js";
import { checkFear } from "./fear.js";

const SCARY =
  "Hackers are attacking firms like ours every day. One wrong click could be devastating: criminals could steal everything and we could face huge fines.";
const STEPS =
  " To stay safe: forward suspicious emails to report@firm.example - it takes 10 seconds.";
const CALM =
  "Please update your laptop this week. Click Restart when the reminder appears; it takes two minutes.";

describe("fear (EPPM)", () => {
  it("flags a scary message with no steps", () => {
    const f = checkFear(analyse(SCARY));
    assert.equal(f.threat, true);
    assert.equal(f.efficacy, false);
    assert.equal(f.flag, true);
    const threats = f.evidence.filter((e) => e.kind === "threat").map((e) => e.text);
    assert.ok(threats.includes("devastating"));
    assert.ok(threats.includes("criminals"));
    assert.ok(threats.includes("huge fines"));
  });

  it("does not flag the same threat once it says what to do and that it is easy", () => {
    const text = SCARY + STEPS;
    const f = checkFear(analyse(text));
    assert.equal(f.threat, true);
    assert.equal(f.efficacy, true);
    assert.equal(f.flag, false);
    const kinds = new Set(f.evidence.map((e) => e.kind));
    assert.ok(kinds.has("response_efficacy"));
    assert.ok(kinds.has("self_efficacy"));
    const self = f.evidence.filter((e) => e.kind === "self_efficacy").map((e) => e.text);
    assert.ok(self.includes("it takes 10 seconds"));
    assert.ok(self.includes("report@firm.example"));
    for (const e of f.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  });

  it("sees no threat in a calm instruction", () => {
    const f = checkFear(analyse(CALM));
    assert.equal(f.threat, false);
    assert.equal(f.flag, false);
  });

  it("needs both parts of efficacy", () => {
    // An action without any sign it is easy or who helps.
    const onlyAction = checkFear(
      analyse(`${SCARY} Forward suspicious emails to the security team.`),
    );
    assert.equal(onlyAction.efficacy, false);
    assert.equal(onlyAction.flag, true);
    // Reassurance without an action.
    const onlyEase = checkFear(analyse(`${SCARY} It is quick and easy.`));
    assert.equal(onlyEase.efficacy, false);
    assert.equal(onlyEase.flag, true);
  });

  it("does not count a vague 'be careful' as a response", () => {
    const f = checkFear(analyse(`${SCARY} Be careful out there. We are happy to help.`));
    assert.equal(f.efficacy, false);
    assert.equal(f.flag, true);
  });

  it("does not call a single mention of phishing a threat", () => {
    const f = checkFear(analyse("Forward phishing emails to the service desk."));
    assert.equal(f.threat, false);
  });
});
