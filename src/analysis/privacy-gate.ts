/**
 * The privacy gate: the one place that decides which groups of respondents may be shown.
 * Every report, export and API response is built from its decisions, so no path can show a
 * group smaller than the minimum size.
 *
 * Primary suppression hides every group with fewer respondents than the minimum (default 5,
 * never below 3). Secondary suppression: when exactly one group of a dimension is hidden, its
 * figures could be recovered by subtracting the shown groups from the total, so the next
 * smallest group is hidden too (ties broken by name, so the choice is stable). Respondents
 * without a value for the dimension form a group of their own under the same rule.
 */
export const DEFAULT_MIN_GROUP_SIZE = 5;
export const SMALLEST_MIN_GROUP_SIZE = 3;

export interface GroupCount {
  key: string | null;
  n: number;
}

export interface GroupDecision extends GroupCount {
  suppressed: boolean;
  reason?: "below_minimum" | "secondary";
}

/** A stored minimum below the floor is raised to it rather than trusted. */
export function effectiveMinimum(minGroupSize: number | undefined): number {
  if (minGroupSize === undefined || !Number.isFinite(minGroupSize)) return DEFAULT_MIN_GROUP_SIZE;
  return Math.max(SMALLEST_MIN_GROUP_SIZE, Math.floor(minGroupSize));
}

export function gateGroups(groups: readonly GroupCount[], minGroupSize: number): GroupDecision[] {
  const min = effectiveMinimum(minGroupSize);
  const decisions: GroupDecision[] = groups.map((g) =>
    g.n < min ? { ...g, suppressed: true, reason: "below_minimum" } : { ...g, suppressed: false },
  );
  const hidden = decisions.filter((d) => d.suppressed).length;
  if (hidden === 1) {
    const next = decisions
      .filter((d) => !d.suppressed)
      .sort((a, b) => a.n - b.n || compareKeys(a.key, b.key))[0];
    if (next) Object.assign(next, { suppressed: true, reason: "secondary" as const });
  }
  return decisions;
}

/** Whether the whole population may be shown at all. */
export function totalVisible(n: number, minGroupSize: number): boolean {
  return n >= effectiveMinimum(minGroupSize);
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
