import type { ErrorDetail } from "../errors.js";
import { type AnswerValue, parseAnswer } from "../instrument/answer-value.js";
import {
  COMMUNITIES,
  type Community,
  cleanName,
  nameKey,
  parseCommunity,
  parseSector,
  parseSizeBand,
  SIZE_BANDS,
  type SizeBand,
} from "../organisation/organisation.js";
import type { ColumnPlan } from "./import-columns.js";

/** One respondent's row, read and checked, ready to be written. */
export interface ImportedRow {
  line: number;
  respondentId: string | undefined;
  organisation: string;
  organisationKey: string;
  sector: string | null;
  sizeBand: SizeBand | null;
  community: Community | null;
  group: string | null;
  answers: { itemCode: string; value: AnswerValue }[];
}

const MAX_NAME = 200;

export function readRow(
  plan: ColumnPlan,
  line: number,
  fields: string[],
): ImportedRow | ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  if (fields.length !== plan.width) {
    return [
      {
        line,
        message: `Line ${line} has ${fields.length} values but the header has ${plan.width} columns. Check for a missing or extra separator, or a quote that is not closed.`,
      },
    ];
  }
  const cell = (index: number | undefined) =>
    index === undefined ? "" : (fields[index] ?? "").replace(/\u0000/g, "");
  const a = plan.attributes;

  const organisation = cleanName(cell(a.organisation));
  if (organisation === "")
    errors.push({
      line,
      column: "organisation",
      message: "The organisation is empty. Every row needs one.",
    });
  else if (organisation.length > MAX_NAME) {
    errors.push({
      line,
      column: "organisation",
      message: `The organisation name is longer than ${MAX_NAME} characters.`,
    });
  }

  const rawSize = cell(a.size_band).trim();
  const sizeBand = rawSize === "" ? null : (parseSizeBand(rawSize) ?? null);
  if (rawSize !== "" && sizeBand === null) {
    errors.push({
      line,
      column: "size_band",
      message: `"${rawSize.slice(0, 40)}" is not a size band. Use one of: ${SIZE_BANDS.join(", ")} (or the number of staff).`,
    });
  }

  const rawCommunity = cell(a.community).trim();
  const community = rawCommunity === "" ? null : (parseCommunity(rawCommunity) ?? null);
  if (rawCommunity !== "" && community === null) {
    errors.push({
      line,
      column: "community",
      message: `"${rawCommunity.slice(0, 40)}" is not a community. Use one of: ${COMMUNITIES.join(", ")}.`,
    });
  }

  const rawSector = cell(a.sector).trim();
  const sector = rawSector === "" ? null : (parseSector(rawSector) ?? null);
  if (rawSector !== "" && sector === null) {
    errors.push({
      line,
      column: "sector",
      message: `"${rawSector.slice(0, 40)}" is not a sector name. Use words such as retail or manufacturing.`,
    });
  }

  const group = cleanName(cell(a.group));
  if (group.length > MAX_NAME)
    errors.push({
      line,
      column: "group",
      message: `The group name is longer than ${MAX_NAME} characters.`,
    });

  const answers: ImportedRow["answers"] = [];
  for (const { index, item } of plan.items) {
    const result = parseAnswer(item, cell(index));
    if (!result.ok) errors.push({ line, column: item.code, message: result.message });
    else if (result.value !== null) answers.push({ itemCode: item.code, value: result.value });
  }
  if (errors.length > 0) return errors;

  const respondentId = cell(a.respondent_id).trim();
  return {
    line,
    respondentId: respondentId === "" ? undefined : respondentId,
    organisation,
    organisationKey: nameKey(organisation),
    sector,
    sizeBand,
    community,
    group: group === "" ? null : group,
    answers,
  };
}

export function isBlank(fields: string[]): boolean {
  return fields.every((f) => f.trim() === "");
}
