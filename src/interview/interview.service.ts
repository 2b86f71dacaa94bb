import { randomUUID } from "node:crypto";
import type { CampaignRow } from "../campaign/campaign.repository.js";
import { getCampaign } from "../campaign/campaign.service.js";
import type { Database } from "../db/database.js";
import { RapportError } from "../errors.js";
import { itemsOf } from "../instrument/instrument.js";
import type { InstrumentDefinition } from "../instrument/instrument.schema.js";
import { getVersionById } from "../instrument/instrument.service.js";
import { COMMUNITIES } from "../organisation/organisation.js";
import { type GroupRow, listGroups } from "../organisation/organisation.repository.js";
import { type FieldError, finalAnswers, type RawAnswers, readPage } from "../respondent/flow.js";
import { insertResponseBatch } from "../response/response.repository.js";
import { insertInterviewNotes } from "./interview.repository.js";

/**
 * Facilitated interviews: the analyst reads the questions out, records the answers and takes a
 * note per question. Stored as one more anonymous response of the campaign (source
 * "interview"): nothing about the interviewee is asked for or kept.
 */
export const NOTE_PREFIX = "note:";
export const MAX_NOTE = 20000;

export type FormValue = string | string[] | undefined;

export interface InterviewSheet {
  campaign: CampaignRow;
  definition: InstrumentDefinition;
  groups: GroupRow[];
}

export async function interviewSheet(
  db: Database,
  workspaceId: string,
  campaignId: string,
): Promise<InterviewSheet> {
  const campaign = await getCampaign(db, workspaceId, campaignId);
  if (campaign.status === "closed") {
    throw new RapportError(
      "campaign_closed",
      "This campaign is closed, so it takes no more answers. Open it again to record an interview.",
    );
  }
  const version = await getVersionById(db, workspaceId, campaign.instrument_version_id);
  if (!version) throw new Error(`instrument version ${campaign.instrument_version_id} is missing`);
  const groups = await listGroups(db, workspaceId, [campaign.organisation_id]);
  return { campaign, definition: version.definition, groups };
}

export interface ReadInterview {
  consent: boolean;
  community: string | null;
  groupId: string | null;
  answers: RawAnswers;
  notes: { itemCode: string; body: string }[];
  errors: FieldError[];
}

/** Reads the interview form: answers as the respondent flow reads them, plus the notes. */
export function readInterview(
  sheet: InterviewSheet,
  form: Readonly<Record<string, FormValue>>,
): ReadInterview {
  const first = (key: string) => {
    const v = form[key];
    return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
  };
  // An interviewee may pass on any question, as on paper: nothing is required here.
  const items = itemsOf(sheet.definition).map((item) => ({ ...item, required: false }));
  const { answers, errors } = readPage(items, form, {});
  const consent = first("consent") === "yes";
  if (!consent) {
    errors.unshift({
      code: "consent",
      message: "Confirm that the person agreed to take part before you save.",
    });
  }
  const community = first("community");
  const group = first("group");
  const notes: { itemCode: string; body: string }[] = [];
  for (const item of items) {
    const body = first(`${NOTE_PREFIX}${item.code}`);
    if (body === "") continue;
    if (body.length > MAX_NOTE) {
      errors.push({
        code: `${NOTE_PREFIX}${item.code}`,
        message: `Shorten this note to ${MAX_NOTE} characters or fewer.`,
      });
    } else notes.push({ itemCode: item.code, body });
  }
  return {
    consent,
    community: (COMMUNITIES as readonly string[]).includes(community) ? community : null,
    groupId: sheet.groups.some((g) => g.id === group) ? group : null,
    answers,
    notes,
    errors,
  };
}

/** Stores a read interview, all or nothing; the caller has checked it has no errors. */
export async function saveInterview(
  db: Database,
  workspaceId: string,
  sheet: InterviewSheet,
  read: ReadInterview,
): Promise<void> {
  const { answers } = finalAnswers(sheet.definition, read.answers);
  const responseId = randomUUID();
  const campaignId = sheet.campaign.id;
  await db.transaction(async (tx) => {
    await insertResponseBatch(tx, workspaceId, "interview", new Date().toISOString().slice(0, 10), {
      responses: [{ id: responseId, campaignId, community: read.community, groupId: read.groupId }],
      answers: answers.flatMap((a) =>
        a.value.kind === "text"
          ? []
          : [
              {
                responseId,
                campaignId,
                itemCode: a.itemCode,
                choice: a.value.kind === "choice" ? a.value.choice : null,
                choices: a.value.kind === "choices" ? a.value.choices : null,
                number: a.value.kind === "number" ? a.value.number : null,
              },
            ],
      ),
      openAnswers: answers.flatMap((a) =>
        a.value.kind === "text"
          ? [{ responseId, campaignId, itemCode: a.itemCode, body: a.value.body }]
          : [],
      ),
    });
    await insertInterviewNotes(tx, workspaceId, campaignId, responseId, read.notes);
  });
}
