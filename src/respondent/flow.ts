import { type AnswerValue, parseAnswer } from "../instrument/answer-value.js";
import { itemsOf, optionsOf } from "../instrument/instrument.js";
import type {
  Condition,
  InstrumentDefinition,
  ItemDefinition,
} from "../instrument/instrument.schema.js";

/**
 * The respondent's path through a questionnaire, as pure functions: which steps there are,
 * which questions are shown given earlier answers (show_if, decided on the server so it works
 * without JavaScript), and reading a submitted page into answers or friendly messages.
 */
export type RawAnswers = Record<string, string | string[]>;

export type Step = { kind: "about" } | { kind: "section"; index: number } | { kind: "review" };

export const ABOUT_COMMUNITY = "_community";
export const ABOUT_GROUP = "_group";

export function stepsOf(definition: InstrumentDefinition): Step[] {
  return [
    { kind: "about" },
    ...definition.sections.map((_, index) => ({ kind: "section" as const, index })),
    { kind: "review" },
  ];
}

function values(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]).filter((v) => v.trim() !== "");
}

export function conditionHolds(condition: Condition, answers: RawAnswers): boolean {
  const given = values(answers[condition.item]);
  if ("answered" in condition) return given.length > 0;
  const wanted = "equals" in condition ? [condition.equals] : condition.in;
  return given.some((v) => wanted.includes(v));
}

/** Shown unless its condition is about an earlier answer that does not meet it. */
export function isVisible(item: ItemDefinition, answers: RawAnswers): boolean {
  return item.show_if === undefined || conditionHolds(item.show_if, answers);
}

export interface FieldError {
  code: string;
  message: string;
}

type FormValue = string | string[] | undefined;

/** Messages for respondents: what to do, never what they did wrong. */
function problemWith(item: ItemDefinition, raw: string): string | undefined {
  const result = parseAnswer(item, raw);
  if (result.ok) return undefined;
  switch (item.type) {
    case "number": {
      const range =
        item.min !== undefined && item.max !== undefined
          ? ` from ${item.min} to ${item.max}`
          : item.min !== undefined
            ? ` of ${item.min} or more`
            : item.max !== undefined
              ? ` of ${item.max} or less`
              : "";
      return `Please enter ${item.integer ? "a whole number" : "a number"}${range}, using digits (for example 12).`;
    }
    case "open_text":
      return `Please shorten this answer to ${item.max_length ?? 20000} characters or fewer.`;
    case "multiple_choice":
      return item.max_choices !== undefined
        ? `Please choose up to ${item.max_choices} answers.`
        : "Please choose from the answers shown.";
    default:
      return "Please choose one of the answers shown.";
  }
}

/**
 * Reads one page of a form. Items whose condition depends on an answer on the same page are
 * judged with that answer, so a question hidden by it is dropped rather than stored.
 */
export function readPage(
  items: readonly ItemDefinition[],
  form: Record<string, FormValue>,
  before: RawAnswers,
): { answers: RawAnswers; errors: FieldError[] } {
  const answers: RawAnswers = { ...before };
  for (const item of items) {
    const given = values(form[item.code]);
    if (given.length === 0) delete answers[item.code];
    else answers[item.code] = item.type === "multiple_choice" ? given : (given[0] ?? "");
  }
  const errors: FieldError[] = [];
  for (const item of items) {
    if (!isVisible(item, answers)) {
      delete answers[item.code];
      continue;
    }
    const given = values(answers[item.code]);
    if (given.length === 0) {
      if (item.required) errors.push({ code: item.code, message: "Please answer this question." });
      continue;
    }
    const problem = problemWith(item, given.join(";"));
    if (problem) errors.push({ code: item.code, message: problem });
  }
  return { answers, errors };
}

/** Everything answered and shown, as stored values; invisible and empty items are left out. */
export function finalAnswers(
  definition: InstrumentDefinition,
  raw: RawAnswers,
): { answers: { itemCode: string; value: AnswerValue }[]; missing: string[] } {
  const answers: { itemCode: string; value: AnswerValue }[] = [];
  const missing: string[] = [];
  for (const item of itemsOf(definition)) {
    if (!isVisible(item, raw)) continue;
    const given = values(raw[item.code]);
    if (given.length === 0) {
      if (item.required) missing.push(item.code);
      continue;
    }
    const parsed = parseAnswer(item, given.join(";"));
    if (parsed.ok && parsed.value !== null)
      answers.push({ itemCode: item.code, value: parsed.value });
    else if (!parsed.ok) missing.push(item.code);
  }
  return { answers, missing };
}

/** The answer as the respondent saw it, for the review page. */
export function describeAnswer(item: ItemDefinition, raw: string | string[] | undefined): string {
  const given = values(raw);
  if (given.length === 0) return "Not answered";
  const labels = new Map(optionsOf(item).map((o) => [o.code, o.label]));
  return given.map((v) => labels.get(v) ?? v).join(", ");
}
