import { type CueEntry, neg, pos } from "./cue.js";

// Idea families found missing in error analysis on the train split (brief F): each names one
// idea in the usual ways English says it, not one statement's wording. Where a family contains
// a word that is also praise ("sound", "inviting", "know who"), the longer complaint hides the
// praise inside it (see rules.ts).

/** Who decides: treated as less, kept out of decisions, no appeal, watched. */
const POWER_FAMILIES: CueEntry[] = [
  ...neg(
    "{treat|treats|treated|treating|see|sees|saw|regard|regards|regarded|view|views|viewed} ~3 {like|as} ~1 {an afterthought|afterthoughts|suspects|a suspect|criminals|a criminal|children|kids|a child|schoolchildren|lab rats|guinea pigs|a number|numbers|juniors|a junior|an intern|interns|second class|servants|a risk to be managed|a problem to be managed|cattle|robots|drones|pawns}",
    { p: 0.7, f: 0.2 },
  ),
  ...neg(
    "{like|as if|as though} ~2 {a prison|prison|an inspection|inspections|an interrogation|interrogations|a trial|on trial|a police state|big brother|a court|a courtroom|a headmaster's office|detention|being in the dock}",
    { p: 0.65, f: 0.3 },
  ),
  ...neg(
    "{can't|cannot|can not|couldn't|no way to|impossible to} ~1 be ~1 {challenged|questioned|appealed|argued with|disputed|reversed}",
    { p: 0.7 },
  ),
  ...neg(
    "{no|zero|little|without any|not much} ~1 {say|voice|input|appeal|recourse|right of reply|seat at the table|way to appeal|way to push back}",
    { p: 0.6 },
  ),
  ...neg(
    "{arbitrary|arbitrarily|unaccountable|answer to nobody|answers to nobody|answer to no one|answers to no one|above the rules|a law unto themselves|law unto themselves|ivory tower|high horse|holier than thou|holier-than-thou}",
    { p: 0.6 },
  ),
  ...neg(
    "{read|reads|reading|snoop|snoops|snooping|spy|spies|spying|go through|goes through|went through} ~2 {everyone's|everybody's|our|my|people's|staff's|all our|all the} ~1 {email|emails|mail|messages|chats|browsing|files|web history}",
    { p: 0.65, f: 0.25 },
  ),
  ...neg(
    [
      "{that's|that is} the end of ~1 {it|that|the discussion|the conversation|the matter}",
      "{end of discussion|case closed|no ifs or buts|because i said so|because they said so|rules are rules}",
    ],
    { p: 0.55, n: 0.35, c: 0.3 },
  ),
  ...neg(
    "{escalate|escalated|escalating|go over their heads|went over their heads|go above their heads|went above their heads} ~2 {to|a|the} ~1 {director|directors|manager|management|senior|the top|my boss|our boss|head of}",
    { p: 0.5, c: 0.5 },
  ),
  ...neg(
    "{disciplinary|disciplined|written up|a warning letter|named and shamed|name and shame|hauled in|hauled up|called in to|called into|sacked|fired|lose my job|lose our jobs|lose your job}",
    { p: 0.45, f: 0.45 },
  ),
  ...neg(
    "{how little|so little|never} ~3 {value|values|valued|respect|respects|respected|listen to|listens to|care about|cares about|take on board|takes on board} ~1 {our|my|the staff's|anyone's} ~1 {input|opinion|opinions|views|view|feedback|expertise|experience|ideas|knowledge|concerns}",
    { p: 0.6, f: 0.2 },
  ),
  ...neg(
    "{veto|vetoes|vetoed|final say|the last word|overrule|overrules|overruled|overruling|override|overrides|overrode|overridden|trump|trumps|trumped}",
    { p: 0.55, c: 0.4 },
  ),
  ...neg(
    "{don't|do not|doesn't|does not|never|won't|will not} trust ~2 {anyone|anybody|us|staff|the staff|people|employees|users|their own staff|their own people|a soul|nobody}",
    { p: 0.55 },
  ),
  ...neg("{don't|do not|doesn't|does not|never} rate ~3 {us|staff|the staff|anyone|them|at all}", {
    p: 0.5,
  }),
  ...neg(
    "{above my pay grade|above our pay grade|need to know basis|need-to-know basis|not for the likes of us|not your concern|none of your concern|none of our business|not our place}",
    { p: 0.7, n: 0.4 },
  ),
  ...neg(
    "{guinea pigs|guinea pig|lab rats|test subjects|crash test dummies|crash-test dummies|pawns|cannon fodder}",
    { p: 0.6, f: 0.3 },
  ),
  ...neg(
    "{never|not|n't|nobody|no one|none of them} ~3 {accountable|held accountable|answerable|held to account|taking responsibility|take responsibility}",
    { p: 0.6 },
  ),
  ...neg(
    [
      "{told rather than asked|told not asked|told, not asked|asked rather than told|dictated to|imposed on us|imposed upon us|forced on us|forced upon us|rammed down our throats|pushed on us|done to us}",
      "{imposed|imposes|imposing|dictate|dictates|dictated|decree|decrees|decreed|edict|edicts}",
    ],
    { p: 0.65 },
  ),
  ...neg(
    "{we're|we are|i'm|i am} ~1 the ones ~1 {who|that} ~1 {get|gets|getting|are} ~1 {audited|checked|reviewed|blamed|punished|monitored|watched|tested|questioned|inspected}",
    { p: 0.6 },
  ),
  ...neg(
    "{turns|turned|turn|becomes|became|treated as|treat it as|feels like|felt like} ~1 {into|like} ~1 an {investigation|inquisition|interrogation|inquiry|enquiry}",
    { p: 0.6, f: 0.3 },
  ),
  ...neg(
    "{after|once} the ~1 {contract|decision|decisions|project|deal|system|budget|plan|design} ~2 {is|was|has been|are|were|have been} ~1 {signed|made|launched|done|live|agreed|approved|built|finalised|finalized|bought}",
    { p: 0.5, c: 0.5 },
  ),
  ...neg(
    "{just|only|simply} ~2 {tell|tells|told|say|says|said|order|orders|ordered} ~2 {to do it|do it|we must|you must|must|to follow|follow it|comply|to comply|do as we're told|do as you're told}",
    { p: 0.55, n: 0.45 },
  ),
  ...neg(
    "{shouted at|shout at|yelled at|told off|tells off|scolded|criticised|criticized|embarrassed|humiliated|called out|named|singled out|mocked|belittled|showed up|shown up|told me off|told us off} ~3 in front of ~1 {my|our|the|his|her|their|everyone|colleagues|customers|patients|the whole}",
    { p: 0.55, f: 0.45, n: 0.3 },
  ),
  ...neg(
    "{scare|scares|scared|frighten|frightens|frightened|intimidate|intimidates|intimidated|bully|bullies|bullied|pressure|pressures|pressured|threaten|threatens|threatened} ~2 {people|us|staff|everyone|employees|users|me|the staff|the team} into",
    { p: 0.6, f: 0.4 },
  ),
  ...neg(
    "{walking on eggshells|walk on eggshells|walks on eggshells|tread carefully|treading carefully}",
    {
      p: 0.5,
      f: 0.5,
    },
  ),
  ...neg(
    [
      "{total|complete|full|absolute|all the|every bit of} control ~1 {over|of}",
      "{word is law|own the company|owns the company|own the place|owns the place|keys to everything|keys to the kingdom|hold all the cards|holds all the cards|call the shots|calls the shots|make all the calls|makes all the calls|made all the calls|pull the strings|pulls the strings|rule the roost|rules the roost|run the show|runs the show}",
    ],
    { p: 0.65 },
  ),
  ...neg(
    [
      "{nobody|no one|none of us} ~1 {dares|dare|would dare|will dare}",
      "{don't|do not|daren't|dare not|wouldn't|would not} dare ~2 {disagree|question|challenge|argue|push back|speak up|say|object|complain|ask}",
    ],
    { p: 0.65, f: 0.35 },
  ),
  ...neg(
    "{decisions|decision|rules|changes|policies|policy|orders|edicts} ~4 {land|landed|lands|dropped|drop|appear|appeared|handed down|come down|came down|made} ~2 {on our desks|on our desk|on us|from above|above our heads|over our heads|from on high|out of nowhere|somewhere above}",
    { p: 0.6, n: 0.3 },
  ),
  ...neg(
    "{call|calls|called|haul|hauls|hauled|summon|summons|summoned} ~1 {you|us|me|people|staff|him|her} in",
    {
      p: 0.5,
      f: 0.35,
    },
  ),
  ...neg(
    "{never|don't|do not|doesn't|does not|won't|rarely} ~1 {recognise|recognize|acknowledge|appreciate|credit|notice|value} ~2 {the effort|our effort|our efforts|the work|our work|what we do|how hard|the extra}",
    { p: 0.5, f: 0.4 },
  ),
  ...neg(
    "{hand out|hands out|handing out|dole out|doles out|dish out|dishes out|ration|rations|rationed|drip-feed|drip feed} ~3 {access|permissions|rights|scraps|crumbs|privileges|admin}",
    { p: 0.65 },
  ),
  ...neg(
    "{count|counts|counted|matter|matters|mattered} ~1 for ~1 {nothing|anything|very little|little|zero}",
    { p: 0.6 },
  ),
  ...neg(
    "until ~2 {my manager|a manager|my boss|someone senior|a director|my line manager|a supervisor|my supervisor} ~1 {vouched|approved|signed|confirmed|agreed|said so|stepped in|intervened}",
    { p: 0.55, c: 0.4 },
  ),
  ...neg(
    [
      "{watching|watch|watches|looking|peering|breathing} over ~1 {our|my|your|people's|everyone's} ~1 {shoulders|shoulder}",
      "breathing down ~1 {our|my|your|people's|everyone's} {necks|neck}",
    ],
    { p: 0.6, f: 0.3 },
  ),
  ...neg(
    "{last in the queue|last in line|back of the queue|bottom of the list|bottom of the pile|bottom of the pecking order|lowest priority|low priority for them|an afterthought}",
    { p: 0.55, c: 0.4 },
  ),
  ...neg(
    "until ~2 {escalate|escalates|escalated|complain|complained|kick up a fuss|make a fuss|go above|went above|shout|shouted|threaten|name drop|name-drop}",
    { p: 0.5, c: 0.5 },
  ),
  ...neg("{powerless|helpless|no control|no leverage|no power|no choice but}", { p: 0.6, f: 0.4 }),
];

