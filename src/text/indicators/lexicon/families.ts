import { type CueEntry, neg, pos } from "./cue.js";

// Broad cue families: each names one idea with the common ways English says it (synonyms,
// inflections, the usual idioms), rather than one statement's wording. They overlap the other
// lists on purpose; overlapping cues count once per indicator (see rules.ts). Their phrases
// also teach the classifier (see pseudo.ts), which is how a synonym no cue names can still count.

/** Friction: waiting, repeated asking, clashes, expectations that do not meet, no way through. */
const CONFLICT_FAMILIES: CueEntry[] = [
  ...neg(
    "{two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|countless|numerous|endless|a dozen|dozens of} {times|emails|calls|reminders|chasers|tickets|requests|attempts|phone calls|follow-ups|messages}",
    { c: 0.5 },
  ),
  ...neg(
    "{take|takes|took|taking|taken|waited|wait|waits|waiting|after|over|lasted|spent} ~2 {two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many|a couple of|2|3|4|5|6|7|8|9|10} {days|weeks|months|hours|working days}",
    { c: 0.55 },
  ),
  ...neg(
    "{still|yet} ~2 {waiting|nothing|no answer|no reply|no response|no word|no fix|no news|not fixed|not sorted|unresolved|pending}",
    { c: 0.55 },
  ),
  ...neg(
    "{cripple|cripples|crippled|crippling|paralyse*|paralyze*|stifle*|strangle*|choke|chokes|choking|suffocat*|smother*|hobble*|shackle*}",
    { c: 0.55 },
  ),
  ...neg(
    "{lock horns|locking horns|locked horns|cross swords|crossed swords|tug of war|tug-of-war|bone of contention|sore point|sticking point|point of contention|running battle|constant battle|turf war|turf wars|standoff|stand-off|stalemate|deadlock|impasse|head-butting|headbutting|war of words|at war|cold war|battleground|battle lines|daggers drawn|not on speaking terms|fall out|falls out|fell out}",
    { c: 0.7 },
  ),
  ...neg(
    "{hostile|hostility|antagonis*|adversarial|adversaries|combative|confrontational|confrontation|confrontations|resentment|bad blood|ill feeling|ill will|animosity|acrimon*|bitterness}",
    { c: 0.65, f: 0.3 },
  ),
  ...neg(
    "{different|opposite|conflicting|competing|clashing|incompatible|mismatched|contradictory|contradicting|opposing} ~1 {priorities|expectations|goals|agendas|needs|views|ideas|worlds|interests|objectives|aims|agenda|wants|requirements}",
    { c: 0.6 },
  ),
  ...neg(
    "{not|never|n't} ~2 {on the same page|on the same wavelength|aligned|in sync|in step|see eye to eye|on the same side}",
    { c: 0.6 },
  ),
  ...neg(
    "{voicemail|voice mail|answerphone|rings out|ring out|rang out|goes unanswered|went unanswered|unanswered|no one picks up|nobody picks up|never picks up|never pick up|don't pick up|doesn't pick up|out of office|auto reply|auto-reply|automatic reply}",
    { c: 0.5, n: 0.35 },
  ),
  ...neg(
    "{brush off|brushed off|brushes off|brushing off|fobbed off|fob off|fobs off|fobbing off|shrugged off|shrug off|waved away|swept under the carpet|swept under the rug}",
    { c: 0.5, n: 0.4 },
  ),
  ...neg(
    "more ~1 {hindrance|hassle|trouble|bother|obstacle|burden|pain|problem|problems|harm|damage|disruption} than ~1 {help|good|they're worth|it's worth|its worth|they are worth|any hacker|the hackers}",
    { c: 0.7 },
  ),
  ...neg(
    "{back and forth|back-and-forth|to and fro|round in circles|going in circles|ping pong|ping-pong|runaround|the run around|merry-go-round|pillar to post}",
    { c: 0.55 },
  ),
  ...neg(
    "{simple|basic|simplest|tiny|small|quick|trivial|easy|straightforward} ~1 {task|request|thing|job|change|fix|question|query|answer|update} ~3 {takes|took|take|becomes|turns into|ends up|needs|requires}",
    { c: 0.55 },
  ),
  ...neg(
    "{turns|turned|turn|becomes|became|become} into ~1 {a row|a fight|an argument|a battle|a saga|an ordeal|a nightmare|a negotiation|a drama|a marathon|a war|a struggle|a mission}",
    { c: 0.65 },
  ),
  ...neg(
    "{can't|cannot|couldn't|unable to|impossible to|no way to} ~2 {do my job|do our jobs|do our job|do my work|do our work|work properly|get anything done|get work done|help customers|help our customers|help clients|help patients|meet deadlines|meet our deadlines}",
    { c: 0.65 },
  ),
  ...neg(
    "{no sense of|zero|no|little|not much} ~1 {urgency|common sense|flexibility|pragmatism|compromise|give and take|middle ground}",
    { c: 0.5 },
  ),
  // Agreement is praise; denied, it is friction: "we don't see eye to eye".
  ...pos(
    "{see eye to eye|sees eye to eye|saw eye to eye|on the same page|on the same wavelength}",
    {
      c: 0.6,
    },
  ),
];

