import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { stringify } from "yaml";
import { csv, importCsv, setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { isRapportError, type RapportError } from "../errors.js";
import {
  BUILTIN_BASELINES,
  baselineFile,
  compareWithBaseline,
  type PopulationItem,
  parseBaselineFile,
  SME_STUDY_BASELINE,
} from "./baseline.js";
import { addBaseline, compareBaseline, listBaselines } from "./baseline.service.js";

let db: Database;
let workspaceId: string;

function refusedSync(fn: () => unknown): RapportError {
  try {
    fn();
  } catch (error) {
    if (isRapportError(error)) return error;
    throw error;
  }
  assert.fail("expected a refusal");
}

async function refusal(promise: Promise<unknown>): Promise<RapportError> {
  try {
    await promise;
  } catch (error) {
    if (isRapportError(error)) return error;
    throw error;
  }
  assert.fail("expected a refusal");
}

const own = {
  schema: "rapport.baseline/1",
  name: "National survey 2023",
  source: "A national survey of small businesses",
  year: 2023,
  n: 1200,
  country: "United Kingdom",
  figures: [
    { item: "received_training", answers: ["no"], share: 0.4, label: "no training" },
    { item: "aware_controls", answers: ["no"], share: 0.3, n: 600, label: "not aware" },
  ],
};

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  // Firm A (retail, small): 30 answers, 18 not aware of the controls; Firm B (services,
  // medium): 4 answers only; Firm C (retail, micro): 10 answers, all aware.
  const rows: (string | number)[][] = [
    [
      "respondent_id",
      "organisation",
      "sector",
      "size_band",
      "community",
      "aware_controls",
      "received_training",
    ],
  ];
  for (let i = 0; i < 30; i++)
    rows.push([
      `a${i}`,
      "Firm A",
      "retail",
      "small",
      "employees",
      i < 18 ? "no" : "yes",
      i < 15 ? "no" : "yes",
    ]);
  for (let i = 0; i < 4; i++)
    rows.push([`b${i}`, "Firm B", "services", "medium", "employees", "no", "no"]);
  for (let i = 0; i < 10; i++)
    rows.push([`c${i}`, "Firm C", "retail", "micro", "employees", "yes", ""]);
  await importCsv(db, workspaceId, csv(rows), "Firms");
});
after(async () => {
  await db.close();
});

describe("the built-in baseline", () => {
  it("carries the SME study's labels and shares", () => {
    assert.equal(SME_STUDY_BASELINE.n, 187);
    assert.equal(SME_STUDY_BASELINE.year, 2018);
    assert.equal(SME_STUDY_BASELINE.country, "United Kingdom");
    const share = (item: string, answer: string) =>
      SME_STUDY_BASELINE.figures.find((f) => f.item === item && f.answers.includes(answer))?.share;
    assert.equal(share("aware_controls", "no"), 0.48);
    assert.equal(share("policy_status", "formal"), 0.38);
    assert.equal(share("policy_status", "informal"), 0.26);
    assert.equal(share("policy_status", "none"), 0.11);
    assert.equal(share("need_incident_team", "yes"), 0.45);
    assert.equal(share("need_data_ownership", "yes"), 0.48);
    assert.equal(share("controls_reviewed", "no"), 0.51);
    assert.equal(share("controls_updates_aware", "no"), 0.22);
    assert.equal(share("involved_requirements", "no"), 0.8);
    assert.equal(share("job_requires_attention", "no"), 0.53);
    assert.equal(share("security_prioritised", "no"), 0.6);
    assert.equal(share("received_training", "no"), 0.52);
  });

  it("passes its own file format and round-trips through it", () => {
    for (const baseline of BUILTIN_BASELINES) {
      const parsed = parseBaselineFile(stringify(baselineFile(baseline)), "yaml");
      assert.deepEqual(parsed, { ...baseline, builtin: false });
    }
  });
});

describe("baseline files", () => {
  it("read the per-figure n or the baseline's n", () => {
    const parsed = parseBaselineFile(JSON.stringify(own), "json");
    assert.deepEqual(
      parsed.figures.map((f) => f.n),
      [1200, 600],
    );
  });

  it("refuse unknown items and answers, percentages, duplicates and missing labels, with paths", () => {
    const error = refusedSync(() =>
      parseBaselineFile(
        JSON.stringify({
          ...own,
          year: 2023.5,
          figures: [
            { item: "favourite_colour", answers: ["blue"], share: 0.4, label: "x" },
            { item: "aware_controls", answers: ["maybe"], share: 48, label: "x" },
            { item: "received_training", answers: ["no"], share: 0.4 },
            { item: "received_training", answers: ["no"], share: 0.5, label: "again" },
          ],
        }),
        "json",
      ),
    );
    const at = (path: string) => error.details.find((d) => d.path === path)?.message ?? "";
    assert.match(at("year"), /year such as 2018/);
    assert.match(at("figures[0].item"), /not a closed question/);
    assert.match(
      at("figures[1].answers[0]"),
      /not an answer to aware_controls. Use one of: yes, no/,
    );
    assert.match(at("figures[1].share"), /48% is 0.48/);
    assert.match(at("figures[2].label"), /required/);
    assert.match(at("figures[3]"), /already gives this share/);
  });

  it("refuse empty, foreign and broken files", () => {
    assert.match(refusedSync(() => parseBaselineFile("", "yaml")).message, /empty/);
    assert.match(
      refusedSync(() => parseBaselineFile(stringify({ ...own, schema: "x" }), "yaml")).details[0]
        ?.message ?? "",
      /rapport\.baseline\/1/,
    );
    assert.equal(
      refusedSync(() => parseBaselineFile("figures: [", "yaml")).code,
      "invalid_baseline",
    );
  });
});

