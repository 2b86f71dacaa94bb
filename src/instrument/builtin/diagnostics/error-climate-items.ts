import type { ItemDefinition, SectionDefinition } from "../../instrument.schema.js";
import { agree } from "./common.js";

/**
 * The climate for learning from mistakes, in the spirit of the factors of the OLaF
 * questionnaire named in paper 004 (our own items, not OLaF's). Like OLaF it has an employee
 * and a manager form. An item keeps its code in both forms when it asks about the same thing,
 * only seen from the other side, so the two views can be set side by side item by item.
 * Reverse-keyed items are listed in src/analysis/scales.ts.
 */
export type Viewpoint = "employee" | "manager";

interface SharedItem {
  code: string;
  employee: string;
  manager: string;
}

interface Factor {
  code: string;
  title: string;
  items: readonly SharedItem[];
}

export const ERROR_CLIMATE_FACTORS: readonly Factor[] = [
  {
    code: "openness",
    title: "Talking about mistakes",
    items: [
      {
        code: "ec_open_1",
        employee: "People in my team talk openly about mistakes they have made.",
        manager: "People in my team talk openly with me about mistakes they have made.",
      },
      {
        code: "ec_open_2",
        employee: "I can tell my manager about a mistake without worrying.",
        manager: "People in my team can tell me about a mistake without worrying.",
      },
      {
        code: "ec_open_3",
        employee: "Someone who reports a mistake here is thanked for it.",
        manager: "When someone tells me about a mistake, I thank them for it.",
      },
      {
        code: "ec_open_4",
        employee: "Mistakes here are kept quiet rather than talked about.",
        manager: "In my team, mistakes tend to be kept quiet rather than talked about.",
      },
    ],
  },
  {
    code: "causes",
    title: "Looking for causes",
    items: [
      {
        code: "ec_cause_1",
        employee: "After a mistake, we look at what in our work made it easy to happen.",
        manager: "After a mistake, my team and I look at what in our work made it easy to happen.",
      },
      {
        code: "ec_cause_2",
        employee: "We ask whether tools, rules or time pressure played a part in a mistake.",
        manager: "I ask whether tools, rules or time pressure played a part in a mistake.",
      },
      {
        code: "ec_cause_3",
        employee: "Here, a mistake is seen as a clue about how the work is set up.",
        manager: "I see a mistake as a clue about how the work is set up.",
      },
      {
        code: "ec_cause_4",
        employee: "Once it is clear who made a mistake, nobody asks why it happened.",
        manager: "Once it is clear who made a mistake, we rarely ask why it happened.",
      },
    ],
  },
  {
    code: "change",
    title: "Making changes",
    items: [
      {
        code: "ec_change_1",
        employee: "Mistakes here lead to real changes in how we work.",
        manager: "Mistakes in my team lead to real changes in how we work.",
      },
      {
        code: "ec_change_2",
        employee: "When a rule or a tool keeps causing mistakes, it gets changed.",
        manager: "When a rule or a tool keeps causing mistakes, I make sure it gets changed.",
      },
      {
        code: "ec_change_3",
        employee: "We are told what was changed because of a mistake.",
        manager: "I tell my team what was changed because of a mistake.",
      },
      {
        code: "ec_change_4",
        employee: "The same mistakes happen here again and again.",
        manager: "The same mistakes happen in my team again and again.",
      },
    ],
  },
  {
    code: "fairness",
    title: "Fair treatment",
    items: [
      {
        code: "ec_fair_1",
        employee: "Someone who makes an honest mistake here is treated fairly.",
        manager: "When someone in my team makes an honest mistake, I treat them fairly.",
      },
      {
        code: "ec_fair_2",
        employee: "I can own up to a mistake without fearing for my job.",
        manager: "People in my team can own up to a mistake without fearing for their job.",
      },
      {
        code: "ec_fair_3",
        employee: "An honest mistake here can lead to a warning or worse.",
        manager: "In my team, an honest mistake can lead to a warning or worse.",
      },
      {
        code: "ec_fair_4",
        employee: "When someone makes a mistake here, it is pointed out in front of others.",
        manager: "When someone in my team makes a mistake, it is pointed out in front of others.",
      },
    ],
  },
  {
    code: "support",
    title: "Help after a mistake",
    items: [
      {
        code: "ec_help_1",
        employee: "After a mistake, I can get help to put things right.",
        manager: "After a mistake, people in my team get help to put things right.",
      },
      {
        code: "ec_help_2",
        employee: "My colleagues help out when someone has made a mistake.",
        manager: "People in my team help each other out after a mistake.",
      },
      {
        code: "ec_help_3",
        employee:
          "If I clicked a bad link or sent something to the wrong person, I would know who to call.",
        manager:
          "If someone in my team clicked a bad link or sent something to the wrong person, they would know who to call.",
      },
      {
        code: "ec_help_4",
        employee: "After a mistake, people here are left to sort it out alone.",
        manager: "After a mistake, people in my team are left to sort it out alone.",
      },
    ],
  },
];

export const MISTAKE_HELP =
  "By a mistake we mean any slip at work. That includes slips with computers and information, such as opening a bad link or emailing the wrong person.";

/** The factor sections of one form; items keep their codes, only the wording changes. */
export function errorClimateSections(viewpoint: Viewpoint): SectionDefinition[] {
  return ERROR_CLIMATE_FACTORS.map((factor) => ({
    code: factor.code,
    title: factor.title,
    items: factor.items.map(
      (item): ItemDefinition => agree(item.code, item[viewpoint], { dontKnow: true }),
    ),
  }));
}
