import { randomUUID } from "node:crypto";
import {
  type CampaignForRespondent,
  findCampaignForRespondent,
  incrementDeclined,
} from "../campaign/campaign.repository.js";
import type { Database, Queryable } from "../db/database.js";
import type { InstrumentDefinition } from "../instrument/instrument.schema.js";
import { getVersionById } from "../instrument/instrument.service.js";
import { hashAccessCode, hashToken, isWellFormedToken } from "../invitation/invitation.js";
import {
  findInvitationByHash,
  type InvitationRow,
  markInvitationUsed,
} from "../invitation/invitation.repository.js";
import { COMMUNITIES, type Community } from "../organisation/organisation.js";
import { type GroupRow, listGroups } from "../organisation/organisation.repository.js";
import { insertResponseBatch } from "../response/response.repository.js";
import { type DraftRow, deleteDraft, findDraft, saveDraft } from "./draft.repository.js";
import { ABOUT_COMMUNITY, ABOUT_GROUP, finalAnswers, type RawAnswers } from "./flow.js";

/**
 * The respondent's side of a campaign: find what a link leads to, keep answers in progress,
 * and turn them into an anonymous response. Nothing here learns who the respondent is.
 */
export type LinkProblem = "not_found" | "used" | "closed" | "not_open";

export interface Survey {
  invitation: InvitationRow;
  campaign: CampaignForRespondent;
  definition: InstrumentDefinition;
  groups: GroupRow[];
  /** Hash of what identifies this respondent's answers in progress. */
  keyHash: string;
  draft: DraftRow | undefined;
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
  const invitation = await findInvitationByHash(db, hashToken(token));
  if (!invitation) return "not_found";
  const campaign = await findCampaignForRespondent(
    db,
    invitation.workspace_id,
    invitation.campaign_id,
  );
  if (!campaign) return "not_found";
  if (invitation.used) return "used";
  if (campaign.status === "closed") return "closed";
  if (campaign.status === "draft") return "not_open";
  const version = await getVersionById(db, invitation.workspace_id, campaign.instrument_version_id);
  if (!version) return "not_found";
  const keyHash =
    invitation.kind === "single" ? hashToken(token) : hashToken(`${token}:${browserKey ?? ""}`);
  const draft =
    invitation.kind === "shared" && !browserKey ? undefined : await findDraft(db, keyHash);
  const groups = await listGroups(db, invitation.workspace_id, [campaign.organisation_id]);
  groups.sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { invitation, campaign, definition: version.definition, groups, keyHash, draft };
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
    await incrementDeclined(db, survey.invitation.workspace_id, survey.campaign.id);
    await deleteDraft(db, survey.keyHash);
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
 * used and deletes the draft, all in one transaction. The response keeps no trace of the link.
 */
export async function submitSurvey(db: Database, survey: Survey): Promise<SubmitResult> {
  const raw = survey.draft?.answers ?? {};
  const { answers, missing } = finalAnswers(survey.definition, raw);
  if (missing.length > 0) return "incomplete";
  return db.transaction(async (tx) => {
    if (
      survey.invitation.kind === "single" &&
      !(await markInvitationUsed(tx, survey.invitation.id))
    )
      return "used";
    const community = (COMMUNITIES as readonly string[]).includes(String(raw[ABOUT_COMMUNITY]))
      ? (raw[ABOUT_COMMUNITY] as Community)
      : null;
    const group = survey.groups.find((g) => g.id === raw[ABOUT_GROUP]);
    const responseId = randomUUID();
    const campaignId = survey.campaign.id;
    await insertResponseBatch(
      tx,
      survey.invitation.workspace_id,
      "link",
      new Date().toISOString().slice(0, 10),
      {
        responses: [{ id: responseId, campaignId, community, groupId: group?.id ?? null }],
        answers: answers
          .filter((a) => a.value.kind !== "text")
          .map((a) => ({
            responseId,
            campaignId,
            itemCode: a.itemCode,
            choice: a.value.kind === "choice" ? a.value.choice : null,
            choices: a.value.kind === "choices" ? a.value.choices : null,
            number: a.value.kind === "number" ? a.value.number : null,
          })),
        openAnswers: answers.flatMap((a) =>
          a.value.kind === "text"
            ? [{ responseId, campaignId, itemCode: a.itemCode, body: a.value.body }]
            : [],
        ),
      },
    );
    await deleteDraft(tx, survey.keyHash);
    return "submitted";
  });
}
