import { PhraseMatcher } from "../shared/patterns.js";

/**
 * Cues for practitioner statements. A `frame` cue casts someone as problem, threat or cause;
 * who that someone is gets resolved from the words around it, and only people count.
 * An `exonerate` cue moves the problem elsewhere ("a symptom of bad design", "not the enemy")
 * and disarms the framing cues of its sentence.
 *
 * `subject`: where the framed party is named. "inherent" cues are about people by themselves
 * ("clicks on anything", "between the keyboard and the chair"); "left" looks at the subject
 * before the cue ("users are lazy"); "right" looks after it ("caused by careless staff").
 */
export interface BlameCue {
  readonly kind: "frame" | "exonerate";
  readonly weight: number;
  readonly subject: "inherent" | "left" | "right" | "either";
  /**
   * For a bare problem noun ("risk", "threat"): the people must *be* it ("staff are a risk",
   * "users pose a threat"), not face it or protect against it ("staff face a growing risk").
   */
  readonly copula?: boolean;
}

const frame = (pattern: string, weight: number, subject: BlameCue["subject"], copula = false) => ({
  pattern,
  data: { kind: "frame", weight, subject, copula } as BlameCue,
});
const exonerate = (pattern: string, weight = 1) => ({
  pattern,
  data: { kind: "exonerate", weight, subject: "inherent" } as BlameCue,
});

