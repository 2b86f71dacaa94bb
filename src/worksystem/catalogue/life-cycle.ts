import { builtin } from "./define.js";

/**
 * Planned change: a project that creates or improves a work system. Operation and maintenance
 * has no guidelines here because the element guidelines describe the running work system.
 */
export const LIFE_CYCLE_GUIDELINES = builtin([
  {
    code: "initiation.security_from_start",
    phase: "initiation",
    statement: "Every project that uses sensitive data plans for security from day one.",
    question:
      "Is security on the agenda from the start of every project that touches sensitive information?",
    why: "Security added at the end is costly and often awkward to use. Thinking about it early lets it fit the new way of working.",
    item_codes: ["handles_sensitive_data"],
    interventions: ["requirement_workshop", "management_support"],
  },
  {
    code: "initiation.needs_written_down",
    phase: "initiation",
    statement:
      "Security needs are written into the project's goals and plans, with input from the people who will do the work.",
    question:
      "Are the security needs written into the project's goals, and did future users help write them?",
    why: "What is not written down tends to be dropped when time runs short. Future users know which needs are real.",
    item_codes: ["involved_requirements", "requirements_ideas"],
    interventions: ["requirement_workshop"],
  },
  {
    code: "initiation.budget_set_aside",
    phase: "initiation",
    statement: "The project sets aside time and money for security features, tasks and training.",
    question: "Has the project set aside time and money for security, including training?",
    why: "Without a budget, security is often the first thing cut. A small, planned amount avoids costly fixes later.",
    item_codes: ["received_training"],
    interventions: ["management_support"],
  },
  {
    code: "development.clear_attention",
    phase: "development",
    statement:
      "Building or changing software gives security clear attention, also in teams that work in short cycles.",
    question:
      "Does the team building or changing the software give security clear attention at each step?",
    why: "Fast, step-by-step work can push security to later. Making it part of each step keeps it from being forgotten.",
    item_codes: ["involved_requirements"],
    interventions: ["requirement_workshop", "technical_control"],
  },
  {
    code: "development.in_every_output",
    phase: "development",
    statement:
      "Security shows up in everything the project delivers: the software, the guides and the training material.",
    question: "Do the new software, guides and training material all cover the security they need?",
    why: "People learn the new work from these materials. If security is missing there, it will be missing from the work.",
    item_codes: ["received_training", "aware_controls"],
    interventions: ["guidance_update", "training_session"],
  },
  {
    code: "development.tried_by_future_users",
    phase: "development",
    statement:
      "Future users try out the security steps before launch, and their feedback changes the design.",
    question: "Have future users tried the security steps, and was their feedback acted on?",
    why: "Steps that look fine on paper can be slow in practice. Trying them early is the cheapest time to fix them.",
    item_codes: ["involved_requirements", "security_obstacles", "requirements_ideas"],
    interventions: ["requirement_workshop", "security_champions"],
  },
  {
    code: "implementation.time_for_security",
    phase: "implementation",
    statement:
      "Putting the new way of working into practice includes enough time and effort for security.",
    question: "Does the plan for the launch leave enough time to get security right?",
    why: "The first weeks set habits that last. Time spent on security then saves changing habits later.",
    item_codes: ["security_prioritised"],
    interventions: ["management_support", "training_session"],
  },
  {
    code: "implementation.risks_understood",
    phase: "implementation",
    statement:
      "People understand the risks they can expect in the new way of working and what helps to avoid them.",
    question:
      "Do people know the main risks of the new way of working and what they can do about them?",
    why: "A change brings new ways for things to go wrong. Explaining them at the start makes the safe way the normal way.",
    item_codes: ["aware_controls", "received_training"],
    interventions: ["training_session", "creative_engagement"],
  },
  {
    code: "implementation.expectations_clear",
    phase: "implementation",
    statement:
      "People know what the firm asks of them about passwords, copying data to their own devices and logging off.",
    question:
      "Do people know what the firm asks about passwords, copying data to their own devices and logging off?",
    why: "Small daily habits protect a lot. Clear, simple expectations save people from guessing.",
    item_codes: ["aware_controls", "controls_updates_aware"],
    interventions: ["guidance_update", "communication_review"],
  },
  {
    code: "implementation.feedback_acted_on",
    phase: "implementation",
    statement:
      "In the first weeks, people can easily report security steps that get in the way, and their reports lead to changes.",
    question:
      "Can people easily report security steps that get in their way, and do their reports lead to changes?",
    why: "Early problems are cheap to fix. Acting on reports shows people that speaking up is worth it.",
    item_codes: ["security_obstacles", "requirements_ideas", "its_helpful"],
    interventions: ["security_champions", "security_dialogue"],
  },
]);
