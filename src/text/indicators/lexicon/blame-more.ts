import { type CueEntry, neg } from "./cue.js";

/** More blame cues: accusations, attributions of cause, self-blame in other words. */
export const BLAME_MORE: CueEntry[] = [
  ...neg(
    "{caused|cause|causes|causing|come from|comes from|came from|coming from|stem from|stems from|stemmed from|start with|starts with|started with|begin with|begins with|all down to|is down to|was down to|comes down to|came down to|result of|the source of|the cause of|the root of|responsible for|to blame for|at fault for} ~3 {most|many|all|the majority|half|every|this|the|these|our|their|that|them|it_dept|security|staff|users|employees|people|us|me}",
    { b: 0.55 },
    "resolve",
  ),
  ...neg(
    "{most|many|all|the majority of|half|nine out of ten|90%|80%} ~3 {incidents|breaches|problems|issues|tickets|mistakes|errors|attacks|outages} ~2 {come from|caused by|are caused by|start with|stem from|are down to|down to|because of|due to|trace back to}",
    { b: 0.6 },
    "resolve_right",
  ),
  ...neg("{messed|screwed|cocked|mucked|stuffed} ~2 up", { b: 0.4 }, "resolve"),
  ...neg("{it's|it is|it was|usually|always|often} ~2 me who", { b: 0.6 }, "self"),
  ...neg(
    "always ~1 on ~2 {us|staff|the staff|users|the users|employees|the employees|me|the end user|the user}",
    { b: 0.6 },
    "resolve_right",
  ),
  ...neg(
    "{someone|somebody} ~3 {done something wrong|did something wrong|clicked something|clicked on something|messed up|is to blame|must have clicked|must have done}",
    { b: 0.55 },
    "emp",
  ),
  ...neg(
    "{can't resist|cannot resist|can not resist|can't stop themselves|cannot stop themselves}",
    { b: 0.55 },
    "resolve_people",
  ),
  ...neg(
    "{not thinking|without thinking|never think|thoughtless|thoughtlessly|mindless|mindlessly|on autopilot|brains off|brain off|switch off their brains}",
    { b: 0.45 },
    "resolve_people",
  ),
  ...neg("{own worst enemy|my own enemy|worst enemy}", { b: 0.65 }, "resolve"),
  ...neg(
    "{offender|offenders|culprit|culprits|repeat offender|repeat offenders|worst offenders|excuse|excuses}",
    { b: 0.55 },
    "resolve_people",
  ),
  ...neg(
    "{messed up|screwed up|cocked up|slipped up|made a mistake|made mistakes|got it wrong|gets it wrong|was careless|were careless}",
    { b: 0.4 },
    "resolve",
  ),
  ...neg(
    "{guilty until proven innocent|presumed guilty|assumed guilty|treated as guilty}",
    { b: 0.65, p: 0.5 },
    "emp",
  ),
  ...neg(
    "{assume|assumes|assumed|presume|presumes|presumed} ~3 {employee|employees|user|users|staff|person|we|us|me|people|someone} ~3 {messed|fault|clicked|wrong|did it|to blame|caused|responsible|careless|broke|broken|did something}",
    { b: 0.7 },
    "emp",
  ),
  ...neg(
    "{describe|describes|described|call|calls|called|label|labels|labelled|labeled|see|sees|think of|regard|regards|view|views} ~1 {us|me|staff|users|employees|people|the staff|everyone|colleagues} as ~3 {a pain|pain|a nuisance|nuisance|a burden|burden|a hassle|hassle|dumb|thick|stupid|clueless|illiterate|not technical|idiots|liability|a liability|a risk|risks|a threat|threats|problem|problems|the problem|the weak link|lazy|careless|helpless|hopeless}",
    { b: 0.75 },
    "resolve",
  ),
  ...neg(
    "{the enemy within|enemy within|insider threat|insider threats|insider risk|threat from within|threat from inside|inside job}",
    { b: 0.55 },
    "emp",
  ),
  ...neg(
    "{fix the human|fix the user|fix the users|fix people|patch the human|patching the human|patch the user|human firewall failure|idiot proof|idiot-proof|fool proof|fool-proof|dummies}",
    { b: 0.55 },
    "emp",
  ),
  ...neg(
    "{can't help themselves|cannot help themselves|will fall for anything|fall for anything|falls for anything|fall for everything|fall for it every time|will open anything|open anything|will click|would click|open the door to attackers|let the attackers in|let attackers in|let hackers in|let the hackers in|one careless click|single careless click}",
    { b: 0.65 },
    "resolve_people",
  ),
  ...neg(
    "{one click away|one wrong click|a single click|one bad click|one mistake away}",
    { b: 0.4, f: 0.3 },
    "resolve_people",
  ),
  ...neg(
    "{accuse|accused|accuses|accusing|accusation|accusations|accusatory|interrogated|interrogate|grilled|cross-examined}",
    { b: 0.6, f: 0.3 },
    "victim",
  ),
  ...neg(
    "{it's probably me|it is probably me|must be me|must have been me|it was probably me|probably my fault|i must have done something|i probably did something|i assume it's me|i assume i}",
    { b: 0.6 },
    "self",
  ),
  ...neg(
    "{i'm|im|i am} not ~1 {very|that|particularly|really|the most|great|good} ~1 {techy|technical|tech savvy|tech-savvy|good with computers|computer literate|it literate|good with technology|good at this|good at it}",
    { b: 0.45 },
    "self",
  ),
  ...neg(
    "{can't|cannot|can not|couldn't|could not} ~1 {do their job|do their jobs|fix anything|fix a thing|sort anything|organise|organize|get anything right|get it right}",
    { b: 0.6, c: 0.3 },
    "resolve_adj",
  ),
  ...neg(
    "{the one who|the one that|the person who} ~3 {causes|caused|cause|lets|let|clicks|clicked|breaks|broke|messes|messed|ruins|ruined|opens|opened}",
    { b: 0.5 },
    "resolve",
  ),
  ...neg(
    "{treated|being treated|be treated|get treated} {like|as} ~2 {a suspect|suspects|a criminal|criminals|the enemy|a threat|a risk|guilty|an idiot|idiots|a child|children|the problem}",
    { b: 0.6, p: 0.35 },
    "victim_left",
  ),
  ...neg(
    "{hauled into|hauled in|called into|dragged into|summoned to|summoned into|sent on a course|sent on extra training|put on extra training|made to redo|made to retake}",
    { b: 0.5, p: 0.4 },
    "victim_left",
  ),
  ...neg(
    "{don't be stupid|do not be stupid|don't be an idiot|don't be careless|don't be the one|do not be the one}",
    { b: 0.55 },
    "emp",
  ),
  ...neg(
    "{messing|mess|messed|messes} ~2 {things|it|everything|stuff|systems} up",
    { b: 0.45, c: 0.4 },
    "resolve",
  ),
  ...neg(
    "{like|as if|as though} ~3 {done something wrong|did something wrong|committed a crime|was guilty|were guilty|a guilty|the guilty}",
    { b: 0.6 },
    "victim",
  ),
  ...neg(
    "{as if|like|as though} ~2 {we|we're|we are|staff|users|everyone|i|i'm|i am} ~3 {about to|going to|out to|trying to} ~2 {leak|steal|sabotage|break|betray|cause|destroy|attack|cheat}",
    { b: 0.6, f: 0.3 },
    "victim",
  ),
  ...neg(
    "{constant suspicion|under suspicion|suspicious of us|suspicious of staff|distrust of us|distrust of staff|mistrust of us|mistrust of staff|suspected of|treated with suspicion}",
    { b: 0.5, f: 0.3 },
    "emp",
  ),
  ...neg(
    "{my own carelessness|my carelessness|my negligence|my own negligence|my own ignorance|my ignorance|my own fault entirely}",
    { b: 0.7 },
    "self",
  ),
  ...neg(
    "{find|found|finds} ~2 {staff|users|people|employees|the staff|the users|colleagues} ~1 {frustrating|difficult|annoying|exhausting|hard work|impossible|careless|lazy|hopeless}",
    { b: 0.6, f: 0.5 },
    "emp",
  ),
  ...neg(
    "{never|won't|will not|don't|do not|refuse to|refuses to} ~1 {admit|accept|take|own up to|own} ~3 {fault|responsibility|blame|wrong|mistake|mistakes|the blame|they were wrong|they're wrong|liability}",
    { b: 0.55 },
    "speaker",
  ),
  ...neg(
    "{passing|pass|passed|passes|shift|shifting|shifted|shifts|deflect|deflecting|deflected} ~1 {the buck|the blame|responsibility|blame}",
    { b: 0.6 },
    "speaker",
  ),
  ...neg(
    "{made|make|makes|making} ~2 {me|us|people|staff|everyone} ~1 feel ~2 {guilty|responsible|like it was my fault|like it was our fault|like it's our fault|like it's my fault|to blame|at fault|like criminals|like a criminal|like suspects}",
    { b: 0.6, f: 0.5 },
    "victim",
  ),
  ...neg(
    "{lecture|lectured|lectures|lecturing|scold|scolded|scolds} ~2 {us|me|staff|everyone|people} ~3 {about|on|over|for} ~3 {mistakes|errors|clicking|security|phishing|passwords|links|failing}",
    { b: 0.45, n: 0.5 },
    "victim",
  ),
  ...neg(
    "{it_dept|security|they|the it team|the helpdesk} ~1 {caused|broke|messed up|screwed up|ruined|crashed|wiped|deleted|lost|corrupted|bricked}",
    { b: 0.5, c: 0.4 },
    "resolve",
  ),
  ...neg(
    "{poor|terrible|awful|shocking|appalling|dreadful|abysmal|atrocious|pathetic|woeful|diabolical}",
    { b: 0.45 },
    "resolve_adj",
  ),
  ...neg(
    "{i|i'm|im|i am} ~2 {always|keep|constantly|forever|continually} ~1 {forget|forgetting|lose|losing|mess|messing|break|breaking|click|clicking|getting it wrong|get it wrong}",
    { b: 0.5 },
    "self",
  ),
  ...neg(
    "{talk about|talks about|talked about|talking about|speak about|speaks about|refer to|refers to|referred to|describe|describes|described|think of|thinks of} ~2 {users|staff|us|people|employees|colleagues|everyone|the staff|the users} as ~3 {the problem|a problem|idiots|stupid|the weak link|weakest link|the weakest link|a risk|risks|a threat|the enemy|liabilities|a liability|a nuisance|lazy|careless}",
    { b: 0.7 },
    "victim",
  ),
  ...neg(
    "{cause|causes|caused|create|creates|created} ~2 more ~2 {disruption|damage|problems|trouble|harm|chaos|risk|issues} than",
    { b: 0.55, c: 0.4 },
    "resolve",
  ),
  ...neg("{part of the problem|part of the issue}", { b: 0.65 }, "resolve"),
  ...neg(
    "{too trusting|far too trusting|overly trusting|so trusting|too naive|far too naive|too easily fooled}",
    { b: 0.55 },
    "resolve_people",
  ),
  ...neg(
    "{don't|do not|doesn't|does not|never|won't|will not} take ~2 seriously",
    { b: 0.45 },
    "resolve_people",
  ),
];
