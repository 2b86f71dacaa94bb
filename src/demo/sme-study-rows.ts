import { dealByScore, drawer, type Quota } from "./deal.js";
import type { DemoRow } from "./demo-row.js";
import { mulberry32, normal, type Random, seedFor, shuffle } from "./prng.js";
import { SECURITY_OBSTACLES, SECURITY_REQUIREMENT_IDEAS, type Sector } from "./sme-texts.js";

/**
 * Baseline demo: 187 respondents from 39 invented UK SMEs, answering the SME questionnaire so
 * that every closed item reproduces the figure paper 000 reports (as a share of all 187,
 * rounded to whole percent). The counts below are the single source of truth; the rows are
 * dealt from them.
 */
export const SME_RESPONDENTS = 187;

export const SME_TARGETS = {
  // Screening item: the study only interviewed people who handle sensitive data.
  handles_sensitive_data: { yes: 187, no: 0 },
  aware_controls: { yes: 97, no: 90 }, // 48.1% not aware
  // formal + in_development = 71 (38.0%); the paper does not split the two, 52/19 is our guess.
  policy_status: { formal: 52, in_development: 19, informal: 49, none: 21, dont_know: 46 },
  // The paper only says "a significant number"; 70% yes reads as a clear majority.
  need_responsible_person: { yes: 131, no: 24, dont_know: 32 },
  need_incident_team: { yes: 84, no: 58, dont_know: 45 }, // 44.9% yes
  need_data_ownership: { yes: 90, no: 52, dont_know: 45 }, // 48.1% yes
  controls_reviewed: { yes: 48, no: 95, dont_know: 44 }, // 50.8% no
  controls_updates_aware: { yes: 146, no: 41 }, // 21.9% not aware
  involved_requirements: { yes: 32, no: 155 }, // 82.9% not involved
  job_requires_attention: { yes: 88, no: 99 }, // 52.9% say no
  security_prioritised: { yes: 75, no: 112 }, // 59.9% say no
  received_training: { yes: 90, no: 97 }, // 51.9% no training
} as const satisfies Record<string, Record<string, number>>;

export type SmeClosedItem = keyof typeof SME_TARGETS;

/** Open answers: about a third describe an obstacle, about a quarter propose a rule. */
export const SME_OPEN_SHARE = { security_obstacles: 1 / 3, requirements_ideas: 1 / 4 } as const;

type SizeBand = "micro" | "small" | "medium";
type Firm = readonly [name: string, sector: Sector, size: SizeBand, respondents: number];

/*
 * Paper 000 names the three sectors and the 5-250 staff range but gives no split of firms by
 * sector or size, so this split is invented: 13 manufacturing, 16 services, 10 retail firms;
 * 20 small, 16 medium and 3 micro (one per sector, each too small a cell to show, so the
 * privacy suppression is visible in sector x size breakdowns). 33 firms have 5 respondents,
 * 4 have 4 and 2 have 3, which gives 187.
 */
export const SME_FIRMS: readonly Firm[] = [
  ["Harbour Joinery Ltd", "manufacturing", "small", 5],
  ["Copperleaf Print Works Ltd", "manufacturing", "medium", 5],
  ["Tidemark Precision Engineering", "manufacturing", "medium", 5],
  ["Bramblecote Bakery Supplies Ltd", "manufacturing", "small", 5],
  ["Kestrel Marine Fabrications", "manufacturing", "medium", 5],
  ["Oakhanger Cabinetmakers", "manufacturing", "micro", 4],
  ["Saltmarsh Plastics Ltd", "manufacturing", "medium", 5],
  ["Fennel & Grain Food Co.", "manufacturing", "small", 4],
  ["Greywether Signmakers Ltd", "manufacturing", "small", 5],
  ["Lapwing Textiles Ltd", "manufacturing", "medium", 5],
  ["Redpoll Electronics Assembly Ltd", "manufacturing", "small", 5],
  ["Quillfeather Brewing Co.", "manufacturing", "small", 5],
  ["Westwold Packaging Ltd", "manufacturing", "medium", 5],
  ["Penrose & Vale Accountants", "services", "small", 5],
  ["Bluewater Lettings Ltd", "services", "small", 5],
  ["Hollyhock Home Care Ltd", "services", "medium", 5],
  ["Sandpiper Travel Bureau", "services", "small", 5],
  ["Larkspur Dental Practice", "services", "small", 4],
  ["Northgate Freight Brokers Ltd", "services", "medium", 5],
  ["Calloway Hart Solicitors", "services", "small", 5],
  ["Thistledown Veterinary Surgery", "services", "small", 5],
  ["Wrenfield Recruitment Ltd", "services", "small", 5],
  ["Goldcrest Facilities Management", "services", "medium", 5],
  ["Marigold Events & Catering", "services", "small", 5],
  ["Plover Bookkeeping Services", "services", "micro", 3],
  ["Ashdown Insurance Brokers Ltd", "services", "medium", 5],
  ["Quayside Architects LLP", "services", "small", 5],
  ["Birchmoor Training Academy", "services", "medium", 5],
  ["Heronsgate Property Management", "services", "medium", 5],
  ["Pebble & Pine Garden Centre", "retail", "medium", 5],
  ["Hearthside Bakery Shops", "retail", "small", 5],
  ["Cobnut Cycles", "retail", "small", 4],
  ["Velvet Thimble Fabrics", "retail", "micro", 3],
  ["Whimbrel Chemists Group", "retail", "medium", 5],
  ["Tinderbox Lane Hardware", "retail", "small", 5],
  ["Mossgrove Farm Shop", "retail", "small", 5],
  ["Seaspray Surf & Outdoor", "retail", "small", 5],
  ["Corvid Home Furnishings Ltd", "retail", "medium", 5],
  ["Meadowsweet Convenience Stores", "retail", "medium", 5],
];

