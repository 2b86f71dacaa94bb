import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { securityRelationship } from "../instrument/builtin/security-relationship.js";
import { smeSecurityPractices } from "../instrument/builtin/sme-security-practices.js";
import { itemsOf } from "../instrument/instrument.js";
import { findBlame } from "../text/check/blame.js";
import { findJargon } from "../text/check/index.js";
import { BUILTIN_CATALOGUE } from "./catalogue/index.js";
import { coverage, filterGuidelines } from "./catalogue-io.js";
import { CatalogueSchema, GUIDELINE_ITEM_CODES, type Guideline } from "./guideline.schema.js";
import { INTERVENTIONS } from "./interventions.js";
import {
  ELEMENTS,
  PLANNED_PHASES,
  type PlannedPhase,
  type WorkSystemElement,
} from "./worksystem.js";

const guidelines = BUILTIN_CATALOGUE.guidelines;

/** The minimum number of guidelines per element and phase that the catalogue promises. */
const MINIMUM: Record<WorkSystemElement | PlannedPhase, number> = {
  customers: 2,
  products_services: 2,
  processes_activities: 3,
  participants: 3,
  information: 3,
  technologies: 2,
  environment: 2,
  infrastructure: 2,
  strategies: 2,
  initiation: 2,
  development: 2,
  implementation: 2,
};

const TEXT_FIELDS = ["statement", "question", "why"] as const;

