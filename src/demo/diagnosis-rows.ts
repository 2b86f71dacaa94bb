import { LIFE_POSITION_SCALES, type ScaleDefinition, scalesOf } from "../analysis/scales.js";
import { relationshipDiagnosis } from "../instrument/builtin/diagnostics/relationship-diagnosis.js";
import { itemsOf } from "../instrument/instrument.js";
import { COMMUNITIES, type Community } from "../organisation/organisation.js";
import { dealByScore, drawer } from "./deal.js";
import type { DemoRow } from "./demo-row.js";
import {
  FRICTION_EXAMPLES,
  PROPOSED_REQUIREMENTS,
  SPEAK_UP_IDEAS,
  WORKAROUND_TEXTS,
} from "./diagnosis-texts.js";
import { mulberry32, normal, type Random, seedFor, shuffle } from "./prng.js";
import { RELATIONSHIP_ORGANISATION } from "./relationship-rows.js";

/**
 * Relationship-diagnosis demo: the staff, IT security team and managers of the invented firm
 * of the relationship demo answer the combined diagnosis questionnaire, in two waves.
 *
 * Wave 1 (before): staff see the IT security team as able but distant and talking down
 * (ok_notok); the IT security team sees staff as not OK (the "weakest link" view); managers are
 * seen as OK; blame is medium-high and friction high. Wave 2 (after security dialogues and
 * champions): less distance and talking down, less blame, a little less friction, while some
 * scales stay where they were (error_change, error_support, blame_hiding, blame_self), so not
 * everything moves.
 *
 * Each person has one latent level per scale (the group's mean plus a personal deviation) and
 * answers each item around it with noise, so a scale's items hang together as real ones do.
 */
export type DiagnosisWave = 1 | 2;

/** Departments as in the relationship demo, plus IT where the security team sits. */
const STAFF: Record<DiagnosisWave, readonly (readonly [string, Community, number])[]> = {
  1: [
    ["Warehouse", "employees", 20],
    ["Customer service", "employees", 15],
    ["Transport planning", "employees", 13],
    ["Sales", "employees", 10],
    ["Finance", "employees", 9],
    ["HR", "employees", 3],
    ["Warehouse", "management", 3],
    ["Customer service", "management", 2],
    ["Transport planning", "management", 2],
    ["Sales", "management", 2],
    ["Finance", "management", 2],
    ["HR", "management", 1],
    ["IT", "it_security", 8],
  ],
  2: [
    ["Warehouse", "employees", 19],
    ["Customer service", "employees", 15],
    ["Transport planning", "employees", 12],
    ["Sales", "employees", 10],
    ["Finance", "employees", 9],
    ["HR", "employees", 3],
    ["Warehouse", "management", 3],
    ["Customer service", "management", 2],
    ["Transport planning", "management", 2],
    ["Sales", "management", 2],
    ["Finance", "management", 2],
    ["HR", "management", 1],
    ["IT", "it_security", 8],
  ],
};

type Means = Record<string, number>;

/** Life positions: how each community (row) sees each other one, as [ok, treats] means. */
const LIFE: Record<Community, Record<Community, readonly [number, number]>> = {
  employees: { employees: [3.8, 3.7], it_security: [3.8, 2.3], management: [3.6, 3.4] },
  it_security: { employees: [2.2, 3.3], it_security: [4.2, 3.8], management: [3.4, 3.3] },
  management: { employees: [3.3, 3.6], it_security: [3.9, 2.7], management: [4.0, 3.8] },
};

/** Wave 2 moves: only what the dialogues and champions would touch. */
const LIFE_WAVE_2: Partial<
  Record<Community, Partial<Record<Community, readonly [number, number]>>>
> = {
  employees: { it_security: [3.9, 3.2] },
  it_security: { employees: [2.7, 3.5] },
  management: { it_security: [3.9, 3.2] },
};