/** How they talk: ignored, the tone of a threat, lectures, no reasons given. */
const COMMUNICATION_FAMILIES: CueEntry[] = [
  ...neg(
    "{got|get|gets|getting|was|were|been|being|feel|felt|is|are} ~1 {ignored|blanked|stonewalled|ghosted|left on read|fobbed off|brushed aside|dismissed|shut down}",
    { n: 0.55, c: 0.45 },
  ),
  ...neg(
    "{sound|sounds|sounded|read|reads|come across|comes across|came across|feel|feels} ~1 like ~2 {a threat|threats|a telling off|a telling-off|a warning|a lecture|a legal notice|a summons|an accusation|a reprimand|a robot|robots|a manual|a lawyer|lawyers|a contract|an order|orders|a ransom note|a court order}",
    { n: 0.6, f: 0.25 },
  ),
  ...neg(
    "{narrated|written|voiced|presented|read out} by ~1 {a robot|robots|lawyers|a lawyer|a machine|auditors|a committee}",
    { n: 0.5 },
  ),
  ...neg(
    "{talk|talks|talking|talked|lecture|lectures|lectured|lecturing|preach|preaches|preaching|preached|shout|shouts|shouting|shouted|bark|barks|barking|barked} at ~1 {us|me|people|staff|everyone|the staff|the team|them}",
    { n: 0.6, p: 0.3 },
  ),
  ...neg(
    "{without|with no|with zero|no|never any|not a word of|not one word of} ~1 {saying why|explaining|explaining why|an explanation|explanation|a reason|reason|reasons|telling us|telling anyone|a word|any word|warning|notice|a heads up|heads up|consultation|context|feedback|reply|response|answer}",
    { n: 0.55 },
  ),
  ...neg(
    "{only|just|never} ~3 {hear from|hear anything from|get an email from|see|contact|contacts|email|emails|call|calls|get in touch|reach out|turn up|turns up|appear|appears|show up|shows up} ~4 {when|if|unless|once} ~4 {something|a problem|wrong|breaks|broke|flags|flagged|an incident|an audit|a finding|a mistake|we mess|someone messes|they want|they need|to complain|to tell|to scold}",
    { n: 0.65, d: 0.3 },
  ),
  ...neg(
    "{pitched|aimed|written|delivered|talking|talks|talk|talked|goes|go|went|going} ~2 {above|over|way over|way above|far above|far over} ~1 {the audience|the audience's head|our heads|my head|people's heads|everyone's heads|their heads|his head|her head|most people's heads}",
    { n: 0.6 },
  ),
  ...neg(
    "{can't they|cannot they|why can't they|if they|wish they|would help if they|could they|if only they|would it kill them to} ~5 {normal|plain|simple|everyday|human|ordinary} {words|english|language|terms}",
    { n: 0.6 },
  ),
  ...neg(
    "{tell|tells|told|inform|informs|informed|hear|heard|find out|found out|learn|learned|learnt} ~4 {afterwards|after the fact|after it came|after it went|after they|too late|the week before|the day before|at the last minute|once it's live|once it was live|when it's already}",
    { n: 0.55, p: 0.3 },
  ),
  ...neg(
    "{only informed|just informed|merely informed|simply informed|informed not asked|told not asked}",
    {
      n: 0.5,
      p: 0.5,
    },
  ),
  ...neg(
    "{too many|so many|endless|constant|a flood of|a barrage of|hundreds of|dozens of|a stream of|wall of} ~1 {warnings|alerts|emails|reminders|messages|pop-ups|popups|notifications|acronyms|technical terms|terms|buzzwords|jargon}",
    { n: 0.55 },
  ),
  ...neg(
    "{then silence|and then silence|radio silence|then nothing|and then nothing|heard nothing back|hear nothing back|nothing back|never heard back|never hear back|into a black hole|into the void|into the ether}",
    { n: 0.5, c: 0.35 },
  ),
  ...neg(
    "{explain|explains|explained|talk|talks|talked|write|writes|wrote|speak|speaks|spoke} ~3 as {if|though} ~2 {we|everyone|people|staff|the reader|readers|i} ~3 {should|already|know|knew|were|are|had|have|was}",
    { n: 0.6 },
  ),
  ...neg(
    "{phrased|worded|framed|written|presented|delivered} as ~1 {threats|a threat|orders|an order|demands|a demand|warnings|ultimatums|an ultimatum|accusations|an accusation}",
    { n: 0.6, p: 0.3 },
  ),
  ...neg(
    "{communication|communications|explanations|instructions|guidance|emails|messages|updates|notices} ~3 {could be|could have been|should be|needs to be|need to be|would be} ~2 {clearer|simpler|plainer|shorter|more human|less technical|easier to follow}",
    { n: 0.5 },
  ),
  ...neg(
    "{shot down|shut down|talked over|cut off|interrupted|dismissed} ~4 before ~2 {finished|finish|finishing|explained|explaining|we'd|i'd|we had|i had}",
    { n: 0.5, p: 0.35 },
  ),
  ...neg(
    "the only ~1 {time|times|contact|reason} ~3 {speak|speaks|talk|talks|hear|contact|contacts|email|emails|see|call|calls|visit|visits|come|comes} ~3 {is|are|was|when}",
    { n: 0.6, d: 0.3 },
  ),
  ...neg(
    "{stern|sharp|curt|snotty|snippy|terse|abrupt|passive aggressive|passive-aggressive|threatening|aggressive|shouty|snide|scolding|finger-wagging|finger wagging} ~1 {email|emails|message|messages|note|notes|reply|replies|response|responses|letter|letters|warning|warnings|reminder|reminders|memo|memos|tone}",
    { n: 0.65, f: 0.25 },
  ),
  ...neg(
    [
      "{terrible|awful|poor|bad|hopeless|useless|rubbish|lousy|dreadful|woeful|appalling} {communicators|communicator|listeners|listener|explainers}",
      "{terrible|awful|poor|bad|hopeless|useless|rubbish|lousy|dreadful|woeful|appalling} at ~1 {communicating|communication|explaining|explanations|talking|listening|keeping us informed|keeping people informed}",
    ],
    { n: 0.75 },
  ),
  ...neg("{don't|do not|doesn't|does not|never|not} ~1 {speak|talk} the same language", {
    n: 0.6,
    d: 0.3,
  }),
  ...neg(
    "{learned|learnt|learn|learning|taught ourselves|used} to ~1 {ignore|tune out|filter out|delete|skip}",
    { n: 0.5, d: 0.5 },
  ),
  ...neg(
    "{explain|explains|explained|explanation|explanations|ask|asks|questions|talk|talks|reasons} {later|afterwards|after the fact}",
    { p: 0.45, n: 0.55 },
  ),
  ...neg(
    "{raise|log|open|submit|file} a ~1 {ticket|form|request} ~3 {vanish|vanishes|disappear|disappears|black hole|nothing|silence|never}",
    { n: 0.5, c: 0.5 },
  ),
];

/**
 * Not minding is not indifference: "I'm not bothered by the rules" holds no complaint; carrying
 * its own negation, it hides the "bothered" and "not bothered" cues inside it.
 */
const NOT_MINDING: CueEntry[] = [
  // A place, not a telling-off: hides the "lecture" of negative communication.
  ...pos(
    "{lecture theatre|lecture theatres|lecture theater|lecture hall|lecture halls|lecture room}",
  ),
  ...pos([
    "{not|never|n't} ~1 {bothered|fussed|troubled} by ~2 {them|it_dept|security|the helpdesk|the security team|the team|the rules|rules|the security rules|it|that|this|the policy|policy|the checks|checks|the changes|changes}",
    "{not|never|n't} ~1 {bothered|fussed|troubled} about ~2 {the rules|rules|the security rules|the policy|policy|the checks|checks|the changes|changes|the monitoring|it}",
  ]),
];

/** Idea families for power, communication and not minding (see general-more.ts for the rest). */
export const GENERAL: CueEntry[] = [...NOT_MINDING, ...POWER_FAMILIES, ...COMMUNICATION_FAMILIES];