describe("comparing shares with a baseline", () => {
  const population = (counts: Record<string, number>): Map<string, PopulationItem> => {
    const map = new Map(Object.entries(counts));
    const n = [...map.values()].reduce((a, b) => a + b, 0);
    return new Map([["aware_controls", { item: "aware_controls", counts: map, n }]]);
  };
  const baseline = {
    ...SME_STUDY_BASELINE,
    figures: SME_STUDY_BASELINE.figures.filter((f) => f.item === "aware_controls"),
  };

  it("gives the difference with Newcombe's interval and a reading without a verdict", () => {
    // 24 of 40 against 48% of 187: +0.12 [-0.0497, 0.2736], checked by hand (see newcombe.test.ts).
    const { comparisons } = compareWithBaseline(baseline, population({ no: 24, yes: 16 }), 5);
    const [c] = comparisons;
    assert.equal(c?.difference, 0.12);
    assert.deepEqual(c?.ci95, [-0.05, 0.274]);
    assert.equal(c?.interval_includes_zero, true);
    assert.match(c?.reading ?? "", /60% here against 48% in the baseline: 12 points higher/);
    assert.match(c?.reading ?? "", /cannot tell the two apart/);
    assert.doesNotMatch(c?.reading ?? "", /better|worse/i);
  });

  it("says how far apart the two likely are when the interval excludes zero", () => {
    const { comparisons } = compareWithBaseline(baseline, population({ no: 2, yes: 98 }), 5);
    assert.equal(comparisons[0]?.interval_includes_zero, false);
    assert.match(comparisons[0]?.reading ?? "", /likely lower, by somewhere between/);
  });

  it("does not compare items with too few answers or none", () => {
    const few = compareWithBaseline(baseline, population({ no: 2, yes: 2 }), 5);
    assert.deepEqual(few.comparisons, []);
    assert.match(few.not_compared[0]?.reason ?? "", /Fewer than 5/);
    const none = compareWithBaseline(baseline, new Map(), 5);
    assert.match(none.not_compared[0]?.reason ?? "", /Nobody here answered/);
  });
});

describe("baselines in a workspace", () => {
  it("adds a baseline from a file and lists it after the built-in one", async () => {
    await addBaseline(db, workspaceId, stringify(own), "yaml");
    const all = await listBaselines(db, workspaceId);
    assert.deepEqual(
      all.map((b) => [b.name, b.builtin]),
      [
        ["SME study UK 2017-18", true],
        ["National survey 2023", false],
      ],
    );
    assert.deepEqual(all[1]?.figures[1], {
      item: "aware_controls",
      answers: ["no"],
      share: 0.3,
      n: 600,
      label: "not aware",
      note: "",
    });
  });

  it("refuses a taken name, the built-in's name included, writing nothing", async () => {
    const again = await refusal(addBaseline(db, workspaceId, stringify(own), "yaml"));
    assert.equal(again.code, "baseline_exists");
    const builtin = await refusal(
      addBaseline(db, workspaceId, stringify({ ...own, name: "sme study uk 2017-18" }), "yaml"),
    );
    assert.equal(builtin.code, "baseline_exists");
    const [count] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM baseline");
    assert.equal(count?.n, 1);
  });

  it("compares an organisation with the built-in baseline", async () => {
    const result = await compareBaseline(db, workspaceId, { organisation: "firm a" });
    assert.equal(result.population.organisation, "Firm A");
    assert.equal(result.population.respondents, 30);
    const aware = result.comparisons.find((c) => c.item === "aware_controls");
    assert.deepEqual(aware?.population.count, 18);
    assert.equal(aware?.difference, 0.12);
    assert.ok(result.not_compared.some((n) => n.item === "controls_reviewed"));
  });

  it("compares a sector and a size band, with a baseline of the user's own", async () => {
    const retail = await compareBaseline(
      db,
      workspaceId,
      { sector: "Retail" },
      "national survey 2023",
    );
    assert.equal(retail.population.organisations, 2);
    assert.equal(retail.population.respondents, 40);
    const aware = retail.comparisons.find((c) => c.item === "aware_controls");
    assert.deepEqual([aware?.population.count, aware?.population.n], [18, 40]);
    assert.equal(aware?.baseline.n, 600);
    const training = retail.comparisons.find((c) => c.item === "received_training");
    assert.equal(training?.population.n, 30, "Firm C left it empty");
    const small = await compareBaseline(db, workspaceId, { size_band: "10-49" });
    assert.equal(small.population.size_band, "small");
  });

  it("hides a population smaller than the minimum group size", async () => {
    const result = await compareBaseline(db, workspaceId, { organisation: "Firm B" });
    assert.equal(result.population.respondents, null);
    assert.deepEqual(result.comparisons, []);
    assert.match(result.note ?? "", /Fewer than 5/);
  });

  it("refuses unknown baselines, sizes and organisations, and stays in its workspace", async () => {
    const unknown = await refusal(
      compareBaseline(db, workspaceId, { organisation: "Firm A" }, "National survey 2032"),
    );
    assert.match(unknown.message, /Did you mean "National survey 2023"/);
    const band = await refusal(compareBaseline(db, workspaceId, { size_band: "huge" }));
    assert.equal(band.code, "bad_size_band");
    const other = await db.query<{ id: string }>(
      "INSERT INTO workspace (slug, name) VALUES ('other', 'Other') RETURNING id",
    );
    const otherId = other[0]?.id ?? "";
    assert.equal((await listBaselines(db, otherId)).length, 1);
    const sector = await compareBaseline(db, otherId, { sector: "retail" });
    assert.equal(sector.population.respondents, 0);
    assert.deepEqual(sector.comparisons, []);
  });
});
