import { dealByScore, drawer, pickIds, type Quota } from "./deal.js";
import type { DemoRow } from "./demo-row.js";
import { mulberry32, normal, type Random, seedFor, shuffle } from "./prng.js";
import {
  CLEAR_COMMUNICATION,
  EXPERIENCE_POSITIVE,
  JARGON_OBSTACLE,
  NEGATIVE_EXPERIENCE,
  NO_NEGATIVE_EXPERIENCE,
  TROUBLED_COMMUNICATION,
} from "./relationship-texts-experience.js";
import {
  DISTANT_RELATIONSHIP,
  ITS_FEELINGS_ABOUT_EMPLOYEES,
  LUKEWARM_RELATIONSHIP,
  POOR_RELATIONSHIP,
  RELATIONSHIP_GOOD_BAD,
  RELATIONSHIP_THEIR_VIEW,
  WARM_RELATIONSHIP,
} from "./relationship-texts-relationship.js";
import {
  HELPFUL_WHY,
  type HelpfulAnswer,
  ITS_TASKS,
  ITS_WORKING_STYLE,
  type TonePools,
} from "./relationship-texts-staff.js";

/**
 * Relationship demo: one invented firm whose 92 employees answer the security-relationship
 * questionnaire so that the counts paper 004 reports for its 92 respondents come out exactly.
 */
export const RELATIONSHIP_ORGANISATION = "Northwind Logistics (demo)";
export const RELATIONSHIP_RESPONDENTS = 92;

/** Departments and their sizes; HR has exactly 3 so the group breakdown must suppress it. */
export const RELATIONSHIP_GROUPS = [
  ["Warehouse", 25],
  ["Customer service", 20],
  ["Transport planning", 18],
  ["Sales", 14],
  ["Finance", 12],
  ["HR", 3],
] as const satisfies readonly (readonly [string, number])[];

export const RELATIONSHIP_TARGETS = {
  // 71 found them helpful to some degree (paper 004); the yes/partly split is ours.
  its_helpful: { yes: 58, partly: 13, no: 18, never_needed: 3 },
  // Only 5 in regular contact (weekly or daily); the rest is spread by our judgement.
  contact_frequency: { never: 23, rarely: 50, monthly: 14, weekly: 4, daily: 1 },
} as const satisfies Record<string, Record<string, number>>;

/** Respondents who say they never had a bad experience (paper 004: 62 of 92). */
export const NO_NEGATIVE_EXPERIENCE_COUNT = 62;
/** Respondents who name IT jargon as an obstacle to understanding (paper 004: 26). */
export const JARGON_OBSTACLE_COUNT = 26;
/** Respondents who call the relationship distant or non-existent (paper 004: 33). */
export const DISTANT_RELATIONSHIP_COUNT = 33;
/** Respondents who call it poor or bad outright (paper 004 puts 6 answers there). */
export const POOR_RELATIONSHIP_COUNT = 6;
export const EMPTY_RELATIONSHIP_OWN_VIEW = 11;

type Plan = Record<HelpfulAnswer, number>;

/*
 * Who says what, by their answer to its_helpful, so the open answers agree with the closed one:
 * unhelpful experiences come mostly from those who said "no". Each column adds up to the
 * its_helpful target and each row to its named count.
 */
const EXPERIENCE_NEGATIVE_PLAN = {
  none: { yes: 52, partly: 7, no: 0, never_needed: 3 },
  described: { yes: 1, partly: 5, no: 12, never_needed: 0 },
  empty: { yes: 5, partly: 1, no: 6, never_needed: 0 },
} as const satisfies Record<string, Plan>;

const COMMUNICATION_PLAN = {
  jargon: { yes: 7, partly: 7, no: 12, never_needed: 0 },
  clear: { yes: 37, partly: 3, no: 0, never_needed: 2 },
  troubled: { yes: 4, partly: 2, no: 4, never_needed: 0 },
  empty: { yes: 10, partly: 1, no: 2, never_needed: 1 },
} as const satisfies Record<string, Plan>;

/** How many leave each remaining open item empty (all between 10% and 40% of 92). */
export const EMPTY_ANSWERS = {
  its_helpful_why: 12,
  its_tasks: 20,
  its_working_style: 24,
  experience_positive: 28,
  relationship_their_view: 30,
  relationship_good_bad: 33,
  its_feelings_about_employees: 36,
} as const;

