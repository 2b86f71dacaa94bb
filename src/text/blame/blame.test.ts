import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "../shared/nlp.js";
import { splitOf } from "../shared/split.js";
import { blameRules } from "./analyse.js";
import { BLAME_CORPUS, blameSplit } from "./corpus/index.js";
import { evaluateBlame } from "./evaluate.js";
import { analyseBlame, type BlameAnalysis, keywordHits } from "./index.js";
import { namesPeople } from "./subject.js";

function check(text: string): BlameAnalysis {
  const r = analyseBlame(text);
  assert.ok(r.score >= 0 && r.score <= 1 && Number.isFinite(r.score));
  assert.equal(r.blame, r.evidence.length > 0);
  if (r.blame) assert.ok(r.score >= 0.5);
  for (const e of r.evidence) {
    assert.ok(e.start >= 0 && e.end > e.start && e.end <= text.length);
    assert.equal(text.slice(e.start, e.end), e.text);
  }
  return r;
}

describe("keyword hits (the paper's method)", () => {
  it("matches stems, in order of first appearance, without duplicates", () => {
    assert.deepEqual(keywordHits("Users are the weakest link in any security chain"), [
      "user",
      "weakest",
    ]);
    assert.deepEqual(
      keywordHits(
        "Human errors by employees' insiders; more human error, more users, the USER's fault",
      ),
      ["human", "error", "employee", "insider", "user"],
    );
    assert.deepEqual(keywordHits("End-users and employee-owned devices"), ["user", "employee"]);
  });
  it("does not match other words that share letters", () => {
    assert.deepEqual(keywordHits("Usernames inside the humanitarian weak errand"), []);
    assert.deepEqual(keywordHits("Your staff will click anything"), []);
  });
});

describe("practitioner blame", () => {
  const blaming = [
    "Users are the weakest link in any security chain",
    "Your staff will click anything",
    "people are the problem",
    "one careless click from an employee can sink the company",
    "the biggest threat sits between the keyboard and the chair",
    "Human error causes the vast majority of breaches.",
    "Employees are your biggest vulnerability.",
    "When something goes wrong the users are always to blame.",
    "The breach happened because someone reused a password.",
    "We got hit because an intern switched off the antivirus.",
  ];
  for (const text of blaming) {
    it(`flags: ${text}`, () => {
      const r = check(text);
      assert.equal(r.blame, true, `score ${r.score}`);
      assert.ok(r.evidence.length > 0);
    });
  }
  const fair = [
    "employees are not the weakest link; poor design is",
    "blaming users doesn't help",
    "human error is usually a symptom of bad design",
    "Users are not the enemy.",
    "Our employees reported the phishing email within minutes.",
    "Ransomware is the biggest threat to small firms this year.",
    "The new user portal launches on Monday.",
    "It is wrong to call employees the weakest link.",
    "We caught it because an employee reported the email quickly.",
    "The weakest link is not the user, it is the password policy.",
    "The biggest risk isn't your staff but your software.",
    "Phishing is the biggest risk this year.",
  ];
  for (const text of fair) {
    it(`does not flag: ${text}`, () => {
      const r = check(text);
      assert.equal(r.blame, false, `score ${r.score}`);
      assert.deepEqual(r.evidence, []);
    });
  }
  it("keyword hits and the judgement are independent", () => {
    const r = check("employees are not the weakest link; poor design is");
    assert.deepEqual(r.keyword_hits, ["employee", "weakest"]);
    assert.equal(r.blame, false);
  });
  it("evidence offsets survive emoji and accents", () => {
    const text = "🔥🔥 Résumé of the keynote 👉🏾: users are the weakest link.";
    const r = check(text);
    assert.equal(r.blame, true);
    assert.ok(
      r.evidence.some((e) => e.text === "weakest link" && e.start === text.indexOf("weakest link")),
    );
  });
});

describe("odd input", () => {
  it("empty, whitespace, not a string", () => {
    for (const text of ["", "   \n\t"]) {
      assert.deepEqual(check(text), { keyword_hits: [], blame: false, score: 0, evidence: [] });
    }
    assert.equal(analyseBlame(null as unknown as string).blame, false);
  });
  it("hostile text", () => {
    for (const text of [
      "<script>document.write('users are the weakest link')</script>",
      "\u0000\u0007\u001b[2J employees \u202e error \ud800",
      `${"x".repeat(200_000)} users`,
      "users ".repeat(10_000),
    ]) {
      check(text);
    }
  });
  it("a megabyte completes with bounded output", () => {
    const text = "Our staff will click anything. Blaming users doesn't help. ".repeat(17_000);
    assert.ok(text.length >= 1_000_000);
    const r = check(text);
    assert.ok(r.evidence.length <= 25);
    assert.ok(r.keyword_hits.length <= 6);
  });
  it("is deterministic", () => {
    const text = "Insiders and careless employees are the main threat.";
    assert.deepEqual(analyseBlame(text), analyseBlame(text));
  });
});

