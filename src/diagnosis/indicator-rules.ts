import type { Community } from "../organisation/organisation.js";
import type { IndicatorCode } from "../text/indicators/types.js";

/**
 * Which closed answers count as a sign of which relationship indicator, as data with the
 * reason beside each line, so an analyst can read and question every rule.
 *
 * A respondent shows the sign when their answer is on the problem side:
 * - scale "low": their scale score is below the midpoint (they lean towards disagreeing);
 *   "high": above it. A score exactly at the midpoint is no sign either way.
 * - likert "agree": they agree or strongly agree with the item as worded.
 * - choice: they picked one of the listed options.
 * `about` is whom the sign concerns: a community, "self" for the answering community itself,
 * or null when it is about the firm as a whole rather than one group.
 */
export type ClosedSource =
  | { readonly kind: "scale"; readonly scale: string; readonly side: "low" | "high" }
  | { readonly kind: "likert"; readonly item: string; readonly side: "agree" }
  | { readonly kind: "choice"; readonly item: string; readonly values: readonly string[] };

export interface ClosedIndicatorRule {
  readonly id: string;
  readonly indicator: IndicatorCode;
  readonly source: ClosedSource;
  readonly about: Community | "self" | null;
  readonly reason: string;
}

export const CLOSED_INDICATOR_RULES: readonly ClosedIndicatorRule[] = [
  {
    id: "its_treats_low",
    indicator: "power_imbalance",
    source: { kind: "scale", scale: "lp_it_security_treats", side: "low" },
    about: "it_security",
    reason:
      "Seeing the security team as not treating others as equals is how one side comes to stand above the other.",
  },
  {
    id: "its_talks_down",
    indicator: "negative_communication",
    source: { kind: "likert", item: "lp_its_treats_3", side: "agree" },
    about: "it_security",
    reason: "Feeling talked down to by the security team is a sign of poor communication.",
  },
  {
    id: "mgt_treats_low",
    indicator: "power_imbalance",
    source: { kind: "scale", scale: "lp_management_treats", side: "low" },
    about: "management",
    reason: "Managers seen as not treating others as equals point to an imbalance of power.",
  },
  {
    id: "employees_ok_low",
    indicator: "blame",
    source: { kind: "scale", scale: "lp_employees_ok", side: "low" },
    about: "employees",
    reason:
      "Seeing staff as not able or not well-meaning is the 'weakest link' view; from staff themselves it is self-blame.",
  },
  {
    id: "its_ok_low",
    indicator: "blame",
    source: { kind: "scale", scale: "lp_it_security_ok", side: "low" },
    about: "it_security",
    reason: "Seeing the security team as not able or not well-meaning casts them as useless.",
  },
  {
    id: "blame_who",
    indicator: "blame",
    source: { kind: "choice", item: "blame_who", values: ["employees"] },
    about: "employees",
    reason: "Saying staff usually get the blame when security goes wrong.",
  },
  {
    id: "blame_who_its",
    indicator: "blame",
    source: { kind: "choice", item: "blame_who", values: ["it_security"] },
    about: "it_security",
    reason: "Saying the security team usually gets the blame when security goes wrong.",
  },
  {
    id: "blame_who_mgt",
    indicator: "blame",
    source: { kind: "choice", item: "blame_who", values: ["management"] },
    about: "management",
    reason: "Saying managers usually get the blame when security goes wrong.",
  },
  {
    id: "blame_seeking_high",
    indicator: "blame",
    source: { kind: "scale", scale: "blame_seeking", side: "high" },
    about: null,
    reason: "A climate of looking for someone to blame, rather than a cause.",
  },
  {
    id: "blame_self_high",
    indicator: "blame",
    source: { kind: "scale", scale: "blame_self", side: "high" },
    about: "self",
    reason: "People blaming themselves when security goes wrong ('I'm the trouble').",
  },
  {
    id: "blame_hiding_high",
    indicator: "negative_feelings",
    source: { kind: "scale", scale: "blame_hiding", side: "high" },
    about: null,
    reason: "Keeping mistakes quiet shows fear of what happens when they come out.",
  },
  {
    id: "error_fairness_low",
    indicator: "negative_feelings",
    source: { kind: "scale", scale: "error_fairness", side: "low" },
    about: "management",
    reason: "Expecting to be punished for honest mistakes breeds worry and fear.",
  },
  {
    id: "error_openness_low",
    indicator: "negative_communication",
    source: { kind: "scale", scale: "error_openness", side: "low" },
    about: "management",
    reason: "When mistakes cannot be raised openly, contact is only about problems.",
  },
  {
    id: "friction_high",
    indicator: "conflict",
    source: { kind: "scale", scale: "friction", side: "high" },
    about: "it_security",
    reason: "Security rules seen as an obstacle to the work is friction with those who set them.",
  },
  {
    id: "involvement_low",
    indicator: "power_imbalance",
    source: { kind: "scale", scale: "involvement", side: "low" },
    about: "it_security",
    reason: "Rules made for staff but not with them: one side decides, the other complies.",
  },
  {
    id: "never_asked",
    indicator: "disengagement",
    source: { kind: "choice", item: "asked_about_rules", values: ["no"] },
    about: "it_security",
    reason: "Never being asked how the rules should work shows no regular contact on them.",
  },
];

/**
 * Whom the written answers to each open question are about, for the signs the text engine
 * finds in them. Blame is placed by the direction the text engine reads instead (towards
 * staff, the security team or oneself). Other open questions count as about the firm.
 */
export const OPEN_ITEM_ABOUT: Readonly<Record<string, { about: Community; reason: string }>> = {
  friction_example: {
    about: "it_security",
    reason: "It asks where security rules got in the way of the work.",
  },
  workarounds_other: {
    about: "it_security",
    reason: "It asks what people do when security rules are in the way.",
  },
  proposed_requirements: {
    about: "it_security",
    reason: "It asks which security rules people would set for their own job.",
  },
  ec_employee_idea: {
    about: "management",
    reason: "It asks what would make it easier to tell a manager about a mistake.",
  },
  // The open questions of the security-relationship questionnaire all ask about the security team.
  ...Object.fromEntries(
    [
      "its_helpful_why",
      "its_tasks",
      "its_working_style",
      "experience_negative",
      "experience_positive",
      "communication_understandable",
      "relationship_own_view",
      "relationship_their_view",
      "relationship_good_bad",
      "its_feelings_about_employees",
    ].map((item) => [
      item,
      { about: "it_security", reason: "It asks about the security team and working with them." },
    ]),
  ),
};
