import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { campaignIndicators } from "./campaign-indicators.js";

const answer = (community: string | null, body: string, item = "relationship_own_view") => ({
  item_code: item,
  body,
  community,
});

describe("relationship signs across a campaign", () => {
  const answers = [
    answer("employees", "They never answer my emails, ask Dave at dave@firm.example."),
    answer("employees", "Honestly a great team, always helpful."),
    answer("employees", "They talk down to us and never explain anything."),
    answer("management", "They never answer my emails either."),
  ];
  const counts = [
    { community: "employees", n: 12 },
    { community: "it_security", n: 6 },
    { community: "management", n: 2 },
  ];

  it("hides small communities, and the next smallest so it cannot be subtracted", () => {
    const result = campaignIndicators(answers, counts, 5);
    assert.deepEqual(
      result.by_community.map((g) => [g.group, g.suppressed]),
      [
        ["employees", false],
        ["it_security", true],
        ["management", true],
      ],
    );
    const hidden = result.by_community.find((g) => g.group === "management");
    assert.deepEqual(hidden, {
      group: "management",
      respondents: null,
      answers: null,
      suppressed: true,
    });
  });

  it("counts signs per community with intervals, and quotes them masked with their evidence", () => {
    const employees = campaignIndicators(answers, counts, 5).by_community.find(
      (g) => g.group === "employees",
    );
    assert.ok(employees && !employees.suppressed);
    assert.equal(employees.answers, 3);
    const communication = employees.indicators.find(
      (s) => s.indicator === "negative_communication",
    );
    assert.ok(communication && communication.count >= 2);
    const quotes = Object.values(employees.quotes).flat();
    assert.ok(quotes.length > 0);
    for (const quote of quotes) {
      assert.doesNotMatch(quote.text, /Dave|dave@firm/);
      for (const e of quote.evidence) assert.equal(quote.text.slice(e.start, e.end), e.text);
    }
  });

  it("shows nothing when the whole campaign is below the minimum", () => {
    const result = campaignIndicators(answers, [{ community: "employees", n: 4 }], 5);
    assert.equal(result.answers, 0);
    assert.ok(result.by_community.every((g) => g.suppressed));
    assert.ok(result.by_question.every((q) => q.indicators === null));
  });
});
