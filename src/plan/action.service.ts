import { listCampaigns } from "../campaign/campaign.repository.js";
import type { Database, Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { isUuid } from "../ids.js";
import { listOrganisations } from "../organisation/organisation.repository.js";
import { parseOrThrow } from "../validation.js";
import { today } from "../worksystem/dates.js";
import { interventionLabel } from "../worksystem/interventions.js";
import { resolveOrganisation } from "../worksystem/worksystem.service.js";
import {
  type ActionRow,
  countActionsByOrganisation,
  findActionByRecommendation,
  findActionRow,
  insertAction,
  insertActionLinks,
  listActionLinks,
  listActionRows,
  updateActionRow,
} from "./action.repository.js";
import {
  type ActionChange,
  ActionChangeSchema,
  type ActionFilter,
  ActionFilterSchema,
  type ActionInput,
  ActionInputSchema,
  type ActionLink,
  type ActionStatus,
} from "./action.schema.js";
import type { ActionSummary, EffectCode } from "./signal.js";

/**
 * The action plan of one organisation: what it does about its findings and recommendations,
 * owned by roles, with the effects each action should have, so the next wave can tell whether
 * it did.
 */
export interface ActionView {
  id: string;
  organisation_id: string;
  title: string;
  intervention: string;
  intervention_label: string;
  owner_role: string;
  due_on: string | null;
  status: ActionStatus;
  started_on: string | null;
  effects: EffectCode[];
  notes: string;
  links: ActionLink[];
  from_recommendation: boolean;
  updated_at: string;
}

export interface OrganisationPlanRef {
  id: string;
  name: string;
}

function actionNotFound(): RapportError {
  return new RapportError(
    "action_not_found",
    "There is no such action in this workspace. It may have been removed; see the action plan.",
  );
}

/** An organisation by id or name, as the web pages and the CLI name it. */
export async function planOrganisation(
  db: Queryable,
  workspaceId: string,
  ref: string,
): Promise<OrganisationPlanRef> {
  const org = await resolveOrganisation(db, workspaceId, ref);
  return { id: org.id, name: org.name };
}

function view(row: ActionRow, links: readonly ActionLink[]): ActionView {
  return {
    id: row.id,
    organisation_id: row.organisation_id,
    title: row.title,
    intervention: row.intervention,
    intervention_label: interventionLabel(row.intervention),
    owner_role: row.owner_role,
    due_on: row.due_on,
    status: row.status,
    started_on: row.started_on,
    effects: row.effects as EffectCode[],
    notes: row.notes,
    links: [...links],
    from_recommendation: row.recommendation_key !== null,
    updated_at: row.updated_at,
  };
}

async function withLinks(
  db: Queryable,
  workspaceId: string,
  rows: readonly ActionRow[],
): Promise<ActionView[]> {
  const links = await listActionLinks(
    db,
    workspaceId,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    view(
      row,
      links
        .filter((l) => l.action_id === row.id)
        .map((l) => ({ kind: l.kind, code: l.code, body: l.body })),
    ),
  );
}

export async function listActions(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
  filter: unknown = {},
): Promise<{ organisation: OrganisationPlanRef; actions: ActionView[] }> {
  const wanted: ActionFilter = parseOrThrow(
    ActionFilterSchema,
    filter,
    "invalid_filter",
    "This filter",
  );
  const organisation = await planOrganisation(db, workspaceId, organisationRef);
  const rows = (await listActionRows(db, workspaceId, organisation.id)).filter(
    (r) =>
      (wanted.status === undefined || r.status === wanted.status) &&
      (wanted.intervention === undefined || r.intervention === wanted.intervention),
  );
  return { organisation, actions: await withLinks(db, workspaceId, rows) };
}

export async function getAction(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<ActionView> {
  if (!isUuid(id)) throw actionNotFound();
  const row = await findActionRow(db, workspaceId, id);
  if (!row) throw actionNotFound();
  const [action] = await withLinks(db, workspaceId, [row]);
  if (!action) throw actionNotFound();
  return action;
}

/** What the wave comparison needs: every action of the organisation, in plan order. */
export async function listActionSummaries(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
): Promise<ActionSummary[]> {
  if (!isUuid(organisationId)) return [];
  const rows = await listActionRows(db, workspaceId, organisationId);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    intervention: r.intervention,
    status: r.status,
    startedOn: r.started_on,
    effects: r.effects as EffectCode[],
  }));
}

