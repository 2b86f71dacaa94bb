import { builtin } from "./define.js";

/**
 * The people who do the work, and the people who look after security. Written from their side:
 * what they need to know and to be given, never what they are doing wrong.
 */
export const PARTICIPANT_GUIDELINES = builtin([
  {
    code: "participants.know_guidance",
    element: "participants",
    statement:
      "People know the security guidance that applies to their work, and what can go wrong without it.",
    question:
      "Do the people in this work know the security guidance for their tasks and why it matters?",
    why: "Guidance that nobody knows cannot help. Knowing what could go wrong makes the guidance make sense.",
    item_codes: ["aware_controls", "received_training", "policy_status"],
    interventions: ["training_session", "communication_review", "security_champions"],
  },
  {
    code: "participants.understand_impact",
    element: "participants",
    statement:
      "People get training or clear advice about what an incident would mean for customers, colleagues and the firm.",
    question:
      "Have people had training or clear advice about what a security incident would mean for their work?",
    why: "Real examples from the firm's own work stick better than general warnings. They show why a small step matters.",
    item_codes: ["received_training", "job_requires_attention"],
    interventions: ["training_session", "creative_engagement", "incident_exercise"],
  },
  {
    code: "participants.rewards_support_security",
    element: "participants",
    statement: "Rewards, targets and praise never favour skipping security to get the job done.",
    question: "Do our rewards and targets support working safely rather than skipping security?",
    why: "People do what the firm rewards. If speed is praised and safe work goes unnoticed, safe work slowly fades.",
    item_codes: ["security_prioritised"],
    interventions: ["management_support"],
  },
  {
    code: "participants.told_about_changes",
    element: "participants",
    statement:
      "People hear about changes to security measures in good time, with a short reason for each change.",
    question:
      "Do people hear about changes to security measures before the changes affect their work?",
    why: "A change that arrives without warning or reason feels like an obstacle. A short note on what changes and why avoids confusion.",
    item_codes: ["controls_updates_aware", "communication_understandable"],
    interventions: ["communication_review", "guidance_update"],
  },
  {
    code: "participants.shape_security",
    element: "participants",
    statement:
      "People help shape the security measures for their own work and can suggest improvements.",
    question: "Are people asked to help shape the security measures for their own work?",
    why: "Those who do the work know what fits it. Measures they helped design are easier to follow and to keep up.",
    item_codes: ["involved_requirements", "requirements_ideas"],
    interventions: ["requirement_workshop", "security_champions"],
  },
  {
    code: "participants.security_staff_reachable",
    element: "participants",
    statement:
      "The people who look after security are easy to reach, helpful and in touch with staff, not only when there is a problem.",
    question: "Is it easy to reach someone helpful about security, also when there is no problem?",
    why: "Regular, friendly contact builds trust on both sides. People then ask early instead of finding their own fixes.",
    item_codes: ["its_helpful", "contact_frequency"],
    interventions: ["security_dialogue", "security_champions"],
  },
  {
    code: "participants.plain_messages",
    element: "participants",
    statement: "Security messages use plain words and explain why, not only what to do.",
    question: "Is the security advice people get easy to follow, with no technical terms?",
    why: "Technical terms shut people out. Plain messages that give a reason are easier to follow and to remember.",
    item_codes: ["communication_understandable", "its_helpful"],
    interventions: ["communication_review", "creative_engagement"],
  },
  {
    code: "participants.named_contact",
    element: "participants",
    statement:
      "A named person is responsible for information security, and everyone knows who it is.",
    question: "Is one named person in charge of security, and does everyone know who it is?",
    why: "When everyone assumes someone else is in charge, nobody is. A named person gives questions and reports a clear place to go.",
    item_codes: ["need_responsible_person"],
    interventions: ["management_support", "communication_review"],
  },
]);
