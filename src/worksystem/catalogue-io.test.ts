import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { stringify } from "yaml";
import { type ErrorDetail, isRapportError } from "../errors.js";
import { BUILTIN_CATALOGUE } from "./catalogue/index.js";
import {
  CATALOGUE_FORMATS,
  type CatalogueFormat,
  coverage,
  filterGuidelines,
  formatCatalogue,
  parseCatalogue,
} from "./catalogue-io.js";
import type { Catalogue, Guideline } from "./guideline.schema.js";
import { ELEMENTS } from "./worksystem.js";

const guideline = (code: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  code: `participants.${code}`,
  element: "participants",
  statement: "People know the guidance.",
  question: "Do people know the guidance?",
  why: "Guidance nobody knows cannot help.",
  item_codes: ["aware_controls"],
  interventions: ["training_session"],
  source: "test",
  ...extra,
});

const catalogue = (guidelines: unknown[], extra: Record<string, unknown> = {}) => ({
  schema: "rapport.guidelines/1",
  version: 1,
  name: "Test",
  guidelines,
  ...extra,
});

const json = (value: unknown) => JSON.stringify(value, null, 2);

function problems(text: string, format: CatalogueFormat): ErrorDetail[] {
  try {
    parseCatalogue(text, format);
  } catch (error) {
    if (!isRapportError(error)) throw error;
    assert.equal(error.code, "invalid_catalogue");
    assert.ok(error.details.length > 0, "a refusal always says why");
    return [...error.details];
  }
  assert.fail("the catalogue was accepted");
}

function at(details: ErrorDetail[], path: string): string {
  const found = details.filter((d) => d.path === path);
  assert.ok(found.length > 0, `no problem at ${path}; got ${JSON.stringify(details, null, 1)}`);
  return found.map((d) => d.message).join(" | ");
}

describe("catalogue round trip", () => {
  for (const format of CATALOGUE_FORMATS) {
    it(`gives back the same catalogue from ${format}`, () => {
      const text = formatCatalogue(BUILTIN_CATALOGUE, format);
      assert.deepEqual(parseCatalogue(text, format), BUILTIN_CATALOGUE);
    });

    it(`writes the same ${format} text every time, keys in schema order`, () => {
      const text = formatCatalogue(BUILTIN_CATALOGUE, format);
      assert.equal(formatCatalogue(BUILTIN_CATALOGUE, format), text);
      assert.equal(formatCatalogue(parseCatalogue(text, format), format), text);
      // The same data built with its keys in reverse order must give identical text.
      const reversed = (value: object) =>
        Object.fromEntries(Object.entries(value).reverse()) as typeof value;
      const shuffled = {
        ...reversed({ ...BUILTIN_CATALOGUE, guidelines: [] }),
        guidelines: BUILTIN_CATALOGUE.guidelines.map(reversed),
      } as Catalogue;
      assert.equal(formatCatalogue(shuffled, format), text);
    });
  }

  it("puts keys in the schema's order in the file", () => {
    const parsed = JSON.parse(formatCatalogue(BUILTIN_CATALOGUE, "json"));
    assert.deepEqual(Object.keys(parsed), ["schema", "version", "name", "guidelines"]);
    assert.deepEqual(Object.keys(parsed.guidelines[0]), [
      "code",
      "element",
      "statement",
      "question",
      "why",
      "item_codes",
      "interventions",
      "source",
    ]);
    const phased = parsed.guidelines.find((g: { phase?: string }) => g.phase !== undefined);
    assert.equal(Object.keys(phased)[1], "phase");
    const yaml = formatCatalogue(BUILTIN_CATALOGUE, "yaml");
    assert.match(yaml, /^schema: rapport\.guidelines\/1\nversion: 1\nname: /);
  });

  it("keeps awkward and hostile strings as plain data in both formats", () => {
    const awkward = [
      "<script>alert('x')</script>",
      'He said "yes": no; #not a comment',
      "yes",
      "null",
      "123",
      "- not a list",
      "{{constructor.constructor('return process')()}}",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal placeholder is the hostile input under test
      "${process.exit(1)}",
      "Ünïcödé, emoji 🔒 and a tab\there.",
      "&anchor *alias !tag %directive @at `tick`",
    ];
    const input = catalogue(
      awkward.map((text, i) =>
        guideline(`awkward_${i}`, { statement: text, question: `${text}?`, why: `${text}\nMore.` }),
      ),
      { name: awkward[0] },
    );
    const parsed = parseCatalogue(json(input), "json");
    for (const format of CATALOGUE_FORMATS) {
      const again = parseCatalogue(formatCatalogue(parsed, format), format);
      assert.deepEqual(again, parsed, format);
      for (const [i, g] of again.guidelines.entries()) assert.equal(g.statement, awkward[i]);
    }
    assert.equal(parsed.name, "<script>alert('x')</script>");
  });

  it("reads a file with a byte order mark", () => {
    const text = `\uFEFF${formatCatalogue(BUILTIN_CATALOGUE, "yaml")}`;
    assert.deepEqual(parseCatalogue(text, "yaml"), BUILTIN_CATALOGUE);
  });

  it("still parses a catalogue of 10,000 guidelines", () => {
    const many = catalogue(Array.from({ length: 10_000 }, (_, i) => guideline(`g${i}`)));
    for (const format of CATALOGUE_FORMATS) {
      const text = format === "json" ? json(many) : stringify(many);
      const started = Date.now();
      const parsed = parseCatalogue(text, format);
      assert.equal(parsed.guidelines.length, 10_000);
      assert.ok(Date.now() - started < 20_000, `${format} took ${Date.now() - started} ms`);
    }
  });
});

