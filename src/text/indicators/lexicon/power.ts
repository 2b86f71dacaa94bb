import { type CueEntry, neg } from "./cue.js";

/** One side dependent, reviewed, servant-like; the other obscure, arrogant, an invisible force. */
export const POWER: CueEntry[] = [
  ...neg(
    "{servant|servants|slave|slaves|minion|minions|lackey|lackeys|underling|underlings|peasant|peasants|subordinate|subordinates|second class|second-class citizens}",
    { p: 0.85 },
  ),
  ...neg(
    ["at their|the mercy", "at their beck and call", "{beck and call|cap in hand|on bended knee}"],
    { p: 0.8 },
  ),
  ...neg(
    "rely|relies|relied|reliant|depend|depends|depended|dependent|dependant ~2 on ~2 them|it|it_dept|security|they|their",
    { p: 0.45 },
  ),
  ...neg(
    "{totally|completely|entirely|utterly|wholly} ~1 {dependent|dependant|reliant|at their mercy}",
    { p: 0.7 },
  ),
  ...neg(
    "{everything|every|all|each} ~4 {review|reviewed|checked|approved|signed off|vetted|scrutinised|scrutinized|double checked|questioned|audited}",
    { p: 0.65 },
  ),
  ...neg(
    [
      "{have|has|need|needs|must} to ~1 {ask|beg|request|get|seek} ~1 {permission|approval|sign off|sign-off}",
      "ask|asking|beg|begging ~1 for ~1 permission|approval",
    ],
    { p: 0.6, c: 0.5 },
  ),
  ...neg("beg|begging|grovel*|plead*", { p: 0.5, f: 0.2 }),
  ...neg(
    "as if|though ~3 {my manager|my managers|my boss|my bosses|our manager|our managers|our boss|our bosses|our superiors|my superiors|my parents|our parents|our masters|the police|my supervisor}",
    { p: 0.85 },
  ),
  ...neg(
    "act|acts|acted|acting|behave|behaves|behaving ~2 like ~2 {boss|bosses|god|gods|police|manager|managers|kings|lords|gatekeepers|dictators|masters|royalty|above us|superior|untouchable|headmaster|headteacher|headmistress|teacher|teachers|parents|parent|nanny|nannies|prison guards|guards|wardens|sergeant|overlords|bouncers|prefects|hall monitors|a headmaster|a teacher|a parent|a nanny|a dictator|a police officer|the boss|our bosses|my boss}",
    { p: 0.8 },
  ),
  ...neg("{security police|it police|password police|fun police|thought police}", {
    p: 0.7,
    n: 0.3,
    c: 0.5,
  }),
  ...neg(
    "{depend|depends|rely|relies|reliant|dependent|dependant|need them} ~3 {everything|every little thing|every single thing|anything}",
    { p: 0.7 },
  ),
  ...neg(
    "{watch|watches|watching|watched|monitor|monitors|monitoring|monitored|track|tracks|tracking|tracked|log|logs|logging|check|checks|checking|record|records|recording} ~2 {every|everything|all our|our every|each}",
    { p: 0.65, f: 0.3 },
  ),
  ...neg(
    "{monitoring|surveillance|spyware|keylogger|keyloggers|keystroke logging|screen recording}",
    { p: 0.4, f: 0.2 },
  ),
  ...neg(
    "{need|needs|needed|require|requires|required} ~2 {their|its|security's|it's|admin|an admin's|a manager's} ~1 {permission|approval|sign off|sign-off|blessing|say-so|ok|okay|authorisation|authorization}",
    { p: 0.65, c: 0.5 },
  ),
  ...neg(
    "{nobody|no one|never|not once} ~1 {asked|consulted|asks|consults|involved|involves|checked with|checks with|included|includes|invited}",
    { p: 0.6, d: 0.3 },
  ),
  ...neg(
    "{we|i|staff|everyone|employees} ~1 {comply|obey|submit|follow orders|just follow|just comply|have to comply|must comply|do as we are told|do as we're told|do what we are told|do what we're told|do what they say}",
    { p: 0.6 },
  ),
  ...neg(
    "{scare|scares|scared|scaring|frighten|frightens|frightened|bully|bullies|bullied|threaten|threatens|threatened|pressure|pressures|pressured} ~3 {into compliance|into submission|into line|into following|into doing}",
    { p: 0.6, n: 0.4 },
  ),
  ...neg("{into compliance|into submission|toe the line|tow the line|fall in line|kept in line}", {
    p: 0.55,
  }),
  ...neg(
    "{never|not|hardly|barely|rarely} ~1 {recognise|recognises|recognised|recognize|recognizes|recognized|acknowledge|acknowledges|acknowledged|credit|credits|credited|thank|thanks|thanked|value|values|valued|appreciate|appreciates|appreciated}",
    { p: 0.5, f: 0.35 },
  ),
  ...neg(
    "{feel|feels|felt|feeling} ~2 {small|inferior|judged|watched|like a child|powerless|talked down to|belittled|like a servant|like a number|like a pawn|insignificant|worthless|unimportant}",
    { p: 0.5 },
  ),
  ...neg(
    "{arrogant|arrogance|superior|superiority|high horse|look down on|looks down on|looked down on|looking down on|know it all|know-it-all|know-it-alls|god complex|self important|self-important|full of themselves|up themselves|ivory tower|elitist|elitism|lofty|haughty|pompous|high and mighty|big-headed|big headed|cocky|entitled}",
    { p: 0.8 },
  ),
  ...neg(
    "{above us|above the rest of us|above everyone|better than us|better than everyone|better than the rest|superior to us|a cut above|too good for us|too important}",
    { p: 0.75 },
  ),
  ...neg(
    "{we are|we're|i am|i'm|everyone is|staff are|we get|being|are being|everything is} ~2 {monitored|watched|tracked|recorded|logged|surveilled|spied on|checked up on}",
    { p: 0.6, f: 0.3 },
  ),
  ...neg("{admin rights|admin access|administrator rights|local admin}", { p: 0.35 }),
  ...neg("{must|have to|has to|got to} {follow|obey|comply|accept|do}", { p: 0.35 }),
  ...neg(
    "{above our heads|above my head|decided above|decided elsewhere|decided somewhere|made somewhere|made elsewhere|decided for us|decided without us|made without us|made for us}",
    { p: 0.6, d: 0.4 },
  ),
  ...neg(
    "{own the company|own the place|own the building|run the place|runs the place|rule the place|their kingdom|their empire|their fiefdom|their domain}",
    { p: 0.7 },
  ),
  ...neg(
    "{authority|authorities|regime|overlord|overlords|rulers|ruler|enforcers|enforcer|watchdog|watchdogs|inspectors}",
    { p: 0.45 },
  ),
  ...neg(
    "{just tell|tell us|tells us|told us|just tells} ~2 {what to do|to do it|to do as|how it is|to comply|to follow}",
    { p: 0.45, n: 0.3 },
  ),
  ...neg(
    "{reading our emails|read our emails|reading your emails|read your emails|read my emails|reading my emails|go through our emails|goes through our emails|look at our emails|looking at our emails|looks at our emails|read everything we send}",
    { p: 0.6, f: 0.3 },
  ),
  ...neg(
    "{held for review|held for their review|held for approval|quarantined|held back|needs approval|need approval|needs their approval|pending approval|awaiting approval|subject to approval|subject to their approval|has to be approved|have to be approved|must be approved}",
    { p: 0.5, c: 0.5 },
  ),
  ...neg(
    "{word is law|word is final|rules with an iron fist|iron fist|iron rod|lay down the law|lays down the law|laying down the law|their way or the highway|my way or the highway}",
    { p: 0.75 },
  ),
  ...neg(
    "{doing us a favour|doing me a favour|doing us a favor|doing me a favor|a favour to us|as a favour|as a favor|grace us|graced us|deign|deigned}",
    { p: 0.65, n: 0.3 },
  ),
  ...neg(
    "{zero control|no control|lost control|any control|not in control|out of my control|out of our control|no autonomy|no freedom|no independence|no flexibility}",
    { p: 0.65 },
  ),
  ...neg(
    "{they|it_dept|security} ~2 {make|makes|made} ~1 {the decisions|all the decisions|every decision|the rules|all the rules}",
    { p: 0.65 },
  ),
  ...neg(
    "{live with the consequences|lives with the consequences|left to deal with|pick up the consequences|bear the consequences}",
    { p: 0.4, c: 0.3 },
  ),
  ...neg("{aloof|superior attitude}", { p: 0.4, d: 0.6 }),
  ...neg(
    "{invisible|faceless|shadowy|mysterious|hidden|secretive|secret|obscure|anonymous|unseen|unknown} ~1 {force|forces|people|team|department|figure|figures|entity|operators|presence|power|powers|overlords|gods|hand|group|body|crowd|beings}",
    { p: 0.45, d: 0.6 },
  ),
  ...neg(
    "{behind the scenes|in the background|from afar|pulling the strings|black box|behind closed doors|from on high|on high|in the shadows}",
    { p: 0.4, d: 0.35 },
  ),
  ...neg("{secretive|obscure|mysterious|cryptic decisions|opaque decisions}", { p: 0.5, d: 0.35 }),
  ...neg(
    "{no say|no voice|not consulted|never consulted|no input|no consultation|without asking|without consulting|without consultation|without telling|without warning|imposed|impose|imposes|imposing|dictate|dictates|dictated|dictating|top down|top-down|forced on|forced upon|rammed down|decree|decrees|handed down|foisted|railroad*}",
    { p: 0.7, c: 0.3 },
  ),
  ...neg(
    "{control freak|control freaks|controlling|control everything|controls everything|control all|in control of everything}",
    { p: 0.7, c: 0.3 },
  ),
  ...neg("{have|has|had|hold|holds|held} ~1 all the {power|keys|cards|control|say}", { p: 0.85 }),
  ...neg("power trip|trips|tripping|hungry|imbalance|dynamic|dynamics|balance", { p: 0.75 }),
  ...neg("{gatekeep*|gatekeeper|gatekeepers|gate keepers|gate keeper}", { p: 0.7, c: 0.4 }),
  ...neg(
    "{hierarchy|hierarchical|hierarchic|pecking order|chain of command|rank|ranks|pulled rank|pull rank|pulling rank}",
    { p: 0.6 },
  ),
  ...neg(
    "{big brother|surveillance|spy on|spying|spied|snoop|snooping|snooped|watch our every move|watch everything|watching everything|watch us|watching us|watched like|monitor everything|monitoring everything|monitor every|monitors every|monitor our every|keep tabs|keeping tabs|breathing down}",
    { p: 0.65, f: 0.3 },
  ),
  ...neg(
    "{permission|permissions|privileges|privilege|admin rights|access} ~3 {taken away|removed|revoked|denied|stripped|locked down|withdrawn}",
    { p: 0.6, c: 0.4 },
  ),
  ...neg(
    "{treat|treats|treated|treating} ~1 {us|me|staff|employees|people|everyone|users|colleagues} {like|as} ~2 {children|kids|child|servants|subordinates|second class|inferiors|inferior|numbers|a number|peasants|underlings|schoolchildren|pupils}",
    { p: 0.75, n: 0.45 },
  ),
  ...neg(
    "disrespect|disrespected|disrespectful|disrespecting|undermine|undermines|undermined|undermining|belittled",
    { p: 0.6, n: 0.4 },
  ),
  ...neg(
    [
      "do as ~2 told",
      "{obey|obeyed|obeying|follow orders|or else}",
      "{no choice|no option|no alternative|no way out}",
    ],
    { p: 0.65, c: 0.3 },
  ),
  ...neg(
    "{not allowed|not permitted|no permission|no rights|no access|cannot|can not} to ~1 {install|change|download|do anything|use|touch|decide|choose|access}",
    { p: 0.45, c: 0.5 },
  ),
  ...neg(
    "{they|security|it_dept} ~2 {know best|know better|always right|never wrong|last word|final say}",
    { p: 0.6, n: 0.3 },
  ),
  ...neg(
    "management|board|leadership|directors|bosses|execs|executives|business ~2 overrule|overrules|overruled|ignore|ignores|ignored|override|overrides|overrode|sideline|sidelines|sidelined|dismiss|dismisses|dismissed",
    { p: 0.55, c: 0.5 },
  ),
  ...neg(
    "{no|without|zero|little} ~1 {authority|budget|mandate|clout|teeth|leverage|influence|seat at the table}",
    { p: 0.6 },
  ),
  ...neg(
    "{bottom of the pecking order|bottom of the food chain|low on the food chain|last in line|bottom rung}",
    { p: 0.7, c: 0.3 },
  ),
  ...neg(
    "{sidelined|ignored by management|ignored by the board|overruled by|not taken seriously|never taken seriously|second fiddle}",
    { p: 0.55, c: 0.3 },
  ),
  ...neg("dependency|dependence|dependent|dependant|reliance", { p: 0.5 }),
  ...neg("{helpless|powerless|voiceless|defenceless|defenseless|at a loss}", { p: 0.6, f: 0.6 }),
  ...neg(
    "{naming and shaming|name and shame|names and shames|named and shamed|public shaming|publicly shamed|wall of shame|hall of shame|leaderboard of shame}",
    { p: 0.5, b: 0.7, f: 0.4 },
    "emp",
  ),
  ...neg(
    "{humiliate|humiliated|humiliating|humiliation|embarrass|embarrassed|embarrassing|embarrassment}",
    { p: 0.45, f: 0.6 },
  ),
  ...neg("{intimidate|intimidated|intimidating|intimidation|bully|bullied|bullies|bullying}", {
    p: 0.6,
    f: 0.55,
  }),
  ...neg(
    "{report me|report us|reported me|reported us|reported to my manager|reported to our manager|escalate to my manager|tell my boss|told my boss|told my manager|go over my head|went over my head}",
    { p: 0.55, f: 0.3 },
  ),
  ...neg(
    "{they|it_dept|security} ~2 {decide|decides|decided|rule|rules|call the shots|calls the shots|run the show|runs the show|hold the reins}",
    { p: 0.35 },
  ),
  ...neg(
    "{call the shots|calls the shots|run the show|runs the show|rule the roost|rules the roost|lord it over|lords it over|lording it over}",
    { p: 0.7 },
  ),
  ...neg(
    "{just a number|only a number|like a number|a cog|cogs in|lowly|mere mortals|mere users|plebs|the masses}",
    { p: 0.6 },
  ),
  ...neg(
    "{locked down|lock down|lockdown|restrict*} ~2 {everything|our|my|every|laptops|machines|pcs}",
    { p: 0.45, c: 0.45 },
  ),
  ...neg(
    "{bossy|bossing|boss us around|boss us about|bosses us around|bossing us around|bossing us about|order us around|orders us around|ordering us around|ordering us about|push us around|pushes us around|pushing us around}",
    { p: 0.7 },
  ),
  ...neg(
    "{dictatorial|authoritarian|autocratic|tyrannical|totalitarian|police state|nanny state|a nanny|big brotherish}",
    { p: 0.6 },
  ),
  ...neg("{micromanag*|micro-manag*|micro manag*}", { p: 0.65, c: 0.3 }),
  ...neg(
    "{can't|cannot|can not|couldn't|could not} ~1 do anything without ~2 {them|their|it_dept|security|permission|approval|asking|a ticket}",
    { p: 0.7, c: 0.3 },
  ),
  ...neg(
    "{at their whim|on their whim|at their discretion|on a whim|whenever they feel like it|when they feel like it}",
    { p: 0.6 },
  ),
  ...neg(
    "{have to|has to|need to|needs to|must|having to} {justify|explain ourselves|explain myself|prove|beg}",
    { p: 0.5 },
  ),
  ...neg(
    "{no|little|zero|not much} {trust in us|trust in staff|autonomy|discretion|leeway|latitude}",
    { p: 0.55 },
  ),
  ...neg("{unequal|imbalance|imbalanced|one-sided|one sided|lopsided|them above us}", { p: 0.55 }),
  ...neg(
    "{decide|decides|decided|control|controls|controlled|dictate|dictates|run|runs|own|owns} {everything|it all|every|all of it|the lot}",
    { p: 0.65 },
  ),
  ...neg(
    "{hold|holds|held|keep|keeps|have|has} ~2 {the keys|all the keys|admin passwords|the admin passwords|the admin rights|all the access|the passwords|the purse strings}",
    { p: 0.6 },
  ),
  ...neg(
    "{hand out|hands out|dole out|doles out|ration|rations|rationed|scraps|crumbs|breadcrumbs}",
    { p: 0.5 },
  ),
  ...neg(
    "{can't|cannot|can not|not allowed to|unable to|aren't allowed to|are not allowed to} ~2 {change|install|do|touch|add|update|download|use|alter|move} ~4 {without|unless}",
    { p: 0.6, c: 0.55 },
  ),
  ...neg(
    "{law unto themselves|law unto itself|answers to nobody|answer to nobody|answer to no one|answers to no one|accountable to nobody|accountable to no one|unaccountable|above the rules|exempt from the rules}",
    { p: 0.75 },
  ),
  ...neg(
    "{over our shoulders|over our shoulder|over my shoulder|over your shoulder|breathing down our necks|breathing down my neck|looking over our|peering over}",
    { p: 0.65, f: 0.35 },
  ),
  ...neg(
    "{told not asked|told, not asked|tell rather than ask|tell us rather than ask|we are told|we're told|we get told|told what to do}",
    { p: 0.55 },
  ),
  ...neg("{their subjects|subjects|their minions|their underlings|their servants|their staff}", {
    p: 0.55,
  }),
  ...neg(
    "{invisible|unseen|shadowy|hidden|mysterious} ~1 {force|forces|hand|power|powers|overlords|gods|authority|authorities|rulers}",
    { p: 0.75, d: 0.45 },
  ),
  ...neg(
    "{make|makes|made|set|sets|write|writes|wrote|decide|decides} ~1 {the rules|all the rules|every rule|the policy|the policies}",
    { p: 0.55 },
  ),
  ...neg(
    "{pupil|pupils|student|students|schoolchild|schoolchildren|child} and ~2 {teacher|headmaster|headteacher|master|parent|strict teacher}",
    { p: 0.65 },
  ),
  ...neg("{strict teacher|strict headmaster|strict parent|headmistress}", { p: 0.55 }),
  ...neg(
    "{can't|cannot|can not|no way to|not allowed to|never} ~1 {question|challenge|argue with|appeal|push back on|dispute|contest} ~2 {their|them|it|decisions|the decision|anything}",
    { p: 0.65 },
  ),
  ...neg(
    "{no appeal|no right of appeal|final decision|their decision is final|end of discussion|no discussion}",
    { p: 0.55 },
  ),
  ...neg(
    "{total control|complete control|full control|absolute control|total power|absolute power}",
    { p: 0.7 },
  ),
  ...neg(
    "{we|i|staff|everyone} ~2 {have to|must|need to|got to} ~1 {do|accept|follow|go along with|put up with|live with} ~2 {whatever|what|everything|anything} ~2 {they|it_dept|security} ~1 {say|says|want|wants|decide|decides|tell|tells|dictate}",
    { p: 0.65 },
  ),
  ...neg(
    "{whatever they say goes|what they say goes|their word goes|they have the last word|they have the final word|they have the final say}",
    { p: 0.7 },
  ),
  ...neg("{not|never|n't} ~1 {our|my} {call|decision|choice|say}", { p: 0.55 }),
  ...neg(
    "{look down upon|looks down upon|looked down upon|looking down upon|look down their noses|looks down its nose|looked down their noses}",
    { p: 0.75 },
  ),
  ...neg(
    "{threat of|threatened with|risk of|fear of} ~1 {disciplinary|discipline|punishment|sanctions|the sack|being sacked|dismissal|losing my job|losing our jobs|getting fired|being fired}",
    { p: 0.55, f: 0.5 },
  ),
  ...neg("{grown-ups|grownups|grown ups|adults|parents} ~4 {children|kids|child|the kids}", {
    p: 0.65,
  }),
  ...neg(
    "{the ones with the keys|keys to everything|keys to the kingdom|hold the keys|holds the keys|hold all the keys}",
    { p: 0.65 },
  ),
  ...neg(
    "{nobody dares|no one dares|don't dare|do not dare|daren't|wouldn't dare|would not dare|dare not|too scared to question|too afraid to question}",
    { p: 0.55, f: 0.5 },
  ),
  ...neg(
    "{they're the ones|they are the ones|it's them who|it is them who} ~2 {who decide|that decide|deciding|in charge|in control|with the power|calling the shots|who call the shots}",
    { p: 0.65 },
  ),
  ...neg(
    "{asking for a favour|asking a favour|begging for a favour|asking for a favor|asking a favor}",
    { p: 0.55 },
  ),
  ...neg(
    "{opinions|opinion|views|view|input|voice|voices|ideas} ~2 {don't count|do not count|doesn't count|does not count|don't matter|do not matter|doesn't matter|does not matter|count for nothing|are ignored|is ignored|get ignored|gets ignored}",
    { p: 0.6 },
  ),
];
