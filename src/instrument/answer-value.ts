import { optionsOf } from "./instrument.js";
import type { ItemDefinition } from "./instrument.schema.js";

/**
 * Reads one answer as people write it in spreadsheets ("Yes", "yes", "Y", an option's label,
 * "3" on a Likert scale) into the stable value that is stored. Empty means "not answered".
 */
export type AnswerValue =
  | { kind: "choice"; choice: string }
  | { kind: "choices"; choices: string[] }
  | { kind: "number"; number: number }
  | { kind: "text"; body: string };

export type ParseResult = { ok: true; value: AnswerValue | null } | { ok: false; message: string };

export const DEFAULT_MAX_TEXT = 20000;

const YES_NO_ALIASES: Record<string, string> = {
  y: "yes",
  true: "yes",
  "1": "yes",
  n: "no",
  false: "no",
  "0": "no",
  dk: "dont_know",
  "don't know": "dont_know",
  "dont know": "dont_know",
  "do not know": "dont_know",
  "not sure": "dont_know",
};

function normalise(raw: string): string {
  return raw
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\u2019/g, "'")
    .toLowerCase();
}

/** Builds a lookup from every accepted spelling to the option code, once per item. */
function lookupFor(item: ItemDefinition): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const option of optionsOf(item)) {
    lookup.set(option.code, option.code);
    lookup.set(normalise(option.label), option.code);
  }
  if (item.type === "yes_no" || item.type === "likert") {
    for (const [alias, code] of Object.entries(YES_NO_ALIASES)) {
      if (item.type === "likert" && code !== "dont_know") continue;
      const known = [...lookup.values()].includes(code);
      if (known && !lookup.has(alias)) lookup.set(alias, code);
    }
  }
  return lookup;
}

const cache = new WeakMap<ItemDefinition, Map<string, string>>();

function codeFor(item: ItemDefinition, raw: string): string | undefined {
  let lookup = cache.get(item);
  if (!lookup) {
    lookup = lookupFor(item);
    cache.set(item, lookup);
  }
  return lookup.get(normalise(raw));
}

function allowed(item: ItemDefinition): string {
  return optionsOf(item)
    .map((o) => o.code)
    .join(", ");
}

function show(raw: string): string {
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  return clean.length > 40 ? `"${clean.slice(0, 40)}..."` : `"${clean}"`;
}

export function parseAnswer(item: ItemDefinition, raw: string, multiSeparator = ";"): ParseResult {
  if (raw.trim() === "") return { ok: true, value: null };
  switch (item.type) {
    case "yes_no":
    case "single_choice":
    case "likert": {
      const code = codeFor(item, raw);
      if (code === undefined) {
        return {
          ok: false,
          message: `${show(raw)} is not an answer to ${item.code}. Use one of: ${allowed(item)}.`,
        };
      }
      return { ok: true, value: { kind: "choice", choice: code } };
    }
    case "multiple_choice": {
      const parts = raw
        .split(multiSeparator)
        .map((p) => p.trim())
        .filter((p) => p !== "");
      const codes: string[] = [];
      for (const part of parts) {
        const code = codeFor(item, part);
        if (code === undefined) {
          return {
            ok: false,
            message: `${show(part)} is not an answer to ${item.code}. Use one or more of: ${allowed(item)}, separated by ${multiSeparator}`,
          };
        }
        if (!codes.includes(code)) codes.push(code);
      }
      if (codes.length === 0) return { ok: true, value: null };
      if (item.max_choices !== undefined && codes.length > item.max_choices) {
        return {
          ok: false,
          message: `${item.code} allows at most ${item.max_choices} answers; this has ${codes.length}.`,
        };
      }
      // Stored in the instrument's option order, so equal answers are equal rows.
      const order = optionsOf(item).map((o) => o.code);
      codes.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      return { ok: true, value: { kind: "choices", choices: codes } };
    }
    case "number": {
      const text = raw.trim();
      if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
        return {
          ok: false,
          message: `${show(raw)} is not a number. Write digits with a dot for decimals, like 12 or 3.5.`,
        };
      }
      const number = Number(text);
      if (!Number.isFinite(number))
        return { ok: false, message: `${show(raw)} is too large a number.` };
      if (item.integer && !Number.isInteger(number)) {
        return {
          ok: false,
          message: `${item.code} needs a whole number; ${show(raw)} has decimals.`,
        };
      }
      if (item.min !== undefined && number < item.min) {
        return { ok: false, message: `${item.code} must be at least ${item.min}; got ${number}.` };
      }
      if (item.max !== undefined && number > item.max) {
        return { ok: false, message: `${item.code} must be at most ${item.max}; got ${number}.` };
      }
      return { ok: true, value: { kind: "number", number } };
    }
    case "open_text": {
      // PostgreSQL text cannot hold NUL; nothing a person typed needs it.
      const body = raw.replace(/\u0000/g, "").trim();
      if (body === "") return { ok: true, value: null };
      const max = item.max_length ?? DEFAULT_MAX_TEXT;
      if (body.length > max) {
        return {
          ok: false,
          message: `This answer to ${item.code} is ${body.length} characters long; the limit is ${max}.`,
        };
      }
      return { ok: true, value: { kind: "text", body } };
    }
  }
}