export const RELATIONSHIP_OPEN_ITEMS = [
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
] as const;

type OpenItem = (typeof RELATIONSHIP_OPEN_ITEMS)[number];

// A few who found them helpful still write critically (slow, hard to reach), as real people do.
const CRITICAL_AMONG_HELPFUL = 4;
const CRITICAL_AMONG_PARTLY = 6;
const SEED = 2020;

/**
 * What one wave of the demo firm answers. Wave 1 reproduces the published counts; a later
 * wave (relationship-wave-2.ts) is the same firm after its security dialogues.
 */
export interface RelationshipWave {
  seed: number;
  targets: {
    its_helpful: Record<HelpfulAnswer, number>;
    contact_frequency: Record<"never" | "rarely" | "monthly" | "weekly" | "daily", number>;
  };
  experiencePlan: Record<"none" | "described" | "empty", Plan>;
  communicationPlan: Record<"jargon" | "clear" | "troubled" | "empty", Plan>;
  noNegativeExperience: number;
  jargonObstacle: number;
  distantRelationship: number;
  poorRelationship: number;
  emptyOwnView: number;
  criticalAmongHelpful: number;
  criticalAmongPartly: number;
}

export const RELATIONSHIP_WAVE_1: RelationshipWave = {
  seed: SEED,
  targets: RELATIONSHIP_TARGETS,
  experiencePlan: EXPERIENCE_NEGATIVE_PLAN,
  communicationPlan: COMMUNICATION_PLAN,
  noNegativeExperience: NO_NEGATIVE_EXPERIENCE_COUNT,
  jargonObstacle: JARGON_OBSTACLE_COUNT,
  distantRelationship: DISTANT_RELATIONSHIP_COUNT,
  poorRelationship: POOR_RELATIONSHIP_COUNT,
  emptyOwnView: EMPTY_RELATIONSHIP_OWN_VIEW,
  criticalAmongHelpful: CRITICAL_AMONG_HELPFUL,
  criticalAmongPartly: CRITICAL_AMONG_PARTLY,
};

/** Leans slightly worse in the warehouse (shift work, far from the office) and better in finance. */
const DEPARTMENT_MOOD: Record<string, number> = {
  Warehouse: -0.5,
  "Customer service": 0,
  "Transport planning": -0.2,
  Sales: 0.1,
  Finance: 0.5,
  HR: 0.3,
};

interface Employee {
  id: number;
  group: string;
  helpful: HelpfulAnswer;
  contact: string;
  /** Which voice their open answers take; "absent" people never dealt with security staff. */
  tone: "warm" | "critical" | "absent";
}

function quotasOf(target: Record<string, number>, order: readonly string[]): Quota[] {
  return order.map((option) => [option, target[option] ?? 0]);
}

function buildEmployees(random: Random, wave: RelationshipWave): Employee[] {
  const groups = RELATIONSHIP_GROUPS.flatMap(([name, size]) =>
    Array.from({ length: size }, () => name),
  );
  const ids = groups.map((_, i) => i);
  const groupOf = (id: number) => groups[id] as string;
  const mood = (id: number) => (DEPARTMENT_MOOD[groupOf(id)] ?? 0) + normal(random);
  const helpfulTarget = wave.targets.its_helpful;
  const neverNeeded = new Set(pickIds(ids, helpfulTarget.never_needed, random));
  const rest = ids.filter((id) => !neverNeeded.has(id));
  const helpful = dealByScore(rest, mood, quotasOf(helpfulTarget, ["yes", "partly", "no"]));
  for (const id of neverNeeded) helpful.set(id, "never_needed");

  // Those who never needed them never deal with them. Otherwise contact barely depends on how
  // helpful people find them: unhappy people have usually had contact too, that is why.
  const contactScore = (id: number) => (helpful.get(id) === "no" ? 0.1 : 0.3) + normal(random);
  const contactTarget = wave.targets.contact_frequency;
  const contact = dealByScore(rest, contactScore, [
    ...quotasOf(contactTarget, ["daily", "weekly", "monthly", "rarely"]),
    ["never", contactTarget.never - neverNeeded.size],
  ]);
  for (const id of neverNeeded) contact.set(id, "never");

  const critical = new Set<number>();
  const withAnswer = (answer: HelpfulAnswer) => ids.filter((id) => helpful.get(id) === answer);
  for (const id of withAnswer("no")) critical.add(id);
  for (const id of pickIds(withAnswer("partly"), wave.criticalAmongPartly, random))
    critical.add(id);
  for (const id of pickIds(withAnswer("yes"), wave.criticalAmongHelpful, random)) critical.add(id);

  return ids.map((id) => ({
    id,
    group: groupOf(id),
    helpful: helpful.get(id) as HelpfulAnswer,
    contact: contact.get(id) as string,
    tone: neverNeeded.has(id) ? "absent" : critical.has(id) ? "critical" : "warm",
  }));
}

