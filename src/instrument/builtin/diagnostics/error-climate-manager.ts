import type { InstrumentDefinition } from "../../instrument.schema.js";
import { ANONYMOUS_NOTE, openText } from "./common.js";
import { errorClimateSections, MISTAKE_HELP } from "./error-climate-items.js";

/**
 * The manager form: the same questions from the side of those who lead a team, so gaps
 * between how managers and their teams see the handling of mistakes show up item by item.
 */
export const errorClimateManager: InstrumentDefinition = {
  code: "error-climate-manager",
  title: "Learning from mistakes: a manager's view",
  description: `How mistakes are handled in the team you lead: talked about, looked into, used to change things, and met with fairness and help. ${MISTAKE_HELP}`,
  language: "en",
  intro: `Everyone makes mistakes, managers too. We want to learn how your team deals with them, and compare it with how your team sees it. ${ANONYMOUS_NOTE}`,
  estimated_minutes: 7,
  sections: [
    ...errorClimateSections("manager"),
    {
      code: "ideas",
      title: "Your ideas",
      items: [
        openText(
          "ec_manager_idea",
          "What would help your team learn more from mistakes?",
          "Please don't name anyone.",
        ),
      ],
    },
  ],
};
