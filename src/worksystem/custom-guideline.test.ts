import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import type { Database } from "../db/database.js";
import { isRapportError } from "../errors.js";
import { ensureWorkspace } from "../workspace/workspace.service.js";
import { BUILTIN_CATALOGUE } from "./catalogue/index.js";
import { formatCatalogue, parseCatalogue } from "./catalogue-io.js";
import {
  exportCatalogue,
  importCatalogue,
  listCustomGuidelines,
  loadWorkspaceCatalogue,
  removeCustomGuideline,
  saveCustomGuideline,
} from "./custom-guideline.service.js";
import { findGuideline, workspaceCatalogue } from "./worksystem.service.js";

let db: Database;
let workspaceId: string;
let otherId: string;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  otherId = (await ensureWorkspace(db, "other")).id;
});
after(async () => {
  await db.close();
});

const own = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  element: code.slice(0, code.indexOf(".")),
  statement: "Night shifts hand over open tasks in writing.",
  question: "Do night shifts hand over open tasks in writing?",
  why: "A task said aloud at 6 a.m. is easily lost.",
  item_codes: ["aware_controls"],
  interventions: ["guidance_update"],
  source: "Acme handbook",
  ...extra,
});

async function refusal(promise: Promise<unknown>): Promise<{ code: string; details: string[] }> {
  try {
    await promise;
  } catch (error) {
    if (!isRapportError(error)) throw error;
    return {
      code: error.code,
      details: error.details.map((d) => `${d.path ?? d.line}: ${d.message}`),
    };
  }
  throw new Error("expected a refusal");
}

describe("a workspace's own guidelines", () => {
  it("starts with the built-in catalogue alone", async () => {
    assert.equal(await loadWorkspaceCatalogue(db, workspaceId), BUILTIN_CATALOGUE);
  });

  it("adds an own guideline, merged after the built-in ones and usable for ratings", async () => {
    await saveCustomGuideline(db, workspaceId, own("processes_activities.night_handover"));
    const catalogue = await workspaceCatalogue(db, workspaceId);
    assert.equal(catalogue.guidelines.length, BUILTIN_CATALOGUE.guidelines.length + 1);
    assert.equal(catalogue.guidelines.at(-1)?.code, "processes_activities.night_handover");
    assert.equal(
      findGuideline(catalogue, "processes_activities.night_handover").source,
      "Acme handbook",
    );
    // Another workspace does not see it.
    assert.equal(
      (await workspaceCatalogue(db, otherId)).guidelines.length,
      BUILTIN_CATALOGUE.guidelines.length,
    );
  });

  it("refuses a built-in code, a taken code and a code that does not match its element", async () => {
    const builtin = BUILTIN_CATALOGUE.guidelines[0];
    assert.ok(builtin);
    const clash = await refusal(
      saveCustomGuideline(db, workspaceId, { ...builtin, statement: "Mine." }),
    );
    assert.equal(clash.code, "guideline_exists");
    assert.match(clash.details[0] ?? "", /^code: A built-in guideline/);
    const taken = await refusal(
      saveCustomGuideline(db, workspaceId, own("processes_activities.night_handover")),
    );
    assert.equal(taken.code, "guideline_exists");
    const wrong = await refusal(
      saveCustomGuideline(
        db,
        workspaceId,
        own("processes_activities.other", { element: "participants" }),
      ),
    );
    assert.match(wrong.details.join("\n"), /^code: The code starts with "processes_activities\."/m);
    const empty = await refusal(saveCustomGuideline(db, workspaceId, { code: "" }));
    assert.ok(empty.details.length >= 5, empty.details.join("\n"));
    assert.equal((await listCustomGuidelines(db, workspaceId)).length, 1);
  });

  it("changes an own guideline but keeps its code, and never changes a built-in one", async () => {
    await saveCustomGuideline(
      db,
      workspaceId,
      own("processes_activities.night_handover", { why: "Handovers forget things." }),
      "processes_activities.night_handover",
    );
    const [changed] = await listCustomGuidelines(db, workspaceId);
    assert.equal(changed?.why, "Handovers forget things.");
    const renamed = await refusal(
      saveCustomGuideline(
        db,
        workspaceId,
        own("processes_activities.renamed"),
        "processes_activities.night_handover",
      ),
    );
    assert.equal(renamed.code, "guideline_code_fixed");
    const code = BUILTIN_CATALOGUE.guidelines[0]?.code ?? "";
    assert.equal(
      (await refusal(saveCustomGuideline(db, workspaceId, own(code), code))).code,
      "builtin_guideline",
    );
    assert.equal(
      (await refusal(removeCustomGuideline(db, workspaceId, code))).code,
      "builtin_guideline",
    );
    assert.equal(
      (await refusal(removeCustomGuideline(db, workspaceId, "processes_activities.nothing"))).code,
      "guideline_not_found",
    );
  });

  it("round-trips the workspace catalogue through YAML and JSON unchanged", async () => {
    for (const format of ["yaml", "json"] as const) {
      const text = await exportCatalogue(db, workspaceId, format);
      const result = await importCatalogue(db, otherId, text, format);
      assert.deepEqual(
        result.added,
        format === "yaml" ? ["processes_activities.night_handover"] : [],
      );
      assert.equal(await exportCatalogue(db, otherId, format), text);
      assert.equal(formatCatalogue(parseCatalogue(text, format), format), text);
    }
    const again = await importCatalogue(
      db,
      otherId,
      await exportCatalogue(db, workspaceId, "yaml"),
      "yaml",
    );
    assert.deepEqual(again.added, []);
    assert.deepEqual(again.changed, []);
  });

  it("refuses a malformed catalogue or a reworded built-in with the path of each error, storing nothing", async () => {
    const before = await listCustomGuidelines(db, otherId);
    const bad = await refusal(
      importCatalogue(
        db,
        otherId,
        JSON.stringify({
          schema: "rapport.guidelines/1",
          version: 1,
          name: "Shared",
          guidelines: [
            own("processes_activities.fine"),
            { code: "x" },
            own("strategies.y", { interventions: ["hug"] }),
          ],
        }),
        "json",
      ),
    );
    assert.equal(bad.code, "invalid_catalogue");
    assert.ok(bad.details.some((d) => d.startsWith("guidelines[1]")));
    assert.ok(bad.details.some((d) => d.startsWith("guidelines[2].interventions[0]")));
    const syntax = await refusal(importCatalogue(db, otherId, "schema: [unclosed\n", "yaml"));
    assert.match(syntax.details[0] ?? "", /^\d+: /);
    const catalogue = {
      ...BUILTIN_CATALOGUE,
      guidelines: [
        { ...BUILTIN_CATALOGUE.guidelines[2], statement: "Reworded." },
        own("processes_activities.fine"),
      ],
    };
    const reworded = await refusal(importCatalogue(db, otherId, JSON.stringify(catalogue), "json"));
    assert.match(reworded.details[0] ?? "", /^guidelines\[0\]\.code: .*cannot be changed/);
    assert.deepEqual(await listCustomGuidelines(db, otherId), before);
  });

  it("removes an own guideline", async () => {
    await removeCustomGuideline(db, workspaceId, "PROCESSES_activities.night_handover ");
    assert.deepEqual(await listCustomGuidelines(db, workspaceId), []);
  });
});
