// Abbreviations the glossary does not know. Plain-language editors ask for every abbreviation a
// reader may not know to be spelt out, and security messages coin them faster than any glossary
// grows (two sets of staff messages by other authors, session 17: a third of the jargon their
// editors marked was missing from the glossary, much of it abbreviations). So a word in capitals
// that the glossary lacks is marked too, unless most adults know it (UK, PDF, CEO), it is an
// ordinary word in capitals for emphasis ("do NOT reply"), part of a name (DATABASE_URL,
// STAFF-5G), a label opening a line ("NOTE:"), or the whole line is in capitals.
import type { WordToken } from "./jargon.js";
import type { JargonFinding } from "./types.js";

/** Reads as the suggestion for any abbreviation: "Explain PIM ..., for example: ..." */
export const UNKNOWN_ABBREVIATION = "the words it stands for, or what it does";

/** Abbreviations most adults read without help, so an editor leaves them alone. */
const EVERYDAY = new Set(
  (
    "UK GB EU US USA UN NATO NHS GP AE HR IT PR CEO CFO COO CTO MD PA PM AM GMT BST UTC CET " +
    "FAQ FAQS PDF USB PIN ID IDS TV PC PCS OK ASAP FYI ETA RSVP PS NB AKA DIY VAT HMRC DVLA " +
    "ATM SMS MMS QR GPS CD DVD SIM TBC TBA NA AGM KPI KPIS Q1 Q2 Q3 Q4 FY MR MRS MS DR " +
    "PhD BBC ITV UKVI DBS NI MP MPS CV CVS AI BA MA MBA PHD JPEG JPG PNG GIF MP3 MP4 LED LCD HD " +
    "WIFI SOS WC ICU CPR NHS111 UPS DHL FAO RE FW FWD CC BCC TLDR DM DMS OOO WFH AOB " +
    "EOD COB BAU PTO HQ IRL LOL ABC XYZ CCTV CRM SME SMES LTD PLC LLP INC CO ICT"
  ).split(" "),
);

/** Ordinary words written in capitals for emphasis, which are not abbreviations. */
const EMPHASIS = new Set(
  (
    "A I AN THE AND OR BUT NOT NO YES NEVER ALWAYS ONLY ALL ANY EVERY EACH NONE DO DONT " +
    "IS ARE WAS BE BEEN MUST SHOULD WILL WONT CAN CANNOT NOW TODAY TONIGHT TOMORROW SOON " +
    "BEFORE AFTER UNTIL URGENT IMPORTANT NOTE PLEASE STOP WAIT CHECK THINK CLICK REPLY OPEN " +
    "SHARE SEND CALL ASK REPORT READ KEEP LOCK USE YOU YOUR WE OUR US THEY IT THIS THAT THESE " +
    "THOSE HERE THERE WHY WHAT WHO HOW WHEN WHERE NEW FREE OFF ON IN OUT UP TO OF FOR WITH " +
    "FROM BY AT AS IF SO VERY REALLY REAL FAKE SCAM SPAM WARNING ALERT ACTION REQUIRED NEEDED " +
    "REMINDER UPDATE INFO HELP EXTERNAL INTERNAL THANKS THANK SORRY DONE FIXED LIVE BACK " +
    "DOWN LATE ONE TWO THREE FIRST LAST NEXT ONCE TWICE AGAIN STILL JUST EVEN ALSO MORE LESS MOST LEAST BIG " +
    "SMALL GOOD BAD SAFE UNSAFE RISK PASSWORD EMAIL LINK LINKS DATA FILES PHONE LAPTOP STAFF " +
    "TEAM EVERYONE ANYONE NOBODY OFFICE WORK HOME MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY " +
    "SATURDAY SUNDAY"
  ).split(" "),
);

