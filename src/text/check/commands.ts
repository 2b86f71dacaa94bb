// Commands without reasons: imperatives and hard rules ("must", "never", "you are required
// to") in a sentence where neither that sentence nor the next says why.
import type { Analysis, Sentence, Token } from "./analyse.js";
import type { TextSpan } from "./types.js";

function words(list: string): Set<string> {
  return new Set(list.split(" "));
}

// Verbs that open instructions in security messages. wink often tags a capitalised first
// word as a proper noun ("Report", "Change"), so the tag alone misses many imperatives.
const ACTION_VERBS = new Set(
  (
    "lock unlock use click report forward change update install uninstall enable disable " +
    "turn keep make ensure check avoid share send store save delete remove open log sign set " +
    "contact call phone ring email read complete follow remember connect disconnect back " +
    "encrypt verify restart reboot choose create write leave take stop hover confirm " +
    "ask tell visit scan approve deny reject block type enter download upload copy move " +
    "print shred dispose wipe register activate apply review add look think watch beware " +
    "note do let be go come try pick pause double protect secure close return bring plug " +
    "unplug switch reset replace attend finish submit accept agree"
  ).split(" "),
);

// Openers that are not instructions even though they look like a base-form verb.
const NOT_COMMANDS = words("thank thanks hope welcome see wish congratulations");
const SOFTENERS = words("please kindly just now also simply then first always so and");
const SUBORDINATORS = words(
  "if when whenever before after once to as while until for in hi hello dear team everyone all",
);

const RULE =
  /\b(?:must|mustn['’]t|shall|(?:are|is|am)\s+(?:not\s+)?(?:required|allowed|permitted|expected)\s+to|(?:not|never)\s+(?:be\s+)?(?:allowed|permitted)|prohibited|forbidden|mandatory|compulsory|under\s+no\s+circumstances|you\s+(?:will\s+)?(?:need|have)\s+to|(?:staff|employees|users|everyone)\s+(?:need|have)\s+to)\b/i;

const REASON =
  /\b(?:because|since\s+(?:it|this|that|they|we|you|these|those|attackers|criminals|the)|so\s+that|so\s+(?:it|we|you|they|that|the|your|our|nobody|no\s+one|attackers|criminals|only|if|a|any)|in\s+order\s+to|in\s+case|otherwise|or\s+else|the\s+reason|that['’]?s\s+why|that\s+is\s+why|this\s+is\s+why|why\s*[?:]|which\s+(?:is\s+why|means|stops|prevents|protects|keeps|helps|makes|blocks|lets|reduces)|(?:this|that|it|these|they|doing\s+so|each\s+one)\s+(?:stops|prevents|protects|keeps|helps|means|blocks|ensures|makes|reduces|lets|gives|limits|will|can|would)|to\s+(?:protect|keep|stay|stop|prevent|avoid|ensure|make\s+sure|help|reduce|block|limit|secure|catch|spot|save|lower|cut|guard|safeguard|check|confirm|make)|as\s+(?:it|this|that|they|attackers|criminals|scammers|fraudsters|hackers)|helps?\s+(?:us|you|to)|if\s+(?:you|we)\s+(?:don['’]t|do\s+not)|if\s+not|without\s+(?:it|this|them)|for\s+(?:your|our)\s+(?:safety|protection)|for\s+(?:security|safety)\s+reasons)\b/i;

const SKIPPABLE = new Set(["PUNCT", "SYM", "SPACE", "NUM", "X"]);

function firstWord(tokens: Token[], from: number, to: number): number {
  let k = from;
  while (k < to && (SKIPPABLE.has(tokens[k]!.pos) || SOFTENERS.has(tokens[k]!.lower))) k++;
  return k;
}

const CLAUSE_MARKS = new Set([",", ":", "-", "\u2013", "\u2014"]);
const NEGATORS = new Set(["not", "n't", "n’t"]);

/**
 * Index of the verb that opens an instruction in tokens[from, to), or -1. For prohibitions
 * ("Do not click", "Never share") it is the verb after the negation.
 */
function imperativeAt(tokens: Token[], from: number, to: number): number {
  const k = firstWord(tokens, from, to);
  const word = tokens[k];
  if (!word) return -1;
  const next = tokens[k + 1];
  if (word.lower === "never") return k + 1 < to ? k + 1 : -1;
  if (word.lower === "do" && next && NEGATORS.has(next.lower)) return k + 2 < to ? k + 2 : -1;
  if (NOT_COMMANDS.has(word.lower)) return -1;
  // "Report is due", "Change was slow", "Copy of the policy": the word is a noun here.
  if (next && (next.pos === "AUX" || next.lower === ":" || next.lower === "of")) return -1;
  // "Back in March, we ..." is not "back up your files".
  if (word.lower === "back" && next?.lower !== "up") return -1;
  if (ACTION_VERBS.has(word.lower)) return k;
  return word.pos === "VERB" && word.lemma === word.lower && k === from ? k : -1;
}

/**
 * The verb of the instruction a sentence gives, also after a leading clause ("If you spot
 * one, forward it"; "To stay safe: lock your screen"), or undefined.
 */
export function instructionVerb(analysis: Analysis, sentence: Sentence): Token | undefined {
  const { tokens } = analysis;
  const direct = imperativeAt(tokens, sentence.first, sentence.last);
  if (direct >= 0) return tokens[direct];
  const lead = tokens[firstWord(tokens, sentence.first, sentence.last)];
  if (!lead || !SUBORDINATORS.has(lead.lower)) return undefined;
  for (let k = sentence.first; k < sentence.last; k++) {
    if (CLAUSE_MARKS.has(tokens[k]!.value)) {
      const after = imperativeAt(tokens, k + 1, sentence.last);
      return after >= 0 ? tokens[after] : undefined;
    }
  }
  return undefined;
}

/** Whether the sentence gives an instruction or states a rule. */
export function isCommand(analysis: Analysis, sentence: Sentence): boolean {
  const body = analysis.text.slice(sentence.start, sentence.end);
  if (/\?\s*$/.test(body)) return false;
  return RULE.test(body) || instructionVerb(analysis, sentence) !== undefined;
}

export function givesReason(body: string): boolean {
  return REASON.test(body);
}

// "Call Sam on 214", "Ask us anything": offers of help, which need no justification.
const INVITATIONS = words(
  "call contact ask phone ring email message reply see find read visit let feel join enjoy",
);

export function findCommandsWithoutReasons(analysis: Analysis): TextSpan[] {
  const { sentences, text } = analysis;
  const out: TextSpan[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if (!isCommand(analysis, sentence)) continue;
    const body = text.slice(sentence.start, sentence.end);
    const verb = instructionVerb(analysis, sentence);
    if (verb && INVITATIONS.has(verb.lower) && !RULE.test(body)) continue;
    if (givesReason(body)) continue;
    // A following sentence explains this one only if it is not an instruction of its own;
    // otherwise "Lock your screen. Report emails, because ..." would borrow a reason.
    const next = sentences[i + 1];
    if (next && !isCommand(analysis, next) && givesReason(text.slice(next.start, next.end)))
      continue;
    out.push({ start: sentence.start, end: sentence.end, text: body });
  }
  return out;
}