describe("the practitioner corpus and its test split", () => {
  it("has at least 200 labelled statements, both classes, each once", () => {
    assert.ok(BLAME_CORPUS.length >= 200);
    const positives = BLAME_CORPUS.filter((e) => e.blame).length;
    assert.ok(positives >= 80 && BLAME_CORPUS.length - positives >= 80);
    const seen = new Set(BLAME_CORPUS.map((e) => e.text.trim().toLowerCase()));
    assert.equal(seen.size, BLAME_CORPUS.length);
  });
  it("train and test do not overlap", () => {
    const train = new Set(blameSplit(["train", "dev"]).map((e) => e.text));
    const test = blameSplit("test");
    assert.ok(test.length > 30);
    for (const e of test) assert.ok(!train.has(e.text));
    for (const e of BLAME_CORPUS) assert.equal(splitOf(e.text), e.split);
  });
  // The target. Met (0.86) on the first corpus, whose cues were written beside it; then
  // statements by other authors joined (sessions 5 to 10, 10,219 statements in all) and the
  // test split fell to 0.83. Session 10 let the classifier speak where the rules had set a cue
  // aside (it reads negation itself) and named people more widely: 0.855, and 0.888 on average
  // over 23 batches by other authors, each held out whole.
  it("reaches F1 >= 0.85 on the test split", () => {
    const f1 = evaluateBlame().ours.f1;
    assert.ok(f1 >= 0.85, `F1 ${f1.toFixed(3)}`);
  });
  it("stays well above the keyword method on the test split (F1 >= 0.78, 0.2 ahead)", () => {
    const r = evaluateBlame();
    assert.equal(r.testSize, blameSplit("test").length);
    assert.ok(r.ours.f1 >= 0.78, `F1 ${r.ours.f1.toFixed(3)}`);
    assert.ok(r.ours.f1 > r.keywords.f1 + 0.2);
    assert.ok(
      r.keywords.f1 > 0.3 && r.keywords.f1 < 0.75,
      `keyword F1 ${r.keywords.f1.toFixed(3)}`,
    );
  });
});

describe("the general shape of blame (people spoken ill of)", () => {
  const framed = (text: string) =>
    blameRules(tokenize(text)).hits.map((h) => {
      const t = tokenize(text);
      return text.slice(t[h.from]!.start, t[h.to - 1]!.end);
    });
  it("finds an ill word that qualifies people, or is said of them in any clause", () => {
    const cases: Array<[string, string]> = [
      ["Clumsy colleagues leak more files than hackers ever steal.", "Clumsy colleagues"],
      ["Your team's complacency is a criminal's dream.", "complacency"],
      ["It happened again because the temps were careless.", "careless"],
      ["Sloppy administrators, not hackers, exposed the files.", "Sloppy administrators"],
    ];
    for (const [text, span] of cases) {
      assert.ok(framed(text).includes(span), `${text}: ${framed(text).join(" | ")}`);
    }
  });
  it("leaves ill words about things, denied, or beside words of support", () => {
    assert.deepEqual(framed("Clumsy software frustrates colleagues every day."), []);
    assert.deepEqual(framed("Our temps are not careless at all."), []);
    assert.deepEqual(framed("Staff who admit a careless click should be thanked."), []);
    assert.deepEqual(framed(""), []);
  });
});

describe("does a statement name people at all", () => {
  const names = (text: string) => namesPeople(tokenize(text));
  it("by the subjects the rules know, a job, a department, a family tie or a first name", () => {
    for (const text of [
      "Users reuse passwords.",
      "The night shift are a disaster waiting to happen.",
      "If it has a link, marketing will click it.",
      "The finance director approved the payment.",
      "My husband does the books.",
      "The threat actor was Steve from sales all along.",
      "Sharon in HR lets one in.",
    ]) {
      assert.equal(names(text), true, text);
    }
  });
  it("not by things, places or a capital at the start of a sentence", () => {
    for (const text of [
      "Ransomware is the biggest threat to small firms this year.",
      "Unpatched servers remain the weakest point.",
      "Cloud misconfiguration is the leading cause of exposed data.",
      "",
    ]) {
      assert.equal(names(text), false, text);
    }
  });
});
