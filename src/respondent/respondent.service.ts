import { randomUUID } from "node:crypto";
import type { CampaignForRespondent } from "../campaign/campaign.repository.js";
import type { Queryable } from "../db/database.js";
import type { InstrumentDefinition } from "../instrument/instrument.schema.js";
import { getVersionById } from "../instrument/instrument.service.js";
import { hashAccessCode, hashToken, isWellFormedToken } from "../invitation/invitation.js";
import type { InvitationRow } from "../invitation/invitation.repository.js";
import { COMMUNITIES } from "../organisation/organisation.js";
import { type GroupRow, listGroups } from "../organisation/organisation.repository.js";
import { type DraftRow, saveDraft } from "./draft.repository.js";
import { ABOUT_COMMUNITY, ABOUT_GROUP, finalAnswers, type RawAnswers } from "./flow.js";
import { findLink, type LinkRow, recordDecline, storeSubmission } from "./respondent.repository.js";

/**
 * The respondent's side of a campaign: find what a link leads to, keep answers in progress,
 * and turn them into an anonymous response. Nothing here learns who the respondent is.
 * Each request costs one read to open the link (the questionnaire itself is cached) and at
 * most one write.
 */
export type LinkProblem = "not_found" | "used" | "closed" | "not_open";

export interface Survey {
  invitation: InvitationRow;
  campaign: CampaignForRespondent;
  definition: InstrumentDefinition;
  /** Hash of what identifies this respondent's answers in progress. */
  keyHash: string;
  draft: DraftRow | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a link cannot be used now, or undefined if it can. */
function problemOf(row: LinkRow | undefined): LinkProblem | undefined {
  if (!row) return "not_found";
  if (row.used) return "used";
  if (row.status === "closed") return "closed";
  if (row.status === "draft") return "not_open";
  return undefined;
}

function sharedKeyHash(token: string, browserKey: string): string {
  return hashToken(`${token}:${browserKey}`);
}

/**
 * Resolves a link. A single-use link keys its draft by the token; a shared link by the token
 * and a random key kept in the respondent's browser, so each person resumes their own.
 */
export async function openSurvey(
  db: Queryable,
  token: string,
  browserKey: string | undefined,
): Promise<Survey | LinkProblem> {
  if (!isWellFormedToken(token)) return "not_found";
  const tokenHash = hashToken(token);
  const sharedKey = browserKey ? sharedKeyHash(token, browserKey) : null;
  // Which key the draft has depends on the link's kind, learnt by this same query: a
  // single-use link's draft is keyed by the token hash, a shared one's by sharedKey.
  const row = await findLink(db, tokenHash, sharedKey);
  const problem = problemOf(row);
  if (problem || !row) return problem ?? "not_found";
  const version = await getVersionById(db, row.workspace_id, row.instrument_version_id);
  if (!version) return "not_found";
  const keyHash = row.kind === "single" ? tokenHash : sharedKeyHash(token, browserKey ?? "");
  const draft: DraftRow | undefined =
    row.draft_consented === null || (row.kind === "shared" && !browserKey)
      ? undefined
      : {
          key_hash: keyHash,
          consented: row.draft_consented,
          answers: row.draft_answers ?? {},
          step: row.draft_step ?? 0,
        };
  return {
    invitation: {
      id: row.id,
      workspace_id: row.workspace_id,
      campaign_id: row.campaign_id,
      kind: row.kind,
      access_code_hash: row.access_code_hash,
      used: row.used,
    },
    campaign: {
      id: row.campaign_id,
      name: row.campaign_name,
      organisation_id: row.organisation_id,
      instrument_version_id: row.instrument_version_id,
      status: row.status,
      min_group_size: row.min_group_size,
      sponsor: row.sponsor,
      purpose: row.purpose,
    },
    definition: version.definition,
    keyHash,
    draft,
  };
}

/**
 * The same survey for a shared link's visitor who has just been given a browser key: a new
 * random key has no answers in progress, so there is nothing more to look up.
 */
export function withBrowserKey(survey: Survey, token: string, browserKey: string): Survey {
  return { ...survey, keyHash: sharedKeyHash(token, browserKey), draft: undefined };
}

/** The organisation's groups for the "About you" page, by name; only that page needs them. */
export async function groupsOf(db: Queryable, survey: Survey): Promise<GroupRow[]> {
  const groups = await listGroups(db, survey.invitation.workspace_id, [
    survey.campaign.organisation_id,
  ]);
  return groups.sort((a, b) => a.name.localeCompare(b.name, "en"));
}

export function needsAccessCode(survey: Survey): boolean {
  return survey.invitation.access_code_hash !== null && survey.draft === undefined;
}

export function accessCodeMatches(survey: Survey, code: string): boolean {
  return survey.invitation.access_code_hash === hashAccessCode(code);
}

export async function startDraft(db: Queryable, survey: Survey): Promise<void> {
  await saveDraft(db, survey.invitation.workspace_id, survey.campaign.id, {
    keyHash: survey.keyHash,
    consented: false,
    answers: {},
    step: 0,
  });
}

export async function recordConsent(db: Queryable, survey: Survey, agreed: boolean): Promise<void> {
  if (!agreed) {
    // Only the count is kept; any answers in progress are dropped.
    await recordDecline(db, survey.invitation.workspace_id, survey.campaign.id, survey.keyHash);
    return;
  }
  await saveDraft(db, survey.invitation.workspace_id, survey.campaign.id, {
    keyHash: survey.keyHash,
    consented: true,
    answers: survey.draft?.answers ?? {},
    step: survey.draft?.step ?? 0,
  });
}

export async function saveProgress(
  db: Queryable,
  survey: Survey,
  answers: RawAnswers,
  step: number,
): Promise<void> {
  await saveDraft(db, survey.invitation.workspace_id, survey.campaign.id, {
    keyHash: survey.keyHash,
    consented: true,
    answers,
    step,
  });
}

export type SubmitResult = "submitted" | "used" | "incomplete";

/**
 * Stores the answers as a response with a random id and today's date, marks a single-use link
 * used and deletes the draft, all in one statement. The response keeps no trace of the link.
 */
export async function submitSurvey(db: Queryable, survey: Survey): Promise<SubmitResult> {
  const raw = survey.draft?.answers ?? {};
  const { answers, missing } = finalAnswers(survey.definition, raw);
  if (missing.length > 0) return "incomplete";
  const community = raw[ABOUT_COMMUNITY];
  const group = raw[ABOUT_GROUP];
  const stored = await storeSubmission(db, {
    workspaceId: survey.invitation.workspace_id,
    campaignId: survey.campaign.id,
    organisationId: survey.campaign.organisation_id,
    singleUseInvitationId: survey.invitation.kind === "single" ? survey.invitation.id : null,
    draftKeyHash: survey.keyHash,
    responseId: randomUUID(),
    submittedOn: new Date().toISOString().slice(0, 10),
    community:
      typeof community === "string" && (COMMUNITIES as readonly string[]).includes(community)
        ? community
        : null,
    // The statement keeps it only if it names one of the organisation's groups.
    groupId: typeof group === "string" && UUID.test(group) ? group : null,
    answers: answers.flatMap((a) =>
      a.value.kind === "text"
        ? []
        : [
            {
              itemCode: a.itemCode,
              choice: a.value.kind === "choice" ? a.value.choice : null,
              choices: a.value.kind === "choices" ? a.value.choices : null,
              number: a.value.kind === "number" ? a.value.number : null,
            },
          ],
    ),
    openAnswers: answers.flatMap((a) =>
      a.value.kind === "text" ? [{ itemCode: a.itemCode, body: a.value.body }] : [],
    ),
  });
  // Not stored: another tab or a second click got there first, so these answers were sent.
  return stored ? "submitted" : "used";
}
