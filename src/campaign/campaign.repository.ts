import type { Queryable } from "../db/database.js";

export type CampaignStatus = "draft" | "open" | "closed";

export interface CampaignRow {
  id: string;
  name: string;
  organisation_id: string;
  organisation: string;
  study_id: string | null;
  study: string | null;
  instrument_version_id: string;
  instrument_code: string;
  instrument_version: number;
  status: CampaignStatus;
  min_group_size: number;
  wave: number;
  respondents: number;
  sponsor: string;
  purpose: string;
  declined_count: number;
}

const CAMPAIGN_SELECT = `SELECT c.id, c.name, c.organisation_id, o.name AS organisation, c.study_id, s.name AS study,
    c.instrument_version_id, i.code AS instrument_code, v.version AS instrument_version, c.status,
    c.min_group_size, c.wave, c.sponsor, c.purpose, c.declined_count,
    (SELECT count(*)::int FROM response r WHERE r.campaign_id = c.id) AS respondents
  FROM campaign c
  JOIN organisation o ON o.id = c.organisation_id
  LEFT JOIN study s ON s.id = c.study_id
  JOIN instrument_version v ON v.id = c.instrument_version_id
  JOIN instrument i ON i.id = v.instrument_id`;

export async function listCampaigns(
  db: Queryable,
  workspaceId: string,
  studyId?: string,
): Promise<CampaignRow[]> {
  return db.query<CampaignRow>(
    `${CAMPAIGN_SELECT} WHERE c.workspace_id = $1 AND ($2::uuid IS NULL OR c.study_id = $2)
     ORDER BY s.name NULLS FIRST, o.name_key, c.wave`,
    [workspaceId, studyId ?? null],
  );
}

/** Campaigns whose id starts with the given text (people type the first few characters). */
export async function findCampaignsByIdPrefix(
  db: Queryable,
  workspaceId: string,
  prefix: string,
): Promise<CampaignRow[]> {
  return db.query<CampaignRow>(
    `${CAMPAIGN_SELECT} WHERE c.workspace_id = $1 AND c.id::text LIKE $2 LIMIT 5`,
    [workspaceId, `${prefix}%`],
  );
}

/**
 * The ids only: what a study report needs, without counting anything. A report covers one
 * wave (wave 1 unless said): pooling waves would count the same people twice. Changes between
 * waves are the wave comparison's job (src/wave).
 */
export async function listStudyCampaignIds(
  db: Queryable,
  workspaceId: string,
  studyId: string,
  wave = 1,
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    "SELECT id FROM campaign WHERE workspace_id = $1 AND study_id = $2 AND wave = $3",
    [workspaceId, studyId, wave],
  );
  return rows.map((r) => r.id);
}

/** The campaigns of one wave of a study (wave 1 unless said), one per organisation. */
export async function findStudyCampaigns(
  db: Queryable,
  workspaceId: string,
  studyId: string,
  wave = 1,
): Promise<{ id: string; organisation_id: string; instrument_version_id: string }[]> {
  return db.query<{ id: string; organisation_id: string; instrument_version_id: string }>(
    "SELECT id, organisation_id, instrument_version_id FROM campaign WHERE workspace_id = $1 AND study_id = $2 AND wave = $3",
    [workspaceId, studyId, wave],
  );
}

export async function insertCampaign(
  db: Queryable,
  workspaceId: string,
  campaign: {
    organisationId: string;
    studyId: string | null;
    instrumentVersionId: string;
    name: string;
    status: CampaignStatus;
    minGroupSize: number;
    sponsor?: string;
    purpose?: string;
    /** A later wave of the same survey, and the campaign it follows. */
    wave?: number;
    previousCampaignId?: string | null;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO campaign (workspace_id, organisation_id, study_id, instrument_version_id, name, status, min_group_size,
                           sponsor, purpose, wave, previous_campaign_id, opened_at, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
             CASE WHEN $6 <> 'draft' THEN now() END, CASE WHEN $6 = 'closed' THEN now() END)
     RETURNING id`,
    [
      workspaceId,
      campaign.organisationId,
      campaign.studyId,
      campaign.instrumentVersionId,
      campaign.name,
      campaign.status,
      campaign.minGroupSize,
      campaign.sponsor ?? "",
      campaign.purpose ?? "",
      campaign.wave ?? 1,
      campaign.previousCampaignId ?? null,
    ],
  );
  if (!row) throw new Error("insertCampaign returned no row");
  return row.id;
}

export async function updateCampaignStatus(
  db: Queryable,
  workspaceId: string,
  id: string,
  status: CampaignStatus,
): Promise<void> {
  await db.query(
    `UPDATE campaign SET status = $3,
       opened_at = CASE WHEN $3 = 'open' THEN coalesce(opened_at, now()) ELSE opened_at END,
       closed_at = CASE WHEN $3 = 'closed' THEN now() ELSE NULL END
     WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, id, status],
  );
}

