import type { InstrumentDefinition } from "../instrument.schema.js";

/**
 * How employees see the people who look after IT security, and how they get on. Item codes
 * are the stable ones of domain.md; the questions are ours. Mostly open questions, because
 * the point is to hear the relationship in people's own words.
 */
const open = (code: string, text: string, help?: string) => ({
  code,
  type: "open_text" as const,
  multiline: true,
  max_length: 3000,
  text,
  ...(help ? { help } : {}),
});

export const securityRelationship: InstrumentDefinition = {
  code: "security-relationship",
  title: "You and the IT security team",
  description:
    "How you see the people who look after IT security where you work, and how you get on with them.",
  language: "en",
  intro:
    "We want to understand how staff and the IT security team work together, so both sides can get on better. Your answers are anonymous. Please don't name anyone.",
  estimated_minutes: 15,
  sections: [
    {
      code: "helpfulness",
      title: "Help and contact",
      items: [
        {
          code: "its_helpful",
          type: "single_choice",
          text: "Is the IT security team helpful to you?",
          options: [
            { code: "yes", label: "Yes" },
            { code: "partly", label: "Partly" },
            { code: "no", label: "No" },
            { code: "never_needed", label: "I have never needed them" },
          ],
        },
        open("its_helpful_why", "What makes them helpful or not?"),
        {
          code: "contact_frequency",
          type: "single_choice",
          text: "How often do you deal with the IT security team?",
          options: [
            { code: "never", label: "Never" },
            { code: "rarely", label: "A few times a year or less" },
            { code: "monthly", label: "About once a month" },
            { code: "weekly", label: "Every week" },
            { code: "daily", label: "Every day" },
          ],
        },
      ],
    },
    {
      code: "their_work",
      title: "Their work",
      items: [
        open("its_tasks", "What do you think the IT security team does at your organisation?"),
        open("its_working_style", "How do they go about their work, and how do they come across?"),
      ],
    },
    {
      code: "experiences",
      title: "Experiences",
      items: [
        open(
          "experience_negative",
          "Have you had a bad experience with them? What happened?",
          "Leave it empty if there was none.",
        ),
        open("experience_positive", "Have you had a good experience with them? What happened?"),
        open(
          "communication_understandable",
          "How easy is it to understand what they tell you? Why?",
        ),
      ],
    },
    {
      code: "relationship",
      title: "The relationship",
      items: [
        open(
          "relationship_own_view",
          "How would you describe the relationship between staff and the IT security team?",
        ),
        open("relationship_their_view", "How do you think the IT security team would describe it?"),
        open("relationship_good_bad", "What is good about it, and what is not?"),
        open(
          "its_feelings_about_employees",
          "How do you think the IT security team feels about staff like you?",
        ),
      ],
    },
  ],
};
