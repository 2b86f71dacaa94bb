import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { check, cuedWords, reported } from "../../../test/indicator-result.js";
import {
  detectIndicators,
  INDICATOR_CODES,
  type IndicatorCode,
  throughputSample,
} from "./index.js";

describe("detectIndicators finds each indicator", () => {
  const cases: Array<[IndicatorCode, string]> = [
    [
      "conflict",
      "Security constantly gets in the way of my work and we argue about it every week.",
    ],
    ["conflict", "It takes three weeks to get any software approved, so we miss our deadlines."],
    ["negative_communication", "Their emails are full of jargon and they talk down to us."],
    ["negative_communication", "We only ever hear from them when something has gone wrong."],
    [
      "negative_feelings",
      "I'm scared of clicking the wrong thing and their warnings stress me out.",
    ],
    [
      "negative_feelings",
      "Honestly I'm frustrated and disappointed with how they handled my report.",
    ],
    [
      "power_imbalance",
      "It's like I work for them: everything I do gets inspected as if they were my bosses.",
    ],
    ["power_imbalance", "They hold all the power and we have no say in any of the rules."],
    ["disengagement", "I never see them, so I just fix problems myself instead of asking."],
    ["disengagement", "The relationship is distant, practically non-existent."],
    ["blame", "They treat us as if we are the problem, the weakest link."],
    ["blame", "IT are useless and it's their fault we lost the contract."],
  ];
  for (const [code, text] of cases) {
    it(`${code}: ${text}`, () => {
      const r = check(text);
      assert.ok(r.indicators.includes(code), `expected ${code}, got ${JSON.stringify(r.scores)}`);
      const ev = r.evidence.filter((e) => e.indicator === code);
      assert.ok(ev.length > 0);
    });
  }
});

describe("cue families reach wording no single statement used", () => {
  const cases: Array<[IndicatorCode, string, string]> = [
    [
      "conflict",
      "It took them three weeks to answer a simple question about printers.",
      "took them three weeks",
    ],
    ["conflict", "I chased them five times and still no answer.", "five times"],
    [
      "negative_communication",
      "Their newsletters are pure gobbledygook to the warehouse crew.",
      "gobbledygook",
    ],
    [
      "power_imbalance",
      "I feel like a naughty pupil every time I have to ring them.",
      "like a naughty",
    ],
    [
      "negative_feelings",
      "Honestly I dread the monthly audit, it leaves me on edge for days.",
      "on edge",
    ],
  ];
  for (const [code, text, cue] of cases) {
    it(`${code}: ${text}`, () => {
      const r = check(text);
      assert.ok(r.indicators.includes(code), JSON.stringify(r.scores));
      const e = r.evidence.find((x) => x.indicator === code && x.text === cue);
      assert.ok(e, JSON.stringify(r.evidence));
      assert.equal(e.start, text.indexOf(cue));
    });
  }
  it("and stay quiet when negated", () => {
    assert.ok(!reported("I was never on edge about the audit.").includes("negative_feelings"));
    assert.ok(
      !reported("No gobbledygook in their newsletters.").includes("negative_communication"),
    );
  });
});

