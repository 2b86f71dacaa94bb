import type { Queryable } from "../db/database.js";

export interface NewResponse {
  id: string;
  campaignId: string;
  community: string | null;
  groupId: string | null;
}

export interface NewAnswer {
  responseId: string;
  campaignId: string;
  itemCode: string;
  choice: string | null;
  choices: string[] | null;
  number: number | null;
}

export interface NewOpenAnswer {
  responseId: string;
  campaignId: string;
  itemCode: string;
  body: string;
}

export interface ResponseBatch {
  responses: NewResponse[];
  answers: NewAnswer[];
  openAnswers: NewOpenAnswer[];
}

// Option codes never contain control characters, so the unit separator can join a
// multiple-choice answer into one array element: unnest() cannot take ragged 2-D arrays.
const SEPARATOR = "\u001f";

/** A multiple-choice answer as one text element, split again by string_to_array(.., chr(31)). */
export function joinChoices(choices: readonly string[]): string {
  return choices.join(SEPARATOR);
}

/**
 * Writes many responses in three statements, whatever the batch size: one parameter per
 * column, expanded by unnest() on the server. The same SQL runs on PGlite and PostgreSQL.
 */
export async function insertResponseBatch(
  db: Queryable,
  workspaceId: string,
  source: "link" | "import" | "interview",
  submittedOn: string,
  batch: ResponseBatch,
): Promise<void> {
  if (batch.responses.length === 0) return;
  const r = batch.responses;
  await db.query(
    `INSERT INTO response (id, workspace_id, campaign_id, community, group_id, source, submitted_on)
     SELECT t.id, $1, t.campaign_id, t.community, t.group_id, $2, $3::date
     FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::uuid[]) AS t(id, campaign_id, community, group_id)`,
    [
      workspaceId,
      source,
      submittedOn,
      r.map((x) => x.id),
      r.map((x) => x.campaignId),
      r.map((x) => x.community),
      r.map((x) => x.groupId),
    ],
  );
  const a = batch.answers;
  if (a.length > 0) {
    await db.query(
      `INSERT INTO answer (response_id, item_code, workspace_id, campaign_id, choice, choices, number)
       SELECT t.response_id, t.item_code, $1, t.campaign_id, t.choice, string_to_array(t.choices, chr(31)), t.number
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::float8[])
         AS t(response_id, item_code, campaign_id, choice, choices, number)`,
      [
        workspaceId,
        a.map((x) => x.responseId),
        a.map((x) => x.itemCode),
        a.map((x) => x.campaignId),
        a.map((x) => x.choice),
        a.map((x) => (x.choices ? joinChoices(x.choices) : null)),
        a.map((x) => x.number),
      ],
    );
  }
  const o = batch.openAnswers;
  if (o.length > 0) {
    await db.query(
      `INSERT INTO open_answer (response_id, item_code, workspace_id, campaign_id, body)
       SELECT t.response_id, t.item_code, $1, t.campaign_id, t.body
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[]) AS t(response_id, item_code, campaign_id, body)`,
      [
        workspaceId,
        o.map((x) => x.responseId),
        o.map((x) => x.itemCode),
        o.map((x) => x.campaignId),
        o.map((x) => x.body),
      ],
    );
  }
}
