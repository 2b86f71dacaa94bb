import { effectiveMinimum, totalVisible } from "../analysis/privacy-gate.js";
import type { Database, Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { nameKey, parseSector, parseSizeBand, SIZE_BANDS } from "../organisation/organisation.js";
import {
  type Baseline,
  BUILTIN_BASELINES,
  type Comparison,
  compareWithBaseline,
  isBuiltinBaselineName,
  type NotCompared,
  type PopulationItem,
  parseBaselineFile,
  SME_STUDY_BASELINE,
} from "./baseline.js";
import {
  countPopulation,
  findBaselineKey,
  insertBaseline,
  listBaselineRows,
  type PopulationFilter,
} from "./baseline.repository.js";
import type { DocumentFormat } from "./document.js";
import { closestCode } from "./suggest.js";
import { resolveOrganisation } from "./worksystem.service.js";

/** Baselines a workspace can compare with: the built-in ones first, then its own. */
export async function listBaselines(db: Queryable, workspaceId: string): Promise<Baseline[]> {
  return [...BUILTIN_BASELINES, ...(await listBaselineRows(db, workspaceId))];
}

export async function getBaseline(
  db: Queryable,
  workspaceId: string,
  name?: string,
): Promise<Baseline> {
  if (name === undefined) return SME_STUDY_BASELINE;
  const all = await listBaselines(db, workspaceId);
  const found = all.find((b) => nameKey(b.name) === nameKey(name));
  if (found) return found;
  const keys = new Map(all.map((b) => [nameKey(b.name).replace(/\s/g, "_"), b.name]));
  const guess = closestCode(nameKey(name).replace(/\s/g, "_"), [...keys.keys()]);
  throw new RapportError(
    "baseline_not_found",
    `There is no baseline called "${name.slice(0, 100)}".${guess ? ` Did you mean "${keys.get(guess)}"?` : ""} Run rapport baseline list to see them.`,
  );
}

/** Adds a workspace's own baseline from a file; its name must be new. */
export async function addBaseline(
  db: Database,
  workspaceId: string,
  text: string,
  format: DocumentFormat,
): Promise<Baseline> {
  const baseline = parseBaselineFile(text, format);
  const key = nameKey(baseline.name);
  if (isBuiltinBaselineName(baseline.name)) {
    throw new RapportError(
      "baseline_exists",
      `"${baseline.name}" is the name of a built-in baseline. Give yours another name.`,
    );
  }
  await db.transaction(async (tx) => {
    if (await findBaselineKey(tx, workspaceId, key)) {
      throw new RapportError(
        "baseline_exists",
        `There is already a baseline called "${baseline.name}". Give this one another name, for example with its year.`,
      );
    }
    await insertBaseline(tx, workspaceId, key, baseline);
  });
  return baseline;
}

export type ComparisonTarget =
  | { organisation: string }
  | { sector: string }
  | { size_band: string };

export interface BaselineComparison {
  population: {
    organisation?: string;
    sector?: string;
    size_band?: string;
    organisations: number;
    respondents: number | null;
  };
  baseline: Omit<Baseline, "figures">;
  min_group_size: number;
  comparisons: Comparison[];
  not_compared: NotCompared[];
  note?: string;
}

/**
 * Compares an organisation, a sector or a size band with a baseline (the SME study unless
 * another is named): per figure the share here with its interval, the baseline's share, and
 * the difference with Newcombe's 95% interval. A population smaller than the strictest
 * minimum group size of its campaigns is not shown at all.
 */
export async function compareBaseline(
  db: Queryable,
  workspaceId: string,
  target: ComparisonTarget,
  baselineName?: string,
): Promise<BaselineComparison> {
  const baseline = await getBaseline(db, workspaceId, baselineName);
  const { filter, label } = await populationOf(db, workspaceId, target);
  const counts = await countPopulation(db, workspaceId, filter);
  const min = effectiveMinimum(counts.min_group_size ?? undefined);
  const { figures: _figures, ...about } = baseline;
  const result: BaselineComparison = {
    population: { ...label, organisations: counts.organisations, respondents: counts.respondents },
    baseline: about,
    min_group_size: min,
    comparisons: [],
    not_compared: [],
  };
  if (counts.respondents === 0) {
    return { ...result, note: "There are no answers here yet, so there is nothing to compare." };
  }
  if (!totalVisible(counts.respondents, min)) {
    return {
      ...result,
      population: { ...result.population, respondents: null },
      note: `Fewer than ${min} people answered here, too few to show without risking that someone is recognised.`,
    };
  }
  const items = new Map<string, PopulationItem>();
  for (const cell of counts.cells) {
    let item = items.get(cell.item_code);
    if (!item) {
      item = { item: cell.item_code, counts: new Map(), n: 0 };
      items.set(cell.item_code, item);
    }
    (item.counts as Map<string, number>).set(cell.value, cell.count);
    item.n += cell.count;
  }
  return { ...result, ...compareWithBaseline(baseline, items, min) };
}

async function populationOf(
  db: Queryable,
  workspaceId: string,
  target: ComparisonTarget,
): Promise<{
  filter: PopulationFilter;
  label: Pick<BaselineComparison["population"], "organisation" | "sector" | "size_band">;
}> {
  if ("organisation" in target) {
    const organisation = await resolveOrganisation(db, workspaceId, target.organisation);
    return {
      filter: { organisationId: organisation.id },
      label: { organisation: organisation.name },
    };
  }
  if ("sector" in target) {
    const sector = parseSector(target.sector);
    if (sector === undefined)
      throw new RapportError(
        "bad_sector",
        "Give a sector such as retail, services or manufacturing.",
      );
    return { filter: { sector }, label: { sector } };
  }
  const sizeBand = parseSizeBand(target.size_band);
  if (sizeBand === undefined)
    throw new RapportError(
      "bad_size_band",
      `"${target.size_band.slice(0, 40)}" is not a size band. Use one of: ${SIZE_BANDS.join(", ")}.`,
    );
  return { filter: { sizeBand }, label: { size_band: sizeBand } };
}
