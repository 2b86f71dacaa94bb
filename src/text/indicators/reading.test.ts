import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { check, cuedWords, reported } from "../../../test/indicator-result.js";
import { tokenize } from "../shared/nlp.js";
import { buildScope } from "../shared/scope.js";
import { REPORT_THRESHOLD } from "./index.js";

// How the detector reads what is denied, conceded or hedged, and wording found in fresh
// statements written after the corpus.

describe("negation, contrast and hedges", () => {
  it("a negated cue does not count", () => {
    const r = check("They are never condescending.");
    assert.ok(!r.indicators.includes("negative_communication"));
    assert.ok(r.scores.negative_communication < REPORT_THRESHOLD);
    assert.deepEqual(check("There's no jargon in their emails at all.").indicators, []);
    assert.ok(!reported("I have never once felt blamed or talked down to.").includes("blame"));
    assert.ok(!reported("I'm not scared of them at all.").includes("negative_feelings"));
  });

  it("after 'but' the complaint counts, before it the denial holds", () => {
    const text = "Not a problem at all, but they never answer my emails.";
    const r = check(text);
    assert.ok(r.indicators.includes("negative_communication"));
    const but = text.indexOf("but");
    for (const e of r.evidence) assert.ok(e.start > but, `evidence "${e.text}" is before "but"`);
  });

  it("a conceded complaint followed by praise weighs less than the complaint alone", () => {
    const alone = check("They can be slow to respond.").scores.conflict;
    const conceded = check(
      "They can be slow to respond, but they are lovely people and always patient.",
    ).scores.conflict;
    assert.ok(conceded < alone, `${conceded} should be below ${alone}`);
  });

  it("hedges weaken the score", () => {
    const plain = check("They are distant.").scores.disengagement;
    const hedged = check("maybe a bit distant sometimes").scores.disengagement;
    assert.ok(plain >= REPORT_THRESHOLD);
    assert.ok(hedged < plain, `hedged ${hedged} should be below ${plain}`);
  });

  it("a past that a next sentence opens on the present concedes the whole first sentence", () => {
    const pastOf = (text: string) => {
      const tokens = tokenize(text);
      const words = (from: number, to: number) =>
        tokens
          .slice(from, to)
          .filter((t) => t.kind === "word")
          .map((t) => t.value)
          .join(" ");
      return buildScope(tokens)
        .concessions.filter((c) => c.past)
        .map((c) => [words(...c.conceded), words(...c.main)]);
    };
    assert.deepEqual(pastOf("They used to lecture us. These days they listen. We like it."), [
      ["They used to lecture us", "These days they listen"],
    ]);
    // Conceded once, by its "but", not twice.
    assert.deepEqual(pastOf("They used to lecture us. But now they listen."), [
      ["They used to lecture us", "now they listen"],
    ]);
    // "new" inside the past part is not yet the present: the past has said nothing so far.
    assert.deepEqual(
      pastOf("Before the new manager came they lectured us constantly; these days they listen."),
      [["Before the new manager came they lectured us constantly", "these days they listen"]],
    );
    // "Since then" carries the past on: the hurt still counts.
    assert.deepEqual(pastOf("I was hurt by how they spoke to me. Since then I avoid them."), []);
    // No past marker, no change: two complaints in a row stay two complaints.
    assert.deepEqual(pastOf("They lecture us. Now they block USB sticks too."), []);
  });

  it("a question answered with no", () => {
    assert.ok(
      !reported("Do they talk down to people? No, never.").includes("negative_communication"),
    );
    assert.ok(reported("Are they approachable? No, not in my experience.").length > 0);
    // Also when the words that weigh are the classifier's, not a cue's.
    for (const text of ["Do they lecture us? No.", "Do they treat us like suspects? No, never."])
      assert.deepEqual(reported(text), [], text);
  });

  it("sarcasm closed by 'not' flips the praise", () => {
    assert.ok(reported("Oh they're so helpful. Not.").includes("conflict"));
  });

  it("a negation does not reach past 'before' or 'after' into the next clause", () => {
    // "blocked" still counts for conflict: the "Nobody" of the first clause does not deny it.
    assert.deepEqual(
      cuedWords("Nobody warned us before they blocked the shared drive.", "conflict"),
      ["blocked"],
    );
    assert.deepEqual(cuedWords("Nobody blocked the shared drive.", "conflict"), []);
    assert.ok(!reported("Nobody blocked anything, they were great.").includes("conflict"));
  });

  it("agreement is praise, and denied agreement is friction", () => {
    const denied = check("We don't see eye to eye with the security team about laptops.");
    assert.ok(denied.indicators.includes("conflict"));
    assert.ok(denied.evidence.some((e) => e.text.includes("see eye to eye")));
    assert.deepEqual(
      check("We see eye to eye with the security team on most things.").indicators,
      [],
    );
  });
});

describe("denials and cues in fresh wording", () => {
  it("a clause led by 'nobody' denies its verb, however far away", () => {
    const r = check("Nobody from security has ever asked for our opinion.");
    assert.ok(r.indicators.includes("power_imbalance"), JSON.stringify(r.scores));
    assert.deepEqual(check("They asked for our opinion before the change.").indicators, []);
  });
  it("not knowing what the security team does is distance; not knowing what to do is not", () => {
    const r = check("They are friendly enough, but I have no idea what they actually do.");
    assert.ok(r.indicators.includes("disengagement"), JSON.stringify(r.scores));
    assert.ok(
      !check("I don't know what to do when I get a phishing email.").indicators.includes(
        "disengagement",
      ),
    );
  });
  it("a question received as a nuisance is negative communication", () => {
    assert.ok(
      cuedWords("They treat every question as a nuisance.", "negative_communication").length > 0,
    );
  });
  it("'wrong' denies blame only when it judges the blaming", () => {
    for (const text of [
      "When something goes wrong they blame us.",
      "If anything goes wrong they always point the finger at us.",
    ]) {
      const r = check(text);
      assert.ok(r.indicators.includes("blame"), text);
      assert.deepEqual(r.blame_direction, ["towards_employees"], text);
    }
    for (const text of [
      "It is wrong to blame users.",
      "It's unfair to blame staff for phishing.",
    ]) {
      assert.ok(!check(text).indicators.includes("blame"), text);
    }
  });
});
