// Blame: wording that casts employees as the problem. The patterns are ours; they cover the
// stock phrases the dysfunctional-relationship literature reports ("weakest link", "human
// error is the biggest risk") and direct accusations ("you clicked", "your fault").
import { clauseAround, mergeSpans } from "./spans.js";
import type { Span, TextSpan } from "./types.js";

const Q = "['\u2019]";
const PEOPLE =
  "(?:(?:our|the|all|most|many|some)\\s+)?(?:end[- ]?users|users|employees|staff(?:\\s+members)?|people|humans|workers|colleagues|personnel|the\\s+user|the\\s+employee|you(?:\\s+all)?|(?:some|many|most|too\\s+many|a\\s+few|one)\\s+of\\s+you)";
const BE = `(?:are|is|was|were|remain|remains|${Q}re|will\\s+always\\s+be|ha(?:ve|s)\\s+always\\s+been)`;
const NEG = `(?<neg>\\s+not|n${Q}t|\\s+never|\\s+no\\s+longer)?`;
const ADV = "(?:\\s+(?:still|always|often|usually|clearly|really|simply|definitely|just))?";
const RANK =
  "(?:(?:single\\s+)?(?:biggest|greatest|largest|main|weakest|number\\s+one|#1|top|primary|real|major|leading)\\s+)?";
const PROBLEM =
  "(?:weakest\\s+link|weak\\s+link|weak\\s+(?:point|spot)|problem|risk|threat|liability|vulnerability|security\\s+hole|achilles" +
  `${Q}?\\s+heel|danger)`;
const BAD_TRAITS =
  "(?:careless|lazy|stupid|negligent|reckless|sloppy|clueless|ignorant|irresponsible|gullible|na[iï]ve|thoughtless|incompetent|dumb|foolish)";
const BAD_HABITS =
  "(?:ignor(?:e|es|ed|ing)|click(?:s|ed|ing)?|fail(?:s|ed|ing)?|forget(?:s|ting)?|forgot|break(?:s|ing)?|bypass(?:es|ed|ing)?|disregard(?:s|ed|ing)?|shar(?:e|es|ed|ing)|fall(?:s|ing)?\\s+for|reus(?:e|es|ed|ing)|leav(?:e|es|ing)|los(?:e|es|ing))";
const HUMAN_FAULT =
  "(?:human|user|employee|staff|people|careless)\\s+(?:error|errors|mistakes?|carelessness|negligence|failings?)";

