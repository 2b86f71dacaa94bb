import type { ActionIntervention } from "../worksystem/interventions.js";
import type { EffectCode } from "./signal.js";

/**
 * The interventions a firm can put in its action plan, each with what it is for, how to run
 * it, what it costs, and what it should move in the next wave. Written in our own words.
 */
export type Effort = "low" | "medium" | "high";

export interface CatalogueEntry {
  readonly purpose: string;
  readonly steps: readonly string[];
  readonly effort: Effort;
  /** A plain estimate of the time it takes, for the people doing it. */
  readonly time: string;
  readonly effects: readonly EffectCode[];
}

export const CATALOGUE: Readonly<Record<ActionIntervention, CatalogueEntry>> = {
  guidance_update: {
    purpose: "Make the written guidance fit the real work, so following it is the easy way.",
    steps: [
      "Pick the guidance people work around most often.",
      "Walk through it with two or three people who use it every day.",
      "Rewrite it together in short, plain steps and say why each matters.",
      "Publish it where the work happens and tell people what changed.",
    ],
    effort: "medium",
    time: "Two or three half-days over a month.",
    effects: ["scale:friction", "item:aware_controls", "item:controls_updates_aware"],
  },
  training_session: {
    purpose: "Help a team see what can go wrong in its own tasks and what helps.",
    steps: [
      "Collect two or three real situations from the team's work.",
      "Hold a short session built around them, with time for questions.",
      "Leave a one-page summary behind and ask what was missing.",
    ],
    effort: "low",
    time: "One hour per team, plus an hour to prepare.",
    effects: ["item:received_training", "item:aware_controls", "item:job_requires_attention"],
  },
  security_champions: {
    purpose:
      "Give each group a colleague who explains security in its language and carries problems back.",
    steps: [
      "Invite volunteers from each group; nobody is appointed against their will.",
      "Give them a short induction and a direct line to the security team.",
      "Meet the champions every month to hear what does not work.",
      "Record them in the champions register so colleagues know whom to ask.",
    ],
    effort: "medium",
    time: "An hour a month per champion, plus a half-day to start.",
    effects: [
      "indicator:disengagement",
      "indicator:power_imbalance",
      "indicator:negative_communication",
      "item:its_helpful",
      "item:contact_frequency",
    ],
  },
  security_dialogue: {
    purpose:
      "Bring staff and security people to one table regularly, to talk openly and without blame.",
    steps: [
      "Agree a regular slot, for example one hour each month.",
      "Invite people from every community; managers come as equals.",
      "Start from what staff bring: problems, questions, ideas.",
      "Write down what was agreed and who follows it up, in the dialogue log.",
    ],
    effort: "medium",
    time: "One hour a month, plus half an hour to write up.",
    effects: [
      "indicator:disengagement",
      "indicator:power_imbalance",
      "indicator:negative_feelings",
      "indicator:conflict",
      "life_position:ok_ok",
      "item:contact_frequency",
    ],
  },
  requirement_workshop: {
    purpose: "Let the people of a work system shape the security of their own work.",
    steps: [
      "Invite the participants of one work system and someone from security.",
      "Walk through the work step by step and mark where information is at risk.",
      "Agree together which safeguards fit and write them as requirements.",
      "Check a month later whether they work in practice.",
    ],
    effort: "medium",
    time: "A half-day workshop per work system, plus a short follow-up.",
    effects: ["scale:involvement", "item:involved_requirements", "scale:friction"],
  },
  management_support: {
    purpose: "Show through time, money and example that security is part of everyone's job.",
    steps: [
      "Ask managers to name security as a goal in their team's plans.",
      "Give teams time to take part in dialogues and workshops.",
      "Have managers answer mistakes with questions about the work, not about the person.",
    ],
    effort: "low",
    time: "A short briefing for managers, then part of their normal routine.",
    effects: [
      "indicator:blame",
      "scale:error_fairness",
      "scale:error_support",
      "item:security_prioritised",
    ],
  },
  technical_control: {
    purpose: "Build the safe choice into the tools, so it takes no extra effort.",
    steps: [
      "Find a step where people must remember to do the safe thing.",
      "Look for a setting or tool that does it for them.",
      "Try it with a few users before rolling it out.",
    ],
    effort: "high",
    time: "Days to weeks, depending on the tool.",
    effects: ["scale:friction"],
  },
  monitoring: {
    purpose: "Notice unusual use or new threats early, and be open about what is watched.",
    steps: [
      "Decide what needs watching and why.",
      "Tell staff plainly what is watched and what is not.",
      "Review what was seen each month.",
    ],
    effort: "medium",
    time: "A few days to set up, then an hour a month.",
    effects: ["item:controls_reviewed"],
  },
  access_review: {
    purpose: "Make sure people can reach the information they need, and nothing more.",
    steps: [
      "List who can see and change each kind of sensitive information.",
      "Ask each team lead to confirm what their people need.",
      "Remove what is not needed and write down the date.",
    ],
    effort: "medium",
    time: "A day or two per work system.",
    effects: ["item:controls_reviewed"],
  },
  incident_exercise: {
    purpose: "Practise what happens in an incident before a real one comes.",
    steps: [
      "Write a short, believable incident story.",
      "Walk through it with the people who would be involved.",
      "Note what was unclear and fix it.",
    ],
    effort: "low",
    time: "Two hours, plus an hour to prepare.",
    effects: ["item:need_incident_team", "scale:error_openness"],
  },
  creative_engagement: {
    purpose: "Make security something people like to talk about, through games, stories or humour.",
    steps: [
      "Choose a format the firm enjoys: a quiz, a story, a short video.",
      "Build it around real situations from the survey, with no one made a fool of.",
      "Run it in a team meeting and collect what people say.",
    ],
    effort: "low",
    time: "Half a day to prepare, half an hour per team.",
    effects: ["indicator:negative_feelings", "indicator:disengagement"],
  },
  communication_review: {
    purpose: "Check that security messages are short, plain and say why.",
    steps: [
      "Collect the security messages staff received in the last months.",
      "Run them through the communication check and mark jargon and blame.",
      "Rewrite the worst ones with a few readers from the staff.",
    ],
    effort: "low",
    time: "One or two days.",
    effects: ["indicator:negative_communication", "item:aware_controls"],
  },
  data_inventory: {
    purpose: "Know which information is sensitive, where it lives and who looks after it.",
    steps: [
      "List the kinds of information each work system uses.",
      "Mark how sensitive each is and where it is kept.",
      "Name a role that looks after each kind.",
    ],
    effort: "medium",
    time: "A day per work system.",
    effects: ["item:need_data_ownership", "item:job_requires_attention"],
  },
  supplier_review: {
    purpose: "Check what partners and suppliers can reach and what they promise.",
    steps: [
      "List partners with access to the firm's information or systems.",
      "Check what they can reach and what their contract says.",
      "Close what is not needed.",
    ],
    effort: "medium",
    time: "Half a day per important partner.",
    effects: ["item:controls_reviewed"],
  },
  shared_language: {
    purpose: "Let staff and security people use the same everyday words for security things.",
    steps: [
      "Collect the security terms staff find hard, from the survey and the dialogues.",
      "Agree a plain word or short phrase for each, together with staff.",
      "Use the list in every message and check new texts against it.",
    ],
    effort: "low",
    time: "Two short meetings, then a habit.",
    effects: ["indicator:negative_communication", "indicator:conflict", "item:aware_controls"],
  },
  no_blame_review: {
    purpose: "Learn from incidents and near misses by asking what in the work made them likely.",
    steps: [
      "Agree that reviews look at the work, never at who slipped.",
      "After each incident or near miss, ask what made the mistake easy.",
      "Change one thing in the work and tell everyone what was learnt.",
    ],
    effort: "medium",
    time: "An hour per review, plus a short agreement at the start.",
    effects: [
      "indicator:blame",
      "scale:blame_seeking",
      "scale:blame_personal",
      "scale:blame_hiding",
      "scale:error_openness",
      "scale:error_causes",
      "scale:error_change",
    ],
  },
  guideline_action: {
    purpose: "Close the gap between one guideline and how one work system really runs.",
    steps: [
      "Take the finding with its evidence and workarounds to the people of that work system.",
      "Ask why the work and the guideline part ways.",
      "Change the work, the tool or the guideline, whichever fits best.",
      "Rate the guideline again once the change has settled.",
    ],
    effort: "medium",
    time: "A meeting and a few days of changes per finding.",
    effects: ["scale:friction"],
  },
};

export const EFFORT_LABELS: Readonly<Record<Effort, string>> = {
  low: "Low effort",
  medium: "Medium effort",
  high: "High effort",
};