describe("idea families: fixing it alone, no say, tone, blame pinned on staff", () => {
  const cases: Array<[IndicatorCode, string, string]> = [
    [
      "disengagement",
      "Honestly, the rota team fix most scheduling glitches themselves these days.",
      "fix most scheduling glitches themselves",
    ],
    ["power_imbalance", "Procurement has no say in which laptops we get.", "no say"],
    [
      "negative_communication",
      "Every message from them reads like a court order.",
      "reads like a court order",
    ],
    [
      "blame",
      "Whenever the scanner breaks, the mistake gets pinned on the operator.",
      "pinned on the operator",
    ],
    [
      "disengagement",
      "I can't remember the last time anybody from security visited the kitchens.",
      "can't remember the last time anybody from security visited",
    ],
  ];
  // The rules find each family's cue; whether a lone cue is reported is the trained
  // combiner's call, which moves as the corpus grows (see "reported with evidence" below).
  for (const [code, text, cue] of cases) {
    it(`${code}: ${text}`, () => {
      assert.ok(cuedWords(text, code).includes(cue), cuedWords(text, code).join(" | "));
    });
  }
  it("reported with evidence where the cue is the whole point", () => {
    const text = "Procurement has no say in which laptops we get.";
    const r = check(text);
    assert.ok(r.indicators.includes("power_imbalance"), JSON.stringify(r.scores));
    const e = r.evidence.find((x) => x.indicator === "power_imbalance" && x.text === "no say");
    assert.ok(e, JSON.stringify(r.evidence));
    assert.equal(e.start, text.indexOf("no say"));
  });
  it("blame pinned on staff points at employees", () => {
    const r = check("Whenever the scanner breaks, the mistake gets pinned on the operator.");
    assert.deepEqual(r.blame_direction, ["towards_employees"]);
  });
  it("an adjective names the group right after it", () => {
    const r = check("We can buy the best tools and one careless clerk undoes it all.");
    assert.deepEqual(r.blame_direction, ["towards_employees"]);
  });
  it("blame told as a group's habits, with the habit as evidence", () => {
    const habits: Array<[string, string]> = [
      ["The pickers will plug in any charger they are handed.", "will plug in any"],
      [
        "Frankly, data protection is the last thing on their minds.",
        "the last thing on their minds",
      ],
      ["Half the branch treat the rules as suggestions.", "treat the rules as suggestions"],
    ];
    for (const [text, habit] of habits) {
      const r = check(text);
      assert.deepEqual(r.blame_direction, ["towards_employees"], text);
      const e = r.evidence.find((x) => x.indicator === "blame");
      assert.equal(e?.text, habit, text);
    }
    assert.ok(
      !reported("Our pickers would never plug in a charger they are handed.").includes("blame"),
    );
  });
});

describe("words that only look like a complaint", () => {
  it("fearing to be the one at fault is a feeling, not blame", () => {
    const r = check("I'm afraid I'll be the one who lets the attackers in.");
    assert.ok(r.indicators.includes("negative_feelings"));
    assert.ok(!r.indicators.includes("blame"), JSON.stringify(r.scores));
  });
  it("denied blame stays denied, whatever the classifier reads", () => {
    for (const text of [
      "It's time we stopped calling people the weakest link.",
      "We need to stop treating users as the enemy.",
    ]) {
      assert.ok(!check(text).indicators.includes("blame"), text);
    }
  });
  it("a sarcastic cheer and 'I feel like' carry a negative feeling", () => {
    const r = check("Fantastic, another training video narrated by a robot.");
    assert.ok(
      r.evidence.some((e) => e.indicator === "negative_feelings" && e.text === "Fantastic"),
    );
    assert.deepEqual(check("Great team, they fixed my laptop in minutes.").indicators, []);
    const felt = check("I feel like a second-class citizen because I'm on a temp contract.");
    assert.ok(felt.indicators.includes("negative_feelings"), JSON.stringify(felt.scores));
  });
  it("a worry about staff still blames staff", () => {
    const r = check("I'm worried staff will click on anything.");
    assert.deepEqual(r.blame_direction, ["towards_employees"]);
  });
  it("not minding the rules, the wards and a lecture theatre", () => {
    for (const text of [
      "I'm not bothered by the rules at all, they seem sensible.",
      "The clinical staff and the security team get on well.",
      "We booked the lecture theatre and IT set everything up.",
    ]) {
      assert.deepEqual(check(text).indicators, [], text);
    }
  });
});

describe("a complaint the text says is over", () => {
  it("is not reported, in one sentence or across two", () => {
    for (const text of [
      "They used to talk down to us, now they explain things.",
      "They used to talk down to us. Now they explain things.",
      "Before the new manager came they lectured us constantly; these days they actually listen.",
    ]) {
      assert.deepEqual(check(text).indicators, [], text);
    }
  });
  it("a complaint of today after praise of the past still is", () => {
    const r = check("They used to be great. Now they talk down to us.");
    assert.ok(r.indicators.includes("negative_communication"), JSON.stringify(r.scores));
  });
});

describe("a good relationship has no indicator", () => {
  const praise = [
    "The security team are wonderful: friendly, patient and they always explain things in plain English. I trust them completely.",
    "They visit our office every month, know everyone by name and never make anyone feel silly for asking.",
    "Good relationship, professional and helpful. No complaints at all.",
    "They keep our systems safe and are easy to talk to whenever I have a question.",
  ];
  for (const text of praise) {
    it(text, () => {
      const r = check(text);
      assert.deepEqual(r.indicators, []);
      assert.deepEqual(r.evidence, []);
    });
  }
});

