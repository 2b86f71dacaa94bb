import { createHash, randomUUID } from "node:crypto";
import { findStudyCampaigns, insertCampaign } from "../campaign/campaign.repository.js";
import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { nameKey } from "../organisation/organisation.js";
import {
  fillOrganisationAttributes,
  insertGroup,
  insertOrganisation,
  listGroups,
  listOrganisations,
} from "../organisation/organisation.repository.js";
import { insertResponseBatch, type ResponseBatch } from "../response/response.repository.js";
import type { StudyRow } from "../study/study.repository.js";
import type { OrgFacts } from "./import-check.js";
import type { ColumnPlan } from "./import-columns.js";
import { type ImportedRow, isBlank, readRow } from "./import-row.js";
import type { RowSource } from "./row-source.js";

/**
 * The second pass of an import, inside the caller's transaction: create what is missing
 * (organisations, campaigns, groups), then write the rows in batches.
 */
const BATCH_ROWS = 2000;

export interface Places {
  orgIdByKey: Map<string, string>;
  campaignByOrg: Map<string, string>;
  groupByOrgAndKey: Map<string, string>;
}

export async function preparePlaces(
  tx: Queryable,
  workspaceId: string,
  study: StudyRow,
  orgs: Map<string, OrgFacts>,
  wave = 1,
): Promise<Places> {
  const known = new Map((await listOrganisations(tx, workspaceId)).map((o) => [o.name_key, o]));
  const orgIdByKey = new Map<string, string>();
  for (const [key, facts] of orgs) {
    const stored = known.get(key);
    if (stored) {
      if ((!stored.sector && facts.sector) || (!stored.size_band && facts.sizeBand)) {
        await fillOrganisationAttributes(tx, workspaceId, stored.id, facts.sector, facts.sizeBand);
      }
      orgIdByKey.set(key, stored.id);
    } else {
      const created = await insertOrganisation(tx, workspaceId, {
        name: facts.name,
        nameKey: key,
        sector: facts.sector,
        sizeBand: facts.sizeBand,
      });
      orgIdByKey.set(key, created.id);
    }
  }
  const inWave = async (w: number) =>
    new Map(
      (await findStudyCampaigns(tx, workspaceId, study.id, w)).map((c) => [
        c.organisation_id,
        c.id,
      ]),
    );
  const campaigns = await inWave(wave);
  const previous = wave > 1 ? await inWave(wave - 1) : new Map<string, string>();
  const campaignByOrg = new Map<string, string>();
  for (const [key, orgId] of orgIdByKey) {
    let campaignId = campaigns.get(orgId);
    if (!campaignId) {
      campaignId = await insertCampaign(tx, workspaceId, {
        organisationId: orgId,
        studyId: study.id,
        instrumentVersionId: study.instrument_version_id,
        name: `${orgs.get(key)?.name ?? key}: ${study.name}${wave > 1 ? ` (wave ${wave})` : ""}`,
        status: "closed",
        minGroupSize: study.min_group_size,
        wave,
        previousCampaignId: previous.get(orgId) ?? null,
      });
    }
    campaignByOrg.set(key, campaignId);
  }
  const groupByOrgAndKey = new Map<string, string>();
  const existingGroups = await listGroups(tx, workspaceId, [...orgIdByKey.values()]);
  for (const g of existingGroups)
    groupByOrgAndKey.set(`${g.organisation_id}\u0000${g.name_key}`, g.id);
  for (const [key, facts] of orgs) {
    const orgId = orgIdByKey.get(key) as string;
    for (const [groupKey, groupName] of facts.groups) {
      const slot = `${orgId}\u0000${groupKey}`;
      if (!groupByOrgAndKey.has(slot)) {
        groupByOrgAndKey.set(
          slot,
          (await insertGroup(tx, workspaceId, orgId, groupName, groupKey)).id,
        );
      }
    }
  }
  return { orgIdByKey, campaignByOrg, groupByOrgAndKey };
}

export async function writeRows(
  tx: Queryable,
  workspaceId: string,
  source: RowSource,
  onProgress: ((done: number, total: number) => void) | undefined,
  plan: ColumnPlan,
  places: Places,
  submittedOn: string,
): Promise<string> {
  const hash = createHash("sha256");
  let batch: ResponseBatch = { responses: [], answers: [], openAnswers: [] };
  let header = true;
  const flush = async () => {
    await insertResponseBatch(tx, workspaceId, "import", submittedOn, batch);
    batch = { responses: [], answers: [], openAnswers: [] };
  };
  const rows = source.read(hash, onProgress);
  for await (const { line, fields } of rows) {
    if (isBlank(fields)) continue;
    if (header) {
      header = false;
      continue;
    }
    const row = readRow(plan, line, fields);
    if (Array.isArray(row)) {
      throw new RapportError(
        "file_changed",
        "The file changed while it was being imported, so nothing was written. Try again once it is saved.",
      );
    }
    addRow(batch, row, places);
    if (batch.responses.length >= BATCH_ROWS) await flush();
  }
  await flush();
  return hash.digest("hex");
}

function addRow(batch: ResponseBatch, row: ImportedRow, places: Places): void {
  const orgId = places.orgIdByKey.get(row.organisationKey) as string;
  const campaignId = places.campaignByOrg.get(row.organisationKey) as string;
  // A random id, not a sequence: the order of rows in the file leaves no trace.
  const responseId = randomUUID();
  const groupId =
    row.group === null
      ? null
      : (places.groupByOrgAndKey.get(`${orgId}\u0000${nameKey(row.group)}`) ?? null);
  batch.responses.push({ id: responseId, campaignId, community: row.community, groupId });
  for (const { itemCode, value } of row.answers) {
    if (value.kind === "text") {
      batch.openAnswers.push({ responseId, campaignId, itemCode, body: value.body });
      continue;
    }
    batch.answers.push({
      responseId,
      campaignId,
      itemCode,
      choice: value.kind === "choice" ? value.choice : null,
      choices: value.kind === "choices" ? value.choices : null,
      number: value.kind === "number" ? value.number : null,
    });
  }
}
