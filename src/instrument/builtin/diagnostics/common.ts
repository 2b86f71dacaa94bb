import type { ItemDefinition } from "../../instrument.schema.js";

/**
 * Building blocks shared by the diagnostic instruments, so every agreement item offers the
 * same five answers in the same order and results line up across instruments and waves.
 */
export const AGREE_5 = [
  "Strongly disagree",
  "Disagree",
  "Neither agree nor disagree",
  "Agree",
  "Strongly agree",
] as const;

export interface AgreeOptions {
  help?: string;
  /** Offer "Don't know": people often cannot judge a group they rarely meet. */
  dontKnow?: boolean;
}

export function agree(code: string, text: string, options: AgreeOptions = {}): ItemDefinition {
  return {
    code,
    type: "likert",
    points: 5,
    labels: [...AGREE_5],
    text,
    ...(options.dontKnow ? { dont_know: true } : {}),
    ...(options.help ? { help: options.help } : {}),
  };
}

export function openText(code: string, text: string, help?: string): ItemDefinition {
  return {
    code,
    type: "open_text",
    multiline: true,
    max_length: 3000,
    text,
    ...(help ? { help } : {}),
  };
}

/**
 * The respondent's own community (domain.md codes), asked first so every answer can be split
 * by who is looking: a group's view of itself reads differently from others' view of it.
 */
export const OWN_COMMUNITY: ItemDefinition = {
  code: "own_community",
  type: "single_choice",
  required: true,
  text: "Which group are you part of at work?",
  help: "If more than one fits, pick the one that describes most of your work.",
  options: [
    { code: "employees", label: "Staff: I am not a manager and not in IT security" },
    { code: "it_security", label: "IT security: I help keep our systems and information safe" },
    { code: "management", label: "Management: I lead a team or the firm" },
  ],
};

export const ANONYMOUS_NOTE =
  "Your answers are anonymous. Results are only shown for groups of several people.";
