// Fear appeals read through the extended parallel process model (Witte 1992): a message that
// raises threat (severity, susceptibility) without efficacy (the recommended action works,
// and the reader can do it) tends to produce denial or avoidance rather than action.
import type { Analysis } from "./analyse.js";
import { instructionVerb } from "./commands.js";
import type { FearCheck, FearEvidence, FearEvidenceKind, Span } from "./types.js";

const Q = "['\u2019]";

// Severity and susceptibility cues count 2; general threat vocabulary counts 1. A message
// is threatening from 3 points on, so naming "phishing" once in a calm how-to does not
// count, while "criminals" plus "attack" does.
const STRONG = new RegExp(
  [
    "devastat\\w*",
    "catastroph\\w*",
    "disastrous",
    "disasters?",
    "crippl\\w*",
    "ruin(?:s|ed|ous)?",
    "destroy(?:s|ed|ing)?",
    "wiped?\\s+out",
    "bankrupt\\w*",
    "(?:go|goes|gone|going|went)\\s+out\\s+of\\s+business",
    "shut\\s+(?:us|the\\s+(?:company|business|firm))\\s+down",
    "(?:huge|heavy|massive|large|hefty|big|crippling)\\s+fines?",
    "fined",
    "lawsuits?",
    "sued",
    "legal\\s+action",
    "(?:lose|losing|lost)\\s+(?:your\\s+job|everything|all\\s+(?:your|our)\\s+\\w+|your\\s+(?:data|files|savings|money)|money|customers|our\\s+customers|the\\s+business|millions|thousands)",
    "stolen",
    "theft",
    "breach(?:es|ed)?",
    "leak(?:s|ed)?",
    "irreversibl[ey]",
    "permanently\\s+(?:lost|deleted|destroyed|locked)",
    "(?:cyber\\s*)?criminals?",
    "crooks",
    "gangs?",
    "extort\\w*",
    "ransom",
    "blackmail\\w*",
    "serious\\s+consequences",
    "severe(?:ly)?",
    "dire",
    "nightmare",
    "terrifying",
    "alarming",
    "dangerous",
    "victims?",
    "compromised",
    "hijack\\w*",
    // susceptibility
    "(?:you|we|anyone|anybody|everyone|any\\s+of\\s+us|your\\s+account|our\\s+(?:firm|company|business))\\s+(?:could|can|might|may|will)\\s+be\\s+(?:next|targeted|the\\s+next\\s+(?:victim|target)|hit|hacked|a\\s+victim|attacked)",
    "it\\s+could\\s+happen\\s+to\\s+(?:you|us|anyone)",
    "no\\s+one\\s+is\\s+safe",
    "nobody\\s+is\\s+safe",
    "(?:you|we)\\s+are\\s+(?:all\\s+)?(?:a\\s+)?targets?",
    "targeted",
    "at\\s+risk",
    "under\\s+attack",
  ].join("|"),
  "gi",
);

const WEAK = new RegExp(
  [
    "attack(?:s|ed|ing)?",
    "attackers?",
    "hack(?:ers?|ed|ing)",
    "threats?",
    "risks?",
    "risky",
    "scam(?:s|mers?)?",
    "fraud\\w*",
    "malware",
    "ransomware",
    "virus(?:es)?",
    "phishing",
    "cyber\\s*attacks?",
    "cybercrime",
    "malicious",
    "harm(?:ful)?",
    "damag(?:e|es|ed|ing)",
    "danger",
    "(?:every|each)\\s+(?:day|hour|minute|second)",
    "on\\s+the\\s+rise",
    "increasingly",
    "more\\s+than\\s+ever",
    "record\\s+(?:numbers?|levels?|high)",
    "surg(?:e|es|ing)",
    "skyrocket\\w*",
  ].join("|"),
  "gi",
);

const THREAT_THRESHOLD = 3;

const RESPONSE = new RegExp(
  [
    `to\\s+(?:stay|keep\\s+(?:yourself|you|us|your\\s+\\w+|our\\s+\\w+))\\s+safe`,
    "to\\s+protect\\s+(?:yourself|you|us|your\\s+\\w+|our\\s+\\w+|the\\s+(?:firm|company|business))",
    "the\\s+(?:best|simplest|easiest|quickest|most\\s+effective)\\s+(?:way|defen[cs]e|protection|thing\\s+you\\s+can\\s+do)",
    "(?:this|that|it|these\\s+steps|doing\\s+this|this\\s+step|each\\s+step|which)\\s+(?:stops|blocks|prevents|protects|defeats|works)",
    "(?:stops|blocks|prevents)\\s+(?:most|almost\\s+all|nearly\\s+all|\\d+%\\s+of)",
    "is\\s+(?:very\\s+|highly\\s+)?effective",
    "really\\s+works",
    "makes?\\s+(?:it|attacks?|this)\\s+(?:much\\s+|far\\s+)?harder",
    "keeps?\\s+(?:you|us|your\\s+\\w+|our\\s+\\w+)\\s+safe",
  ].join("|"),
  "gi",
);