const CLIMATE: Record<Community, Means> = {
  employees: {
    error_openness: 2.7,
    error_causes: 2.6,
    error_change: 2.8,
    error_fairness: 2.5,
    error_support: 3.2,
    blame_seeking: 3.7,
    blame_personal: 3.5,
    blame_hiding: 3.4,
    blame_self: 3.2,
    friction: 3.9,
    involvement: 2.2,
  },
  it_security: {
    error_openness: 3.1,
    error_causes: 3.0,
    error_change: 3.1,
    error_fairness: 3.0,
    error_support: 3.4,
    blame_seeking: 3.5,
    blame_personal: 3.2,
    blame_hiding: 3.5,
    blame_self: 2.7,
    friction: 2.7,
    involvement: 3.6,
  },
  management: {
    error_openness: 3.3,
    error_causes: 3.0,
    error_change: 3.2,
    error_fairness: 3.2,
    error_support: 3.6,
    blame_seeking: 3.2,
    blame_personal: 3.1,
    blame_hiding: 3.1,
    blame_self: 2.9,
    friction: 3.4,
    involvement: 2.9,
  },
};

/** Added to every community's wave-1 mean in wave 2. Missing scales do not move. */
const CLIMATE_WAVE_2: Means = {
  error_openness: 0.4,
  error_causes: 0.3,
  error_fairness: 0.4,
  blame_seeking: -0.6,
  blame_personal: -0.5,
  friction: -0.3,
  involvement: 0.5,
};

/** Shift work and distance from the office make some departments a little more critical. */
const DEPARTMENT_MOOD: Record<string, number> = {
  Warehouse: -0.3,
  "Customer service": 0,
  "Transport planning": -0.1,
  Sales: 0.1,
  Finance: 0.3,
  HR: 0.2,
  IT: 0,
};

/** How many write an answer to each open question, per wave (the pools hold enough texts). */
const WRITTEN: Record<DiagnosisWave, Record<string, number>> = {
  1: {
    friction_example: 26,
    workarounds_other: 15,
    proposed_requirements: 20,
    ec_employee_idea: 15,
  },
  2: {
    friction_example: 21,
    workarounds_other: 12,
    proposed_requirements: 22,
    ec_employee_idea: 15,
  },
};

const POOLS: Record<string, readonly string[]> = {
  friction_example: FRICTION_EXAMPLES,
  workarounds_other: WORKAROUND_TEXTS,
  proposed_requirements: PROPOSED_REQUIREMENTS,
  ec_employee_idea: SPEAK_UP_IDEAS,
};

interface Person {
  id: number;
  group: string;
  community: Community;
  /** Latent level per scale code, on the 1..5 answer scale. */
  level: Map<string, number>;
}

const SCALES = scalesOf(relationshipDiagnosis);

function meanFor(scale: ScaleDefinition, community: Community, wave: DiagnosisWave): number {
  for (const about of COMMUNITIES) {
    const axes = LIFE_POSITION_SCALES[about];
    if (scale.code !== axes.ok && scale.code !== axes.treats) continue;
    const pair =
      (wave === 2 ? LIFE_WAVE_2[community]?.[about] : undefined) ?? LIFE[community][about];
    return scale.code === axes.ok ? pair[0] : pair[1];
  }
  const base = CLIMATE[community][scale.code] ?? 3;
  return wave === 2 ? base + (CLIMATE_WAVE_2[scale.code] ?? 0) : base;
}

function buildPeople(random: Random, wave: DiagnosisWave): Person[] {
  const people: Person[] = [];
  for (const [group, community, count] of STAFF[wave]) {
    for (let k = 0; k < count; k++) {
      const mood = (DEPARTMENT_MOOD[group] ?? 0) + 0.3 * normal(random);
      const level = new Map<string, number>();
      for (const scale of SCALES) {
        // Mood lifts the healthy end of every scale a little, so scales correlate as in life.
        const sign = scale.higherIsBetter ? 1 : -1;
        level.set(scale.code, 0.7 * normal(random) + sign * mood);
      }
      people.push({ id: people.length, group, community, level });
    }
  }
  // Personal deviations are centred within each community, so each group's mean is the one
  // planned above and a change between waves is the planned change, not a chance draw.
  for (const community of COMMUNITIES) {
    const mine = people.filter((p) => p.community === community);
    for (const scale of SCALES) {
      const drift = mine.reduce((sum, p) => sum + (p.level.get(scale.code) ?? 0), 0) / mine.length;
      const mean = meanFor(scale, community, wave);
      for (const p of mine) p.level.set(scale.code, mean + (p.level.get(scale.code) ?? 0) - drift);
    }
  }
  return people;
}

const clamp = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

