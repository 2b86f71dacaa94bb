import { type CueEntry, neg } from "./cue.js";

/** Distance, no regular contact, avoiding the other side, fixing things alone. */
export const DISTANCE: CueEntry[] = [
  ...neg("{distant|distance|detached|remote from|far removed|removed from}", { d: 0.8 }),
  ...neg(
    "{aloof|standoffish|stand offish|impersonal|unapproachable|cliquey|cliquy|clique|closed off|insular|keep to themselves|keeps to themselves|kept to themselves|keep themselves to themselves|keep their distance|keeps its distance|in their own bubble|in their own world|in their own little world|own little world|own bubble|own silo|in a silo|silos|siloed|ivory tower|in their own circles|their own circle|locked away|hidden away|tucked away|hide away|hides away|hiding away|holed up}",
    { d: 0.75 },
  ),
  ...neg(
    "{no|zero|little|hardly any|barely any|minimal|not much|not a lot of|no real|limited|lack of} ~1 {contact|relationship|interaction|interactions|rapport|connection|dealings|engagement|presence|visibility|communication}",
    { d: 0.75, n: 0.3 },
  ),
  ...neg(
    "{non existent|nonexistent|non-existent|doesn't exist|does not exist|what relationship|there is no relationship|there's no relationship|no relationship}",
    { d: 0.8 },
  ),
  ...neg(
    "{bypass them|bypass it|go around them|went around them|go round them|went round them|work around them|worked around them|avoid|avoids|avoided|avoiding|avoidance|steer clear|steered clear|stay away|stayed away|keep away|kept away|give them a wide berth|wide berth|duck|ducked|dodge|dodged|dodging|evade|evaded}",
    { d: 0.75 },
  ),
  ...neg(
    "{fix|fixed|fixing|sort|sorted|sorting|solve|solved|solving|figure|figured|figuring|deal|dealt|dealing|handle|handled|handling|work|worked|working|muddle|muddled|manage|managed|google|googled|googling} ~4 {myself|ourselves|on my own|on our own|by myself|by ourselves|alone|without them|without it|without their help}",
    { d: 0.7, c: 0.2 },
  ),
  ...neg(
    "{ask|asked|asking|go|went|going|turn|turned|rely|relied} ~3 {a colleague|colleagues|a coworker|coworkers|a co-worker|someone else|google|youtube|my team|my teammates|my manager|a friend|the internet|my son|my daughter|my partner} ~2 instead",
    { d: 0.65 },
  ),
  ...neg(
    "{ask|asked|asking|go to|went to|turn to|turned to|rely on|relied on} ~2 {colleague|colleagues|coworker|coworkers|co-worker|friend|friends|google|youtube|the internet|son|daughter|partner|husband|wife|neighbour|neighbor|teammate|teammates|nephew|niece|brother|sister|kids|family|mate|mates|chatgpt|reddit|forums}",
    { d: 0.4 },
  ),
  ...neg(
    "{not|never|no longer|stopped|stop|give up|gave up|given up|don't|wouldn't|won't} ~1 {bother|bothering|bothered|call|calling|ring|ringing|contact|contacting|ask|asking|email|emailing|go to|going to|raise|raising|report|reporting|log|logging|involve|involving|approach|approaching} ~2 {them|it_dept|security|the it|the helpdesk|the help desk|helpdesk|tickets|issues|problems|the security team|the team}",
    { d: 0.65, c: 0.2 },
  ),
  ...neg(
    "{gave up|give up|given up|giving up} ~1 {on|asking|reporting|calling|contacting|trying|reading|bothering|engaging|following|caring|raising}",
    { d: 0.75, f: 0.4 },
  ),
  ...neg(
    "{couldn't care less|could not care less|don't give a|do not give a|doesn't give a|does not give a|don't give two|couldn't give a|not bothered about us|not interested in us|indifferent|indifference|apathetic|apathy}",
    { d: 0.8, f: 0.2 },
  ),
  ...neg(
    "{different|separate|another|their own|own} {world|worlds|planet|universe|bubble|island|silo|tribe|kingdom|empire|fiefdom|galaxy|country|continent}",
    { d: 0.7 },
  ),
  ...neg(
    "{might as well be|may as well be|could be} ~2 {anywhere|another|on the moon|on mars|invisible|robots|ghosts|abroad|elsewhere|in another}",
    { d: 0.6 },
  ),
  ...neg(
    "{mystery|mysteries|enigma|enigmas|unknown quantity|no idea what they do|not sure what they do|don't know what they do|do not know what they do|never know what they do}",
    { d: 0.55, p: 0.35 },
  ),
  // "There is a wall between us and security", "a real gap between IT and the floor".
  ...neg(
    "{wall|walls|gap|gulf|divide|chasm|barrier|barriers|disconnect|distance|rift|void} between ~2 {us|them|our|we|staff|employees|it_dept|security|the business|departments|teams|the two}",
    { d: 0.6, c: 0.25 },
  ),
  // A contact that was lost: "we used to have a contact person but she left".
  ...neg(
    "{nobody|no one} ~1 {replaced|took over|took her place|took his place|stepped in|filled the gap}",
    { d: 0.55 },
  ),
  ...neg(
    "{used to have|used to be|there used to be|we once had|once had} ~3 {contact|contact person|point of contact|liaison|someone|somebody|a person|a champion|a go-to|meetings|visits|a relationship} ~6 {but|until|anymore|no longer|left|gone|stopped|ended}",
    { d: 0.6 },
  ),
  // "I have no idea what they actually do", "not sure who they even are".
  ...neg(
    "{no idea|not sure|unsure|don't know|do not know|didn't know|never knew|never know|no clue|not a clue|haven't a clue|have no clue} {what|who} {they|security|it_dept|those people|that team} ~2 {do|does|did|are|is|were|do all day|do here}",
    { d: 0.55, p: 0.3 },
  ),
  ...neg(
    "{last resort|only if i have to|only if i really have to|only in an emergency|unless it's an emergency|unless it is an emergency|unless i really have to|unless i absolutely have to|only when i have to|only when i absolutely have to}",
    { d: 0.6 },
  ),
  ...neg(
    "{rather|prefer|prefers|happier|happiest} ~3 {machines|computers|servers|screens|systems|code|their servers|their systems|their computers|their screens}",
    { d: 0.6 },
  ),
  ...neg(
    "{dislike|dislikes|hate|hates|resent|resents|avoid|avoids|can not stand} ~3 {dealing with|deal with|talking to|speaking to|people|users|staff|colleagues|questions|interruptions|being asked}",
    { d: 0.6 },
  ),
  ...neg(
    "{hopeless|useless|terrible|bad|awkward|rubbish|no good|not good|poor} with {people|humans|users|staff|customers|non-techies}",
    { d: 0.6, n: 0.3 },
  ),
  ...neg(
    "{tolerate us|tolerate them|tolerates us|put up with us|put up with them|puts up with us|tolerated}",
    { d: 0.5, f: 0.3 },
  ),
  ...neg(
    "{once|twice|one time} ~5 {never again|and that was it|and that's it|never since|not since|haven't seen them since|never seen them since}",
    { d: 0.65 },
  ),
  ...neg("{never again|not since|ever since}", { d: 0.3 }),
  ...neg(
    "{out of touch|disconnected|disconnect|cut off|isolated|isolation|worlds apart|miles apart|a world apart|no idea who}",
    { d: 0.7, c: 0.35 },
  ),
  ...neg(
    "{be|seem|seems|seemed|feel|feels|felt|very|quite|so|bit|rather|too|pretty|fairly} {remote|uninterested|disinterested|unreachable|unavailable|invisible|absent}",
    { d: 0.7 },
  ),
  ...neg("{uninterested|disinterested|not interested|unengaged|disengaged|checked out|detached}", {
    d: 0.6,
  }),
  ...neg(
    "{not|never} ~2 {know|knew|sure} ~2 {where|who|what} ~3 {sit|sits|are|work|works|based|located|look like}",
    { d: 0.7 },
  ),
  ...neg(
    "{rather|prefer|prefers|preferred} ~5 {than|instead of|over} ~2 {call|calling|ask|asking|contact|contacting|go to|going to|ring|ringing|email|emailing|bother|bothering|involve|involving|deal with|dealing with} ~1 {them|it_dept|security|the helpdesk|the help desk|the it|the security team}",
    { d: 0.7 },
  ),
  ...neg(
    "{nobody|no one} ~1 {knows|has met|has seen|has spoken|ever sees|sees|talks|speaks|visits}",
    { d: 0.6 },
  ),
  ...neg(
    "faceless|nameless|anonymous|invisible|ghosts|ghost|unseen|unreachable|inaccessible|elusive",
    { d: 0.6, p: 0.2 },
  ),
  ...neg(
    "{never|not once|no|zero|not a single|not one} ~3 {conversation|conversations|chat|chats|meeting|meetings|word|words|phone call|visit|visits}",
    { d: 0.65 },
  ),
  ...neg(
    "{nobody|no one|hardly anyone|few people|barely anyone|nobody ever|not many people} ~2 {came|come|comes|turned up|turns up|showed up|shows up|attended|attends|reads|read|replies|replied|responds|responded|engages|engaged|bothers|bothered|opens|opened}",
    { d: 0.65 },
  ),
  ...neg(
    "{would love|'d love|wish|wishes|wished|would like|'d like|want|wanted} ~3 {meet|see|talk|know|spend time|visit|get to know|more contact|more time|mix|chat}",
    { d: 0.5 },
  ),
  ...neg("{a name on|just a name|only a name|a name in|an email address|a phone number|a logo}", {
    d: 0.55,
  }),
  ...neg(
    "{arm's length|arms length|arm's-length|arms-length|at a distance|keep us at bay|kept at bay}",
    { d: 0.75 },
  ),
  ...neg(
    "{i|we|everyone|people|most people|staff|nobody} ~2 {ignore|ignored|delete|deleted|skip|skipped|bin|binned|archive|archived|mute|muted|skim|skimmed|never read|don't read|do not read} ~3 {emails|email|messages|message|newsletters|newsletter|updates|update|training|warnings|warning|notices|bulletins|reminders|alerts|memos|memo}",
    { d: 0.6, c: 0.3 },
  ),
  ...neg(
    "{tick the box|ticking the box|tick a box|tick boxes|ticking boxes|going through the motions|go through the motions|click through|clicked through|clicking through|click next|half asleep|zone out|zoned out|tune out|tuned out|switch off|switched off}",
    { d: 0.55 },
  ),
  ...neg(
    "{stopped|stop|quit|no longer} {asking|reporting|raising|calling|trying|bothering|engaging|listening|caring|going|suggesting|sharing|offering|telling|contacting|emailing}",
    { d: 0.7, f: 0.3 },
  ),
  ...neg(
    [
      "{not|n't} {my|our} {problem|job|concern|department|responsibility|business|area|remit|lookout}",
      "{someone else's|somebody else's} {problem|job|responsibility}",
    ],
    { d: 0.55, c: 0.3 },
  ),
  ...neg(
    "{on my own|on our own|by ourselves|alone|on an island|left to it|left to ourselves|left to our own devices|left alone|to fend for ourselves|fend for ourselves}",
    { d: 0.45 },
  ),
  ...neg(
    "{not part of the team|not one of us|outsiders|outsider|strangers|stranger|not a team|no team spirit|never part of}",
    { d: 0.6 },
  ),
  ...neg(
    [
      "{only|just} ~2 {a ticket|tickets|a portal|an inbox|a mailbox|a form|a queue|a helpdesk number|an email address|a phone number|a name}",
      "{only|just} ~3 {ticket|tickets|portal|inbox|mailbox|queue}",
    ],
    { d: 0.45, n: 0.35 },
  ),
  ...neg(
    "{never|rarely|seldom|hardly ever|barely|not once|never once|never really} ~3 {see|seen|saw|meet|met|hear|heard|interact|interacted|visit|visited|come|came|deal|dealt|bump|mix|socialise|socialize|chat|chatted|show|showed}",
    { d: 0.75 },
  ),
  ...neg(
    "{don't|do not|didn't|did not|dont|never} ~2 {know|knew|recognise|recognize} ~2 {who|their names|their name|anyone|any of them|a single|what they look like|their faces|them personally|them}",
    { d: 0.75 },
  ),
  ...neg("{no|zero|not a} ~1 {clue|idea} who", { d: 0.7 }),
  ...neg(
    [
      "{haven't|have not|hasn't|has not} ~3 {seen|met|spoken|talked|heard}",
      "{years|months|ages|forever} since ~3 {saw|seen|spoke|spoken|talked|heard|met}",
    ],
    { d: 0.7 },
  ),
  ...neg(
    "{rather not|prefer not|would not|wouldn't|won't|will not|dont|don't want} ~2 {deal|talk|speak|interact|engage|go near|approach} ~2 {with them|to them|them|it|security|the it}",
    { d: 0.7 },
  ),
  ...neg(
    "{seem|seems|seemed|appear|appears} ~2 {dislike|to dislike|hate|resent|not like} ~3 {dealing|having to deal|people|users|staff|us|colleagues|talking|questions}",
    { d: 0.65, f: 0.3 },
  ),
  ...neg(
    "{not a people person|not people persons|not people people|not a people-person|no people skills|zero people skills|lack people skills|lacking people skills|poor people skills|socially awkward|antisocial|anti-social|unsociable|not sociable}",
    { d: 0.6, n: 0.3 },
  ),
  ...neg(
    "{rather deal with|prefer machines|prefer computers|happier with machines|happier with computers|rather talk to computers|rather deal with machines|only care about machines|only care about systems|only care about their systems}",
    { d: 0.6 },
  ),
  ...neg(
    "{drifted apart|grown apart|lost touch|lost contact|no longer talk|no longer speak|don't talk anymore|stopped talking}",
    { d: 0.75 },
  ),
  ...neg(
    "{pretend|pretended|act as if|as if we} ~2 {don't exist|do not exist|weren't there|were invisible|aren't there|not there}",
    { d: 0.7, p: 0.3 },
  ),
  ...neg(
    "{never|not|hardly|barely|rarely} ~1 {involved|involve|involves|include|included|includes|consult|consulted|consults|invite|invited}",
    { d: 0.5, p: 0.55 },
  ),
  ...neg(
    "{couldn't pick them out|could not pick them out|wouldn't recognise|would not recognise|wouldn't recognize|would not recognize|wouldn't know them|would not know them|out of a crowd|out of a line-up|out of a lineup|pass them in the corridor|walk past them}",
    { d: 0.7 },
  ),
  ...neg(
    "{email relationship|relationship by email|only by email|only via email|only over email|email-only|purely by email|just by email}",
    { d: 0.55, n: 0.35 },
  ),
  ...neg(
    "{keep out of their way|stay out of their way|keep out of the way|stay out of each other's way|keep out of each other's way|keep out of mine|leave each other alone}",
    { d: 0.7 },
  ),
  ...neg(
    "{cope on our own|cope on my own|manage on our own|manage on my own|get by on our own|get by on my own|muddle through|muddle along|learned to cope|learnt to cope}",
    { d: 0.6 },
  ),
  ...neg(
    "{rather ask|prefer to ask|prefer asking|would rather ask|'d rather ask|rather go to|rather talk to|prefer to go to}",
    { d: 0.55 },
  ),
  ...neg(
    "{people|staff|everyone|we|nobody|they|colleagues} ~1 {don't bother|do not bother|can't be bothered|can not be bothered|stopped bothering|no longer bother|never bother}",
    { d: 0.6 },
  ),
  ...neg(
    "{leave them to it|leave them alone|leave it to them|left it to them|keep my head down|keep our heads down|head down|not my area|not my thing|mind my own business}",
    { d: 0.5 },
  ),
  ...neg(
    "{in the basement|locked away|locked in their office|hide in their office|hidden in their office|behind their screens|behind a screen|behind screens|behind a desk|in their ivory tower|up in their tower|in their tower}",
    { d: 0.6 },
  ),
  ...neg(
    "{don't|do not|never|rarely|hardly} ~2 {engage|get involved|take part|join in|mix|socialise|socialize|integrate}",
    { d: 0.55 },
  ),
  ...neg("{just|only} ~1 {a number|a ticket number|a reference number|a case number|a name}", {
    d: 0.55,
    p: 0.3,
  }),
  ...neg(
    "{strangers|stranger|anonymous|unknown|faceless|nameless} ~2 {to us|to me|to everyone|to most of us}",
    { d: 0.65 },
  ),
  ...neg(
    "{lack|lacking|no|zero|little|without} ~1 {personal touch|human touch|human contact|personal contact|face time}",
    { d: 0.65, n: 0.35 },
  ),
  ...neg(
    "{couldn't tell you|could not tell you|can't name|cannot name|couldn't name|could not name|don't know a single|do not know a single|not know a single|can't put a face|cannot put a face} ~3 {name|names|person|one of them|face|anyone|single}",
    { d: 0.7 },
  ),
  ...neg(
    "{never been introduced|never introduced|haven't been introduced|have not been introduced|no introduction|no introductions|never met}",
    { d: 0.7 },
  ),
  ...neg(
    "{live with the problem|live with it|put up with it|just put up with|quicker to ignore|easier to ignore|not worth asking|not worth the hassle|not worth it}",
    { d: 0.5, c: 0.3 },
  ),
  ...neg(
    "{never|don't|do not|rarely|won't|will not|hardly} ~1 {read|open} ~2 {it|them|the|their|policies|policy|emails|newsletter|bulletin|anything}",
    { d: 0.5 },
  ),
  ...neg("{robotic|mechanical|like robots|like a robot|soulless|cold and clinical|transactional}", {
    d: 0.55,
  }),
  // "Clinical" alone is also the wards ("clinical staff"): only as a description of manner.
  ...neg("{so|very|too|rather|quite|really|bit|is|are|was|were|feels|felt|seems|seem} clinical", {
    d: 0.55,
  }),
  ...neg(
    "{only notice them|you only notice them|never notice them|don't notice them|never hear of them|only hear of them}",
    { d: 0.55 },
  ),
  ...neg(
    "{rarely|seldom|hardly ever|once a year|twice a year|once in a blue moon|every couple of years}",
    { d: 0.4 },
  ),
  ...neg(
    "{don't think about us|do not think about us|never think about us|forget we exist|forgotten about us|forget about us|forgot about us|out of sight}",
    { d: 0.6 },
  ),
  ...neg(
    "{rather|prefer|wish|wished} ~2 {we|users|staff|people|everyone} ~1 {didn't|did not|weren't|were not|wasn't} ~1 {exist|there|around|here}",
    { d: 0.7 },
  ),
  ...neg("left ~3 {sort|fix|deal|figure|fend|cope|manage|work it out|get on with it}", { d: 0.65 }),
  ...neg(
    "{hide|hides|hiding|hid} behind ~2 {helpdesk|ticket|tickets|system|systems|email|emails|portal|process|processes|policy|policies|screens|the rules|jargon|forms|their desks}",
    { d: 0.6, n: 0.3 },
  ),
  ...neg(
    "{a|my|our} ~1 {neighbour|neighbor|friend|nephew|niece|son|daughter|brother|sister|mate|partner} who ~1 {knows|understands|is good}",
    { d: 0.55 },
  ),
  ...neg(
    "too ~2 {busy|stretched|thin|swamped|overloaded|overworked|short-staffed|understaffed} to ~2 {talk|meet|visit|see|engage|help|answer|chat|come|listen}",
    { d: 0.6, c: 0.3 },
  ),
  ...neg(
    "{don't|do not|doesn't|does not|never|didn't|did not} ~1 {know|knows|knew} ~1 {me|us|my name|our names|who i am|who we are|anything about us|what we do|what i do|our team}",
    { d: 0.7 },
  ),
  ...neg("{no|zero|little|not much|not any} ~1 {interest|engagement|effort|curiosity}", { d: 0.6 }),
  ...neg("{never|not|hardly} ~2 {bothered|bother|bothers} ~2 {to|with}", { d: 0.55, c: 0.2 }),
  ...neg(
    "{never exchanged|more than two words|more than a few words|barely a word|hardly a word|not a word|never said a word|never spoken a word}",
    { d: 0.7 },
  ),
  ...neg(
    "{closed shop|closed book|closed club|clique|inner circle|exclusive club|their own club}",
    { d: 0.6 },
  ),
  ...neg(
    "{without|rather than|instead of} {involving|asking|calling|contacting|bothering|ringing|emailing} ~1 {them|it_dept|security|the helpdesk|the it team|the security team|anyone in it}",
    { d: 0.65 },
  ),
  ...neg(
    "{far away from|a long way from|miles away from|miles from|a million miles|a world away|far from what we do}",
    { d: 0.6 },
  ),
  ...neg(
    "{never|rarely|seldom|hardly ever|barely|not once|never once|never really} ~3 {talk|talked|speak|spoke|spoken|chat|chatted} {to|with} ~1 {us|me|them|anyone|staff|people|the team|the rest}",
    { d: 0.7 },
  ),
  ...neg("{never|not|hardly|barely|rarely} ~1 {engage|engaged|engages}", { d: 0.6 }),
  ...neg(
    "only ~2 {spoken|talked|met|seen|heard from|dealt with|spoken to|talked to} ~3 {once|twice|a handful|one time|a couple of times}",
    { d: 0.65 },
  ),
  ...neg(
    "{keep themselves apart|keeps itself apart|kept themselves apart|keep apart|stand apart|stands apart|set apart|sets itself apart|hold themselves apart}",
    { d: 0.65 },
  ),
  ...neg("{own|their own|its own} little {bubble|world|kingdom|empire|island|silo|corner}", {
    d: 0.7,
  }),
  ...neg(
    "{contact|contacts|interaction|interactions|dealings} ~3 {rare|infrequent|sporadic|minimal|limited|nil|zero|few and far between}",
    { d: 0.65 },
  ),
  ...neg("{ignore us|ignores us|ignored us|ignoring us|ignore me|ignores me|ignored me}", {
    c: 0.55,
    d: 0.4,
  }),
];
