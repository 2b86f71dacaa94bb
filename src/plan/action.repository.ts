import type { Queryable } from "../db/database.js";

export interface ActionRow {
  id: string;
  organisation_id: string;
  title: string;
  intervention: string;
  owner_role: string;
  due_on: string | null;
  status: "planned" | "in_progress" | "done" | "dropped";
  started_on: string | null;
  effects: string[];
  notes: string;
  recommendation_key: string | null;
  updated_at: string;
}

export interface ActionLinkRow {
  action_id: string;
  position: number;
  kind: "finding" | "reason";
  code: string;
  body: string;
}

const ACTION_COLUMNS = `a.id, a.organisation_id, a.title, a.intervention, a.owner_role,
  a.due_on::text AS due_on, a.status, a.started_on::text AS started_on, a.effects, a.notes,
  a.recommendation_key,
  to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at`;

export async function listActionRows(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
): Promise<ActionRow[]> {
  return db.query<ActionRow>(
    `SELECT ${ACTION_COLUMNS} FROM plan_action a
     WHERE a.workspace_id = $1 AND a.organisation_id = $2
     ORDER BY a.due_on NULLS LAST, a.created_at, a.id`,
    [workspaceId, organisationId],
  );
}

export async function findActionRow(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<ActionRow | undefined> {
  const [row] = await db.query<ActionRow>(
    `SELECT ${ACTION_COLUMNS} FROM plan_action a WHERE a.workspace_id = $1 AND a.id = $2`,
    [workspaceId, id],
  );
  return row;
}

export async function findActionByRecommendation(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  key: string,
): Promise<ActionRow | undefined> {
  const [row] = await db.query<ActionRow>(
    `SELECT ${ACTION_COLUMNS} FROM plan_action a
     WHERE a.workspace_id = $1 AND a.organisation_id = $2 AND a.recommendation_key = $3`,
    [workspaceId, organisationId, key],
  );
  return row;
}

export interface NewAction {
  title: string;
  intervention: string;
  owner_role: string;
  due_on: string | null;
  status: string;
  started_on: string | null;
  effects: readonly string[];
  notes: string;
  recommendation_key: string | null;
}

/** Inserts an action; undefined when one with the same recommendation key exists already. */
export async function insertAction(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  a: NewAction,
): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO plan_action (workspace_id, organisation_id, title, intervention, owner_role,
       due_on, status, started_on, effects, notes, recommendation_key)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8::date, $9::text[], $10, $11)
     ON CONFLICT (organisation_id, recommendation_key) DO NOTHING
     RETURNING id`,
    [
      workspaceId,
      organisationId,
      a.title,
      a.intervention,
      a.owner_role,
      a.due_on,
      a.status,
      a.started_on,
      [...a.effects],
      a.notes,
      a.recommendation_key,
    ],
  );
  return row?.id;
}

export async function updateActionRow(
  db: Queryable,
  workspaceId: string,
  id: string,
  a: Omit<NewAction, "recommendation_key">,
): Promise<void> {
  await db.query(
    `UPDATE plan_action SET title = $3, intervention = $4, owner_role = $5, due_on = $6::date,
       status = $7, started_on = $8::date, effects = $9::text[], notes = $10, updated_at = now()
     WHERE workspace_id = $1 AND id = $2`,
    [
      workspaceId,
      id,
      a.title,
      a.intervention,
      a.owner_role,
      a.due_on,
      a.status,
      a.started_on,
      [...a.effects],
      a.notes,
    ],
  );
}

export async function insertActionLinks(
  db: Queryable,
  workspaceId: string,
  actionId: string,
  links: readonly { kind: string; code: string; body: string }[],
): Promise<void> {
  if (links.length === 0) return;
  await db.query(
    `INSERT INTO plan_action_link (workspace_id, action_id, position, kind, code, body)
     SELECT $1, $2, (t.ord - 1)::int, t.kind, t.code, t.body
     FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(kind, code, body, ord)`,
    [
      workspaceId,
      actionId,
      links.map((l) => l.kind),
      links.map((l) => l.code),
      links.map((l) => l.body),
    ],
  );
}

export async function listActionLinks(
  db: Queryable,
  workspaceId: string,
  actionIds: readonly string[],
): Promise<ActionLinkRow[]> {
  return db.query<ActionLinkRow>(
    `SELECT action_id, position, kind, code, body FROM plan_action_link
     WHERE workspace_id = $1 AND action_id = ANY($2::uuid[]) ORDER BY action_id, position`,
    [workspaceId, [...actionIds]],
  );
}

export interface ChampionRow {
  id: string;
  group_id: string;
  group_name: string;
  name: string;
  contact: string;
  since: string | null;
}

export async function listChampionRows(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
): Promise<ChampionRow[]> {
  return db.query<ChampionRow>(
    `SELECT c.id, c.group_id, g.name AS group_name, c.name, c.contact, c.since::text AS since
     FROM plan_champion c JOIN org_group g ON g.id = c.group_id
     WHERE c.workspace_id = $1 AND c.organisation_id = $2
     ORDER BY g.name_key, c.name, c.id`,
    [workspaceId, organisationId],
  );
}

export async function insertChampion(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  c: { groupId: string; name: string; contact: string; since: string | null },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO plan_champion (workspace_id, organisation_id, group_id, name, contact, since)
     VALUES ($1, $2, $3, $4, $5, $6::date) RETURNING id`,
    [workspaceId, organisationId, c.groupId, c.name, c.contact, c.since],
  );
  if (!row) throw new Error("insertChampion returned no row");
  return row.id;
}

export async function deleteChampion(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  id: string,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `DELETE FROM plan_champion WHERE workspace_id = $1 AND organisation_id = $2 AND id = $3
     RETURNING id`,
    [workspaceId, organisationId, id],
  );
  return rows.length === 1;
}

export interface DialogueRow {
  id: string;
  held_on: string;
  communities: string[];
  topics: string;
  agreed: string;
}

export async function listDialogueRows(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
): Promise<DialogueRow[]> {
  return db.query<DialogueRow>(
    `SELECT id, held_on::text AS held_on, communities, topics, agreed FROM plan_dialogue
     WHERE workspace_id = $1 AND organisation_id = $2 ORDER BY held_on DESC, created_at DESC, id`,
    [workspaceId, organisationId],
  );
}

export async function insertDialogue(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  d: { heldOn: string; communities: readonly string[]; topics: string; agreed: string },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO plan_dialogue (workspace_id, organisation_id, held_on, communities, topics, agreed)
     VALUES ($1, $2, $3::date, $4::text[], $5, $6) RETURNING id`,
    [workspaceId, organisationId, d.heldOn, [...d.communities], d.topics, d.agreed],
  );
  if (!row) throw new Error("insertDialogue returned no row");
  return row.id;
}

export async function deleteDialogue(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  id: string,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `DELETE FROM plan_dialogue WHERE workspace_id = $1 AND organisation_id = $2 AND id = $3
     RETURNING id`,
    [workspaceId, organisationId, id],
  );
  return rows.length === 1;
}

export interface ActionCountRow {
  organisation_id: string;
  status: string;
  n: number;
}

export async function countActionsByOrganisation(
  db: Queryable,
  workspaceId: string,
): Promise<ActionCountRow[]> {
  return db.query<ActionCountRow>(
    `SELECT organisation_id, status, count(*)::int AS n FROM plan_action
     WHERE workspace_id = $1 GROUP BY organisation_id, status`,
    [workspaceId],
  );
}
