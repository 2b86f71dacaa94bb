import { type Split, splitOf } from "../../shared/split.js";
import type { BlameDirection, IndicatorCode } from "../types.js";
import { EMPLOYEES_A } from "./employees-a.js";
import { EMPLOYEES_B } from "./employees-b.js";
import { EMPLOYEES_C } from "./employees-c.js";
import { MIXED_A } from "./mixed-a.js";
import { MIXED_B } from "./mixed-b.js";
import { MIXED_C } from "./mixed-c.js";
import { MIXED_D } from "./mixed-d.js";
import { MIXED_E } from "./mixed-e.js";
import { MIXED_F } from "./mixed-f.js";
import { POSITIVE_NEUTRAL } from "./positive-neutral.js";
import { STAFF_MANAGERS } from "./staff-managers.js";
import { TRICKY_A } from "./tricky-a.js";
import { TRICKY_B } from "./tricky-b.js";
import type { RawExample } from "./types.js";
import { VOICES_A } from "./voices-a.js";
import { VOICES_B } from "./voices-b.js";
import { VOICES_C } from "./voices-c.js";
import { VOICES_D } from "./voices-d.js";
import { VOICES_E } from "./voices-e.js";
import { VOICES_F } from "./voices-f.js";
import { VOICES_G } from "./voices-g.js";
import { VOICES_H } from "./voices-h.js";
import { VOICES_I } from "./voices-i.js";
import { VOICES_J } from "./voices-j.js";
import { VOICES_K } from "./voices-k.js";
import { VOICES_L } from "./voices-l.js";
import { VOICES_M } from "./voices-m.js";
import { VOICES_N } from "./voices-n.js";
import { VOICES_O } from "./voices-o.js";

export type { RawExample } from "./types.js";

export interface IndicatorExample {
  readonly text: string;
  readonly labels: ReadonlySet<IndicatorCode>;
  readonly directions: ReadonlySet<BlameDirection>;
  readonly split: Split;
}

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

function parse([text, labels]: RawExample): IndicatorExample {
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
  return { text, labels: codes, directions, split: splitOf(text) };
}

const RAW: readonly RawExample[] = [
  ...EMPLOYEES_A,
  ...EMPLOYEES_B,
  ...EMPLOYEES_C,
  ...STAFF_MANAGERS,
  ...POSITIVE_NEUTRAL,
  ...TRICKY_A,
  ...TRICKY_B,
  ...MIXED_A,
  ...MIXED_B,
  ...MIXED_C,
  ...MIXED_D,
  ...MIXED_E,
  ...MIXED_F,
  ...VOICES_A,
  ...VOICES_B,
  ...VOICES_C,
  ...VOICES_D,
  ...VOICES_E,
  ...VOICES_F,
  ...VOICES_G,
  ...VOICES_H,
  ...VOICES_I,
  ...VOICES_J,
  ...VOICES_K,
  ...VOICES_L,
  ...VOICES_M,
  ...VOICES_N,
  ...VOICES_O,
];

/** The labelled relationship corpus, in file order. */
export const INDICATOR_CORPUS: readonly IndicatorExample[] = RAW.map(parse);

export function corpusSplit(split: Split | readonly Split[]): IndicatorExample[] {
  const wanted = typeof split === "string" ? [split] : split;
  return INDICATOR_CORPUS.filter((e) => wanted.includes(e.split));
}
