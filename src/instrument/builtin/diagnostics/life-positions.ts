import type { InstrumentDefinition, SectionDefinition } from "../../instrument.schema.js";
import { ANONYMOUS_NOTE, agree, OWN_COMMUNITY } from "./common.js";

/**
 * How each community sees itself and the other two, on the two axes behind the life
 * positions of Transactional Analysis (paper 004): is this group OK (able, well-meaning), and
 * does it treat others as OK (respect, listening, taking them seriously). Every respondent
 * rates all three groups; own_community tells a self-view from a view of others.
 *
 * The same six statements are asked about each group, so the groups can be compared item by
 * item. Item 3 of each axis is worded the other way round (reverse-keyed, see
 * src/analysis/scales.ts), which catches answering "agree" all the way down.
 */
interface Target {
  /** Item code infix: lp_<prefix>_ok_1 ... */
  prefix: "emp" | "its" | "mgt";
  code: "employees" | "it_security" | "management";
  title: string;
  /** Plural subject that starts every statement. */
  subject: string;
  description: string;
}

const TARGETS: readonly Target[] = [
  {
    prefix: "emp",
    code: "employees",
    title: "Staff",
    subject: "Staff here",
    description:
      "By staff we mean everyone who is neither a manager nor in IT security. If you are staff yourself, answer about your colleagues as a group.",
  },
  {
    prefix: "its",
    code: "it_security",
    title: "The IT security team",
    subject: "People in the IT security team",
    description:
      "The people who look after IT security. If an outside company does this for your firm, think of the people there.",
  },
  {
    prefix: "mgt",
    code: "management",
    title: "Managers",
    subject: "Managers here",
    description: "The people who lead teams or the firm.",
  },
];

function sectionFor(target: Target): SectionDefinition {
  const { prefix, subject } = target;
  const item = (axis: "ok" | "treats", n: number, text: string) =>
    agree(`lp_${prefix}_${axis}_${n}`, text, { dontKnow: true });
  return {
    code: `about_${target.code}`,
    title: target.title,
    description: target.description,
    items: [
      item("ok", 1, `${subject} are good at what they do.`),
      item("treats", 1, `${subject} take other people's concerns seriously.`),
      item("ok", 2, `${subject} want what is best for the firm and the people in it.`),
      item("treats", 2, `${subject} treat people in other roles with respect.`),
      item("ok", 3, `${subject} often get important things wrong.`),
      item("treats", 3, `${subject} talk down to people outside their own group.`),
    ],
  };
}

export const lifePositions: InstrumentDefinition = {
  code: "life-positions",
  title: "How the groups at work see each other",
  description:
    "How staff, the IT security team and managers see themselves and each other. Does each group do its job well, and does it treat others well?",
  language: "en",
  intro: `We want to see how the groups in your firm get on, so everyone can work together better. There are no right or wrong answers. ${ANONYMOUS_NOTE} Please don't name anyone.`,
  estimated_minutes: 6,
  sections: [
    {
      code: "about_you",
      title: "About you",
      items: [OWN_COMMUNITY],
    },
    ...TARGETS.map(sectionFor),
  ],
};
