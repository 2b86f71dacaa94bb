import type { GuidelineItemCode } from "./guideline.schema.js";

/**
 * Which answers to a questionnaire item point to a security problem: the "problem direction".
 * It is data, read from the wording of the built-in questionnaires (src/instrument/builtin),
 * so it can be checked line by line and changed in one place. Items left out (open questions,
 * the screening question) never set a survey finding.
 *
 * Each entry says why, because the direction is a judgement: "don't know" counts as a problem
 * where knowing is the point of the question (a control nobody knows is reviewed cannot be
 * relied on), and a "yes" counts where it says something is missing (people asking for a named
 * person in charge suggest there is none they know of).
 */
export interface ProblemDirection {
  item: GuidelineItemCode;
  /** Answer option codes that count as the problem direction. */
  answers: readonly string[];
  /** Short plain text: what the share means ("not aware of the controls"). */
  meaning: string;
  why: string;
}

export const PROBLEM_DIRECTIONS: readonly ProblemDirection[] = [
  {
    item: "aware_controls",
    answers: ["no"],
    meaning: "do not know what the firm does to keep information safe",
    why: "Measures people do not know about cannot guide what they do.",
  },
  {
    item: "policy_status",
    answers: ["none", "dont_know"],
    meaning: "say no rules are followed, or do not know the rules",
    why: "A policy only works where people know it. Habits without written rules are a weaker sign, so they are not counted.",
  },
  {
    item: "need_responsible_person",
    answers: ["yes"],
    meaning: "say one named person should be in charge of security",
    why: "Asking for a named person suggests nobody they know of has that role today.",
  },
  {
    item: "need_incident_team",
    answers: ["yes"],
    meaning: "say a standing team for incidents is needed",
    why: "Asking for such a team suggests people do not know who acts when something goes wrong.",
  },
  {
    item: "need_data_ownership",
    answers: ["yes"],
    meaning: "say it should be clearer who owns and protects each kind of data",
    why: "It shows that responsibility for data is unclear to the people who handle it.",
  },
  {
    item: "controls_reviewed",
    answers: ["no", "dont_know"],
    meaning: "say the measures are not checked, or do not know whether they are",
    why: "A check nobody hears of gives staff no reason to trust the measures or to report doubts.",
  },
  {
    item: "controls_updates_aware",
    answers: ["no"],
    meaning: "do not hear when security measures change",
    why: "Changes people do not hear about are soon worked around.",
  },
  {
    item: "involved_requirements",
    answers: ["no"],
    meaning: "do not help decide the security rules for their own job",
    why: "Rules made without the people who do the work often do not fit it.",
  },
  {
    item: "job_requires_attention",
    answers: ["no"],
    meaning: "say their job needs no special care with data",
    why: "Everyone asked works with sensitive information, so this shows the risk is not seen.",
  },
  {
    item: "security_prioritised",
    answers: ["no"],
    meaning: "say security does not come first when they are busy",
    why: "Where work pressure wins, security steps are skipped.",
  },
  {
    item: "received_training",
    answers: ["no"],
    meaning: "have had no training or advice on working safely",
    why: "Without advice people have to guess what is safe.",
  },
  {
    item: "its_helpful",
    answers: ["no"],
    meaning: "find the IT security team unhelpful",
    why: "People who find the security team unhelpful stop asking and fix things alone.",
  },
  {
    item: "contact_frequency",
    answers: ["never", "rarely"],
    meaning: "deal with the IT security team a few times a year or never",
    why: "Rare contact leaves the two sides distant and strangers to each other's work.",
  },
];

const BY_ITEM = new Map(PROBLEM_DIRECTIONS.map((d) => [d.item as string, d]));

export function problemDirection(item: string): ProblemDirection | undefined {
  return BY_ITEM.get(item);
}