function texts(guideline: Guideline): { field: string; text: string }[] {
  return TEXT_FIELDS.map((field) => ({ field, text: guideline[field] }));
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const words = (sentence: string) => sentence.split(/\s+/).filter((w) => w !== "");

// Words that make security texts sound like a consultancy brochure.
const JARGON = [
  "leverage",
  "synergy",
  "synergies",
  "stakeholder",
  "holistic",
  "paradigm",
  "utilise",
  "utilize",
  "facilitate",
  "robust",
  "best practice",
  "going forward",
  "mitigate",
  "remediate",
  "attack surface",
  "endpoint",
  "threat vector",
];

// Phrases that make people the problem instead of the design of the work.
const BLAME = [
  "weakest link",
  "human error",
  "user error",
  "human factor",
  "careless",
  "stupid",
  "ignorant",
  "negligent",
  "lazy",
  "idiot",
  "culprit",
  "non-compliant",
  "their fault",
  "insider threat",
];

const containsPhrase = (text: string, phrase: string) =>
  new RegExp(`\\b${phrase.replace(/[-\s]/g, "[-\\s]")}`, "i").test(text);

describe("built-in guideline catalogue", () => {
  it("is a valid version 1 catalogue", () => {
    const result = CatalogueSchema.safeParse(BUILTIN_CATALOGUE);
    assert.deepEqual(result.error?.issues ?? [], []);
    assert.equal(BUILTIN_CATALOGUE.version, 1);
    assert.deepEqual(result.data, BUILTIN_CATALOGUE);
  });

  it("has at least 36 guidelines and covers every element and planned phase", () => {
    assert.ok(guidelines.length >= 36, `only ${guidelines.length} guidelines`);
    const counts = coverage(BUILTIN_CATALOGUE);
    for (const [scope, minimum] of Object.entries(MINIMUM)) {
      const found = guidelines.filter((g) => (g.element ?? g.phase) === scope).length;
      assert.equal(counts[scope as WorkSystemElement | PlannedPhase], found, scope);
      assert.ok(found >= minimum, `${scope} has ${found} guidelines, needs ${minimum}`);
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    assert.equal(total, guidelines.length, "every guideline counted exactly once");
    for (const element of ELEMENTS)
      assert.ok(filterGuidelines(BUILTIN_CATALOGUE, { element }).length >= 2, element);
    for (const phase of PLANNED_PHASES)
      assert.ok(filterGuidelines(BUILTIN_CATALOGUE, { phase }).length >= 2, phase);
  });

  it("gives every guideline a unique code that starts with its element or phase", () => {
    const codes = guidelines.map((g) => g.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const g of guidelines) {
      assert.equal((g.element === undefined) !== (g.phase === undefined), true, g.code);
      assert.ok(g.code.startsWith(`${g.element ?? g.phase}.`), g.code);
      assert.equal(g.source, "builtin", g.code);
    }
  });

  it("links only existing item codes, and every item code to some guideline", () => {
    const known = new Set<string>(GUIDELINE_ITEM_CODES);
    const inInstruments = new Set(
      [...itemsOf(smeSecurityPractices), ...itemsOf(securityRelationship)].map((i) => i.code),
    );
    for (const code of GUIDELINE_ITEM_CODES)
      assert.ok(inInstruments.has(code), `${code} is not in a built-in questionnaire`);
    const used = new Set<string>();
    for (const g of guidelines) {
      assert.equal(new Set(g.item_codes).size, g.item_codes.length, `${g.code} repeats a code`);
      for (const code of g.item_codes) {
        assert.ok(known.has(code), `${g.code}: unknown item code ${code}`);
        used.add(code);
      }
    }
    assert.deepEqual(
      GUIDELINE_ITEM_CODES.filter((code) => !used.has(code)),
      [],
      "item codes that no guideline uses",
    );
  });

  it("maps the agreed evidence to the guidelines the brief names", () => {
    const byCode = new Map(guidelines.map((g) => [g.code, g]));
    const know = byCode.get("participants.know_guidance");
    assert.ok(know);
    for (const code of ["aware_controls", "received_training"] as const)
      assert.ok(know.item_codes.includes(code), code);
    const withCode = (code: string) =>
      guidelines.filter((g) => (g.item_codes as readonly string[]).includes(code));
    for (const code of [
      "involved_requirements",
      "requirements_ideas",
      "controls_reviewed",
      "controls_updates_aware",
      "security_obstacles",
      "security_prioritised",
    ]) {
      assert.ok(withCode(code).length >= 2, `${code} bears on fewer than two guidelines`);
    }
  });

  it("names at least one known intervention per guideline and uses every intervention", () => {
    const used = new Set<string>();
    for (const g of guidelines) {
      assert.ok(g.interventions.length >= 1, g.code);
      assert.equal(new Set(g.interventions).size, g.interventions.length, g.code);
      for (const i of g.interventions) {
        assert.ok((INTERVENTIONS as readonly string[]).includes(i), `${g.code}: ${i}`);
        used.add(i);
      }
    }
    assert.deepEqual(
      INTERVENTIONS.filter((i) => !used.has(i)),
      [],
    );
  });
});

describe("plain language of the built-in texts", () => {
  it("keeps every sentence at 25 words or fewer", () => {
    for (const g of guidelines)
      for (const { field, text } of texts(g))
        for (const sentence of sentences(text))
          assert.ok(words(sentence).length <= 25, `${g.code}.${field}: "${sentence}"`);
  });

  it("states each guideline in one sentence and explains why in one or two", () => {
    for (const g of guidelines) {
      assert.equal(sentences(g.statement).length, 1, `${g.code}.statement`);
      assert.match(g.statement, /\.$/, `${g.code}.statement ends with a full stop`);
      const why = sentences(g.why);
      assert.ok(why.length >= 1 && why.length <= 2, `${g.code}.why has ${why.length}`);
      assert.match(g.why, /\.$/, `${g.code}.why ends with a full stop`);
    }
  });

  it("asks one yes/no question per guideline", () => {
    const opener = /^(Do|Does|Did|Is|Are|Was|Were|Has|Have|Can|Could|Would|Will|Should)\b/;
    for (const g of guidelines) {
      assert.match(g.question, opener, `${g.code}: "${g.question}"`);
      assert.match(g.question, /\?$/, g.code);
      assert.equal(g.question.split("?").length, 2, `${g.code} asks more than one question`);
    }
  });

  it("uses none of the jargon words", () => {
    for (const g of guidelines)
      for (const { field, text } of texts(g))
        for (const word of JARGON)
          assert.ok(!containsPhrase(text, word), `${g.code}.${field} uses "${word}"`);
  });

  it("never blames the people who do the work", () => {
    for (const g of guidelines)
      for (const { field, text } of texts(g))
        for (const phrase of BLAME)
          assert.ok(!containsPhrase(text, phrase), `${g.code}.${field} says "${phrase}"`);
  });

  it("passes the product's own check for jargon and blame", () => {
    for (const g of guidelines) {
      for (const { field, text } of texts(g)) {
        assert.deepEqual(findJargon(text), [], `${g.code}.${field}`);
        assert.deepEqual(findBlame(text), [], `${g.code}.${field}`);
      }
    }
  });

  it("catches the phrases it is meant to catch", () => {
    assert.ok(containsPhrase("Staff are the weakest link.", "weakest link"));
    assert.ok(containsPhrase("We leverage synergies.", "leverage"));
    assert.ok(containsPhrase("Talk to stakeholders.", "stakeholder"));
    assert.ok(containsPhrase("A non compliant team.", "non-compliant"));
    assert.ok(!containsPhrase("Nobody is careful enough.", "careless"));
    assert.equal(words("one two  three").length, 3);
    assert.deepEqual(sentences("One. Two? Three!"), ["One.", "Two?", "Three!"]);
  });
});
