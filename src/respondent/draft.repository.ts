import type { Queryable } from "../db/database.js";
import type { RawAnswers } from "./flow.js";

export interface DraftRow {
  key_hash: string;
  consented: boolean;
  answers: RawAnswers;
  step: number;
}

/** Creates or replaces the answers in progress; the date is the day only. */
export async function saveDraft(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
  draft: { keyHash: string; consented: boolean; answers: RawAnswers; step: number },
): Promise<void> {
  await db.query(
    `INSERT INTO response_draft (key_hash, workspace_id, campaign_id, consented, answers, step)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (key_hash) DO UPDATE SET consented = EXCLUDED.consented, answers = EXCLUDED.answers,
       step = EXCLUDED.step, updated_on = current_date`,
    [
      draft.keyHash,
      workspaceId,
      campaignId,
      draft.consented,
      JSON.stringify(draft.answers),
      draft.step,
    ],
    { prepare: true },
  );
}