/**
 * An action that is under way or done has started on some day: today, unless one is given.
 * A start in the future is refused: it is recorded once it has happened.
 */
function startDay(status: ActionStatus, startedOn: string | null | undefined): string | null {
  if (startedOn && startedOn > today()) {
    throw new RapportError(
      "future_date",
      `The start date ${startedOn} is in the future. Leave it empty until the action has started.`,
      [{ path: "started_on", message: "Use today's date or an earlier one." }],
    );
  }
  if (startedOn) return startedOn;
  return status === "in_progress" || status === "done" ? today() : null;
}

/**
 * Adds an action with its links, all or nothing. With a recommendation key, an action made
 * from the same recommendation before is returned instead of a second one.
 */
export async function createAction(
  db: Database,
  workspaceId: string,
  organisationRef: string,
  input: unknown,
  recommendationKey?: string,
): Promise<{ action: ActionView; created: boolean }> {
  const parsed: ActionInput = parseOrThrow(
    ActionInputSchema,
    input,
    "invalid_action",
    "This action",
  );
  const organisation = await planOrganisation(db, workspaceId, organisationRef);
  const startedOn = startDay(parsed.status, parsed.started_on);
  const result = await db.transaction(async (tx) => {
    const id = await insertAction(tx, workspaceId, organisation.id, {
      title: parsed.title,
      intervention: parsed.intervention,
      owner_role: parsed.owner_role,
      due_on: parsed.due_on ?? null,
      status: parsed.status,
      started_on: startedOn,
      effects: parsed.effects,
      notes: parsed.notes,
      recommendation_key: recommendationKey ?? null,
    });
    if (id === undefined) return { id: undefined, created: false };
    await insertActionLinks(tx, workspaceId, id, parsed.links);
    return { id, created: true };
  });
  if (result.id === undefined) {
    const existing = await findActionByRecommendation(
      db,
      workspaceId,
      organisation.id,
      recommendationKey ?? "",
    );
    if (!existing) throw actionNotFound();
    return { action: await getAction(db, workspaceId, existing.id), created: false };
  }
  return { action: await getAction(db, workspaceId, result.id), created: result.created };
}

/** Changes the fields given; a move to in progress or done records the start day. */
export async function updateAction(
  db: Queryable,
  workspaceId: string,
  id: string,
  input: unknown,
): Promise<ActionView> {
  const current = await getAction(db, workspaceId, id);
  const change: ActionChange = parseOrThrow(
    ActionChangeSchema,
    input,
    "invalid_action",
    "This change",
  );
  const status = change.status ?? current.status;
  const startedOn = startDay(
    status,
    change.started_on === undefined ? current.started_on : change.started_on,
  );
  await updateActionRow(db, workspaceId, current.id, {
    title: change.title ?? current.title,
    intervention: change.intervention ?? current.intervention,
    owner_role: change.owner_role ?? current.owner_role,
    due_on: change.due_on === undefined ? current.due_on : change.due_on,
    status,
    started_on: startedOn,
    effects: change.effects ?? current.effects,
    notes: change.notes ?? current.notes,
  });
  return getAction(db, workspaceId, id);
}

/** The action's organisation must be the one the page or command names. */
export async function getOrganisationAction(
  db: Queryable,
  workspaceId: string,
  organisationId: string,
  id: string,
): Promise<ActionView> {
  const action = await getAction(db, workspaceId, id);
  if (action.organisation_id !== organisationId) throw actionNotFound();
  return action;
}

export interface PlanOverview {
  id: string;
  name: string;
  counts: Record<ActionStatus, number>;
  campaigns: { id: string; name: string; wave: number }[];
}

/** Every organisation with how many actions it has per status, and its campaigns. */
export async function planOverview(db: Queryable, workspaceId: string): Promise<PlanOverview[]> {
  const organisations = await listOrganisations(db, workspaceId);
  const counts = await countActionsByOrganisation(db, workspaceId);
  const campaigns = await listCampaigns(db, workspaceId);
  return organisations.map((o) => {
    const mine: Record<ActionStatus, number> = { planned: 0, in_progress: 0, done: 0, dropped: 0 };
    for (const c of counts)
      if (c.organisation_id === o.id && c.status in mine) mine[c.status as ActionStatus] = c.n;
    return {
      id: o.id,
      name: o.name,
      counts: mine,
      campaigns: campaigns
        .filter((c) => c.organisation_id === o.id)
        .map((c) => ({ id: c.id, name: c.name, wave: c.wave })),
    };
  });
}