const CONTRACTION = /^['\u2019](?:t|re|ll|ve|d|m)(?![\p{L}\p{N}])/iu;
const ROMAN = /^[IVXLC]+$/;
// Two or more capitals, digits allowed, eight characters at most, an optional plural "s"; a
// lower-case letter only alone between capitals (UPnP, AiTM, VoIP), so that SharePoint and
// MacOS, names written in camel case, stay out.
const SHAPE = /^(?=(?:[^A-Z]*[A-Z]){2})(?=.{2,8}s?$)[A-Z](?:[A-Z0-9]|[a-z](?=[A-Z0-9]))+s?$/;

function isCapitals(value: string): boolean {
  return /\p{Lu}/u.test(value) && value === value.toUpperCase();
}

function bare(value: string): string {
  return value.length > 2 && value.endsWith("s") ? value.slice(0, -1) : value;
}

/** Is this token an abbreviation an editor would ask to have spelt out? */
export function looksLikeAbbreviation(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  const root = bare(value);
  return !ROMAN.test(root) && !EVERYDAY.has(root) && !EVERYDAY.has(value) && !EMPHASIS.has(root);
}

/**
 * STAFF-SECURE, FH-Guest: capitals joined by a hyphen to a capitalised word name a network or a
 * file, which the reader types or picks rather than reads. ATT&CK, AT&T: capitals joined by an
 * ampersand are a name too, and its halves are not abbreviations.
 */
function inCapitalName(text: string, tokens: readonly WordToken[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  const joined = (a: WordToken, b: WordToken, by: string) =>
    b.start === a.end + 1 && text[a.end] === by;
  if (
    (before !== undefined && joined(before, t, "&")) ||
    (after !== undefined && joined(t, after, "&"))
  ) {
    return true;
  }
  return (
    (before !== undefined && joined(before, t, "-") && isCapitals(before.value)) ||
    (after !== undefined && joined(t, after, "-") && /^[\p{Lu}\p{N}]/u.test(after.value))
  );
}

/** "POSTER: ...", "NOTE: ...": a word in capitals that opens a line with a colon is a label. */
function isLabel(text: string, t: WordToken): boolean {
  if (text[t.end] !== ":") return false;
  const lineStart = text.lastIndexOf("\n", t.start - 1) + 1;
  return text.slice(lineStart, t.start).trim() === "";
}

/**
 * A line written all in capitals ("DO NOT OPEN ATTACHMENTS FROM STRANGERS") is shouting, not a
 * string of abbreviations: within it only the glossary speaks.
 */
function shoutingLines(text: string, tokens: readonly WordToken[]): Set<number> {
  const out = new Set<number>();
  let from = 0;
  while (from < tokens.length) {
    let to = from + 1;
    while (
      to < tokens.length &&
      !/[.!?\n]/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))
    )
      to++;
    const words = tokens.slice(from, to).filter((t) => /\p{L}/u.test(t.value));
    const loud = words.filter((t) => isCapitals(t.value) && t.value.length > 1).length;
    if (words.length >= 3 && loud * 2 > words.length) for (let k = from; k < to; k++) out.add(k);
    from = to;
  }
  return out;
}

/**
 * Unknown abbreviations among the tokens no glossary match covers (`covered` holds the token
 * indices already matched), in text order.
 */
export function unknownAbbreviations(
  text: string,
  tokens: readonly WordToken[],
  covered: ReadonlySet<number>,
): JargonFinding[] {
  const candidates: number[] = [];
  tokens.forEach((t, k) => {
    // "DON'T", "CAN'T": the first half of a word in capitals, not an abbreviation.
    if (CONTRACTION.test(text.slice(t.end, t.end + 4))) return;
    if (inCapitalName(text, tokens, k) || isLabel(text, t)) return;
    if (!covered.has(k) && looksLikeAbbreviation(t.value)) candidates.push(k);
  });
  if (candidates.length === 0) return [];
  const loud = shoutingLines(text, tokens);
  return candidates
    .filter((k) => !loud.has(k))
    .map((k) => {
      const t = tokens[k]!;
      return { term: bare(t.value), start: t.start, end: t.end, suggestion: UNKNOWN_ABBREVIATION };
    });
}