type Answers = Map<OpenItem, Map<number, string>>;

/** Deals one planned item: per its_helpful answer, a given number of people draw from a pool. */
function dealPlanned(
  people: readonly Employee[],
  plan: Record<string, Plan>,
  pools: Record<string, readonly string[] | null>,
  random: Random,
  label: string,
): Map<number, string> {
  const out = new Map<number, string>();
  const draw = Object.fromEntries(
    Object.entries(pools).map(([key, pool]) => [
      key,
      pool ? drawer(pool, random, `${label} ${key}`) : () => "",
    ]),
  );
  for (const answer of ["yes", "partly", "no", "never_needed"] as const) {
    let queue = shuffle(
      people.filter((p) => p.helpful === answer),
      random,
    );
    for (const [key, counts] of Object.entries(plan)) {
      const taken = queue.slice(0, counts[answer]);
      queue = queue.slice(counts[answer]);
      for (const p of taken) out.set(p.id, (draw[key] as () => string)());
    }
    if (queue.length > 0) throw new Error(`${label}: the plan leaves ${answer} respondents out`);
  }
  return out;
}

/** Fails if a plan row drifts from the named count it is meant to produce. */
function checkPlan(plan: Record<string, Plan>, row: string, expected: number): void {
  const total = Object.values(plan[row] ?? {}).reduce((sum, n) => sum + n, 0);
  if (total !== expected) throw new Error(`plan row ${row} gives ${total}, not ${expected}`);
}

function dealOpen(
  people: readonly Employee[],
  stream: (label: string) => Random,
  wave: RelationshipWave,
): Answers {
  checkPlan(wave.experiencePlan, "none", wave.noNegativeExperience);
  checkPlan(wave.communicationPlan, "jargon", wave.jargonObstacle);
  const answers: Answers = new Map();
  const ids = people.map((p) => p.id);
  const person = (id: number) => people[id] as Employee;

  const random = stream("its_helpful_why");
  const whyEmpty = new Set(pickIds(ids, EMPTY_ANSWERS.its_helpful_why, random));
  const whyDraw = Object.fromEntries(
    Object.entries(HELPFUL_WHY).map(([answer, pool]) => [
      answer,
      drawer(pool, random, `its_helpful_why ${answer}`),
    ]),
  ) as Record<HelpfulAnswer, () => string>;
  answers.set(
    "its_helpful_why",
    new Map(ids.map((id) => [id, whyEmpty.has(id) ? "" : whyDraw[person(id).helpful]()])),
  );

  const toned = (item: keyof typeof EMPTY_ANSWERS & OpenItem, pools: TonePools) => {
    const random = stream(item);
    const speakers = ids.filter((id) => person(id).tone !== "absent");
    const absent = ids.length - speakers.length;
    const silent = new Set(pickIds(speakers, EMPTY_ANSWERS[item] - absent, random));
    const warm = drawer(pools.warm, random, `${item} warm`);
    const critical = drawer(pools.critical, random, `${item} critical`);
    const out = new Map<number, string>();
    for (const id of ids) {
      const tone = person(id).tone;
      if (tone === "absent" || silent.has(id)) out.set(id, "");
      else out.set(id, tone === "warm" ? warm() : critical());
    }
    answers.set(item, out);
  };
  toned("its_tasks", ITS_TASKS);
  toned("its_working_style", ITS_WORKING_STYLE);
  toned("experience_positive", EXPERIENCE_POSITIVE);
  toned("relationship_their_view", RELATIONSHIP_THEIR_VIEW);
  toned("relationship_good_bad", RELATIONSHIP_GOOD_BAD);
  toned("its_feelings_about_employees", ITS_FEELINGS_ABOUT_EMPLOYEES);

  answers.set(
    "experience_negative",
    dealPlanned(
      people,
      wave.experiencePlan,
      { none: NO_NEGATIVE_EXPERIENCE, described: NEGATIVE_EXPERIENCE, empty: null },
      stream("experience_negative"),
      "experience_negative",
    ),
  );
  answers.set(
    "communication_understandable",
    dealPlanned(
      people,
      wave.communicationPlan,
      {
        jargon: JARGON_OBSTACLE,
        clear: CLEAR_COMMUNICATION,
        troubled: TROUBLED_COMMUNICATION,
        empty: null,
      },
      stream("communication_understandable"),
      "communication_understandable",
    ),
  );
  answers.set("relationship_own_view", dealOwnView(people, stream("relationship_own_view"), wave));
  return answers;
}

