import { SCALES } from "../analysis/scales.js";
import { BUILTIN_INSTRUMENTS } from "../instrument/builtin/index.js";
import type { IndicatorCode } from "../text/indicators/types.js";
import { INDICATOR_LABELS } from "../text/open-answer-list.js";
import { BUILTIN_CATALOGUE } from "../worksystem/catalogue/index.js";

/**
 * What an effect code ("indicator:blame", "item:contact_frequency") means, in words a manager
 * reads without a codebook. Codes stay the stored form; pages show this and keep the code as a
 * tooltip for the analyst.
 */
export function effectLabel(effect: string): string {
  const colon = effect.indexOf(":");
  const kind = effect.slice(0, colon);
  const code = effect.slice(colon + 1);
  switch (kind) {
    case "indicator": {
      const label = INDICATOR_LABELS[code as IndicatorCode];
      return label ? `Sign: ${label.toLowerCase()}` : effect;
    }
    case "scale": {
      const scale = SCALES.find((s) => s.code === code);
      return scale ? `Score: ${scale.label}` : effect;
    }
    case "item": {
      const text = itemText(code);
      return text ? `Question: ${shorten(text)}` : effect;
    }
    case "finding":
    case "life_position": {
      const guideline = BUILTIN_CATALOGUE.guidelines.find((g) => g.code === code);
      return guideline ? `Guideline: ${shorten(guideline.statement)}` : effect;
    }
    default:
      return effect;
  }
}

function itemText(code: string): string | undefined {
  for (const instrument of BUILTIN_INSTRUMENTS)
    for (const section of instrument.sections)
      for (const item of section.items) if (item.code === code) return item.text;
  return undefined;
}

const shorten = (text: string, max = 70): string =>
  text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max - 1))} ...`;
