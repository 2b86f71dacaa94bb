import type { CampaignStatus } from "../campaign/campaign.repository.js";
import type { Queryable } from "../db/database.js";
import { joinChoices } from "../response/response.repository.js";
import type { RawAnswers } from "./flow.js";

/**
 * The answer flow's own reads and writes, shaped so that a request costs as few round trips as
 * possible: one read resolves a link, one statement stores a whole submission.
 */
export interface LinkRow {
  id: string;
  workspace_id: string;
  campaign_id: string;
  kind: "single" | "shared";
  access_code_hash: string | null;
  used: boolean;
  campaign_name: string;
  organisation_id: string;
  instrument_version_id: string;
  status: CampaignStatus;
  min_group_size: number;
  sponsor: string;
  purpose: string;
  /** Null when there are no answers in progress under the given key. */
  draft_consented: boolean | null;
  draft_answers: RawAnswers | null;
  draft_step: number | null;
}

/**
 * The link, its campaign and the answers in progress, in one query. A single-use link's draft
 * is keyed by the token's hash; a shared link's by sharedDraftKeyHash (null: none yet).
 * Looked up across workspaces: the link is all a respondent has.
 */
export async function findLink(
  db: Queryable,
  tokenHash: string,
  sharedDraftKeyHash: string | null,
): Promise<LinkRow | undefined> {
  const [row] = await db.query<LinkRow>(
    `SELECT i.id, i.workspace_id, i.campaign_id, i.kind, i.access_code_hash, i.used,
            c.name AS campaign_name, c.organisation_id, c.instrument_version_id, c.status,
            c.min_group_size, c.sponsor, c.purpose,
            d.consented AS draft_consented, d.answers AS draft_answers, d.step AS draft_step
     FROM invitation i
     JOIN campaign c ON c.workspace_id = i.workspace_id AND c.id = i.campaign_id
     LEFT JOIN response_draft d
       ON d.key_hash = CASE WHEN i.kind = 'single' THEN i.token_hash ELSE $2::text END
         AND d.workspace_id = i.workspace_id AND d.campaign_id = i.campaign_id
     WHERE i.token_hash = $1`,
    [tokenHash, sharedDraftKeyHash],
    { prepare: true },
  );
  return row;
}

/** Counts a refusal and forgets any answers in progress, in one statement. */
export async function recordDecline(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
  draftKeyHash: string,
): Promise<void> {
  await db.query(
    `WITH dropped AS (
       DELETE FROM response_draft WHERE key_hash = $3 AND workspace_id = $1 AND campaign_id = $2
     )
     UPDATE campaign SET declined_count = declined_count + 1 WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, campaignId, draftKeyHash],
  );
}

export interface Submission {
  workspaceId: string;
  campaignId: string;
  /** The single-use invitation to mark used; null for a shared link. */
  singleUseInvitationId: string | null;
  draftKeyHash: string;
  responseId: string;
  submittedOn: string;
  community: string | null;
  organisationId: string;
  /** Kept only if it is a group of organisationId. */
  groupId: string | null;
  answers: {
    itemCode: string;
    choice: string | null;
    choices: string[] | null;
    number: number | null;
  }[];
  openAnswers: { itemCode: string; body: string }[];
}

/**
 * Stores a submission in one statement (so one round trip and one commit): the draft is
 * deleted, a single-use link marked used, and the response with its answers inserted, each
 * step only if the one before it happened. Deleting the draft comes first and is the gate:
 * of two submissions racing on the same draft, the second waits for the first's row lock,
 * then finds the row gone and changes nothing; marking the link used is a second gate for
 * single-use links. The response row holds no trace of the link. Returns false if nothing
 * was stored (the answers were already sent).
 */
export async function storeSubmission(db: Queryable, s: Submission): Promise<boolean> {
  // Most people skip the optional group question; planning the check only when it was
  // answered keeps the common statement cheaper.
  const group =
    s.groupId === null
      ? "$7::uuid"
      : "(SELECT g.id FROM org_group g WHERE g.workspace_id = $1 AND g.organisation_id = $15 AND g.id = $7::uuid)";
  const rows = await db.query<{ stored: number }>(
    `WITH ended AS (
       DELETE FROM response_draft d
       WHERE d.key_hash = $3 AND d.workspace_id = $1 AND d.campaign_id = $2 AND d.consented
       RETURNING d.key_hash
     ), claimed AS (
       UPDATE invitation i SET used = true
       WHERE i.id = $4::uuid AND i.workspace_id = $1 AND i.campaign_id = $2 AND i.kind = 'single'
         AND NOT i.used AND EXISTS (SELECT 1 FROM ended)
       RETURNING i.id
     ), saved AS (
       INSERT INTO response (id, workspace_id, campaign_id, community, group_id, source, submitted_on)
       SELECT $5::uuid, $1, $2, $6::text, ${group}, 'link', $8::date
       FROM ended
       WHERE $4::uuid IS NULL OR EXISTS (SELECT 1 FROM claimed)
       RETURNING id
     ), answered AS (
       INSERT INTO answer (response_id, item_code, workspace_id, campaign_id, choice, choices, number)
       SELECT saved.id, t.item_code, $1, $2, t.choice, string_to_array(t.choices, chr(31)), t.number
       FROM saved, unnest($9::text[], $10::text[], $11::text[], $12::float8[])
         AS t(item_code, choice, choices, number)
     ), written AS (
       INSERT INTO open_answer (response_id, item_code, workspace_id, campaign_id, body)
       SELECT saved.id, t.item_code, $1, $2, t.body
       FROM saved, unnest($13::text[], $14::text[]) AS t(item_code, body)
     )
     SELECT count(*)::int AS stored FROM saved`,
    [
      s.workspaceId,
      s.campaignId,
      s.draftKeyHash,
      s.singleUseInvitationId,
      s.responseId,
      s.community,
      s.groupId,
      s.submittedOn,
      s.answers.map((a) => a.itemCode),
      s.answers.map((a) => a.choice),
      s.answers.map((a) => (a.choices ? joinChoices(a.choices) : null)),
      s.answers.map((a) => a.number),
      s.openAnswers.map((a) => a.itemCode),
      s.openAnswers.map((a) => a.body),
      ...(s.groupId === null ? [] : [s.organisationId]),
    ],
    { prepare: true },
  );
  return rows[0]?.stored === 1;
}
