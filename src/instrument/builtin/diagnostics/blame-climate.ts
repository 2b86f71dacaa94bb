import type { InstrumentDefinition } from "../../instrument.schema.js";
import { ANONYMOUS_NOTE, agree, OWN_COMMUNITY } from "./common.js";

/**
 * How guilt and blame are handled, complementing the learning-from-mistakes forms the way
 * paper 004 pairs OLaF with a scale on dealing with guilt (our own items). Four factors:
 * looking for someone to blame, blame aimed at the person rather than the process, hiding
 * mistakes, and blaming oneself. Higher scale scores mean more blame; reverse-keyed items are
 * listed in src/analysis/scales.ts. blame_who is a plain count of who tends to carry it.
 */
const item = (code: string, text: string) => agree(code, text, { dontKnow: true });

export const blameClimate: InstrumentDefinition = {
  code: "blame-climate",
  title: "When something goes wrong",
  description:
    "What happens at your firm when something goes wrong with computers or information: who gets the blame, and how people deal with it.",
  language: "en",
  intro: `We want to understand how your firm deals with things going wrong, so it can move from blame to fixing the cause. ${ANONYMOUS_NOTE} Please don't name anyone.`,
  estimated_minutes: 6,
  sections: [
    { code: "about_you", title: "About you", items: [OWN_COMMUNITY] },
    {
      code: "who",
      title: "Looking for someone to blame",
      items: [
        {
          code: "blame_who",
          type: "single_choice",
          text: "When something goes wrong with security here, who usually gets the blame?",
          options: [
            { code: "employees", label: "Staff who are not managers or in IT security" },
            { code: "it_security", label: "The IT security team" },
            { code: "management", label: "Managers" },
            { code: "outsiders", label: "Someone outside the firm, such as a supplier" },
            { code: "nobody", label: "Nobody: we look for the cause instead" },
            { code: "dont_know", label: "I don't know" },
          ],
        },
        item("bl_seek_1", "When something goes wrong, the first question here is who did it."),
        item("bl_seek_2", "Staff are often treated as the cause of security problems."),
        item("bl_seek_3", "Here, one group tends to get the blame for most problems."),
        item(
          "bl_seek_4",
          "When something goes wrong, people here look for a fix, not for a culprit.",
        ),
      ],
    },
    {
      code: "personal",
      title: "The person or the process",
      items: [
        item("bl_pers_1", "After a mistake, people here talk about the person more than the task."),
        item("bl_pers_2", "A mistake here is taken as a sign that someone is careless."),
        item(
          "bl_pers_3",
          "After a mistake, we look at how the work is set up, not at who made it.",
        ),
        item("bl_pers_4", "People here can criticise a mistake without criticising the person."),
      ],
    },
    {
      code: "hiding",
      title: "Keeping mistakes quiet",
      items: [
        item("bl_hide_1", "People here keep quiet about their mistakes if they can."),
        item("bl_hide_2", "People here would rather fix a mistake in secret than report it."),
        item("bl_hide_3", "People here report their own mistakes straight away."),
      ],
    },
    {
      code: "self",
      title: "Blaming yourself",
      items: [
        item("bl_self_1", "After a mistake, people here are very hard on themselves."),
        item("bl_self_2", "People here feel they are the problem when security goes wrong."),
        item(
          "bl_self_3",
          "When something goes wrong with security, I tend to think it must have been me.",
        ),
        item("bl_self_4", "People here can get over a mistake without feeling bad for long."),
      ],
    },
  ],
};
