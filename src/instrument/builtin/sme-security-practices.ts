import type { InstrumentDefinition } from "../instrument.schema.js";

/**
 * How security works in a small or medium firm, seen by the people who do its work. The item
 * codes and option codes are the stable ones of the SME study (domain.md), so results compare
 * with its published figures; the wording is ours.
 */
export const smeSecurityPractices: InstrumentDefinition = {
  code: "sme-security-practices",
  title: "Security in your daily work",
  description:
    "Short questions about how information is kept safe where you work: the rules, who looks after them, and how they fit your job.",
  language: "en",
  intro:
    "We want to learn how keeping information safe fits into your real work. There are no right or wrong answers. Your answers are anonymous: nobody at your firm sees who said what.",
  estimated_minutes: 8,
  sections: [
    {
      code: "your_job",
      title: "Your job",
      items: [
        {
          code: "handles_sensitive_data",
          type: "yes_no",
          text: "Do you work with sensitive information in your job?",
          help: "For example customer details, staff records, prices, designs or payment data.",
          required: true,
        },
        {
          code: "job_requires_attention",
          type: "yes_no",
          text: "Does your job need you to take special care with how data is kept safe?",
        },
        {
          code: "security_prioritised",
          type: "yes_no",
          text: "When you are busy, does keeping information safe still come first?",
        },
      ],
    },
    {
      code: "planning",
      title: "Rules and responsibilities",
      items: [
        {
          code: "policy_status",
          type: "single_choice",
          text: "Which best describes your firm's rules for keeping information safe?",
          options: [
            { code: "formal", label: "There are written rules that we follow" },
            { code: "in_development", label: "Written rules are being prepared" },
            { code: "informal", label: "There are habits, but nothing written down" },
            { code: "none", label: "There are no rules that people follow" },
            { code: "dont_know", label: "I don't know" },
          ],
        },
        {
          code: "need_responsible_person",
          type: "yes_no",
          dont_know: true,
          text: "Should one named person be in charge of keeping information and systems safe?",
        },
        {
          code: "need_incident_team",
          type: "yes_no",
          dont_know: true,
          text: "Does your firm need a standing team that acts when something goes wrong, like a hacked account?",
        },
        {
          code: "need_data_ownership",
          type: "yes_no",
          dont_know: true,
          text: "Should it be made clearer who owns each kind of data and who protects it?",
        },
      ],
    },
    {
      code: "implementation",
      title: "What is in place",
      items: [
        {
          code: "aware_controls",
          type: "yes_no",
          text: "Do you know what your firm does to keep its information safe?",
          help: "For example passwords, backups, locked rooms, virus checks or who may see which files.",
        },
        {
          code: "controls_updates_aware",
          type: "yes_no",
          text: "When these safety measures change, do you hear about it?",
        },
        {
          code: "received_training",
          type: "yes_no",
          text: "Have you had training or advice on working safely with information?",
        },
      ],
    },
    {
      code: "review",
      title: "Checking that it works",
      items: [
        {
          code: "controls_reviewed",
          type: "yes_no",
          dont_know: true,
          text: "Does your firm check from time to time that its safety measures really work?",
        },
      ],
    },
    {
      code: "contribution",
      title: "Your part",
      items: [
        {
          code: "involved_requirements",
          type: "yes_no",
          text: "Do you help decide the safety rules that apply to your own job?",
        },
        {
          code: "security_obstacles",
          type: "open_text",
          multiline: true,
          max_length: 2000,
          text: "Where, if anywhere, do safety rules get in the way of doing your job?",
          help: "Please don't name colleagues. What you write is shown only in groups of several people.",
        },
        {
          code: "requirements_ideas",
          type: "open_text",
          multiline: true,
          max_length: 2000,
          text: "If you could set one safety rule for your own job, what would it be?",
        },
      ],
    },
  ],
};