/** Distance: no contact, not knowing the other side, avoiding it, managing alone. */
const DISTANCE_FAMILIES: CueEntry[] = [
  ...neg(
    "{never|rarely|seldom|hardly ever|barely|almost never|not often|not very often|infrequently} ~2 {see|seen|saw|meet|met|hear from|heard from|talk to|talked to|speak to|spoke to|spoken to|deal with|dealt with|interact|contact|visit|visits|visited|come round|comes round|come by|pop in|pops in|show their faces|show up|shows up|around}",
    { d: 0.7 },
  ),
  ...neg(
    "{no|zero|little|minimal|hardly any|barely any|not much|not really any|not a lot of|limited|no real|no actual|virtually no|practically no|next to no} ~1 {contact|relationship|interaction|interactions|connection|dealings|rapport|engagement|communication|presence|visibility|face time|conversation|conversations|dialogue}",
    { d: 0.7, n: 0.25 },
  ),
  ...neg(
    "{relationship|contact|interaction|dealings} ~2 {non-existent|nonexistent|non existent|zero|minimal|nil|distant|remote|cold|sporadic|rare|limited|virtually nil|practically nil}",
    { d: 0.7 },
  ),
  ...neg(
    "{distant|detached|disconnected|aloof|cut off|isolated|siloed|out of touch|far away|faraway|invisible|faceless|nameless|strangers|a mystery|unreachable|inaccessible|hands-off|arm's length|at arm's length}",
    { d: 0.65 },
  ),
  ...neg(
    "{based|sit|sits|sat|work|works|located|hidden|tucked away} ~2 {at head office|at headquarters|at hq|in the basement|in another building|on another site|on another floor|in another office|somewhere else|elsewhere|offshore|in another country}",
    { d: 0.5 },
  ),
  ...neg(
    "{fix|fixed|fixes|sort|sorted|sorts|solve|solved|figure|figured|handle|handled|manage|managed|deal|dealt|muddle|cope|coped} ~4 {myself|ourselves|on my own|on our own|by myself|by ourselves|alone|among ourselves|amongst ourselves|in-house|within the team}",
    { d: 0.6 },
  ),
  ...neg(
    "{rather than|instead of} ~1 {asking|calling|contacting|bothering|ringing|emailing|going to|involving|phoning|raising|logging} ~2 {them|it_dept|security|helpdesk|the helpdesk|a ticket|tickets}",
    { d: 0.6 },
  ),
  ...neg(
    "{given up|gave up|give up|stopped|no longer|don't bother|do not bother|not bothering|never bother|can't be bothered|cannot be bothered} ~2 {asking|reporting|calling|raising|logging|contacting|telling|emailing|trying|engaging|ringing|mentioning|flagging|suggesting}",
    { d: 0.65, f: 0.25 },
  ),
  ...neg(
    "{don't|do not|doesn't|does not|never|couldn't|could not|wouldn't|would not|no idea} ~2 {know|recognise|recognize|name|tell you} ~2 {who|their names|anyone|any of them|a single|what they look like|their faces|who they are|who to}",
    { d: 0.65 },
  ),
  ...neg(
    "{never|not once|not ever|haven't|have not|hasn't|has not} ~2 {met|seen|spoken|talked|heard from|come across|dealt with|been visited|visited}",
    { d: 0.6 },
  ),
  ...neg(
    "{keep|keeps|kept|keeping} ~1 {to themselves|themselves to themselves|their distance|out of sight|a low profile}",
    { d: 0.65 },
  ),
];

