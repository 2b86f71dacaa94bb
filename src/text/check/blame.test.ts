import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findBlame } from "./blame.js";

function blamed(text: string): string[] {
  const spans = findBlame(text);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  return spans.map((s) => s.text);
}

describe("blame", () => {
  it("finds the stock phrases and returns the clause", () => {
    assert.deepEqual(blamed("Remember, users are the weakest link in our defences."), [
      "users are the weakest link in our defences",
    ]);
    assert.deepEqual(blamed("Human error is the biggest risk we face."), [
      "Human error is the biggest risk we face",
    ]);
    assert.deepEqual(blamed("Sadly, careless staff still cause most incidents."), [
      "careless staff still cause most incidents",
    ]);
    assert.deepEqual(blamed("Employees keep ignoring the clear desk policy."), [
      "Employees keep ignoring the clear desk policy",
    ]);
    assert.deepEqual(blamed("This happened because of you."), ["This happened because of you"]);
  });

  it("finds direct accusations", () => {
    assert.equal(blamed("Last week you clicked a fake link and the alarm went off.").length, 1);
    assert.deepEqual(blamed("Last week you clicked a fake link and the alarm went off."), [
      "Last week you clicked a fake link",
    ]);
    assert.equal(blamed("It was your mistake.").length, 1);
    assert.equal(blamed("It's your fault; it’s their fault too.").length, 2);
    assert.equal(blamed("Staff who do this will face disciplinary action.").length, 1);
    assert.equal(blamed("You put the whole company at risk.").length, 1);
    assert.equal(blamed("You put the company at risk.").length, 1);
    assert.equal(blamed("Most breaches are caused by human error.").length, 1);
  });

  it("finds naming and shaming, threats of sanctions, and the careless click", () => {
    assert.deepEqual(
      blamed("Users who fall for phishing will be reported to their line manager."),
      ["Users who fall for phishing will be reported to their line manager"],
    );
    assert.equal(blamed("Failure to comply will result in your account being disabled.").length, 1);
    assert.equal(blamed("A single careless click can bring the whole company down.").length, 1);
    assert.deepEqual(blamed("Anyone who clicks a suspicious link by mistake will be helped."), []);
    assert.deepEqual(blamed("Users who report phishing will be thanked."), []);
  });

  it("ignores negated statements", () => {
    assert.deepEqual(blamed("Employees are not the weakest link."), []);
    assert.deepEqual(blamed("Our staff aren't the problem."), []);
    assert.deepEqual(blamed("It is a myth that users are the weakest link."), []);
    assert.deepEqual(
      blamed("It was not your mistake, and it's never your fault if you tell us."),
      [],
    );
    assert.deepEqual(blamed("We don't think people are the problem."), []);
  });

  it("does not treat an invitation to report as an accusation", () => {
    assert.deepEqual(blamed("If you clicked the link, tell us straight away."), []);
    assert.deepEqual(blamed("Even if someone opened the file, call the service desk."), []);
  });

  it("leaves friendly messages alone", () => {
    assert.deepEqual(
      blamed(
        "You are our best defence. Thank you for reporting odd emails; people spotted three scams this month.",
      ),
      [],
    );
  });

  it("merges overlapping hits into one span", () => {
    const spans = blamed("User error is the biggest risk.");
    assert.equal(spans.length, 1);
  });
});
