import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { isUuid } from "../ids.js";
import type { Community } from "../organisation/organisation.js";
import { nameKey } from "../organisation/organisation.js";
import { listGroups } from "../organisation/organisation.repository.js";
import { parseOrThrow } from "../validation.js";
import {
  deleteChampion,
  deleteDialogue,
  insertChampion,
  insertDialogue,
  listChampionRows,
  listDialogueRows,
} from "./action.repository.js";
import { ChampionInputSchema, DialogueInputSchema } from "./action.schema.js";
import { type OrganisationPlanRef, planOrganisation } from "./action.service.js";

/**
 * The people side of the plan: the champions register (staff who volunteered, named because
 * they chose a public role) and the log of security dialogues.
 */
export interface ChampionView {
  id: string;
  group: string;
  group_id: string;
  name: string;
  contact: string;
  since: string | null;
}

export interface DialogueView {
  id: string;
  held_on: string;
  communities: Community[];
  topics: string;
  agreed: string;
}

export async function listChampions(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
): Promise<{ organisation: OrganisationPlanRef; champions: ChampionView[] }> {
  const organisation = await planOrganisation(db, workspaceId, organisationRef);
  const rows = await listChampionRows(db, workspaceId, organisation.id);
  return {
    organisation,
    champions: rows.map((r) => ({
      id: r.id,
      group: r.group_name,
      group_id: r.group_id,
      name: r.name,
      contact: r.contact,
      since: r.since,
    })),
  };
}

/** Adds a champion to one of the organisation's groups, named by its name or id. */
export async function addChampion(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
  input: unknown,
): Promise<ChampionView> {
  const parsed = parseOrThrow(ChampionInputSchema, input, "invalid_champion", "This champion");
  const organisation = await planOrganisation(db, workspaceId, organisationRef);
  const groups = await listGroups(db, workspaceId, [organisation.id]);
  const key = nameKey(parsed.group);
  const group = groups.find((g) => g.id === parsed.group || g.name_key === key);
  if (!group) {
    const names = groups.map((g) => g.name).sort();
    throw new RapportError(
      "group_not_found",
      `${organisation.name} has no group called "${parsed.group.slice(0, 100)}". ${names.length > 0 ? `Use one of: ${names.join(", ")}.` : "Add the group to the organisation first."}`,
      [{ path: "group", message: "Choose one of the organisation's groups." }],
    );
  }
  const id = await insertChampion(db, workspaceId, organisation.id, {
    groupId: group.id,
    name: parsed.name,
    contact: parsed.contact,
    since: parsed.since ?? null,
  });
  return {
    id,
    group: group.name,
    group_id: group.id,
    name: parsed.name,
    contact: parsed.contact,
    since: parsed.since ?? null,
  };
}

export async function removeChampion(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
  id: string,
): Promise<void> {
  const organisation = await planOrganisation(db, workspaceId, organisationRef);
  if (!isUuid(id) || !(await deleteChampion(db, workspaceId, organisation.id, id))) {
    throw new RapportError(
      "champion_not_found",
      "There is no such champion in this organisation. They may have been removed already.",
    );
  }
}

export async function listDialogues(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
): Promise<{ organisation: OrganisationPlanRef; dialogues: DialogueView[] }> {
  const organisation = await planOrganisation(db, workspaceId, organisationRef);
  const rows = await listDialogueRows(db, workspaceId, organisation.id);
  return {
    organisation,
    dialogues: rows.map((r) => ({
      id: r.id,
      held_on: r.held_on,
      communities: r.communities as Community[],
      topics: r.topics,
      agreed: r.agreed,
    })),
  };
}

export async function addDialogue(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
  input: unknown,
): Promise<DialogueView> {
  const parsed = parseOrThrow(DialogueInputSchema, input, "invalid_dialogue", "This dialogue");
  const organisation = await planOrganisation(db, workspaceId, organisationRef);
  const id = await insertDialogue(db, workspaceId, organisation.id, {
    heldOn: parsed.held_on,
    communities: parsed.communities,
    topics: parsed.topics,
    agreed: parsed.agreed,
  });
  return { id, ...parsed, communities: [...parsed.communities] };
}

export async function removeDialogue(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
  id: string,
): Promise<void> {
  const organisation = await planOrganisation(db, workspaceId, organisationRef);
  if (!isUuid(id) || !(await deleteDialogue(db, workspaceId, organisation.id, id))) {
    throw new RapportError(
      "dialogue_not_found",
      "There is no such dialogue in this organisation's log. It may have been removed already.",
    );
  }
}