const DEPARTMENTS: Record<Sector, readonly string[]> = {
  manufacturing: ["Workshop", "Production", "Warehouse", "Office", "Sales", "Finance"],
  services: ["Office", "Sales", "Finance", "Operations", "Customer service"],
  retail: ["Shop floor", "Warehouse", "Sales", "Office", "Customer service", "Finance"],
};

/** A department that exists in one firm only, so a group breakdown has a cell below 5. */
export const RARE_DEPARTMENT = { firm: "Copperleaf Print Works Ltd", group: "Design studio" };

// Most firms let an owner or line manager be interviewed; fewer have anyone who looks after IT.
const FIRMS_WITH_MANAGER = 30;
const FIRMS_WITH_IT_PERSON = 10;
const SEED = 20171001;

type Community = "employees" | "management" | "it_security";

interface Respondent {
  id: number;
  firm: Firm;
  community: Community;
  group: string;
  /** How security-minded this person and their workplace are; drives every answer a little. */
  latent: number;
}

function buildRespondents(random: Random): Respondent[] {
  const firmIds = SME_FIRMS.map((_, i) => i);
  const withManager = new Set(shuffle(firmIds, random).slice(0, FIRMS_WITH_MANAGER));
  const withIt = new Set(shuffle(firmIds, random).slice(0, FIRMS_WITH_IT_PERSON));
  const out: Respondent[] = [];
  SME_FIRMS.forEach((firm, f) => {
    const [name, sector, size, count] = firm;
    const maturity = normal(random);
    const communities: Community[] = [];
    if (withManager.has(f)) communities.push("management");
    if (withIt.has(f)) communities.push("it_security");
    while (communities.length < count) communities.push("employees");
    let rareLeft = name === RARE_DEPARTMENT.firm ? 2 : 0;
    for (const community of shuffle(communities, random)) {
      let group: string;
      if (community === "management") group = "Management";
      // In a small firm whoever looks after IT usually sits in the office and does other jobs.
      else if (community === "it_security") group = size === "medium" ? "IT" : "Office";
      else if (rareLeft > 0) {
        group = RARE_DEPARTMENT.group;
        rareLeft--;
      } else group = shuffle(DEPARTMENTS[sector], random)[0] as string;
      const bonus = community === "it_security" ? 0.9 : community === "management" ? 0.3 : 0;
      // Firms differ, but colleagues differ more: in the paper, awareness of a policy and its
      // existence part ways, which can only happen person by person.
      const latent = 0.6 * maturity + bonus + 0.8 * normal(random);
      out.push({ id: out.length, firm, community, group, latent });
    }
  });
  return out;
}

type Answers = Map<SmeClosedItem, Map<number, string>>;

function target(item: SmeClosedItem, option: string): number {
  return (SME_TARGETS[item] as Record<string, number>)[option] ?? 0;
}

