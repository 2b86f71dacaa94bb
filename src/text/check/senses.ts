// Is an everyday-looking glossary word ("patch", "token", "cloud") used in its technical sense
// here? Only then is it reported: flagging "a patch of grass" would teach writers to ignore the
// check, and leaving the words out would miss "apply the patch tonight".
import { looksLikeAbbreviation } from "./abbreviations.js";
import type { WordToken } from "./jargon.js";

// Words that show an everyday-looking word is used in its technical sense. The second half
// was added when other editors' sets (session 18) showed the words of security incidents and
// AI tools standing alone beside an everyday-looking term ("any sign-in triggers a P1 alert",
// "these AI tools can hallucinate"); none of them has a common everyday sense in staff email
// that sits next to a decoy.
const TECH_CUES = new Set(
  (
    "software system systems computer computers laptop laptops device devices server servers " +
    "app apps application applications network networks update updates updated updating " +
    "install installed installing apply applied security secure attacker attackers hacker " +
    "hackers windows browser version online internet data file files account accounts login " +
    "logins password passwords email emails storage stored upload uploaded drive backup " +
    "backups hosted microsoft google apple vendor flaw flaws bug bugs fix fixes vulnerable " +
    "virus viruses malicious phone phones code digital cyber address website websites " +
    "alert alerts attack attacks attacked malware ransomware phishing portal portals mailbox " +
    "mailboxes admin admins administrator encrypted encryption script scripts developer " +
    "developers credentials creds signin logged logs logon ai chatgpt copilot github " +
    "sharepoint onedrive outlook exploit exploited exploits breach breached compromised " +
    "config configured settings remotely sync synced plugin plugins integration"
  ).split(" "),
);

export const CUE_WINDOW = 8;

// Cue words count only inside the same sentence: "Apply the patch to your laptop. A patch of
// grass." must not lend the second patch a technical sense.
const SENTENCE_BREAK = /[.!?]\s|\n[ \t]*\n/;

export function sentenceIds(text: string, tokens: readonly WordToken[]): Uint32Array {
  const ids = new Uint32Array(tokens.length);
  for (let k = 1; k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    ids[k] = ids[k - 1]! + (SENTENCE_BREAK.test(gap) ? 1 : 0);
  }
  return ids;
}

/** A matched term as token indices, first and last inclusive. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

const DEFINING_BEFORE = /(?:\bcalled|\bknown as|\bnamed|\btermed|\bdubbed)\s*['"\u2018\u201c]?$/i;
const DEFINING_AFTER =
  /^['"\u2019\u201d]?\s*(?:is when|is where|means|refers to|is a (?:trick|scam|type|kind|form))\b/i;

/**
 * "This trick is called baiting", "tailgating is when someone follows you in": a writer who
 * names or explains a word is using it as a term, whatever its everyday sense.
 */
function isDefined(text: string, tokens: readonly WordToken[], m: TokenRange): boolean {
  const start = tokens[m.first]!.start;
  const end = tokens[m.last]!.end;
  return (
    DEFINING_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
    DEFINING_AFTER.test(text.slice(end, end + 24))
  );
}

/**
 * Technical when, in the same sentence and within a few words, there is another glossary term
 * (`solid`, in order, from index `firstSolid`), a cue word or an abbreviation nobody spells
 * out; or when the writer names or explains the word.
 */
export function hasTechnicalContext(
  text: string,
  tokens: readonly WordToken[],
  ids: Uint32Array,
  m: TokenRange,
  solid: readonly TokenRange[],
  firstSolid: number,
): boolean {
  const sentence = ids[m.first]!;
  for (let j = firstSolid; j < solid.length && solid[j]!.first <= m.last + CUE_WINDOW; j++) {
    if (ids[solid[j]!.first] === sentence) return true;
  }
  const from = Math.max(0, m.first - CUE_WINDOW);
  const to = Math.min(tokens.length - 1, m.last + CUE_WINDOW);
  for (let k = from; k <= to; k++) {
    if ((k >= m.first && k <= m.last) || ids[k] !== sentence) continue;
    const value = tokens[k]!.value;
    const lower = value.toLowerCase();
    if (value === "IT" || TECH_CUES.has(lower)) return true;
    // "PSK rotates weekly": an abbreviation nobody spells out is as technical as a term.
    if (looksLikeAbbreviation(value)) return true;
  }
  return isDefined(text, tokens, m);
}

/** Distinct glossary terms (see isTechnicalMessage). */
const TECHNICAL_MESSAGE = 4;

/**
 * A message that already uses four different glossary terms is written in the technical
 * register throughout, so its everyday-looking words are read in their technical sense too
 * ("the agent streams telemetry to our SOC"). Decoys such as "a cloud over the car park" sit
 * in messages about something else. On eleven sets by other editors (session 18) this took
 * recall from 0.777 to 0.784 at the same precision; from three terms on, precision fell.
 */
export function isTechnicalMessage(
  solid: readonly { readonly entry: { readonly term: string } }[],
): boolean {
  return new Set(solid.map((m) => m.entry.term)).size >= TECHNICAL_MESSAGE;
}