/**
 * Poor comes from the unhappy; distant from those who rarely or never deal with them; the
 * remaining dissatisfied sound lukewarm rather than glowing.
 */
function dealOwnView(
  people: readonly Employee[],
  random: Random,
  wave: RelationshipWave,
): Map<number, string> {
  const out = new Map<number, string>();
  const unhappy = people.filter((p) => p.helpful === "no").map((p) => p.id);
  const poor = new Set(pickIds(unhappy, wave.poorRelationship, random));
  const rest = people.filter((p) => !poor.has(p.id));
  const distance: Record<string, number> = {
    never: 2,
    rarely: 1,
    monthly: 0,
    weekly: -3,
    daily: -3,
  };
  const byDistance = dealByScore(
    rest.map((p) => p.id),
    (id) => (distance[(people[id] as Employee).contact] ?? 0) + normal(random),
    [
      ["distant", wave.distantRelationship],
      ["other", rest.length - wave.distantRelationship],
    ],
  );
  const others = rest.map((p) => p.id).filter((id) => byDistance.get(id) === "other");
  const silent = new Set(pickIds(others, wave.emptyOwnView, random));
  const nextPoor = drawer(POOR_RELATIONSHIP, random, "relationship poor");
  const nextDistant = drawer(DISTANT_RELATIONSHIP, random, "relationship distant");
  const nextWarm = drawer(WARM_RELATIONSHIP, random, "relationship warm");
  const nextLukewarm = drawer(LUKEWARM_RELATIONSHIP, random, "relationship lukewarm");
  for (const p of people) {
    if (poor.has(p.id)) out.set(p.id, nextPoor());
    else if (byDistance.get(p.id) === "distant") out.set(p.id, nextDistant());
    else if (silent.has(p.id)) out.set(p.id, "");
    else out.set(p.id, p.tone === "critical" ? nextLukewarm() : nextWarm());
  }
  return out;
}

/** The 92 employees of the relationship demo (wave 1 unless said), identical on every call. */
export function relationshipRows(wave: RelationshipWave = RELATIONSHIP_WAVE_1): DemoRow[] {
  const stream = (label: string) => mulberry32(seedFor(wave.seed, label));
  const people = buildEmployees(stream("people"), wave);
  const open = dealOpen(people, stream, wave);
  const text = (item: OpenItem, id: number) => open.get(item)?.get(id) ?? "";
  // Rows in submission order, not sorted by department, as an online survey export would be.
  return shuffle(people, stream("order")).map((p) => ({
    organisation: RELATIONSHIP_ORGANISATION,
    sector: "services",
    size_band: "medium",
    community: "employees",
    group: p.group,
    // Questionnaire order, so an exported CSV reads like the form.
    its_helpful: p.helpful,
    its_helpful_why: text("its_helpful_why", p.id),
    its_tasks: text("its_tasks", p.id),
    its_working_style: text("its_working_style", p.id),
    experience_negative: text("experience_negative", p.id),
    experience_positive: text("experience_positive", p.id),
    communication_understandable: text("communication_understandable", p.id),
    contact_frequency: p.contact,
    relationship_own_view: text("relationship_own_view", p.id),
    relationship_their_view: text("relationship_their_view", p.id),
    relationship_good_bad: text("relationship_good_bad", p.id),
    its_feelings_about_employees: text("its_feelings_about_employees", p.id),
  }));
}
