import type { InstrumentDefinition, SectionDefinition } from "../../instrument.schema.js";
import { blameClimate } from "./blame-climate.js";
import { ANONYMOUS_NOTE, OWN_COMMUNITY } from "./common.js";
import { errorClimateEmployee } from "./error-climate-employee.js";
import { frictionInvolvement } from "./friction-involvement.js";
import { lifePositions } from "./life-positions.js";

/**
 * The whole diagnosis in one questionnaire a firm sends once: how the groups see each other
 * (life positions), how mistakes and blame are handled, and where security gets in the way.
 * The sections are the separate instruments' own sections, so every item keeps its code and
 * wording and the scales of src/analysis/scales.ts apply unchanged. The learning-from-mistakes
 * part uses the employee wording for everyone: managers answer it about their own team too.
 * own_community is asked once, first; the other instruments' "About you" sections are left out.
 */
const withoutAboutYou = (definition: InstrumentDefinition): SectionDefinition[] =>
  definition.sections.filter((s) => !s.items.some((i) => i.code === OWN_COMMUNITY.code));

/** Section codes made unique per part, so two parts may both have, say, a "friction" section. */
const part = (prefix: string, sections: SectionDefinition[]): SectionDefinition[] =>
  sections.map((s) => ({ ...s, code: `${prefix}_${s.code}` }));

export const relationshipDiagnosis: InstrumentDefinition = {
  code: "relationship-diagnosis",
  title: "How security and staff get on",
  description:
    "One questionnaire about how staff, the IT security team and managers work together. It asks how the groups see each other, how mistakes are handled, and where security gets in the way.",
  language: "en",
  intro: `We want to see how the groups in your firm get on and where security rules do not fit the work. The aim is to fix causes, not to find culprits. There are no right or wrong answers. ${ANONYMOUS_NOTE} Please don't name anyone.`,
  estimated_minutes: 25,
  sections: [
    { code: "about_you", title: "About you", items: [OWN_COMMUNITY] },
    ...part("lp", withoutAboutYou(lifePositions)),
    ...part("ec", withoutAboutYou(errorClimateEmployee)),
    ...part("bl", withoutAboutYou(blameClimate)),
    ...part("fi", withoutAboutYou(frictionInvolvement)),
  ],
};
