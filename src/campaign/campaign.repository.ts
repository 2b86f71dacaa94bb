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

/** The ids only: what a study report needs, without counting anything. */
export async function listStudyCampaignIds(
  db: Queryable,
  workspaceId: string,
  studyId: string,
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    "SELECT id FROM campaign WHERE workspace_id = $1 AND study_id = $2",
    [workspaceId, studyId],
  );
  return rows.map((r) => r.id);
}

export async function findStudyCampaigns(
  db: Queryable,
  workspaceId: string,
  studyId: string,
): Promise<{ id: string; organisation_id: string }[]> {
  return db.query<{ id: string; organisation_id: string }>(
    "SELECT id, organisation_id FROM campaign WHERE workspace_id = $1 AND study_id = $2 AND wave = 1",
    [workspaceId, studyId],
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
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO campaign (workspace_id, organisation_id, study_id, instrument_version_id, name, status, min_group_size,
                           sponsor, purpose, opened_at, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
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
