/**
 * What a firm can do about a finding. Each guideline names at least one, so a report can go from
 * evidence to a next step. The codes are stored in catalogue files and action plans.
 */
export const INTERVENTIONS = [
  "guidance_update",
  "training_session",
  "security_champions",
  "security_dialogue",
  "requirement_workshop",
  "management_support",
  "technical_control",
  "monitoring",
  "access_review",
  "incident_exercise",
  "creative_engagement",
  "communication_review",
  "data_inventory",
  "supplier_review",
] as const;
export type Intervention = (typeof INTERVENTIONS)[number];

export const INTERVENTION_LABELS: Readonly<Record<Intervention, string>> = {
  guidance_update: "Update the guidance",
  training_session: "Short training session",
  security_champions: "Security champions",
  security_dialogue: "Security dialogue",
  requirement_workshop: "Workshop on security needs",
  management_support: "Support from management",
  technical_control: "Technical safeguard",
  monitoring: "Keep an eye on use",
  access_review: "Check who can see what",
  incident_exercise: "Practise an incident",
  creative_engagement: "Creative security activity",
  communication_review: "Check how security is explained",
  data_inventory: "List the sensitive information",
  supplier_review: "Check partners and suppliers",
};

export const INTERVENTION_DESCRIPTIONS: Readonly<Record<Intervention, string>> = {
  guidance_update:
    "Rewrite the guidance with the people who use it, so it fits the real work and is easy to find.",
  training_session:
    "A short session, built around the team's own tasks, on what can go wrong and what helps.",
  security_champions:
    "Colleagues who explain security to their team and pass back what does not work.",
  security_dialogue:
    "A regular, open talk between staff and the people who look after security, without blame.",
  requirement_workshop:
    "Staff and security people agree together what security the work needs and how it can fit.",
  management_support:
    "Managers give time, money and backing, and make clear that security is part of the job.",
  technical_control:
    "A safeguard in the tools themselves, so doing the safe thing takes no extra effort.",
  monitoring: "Watch for unusual use or new threats, and say openly what is watched and why.",
  access_review:
    "Go through who can see and change which information, and remove what is not needed.",
  incident_exercise: "Walk through a made-up incident together to see who does what.",
  creative_engagement: "Games, stories or humour that make security something people talk about.",
  communication_review:
    "Check that security messages are short, plain and explain why, then rewrite those that are not.",
  data_inventory: "Find the sensitive information, where it lives and who looks after it.",
  supplier_review:
    "Check what customers, suppliers and service providers can reach, and what they promise.",
};

export function isIntervention(value: unknown): value is Intervention {
  return typeof value === "string" && (INTERVENTIONS as readonly string[]).includes(value);
}

/**
 * Interventions that work on the relationship as a whole rather than on one guideline, so no
 * guideline names them: they come from the recommendation rules and the action plan. Kept apart
 * from INTERVENTIONS so a catalogue file cannot use them and the catalogue still uses every one
 * of its own.
 */
export const PLAN_INTERVENTIONS = [
  "shared_language",
  "no_blame_review",
  "guideline_action",
] as const;
export type PlanIntervention = (typeof PLAN_INTERVENTIONS)[number];

export const PLAN_INTERVENTION_LABELS: Readonly<Record<PlanIntervention, string>> = {
  shared_language: "Build a shared language",
  no_blame_review: "Review incidents without blame",
  guideline_action: "Act on a guideline",
};

export const PLAN_INTERVENTION_DESCRIPTIONS: Readonly<Record<PlanIntervention, string>> = {
  shared_language:
    "Staff and security people agree on everyday words for security terms and use them in every message.",
  no_blame_review:
    "After an incident or near miss, look at what in the work made it likely, not at who slipped.",
  guideline_action:
    "Take one guideline a work system falls short of and change the work or the rule until they fit.",
};

/** Every code an action may carry: the catalogue's interventions and the plan's own. */
export const ACTION_INTERVENTIONS = [...INTERVENTIONS, ...PLAN_INTERVENTIONS] as const;
export type ActionIntervention = Intervention | PlanIntervention;

export function isActionIntervention(value: unknown): value is ActionIntervention {
  return typeof value === "string" && (ACTION_INTERVENTIONS as readonly string[]).includes(value);
}

export function interventionLabel(code: string): string {
  if (isIntervention(code)) return INTERVENTION_LABELS[code];
  if ((PLAN_INTERVENTIONS as readonly string[]).includes(code))
    return PLAN_INTERVENTION_LABELS[code as PlanIntervention];
  return code;
}