export const BLAME_CUES = new PhraseMatcher<BlameCue>([
  // People as the weak part.
  frame(
    "{weakest link|weak link|weakest links|weak links|weakest point|weak point|weak spot|weak spots|weakest spot|achilles heel|achilles' heel|soft underbelly|soft target|soft targets|chink in the armour|chink in the armor|chink in your armour|point of failure|points of failure}",
    0.85,
    "either",
  ),
  frame(
    "{biggest|greatest|main|number one|#1|top|largest|primary|single biggest|single greatest|major|leading|most common|most dangerous|most exploitable|worst} ~1 {threat|threats|risk|risks|vulnerability|vulnerabilities|weakness|weaknesses|liability|danger|problem|hole|exposure|attack surface|adversary|challenge|cause|source|gift|nightmare|entry point|way in}",
    0.75,
    "either",
  ),
  frame(
    "{be|are|is|was|were|'re|'s|remain|remains|become|becomes} ~1 {the problem|a problem|the issue|the threat|a threat|the risk|a risk|the enemy|an enemy|a liability|the liability|a danger|the danger|a menace|a hazard|to blame|the cause|the culprit|the culprits|an open door|the front door|the entry point|the easiest way in|the way in|a gift|the gap|the hole|a disaster|an accident waiting to happen|accidents waiting to happen|the reason|the point of failure}",
    0.75,
    "left",
  ),
  // A cause pinned on a person's act: "it happened because an employee clicked a link".
  frame(
    "{because|since|all because|only because|simply because|just because|thanks to|after} ~2 {an employee|a user|a member of staff|someone|somebody|one of our staff|one of the staff|a colleague|staff|users|employees|people|a person|a temp|an intern|a contractor|the receptionist|the intern} ~2 {clicked|opened|fell for|ignored|forgot|shared|reused|downloaded|plugged in|wrote down|disabled|bypassed|gave away|handed over|did not follow|didn't follow|failed to|switched off|turned off|left|lost|posted|emailed|forwarded|installed|approved|typed|entered|trusted|skipped|let in|held the door|paid}",
    0.7,
    "inherent",
  ),
  // Inherently about people at the keyboard.
  frame(
    "{pebkac|pebcak|id10t|id-10-t|layer 8|layer eight|between the keyboard and the chair|between keyboard and chair|behind the keyboard|sitting at the keyboard|user error|user errors|user stupidity|human stupidity|lusers|luser|wetware|meatware}",
    0.85,
    "inherent",
  ),
  frame(
    "{click|clicks|clicked|clicking} ~1 {on anything|anything|everything|on everything|any link|every link|on any link|whatever|first}",
    0.85,
    "inherent",
  ),
  frame(
    "{one|a single|just one} ~1 {careless|wrong|bad|stray|thoughtless|errant|accidental|distracted|bored|untrained|gullible} ~1 {click|clicks|employee|user|person|member of staff|decision|mistake|slip}",
    0.8,
    "inherent",
  ),
  frame(
    "{human error|human errors|human mistakes|human mistake|employee error|employee errors|employee mistakes|employee mistake|staff error|staff errors|staff mistakes|user mistakes|human failing|human failings|the human factor|the human element|insider negligence|negligent insiders|careless insiders|careless insider|the careless insider|malicious insiders|rogue employees|disgruntled employees}",
    0.5,
    "inherent",
  ),
  frame(
    "{insider threat|insider threats|the enemy within|threat from within|threat from inside|potential insider threat|potential insider threats|the insider}",
    0.55,
    "inherent",
  ),
  frame(
    "{fix the human|fix the humans|fix the user|fix the users|fix people|fix your people|patch the human|patch the humans|patch people|patch stupidity|patch human|patch the user|debug the user|upgrade the user}",
    0.75,
    "inherent",
  ),
  frame(
    "{can't be trusted|cannot be trusted|can not be trusted|not to be trusted|never be trusted|too careless to be trusted|can't trust|cannot trust|never trust}",
    0.75,
    "either",
  ),
  frame(
    "{careless|negligent|lazy|clueless|gullible|naive|ignorant|stupid|dumb|reckless|sloppy|untrained|unaware|complacent|distracted|inattentive|oblivious|unreliable|untrustworthy|irresponsible|hopeless|predictable|easily fooled|easy to fool|easiest to fool|too trusting|trusting|thoughtless|foolish|idiots|idiotic|morons|incompetent|bored}",
    0.6,
    "either",
  ),
  frame(
    "{will|would|'ll|always|happily|simply|still} ~2 {click|open|fall for|hand over|hand their|give away|give their|leak|download|ignore|bypass|reuse|find a way|undo|let them in|let attackers in|let hackers in|break|choose convenience|take shortcuts}",
    0.6,
    "left",
  ),
  frame(
    "{let|lets|letting|invite|invites|opens the door|open the door|opening the door} ~2 {them in|attackers in|hackers in|criminals in|ransomware in|the attackers in|the hackers in|to attackers|to hackers|to criminals}",
    0.6,
    "left",
  ),
  frame(
    "{fall|falls|falling|fell} for ~2 {anything|everything|the same|scams|a scam|every}",
    0.65,
    "left",
  ),
  frame(
    "{keep|keeps} ~1 {falling for|clicking|making the same|reusing|ignoring|opening}",
    0.6,
    "left",
  ),
  frame(
    "{never learn|never learns|don't learn|do not learn|refuse to follow|refuse to learn|don't care|do not care|don't take security seriously|do not take security seriously|couldn't spot|could not spot|can't spot|cannot spot|won't follow|will not follow|don't follow|do not follow|don't pay attention|not paying attention|without thinking|think later}",
    0.6,
    "left",
  ),
  frame(
    "{cause|causes|caused|causing|are behind|is behind|accounts for|account for|responsible for|the root cause of|the main cause of|the reason} ~5 {breaches|breach|incidents|incident|leaks|leak|failures|failure|attacks|compromises|data loss|security failures|the damage}",
    0.65,
    "left",
  ),
  frame(
    "{caused by|due to|down to|because of|blamed on|traced to|traced back to|result of|the fault of|come from|comes from|start with|starts with|begin with|begins with} ~3 {human|humans|people|staff|employees|employee|users|user|insiders|insider|workers|careless|negligent|untrained|someone|somebody|a person|the person|an employee|a user|a member of staff|human error|employee mistakes|staff not}",
    0.75,
    "inherent",
  ),
  frame(
    "{ticking time bomb|time bomb|accidents waiting to happen|accident waiting to happen|disaster waiting to happen}",
    0.7,
    "left",
  ),
  frame("{your|our|the} own ~1 {staff|people|employees|users|team|workforce}", 0.3, "inherent"),
  frame(
    "{it's the people|it is the people|it's people|it is people|it's always the people|it's the users|it is the users|it's the staff|it is the staff|it's the humans|it's the employees|always a human|always the human|always the user|always the people}",
    0.7,
    "inherent",
  ),
  // Generic shapes: people as a problem noun, people's failings, people's bad habits.
  frame(
    "{risk|risks|threat|threats|danger|dangers|vulnerability|vulnerabilities|weakness|weaknesses|liability|liabilities|culprit|culprits|gateway|gateways|hazard|hazards|menace|enemy|adversary|adversaries|exposure|failure|failures|problem|problems|cause|reason|weakest|gap|loophole|backdoor|back door|open door|front door|entry point|way in|easy target|easy targets|target of choice}",
    0.6,
    "either",
    true,
  ),
  frame(
    "{human|humans|employee|employees|user|users|staff|people|insider|insiders|worker|workers|personnel|workforce} ~1 {weakness|weaknesses|negligence|carelessness|stupidity|gullibility|ignorance|laziness|complacency|fallibility|failings|failing|shortcomings|naivety|naivete|recklessness|sloppiness|inattention}",
    0.7,
    "inherent",
  ),
  frame(
    "{ignore|ignores|ignored|ignoring|leak|leaks|leaking|leaked|bypass|bypasses|bypassing|circumvent|circumvents|reuse|reuses|reusing|misplace|misplaces|lose|loses|losing|forget|forgets|disregard|disregards|flout|flouts|overshare|overshares|plug|plugs|download|downloads|share|shares|sharing|write down|writes down|jot down}",
    0.4,
    "left",
  ),
  frame(
    "{take shortcuts|takes shortcuts|taking shortcuts|take short cuts|cut corners|cuts corners|cutting corners|get sloppy|gets sloppy|got sloppy|let their guard down|drop their guard|slip up|slips up}",
    0.55,
    "left",
  ),
  frame(
    "{not capable|incapable|unable|can't tell|cannot tell|can not tell|can't recognise|cannot recognise|can't recognize|cannot recognize|don't know how|do not know how|have no idea|haven't a clue|no clue|no idea}",
    0.55,
    "left",
  ),
  frame(
    "{don't|do not|never|rarely|seldom|simply don't|just don't} {think|care|read|check|listen|learn|bother|realise|realize|notice|report}",
    0.5,
    "left",
  ),
  frame(
    "{one|a single|just one} ~1 {phone call|call|click|email|mistake|slip|message|wrong move} away",
    0.6,
    "left",
  ),
  frame(
    "{without realising|without realizing|without noticing|without knowing|unwittingly|unknowingly|inadvertently|accidentally}",
    0.35,
    "left",
  ),
  frame(
    "{dangerously|hopelessly|woefully|painfully|incredibly|notoriously} {naive|careless|ignorant|unaware|gullible|lax|complacent|bad|poor}",
    0.7,
    "left",
  ),
  frame(
    "{easy to fool|easy to trick|easy to manipulate|easily fooled|easily tricked|easily manipulated|easy to con|easily duped|easy prey|easy pickings}",
    0.7,
    "either",
  ),
  frame(
    "{people problem|people problems|people issue|human problem|human issue|user problem|user problems}",
    0.6,
    "inherent",
  ),
  frame(
    "{cannot be relied|can't be relied|can not be relied|not to be relied|never be relied|can't be counted|cannot be counted|can't rely on|cannot rely on}",
    0.7,
    "either",
  ),
  // Moving the problem away from people.
  exonerate(
    "{telling|calling|labelling|labeling|branding|call|calls|label} ~2 {people|staff|users|employees|humans|them|workers|colleagues} ~3 {the weakest link|weakest link|weak link|the problem|stupid|idiots|a risk|the enemy|careless|lazy|a threat}",
  ),
  exonerate(
    "{symptom|symptoms|result|consequence|product|sign} of ~3 {bad|poor|broken|confusing|unusable|badly designed|flawed|bad|weak} ~1 {design|systems|system|processes|process|tools|tool|security|policies|policy|interfaces|interface|ux|usability|controls}",
  ),
  exonerate(
    "{bad|poor|broken|confusing|unusable|badly designed|flawed|clunky} {design|designs|systems|system|processes|process|tools|policies|interfaces|ux|controls|security}",
  ),
  exonerate(
    "{design error|design errors|design problem|design problems|design flaw|design flaws|system error|process failure|system failure}",
  ),
  exonerate(
    "{look at the system|look at the process|look at the design|fix the process|fix the system|fix the design|fix the tools|blame the system|blame the design|the control is probably broken|the control is broken|design for the users|design for humans|design for people|adapt to humans|fits the way they work|make the right thing easy|right thing is easy|secure way the easy way|usable security|human-centred|human centred|human-centered|human centered|user-friendly|user friendly}",
  ),
  exonerate(
    "{strongest link|strongest defence|strongest defense|first line of defence|first line of defense|best defence|best defense|best early-warning|early warning system|best sensor|greatest asset|an asset|our asset|part of the solution|the solution|partners|not suspects|human firewall}",
  ),
  exonerate(
    "{stop blaming|stopped blaming|quit blaming|don't blame|do not blame|never blame|instead of blaming|rather than blaming|not blaming|blaming users|blaming staff|blaming employees|blaming people|blame culture|pointing fingers|finger pointing|finger-pointing|weakest link narrative|weakest-link mindset|weakest link mindset|shaming staff|name and shame}",
  ),
  exonerate(
    "{not their fault|not the employee's fault|not the user's fault|not the users' fault|not his fault|not her fault|nobody is stupid|no one is stupid|unfair to expect|unfair to blame|unfair on staff}",
  ),
]);
