import { builtin } from "./define.js";

/** What surrounds a work system and steers it: the firm, the sector, and its own plans. */
export const CONTEXT_GUIDELINES = builtin([
  {
    code: "environment.policy_known_not_assumed",
    element: "environment",
    statement:
      "The firm does not assume that having a security policy means people know it or follow it.",
    question:
      "Has the firm checked whether its security policy is known and followed, not just written?",
    why: "Writing a policy is the easy part. Only asking the people who do the work shows whether it is known and used.",
    item_codes: ["policy_status", "aware_controls"],
    interventions: ["security_dialogue", "communication_review"],
  },
  {
    code: "environment.threats_watched",
    element: "environment",
    statement:
      "Someone keeps an eye on new threats around the firm, such as scams aimed at similar firms.",
    question: "Does someone keep track of new threats to firms like ours and pass on what matters?",
    why: "Scams change often. Short, timely warnings about what is going round help people spot them.",
    item_codes: ["need_responsible_person", "controls_updates_aware"],
    interventions: ["monitoring", "communication_review"],
  },
  {
    code: "environment.legal_duties_known",
    element: "environment",
    statement:
      "The firm knows which laws, contracts and customer expectations shape how it must handle information.",
    question:
      "Do we know which laws and contracts set rules for how this work handles information?",
    why: "Data protection law and customer contracts set real duties. Knowing them early avoids costly surprises later.",
    item_codes: ["handles_sensitive_data", "policy_status"],
    interventions: ["guidance_update", "management_support"],
  },
  {
    code: "strategies.own_approach",
    element: "strategies",
    statement:
      "Each area of work has a clear, agreed approach to security that suits its own risks.",
    question: "Does this area of work have an agreed approach to security that fits its own risks?",
    why: "A sales team and a payroll team face different risks. An approach made for the work protects what matters most there.",
    item_codes: ["policy_status", "need_responsible_person"],
    interventions: ["management_support", "requirement_workshop"],
  },
  {
    code: "strategies.differences_discussed",
    element: "strategies",
    statement:
      "When a team handles security in its own way, the team and the firm talk openly about why.",
    question:
      "Do teams and managers talk openly when a team handles security differently from the firm's guidance?",
    why: "A difference can point to guidance that does not fit, or to a real risk. Looking at both sides shows which one should change.",
    item_codes: ["policy_status", "security_obstacles"],
    interventions: ["security_dialogue", "guidance_update"],
  },
  {
    code: "strategies.management_backing",
    element: "strategies",
    statement:
      "Managers give security time and money, and treat it as part of the work rather than an extra.",
    question: "Do managers give people the time and the means to work securely?",
    why: "Staff take their cue from managers. Visible backing makes it normal to spend a few minutes on security.",
    item_codes: ["security_prioritised", "need_responsible_person"],
    interventions: ["management_support"],
  },
]);