const PATTERNS: readonly RegExp[] = [
  // "users are the weakest link", "staff remain our biggest risk"
  new RegExp(
    `\\b${PEOPLE}\\s+${BE}${NEG}${ADV}\\s+(?:the|our|your|a|an)\\s+${RANK}${PROBLEM}\\b`,
    "gi",
  ),
  // "human error is the biggest risk"
  new RegExp(
    `\\b(?:${HUMAN_FAULT}|the\\s+human\\s+(?:factor|element)|carelessness|negligence)\\s+(?:is|are|remains?|was)${NEG}\\s+(?:the\\s+|our\\s+)?(?:single\\s+)?(?:biggest|greatest|main|number\\s+one|#1|leading|largest|primary|top)\\s+(?:risk|threat|cause|problem|weakness|reason|source)`,
    "gi",
  ),
  // "90% of breaches are caused by human error"
  new RegExp(`\\b(?:caused|triggered)\\s+by\\s+${HUMAN_FAULT}\\b`, "gi"),
  // "careless staff", "you were careless"
  new RegExp(
    `\\b${BAD_TRAITS}\\s+(?:staff|employees?|users?|people|colleagues|workers|clicking|clicks?|behaviou?r|mistakes?)\\b`,
    "gi",
  ),
  new RegExp(
    `\\b${PEOPLE}\\s+${BE}${NEG}\\s+(?:so\\s+|very\\s+|too\\s+|being\\s+)?${BAD_TRAITS}\\b`,
    "gi",
  ),
  // "employees keep ignoring", "staff still click"
  new RegExp(
    `\\b${PEOPLE}\\s+(?:keep|keeps|continue\\s+to|continues\\s+to|still|repeatedly|constantly|persist\\s+in|insist\\s+on)\\s+${BAD_HABITS}\\b`,
    "gi",
  ),
  // "your mistake", "it's your fault", "because of you"
  /\byour\s+(?:own\s+)?(?:mistake|fault|error|carelessness|negligence|failure|blunder|stupidity)\b/gi,
  new RegExp(
    `\\b(?:it${Q}s|it\\s+is|it\\s+was|that${Q}s|this\\s+is|this\\s+was)${NEG}\\s+(?:all\\s+)?(?:their|the\\s+users?${Q}?s?|the\\s+employees?${Q}?s?|staff${Q}s)\\s+fault\\b`,
    "gi",
  ),
  /\bbecause\s+of\s+(?:you|your\s+(?:actions|behaviou?r|carelessness)|someone\s+clicking|careless\s+\w+)\b/gi,
  // "you clicked", "someone in accounts opened it"
  new RegExp(
    `\\b(?:you|someone|somebody|one\\s+of\\s+you|a\\s+colleague|an\\s+employee|a\\s+member\\s+of\\s+staff|a\\s+user)(?:\\s+in\\s+\\w+)?\\s+(?:clicked|opened|fell\\s+for|ignored|failed\\s+to|forgot\\s+to|didn${Q}t\\s+bother|did\\s+not\\s+bother|caused)\\b`,
    "gi",
  ),
  new RegExp(
    `\\b(?:you\\s+should\\s+(?:have\\s+known|know)\\s+better|you\\s+should\\s+have\\s+known|there\\s+(?:is|${Q}s)\\s+no\\s+excuse|no\\s+excuses|you${Q}?(?:re|\\s+are)\\s+to\\s+blame|blame\\s+(?:lies|rests)\\s+with\\s+\\w+|user\\s+error|pebkac|pebcak|id10t|layer\\s+8\\s+(?:problem|issue))\\b`,
    "gi",
  ),
  /\b(?:despite\s+(?:repeated|numerous|many|our|all\s+our)\s+(?:warnings|reminders)|how\s+many\s+times|once\s+again,?\s+(?:someone|somebody|staff|users|employees|you)|as\s+(?:you\s+have|you['’]ve|we\s+have|we['’]ve)\s+(?:been\s+told|said|told\s+you)\s+(?:many\s+times|repeatedly|before|again))\b/gi,
  // Threatening people with punishment frames them as suspects rather than allies.
  // "Users who fall for phishing will be reported to their manager": named and shamed.
  new RegExp(
    `\\b(?:${PEOPLE}|anyone|those|whoever)\\s+who\\s+(?:\\w+\\s+){0,2}?${BAD_HABITS}\\b[^.!?;]{0,60}?\\b(?:will|may|could|shall)\\s+be\\s+(?:reported|named|disciplined|punished|sanctioned|suspended|locked\\s+out|blocked|retrained|flagged|escalated|followed\\s+up)\\b`,
    "gi",
  ),
  /\b(?:failure|failing|refusal)\s+to\s+(?:comply|follow|complete|adhere)\b[^.!?;]{0,60}?\b(?:will|may|could|shall)\s+(?:result\s+in|lead\s+to)\b/gi,
  /\b(?:will|may|could|shall)\s+(?:face|result\s+in|lead\s+to)\s+disciplinary\s+(?:action|measures|proceedings)|\bwill\s+be\s+(?:disciplined|held\s+(?:personally\s+)?(?:responsible|accountable|liable))\b/gi,
  new RegExp(
    `\\b${PEOPLE}\\s+(?:(?:are|${Q}re|have)\\s+)?(?:put|puts|putting)\\s+(?:us|everyone|all\\s+of\\s+us|our\\s+customers|(?:the|our)\\s+(?:whole\\s+|entire\\s+)?(?:company|firm|business|team|office))\\s+at\\s+risk\\b`,
    "gi",
  ),
  /\b(?:we\s+can(?:not|['’]t|\s+not)\s+trust\s+(?:you|staff|users|employees)|can(?:not|['’]t)\s+be\s+trusted)\b/gi,
];

// Words before the match, inside the same clause, that turn it around: "it is a myth that
// users are the weakest link", "this is not your fault", "if you clicked, call us".
const NEGATED =
  /\b(?:not|never|no\s+longer|myth|isn['’]t|aren['’]t|wasn['’]t|don['’]t|doesn['’]t|didn['’]t|stop\s+(?:calling|saying|blaming|treating)|rather\s+than|instead\s+of|wrong\s+to|nobody|no\s+one|no-one|untrue|false\s+that)\b/i;
const CONDITIONAL = /\b(?:if|whether|when|whenever|in\s+case|once|should|suppose|think|worried)\b/i;
const ACCUSATION = /\b(?:you|someone|somebody|colleague|employee|member|user)\b/i;

export function findBlame(text: string): TextSpan[] {
  const spans: Span[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (m.groups?.neg) continue;
      const start = m.index;
      const end = start + m[0].length;
      const clause = clauseAround(text, start, end);
      const before = text.slice(clause.start, start);
      if (NEGATED.test(before)) continue;
      // "If you clicked the link, tell us" invites a report; it does not accuse anyone.
      if (
        /clicked|opened|fell|ignored|failed|forgot|bother|caused/i.test(m[0]) &&
        ACCUSATION.test(m[0])
      ) {
        if (CONDITIONAL.test(before)) continue;
      }
      spans.push(clause);
    }
  }
  return mergeSpans(text, spans);
}
