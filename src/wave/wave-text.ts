import type { Change, LinkedAction } from "./wave-compare.js";

/**
 * The words of the wave comparison: one sentence per change, with both figures, the
 * difference and its interval, and the actions that aimed at it. Actions "may have helped";
 * a survey of two waves cannot show that they did.
 */
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-03-02" as "2 March 2026". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1] ?? ""} ${year}`;
}

function rounded(x: number, unit: Change["unit"]): string {
  // A bound just off zero keeps a decimal, so "0 to 28" never stands for an interval that
  // leaves zero out.
  const whole = Math.round(x);
  const text =
    unit === "mean" ? x.toFixed(2) : whole === 0 && x !== 0 ? x.toFixed(1) : String(whole);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

function signed(x: number, unit: Change["unit"]): string {
  const text = rounded(x, unit);
  return x > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

function figure(value: number, unit: Change["unit"]): string {
  return unit === "percent" ? `${Math.round(value)}%` : value.toFixed(2);
}

/** "-18 points, 95% CI -29 to -7" */
export function differenceText(change: Change): string {
  if (change.difference === null || change.ci95 === null) return "";
  const one = Math.abs(Math.round(change.difference)) === 1;
  const unit = change.unit === "percent" ? (one ? " point" : " points") : "";
  const [low, high] = change.ci95;
  const round = (x: number) => rounded(x, change.unit);
  return `${signed(change.difference, change.unit)}${unit}, 95% CI ${round(low)} to ${round(high)}`;
}

export const MOVED_WORDS: Record<NonNullable<Change["moved"]>, string> = {
  better: "Better, beyond chance",
  worse: "Worse, beyond chance",
  no_clear_change: "No clear change: the difference could be chance",
  changed: "Changed beyond chance",
};

export const SHORT_MOVED: Record<NonNullable<Change["moved"]>, string> = {
  better: "Better",
  worse: "Worse",
  changed: "Changed",
  no_clear_change: "No clear change",
};

function subject(change: Change): string {
  const who =
    change.community === undefined || change.community === null
      ? ""
      : ` (${change.community.replace("_", " ")})`;
  if (change.kind === "item") return `people who ${change.measure}${who}`;
  if (change.kind === "indicator") return `${change.measure}${who}`;
  return `the mean of "${change.label}"${who}`;
}

function actionsText(actions: readonly LinkedAction[]): string {
  const parts = actions.map((a) => `${a.title} started ${longDate(a.startedOn)}`);
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

export function changeSentence(change: Change): string {
  if (change.earlier === null || change.later === null || change.difference === null) return "";
  const from = figure(change.earlier.value, change.unit);
  const to = figure(change.later.value, change.unit);
  const core =
    from === to
      ? `${subject(change)} stayed at about ${from}`
      : `${subject(change)} ${change.difference > 0 ? "rose" : "fell"} from ${from} to ${to}`;
  const body = `${core} (${differenceText(change)}).`;
  if (change.actions.length === 0) return capitalise(body);
  const they = change.actions.length === 1 ? "it" : "they";
  const reading =
    change.moved === "better"
      ? ` ${capitalise(they)} may have helped.`
      : change.moved === "worse"
        ? ` The change went the other way, so ${they} did not show the hoped-for effect yet.`
        : change.moved === "no_clear_change"
          ? " No clear change yet; it may take another wave to tell."
          : "";
  return `${actionsText(change.actions)}; ${body}${reading}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The changes that moved beyond chance, scales first. Statements that make up a scale are
 * summed up by their scale, so they are left out here when there are scales.
 */
export function movedChanges(changes: readonly Change[]): Change[] {
  const hasScales = changes.some((c) => c.kind === "scale");
  const order = { scale: 0, item: 1, indicator: 2 };
  return changes
    .filter((c) => c.moved !== null && c.moved !== "no_clear_change")
    .filter((c) => !(hasScales && c.scale))
    .sort((a, b) => order[a.kind] - order[b.kind]);
}
