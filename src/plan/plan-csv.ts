import type { ActionView } from "./action.service.js";
import type { ChampionView, DialogueView } from "./team.service.js";

/**
 * The action plan as CSV for a spreadsheet. A cell a spreadsheet would read as a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, so text
 * someone typed into a title or a note can never run as a formula on another person's
 * computer.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}

export const PLAN_EXPORTS = ["actions", "champions", "dialogues"] as const;
export type PlanExport = (typeof PLAN_EXPORTS)[number];

export function actionsCsv(actions: readonly ActionView[]): string {
  return toCsv(
    [
      "id",
      "title",
      "intervention",
      "intervention_label",
      "status",
      "owner_role",
      "due_on",
      "started_on",
      "effects",
      "notes",
      "linked",
    ],
    actions.map((a) => [
      a.id,
      a.title,
      a.intervention,
      a.intervention_label,
      a.status,
      a.owner_role,
      a.due_on,
      a.started_on,
      a.effects.join(" "),
      a.notes,
      a.links.map((l) => `${l.code}: ${l.body}`).join(" | "),
    ]),
  );
}

export function championsCsv(champions: readonly ChampionView[]): string {
  return toCsv(
    ["group", "name", "contact", "since"],
    champions.map((c) => [c.group, c.name, c.contact, c.since]),
  );
}

export function dialoguesCsv(dialogues: readonly DialogueView[]): string {
  return toCsv(
    ["held_on", "communities", "topics", "agreed"],
    dialogues.map((d) => [d.held_on, d.communities.join(" "), d.topics, d.agreed]),
  );
}
