import { type CueEntry, neg } from "./cue.js";

// More idea families found missing in error analysis on the train split (brief F); see
// general.ts for how they were chosen.

/** Keeping apart: fixing it alone, giving up on them, hiding things, not knowing who they are. */
const DISTANCE_FAMILIES: CueEntry[] = [
  ...neg(
    "{fix|fixes|fixed|fixing|sort|sorts|sorted|sorting|solve|solves|solved|solving|handle|handles|handled|manage|manages|managed|deal with|deals with|dealt with|work round|work around|worked round|worked around|patch|patched} ~5 {ourselves|myself|yourself|themselves|on our own|on my own|by ourselves|by myself|alone|in-house|among ourselves|between ourselves}",
    { d: 0.65 },
  ),
  ...neg(
    "{use|uses|used|using|buy|buys|bought|buying|run|runs|ran|running|build|built|building|set up|brought in|bring in} ~2 {our own|my own|her own|his own|their own|personal|private} ~2 {tools|tool|laptops|laptop|phones|phone|dropbox|accounts|account|checks|scanner|scanners|software|apps|app|cables|chargers|charger|kit|devices|device|gmail|whatsapp|system|systems}",
    { d: 0.55, c: 0.3 },
  ),
  ...neg(
    "{stopped|stop|stops|gave up|give up|given up|no longer|don't bother|do not bother|never bother|never bothered|quit} ~1 {inviting|involving|asking|reporting|contacting|including|consulting|raising|emailing|going to|talking to|speaking to|logging}",
    { d: 0.65, c: 0.3 },
  ),
  ...neg(
    "{no point|pointless|waste of time|a waste of breath|not worth|no use} ~3 {calling|asking|ringing|reporting|contacting|telling|raising|logging|emailing|phoning|talking to|bothering}",
    { d: 0.6, c: 0.3 },
  ),
  ...neg(
    "{asking|calling|ringing|contacting|reporting to|telling|emailing|phoning|going to|talking to} ~2 {it_dept|them|security|the helpdesk|the service desk|the security team|infosec} ~1 {is|was|feels|seems} ~1 {pointless|useless|a waste of time|no use|futile|hopeless}",
    { d: 0.6, c: 0.4 },
  ),
  ...neg(
    "{hide|hides|hid|hidden|hiding|conceal|conceals|concealed|keep quiet about|kept quiet about|cover up|covered up|sweep|swept} ~4 from ~1 {us|them|security|it_dept|the security team|infosec|management}",
    { d: 0.6, c: 0.35 },
  ),
  ...neg(
    "{do|does|did|would} ~2 {even|actually|really|ever} ~1 {know|knows|recognise|recognize} ~1 {our names|my name|who we are|who i am|what we do|we exist|i exist|where we sit|where we are}",
    { d: 0.65 },
  ),
  ...neg(
    [
      "{heard|hear} ~1 they ~1 exist",
      "{rumour|rumours|rumor|rumors|legend|legends|myth} ~3 {they exist|exists|really exist}",
    ],
    { d: 0.6 },
  ),
  ...neg(
    "{rather than|instead of} ~1 {a person|a human|a human being|someone|somebody|anyone|a face} ~1 to ~1 {talk to|speak to|ask|call}",
    { d: 0.55, n: 0.4 },
  ),
  ...neg(
    "{them and us|them-and-us|us and them|us-and-them|us versus them|us vs them|them versus us}",
    { d: 0.45, c: 0.45 },
  ),
  ...neg(
    "{nobody|no one|never|not once|none of them|hasn't|haven't|has not|have not} ~4 {set foot|sets foot|visited|shown their face|show their face|shown up|been down|been over|been out|popped in|popped by|dropped by|dropped in}",
    { d: 0.7 },
  ),
  ...neg(
    "{can't remember|cannot remember|can not remember|don't remember|do not remember|can't recall|cannot recall|can not recall|struggle to remember} the last time ~4 {came|visited|spoke|saw|heard|talked|called|rang|dropped|popped|met|contacted|was|were}",
    { d: 0.65 },
  ),
  ...neg(
    "{never|rarely|hardly|barely|don't|do not|seldom} ~1 {overlap|cross paths|meet|mix|bump into}",
    {
      d: 0.6,
    },
  ),
  ...neg(
    "{feel|feels|felt|feeling|are|were|get|gets|got} ~1 {forgotten|overlooked|left out|abandoned|neglected|out of the loop|cut off|sidelined|invisible|unseen|unheard}",
    { d: 0.5, f: 0.45 },
  ),
  ...neg(
    "{would be good|would be nice|would be great|it'd be nice|it'd be good|wish|if only|would help|would love} ~3 {came|come|visited|visit|spent time|sat with|saw|see|popped in|dropped by}",
    { d: 0.55 },
  ),
  ...neg(
    "{couldn't|could not|can't|cannot|can not|wouldn't|would not|doubt they could|doubt i could|doubt i'd} ~2 {pick them out|pick out|pick him out|pick her out|recognise them|recognize them|tell you my name|tell you our names|name anyone|name one|name a single} ~3 {crowd|line-up|lineup|street|corridor|name|names|job|person|in the team|of them}",
    { d: 0.65 },
  ),
  ...neg(
    "{never|not once|haven't|have not|hasn't|has not} ~2 {been introduced|introduced themselves|introduced ourselves|exchanged|met them|met anyone|met any of them|spoken to them|spoken to anyone|spoken to any of them}",
    { d: 0.6 },
  ),
  ...neg("{and never again|never since|not since|not once since|and not since}", { d: 0.55 }),
  ...neg(
    [
      "{just|only|merely|nothing but|nothing more than} {a name|names|an email address|an email|a mailbox|an inbox|a phone number|a logo|a voice|a ticket number|a portal}",
      "{a name on the intranet|name on the intranet|names on the intranet|an email relationship|relationship by email|purely by email|only by email|only over email|only through tickets|only via tickets|only through the portal}",
    ],
    { d: 0.55 },
  ),
  ...neg(
    "{forget|forgot|forgotten|forgets|forgetting} ~1 {about us|about the|we have|that we|we exist|we're here|we are here|about our|about the drivers|about the staff|the shop floor|the night shift}",
    { d: 0.5, c: 0.3 },
  ),
  ...neg("{just|only|simply|merely} {shrug|shrugs|shrugged}", { n: 0.5, d: 0.3 }),
  ...neg("keep ~1 out of ~1 {their|our|each other's|his|her|everyone's} way", { d: 0.65 }),
  ...neg(
    "{closed shop|clique|cliquey|cliquish|insular|siloed|in a silo|in their own world|in their own little world|own little world|own bubble|keep themselves to themselves|keeps themselves to themselves}",
    { d: 0.6, p: 0.25 },
  ),
  ...neg(
    "{aloof|standoffish|stand-offish|unsociable|unapproachable|not sociable|not the sociable type|not exactly sociable|not exactly the sociable type}",
    { d: 0.6 },
  ),
  ...neg(
    "{don't|do not|doesn't|does not|never|rarely|hardly} ~2 {think about|think of|remember|consider} ~1 {us|the staff|staff|our team|our branch|our site|the shop floor|the front line}",
    { d: 0.6, f: 0.2 },
  ),
  ...neg("{eyes glaze over|eyes glazed over|glaze over|glazed over|zone out|zones out|zoned out}", {
    d: 0.45,
    n: 0.3,
  }),
  ...neg(
    "{since|after|when} ~1 {she|he|they|our contact|our rep} ~1 {left|retired|moved on|went} ~3 {nothing|no one|nobody|no contact|no one came|silence|not a word}",
    { d: 0.6 },
  ),
];