/** One side decides, approves and watches; the other asks, waits and is treated as a child. */
const POWER_FAMILIES: CueEntry[] = [
  ...neg(
    "{total|complete|full|absolute|ultimate|unchecked|too much|all the} {power|control|authority|say}",
    { p: 0.7 },
  ),
  ...neg(
    "{no|zero|little|not much|hardly any|without any} ~1 {say|control|choice|voice|autonomy|influence|power|freedom|discretion|agency} ~1 {over|in|about|on|at all|whatsoever}",
    { p: 0.65 },
  ),
  ...neg(
    "{ask|asking|asked|need|needs|needed|get|getting|wait for|waiting for|seek|seeking|request|requesting|beg|begging} ~2 {permission|approval|sign-off|sign off|authorisation|authorization|clearance|the go-ahead|a green light|the green light|blessing|say-so}",
    { p: 0.55, c: 0.35 },
  ),
  ...neg(
    "{everything|anything|all|every} ~3 {goes through|go through|has to go through|needs to go through|must go through|approved by|signed off by|vetted by|checked by|reviewed by} ~1 {them|it_dept|security}",
    { p: 0.6, c: 0.3 },
  ),
  ...neg(
    "{like|as if|as though} ~2 {children|kids|child|toddlers|schoolchildren|pupils|naughty|babies|teenagers|infants|schoolkids|a child|a kid|a toddler|a pupil|a schoolchild}",
    { p: 0.6, n: 0.3 },
  ),
  ...neg(
    "{like|as if|as though} ~2 {a teacher|teachers|a headmaster|the headmaster|a headteacher|a parent|parents|a nanny|babysitters|prison guards|a prison guard|wardens|a warden|the police|police officers|cops|our bosses|my boss|the boss|masters|overlords|a dictator|dictators|kings|gods|royalty|rulers|supervisors|referees|prefects|hall monitors}",
    { p: 0.65 },
  ),
  ...neg(
    "{dare|dares|daren't|dare not|afraid to|scared to|too scared to|frightened to|nervous to|reluctant to|hesitant to|hesitate to} ~2 {question|challenge|disagree|push back|speak up|admit|complain|ask|say no|raise|report|contradict|object}",
    { p: 0.5, f: 0.5 },
  ),
  ...neg(
    "{watched|monitored|tracked|logged|recorded|checked|reviewed|scrutinised|scrutinized|inspected|audited|policed|supervised|spied on|vetted} ~2 {every|all the time|constantly|closely|all day|always|everything}",
    { p: 0.6, f: 0.25 },
  ),
  ...neg(
    "{they|it_dept|security} ~2 {decide|decides|decided|dictate|dictates|control|controls|determine|determines} ~2 {everything|what we|how we|who|when we|whether we|what i|how i}",
    { p: 0.6 },
  ),
  ...neg("{at their mercy|at the mercy|beholden|hostage|held hostage|over a barrel}", { p: 0.65 }),
  ...neg(
    "{told off|scolded|reprimanded|rebuked|disciplined|punished|penalised|penalized|written up|hauled in|hauled up|called in|called into|summoned|carpeted|dressing down|dressing-down|slap on the wrist}",
    { p: 0.45, n: 0.35, f: 0.3 },
  ),
];