describe("blame direction", () => {
  it("towards employees", () => {
    const r = check("They always blame us for everything, as if users were the weakest link.");
    assert.ok(r.indicators.includes("blame"));
    assert.deepEqual(r.blame_direction, ["towards_employees"]);
  });
  it("towards security", () => {
    const r = check("IT are useless and it's their fault we missed the deadline.");
    assert.ok(r.blame_direction.includes("towards_security"));
    assert.ok(!r.blame_direction.includes("towards_self"));
  });
  it("towards self", () => {
    const r = check("It was my own fault, I clicked the link without thinking.");
    assert.deepEqual(r.blame_direction, ["towards_self"]);
  });
  it("a security manager blaming staff", () => {
    const r = check("As the IT manager I can tell you our users are the biggest risk we have.");
    assert.deepEqual(r.blame_direction, ["towards_employees"]);
  });
  it("several directions in one answer, in order of appearance", () => {
    const r = check("I'm the trouble, I suppose, but IT are useless too.");
    assert.deepEqual(r.blame_direction, ["towards_self", "towards_security"]);
  });
  it("no blame, no direction", () => {
    assert.deepEqual(check("They are friendly and quick to help.").blame_direction, []);
  });
});

describe("offsets are UTF-16 indices into the original text", () => {
  it("after emoji, skin tones and accents", () => {
    const text = "😀👍🏽 Café crème ☕ — naïve question: why do they talk down to us in jargon? 🙄";
    const r = check(text);
    const jargon = r.evidence.find((e) => e.text === "jargon");
    assert.ok(jargon, JSON.stringify(r.evidence));
    assert.equal(jargon.start, text.indexOf("jargon"));
    assert.equal(jargon.end, jargon.start + "jargon".length);
  });
  it("with astral characters between cues", () => {
    const text = "𝔗𝔥𝔢𝔶 are distant 𝟙𝟚𝟛 and I'm scared 🧨 of them.";
    const r = check(text);
    assert.ok(r.indicators.includes("disengagement"));
    assert.ok(r.evidence.some((e) => e.text === "distant" && e.start === text.indexOf("distant")));
  });
});

describe("odd input", () => {
  it("empty and whitespace", () => {
    for (const text of ["", " ", "\n\t  \r\n", "\u00a0\u2003"]) {
      const r = check(text);
      assert.deepEqual(r.indicators, []);
      assert.deepEqual(r.evidence, []);
      assert.deepEqual(r.blame_direction, []);
      for (const code of INDICATOR_CODES) assert.equal(r.scores[code], 0);
    }
  });
  it("not a string", () => {
    const r = detectIndicators(undefined as unknown as string);
    assert.deepEqual(r.indicators, []);
  });
  it("hostile text", () => {
    const inputs = [
      "<script>alert('they talk down to us')</script><img src=x onerror=alert(1)>",
      "\u0000\u0001\u0007 jargon \u001b[31m everywhere \u202e they are distant \u200b\u200d",
      `${"a".repeat(100_000)} they never answer`,
      "\ud800 lone surrogate then jargon \udc00",
      "'; DROP TABLE answers; -- they blame us",
      "!!!!!!!!!!????????..........,,,,,,,,;;;;;;;",
      "JARGON JARGON JARGON".repeat(50),
    ];
    for (const text of inputs) check(text);
  });
  it("a megabyte of text completes with bounded, valid output", () => {
    const parts = throughputSample();
    let text = "";
    for (let i = 0; text.length < 1_000_000; i++) text += `${parts[i % parts.length]} `;
    const r = check(text);
    assert.ok(r.evidence.length <= 25 * INDICATOR_CODES.length);
  });
});

describe("determinism and the benchmark sample", () => {
  it("the same text gives the same result", () => {
    for (const text of throughputSample()) {
      assert.deepEqual(detectIndicators(text), detectIndicators(text));
    }
  });
  it("throughputSample has short answers that all process", () => {
    const sample = throughputSample();
    assert.ok(sample.length >= 10);
    for (const text of sample) {
      assert.equal(typeof text, "string");
      check(text);
    }
  });
});