export async function findCampaignById(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<CampaignRow | undefined> {
  const [row] = await db.query<CampaignRow>(
    `${CAMPAIGN_SELECT} WHERE c.workspace_id = $1 AND c.id = $2`,
    [workspaceId, id],
  );
  return row;
}

export async function incrementDeclined(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<void> {
  await db.query(
    "UPDATE campaign SET declined_count = declined_count + 1 WHERE workspace_id = $1 AND id = $2",
    [workspaceId, id],
  );
}

/** What the answer flow needs of a campaign (read with the link, see respondent.repository.ts). */
export interface CampaignForRespondent {
  id: string;
  name: string;
  organisation_id: string;
  instrument_version_id: string;
  status: CampaignStatus;
  min_group_size: number;
  sponsor: string;
  purpose: string;
}

export async function updateCampaignSettings(
  db: Queryable,
  workspaceId: string,
  id: string,
  settings: { name: string; minGroupSize: number; sponsor: string; purpose: string },
): Promise<void> {
  await db.query(
    `UPDATE campaign SET name = $3, min_group_size = $4, sponsor = $5, purpose = $6
     WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, id, settings.name, settings.minGroupSize, settings.sponsor, settings.purpose],
  );
}

/**
 * The earlier waves of a campaign, oldest first: the same study and organisation with a lower
 * wave number, or for a campaign outside a study the chain of campaigns it follows.
 */
export async function findEarlierWaves(
  db: Queryable,
  workspaceId: string,
  campaign: Pick<CampaignRow, "id" | "study_id" | "organisation_id" | "wave">,
): Promise<CampaignRow[]> {
  if (campaign.study_id !== null) {
    return db.query<CampaignRow>(
      `${CAMPAIGN_SELECT} WHERE c.workspace_id = $1 AND c.study_id = $2 AND c.organisation_id = $3
         AND c.wave < $4 ORDER BY c.wave`,
      [workspaceId, campaign.study_id, campaign.organisation_id, campaign.wave],
    );
  }
  return db.query<CampaignRow>(
    `WITH RECURSIVE chain(id) AS (
       SELECT previous_campaign_id FROM campaign
       WHERE workspace_id = $1 AND id = $2 AND previous_campaign_id IS NOT NULL
       UNION
       SELECT p.previous_campaign_id FROM campaign p JOIN chain ON p.id = chain.id
       WHERE p.workspace_id = $1 AND p.previous_campaign_id IS NOT NULL
     )
     ${CAMPAIGN_SELECT} WHERE c.workspace_id = $1 AND c.id IN (SELECT id FROM chain) ORDER BY c.wave`,
    [workspaceId, campaign.id],
  );
}

/** The campaign that follows this one as its next wave, if one was started. */
export async function findNextWave(
  db: Queryable,
  workspaceId: string,
  campaign: Pick<CampaignRow, "id" | "study_id" | "organisation_id" | "wave">,
): Promise<CampaignRow | undefined> {
  const [row] = await db.query<CampaignRow>(
    `${CAMPAIGN_SELECT} WHERE c.workspace_id = $1 AND (c.previous_campaign_id = $2
       OR (c.study_id = $3 AND c.organisation_id = $4 AND c.wave = $5))
     ORDER BY c.wave LIMIT 1`,
    [workspaceId, campaign.id, campaign.study_id, campaign.organisation_id, campaign.wave + 1],
  );
  return row;
}

/** The day the first answer of a campaign came in, as YYYY-MM-DD; null without answers. */
export async function firstAnswerDate(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
): Promise<string | null> {
  const [row] = await db.query<{ first: string | null }>(
    "SELECT min(submitted_on)::text AS first FROM response WHERE workspace_id = $1 AND campaign_id = $2",
    [workspaceId, campaignId],
  );
  return row?.first ?? null;
}