function likertAnswers(person: Person, random: Random): Map<string, string> {
  const out = new Map<string, string>();
  for (const scale of SCALES) {
    const level = person.level.get(scale.code) ?? 3;
    for (const item of scale.items) {
      // People rarely judge a group they seldom meet: a few "don't know" on the life positions.
      if (item.startsWith("lp_") && random() < 0.03) {
        out.set(item, "dont_know");
        continue;
      }
      const value = clamp(level + 0.75 * normal(random));
      out.set(item, String(scale.reversed.includes(item) ? 6 - value : value));
    }
  }
  return out;
}

function pick<T extends string>(random: Random, weights: readonly (readonly [T, number])[]): T {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of weights) {
    r -= w;
    if (r < 0) return value;
  }
  return (weights[weights.length - 1] as readonly [T, number])[0];
}

function blameWho(person: Person, random: Random): string {
  const blame = person.level.get("blame_seeking") ?? 3;
  const staff = person.community === "it_security" ? 6 : 4;
  return pick(random, [
    ["employees", staff * (blame - 1.5)],
    ["it_security", person.community === "employees" ? 1.5 : 0.5],
    ["management", 0.6],
    ["outsiders", 0.5],
    ["nobody", 4.5 - blame],
    ["dont_know", 2],
  ]);
}

const SITUATIONS = [
  "password_rules",
  "locked_out",
  "extra_login_steps",
  "blocked_sites",
  "software_install",
  "sharing_files",
  "email_filters",
  "remote_work",
  "own_device",
  "waiting_support",
  "training_time",
];
const WORKAROUNDS = [
  "share_passwords",
  "use_colleague_access",
  "write_down_passwords",
  "reuse_passwords",
  "personal_device",
  "personal_email",
  "personal_storage",
  "skip_step",
  "leave_unlocked",
  "turn_off_setting",
];

/** A few choices, more for people who feel more friction; "none" when nothing is picked. */
function several(options: readonly string[], chance: number, random: Random): string {
  const chosen = options.filter(() => random() < chance);
  return chosen.length > 0 ? chosen.join(";") : "none";
}

function asked(person: Person, random: Random): string {
  const involvement = person.level.get("involvement") ?? 3;
  if (random() < 0.08) return "dont_know";
  return random() < (involvement - 1.5) / 4 ? "yes" : "no";
}

/** Who writes: those who feel most friction write about it; anyone may write the rest. */
function written(people: readonly Person[], wave: DiagnosisWave): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  for (const [item, count] of Object.entries(WRITTEN[wave])) {
    const random = mulberry32(seedFor(wave * 1000, `written:${item}`));
    const next = drawer(POOLS[item] ?? [], random, item);
    const score = (id: number) =>
      (item === "ec_employee_idea" ? 0 : (people[id]?.level.get("friction") ?? 3)) + normal(random);
    const dealt = dealByScore(
      people.map((p) => p.id),
      score,
      [
        ["write", count],
        ["skip", people.length - count],
      ],
    );
    const texts = new Map<number, string>();
    for (const [id, choice] of [...dealt.entries()].sort((a, b) => a[0] - b[0]))
      if (choice === "write") texts.set(id, next());
    out.set(item, texts);
  }
  return out;
}

/** The respondents of one wave, identical on every call. Rows in submission order. */
export function diagnosisRows(wave: DiagnosisWave): DemoRow[] {
  const stream = (label: string) => mulberry32(seedFor(2024 + wave, label));
  const people = buildPeople(stream("people"), wave);
  const texts = written(people, wave);
  const answers = stream("answers");
  const choices = stream("choices");
  const codes = itemsOf(relationshipDiagnosis).map((i) => i.code);
  const rows = people.map((person): DemoRow => {
    const likert = likertAnswers(person, answers);
    const friction = person.level.get("friction") ?? 3;
    const values: Record<string, string> = {
      own_community: person.community,
      blame_who: blameWho(person, choices),
      friction_situations: several(SITUATIONS, Math.max(0.02, (friction - 2) / 9), choices),
      workarounds_seen:
        choices() < 0.1
          ? "dont_know"
          : several(WORKAROUNDS, Math.max(0.02, (friction - 2.3) / 9), choices),
      asked_about_rules: asked(person, choices),
    };
    const row: DemoRow = {
      organisation: RELATIONSHIP_ORGANISATION,
      sector: "services",
      size_band: "medium",
      community: person.community,
      group: person.group,
    };
    for (const code of codes)
      row[code] = likert.get(code) ?? values[code] ?? texts.get(code)?.get(person.id) ?? "";
    return row;
  });
  return shuffle(rows, stream("order"));
}
