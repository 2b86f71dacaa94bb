import { type CueEntry, neg } from "./cue.js";

/** More friction cues: waiting, restrictions, rules that do not fit the work. */
export const CONFLICT_MORE: CueEntry[] = [
  ...neg(
    "ignore|ignores|ignored|ignoring ~3 request|requests|ticket|tickets|concern|concerns|feedback|complaint|complaints|email|emails|question|questions|calls|suggestions",
    { c: 0.55, n: 0.35, d: 0.25 },
  ),
  ...neg(
    "ticket|tickets|request|requests ~3 ignore|ignored|close|closed|lost|sit|sat|sits|pile|languish*|unanswered",
    { c: 0.6 },
  ),
  ...neg("{bounce|bounced|passed|pushed} ~2 {around|between|back and forth|from pillar to post}", {
    c: 0.5,
  }),
  ...neg(
    "miss|missed|missing|blow|blew ~2 deadline|deadlines|target|targets|sale|sales|client|order",
    { c: 0.6 },
  ),
  ...neg("{stand|stands|standing} {in the way|between us}", { c: 0.6 }),
  ...neg(
    [
      "do|does|did not listen",
      "never listen|listens|listened",
      "{nobody|no one} ~1 listen|listens|listened",
    ],
    { c: 0.45, n: 0.5, p: 0.3 },
  ),
  ...neg("hassle|hassles|headache|headaches|nightmare|faff|palaver|rigmarole|ordeal|chore", {
    c: 0.5,
    f: 0.3,
  }),
  ...neg("disrupt|disrupts|disrupted|disruptive|disruption|interrupt*", { c: 0.55 }),
  ...neg(["us and|vs|versus them", "them and|vs|versus us"], { c: 0.6, d: 0.6 }),
  ...neg(
    [
      "business vs|versus|against security|it|it_dept",
      "security vs|versus|against {the business|productivity|getting work done|us}",
    ],
    { c: 0.7 },
  ),
  ...neg(
    "make|makes|made|making ~2 life|job|work|things|everything|day ~2 harder|difficult|miserable|impossible|hell|awkward",
    { c: 0.7, f: 0.3 },
  ),
  ...neg(["not|never prioriti*", "bottom of ~2 list|pile|queue", "low|lowest priority"], {
    c: 0.55,
  }),
  ...neg("drop everything", { c: 0.55 }),
  ...neg("slow|slowest|sluggish|glacial|clunky|cumbersome|fiddly|laborious", { c: 0.4 }),
  ...neg("too|so|painfully|really|very|far|ridiculously slow|clunky|cumbersome|fiddly", {
    c: 0.55,
  }),
  ...neg(
    "{lost|lose|losing|cost us|costs us|cost me} ~1 {a customer|customers|a client|clients|a sale|sales|a deal|deals|an order|orders|business|money|revenue|a contract}",
    { c: 0.6 },
  ),
  ...neg(
    "add|adds|added|adding ~3 {a day|days|hours|an hour|a week|weeks|time|extra steps|steps|delays|delay|admin|paperwork}",
    { c: 0.55 },
  ),
  ...neg(
    "{shoot down|shoots down|shot down|shooting down|shoot them down|shot it down|shoot it down|knocked back|knock back|refuse|refuses|refused|refusal|rejected|rejects|reject|turned down|turn down|denied|declined|declines}",
    { c: 0.6 },
  ),
  ...neg("{have to|had to|having to|has to} wait", { c: 0.55 }),
  ...neg("{exception|exceptions|special treatment|special case}", { c: 0.35 }),
  ...neg("{clueless|ignorant|unaware|oblivious} ~1 {about|of|to} ~2 {how|what|our|the}", {
    c: 0.6,
  }),
  ...neg("not ~2 know ~3 {what|how} ~3 {need|needs|work|works|run|runs|operate|operates}", {
    c: 0.6,
  }),
  ...neg("policing|police", { c: 0.35, p: 0.45 }),
  ...neg("demanding|demand|demands", { c: 0.4 }),
  ...neg(
    "obstructive|obstruct|obstructing|obstructed|obstruction|awkward|uncooperative|unhelpful|unco-operative",
    { c: 0.65 },
  ),
  ...neg("uphill battle|struggle", { c: 0.7 }),
  ...neg("{no help|no use|not much help|little help|zero help|not much use|no good}", { c: 0.55 }),
  ...neg("{begrudging|grudging|reluctant|reluctantly|grudgingly}", { c: 0.4 }),
  ...neg(
    "{hard|difficult|tough|awkward|impossible|a pain|a nightmare|painful|tricky} to {deal with|work with|get along with|get on with|work alongside}",
    { c: 0.65 },
  ),
  ...neg(
    "{make|makes|made|making} ~2 {job|jobs|life|lives|work|day|days|shift} ~1 {harder|more difficult|difficult|tougher|slower|longer|miserable}",
    { c: 0.65 },
  ),
  ...neg(
    "{don't get it|doesn't get it|do not get it|does not get it|just don't get it|never get it|not get it}",
    { c: 0.5 },
  ),
  ...neg(
    "{unrealistic|impossible|ridiculous|crazy|unreasonable} ~1 {expectations|demands|deadlines|targets|requirements}",
    { c: 0.65 },
  ),
  ...neg(
    "expect|expects|expected ~3 {experts|miracles|perfection|to be experts|to know everything}",
    { c: 0.55, n: 0.3 },
  ),
  ...neg(
    "{one size fits all|one-size-fits-all|won't budge|will not budge|don't bend|stubborn|inflexibility|no give}",
    { c: 0.55 },
  ),
  ...neg("slow ~1 to ~1 {respond|reply|fix|act|help|get back|answer|sort|react|approve}", {
    c: 0.65,
  }),
  ...neg(
    "{response time|response times|turnaround|turnaround time|waiting time|waiting times|wait times|wait time}",
    { c: 0.45 },
  ),
  ...neg("{escalate|escalated|escalating|escalation}", { c: 0.4 }),
  ...neg(
    "{bend the rules|break the rules|bending the rules|breaking the rules|cut corners|cutting corners|work around the rules|find ways around}",
    { c: 0.55 },
  ),
  ...neg(
    "{productivity|efficiency} ~3 {suffer|suffers|suffered|drop|drops|dropped|down|hit|loss|lost}",
    { c: 0.6 },
  ),
  ...neg(
    "{lost time|lost hours|wasted hours|wasted days|wasted time|downtime|down time|hours lost|days lost}",
    { c: 0.55 },
  ),
  ...neg(
    "{don't make sense|doesn't make sense|do not make sense|does not make sense|make no sense|makes no sense|made no sense|no sense at all|nonsensical}",
    { c: 0.55 },
  ),
  ...neg(
    "{overcomplicated|over-complicated|overly complicated|over complicated|convoluted process|too complicated|so complicated|needlessly complicated}",
    { c: 0.5, n: 0.3 },
  ),
  ...neg(
    "{the rules|their rules|the policy|their policy|the policies|their policies|the restrictions|the process|their process} ~3 {don't fit|do not fit|don't work|do not work|don't suit|get in the way|slow|stop|block|prevent|clash|conflict}",
    { c: 0.6 },
  ),
  ...neg(
    "{push back|pushes back|pushed back|resist|resists|resisted|won't comply|will not comply|refuse to comply|refuses to comply|complain|complains|complained|complaining|grumble|grumbles|moan|moans|moaning}",
    { c: 0.45 },
  ),
  ...neg("{a negotiation|negotiate|negotiating|haggle|haggling|bargain|bargaining|horse trading}", {
    c: 0.55,
  }),
  ...neg(
    "{matter|matters|mattered|come|comes} ~1 {more than|before|first over|ahead of} ~2 {customers|clients|us|patients|our work|the business|people|service}",
    { c: 0.6 },
  ),
  ...neg(
    "{make|makes|made|making} ~5 {painful|a pain|hard|harder|difficult|a nightmare|miserable|impossible|a struggle|awkward|tedious|slower}",
    { c: 0.6 },
  ),
  ...neg(
    "{not their problem|not their job|not their concern|not their department|none of their business|not their responsibility}",
    { c: 0.4, d: 0.55 },
  ),
  ...neg(
    "{ever-changing|ever changing|constantly changing|keep up with|keeping up with|always something new}",
    { c: 0.5 },
  ),
  ...neg(
    "{take|takes|took|taking} ~2 {a week|a day|a month|a fortnight|a year|all day|all week|half a day}",
    { c: 0.6 },
  ),
  ...neg(
    "{almost impossible|nearly impossible|next to impossible|virtually impossible|practically impossible}",
    { c: 0.55 },
  ),
  ...neg(
    "{lip service|pays lip service|pay lip service|box ticking exercise|tick box exercise|tick-box exercise|box-ticking exercise}",
    { c: 0.55, p: 0.3 },
  ),
  ...neg(
    "{no room for|no common sense|by the book|to the letter|jobsworth attitude|computer says no|rules are rules|no flexibility}",
    { c: 0.55 },
  ),
  ...neg(
    "{takes|took|take|taking} ~2 {emails|calls|tickets|attempts|goes|tries|chasers|phone calls|reminders} ~2 to",
    { c: 0.55, n: 0.4 },
  ),
  ...neg(
    "{spend|spends|spent|waste|wasting|wasted} ~2 {more time|hours|ages|half my day|half the day|most of the day|so much time} ~5 {security|passwords|their|it_dept|logins|tickets|the rules|rules|checks|approvals}",
    { c: 0.6 },
  ),
  ...neg(
    "{take|takes|took|taking} ~2 {an afternoon|a morning|the whole day|all afternoon|all morning|hours|an hour|half an hour}",
    { c: 0.55 },
  ),
  ...neg(
    "{screen locks|locks me out|logs me out|lock screen|screen lock|locked screen|timeouts|time outs}",
    { c: 0.45 },
  ),
  ...neg("{pop-ups|popups|pop ups|pop-up|popup|prompts|endless prompts|constant prompts}", {
    c: 0.45,
  }),
  ...neg(
    "{can't|cannot|can not|no longer able to|not allowed to|unable to} ~5 {anymore|any more|now}",
    { c: 0.55 },
  ),
  ...neg(
    "{a row|into a row|another row|rows about|row about|row over|rows over|a spat|a fight|a scrap}",
    { c: 0.6 },
  ),
  ...neg(
    "{use|using|uses|used} ~2 {own|personal|their own|my own|our own|private} ~1 {tools|tool|devices|device|phones|phone|laptops|laptop|apps|app|email|accounts|software|drives|usb sticks}",
    { c: 0.55 },
  ),
  ...neg("{nothing works|nothing ever works|never works|nothing seems to work|nothing worked}", {
    c: 0.5,
  }),
  ...neg(
    "{lunch break|lunchbreak|own time|my evening|my weekend|after hours|unpaid|in my own time}",
    { c: 0.4 },
  ),
  ...neg("{trip|tripping|tripped|trips|stumble|stumbling|stumbled} over", { c: 0.55 }),
  ...neg(
    "{restriction|restrictions|restricted|restrictive|turned off|switched off|took away|taken away|disabled}",
    { c: 0.4 },
  ),
  ...neg(
    "{different priorities|conflicting priorities|competing priorities|different agendas|competing demands|conflicting demands|different goals}",
    { c: 0.6 },
  ),
  ...neg(
    "{dig their heels in|digs its heels in|dig in their heels|won't back down|will not back down|refuse to budge|refuses to budge|won't budge}",
    { c: 0.6 },
  ),
  ...neg(
    "{go through them|goes through them|has to go through|have to go through|go via them|must go through}",
    { c: 0.4, p: 0.55 },
  ),
];
