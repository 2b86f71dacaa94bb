import { SCALES } from "../analysis/scales.js";
import type { Community } from "../organisation/organisation.js";
import {
  ACTION_INTERVENTIONS,
  type ActionIntervention,
  interventionLabel,
} from "../worksystem/interventions.js";
import { CATALOGUE, type CatalogueEntry, EFFORT_LABELS } from "./catalogue-entries.js";
import type { Rule, RuleFile } from "./recommendation-rules.js";
import { type EffectCode, effectCode, type Signal } from "./signal.js";

/**
 * Turns signals into recommended interventions by the rules of a rule file. One
 * recommendation per intervention: every rule and signal that spoke for it is kept as a reason
 * with its evidence, and the more (and the stronger) the reasons, the higher it is listed.
 */
export interface Reason {
  rule: string;
  rule_version: string;
  text: string;
  evidence: string;
  strength: number;
  signal: Signal;
}

export interface Recommendation {
  intervention: ActionIntervention;
  label: string;
  strength: number;
  reasons: Reason[];
  /** What the intervention should move: the signals behind it first, then its usual effects. */
  effects: EffectCode[];
  /** The work systems the findings behind it concern, where any do. */
  work_systems: { id: string; name: string }[];
  catalogue: CatalogueEntry;
}

const SENTENCE_NAMES: Record<Community, string> = {
  employees: "employees",
  it_security: "IT security staff",
  management: "managers",
};

const isShare = (signal: Signal) =>
  signal.kind === "indicator" || signal.kind === "item" || signal.kind === "finding";

function figure(signal: Signal, x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return "not known";
  return isShare(signal) ? `${Math.round(x * 100)}%` : x.toFixed(1);
}

function inside(x: number | undefined, b: { at_least?: number; at_most?: number } | undefined) {
  if (b === undefined) return true;
  if (x === undefined || !Number.isFinite(x)) return false;
  return (
    (b.at_least === undefined || x >= b.at_least) && (b.at_most === undefined || x <= b.at_most)
  );
}

/** Whether one rule fires on one signal. */
export function ruleMatches(rule: Rule, signal: Signal): boolean {
  const w = rule.when;
  if (signal.kind !== w.kind) return false;
  if (w.codes && !w.codes.includes(signal.code)) return false;
  if (w.community && (!signal.community || !w.community.includes(signal.community))) return false;
  if (w.about && (!signal.about || !w.about.includes(signal.about))) return false;
  if (w.severity && !(w.severity as readonly string[]).includes(signal.severity ?? ""))
    return false;
  if (w.work_system === true && !signal.workSystem) return false;
  if (w.work_system === false && signal.workSystem) return false;
  return inside(signal.value, w.value) && inside(signal.low, w.low) && inside(signal.high, w.high);
}

/** "Low effort: a short briefing ...", for lists and pages. */
export function effortLine(entry: CatalogueEntry): string {
  return `${EFFORT_LABELS[entry.effort]}: ${entry.time.charAt(0).toLowerCase()}${entry.time.slice(1)}`;
}

function scaleName(code: string): string {
  const scale = SCALES.find((s) => s.code === code);
  return scale ? `"${scale.label}"` : code;
}

/** Fills a reason template from the signal; the sentence starts with a capital letter. */
export function fillReason(template: string, signal: Signal): string {
  const values: Record<string, string> = {
    value: figure(signal, signal.value),
    low: figure(signal, signal.low),
    high: figure(signal, signal.high),
    n: String(signal.n),
    // A scale reads by its name ("People look for someone to blame"), not its code.
    code: signal.kind === "scale" ? scaleName(signal.code) : signal.code,
    community: signal.community ? SENTENCE_NAMES[signal.community] : "those asked",
    about: !signal.about
      ? "the people they work with"
      : signal.about === signal.community
        ? "their own group"
        : SENTENCE_NAMES[signal.about],
    work_system: signal.workSystem?.name ?? "the organisation as a whole",
    severity: signal.severity ?? "unrated",
    evidence: signal.evidence,
  };
  const text = template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SEVERITY_FACTOR: Record<string, number> = { high: 3, medium: 2, low: 1 };

/** How strongly one signal speaks for a rule: its weight, more for severe or clear signals. */
function strength(rule: Rule, signal: Signal): number {
  if (signal.kind === "finding") return rule.weight * (SEVERITY_FACTOR[signal.severity ?? ""] ?? 1);
  const span = isShare(signal) ? 1 : 4;
  const b = rule.when.value;
  let distance = 0;
  if (b?.at_least !== undefined) distance = Math.max(distance, signal.value - b.at_least);
  if (b?.at_most !== undefined) distance = Math.max(distance, b.at_most - signal.value);
  const margin = Math.min(1, Math.max(0, distance / span) * 2);
  return Math.round(rule.weight * (1 + margin) * 100) / 100;
}

function signalKey(s: Signal): string {
  return [s.kind, s.code, s.community ?? "", s.about ?? "", s.workSystem?.id ?? ""].join("|");
}

export function recommend(signals: readonly Signal[], rules: RuleFile): Recommendation[] {
  const byIntervention = new Map<ActionIntervention, Recommendation>();
  const seen = new Set<string>();
  for (const signal of signals) {
    for (const rule of rules.rules) {
      if (!ruleMatches(rule, signal)) continue;
      for (const intervention of rule.recommend) {
        const key = `${intervention}|${rule.id}|${signalKey(signal)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let rec = byIntervention.get(intervention);
        if (!rec) {
          rec = {
            intervention,
            label: interventionLabel(intervention),
            strength: 0,
            reasons: [],
            effects: [],
            work_systems: [],
            catalogue: CATALOGUE[intervention],
          };
          byIntervention.set(intervention, rec);
        }
        const s = strength(rule, signal);
        rec.reasons.push({
          rule: rule.id,
          rule_version: rule.version,
          text: fillReason(rule.reason, signal),
          evidence: signal.evidence,
          strength: s,
          signal,
        });
        rec.strength = Math.round((rec.strength + s) * 100) / 100;
        const effect = effectCode(signal.kind, signal.code);
        if (!rec.effects.includes(effect)) rec.effects.push(effect);
        const ws = signal.workSystem;
        if (ws && !rec.work_systems.some((w) => w.id === ws.id))
          rec.work_systems.push({ id: ws.id, name: ws.name });
      }
    }
  }
  const order = (code: ActionIntervention) => ACTION_INTERVENTIONS.indexOf(code);
  return [...byIntervention.values()]
    .map((rec) => ({
      ...rec,
      reasons: [...rec.reasons].sort((a, b) => b.strength - a.strength),
      effects: [...new Set([...rec.effects, ...rec.catalogue.effects])].slice(0, 40),
    }))
    .sort((a, b) => b.strength - a.strength || order(a.intervention) - order(b.intervention));
}
