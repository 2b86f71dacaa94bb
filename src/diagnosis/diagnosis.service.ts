import { resolveCampaign } from "../campaign/campaign.service.js";
import type { Queryable } from "../db/database.js";
import { itemsOf } from "../instrument/instrument.js";
import { getVersionById } from "../instrument/instrument.service.js";
import { COMMUNITIES, type Community } from "../organisation/organisation.js";
import type { Signal } from "../plan/signal.js";
import { getWorkSystem, listWorkSystems } from "../worksystem/worksystem.service.js";
import {
  type Diagnosis,
  diagnose,
  type Respondent,
  type WorkSystemWorkarounds,
} from "./diagnosis.js";
import { listCampaignAnswers, listCampaignWritten } from "./diagnosis.repository.js";
import { toSignals } from "./signals.js";

const isCommunity = (value: string | null | undefined): value is Community =>
  (COMMUNITIES as readonly (string | null | undefined)[]).includes(value);

/**
 * The relationship diagnosis of a campaign (by id or the first characters of it), read from
 * the database and passed through the privacy gate (see diagnosis.ts).
 */
export async function diagnoseCampaign(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
): Promise<Diagnosis> {
  const campaign = await resolveCampaign(db, workspaceId, campaignId);
  const version = await getVersionById(db, workspaceId, campaign.instrument_version_id);
  if (!version) throw new Error(`campaign ${campaign.id} has no instrument version`);
  const likert = new Set(
    itemsOf(version.definition)
      .filter((i) => i.type === "likert")
      .map((i) => i.code),
  );
  const rows = await listCampaignAnswers(db, workspaceId, campaign.id);
  const byResponse = new Map<
    string,
    {
      community: string | null;
      numbers: Map<string, number | null>;
      choices: Map<string, string[]>;
    }
  >();
  for (const row of rows) {
    const held = byResponse.get(row.response_id) ?? {
      community: row.community,
      numbers: new Map(),
      choices: new Map(),
    };
    byResponse.set(row.response_id, held);
    if (row.item_code === "") continue;
    if (row.choices !== null) held.choices.set(row.item_code, row.choices);
    else if (row.choice !== null && likert.has(row.item_code)) {
      // A rating is stored as its point ("1".."5"); "don't know" counts as no point.
      held.numbers.set(row.item_code, /^\d+$/.test(row.choice) ? Number(row.choice) : null);
    } else if (row.choice !== null) held.choices.set(row.item_code, [row.choice]);
    else if (row.number !== null) held.numbers.set(row.item_code, row.number);
  }
  const respondents: Respondent[] = [...byResponse.entries()].map(([id, r]) => {
    const own = r.choices.get("own_community")?.[0];
    return {
      id,
      community: isCommunity(own) ? own : isCommunity(r.community) ? r.community : null,
      numbers: r.numbers,
      choices: r.choices,
    };
  });
  const written = await listCampaignWritten(db, workspaceId, campaign.id);
  return diagnose({
    campaign: {
      id: campaign.id,
      name: campaign.name,
      organisation: campaign.organisation,
      wave: campaign.wave,
    },
    instrument: version.definition,
    minGroupSize: campaign.min_group_size,
    respondents,
    openAnswers: written.map((w) => ({
      respondent: w.response_id,
      item: w.item_code,
      body: w.body,
    })),
    workSystems: await workSystemsOf(db, workspaceId, campaign.organisation_id),
  });
}

async function workSystemsOf(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
): Promise<WorkSystemWorkarounds[]> {
  const { work_systems } = await listWorkSystems(db, workspaceId, organisationId);
  const out: WorkSystemWorkarounds[] = [];
  for (const summary of work_systems) {
    if (summary.workarounds === 0) {
      out.push({ id: summary.id, name: summary.name, group: summary.group, workarounds: [] });
      continue;
    }
    const view = await getWorkSystem(db, workspaceId, organisationId, summary.id);
    out.push({
      id: view.id,
      name: view.model.name,
      group: view.group,
      workarounds: view.workarounds,
    });
  }
  return out;
}

/**
 * The diagnosis of one campaign as signals for the recommendation rules and the action plan:
 * indicators per community pair, scale means per community, and life-position cells. Hidden
 * figures give no signal.
 */
export async function diagnosisSignals(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
): Promise<Signal[]> {
  return toSignals(await diagnoseCampaign(db, workspaceId, campaignId));
}
