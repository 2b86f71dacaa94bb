import { wilsonInterval } from "../analysis/wilson.js";
import { maskPersonalData } from "../text/mask.js";
import type { Workaround } from "../worksystem/worksystem.service.js";
import { type Gated, type Grouping, hidden, type Respondent } from "./groups.js";
import type { OpenAnswer } from "./pair-indicators.js";

/**
 * The workaround register: what the analyst recorded per work system, grouped by guideline,
 * beside what respondents report. Respondents' side is counted (how many picked each common
 * workaround, how many written answers describe one); written answers are quoted only when
 * enough of them describe a workaround, only from groups the privacy gate shows, masked, and
 * sorted by text so their order says nothing about who wrote them.
 */
export interface WorkSystemWorkarounds {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly workarounds: readonly Workaround[];
}

export interface GuidelineWorkarounds {
  /** Null for workarounds recorded against an element only. */
  readonly guideline: string | null;
  readonly element: string | null;
  readonly workarounds: readonly { description: string; noted_on: string }[];
}

export interface SeenOption {
  readonly option: string;
  readonly label: string;
  readonly count: number;
  readonly share: number;
  readonly low: number;
  readonly high: number;
}

export interface WorkaroundRegister {
  readonly work_systems: readonly {
    id: string;
    name: string;
    group: string;
    guidelines: readonly GuidelineWorkarounds[];
  }[];
  /** The closed question on what people do instead, over everyone who answered it. */
  readonly seen: Gated<{ n: number; options: readonly SeenOption[] }>;
  /** Written answers on friction and workarounds that describe a workaround. */
  readonly written: Gated<{ answers: number; describing: number; quotes: readonly string[] }>;
}

const WORKAROUND_ITEMS = ["workarounds_other", "friction_example"];
/** Short answers that say there is nothing to tell ("None", "Nothing that I know of."). */
const NOTHING =
  /^\s*(none|no|nothing|n\/?a|not really|-+|\.+|no idea|not that i know|don'?t know)\b/i;
/** Words that say the writer describes doing something other than the rule. */
const WORKAROUND_WORDS =
  /\b(share[sd]? (a |the |my |our )?(password|login)|write (it|them|passwords?) down|written down|own (phone|laptop|device|computer)|personal (e-?mail|account|phone)|usb|memory stick|dropbox|whatsapp|skip(ped|s)?|work ?around|get (a)?round|bypass|colleague'?s? (login|account)|stay(s)? logged in|turn(ed)? off|leave (it|the screen) unlocked)\b/i;
const QUOTES = 5;
const last = (option: string) => (option === "none" || option === "dont_know" ? 1 : 0);

export function describesWorkaround(answer: OpenAnswer): boolean {
  if (answer.item === "workarounds_other")
    return !(answer.body.length <= 40 && NOTHING.test(answer.body)) && answer.body.trim() !== "";
  return WORKAROUND_WORDS.test(answer.body);
}

function register(systems: readonly WorkSystemWorkarounds[]): WorkaroundRegister["work_systems"] {
  return systems.map((ws) => {
    const byGuideline = new Map<string, GuidelineWorkarounds>();
    for (const w of ws.workarounds) {
      const key = w.guideline ?? `element:${w.element ?? ""}`;
      const held = byGuideline.get(key) ?? {
        guideline: w.guideline,
        element: w.element,
        workarounds: [],
      };
      byGuideline.set(key, {
        ...held,
        workarounds: [...held.workarounds, { description: w.description, noted_on: w.noted_on }],
      });
    }
    const guidelines = [...byGuideline.values()].sort((a, b) =>
      (a.guideline ?? `~${a.element}`).localeCompare(b.guideline ?? `~${b.element}`),
    );
    return { id: ws.id, name: ws.name, group: ws.group, guidelines };
  });
}

export function workaroundRegister(
  grouping: Grouping,
  respondents: readonly Respondent[],
  openAnswers: readonly OpenAnswer[],
  systems: readonly WorkSystemWorkarounds[],
  labels: ReadonlyMap<string, string> = new Map(),
): WorkaroundRegister {
  const min = grouping.min;
  const answeredSeen = respondents
    .map((r) => r.choices.get("workarounds_seen"))
    .filter((c): c is readonly string[] => c !== undefined && !c.includes("dont_know"));
  let seen: WorkaroundRegister["seen"];
  if (!grouping.totalShown) seen = hidden("below_minimum", min);
  else if (answeredSeen.length === 0) seen = hidden("no_answers", min);
  else if (answeredSeen.length < min) seen = hidden("too_few_answers", min);
  else {
    const n = answeredSeen.length;
    const counts = new Map<string, number>();
    for (const chosen of answeredSeen)
      for (const option of chosen) counts.set(option, (counts.get(option) ?? 0) + 1);
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    const options = [...counts.entries()]
      // Most named first; "none of these" and "don't know" last, as they are no workaround.
      .sort((a, b) => last(a[0]) - last(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([option, count]) => {
        const [low, high] = wilsonInterval(count, n) ?? [0, 1];
        const label = labels.get(option) ?? option;
        return { option, label, count, share: r3(count / n), low: r3(low), high: r3(high) };
      });
    seen = { suppressed: false, n, options };
  }
  const relevant = openAnswers.filter((a) => WORKAROUND_ITEMS.includes(a.item));
  const describing = relevant.filter(describesWorkaround);
  // Quotes come only from groups the gate shows, as everywhere written answers are read.
  const shownIds = new Set(
    grouping.groups.flatMap((g) => (g.hiddenAs ? [] : g.members.map((m) => m.id))),
  );
  const quotable = describing.filter((a) => shownIds.has(a.respondent));
  let written: WorkaroundRegister["written"];
  if (!grouping.totalShown) written = hidden("below_minimum", min);
  else if (relevant.length === 0) written = hidden("no_answers", min);
  else {
    // Counts are shown; the words only when enough people describe a workaround.
    const quotes =
      quotable.length >= min
        ? quotable
            .map((a) => maskPersonalData(a.body))
            .sort((a, b) => a.localeCompare(b, "en"))
            .slice(0, QUOTES)
        : [];
    written = {
      suppressed: false,
      answers: relevant.length,
      describing: describing.length,
      quotes,
    };
  }
  return { work_systems: register(systems), seen, written };
}
