// Technical notation in a staff message: network addresses, ports, file paths, settings written
// as name=value, error codes. No glossary can list them, since every one is different, yet a
// plain-language editor marks each: the reader cannot tell what "10.20.1.15" or "p=reject" is,
// only that the message was not written for them. Other editors' sets (session 18) marked
// every such string; before this rule the check found none of them.
import { type JargonFinding, overlaps } from "./types.js";

interface Notation {
  readonly pattern: RegExp;
  readonly suggestion: string;
}

// Each pattern must start after a space, a bracket or a quote (see alone), so that parts of web
// addresses and of longer names are left alone.
const WRITTEN: readonly Notation[] = [
  {
    pattern: /\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?::\d{1,5})?(?!\.?\d)/g,
    suggestion: "a network address: say which device or network it is",
  },
  {
    pattern:
      /(?:[Pp]orts?|PORTS?|TCP|UDP|tcp|udp|[Ii]nbound|[Oo]utbound)[ /:]\d{2,5}(?:-\d{2,5})?(?!\d)/g,
    suggestion: "a network setting: say what it lets in or out",
  },
  {
    pattern: /[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}:\d{2,5}(?!\d)/g,
    suggestion: "a server's address and port: say which service it is",
  },
  {
    pattern: /%\w+%(?:\\[\p{L}\p{N}._$-]+)*/gu,
    suggestion: "a file location: name the folder in words, or give a link",
  },
  {
    pattern:
      /\/?[\w-]+(?:\.[\w-]+)*\.(?:php|exe|dll|ps1|bat|cmd|sh|js|msi|vbs|jar|py|scr)(?![\p{L}\p{N}])/gu,
    suggestion: "a program or script file: say what it is or does",
  },
  {
    // Names from code: read_customers, offline_access, Mail.ReadWrite. The part after the dot
    // must be in camel case, so that a missing space ("done.Please") is not taken for one.
    pattern:
      /(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][a-z]+\.[A-Z][a-z]+[A-Z][A-Za-z]*)(?![\p{L}\p{N}_.])/gu,
    suggestion: "a name from code: say in words what it allows or means",
  },
  {
    pattern: /v\d+(?:\.\d+)*(?![\p{L}\p{N}])/gu,
    suggestion: "a version number: say which version in words, or leave it out",
  },
  {
    pattern:
      /\\\\[\p{L}\p{N}._$-]+(?:\\[\p{L}\p{N}._$ -]*[\p{L}\p{N}$])+|[A-Z]:\\(?:[\p{L}\p{N}._$-]+\\?)*/gu,
    suggestion: "a file location: name the folder in words, or give a link",
  },
  {
    // Addresses made safe to print, as security notices do: evil[.]com, hxxp://...
    pattern: /(?:hxxps?:\/\/)?[\w-]+(?:\.[\w-]+)*\[\.\][\w-]+(?:[./][\w-]+)*/g,
    suggestion: "a harmful site's address, made safe to print: say so in words",
  },
  {
    pattern: /[A-Z]: drive\b/g,
    suggestion: "a shared folder: name it by what it holds",
  },
  {
    pattern: /~?\/(?:[\p{L}\p{N}._-]+\/)+[\p{L}\p{N}._-]*/gu,
    suggestion: "a file location: name the folder in words, or give a link",
  },
  {
    pattern: /[a-z][a-z0-9_.-]{0,20}=[\p{L}\p{N}_.:-]+/gu,
    suggestion: "a setting: say in words what it does",
  },
  {
    pattern: /(?:[A-Z]{2,}\d{3,}|0x[0-9A-Fa-f]{4,})(?![\p{L}\p{N}])/gu,
    suggestion: "an error code: say what went wrong and what to do",
  },
  {
    pattern: /[45]\d\d(?:s|\s+errors?)(?![\p{L}\p{N}])/gu,
    suggestion: "web error codes: say what people will see on screen",
  },
  {
    pattern: /\d+(?:\.\d+)?\s?(?:kHz|MHz|GHz)(?![\p{L}\p{N}])/gu,
    suggestion: "a radio frequency: say which kind of card, tag or network",
  },
  {
    pattern: /802\.\d+[a-zA-Z]*(?![\p{L}\p{N}])/gu,
    suggestion: "a network standard: say what it does for the reader",
  },
  {
    pattern: /[a-z][\w.-]*@(?=[\s,;:)]|\.(?:\s|$)|$)/gu,
    suggestion: "part of an email address: give the full address",
  },
];

/**
 * All the patterns as one, each a named alternative, so that a text is read once rather than
 * once per pattern (a third of the check's time went here with a pass per pattern). The first
 * alternative that matches at a place wins, as the order above intends. Before a notation: the
 * start of the text, a space, a bracket or a quote. Asked inside the pattern, so that a hostile
 * run of slashes or digits is rejected at each start at once rather than matched and then
 * thrown away.
 */
const NOTATION = new RegExp(
  `(?<![^\\s([{"'\u2018\u201c])(?:${WRITTEN.map((n, i) => `(?<n${i}>${n.pattern.source})`).join("|")})`,
  "gu",
);

function suggestionOf(groups: Record<string, string | undefined>): string {
  const i = WRITTEN.findIndex((_, k) => groups[`n${k}`] !== undefined);
  return WRITTEN[i]!.suggestion;
}

/**
 * Web addresses: notation inside them ("?id=5", "/help/it") is the link's business. A bare
 * address counts when its name ends in letters ("example.org/help", not "10.30.0.0/24"); each
 * may only start where a word does, so that a long run of dots and digits is read once.
 */
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\w.-])[\w-]+(?:\.[\w-]+)+\/[^\s<>"]*/gi;
const NAMED_HOST = /\.[a-z]{2,}\//i;

/** Markup pasted with a message: its attributes (src=x) are not the writer's words. */
const TAG = /<[^<>]{0,2000}>/g;

/** Notation in the text, in order, never overlapping each other or a link. */
export function findNotation(text: string): JargonFinding[] {
  const matches = [...text.matchAll(NOTATION)];
  // Most messages hold no notation: the links and tags are looked for only when one does.
  if (matches.length === 0) return [];
  const links = [...text.matchAll(LINK)]
    .filter(
      (m) => !/^[\w-]/.test(m[0]) || /^(?:https?:|www\.)/i.test(m[0]) || NAMED_HOST.test(m[0]),
    )
    .concat([...text.matchAll(TAG)])
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const found: JargonFinding[] = [];
  for (const m of matches) {
    let value = m[0].replace(/[.,:;]+$/, "");
    const start = m.index;
    // "C:\Users\" ends at the last name, not on a separator.
    value = value.replace(/\\$/, "") || value;
    const span = { term: value, start, end: start + value.length, suggestion: "" };
    if (links.some((l) => overlaps(l, span))) continue;
    found.push({ ...span, suggestion: suggestionOf(m.groups ?? {}) });
  }
  return found.sort((a, b) => a.start - b.start);
}