/** Blame in other words: pinning it on someone, pointing at a group, owning a share of it. */
const BLAME_FAMILIES: CueEntry[] = [
  ...neg(
    "{pinned|pin|pins|pinning|put|puts|blamed|loaded|dumped|land|lands|landed} on ~1 {the user|the users|users|the staff|staff|employees|the employee|the person|the nurse|the nurses|the developer|developers|the individual|individuals|the end user|end users|the operator|the frontline|front line staff}",
    { b: 0.65 },
    "emp",
  ),
  ...neg(
    "{pointing|point|points|pointed} ~1 {at|the finger at|fingers at} ~1 {developers|devs|users|staff|employees|the user|the users|nurses|the nurses|people|us|the business|engineers}",
    { b: 0.65 },
    "resolve_right",
  ),
  ...neg(
    [
      "{that's|that is|it's|it is} ~1 {partly|partially|largely|mostly|all|entirely|squarely|probably} on {us|me}",
      "{that's|that is|it's|it is} ~1 on {him|her|himself|herself}",
      "{blame|blames|blamed|blaming} {herself|himself|themselves}",
      "{our own fault|our fault|our mistake|our own mistake|we're to blame|we are to blame|we're partly to blame|we are partly to blame}",
    ],
    { b: 0.6 },
    "self",
  ),
  ...neg(
    "{treat|treats|treated|see|sees|consider|considers|regard|regards} ~2 {security|the rules|policy|the policy|passwords|training|the training} as ~1 {optional|a joke|a nuisance|an inconvenience|someone else's job|somebody else's problem|someone else's problem|a tick box|box ticking|a chore}",
    { b: 0.5, c: 0.3 },
    "resolve",
  ),
  ...neg(
    "{break|breaks|broke|broken|mess up|messes up|messed up} ~2 {stuff|things|everything|it} ~3 {we pay|we suffer|we get the blame|we take the blame|we carry the can|we pick up the pieces}",
    { b: 0.6, c: 0.5 },
    "resolve",
  ),
  ...neg(
    "{we|i} ~2 {built|designed|made|set up|wrote|run|ran} ~4 {for the auditors|for the audit|for compliance|to tick a box|to tick boxes|for the regulator} ~1 {rather than|not|instead of}",
    { b: 0.5, n: 0.4 },
    "self",
  ),
  ...neg(
    "{always|constantly|forever|keep|keeps} ~1 {looking for|finding|find|trying to find|hunting for} a way ~1 {around|round|to bypass|to dodge|to avoid|to break|to get round|to get around|to skip}",
    { b: 0.5, c: 0.4 },
    "resolve",
  ),
  ...neg(
    "if ~1 {people|users|staff|employees|everyone|the staff|the users|colleagues} ~1 {just|only|simply|actually} ~1 {followed|read|listened|did|paid attention|thought|used|stopped|took}",
    { b: 0.6 },
    "emp",
  ),
  ...neg(
    "{a breach|an accident|a disaster|an incident|a risk|a hack} waiting to happen",
    { b: 0.55 },
    "resolve_people",
  ),
  ...neg(
    "out to {steal|get|cheat|cause|break|leak|sell|sabotage|harm|hurt|trick}",
    { b: 0.5, p: 0.3 },
    "resolve",
  ),
  ...neg(
    "{penalised|penalized|punished|blamed|disciplined|told off|written up|pulled up|docked|marked down} ~1 for ~3 {mistakes|errors|faults|bugs|failures|glitches|problems} ~1 {their|its|the system's|the software's|the tool's|their own|it's}",
    { b: 0.6, p: 0.4 },
    "sec",
  ),
  ...neg(
    [
      "{badly|poorly|terribly|awfully|horribly|stupidly} ~1 {designed|built|configured|set up|thought out|planned|implemented|made}",
      "if the {systems|system|tools|tool|software|process|processes|interface|rules} ~1 {were|was} ~1 {easier|simpler|better|clearer|designed better|less clunky}",
    ],
    { b: 0.5 },
    "sec",
  ),
  ...neg(
    "{human stupidity|human error|human errors|human weakness|human fallibility|the human factor|the human element|between the keyboard and the chair|between keyboard and chair|pebkac|layer 8|id10t}",
    { b: 0.6 },
    "emp",
  ),
  ...neg(
    "{hand over|hands over|handing over|give away|gives away|giving away|give out|gives out|type|types|enter|enters} ~2 {password|passwords|credentials|details|login|logins|codes|pin} ~2 to {anyone|anybody|whoever|any caller|any website|any site}",
    { b: 0.7 },
    "resolve",
  ),
];

