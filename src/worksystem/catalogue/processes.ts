import { builtin } from "./define.js";

/** The steps of the work: where security either fits the job or gets worked around. */
export const PROCESS_GUIDELINES = builtin([
  {
    code: "processes_activities.weak_spots_found",
    element: "processes_activities",
    statement:
      "The steps of the work are walked through to find where information could be lost, changed or seen by the wrong people.",
    question:
      "Has someone walked through the steps of this work with the people who do it, looking for weak spots?",
    why: "The people who do the work know where it gets tricky. Looking at the real steps finds weak spots that a policy on paper misses.",
    item_codes: ["involved_requirements", "controls_reviewed"],
    interventions: ["requirement_workshop", "security_dialogue"],
  },
  {
    code: "processes_activities.fits_policy",
    element: "processes_activities",
    statement: "The way the work is really done matches the firm's security policy.",
    question: "Does the way the work is really done match what the security policy says?",
    why: "A policy helps only if it fits the work. When the two drift apart, either the policy or the way of working needs to change.",
    item_codes: ["policy_status", "aware_controls"],
    interventions: ["guidance_update", "security_dialogue"],
  },
  {
    code: "processes_activities.risky_habits_raised",
    element: "processes_activities",
    statement: "Risky habits in the work are noticed early and talked about openly, without blame.",
    question: "Can anyone raise a risky habit in the work without it turning into blame?",
    why: "Risky habits usually have a reason, such as a slow tool or a tight deadline. Talking about them openly finds the reason and a fix.",
    item_codes: ["controls_reviewed", "security_obstacles"],
    interventions: ["security_dialogue", "security_champions", "monitoring"],
  },
  {
    code: "processes_activities.targets_and_security_fit",
    element: "processes_activities",
    statement:
      "Nobody has to choose between meeting their targets and following the security guidance.",
    question: "Can people meet their targets and follow the security guidance at the same time?",
    why: "When time is short, the work comes first. If security costs time that the targets do not allow, it will be dropped.",
    item_codes: ["security_prioritised", "security_obstacles", "job_requires_attention"],
    interventions: ["management_support", "requirement_workshop"],
  },
  {
    code: "processes_activities.workarounds_understood",
    element: "processes_activities",
    statement:
      "Shortcuts around security are found and understood, and risky ones are replaced by a safe way that is just as quick.",
    question: "Do we know which shortcuts people take around security, and why they take them?",
    why: "A shortcut shows where security gets in the way of the work. Asking why, rather than who, leads to a fix people will use.",
    item_codes: ["security_obstacles", "requirements_ideas"],
    interventions: ["security_dialogue", "requirement_workshop", "security_champions"],
  },
  {
    code: "processes_activities.measures_tested",
    element: "processes_activities",
    statement:
      "The firm checks from time to time that its security measures still work in the real work.",
    question: "Does the firm test now and then whether its security measures actually work?",
    why: "Measures wear out as the work and the tools change. A regular check shows which ones still help and which only look good on paper.",
    item_codes: ["controls_reviewed"],
    interventions: ["monitoring", "incident_exercise"],
  },
  {
    code: "processes_activities.incidents_reported",
    element: "processes_activities",
    statement:
      "Everyone knows whom to tell when something goes wrong with information, and what happens next.",
    question: "Does everyone know whom to tell when something goes wrong with information?",
    why: "Reporting quickly keeps the damage small. People speak up sooner when they know the answer will be help, not blame.",
    item_codes: ["need_incident_team", "need_responsible_person"],
    interventions: ["incident_exercise", "guidance_update"],
  },
]);
