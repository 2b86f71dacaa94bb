import { type CueEntry, neg } from "./cue.js";

/**
 * Blame. Most cues resolve their direction from the group named nearby; some carry it.
 * Self-blame is the internalised form ("I'm the trouble").
 */
export const BLAME: CueEntry[] = [
  ...neg(
    "{weakest link|weak link|weakest point|weak point|weakest spot|weak spot|achilles heel|achilles' heel|weak spots|weak links|soft target|soft targets|soft underbelly|chink in the armour|chink in the armor}",
    { b: 0.85 },
    "resolve_people",
  ),
  ...neg(
    "{biggest|greatest|main|number one|no 1|no. 1|#1|top|largest|primary|worst|single biggest|single greatest|real|major|number 1|main source of|biggest source of} ~1 {threat|threats|risk|risks|vulnerability|vulnerabilities|weakness|weaknesses|problem|liability|danger|hole|headache|attack surface|security hole|security risk|security threat|cause of breaches|cause of incidents}",
    { b: 0.7 },
    "resolve_people",
  ),
  ...neg(
    "{be|i'm|im|am|are|is|was|were|being} ~1 {the problem|the issue|the trouble|the threat|the risk|the enemy|the liability|the weak spot|a liability|a risk|a threat|a danger|a menace|a hazard|the hazard|a problem|trouble|the culprit|the culprits|to blame|the cause|the bad guys|the bad guy|a nuisance|a pain|a burden|a security risk|a security threat|the security risk|an accident waiting to happen|the weak point|our weak point|a nightmare|a nightmare to deal with|the suspects|suspects|the criminals|criminals|the hackers|the criminals|the attackers|the bad guys}",
    { b: 0.75 },
    "resolve",
  ),
  ...neg(
    "{my|our|their|your|his|her|its|it_dept|it|security|users|staff|employees|user|employee|everyone|people} ~1 {fault|faults|doing|mistake|mistakes|bad|own fault|own doing|screw-up|screw up|cock-up|cock up|mess|own mess}",
    { b: 0.75 },
    "resolve",
  ),
  ...neg(
    "{fault of|all down to|is down to|was down to|caused by|blame lies with|blame is on|responsibility of} ~2 {the users|users|staff|the staff|employees|people|humans|them|us|it_dept|security|the it|me|their}",
    { b: 0.7 },
    "resolve_right",
  ),
  ...neg(
    "{blame|blames|blamed|blaming|blamey|blame game|blame culture|culture of blame|finger pointing|finger-pointing|point the finger|points the finger|pointed the finger|pointing the finger|point fingers|pointing fingers|scapegoat|scapegoats|scapegoated|scapegoating|fall guy|fall guys|witch hunt|witch-hunt|hung out to dry|throw under the bus|thrown under the bus|threw me under the bus|threw us under the bus}",
    { b: 0.75 },
    "victim",
  ),
  ...neg(
    "{stupid|dumb|idiot|idiots|idiotic|moron|morons|moronic|thick|clueless|ignorant|lazy|careless|negligent|reckless|sloppy|incompetent|useless|hopeless|gullible|naive|muppet|muppets|dinosaurs|luddites|luddite|numpty|numpties|simpleton|simpletons|imbecile|imbeciles|dimwits|dimwit|halfwits|brain dead|braindead|clowns|amateurs|cowboys|jobsworth|jobsworths|fools|foolish|irresponsible|untrustworthy|inept|unteachable|careless clicks|trigger happy|click happy|clickers|rubbish|crap|garbage|naff|shambles|a shambles|box tickers|box-tickers|pen pushers|pen-pushers|jobsworth|jobsworths|paper pushers}",
    { b: 0.65 },
    "resolve_adj",
  ),
  ...neg(
    "{pebkac|pebcak|id10t|id-10-t|layer 8|layer eight|between the keyboard and the chair|between keyboard and chair|behind the keyboard|user error|user errors|user stupidity|lusers|luser|wetware|meatware|meat bags|meatbags}",
    { b: 0.85 },
    "emp",
  ),
  ...neg(
    "{human error|human errors|human mistakes|human failing|human failings|the human factor|the human element|people problem|people problems}",
    { b: 0.45 },
    "emp",
  ),
  ...neg(
    "{click|clicks|clicked|clicking} ~1 {on anything|anything|everything|on everything|any link|every link|on any link|whatever}",
    { b: 0.85 },
    "emp",
  ),
  ...neg(
    "{can't be trusted|cannot be trusted|can not be trusted|not to be trusted|never be trusted|can't trust them|cannot trust them|can't trust users|can't trust staff|untrusted}",
    { b: 0.7 },
    "resolve",
  ),
  ...neg(
    "{never|don't|do not|won't|will not|refuse to|fail to|fails to|failed to|can't be bothered to|can not be bothered to} ~1 {learn|listen|follow|read|comply|pay attention|take it seriously|think|care} ~3 {rules|policy|policies|procedures|guidance|training|advice|instructions|warnings|anything|it|before|seriously}",
    { b: 0.55, c: 0.3 },
    "resolve_people",
  ),
  ...neg(
    "{ignore|ignores|ignored|ignoring|flout|flouts|flouted|flouting|break|breaks|broke|breaking|disregard|disregards} ~2 {the rules|rules|policy|policies|procedures|guidance|protocol|security advice}",
    { b: 0.55, c: 0.45 },
    "resolve_people",
  ),
  ...neg(
    "{treat|treats|treated|treating|see|sees|saw|view|views|viewed|regard|regards|think of|thinks of|consider|considers} ~1 {us|me|staff|users|employees|people|colleagues|everyone|the rest of us} {like|as} ~2 {suspects|suspect|criminals|criminal|the enemy|enemies|idiots|idiot|a threat|threats|a risk|risks|the problem|problems|a liability|liabilities|morons|fools|children|potential criminals|guilty|culprits|threat actors|insider threats}",
    { b: 0.75, n: 0.3, p: 0.4 },
    "resolve",
  ),
  ...neg(
    "{think|thinks|thought|assume|assumes|assumed|act as if|acts as if|acting as if|behave as if|treat it as if} ~3 {we|we're|we are|staff|users|people|employees|colleagues|everyone|i|i'm} ~2 {stupid|idiots|idiot|dumb|thick|clueless|simpletons|the problem|incompetent|careless|lazy|morons|untrustworthy|to blame|at fault|useless|criminals|the enemy|a pain|a nuisance}",
    { b: 0.8, n: 0.3 },
    "resolve_people",
  ),
  ...neg(
    "{because of|thanks to|due to|courtesy of} ~2 {them|it_dept|security|the security team|the it team|the it department|their rules|their policies|their changes|their update|their updates|their system|their new|the helpdesk}",
    { b: 0.5, c: 0.5 },
    "sec",
  ),
  ...neg(
    "{broke|break|breaks|broken|ruined|ruin|ruins|messed up|mess up|messes up|screwed up|screw up|screws up|botched|botch|bodged} ~2 {everything|my|our|it|things|the|up|something}",
    { b: 0.4, c: 0.5 },
    "resolve",
  ),
  ...neg(
    "{made|make|makes|making} ~1 {it|things|everything|matters} worse",
    { b: 0.5, c: 0.4 },
    "resolve",
  ),
  ...neg(
    "{more of a hindrance|more hindrance than help|more trouble than|waste of space|waste of time|waste of money|waste of oxygen|complete waste|total waste|worse than useless|no use|of no use|not fit for purpose|a joke|a laughing stock|clueless lot|useless lot|bunch of clowns|bunch of amateurs|bunch of idiots}",
    { b: 0.6, c: 0.35 },
    "resolve_adj",
  ),
  ...neg(
    "{my own fault|my fault|my mistake|my own mistake|my own stupidity|my stupidity|blame myself|blamed myself|blaming myself|should have known better|shouldn't have clicked|should not have clicked|i messed up|i screwed up|i cocked up|i'm the trouble|i'm the problem|i'm the weak link|i'm the weakest link|i'm a liability|i'm a risk|i'm a danger|i'm hopeless|i'm useless|i'm rubbish|i'm terrible|i'm a dinosaur|i'm a luddite|i'm not very good|i'm not good|i am the problem|i am the trouble|i am hopeless|i am useless|i am a liability|i always mess|i always break|i always get it wrong|i keep messing|i keep breaking|i keep getting it wrong|it's on me|that's on me|down to me|i'm to blame|i am to blame|me to blame|my bad}",
    { b: 0.75 },
    "self",
  ),
  ...neg(
    "{i|i'm|im} ~3 {hopeless|useless|terrible|rubbish|awful|bad|a disaster|a dinosaur|a luddite|clueless|thick|an idiot|a numpty|stupid|dumb|careless} {with|at|about} ~1 {computers|tech|technology|it|it_dept|passwords|security|this|these|phishing|emails|anything technical}",
    { b: 0.7, f: 0.3 },
    "self",
  ),
  ...neg(
    "{feel|feels|felt|feeling} ~2 {like a nuisance|a nuisance|like a burden|a burden|like a pest|a pest|like i'm the problem|like the problem|like i am the problem|guilty|to blame|responsible|at fault}",
    { b: 0.5 },
    "resolve",
  ),
  ...neg(
    "{feel|feels|felt|feeling|made to feel} ~2 {like the bad guy|like the culprit|like a criminal|like a suspect|like criminals|like suspects|like the enemy}",
    { b: 0.6, f: 0.4 },
    "emp",
  ),
  ...neg(
    "{guilty|guilt|at fault|culpable|responsible for the breach|responsible for the incident|caused the breach|caused the incident|caused the problem|caused the outage}",
    { b: 0.45 },
    "resolve",
  ),
  ...neg(
    "{get|gets|got|getting|be|is|are|was|were|being} ~1 {blamed|accused|singled out|picked on|told off|reprimanded|disciplined|punished|sanctioned|written up|named|shamed|hauled in|hauled over the coals|carpeted}",
    { b: 0.7, f: 0.3 },
    "victim_left",
  ),
  ...neg(
    "{blame culture|culture of blame|blaming culture|witch hunt|witch-hunt|witch hunts|blamestorming}",
    { b: 0.75, f: 0.3 },
    "emp",
  ),
  ...neg(
    "{always ours|always our fault|always us|always the user|always the users|always the staff|always the employee|always the employees|always someone else|always the end user}",
    { b: 0.6 },
    "resolve",
  ),
  ...neg(
    "{call|calls|called|calling|label|labels|labelled|labeled|brand|branded} ~3 {a liability|liabilities|idiots|stupid|a risk|the weak link|the weakest link|a nightmare|a problem|lazy|careless|useless|dinosaurs|a pain|a repeat offender|repeat offenders|offenders|a threat|the problem}",
    { b: 0.7 },
    "victim",
  ),
  ...neg(
    "{still|keep|keeps|continue to|continues to|continually} ~1 {click|clicking|clicks|reuse|reusing|reuses|fall for|falling for|falls for|ignore|ignoring|ignores|share|sharing|shares|write down|writing down|writes down|leave|leaving|leaves|forget|forgetting|forgets} ~2 {links|link|passwords|password|laptops|laptop|scams|phishing|the rules|policy|screens|unlocked|it|them|everything|anything}",
    { b: 0.5 },
    "resolve_people",
  ),
  ...neg(
    "{insider|insiders|rogue employee|rogue employees|disgruntled employee|disgruntled employees|malicious insider|malicious insiders}",
    { b: 0.45 },
    "emp",
  ),
  ...neg(
    "{tricked|tricking|trick email|trick emails|betray|betrayed|betrayal|set up to fail|a trap|trap us|trapped|sting|entrap|entrapment}",
    { f: 0.55, b: 0.4 },
    "emp",
  ),
  ...neg(
    "{read out|called out|calls out|call out|publicly named|named publicly|singled out|paraded} ~4 {name|names|in front of|everyone|the team|colleagues|meeting|publicly|the whole}",
    { p: 0.4, b: 0.55, f: 0.4 },
    "emp",
  ),
  ...neg(
    "{tell us off|telling us off|told us off|tells us off|told off|telling off|get told off|got told off|getting told off|reprimand|reprimanded|scold|scolded|scolding|ticked off|dressing down|carpeted}",
    { b: 0.45 },
    "emp",
  ),
  ...neg(
    "{make|makes|made|making} ~1 {mistakes|errors|a mistake|an error|silly mistakes|the same mistakes}",
    { b: 0.45 },
    "resolve",
  ),
  ...neg(
    "{cleaning up after|clean up after|cleans up after|mop up after|mopping up after|picking up the pieces|pick up the pieces|babysit|babysitting|hand holding|hand-holding|spoon feed|spoon-feed|spoon feeding}",
    { f: 0.45, b: 0.45 },
    "resolve_people",
  ),
  ...neg(
    "{like a crime|like criminals|like a criminal|like a sackable offence|like a hanging offence|a criminal offence}",
    { b: 0.6, p: 0.45 },
    "emp",
  ),
  ...neg(
    "{catch us out|catch people out|catch staff out|catch me out|caught out|catching us out|catching people out|gotcha|trap us|trick us|trying to trick|trip us up|out to get us|out to get me|waiting for us to fail|waiting for us to slip up}",
    { b: 0.6, f: 0.35 },
    "emp",
  ),
  ...neg(
    "{scared|afraid|frightened|terrified|nervous|wary|intimidated|petrified} of ~3 {them|him|her|the security|it_dept|security|the it|manager|lead|the team|the helpdesk|the department|getting in trouble|being told off|being blamed}",
    { p: 0.45, f: 0.8 },
  ),
  ...neg(
    "{make|makes|made|making} ~2 {me|us|you|u|people|staff|everyone} ~1 feel ~3 {fault|guilty|bad|blamed|responsible|awful|terrible|stupid|small|useless|ashamed|anxious|nervous|scared|worried|paranoid|rubbish|like we're the problem|like i'm the problem|the problem|like criminals|like suspects|unwelcome|a nuisance}",
    { f: 0.6 },
  ),
  ...neg("{i'm|im|i am|i was|i've been} ~2 the reason", { b: 0.65 }, "self"),
  ...neg(
    "{it's me|it was me|it is me|i'm the one|i am the one|i was the one|i'm always the one|i am always the one} ~4 {wrong|fault|mistake|mistakes|messed|broke|clicked|caused|problem|to blame|breaks|forgets|forgot|making|causing|creating|giving}",
    { b: 0.7 },
    "self",
  ),
  ...neg(
    "{i|i'd|i've|i had|i have} ~2 {fallen for|fell for|clicked on|clicked the|opened the|gave away|given away|fell victim|handed over|gave out}",
    { b: 0.45 },
    "self",
  ),
  ...neg(
    "{who clicked|who opened it|who opened the|who fell for|who was responsible|who caused|who did it|find the culprit|find who|finding who|hunt for who|look for someone to blame|looking for someone to blame|someone to blame|somebody to blame}",
    { b: 0.55 },
    "emp",
  ),
];
