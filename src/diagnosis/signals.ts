import { COMMUNITY_LABELS, type Community } from "../organisation/organisation.js";
import type { Signal } from "../plan/signal.js";
import { INDICATOR_LABELS } from "../text/open-answer-list.js";
import type { Diagnosis } from "./diagnosis.js";

/**
 * The diagnosis as signals for the recommendation rules: every shown figure, nothing hidden.
 * Indicators carry the combined share; scales their mean per community (and for everyone,
 * without a community); life-position cells their quadrant as the code and the weaker of the
 * two axis means as the value, since the weaker axis is what an intervention must lift.
 */
const who = (c: Community | null | "all"): string =>
  c === null
    ? "People who did not give their group"
    : c === "all"
      ? "Everyone"
      : COMMUNITY_LABELS[c];
const whom = (c: Community | null): string =>
  c === null ? "the firm as a whole" : lowerStart(COMMUNITY_LABELS[c]);
/** "Employees" becomes "employees" mid-sentence, but "IT security staff" keeps its capitals. */
const lowerStart = (s: string) =>
  /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number) => x.toFixed(1);
const range = (low: number | null, high: number | null, f: (x: number) => string) =>
  low === null || high === null ? "" : ` (95% CI ${f(low)} to ${f(high)})`;

function withCommunity(c: Community | null | "all"): { community?: Community } {
  return c === null || c === "all" ? {} : { community: c };
}

export function toSignals(d: Diagnosis): Signal[] {
  const out: Signal[] = [];
  for (const group of d.indicators) {
    if (group.suppressed) continue;
    for (const pair of group.pairs) {
      const c = pair.combined;
      if (c.suppressed) continue;
      out.push({
        kind: "indicator",
        code: pair.indicator,
        ...withCommunity(group.community),
        ...(pair.about === null ? {} : { about: pair.about }),
        value: c.share,
        low: c.low,
        high: c.high,
        n: c.n,
        evidence: `${who(group.community)} about ${whom(pair.about)}: ${INDICATOR_LABELS[pair.indicator].toLowerCase()} in ${pct(c.share)}${range(c.low, c.high, pct)}, ${c.count} of ${c.n} (${pair.sources
          .map((s) => s.from)
          .filter((f, i, all) => all.indexOf(f) === i)
          .join(" and ")} answers).`,
      });
    }
  }
  for (const scale of d.scales) {
    for (const cell of scale.cells) {
      if (cell.suppressed) continue;
      out.push({
        kind: "scale",
        code: scale.code,
        ...withCommunity(cell.community),
        value: cell.mean,
        ...(cell.low === null || cell.high === null ? {} : { low: cell.low, high: cell.high }),
        n: cell.n,
        evidence: `${who(cell.community)}: "${scale.label}" scores ${num(cell.mean)} of ${scale.points}${range(cell.low, cell.high, num)}, n = ${cell.n}.`,
      });
    }
  }
  for (const cell of d.life_positions?.cells ?? []) {
    if (cell.suppressed) continue;
    const weaker = cell.ok.mean <= cell.treats.mean ? cell.ok : cell.treats;
    out.push({
      kind: "life_position",
      code: cell.quadrant,
      community: cell.community,
      about: cell.about,
      value: weaker.mean,
      ...(weaker.low === null || weaker.high === null
        ? {}
        : { low: weaker.low, high: weaker.high }),
      n: Math.min(cell.ok.n, cell.treats.n),
      evidence: `${cell.reading} (able ${num(cell.ok.mean)}${range(cell.ok.low, cell.ok.high, num)}, treats others well ${num(cell.treats.mean)}${range(cell.treats.low, cell.treats.high, num)}, n = ${Math.min(cell.ok.n, cell.treats.n)}.)`,
    });
  }
  return out;
}