describe("malformed catalogues are refused with the path of each problem", () => {
  it("reports wrong types", () => {
    const found = problems(
      json(
        catalogue(
          [guideline("a", { statement: 3, item_codes: "aware_controls", interventions: [7] }), 3],
          { version: "1", name: 5 },
        ),
      ),
      "json",
    );
    assert.match(at(found, "version"), /^Expected a number/);
    assert.match(at(found, "name"), /^Expected text/);
    assert.match(at(found, "guidelines[0].statement"), /^Expected text/);
    assert.match(at(found, "guidelines[0].item_codes"), /^Expected a list/);
    assert.match(
      at(found, "guidelines[0].interventions[0]"),
      /^7 is not a known.*training_session/,
    );
    assert.match(at(found, "guidelines[1]"), /^Expected an object/);
    const fraction = problems(json(catalogue([guideline("a")], { version: 2.5 })), "json");
    assert.match(at(fraction, "version"), /whole number/);
  });

  it("reports missing fields and unknown ones", () => {
    const { question: _q, why: _w, ...rest } = guideline("a");
    const found = problems(
      json(catalogue([{ ...rest, colour: "red" }], { name: undefined })),
      "json",
    );
    assert.match(at(found, "name"), /required/);
    assert.match(at(found, "guidelines[0].question"), /required/);
    assert.match(at(found, "guidelines[0].why"), /required/);
    assert.match(at(found, "guidelines[0]"), /"colour"/);
  });

  it("refuses a guideline with both an element and a phase, or with neither", () => {
    const { element: _e, ...neither } = guideline("b");
    const found = problems(
      json(catalogue([guideline("a", { phase: "initiation" }), neither])),
      "json",
    );
    assert.match(at(found, "guidelines[0].phase"), /not both/);
    assert.match(at(found, "guidelines[1]"), /Add "element".*or "phase"/);
  });

  it("refuses a duplicate code and names the first use", () => {
    const found = problems(
      json(catalogue([guideline("a"), guideline("b"), guideline("a")])),
      "json",
    );
    assert.equal(found.length, 1);
    assert.match(at(found, "guidelines[2].code"), /already used by guidelines\[0\]/);
  });

  it("refuses unknown item codes and interventions and lists the allowed ones", () => {
    const found = problems(
      json(
        catalogue([
          guideline("a", {
            item_codes: ["aware_controls", "favourite_colour"],
            interventions: ["training_session", "firing_squad"],
          }),
        ]),
      ),
      "json",
    );
    const item = at(found, "guidelines[0].item_codes[1]");
    assert.match(item, /"favourite_colour" is not a known item code/);
    assert.match(item, /aware_controls.*communication_understandable/);
    const intervention = at(found, "guidelines[0].interventions[1]");
    assert.match(intervention, /"firing_squad" is not a known intervention/);
    assert.match(intervention, /guidance_update/);
  });

  it("refuses unknown elements and phases and says what to use", () => {
    const found = problems(
      json(
        catalogue([
          guideline("a", { element: "people" }),
          guideline("b", { element: undefined, phase: "operation_maintenance" }),
        ]),
      ),
      "json",
    );
    assert.match(at(found, "guidelines[0].element"), /"people" is not an element.*participants/);
    assert.match(at(found, "guidelines[1].phase"), /Use "element" instead/);
  });

  it("checks the code's form, its prefix, one-line texts and the question mark", () => {
    const found = problems(
      json(
        catalogue([
          guideline("a", { code: "Participants Know" }),
          guideline("b", { code: "customers.b" }),
          guideline("c", { statement: "Line one\nline two", question: "Tell us more." }),
          guideline("d", { interventions: [], item_codes: ["aware_controls", "aware_controls"] }),
        ]),
      ),
      "json",
    );
    assert.match(at(found, "guidelines[0].code"), /participants\.know_guidance/);
    assert.match(at(found, "guidelines[1].code"), /Start the code with "participants\."/);
    assert.match(at(found, "guidelines[2].statement"), /one line/);
    assert.match(at(found, "guidelines[2].question"), /yes or no/);
    assert.match(at(found, "guidelines[3].interventions"), /at least 1/);
    assert.match(at(found, "guidelines[3].item_codes[1]"), /listed twice/);
  });

  it("refuses the wrong schema, version and an empty list", () => {
    const found = problems(
      json(catalogue([], { schema: "rapport.guidelines/9", version: 0 })),
      "json",
    );
    assert.match(at(found, "schema"), /rapport\.guidelines\/1/);
    assert.match(at(found, "version"), /at least 1/);
    assert.match(at(found, "guidelines"), /at least 1/);
    assert.match(at(problems("[]", "json"), "(top level)"), /object/);
  });

  it("lists every problem at once, grouped by guideline", () => {
    const found = problems(
      json(
        catalogue(
          [
            guideline("a", { element: "people" }),
            guideline("b", { why: "" }),
            guideline("a", { interventions: ["nope"] }),
          ],
          { version: 1.5 },
        ),
      ),
      "json",
    );
    assert.deepEqual(
      found.map((d) => d.path),
      [
        "version",
        "guidelines[0].element",
        "guidelines[1].why",
        "guidelines[2].interventions[0]",
        "guidelines[2].code",
      ],
    );
  });

  it("gives the line of a YAML syntax error", () => {
    const text = "schema: rapport.guidelines/1\nversion: 1\nname: [Test\nguidelines: []\n";
    const [first] = problems(text, "yaml");
    assert.ok(first);
    assert.equal(typeof first.line, "number");
    assert.ok((first.line ?? 0) >= 3, `line ${first.line}`);
    assert.match(first.message, /YAML cannot be read/);
    const tabs = problems("schema: x\n\tversion: 1\n", "yaml");
    assert.equal(tabs[0]?.line, 2);
    const twice = problems("name: a\nname: b\n", "yaml");
    assert.equal(twice[0]?.line, 2);
    assert.match(twice[0]?.message ?? "", /Keep only one/);
  });

  it("gives the line and column of a JSON syntax error", () => {
    const text = '{\n  "schema": "rapport.guidelines/1",\n  "version": 1,,\n  "name": "x"\n}';
    const [first] = problems(text, "json");
    assert.equal(first?.line, 3);
    assert.match(first?.message ?? "", /line 3, column \d+/);
    assert.match(first?.message ?? "", /comma, quote or bracket/);
    const cut = problems('{\n  "schema": "rapport', "json");
    assert.equal(cut[0]?.line, 2);
  });

  it("refuses an empty file in both formats", () => {
    for (const format of CATALOGUE_FORMATS) {
      for (const text of ["", "   \n\n", "\uFEFF"]) {
        const [first] = problems(text, format);
        assert.match(first?.message ?? "", /Nothing to read/, `${format}: ${JSON.stringify(text)}`);
      }
    }
    assert.match(problems("# only a comment\n", "yaml")[0]?.message ?? "", /Nothing to read/);
    assert.match(problems("null", "json")[0]?.message ?? "", /Nothing to read/);
  });

  it("does not run or follow anything hidden in the file", () => {
    const tagged = "schema: !!js/function 'function () { return 1 }'\n";
    assert.match(problems(tagged, "yaml")[0]?.message ?? "", /Tags starting with !/);
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = i === 0 ? "a" : `l${i - 1}`;
        return `l${i}: &l${i} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join("\n");
    assert.match(problems(bomb, "yaml")[0]?.message ?? "", /& and \* references/);
    const polluting = `{"__proto__": {"polluted": true}, ${json(catalogue([guideline("a")])).slice(1)}`;
    assert.match(at(problems(polluting, "json"), "(top level)"), /__proto__/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const multiple = `${stringify(catalogue([guideline("a")]))}---\n${stringify(catalogue([]))}`;
    assert.match(problems(multiple, "yaml")[0]?.message ?? "", /one catalogue per file/);
  });

  it("serialises its error with every detail for the API", () => {
    try {
      parseCatalogue(json(catalogue([guideline("a", { element: "customers" })])), "json");
      assert.fail("accepted");
    } catch (error) {
      assert.ok(isRapportError(error));
      const body = error.toJSON();
      assert.equal(body.error.code, "invalid_catalogue");
      assert.match(body.error.message, /1 problem\. Fix it/);
      assert.equal(body.error.details?.[0]?.path, "guidelines[0].code");
      assert.match(body.error.details?.[0]?.message ?? "", /Start the code with "customers\."/);
    }
  });
});

describe("filtering and coverage", () => {
  const all = BUILTIN_CATALOGUE.guidelines;
  const elementGuidelines = all.filter((g) => g.element !== undefined);

  it("filters by element and by planned phase", () => {
    const counts = coverage(BUILTIN_CATALOGUE);
    for (const element of ELEMENTS) {
      const found = filterGuidelines(BUILTIN_CATALOGUE, { element });
      assert.ok(found.every((g) => g.element === element));
      assert.equal(found.length, counts[element]);
    }
    const initiation = filterGuidelines(BUILTIN_CATALOGUE, { phase: "initiation" });
    assert.ok(initiation.length > 0 && initiation.every((g) => g.phase === "initiation"));
    assert.equal(initiation.length, counts.initiation);
  });

  it("treats operation and maintenance as the element guidelines", () => {
    const running = filterGuidelines(BUILTIN_CATALOGUE, { phase: "operation_maintenance" });
    assert.deepEqual(running, elementGuidelines);
    const both = filterGuidelines(BUILTIN_CATALOGUE, {
      element: "information",
      phase: "operation_maintenance",
    });
    assert.deepEqual(both, filterGuidelines(BUILTIN_CATALOGUE, { element: "information" }));
  });

  it("narrows with every filter given and returns all with none", () => {
    assert.deepEqual(filterGuidelines(BUILTIN_CATALOGUE, {}), all);
    assert.deepEqual(
      filterGuidelines(BUILTIN_CATALOGUE, { element: "participants", phase: "implementation" }),
      [],
    );
  });

  it("counts zero for a scope without guidelines", () => {
    const only: Guideline[] = all.filter((g) => g.element === "customers");
    const counts = coverage({ ...BUILTIN_CATALOGUE, guidelines: only });
    assert.equal(counts.customers, only.length);
    assert.equal(counts.strategies, 0);
    assert.equal(counts.implementation, 0);
  });
});