const SELF = new RegExp(
  [
    "(?:it|this|that|each\\s+one|which|reporting)\\s+(?:only\\s+|just\\s+)?takes?\\s+(?:only\\s+|just\\s+|about\\s+|less\\s+than\\s+|under\\s+)?(?:a|one|two|three|five|ten|a\\s+few|\\d+)\\s+(?:seconds?|minutes?|clicks?|moments?|taps?|steps?)",
    "in\\s+(?:only\\s+|just\\s+)?(?:a|one|two|three|a\\s+few|\\d+)\\s+(?:seconds?|minutes?|clicks?|taps?|(?:simple\\s+)?steps)",
    `(?:is|are|it${Q}s|it\\s+is)\\s+(?:really\\s+|very\\s+|super\\s+)?(?:quick|easy|simple|straightforward|painless)`,
    "quick\\s+and\\s+easy",
    "easy\\s+to\\s+(?:do|use|set\\s+up|follow)",
    `here${Q}?s\\s+how|here\\s+is\\s+how`,
    "step[- ]by[- ]step",
    "follow\\s+(?:these|the)\\s+(?:steps|instructions)",
    "the\\s+steps\\s+below",
    `we(?:${Q}ll|\\s+will|\\s+can)\\s+(?:help|walk|guide|show|set|do)`,
    "(?:are|is|am)\\s+(?:here|happy|glad)\\s+to\\s+help",
    "you\\s+can\\s+(?:easily|always|ask|call|contact|reach|report|forward)",
    "(?:call|phone|ring|contact|email|ask|message|text)\\s+(?:us|me|the\\s+(?:help\\s*desk|service\\s+desk|\\w+\\s+team)|your\\s+(?:line\\s+)?manager)",
    "help\\s*desk|service\\s+desk",
    "any\\s*time",
    "with\\s+(?:one|a\\s+single)\\s+click",
    // The lookbehind starts an address only at the start of a run; without it a long word
    // with no "@" costs quadratic time.
    "(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
    "(?<![\\d+])\\+?\\d[\\d ()-]{6,}\\d",
    "ext(?:ension|\\.)?\\s*\\d{3,5}",
  ].join("|"),
  "gi",
);

// Instructions that name a concrete act. "Be careful" or "stay alert" are not a response a
// reader can carry out, so they do not count as response efficacy.
const CONCRETE = new Set(
  (
    "report forward call phone ring contact email lock update install restart reboot enable " +
    "turn use set change check hover delete back store send sign log choose create ask tell " +
    "visit scan verify confirm type enter click approve deny block shred wipe register " +
    "activate apply reset plug unplug switch close share open"
  ).split(" "),
);

interface Hit extends Span {
  kind: FearEvidenceKind;
  weight: number;
}

function collect(
  text: string,
  pattern: RegExp,
  kind: FearEvidenceKind,
  weight: number,
  into: Hit[],
): void {
  for (const m of text.matchAll(pattern)) {
    into.push({ kind, weight, start: m.index, end: m.index + m[0].length });
  }
}

function wordBounded(text: string, hit: Span): boolean {
  const before = text[hit.start - 1] ?? " ";
  const after = text[hit.end] ?? " ";
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

export function checkFear(analysis: Analysis): FearCheck {
  const { text } = analysis;
  const hits: Hit[] = [];
  collect(text, STRONG, "threat", 2, hits);
  collect(text, WEAK, "threat", 1, hits);
  collect(text, RESPONSE, "response_efficacy", 1, hits);
  collect(text, SELF, "self_efficacy", 1, hits);
  for (const sentence of analysis.sentences) {
    const verb = instructionVerb(analysis, sentence);
    if (verb && CONCRETE.has(verb.lower)) {
      hits.push({ kind: "response_efficacy", weight: 1, start: sentence.start, end: sentence.end });
    }
  }
  // Patterns are written without \b so the alternations stay readable; word edges are
  // checked here instead, and overlapping hits of one kind keep the earliest, longest.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const evidence: FearEvidence[] = [];
  const lastEnd: Record<FearEvidenceKind, number> = {
    threat: -1,
    response_efficacy: -1,
    self_efficacy: -1,
  };
  let threatScore = 0;
  for (const hit of hits) {
    if (!wordBounded(text, hit) || hit.start < lastEnd[hit.kind]) continue;
    lastEnd[hit.kind] = hit.end;
    if (hit.kind === "threat") threatScore += hit.weight;
    evidence.push({
      kind: hit.kind,
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
    });
  }
  const threat = threatScore >= THREAT_THRESHOLD;
  const efficacy =
    evidence.some((e) => e.kind === "response_efficacy") &&
    evidence.some((e) => e.kind === "self_efficacy");
  return { threat, efficacy, flag: threat && !efficacy, evidence };
}
