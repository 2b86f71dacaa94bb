import type { BlameDirection, IndicatorCode } from "../types.js";

const LABEL: Record<string, IndicatorCode> = {
  conflict: "conflict",
  comm: "negative_communication",
  feel: "negative_feelings",
  power: "power_imbalance",
  distance: "disengagement",
};
const DIRECTION: Record<string, BlameDirection> = {
  emp: "towards_employees",
  sec: "towards_security",
  self: "towards_self",
};

/** A statement's space-separated labels (see types.ts) as indicator codes and blame directions. */
export function parseLabels(
  text: string,
  labels: string,
): { labels: Set<IndicatorCode>; directions: Set<BlameDirection> } {
  const codes = new Set<IndicatorCode>();
  const directions = new Set<BlameDirection>();
  for (const label of labels.split(/\s+/).filter(Boolean)) {
    if (label.startsWith("blame:")) {
      const dir = DIRECTION[label.slice(6)];
      if (!dir) throw new Error(`unknown blame direction "${label}" in corpus: ${text}`);
      codes.add("blame");
      directions.add(dir);
      continue;
    }
    const code = LABEL[label];
    if (!code) throw new Error(`unknown label "${label}" in corpus: ${text}`);
    codes.add(code);
  }
  return { labels: codes, directions };
}
