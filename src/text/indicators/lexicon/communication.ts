import { type CueEntry, neg } from "./cue.js";

/** Jargon, talking down, contact only about problems, no face-to-face contact. */
export const COMMUNICATION: CueEntry[] = [
  // A question or request received as a nuisance: "they treat every question as a bother".
  ...neg(
    "{treat|treats|treated|treating|see|sees|saw|take|takes|took|handle|handles|handled|greet|greets|greeted|meet|meets|met} ~3 {question|questions|query|queries|request|requests|call|calls|ticket|tickets|email|emails} ~1 {as|like} ~1 {a nuisance|nuisance|a bother|a pain|an annoyance|an interruption|interruptions|a burden|a waste of time|a chore|an imposition|a personal insult|an insult|stupid|silly|dumb}",
    { n: 0.7, p: 0.35 },
  ),
  ...neg(
    "jargon|jargons|jargony|jargonistic|jargen|jargan|technobabble|gobbledygook|gobbledegook|buzzword|buzzwords|acronym|acronyms|abbreviation|abbreviations|mumbo|gibberish|babble|techno-babble|techspeak|technospeak",
    { n: 0.85 },
  ),
  ...neg(
    "tech|geek|computer|techie|nerd|nerdy|engineer|techy speak|talk|language|lingo|waffle|jargon|babble",
    { n: 0.8 },
  ),
  ...neg("it_dept speak|lingo|waffle|jargon|babble|language|terms", { n: 0.8 }),
  ...neg(["double dutch", "greek to me", "over my|our|their head|heads", "lose|lost|losing me"], {
    n: 0.75,
  }),
  ...neg(
    "too|very|overly|extremely|really|far|so|highly|super technical|techy|complicated|complex|wordy",
    { n: 0.7 },
  ),
  ...neg(
    "technical ~1 language|terms|details|words|explanation|explanations|detail|stuff|emails|jargon|speak|lingo",
    { n: 0.6 },
  ),
  ...neg(
    "{not|never|nobody|no one|hardly|barely} ~1 understand ~3 what|word|half|anything|them|their|it|a|they|any|email|emails|message|messages|instruction|instructions",
    { n: 0.65 },
  ),
  ...neg(
    "hard|difficult|impossible|tough|tricky|confusing to ~1 {understand|follow|read|decipher|decode|make sense of|get their head}",
    { n: 0.75 },
  ),
  ...neg(
    "confuse|confused|confusing|confusion|baffl*|bewilder*|cryptic|unclear|vague|incomprehensible|impenetrable|opaque|convoluted",
    { n: 0.6 },
  ),
  ...neg("talk|talks|talked|talking|speak|speaks|spoke|speaking down to|at", { n: 0.85, p: 0.45 }),
  ...neg("{cold|frosty|icy|chilly|stiff|standoffish}", { n: 0.45, d: 0.5 }),
  ...neg(
    "{condescend*|condesend*|condecend*|condesc*|patroniz*|patronis*|patroni*|belittl*|dismissive|snotty|snooty|sneer*|smug|holier than thou|demeaning|disparaging|derogatory|mocking|mocked|laugh at us|laughed at|eye roll|eyeroll*|roll their eyes|rolled their eyes|sighs|sighed|tutted|tuts}",
    { n: 0.8, p: 0.5 },
  ),
  ...neg(
    "{rude|rudely|curt|abrupt|blunt|brusque|snappy|snapped|terse|impatient|sarcastic|snide|hostile|grumpy|short with|stroppy|aggressive|shouty|snarky|tetchy|impolite|offhand|unfriendly|sharp with|unpleasant|surly|arsey|off hand}",
    { n: 0.7 },
  ),
  ...neg("tone|attitude", { n: 0.45 }),
  ...neg(
    "{bad attitude|poor attitude|attitude problem|nasty tone|harsh tone|cold tone|snotty tone|their tone|the tone}",
    { n: 0.7 },
  ),
  ...neg(
    "{nobody|no one|never} ~2 {showed us|shown us|show us|showed me|taught us|taught me|trained us|walked us through|explained|explains|told us how|shows us}",
    { n: 0.6 },
  ),
  ...neg(
    "{one line|one-line|one word|one-word|two line|two-word} ~1 {reply|replies|answer|answers|email|emails|response|responses}",
    { n: 0.6 },
  ),
  ...neg("{just|only|simply} ~1 {a link|links|link} to", { n: 0.5 }),
  ...neg(
    "{every conversation|every interaction|every contact|every email|every message|all contact|all communication|all our contact|each conversation|every call} ~4 {wrong|problem|problems|mistake|mistakes|issue|issues|complaint|complaints|breach|breaches|incident|incidents}",
    { n: 0.7, d: 0.2 },
  ),
  ...neg("{head spin|head spins|head spinning|head hurt|head hurts|brain hurt|brain hurts}", {
    n: 0.65,
  }),
  ...neg(
    "{glaze over|glazes over|glazed over|eyes glaze|switch off|switches off|switched off|tune out|tunes out}",
    { n: 0.45, d: 0.5 },
  ),
  ...neg(
    "{doom|doom and gloom|alarmist|alarming|fear mongering|doom-laden|end of the world|scary stories|horror stories}",
    { n: 0.5, f: 0.4 },
  ),
  ...neg("{bad news|only bad news|always bad news}", { n: 0.5, f: 0.3 }),
  ...neg(
    "{dismiss|dismissed|dismisses|dismissing|brushed off|brush off|brushes off|fobbed off|fob off|fobs off|waved away|shrugged off|shrug off|wave away|laughed off}",
    { n: 0.65, c: 0.4 },
  ),
  ...neg(
    "{last minute|last-minute|short notice|no notice|without notice|the week before|the day before|the night before|at the eleventh hour}",
    { n: 0.5, c: 0.4 },
  ),
  ...neg(
    "{nobody|no one|never} ~1 {tells|told|tell|informs|informed|warns|warned|lets us know|let us know|updates|updated|consults}",
    { n: 0.65, p: 0.3 },
  ),
  ...neg(
    "{find out|found out|finding out|find out about|found out about|learn about|learned about|learnt about|hear about|heard about} ~3 {when|after|too late|the hard way|by accident|from colleagues|on the grapevine|second hand|second-hand|through the grapevine}",
    { n: 0.55, c: 0.45 },
  ),
  ...neg(
    "{after the fact|after it came in|after it happened|after it went live|after the event|once it was too late|too late to}",
    { n: 0.5, p: 0.3 },
  ),
  ...neg(
    "{repeated it back|repeat the policy|repeated the policy|quote the policy|quoted the policy|quotes the policy|point me to the policy|pointed me to the policy|points me to the policy|read the policy|read the manual|rtfm|see the policy}",
    { n: 0.55, c: 0.4 },
  ),
  ...neg("{as if|like} ~3 {should|already|ought to} ~2 {know|understand}", { n: 0.6 }),
  ...neg(
    "{expect us to know|expects us to know|expected us to know|assume we know|assumes we know|assumed we knew|assume everyone knows|assumes everyone knows}",
    { n: 0.6 },
  ),
  ...neg(
    "written ~2 {for|by} ~2 {lawyers|engineers|experts|techies|geeks|other engineers|specialists|auditors|robots|computers|developers|other techies|each other}",
    { n: 0.6 },
  ),
  ...neg(
    "{have to google|had to google|have to look up|had to look up|need a dictionary|needed a dictionary|reach for a dictionary}",
    { n: 0.6 },
  ),
  ...neg(
    "{just say|just tell us|just explain|just speak|just talk|just write} ~4 {normal|plain|simple|english|words|human}",
    { n: 0.6 },
  ),
  ...neg("no idea what ~3 {mean|means|meant|say|says|said|talking about|on about}", { n: 0.7 }),
  ...neg(
    "{without|never|no} ~2 {telling|explaining|warning|saying why|saying anything|a word|notice|heads up|heads-up}",
    { n: 0.55, p: 0.35 },
  ),
  ...neg(
    "{in latin|in klingon|in hieroglyphics|in code|in another language|in a foreign language|in chinese|in greek|in martian|like klingon|like hieroglyphics}",
    { n: 0.75 },
  ),
  ...neg(
    "only ~6 when|if ~5 wrong|problem|problems|issue|issues|break|breaks|broke|broken|breach|breaches|fail|fails|failed|crash|crashes|incident|incidents|down|fault|error|errors|mistake|mistakes|mess",
    { n: 0.75, d: 0.3 },
  ),
  ...neg(
    "always|only|just ~2 about|for|with ~1 {problem|problems|issues|complaints|incidents|mistakes|bad news|errors|failures|telling off|warnings|what we did wrong}",
    { n: 0.65 },
  ),
  ...neg(
    "never|no|not ~3 {face to face|in person|personal contact|human contact|face time|facetime}",
    { n: 0.6, d: 0.5 },
  ),
  ...neg(
    "only|just|always ~2 by|via|over|through|on ~1 email|e-mail|emails|ticket|tickets|portal|chat|phone|form|forms|system|teams|intranet|newsletter|bot",
    { n: 0.5, d: 0.45 },
  ),
  ...neg(
    "{automated|generic|template|templated|canned|copy paste|copy and paste|robotic|faceless|impersonal|form} ~1 email|emails|responses|response|replies|reply|messages|message|letters",
    { n: 0.55, d: 0.35 },
  ),
  ...neg(
    "{never|not|rarely|seldom|nobody|no one|hardly|barely} ~2 {answer|answers|answered|answering|reply|replies|replied|replying|respond|responds|responded|responding|acknowledge|acknowledges|acknowledged|return|returns|returned|get back|gets back|got back|getting back|pick up|picks up|picked up|picking up}",
    { n: 0.7, c: 0.5, d: 0.2 },
  ),
  ...neg(
    "no|zero|without|never ~1 {response|reply|replies|answer|answers|feedback|acknowledgement|acknowledgment|update|updates|follow up}",
    { n: 0.65, c: 0.45 },
  ),
  ...neg(["leave|leaves|left|keep|keeps|kept ~2 in the dark", "out of the loop"], {
    n: 0.65,
    p: 0.35,
    d: 0.3,
  }),
  ...neg(
    "no|without|never|zero|little|any ~1 explanation|explanations|reason|reasons|warning|notice|context|why",
    {
      n: 0.6,
      p: 0.3,
      c: 0.3,
    },
  ),
  ...neg(
    "{lecture|lectures|lectured|lecturing|preach*|scold*|reprimand*|tell off|tells off|told off|telling off|told us off|tell us off|shout|shouts|shouted|shouting|yell|yells|yelled|yelling|berate*|ticked off|ticking off}",
    { n: 0.7, p: 0.3 },
  ),
  ...neg(
    "{threaten*|scare tactic|scare tactics|scaremonger*|fearmonger*|fear monger*|scary email|scary emails|scary warnings|ominous}",
    { n: 0.6, f: 0.45, p: 0.3 },
  ),
  ...neg(
    [
      "wall|walls of text",
      "spam|spams|spammed|bombard*|flood*|barrage",
      "{caps lock|all caps|capital letters}",
    ],
    { n: 0.5 },
  ),
  ...neg(["dumb|dumbed ~1 down"], { n: 0.55, p: 0.45 }),
  ...neg(
    "{talk|talks|talked|talking|speak|speaks|spoke|speaking|treat|treats|treated|treating|address|addresses|addressed|explain|explains|explained|deal|deals|dealt|write|writes|wrote|respond|responds|responded|look at|looks at|looked at} ~4 like ~3 {simpletons|a simpleton|idiots|an idiot|morons|a moron|fools|a fool|dummies|a dummy|imbeciles|children|kids|a child|a kid|toddlers|schoolchildren|five year olds|thick|stupid|dumb|dim|clueless|slow}",
    { n: 0.6, p: 0.55 },
  ),
  ...neg(
    "{computer science degree|degree in computing|degree in computer science|a phd|phd in|rocket scientists|rocket science|tech wizards|an engineer to understand|engineers to understand}",
    { n: 0.55 },
  ),
  ...neg(
    "like ~2 {a teacher|teacher|headmaster|a headmaster|a parent|parents|schoolchildren|naughty children|a naughty child|school}",
    { p: 0.55, n: 0.35 },
  ),
  ...neg("{nobody|no one} ~4 understand|understands|follow|follows|read|reads", { n: 0.7 }),
  ...neg(
    "{complicated|complex|convoluted|long winded|longwinded|waffly|rambling} ~1 explanation|explanations|instruction|instructions|email|emails|language|guidance|message|messages|answer|answers|policy|policies|document|documents",
    { n: 0.7 },
  ),
  ...neg(
    [
      "{one way|one sided} ~1 communication|street|traffic|conversation",
      "broadcast|broadcasts|broadcasting",
    ],
    { n: 0.55, d: 0.3 },
  ),
  ...neg(
    "{miscommunication|miscommunicat*|poor|bad|terrible|awful|lack of|no|zero|patchy} ~1 communication|comms",
    { n: 0.75 },
  ),
  ...neg(
    "communication|comms ~2 poor|bad|terrible|awful|non-existent|nonexistent|lacking|dreadful|appalling|rubbish|patchy",
    { n: 0.75 },
  ),
  ...neg(
    "make|makes|made|making ~2 me|us|you|people|staff ~1 feel ~2 stupid|dumb|small|thick|silly|idiot|idiots|inferior|ignorant|inadequate|incompetent|useless",
    { n: 0.6, p: 0.5, f: 0.5 },
  ),
  ...neg(
    "{in their own language|own little language|speak a different language|different language}",
    { n: 0.75, d: 0.3 },
  ),
  ...neg(
    "assume|assumes|assumed|expect|expects|expected ~3 know|understand ~2 everything|all|what|how",
    { n: 0.5 },
  ),
  ...neg("blah|waffle|waffles|waffling|ramble|rambles", { n: 0.4 }),
  ...neg(
    [
      "could|should|would ~4 {clearer|simpler|plainer|shorter|better explained}",
      "less ~1 technical|jargon|complicated|jargony",
    ],
    { n: 0.55 },
  ),
  ...neg(
    "{last to know|the last to find out|last to hear|last to be told|find out afterwards|found out afterwards|find out later|told afterwards|after the event}",
    { n: 0.55, p: 0.3 },
  ),
  ...neg(
    "{need|needs|should|could|must} ~2 {explain|communicate|tell us|listen|talk to us|speak to us|engage} ~2 {more|better|clearer|properly|in plain|simply|sometimes}",
    { n: 0.5 },
  ),
  ...neg(
    "{preachy|sermon|sermons|lecturing|lectures|nagging emails|finger-wagging|finger wagging|telling-off|telling off}",
    { n: 0.6 },
  ),
  ...neg(
    "{long|lengthy|endless|huge|massive|pages and pages of} ~1 {emails|email|documents|document|policies|policy|messages|updates|newsletters|guides|manuals}",
    { n: 0.45 },
  ),
  ...neg(
    "{is not|are not|was not|were not|be not|never|hardly|barely|not very|not at all} ~2 {clear|plain|simple|understandable|straightforward|user-friendly|user friendly}",
    { n: 0.55 },
  ),
  ...neg("{what does it|what do they|what is that supposed to|what on earth} ~2 {mean|means}", {
    n: 0.55,
  }),
  ...neg(
    "only ~3 {engineer|engineers|expert|experts|techie|techies|geek|geeks|specialist|specialists|it people|insiders} ~3 {understand|follow|get|decipher|read}",
    { n: 0.65 },
  ),
  ...neg(
    "{legalese|legal jargon|small print|fine print|officialese|corporate speak|management speak|gobbledegook}",
    { n: 0.7 },
  ),
  ...neg(
    "{don't be stupid|do not be stupid|don't be an idiot|don't be careless|don't be the one|do not be the one}",
    { n: 0.45 },
  ),
  ...neg(
    "{days|weeks|ages|forever|hours|a week|a day} to {reply|respond|answer|get back|hear back|acknowledge}",
    { n: 0.5, c: 0.55 },
  ),
  ...neg(
    "{cut every conversation short|cut the conversation short|cut me off|cut us off|cuts me off|cuts us off|cut short|hang up on|hung up on}",
    { n: 0.55 },
  ),
  ...neg(
    "{never|don't|do not|rarely} ~1 {check|ask|find out} ~3 {understood|understand|makes sense|make sense|clear|followed}",
    { n: 0.6 },
  ),
  ...neg(
    "{wait|waited|waiting|waits} ~4 {for a reply|for an answer|for a response|for a callback|to hear back|for them to reply|for them to respond}",
    { n: 0.55, c: 0.6 },
  ),
  ...neg(
    "{tell|tells|told|inform|informs|informed|let us know|find out} ~2 {afterwards|after the fact|too late|after it happened|after it's done|once it's done}",
    { n: 0.55, p: 0.3 },
  ),
  ...neg("{in binary|in hexadecimal|in morse|in morse code|in riddles}", { n: 0.7 }),
  ...neg(
    "{too|very|so|overly|really|far too|way too} ~1 {long|wordy|dense|formal|vague|cryptic|brief|curt|terse|convoluted|detailed}",
    { n: 0.5 },
  ),
  ...neg(
    "{difficult|hard|impossible|tricky|tough} to ~1 {talk to|communicate with|speak to|get through to|reason with|have a conversation with}",
    { n: 0.6, c: 0.4 },
  ),
  ...neg(
    "{talk|talks|talking|talked|speak|speaks|speaking} ~1 {over|past|across} ~1 {us|me|our heads|my head|people}",
    { n: 0.65 },
  ),
  ...neg(
    "{couldn't|could not|can't|cannot|can not|didn't|did not} ~1 {follow|understand|make sense of|decipher} ~2 {a word|a thing|any of it|anything|half|most|a single}",
    { n: 0.7 },
  ),
  ...neg("{head nor tail|heads or tails|heads nor tails}", { n: 0.7 }),
  ...neg(
    "like ~2 {legal|a legal|a contract|legal document|an instruction manual|a textbook|a technical manual|a manual|terms and conditions|small print|a legal document}",
    { n: 0.6 },
  ),
  ...neg(
    "{thrown at us|dumped on us|pushed on us|sprung on us|foisted on us|rolled out without|appear out of nowhere|out of nowhere}",
    { n: 0.5, p: 0.5 },
  ),
  ...neg("{without|no|zero} ~2 {discussion|consultation|dialogue|debate|conversation|two-way}", {
    n: 0.45,
    p: 0.55,
  }),
  ...neg("{unreadable|illegible|impenetrable|indecipherable|unintelligible}", { n: 0.65 }),
  ...neg("never ~1 {say sorry|apologise|apologize|apologised|apologized|said sorry}", { n: 0.5 }),
];