function dealClosed(people: readonly Respondent[], random: Random): Answers {
  const ids = people.map((p) => p.id);
  const person = (id: number) => people[id] as Respondent;
  const jitter = (id: number, spread = 1) => person(id).latent + spread * normal(random);
  const answers: Answers = new Map();
  const is = (item: SmeClosedItem, id: number, option: string) =>
    answers.get(item)?.get(id) === option;
  const deal = (
    item: SmeClosedItem,
    score: (id: number) => number,
    order: readonly string[],
    among: readonly number[] = ids,
  ) => {
    const dealt = dealByScore(
      among,
      score,
      order.map((option): Quota => [option, target(item, option)]),
    );
    const merged = answers.get(item) ?? new Map<number, string>();
    for (const [id, option] of dealt) merged.set(id, option);
    answers.set(item, merged);
  };
  // "Don't know" is a matter of the person's awareness; the rest is a matter of the firm.
  const unaware = (id: number) => -jitter(id) + (is("aware_controls", id, "no") ? 1.2 : 0);
  const dealWithDontKnow = (
    item: SmeClosedItem,
    score: (id: number) => number,
    order: readonly string[],
  ) => {
    const unsure = target(item, "dont_know");
    const first = dealByScore(ids, unaware, [
      ["dont_know", unsure],
      ["known", ids.length - unsure],
    ]);
    const known = ids.filter((id) => first.get(id) === "known");
    deal(
      item,
      () => 0,
      ["dont_know"],
      ids.filter((id) => first.get(id) === "dont_know"),
    );
    deal(item, score, order, known);
  };

  deal("handles_sensitive_data", () => 0, ["yes", "no"]);
  deal("received_training", (id) => jitter(id), ["yes", "no"]);
  // Training is the obvious way people learn which controls exist.
  deal("aware_controls", (id) => jitter(id) + (is("received_training", id, "yes") ? 0.6 : 0), [
    "yes",
    "no",
  ]);
  deal("controls_updates_aware", (id) => jitter(id) + (is("aware_controls", id, "yes") ? 0.6 : 0), [
    "yes",
    "no",
  ]);
  dealWithDontKnow("policy_status", (id) => jitter(id, 0.5), [
    "formal",
    "in_development",
    "informal",
    "none",
  ]);
  dealWithDontKnow("controls_reviewed", (id) => jitter(id, 0.5), ["yes", "no"]);
  // Wanting more structure is spread fairly evenly across good and weak firms.
  for (const item of [
    "need_responsible_person",
    "need_incident_team",
    "need_data_ownership",
  ] as const) {
    dealWithDontKnow(item, () => normal(random), ["yes", "no"]);
  }
  const roleBonus = (id: number) =>
    person(id).community === "it_security" ? 2.5 : person(id).community === "management" ? 1.2 : 0;
  deal("involved_requirements", (id) => jitter(id) + roleBonus(id), ["yes", "no"]);
  deal("job_requires_attention", (id) => jitter(id, 1.2), ["yes", "no"]);
  deal(
    "security_prioritised",
    (id) => jitter(id) + (is("job_requires_attention", id, "yes") ? 0.8 : 0),
    ["yes", "no"],
  );
  return answers;
}

interface OpenAnswers {
  obstacle: string;
  idea: string;
}

function dealOpen(
  people: readonly Respondent[],
  answers: Answers,
  random: Random,
): Map<number, OpenAnswers> {
  const out = new Map<number, OpenAnswers>();
  for (const sector of ["manufacturing", "services", "retail"] as const) {
    const inSector = people.filter((p) => p.firm[1] === sector).map((p) => p.id);
    const obstacles = Math.round(inSector.length * SME_OPEN_SHARE.security_obstacles);
    const ideas = Math.round(inSector.length * SME_OPEN_SHARE.requirements_ideas);
    const nextObstacle = drawer(SECURITY_OBSTACLES[sector], random, `${sector} obstacles`);
    const nextIdea = drawer(SECURITY_REQUIREMENT_IDEAS[sector], random, `${sector} ideas`);
    const objects = dealByScore(inSector, () => random(), [
      ["y", obstacles],
      ["n", inSector.length - obstacles],
    ]);
    // People who already help shape the rules are readier to propose some.
    const involved = answers.get("involved_requirements");
    const proposes = dealByScore(
      inSector,
      (id) => random() + (involved?.get(id) === "yes" ? 0.4 : 0),
      [
        ["y", ideas],
        ["n", inSector.length - ideas],
      ],
    );
    for (const id of inSector) {
      out.set(id, {
        obstacle: objects.get(id) === "y" ? nextObstacle() : "",
        idea: proposes.get(id) === "y" ? nextIdea() : "",
      });
    }
  }
  return out;
}

/** The 187 SME respondents, one row each, identical on every call. */
export function smeStudyRows(): DemoRow[] {
  const random = mulberry32(SEED);
  const people = buildRespondents(random);
  const closed = dealClosed(people, random);
  // Its own stream, so editing a text pool leaves the closed answers as they are.
  const open = dealOpen(people, closed, mulberry32(seedFor(SEED, "open answers")));
  return people.map((p) => {
    const row: DemoRow = {
      organisation: p.firm[0],
      sector: p.firm[1],
      size_band: p.firm[2],
      community: p.community,
      group: p.group,
    };
    for (const item of Object.keys(SME_TARGETS) as SmeClosedItem[]) {
      row[item] = closed.get(item)?.get(p.id) ?? "";
    }
    row.security_obstacles = open.get(p.id)?.obstacle ?? "";
    row.requirements_ideas = open.get(p.id)?.idea ?? "";
    return row;
  });
}
