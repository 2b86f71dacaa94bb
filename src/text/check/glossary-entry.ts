// Shape of one glossary entry plus small builders so the themed data files stay readable.

export type GlossaryKind = "acronym" | "term";

export interface GlossaryEntry {
  /** Canonical spelling; acronyms are matched case-sensitively, terms case-insensitively. */
  readonly term: string;
  /** Other spellings. Hyphen and space are interchangeable anyway, and plurals are added. */
  readonly variants?: readonly string[];
  /** Plain-language replacement or explanation, at most 15 words. */
  readonly suggestion: string;
  readonly kind: GlossaryKind;
  /** Where the meaning was checked; the wording of every suggestion is our own. */
  readonly source: string;
  /**
   * Everyday words that are only jargon in a technical sense ("patch", "token", "cloud").
   * They are reported only when another glossary term or a technical cue word is nearby:
   * flagging "a patch of grass" would teach writers to ignore the check, and leaving the
   * words out would miss "apply the patch tonight".
   */
  readonly technicalOnly?: boolean;
}

export const OWN = "own wording";
export const NCSC = "NCSC glossary";
export const NIST = "NIST CSRC glossary";
export const MITRE = "MITRE ATT&CK tactic names";

interface EntryOptions {
  source?: string;
  variants?: readonly string[];
  technicalOnly?: boolean;
}

function entry(
  kind: GlossaryKind,
  term: string,
  suggestion: string,
  options: EntryOptions,
): GlossaryEntry {
  return {
    term,
    kind,
    suggestion,
    source: options.source ?? OWN,
    ...(options.variants ? { variants: options.variants } : {}),
    ...(options.technicalOnly ? { technicalOnly: true } : {}),
  };
}

export function acronym(
  term: string,
  suggestion: string,
  options: EntryOptions = {},
): GlossaryEntry {
  return entry("acronym", term, suggestion, options);
}

export function term(term: string, suggestion: string, options: EntryOptions = {}): GlossaryEntry {
  return entry("term", term, suggestion, options);
}

/** Entries whose meaning was checked in one place: the source is set once for the group. */
export function checkedIn(source: string, entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return entries.map((e) => ({ ...e, source }));
}