/** Jargon, talking down, silence, no reasons given, hearing only when something went wrong. */
const COMMUNICATION_FAMILIES: CueEntry[] = [
  ...neg(
    "{jargon|jargony|acronym|acronyms|abbreviations|technical terms|techspeak|tech speak|tech-speak|it speak|it-speak|geek speak|geekspeak|gobbledygook|gobbledegook|double dutch|legalese|buzzwords|technobabble|mumbo jumbo|technical language|tech talk|tech jargon}",
    { n: 0.75 },
  ),
  ...neg("{in|speak|speaks|talk|talks|like} {another|a foreign|a different|their own} language", {
    n: 0.6,
  }),
  ...neg(
    "{goes over|went over|way over|lost me|loses me|baffling|baffled|bewildering|bewildered|confusing|incomprehensible|unintelligible|impenetrable|cryptic|unreadable|impossible to follow|hard to follow|difficult to follow|hard to understand|difficult to understand|impossible to understand|can't understand|cannot understand|can't follow|head nor tail}",
    { n: 0.6 },
  ),
  ...neg(
    "{wordy|waffle|waffly|rambling|long-winded|long winded|walls of text|wall of text|essays|an essay|pages and pages|verbose}",
    { n: 0.5 },
  ),
  ...neg(
    "{only|only ever} ~4 {when|if|after} ~4 {wrong|problem|problems|mistake|mistakes|broken|breaks|broke|fail|failed|fails|incident|incidents|breach|trouble}",
    { n: 0.55 },
  ),
  ...neg(
    "{condescending|condescension|patronising|patronizing|patronise|patronize|dismissive|curt|rude|brusque|snappy|snippy|abrupt|short with|sarcastic|snarky|belittling|belittle|demeaning|scolding|preachy|preaching|lecturing|lectured|lecture|lectures|telling off|told off|tutted|sighed|smug|snooty|snobby|sneer|sneering|mocking|mocked|laugh at|laughed at}",
    { n: 0.6 },
  ),
  ...neg(
    "{never|no|not once|not a} ~2 {face to face|in person|face-to-face|in the flesh|human contact|real person|a real human|actual human|actual person|proper conversation|phone call}",
    { n: 0.5, d: 0.4 },
  ),
  ...neg(
    "{never|don't|doesn't|didn't|won't|no|without|zero|hardly any|little} ~2 {explain|explains|explained|explanation|explanations|reason|reasons|reasoning|context|justification|rationale}",
    { n: 0.55 },
  ),
  ...neg(
    "{never|don't|doesn't|didn't|won't|rarely|no|without} ~2 {reply|replies|replied|respond|responds|responded|response|responses|answer|answers|answered|get back|got back|call back|called back|feedback|acknowledge|acknowledged|acknowledgement|follow up|followed up}",
    { n: 0.55, c: 0.3 },
  ),
  ...neg("{radio silence|crickets|tumbleweed|heard nothing|hear nothing|left on read}", {
    n: 0.5,
    c: 0.3,
  }),
  ...neg(
    "{threatening|shouty|shouting|shouted|yelled|yelling|capital letters|all caps|block capitals|red text|alarming|scaremongering|fear-mongering|fearmongering|doom and gloom|accusatory|accusing|aggressive|blunt|stern}",
    { n: 0.5 },
  ),
  ...neg(
    "{find out|found out|finding out|hear about|heard about|learn about|learned about|learnt about|discover|discovered} ~4 {after|too late|last minute|last-minute|the hard way|by accident|from colleagues|from the news|afterwards|later}",
    { n: 0.5, c: 0.3 },
  ),
  ...neg(
    "{no|zero|without|little|not enough|not any} ~1 {warning|notice|heads-up|heads up|advance notice|consultation|guidance|instructions}",
    { n: 0.5, p: 0.25 },
  ),
];

/** Fear and worry, frustration, disappointment, feeling small. */
const FEELING_FAMILIES: CueEntry[] = [
  ...neg(
    "{afraid|scared|frightened|terrified|fearful|nervous|anxious|anxiety|worried|worry|worries|worrying|uneasy|on edge|dread|dreading|dreaded|panic|panicked|panicky|paranoid|intimidated|nerve-wracking|nerve wracking|nervy|jumpy|apprehensive|wary|petrified|spooked|rattled|unsettling|unsettled|unnerving|unnerved}",
    { f: 0.75 },
  ),
  ...neg(
    "{frustrat*|annoy*|irritat*|exasperat*|infuriat*|maddening|fed up|sick of|tired of|sick and tired|drives me mad|drives me crazy|drives me nuts|drives me up the wall|fuming|furious|angry|anger|livid|aggravat*|bugs me|gets on my nerves|wits' end|wits end|had enough|sick to death|end of my tether|exhausting|exhausted|draining|drained|galling|resentful|bitter|cynical|jaded}",
    { f: 0.7 },
  ),
  ...neg(
    "{disappoint*|let down|let us down|let me down|letdown|disheartening|disheartened|demoralis*|demoraliz*|demotivat*|discourag*|deflat*|disillusion*|sad|saddens|upset|upsetting|hurtful|gutted|dismayed}",
    { f: 0.7 },
  ),
  ...neg(
    "{feel|feels|felt|feeling|made me feel|makes me feel|make me feel|make you feel|makes you feel|made us feel|makes us feel} ~2 {embarrassed|humiliated|ashamed|mortified|small|stupid|silly|like an idiot|foolish|inadequate|incompetent|useless|guilty|bad|terrible|awful|nervous|anxious|scared|judged|uncomfortable|awkward|uneasy|unwelcome|unwanted|belittled|patronised|patronized|worthless|dumb|thick}",
    { f: 0.7 },
  ),
  ...neg(
    "{stress|stressed|stressful|stresses|overwhelmed|overwhelming|burnt out|burned out|burnout|on tenterhooks|walking on eggshells|eggshells}",
    { f: 0.6 },
  ),
];

export const FAMILIES: CueEntry[] = [
  ...CONFLICT_FAMILIES,
  ...DISTANCE_FAMILIES,
  ...POWER_FAMILIES,
  ...COMMUNICATION_FAMILIES,
  ...FEELING_FAMILIES,
];
