import type { InstrumentDefinition } from "../../instrument.schema.js";
import { ANONYMOUS_NOTE, openText } from "./common.js";
import { errorClimateSections, MISTAKE_HELP } from "./error-climate-items.js";

/** The employee form: how mistakes are handled, as the people who make most of them see it. */
export const errorClimateEmployee: InstrumentDefinition = {
  code: "error-climate-employee",
  title: "Learning from mistakes: your view",
  description: `How mistakes are handled where you work: talked about, looked into, used to change things, and met with fairness and help. ${MISTAKE_HELP}`,
  language: "en",
  intro: `Everyone makes mistakes. We want to learn how your firm deals with them, so it can learn more from them. ${ANONYMOUS_NOTE}`,
  estimated_minutes: 7,
  sections: [
    ...errorClimateSections("employee"),
    {
      code: "ideas",
      title: "Your ideas",
      items: [
        openText(
          "ec_employee_idea",
          "What would make it easier for you to speak up about a mistake?",
          "Please don't name anyone.",
        ),
      ],
    },
  ],
};
