/**
 * Work System Theory's vocabulary as stable codes. The codes are stored in files, answers and
 * reports, so they never change; the labels are what people read and may be reworded.
 */

/** The nine elements of the work system framework, customers first because the work is for them. */
export const ELEMENTS = [
  "customers",
  "products_services",
  "processes_activities",
  "participants",
  "information",
  "technologies",
  "environment",
  "infrastructure",
  "strategies",
] as const;
export type WorkSystemElement = (typeof ELEMENTS)[number];

export const ELEMENT_LABELS: Readonly<Record<WorkSystemElement, string>> = {
  customers: "Customers",
  products_services: "Products and services",
  processes_activities: "Processes and activities",
  participants: "Participants",
  information: "Information",
  technologies: "Technologies",
  environment: "Environment",
  infrastructure: "Infrastructure",
  strategies: "Strategies",
};

/** One plain line per element, for help texts and report headings. */
export const ELEMENT_DESCRIPTIONS: Readonly<Record<WorkSystemElement, string>> = {
  customers: "The people, inside or outside the firm, who get what the work produces.",
  products_services: "What the work produces for those customers.",
  processes_activities: "The steps people and machines take to do the work.",
  participants: "The people who do the work, including the staff who look after security.",
  information: "The information the work uses and creates.",
  technologies: "The devices, software and tools the work relies on.",
  environment: "The firm, the sector and the rules around the work.",
  infrastructure: "The shared systems and services the work draws on but does not own.",
  strategies: "The plans and choices that steer the work.",
};

/** The work system life cycle, in order. Operation and maintenance is where the work runs. */
export const PHASES = [
  "initiation",
  "development",
  "implementation",
  "operation_maintenance",
] as const;
export type LifeCyclePhase = (typeof PHASES)[number];

/**
 * The phases of planned change that carry their own guidelines. Operation and maintenance has
 * none of its own: the element guidelines describe a work system while it runs.
 */
export const PLANNED_PHASES = ["initiation", "development", "implementation"] as const;
export type PlannedPhase = (typeof PLANNED_PHASES)[number];

export const PHASE_LABELS: Readonly<Record<LifeCyclePhase, string>> = {
  initiation: "Initiation",
  development: "Development",
  implementation: "Implementation",
  operation_maintenance: "Operation and maintenance",
};

export const PHASE_DESCRIPTIONS: Readonly<Record<LifeCyclePhase, string>> = {
  initiation: "A change is proposed, its goals are set and money and time are agreed.",
  development: "The software, documents and training the change needs are made or bought.",
  implementation: "The change is put to work in the firm and people start working the new way.",
  operation_maintenance: "The work system runs day to day and is adjusted as needs change.",
};

/** How much harm it would do if a piece of information got out, lowest first. */
export const SENSITIVITY_LEVELS = [
  "public",
  "internal",
  "confidential",
  "special_category",
] as const;
export type SensitivityLevel = (typeof SENSITIVITY_LEVELS)[number];

export const SENSITIVITY_LABELS: Readonly<Record<SensitivityLevel, string>> = {
  public: "Public",
  internal: "Internal",
  confidential: "Confidential",
  special_category: "Special category",
};

export const SENSITIVITY_DESCRIPTIONS: Readonly<Record<SensitivityLevel, string>> = {
  public: "Anyone may see it, such as prices on the website.",
  internal: "Meant for staff, but little harm if it got out, such as a rota.",
  confidential: "Would harm the firm or a person if it got out, such as contracts or payroll.",
  special_category:
    "Needs the most care by law, such as health, religion or ethnic origin of a person.",
};

export function isElement(value: unknown): value is WorkSystemElement {
  return typeof value === "string" && (ELEMENTS as readonly string[]).includes(value);
}

export function isPhase(value: unknown): value is LifeCyclePhase {
  return typeof value === "string" && (PHASES as readonly string[]).includes(value);
}

export function isPlannedPhase(value: unknown): value is PlannedPhase {
  return typeof value === "string" && (PLANNED_PHASES as readonly string[]).includes(value);
}