/** Friction in other words: broken promises, going round them, merely tolerating each other. */
const CONFLICT_FAMILIES: CueEntry[] = [
  // Not knowing how the work is done: "they don't get how we build things".
  ...neg(
    "{don't|do not|doesn't|does not|never|didn't|did not|can't|cannot|fail to|fails to|not sure they|doubt they|wonder if they} ~2 {understand|get|grasp|know|see|appreciate|realise|realize} ~1 {how|what} ~2 {we|our|a busy|busy|the shop|the ward|the office|the business|the floor|frontline|front-line|the front line|a restaurant|a shop|a hospital|a school|a warehouse|real|actual}",
    { c: 0.55, d: 0.3 },
  ),
  ...neg(
    "{clueless about|no idea about|no clue about|nothing to do with|out of touch with|detached from|disconnected from|divorced from|ignorant of|oblivious to|blind to} ~2 {how|what|the reality of|the realities of|the day-to-day|the way|reality} ~2 {we|our|a busy|the shop|the ward|the office|the business|the floor|frontline|front-line|the front line|people|staff|a restaurant|a shop|a hospital|a school|a warehouse|work|things}",
    { c: 0.55, d: 0.35 },
  ),
  ...neg(
    "{rules|rule|policy|policies|security|compliance|checks|process|processes|procedure|procedures|tick box|tick-box|audit|audits|paperwork} ~4 {more important than|matter more than|matters more than|come before|comes before|priority over|ahead of|first before} ~2 {patient|patients|care|customers|customer|clients|client|sales|the business|service|the job|our jobs|our job|getting work done|deadlines|people|safety|students|pupils|passengers|guests}",
    { c: 0.6 },
  ),
  ...neg(
    "{can't|cannot|can not|couldn't|could not|unable to|no longer} ~2 {email|send|open|print|share|use|access|install|download|upload|save|sign|log|plug|connect|reach} ~4 {anymore|any more|any longer}",
    { c: 0.55 },
  ),
  ...neg(
    "{lost|lose|losing|wasted|waste|wastes|wasting|cost|costs|costing} ~2 {a whole|an entire|half a|half the|a full|the whole|most of a|most of the} {day|morning|afternoon|week|shift|evening}",
    { c: 0.55 },
  ),
  ...neg(
    "{never|don't|do not|doesn't|does not|rarely|seldom} ~1 {follow through|follow up on|deliver on|keep their word|keep to their word|do what they say|do what they promise}",
    { c: 0.55 },
  ),
  ...neg("{broken promises|empty promises|no follow-through|no follow through|promise the earth}", {
    c: 0.55,
  }),
  ...neg(
    "{behind their backs|behind their back|behind our back|behind our backs|behind my back|behind security's back|behind it's back|go around them|went around them|go round them|went round them|going around them|going round them|bypass them|bypassed them|bypassing them}",
    { c: 0.5, d: 0.5 },
  ),
  ...neg(
    "{tolerate|tolerates|tolerated|tolerating|put up with|putting up with} ~1 {each other|one another}",
    { c: 0.55, d: 0.4 },
  ),
  ...neg(
    "{security theatre|security theater|theatre|theater|box ticking|box-ticking|tick-box|tick box} ~3 {protects nobody|protects no one|helps nobody|helps no one|achieves nothing|pointless|for show|for the auditors}",
    { c: 0.55 },
  ),
  ...neg(
    "{finger pointing|finger-pointing|fingerpointing|pointing fingers|blame game|blame culture|culture of blame|passing the blame}",
    { c: 0.45, b: 0.55 },
    "speaker",
  ),
  ...neg(
    "{about as much use as|as much use as|about as useful as|as useful as|about as helpful as|as helpful as} ~1 {a|an}",
    { b: 0.55, c: 0.3 },
    "resolve",
  ),
];

/** Feelings said sideways: no thanks, worn down, done being patient. */
const FEELING_FAMILIES: CueEntry[] = [
  ...neg(
    "{thankless|unappreciated|underappreciated|under-appreciated|unthanked|unvalued|undervalued|nobody ever thanks|no one ever thanks|never thanked|never thank us|never a thank you|not even a thank you}",
    { f: 0.6 },
  ),
  ...neg(
    "{demoralising|demoralizing|demotivating|disheartening|soul-destroying|soul destroying|deflating|discouraging|not motivating|hardly motivating|exhausting|draining|wearing}",
    { f: 0.65 },
  ),
  ...neg(
    "{wasting|waste|wasted|taking up|take up} ~1 their ~1 {time|precious time|valuable time}",
    { f: 0.55 },
  ),
  ...neg(
    "{done being|finished being|past being|tired of being|sick of being|beyond being} ~1 {polite|patient|nice|reasonable|understanding|helpful}",
    { f: 0.65, c: 0.4 },
  ),
];

export const GENERAL_MORE: CueEntry[] = [
  ...DISTANCE_FAMILIES,
  ...BLAME_FAMILIES,
  ...CONFLICT_FAMILIES,
  ...FEELING_FAMILIES,
];
