import { type CueEntry, neg } from "./cue.js";

// Weights are the cue's own strength in [0, 1]: roughly how sure a careful reader would be of
// the indicator from this phrase alone. Several weak cues add up (noisy-or).
// Syntax: a|b alternates one token; {a b|c} alternates word sequences; ~N skips up to N words.

/** Friction: clashing needs, security in the way of work, staff hard to reach. */
export const CONFLICT: CueEntry[] = [
  ...neg(
    "obstacle|obstacles|hurdle|hurdles|barrier|barriers|roadblock|roadblocks|bottleneck|bottlenecks",
    { c: 0.65 },
  ),
  ...neg(["get|gets|got|getting in the way", "in the way of ~2 work|job|jobs|business"], {
    c: 0.8,
  }),
  ...neg(["slow|slows|slowed|slowing ~2 down", "slow|slows ~1 everything|everyone|us|me|work"], {
    c: 0.65,
  }),
  ...neg(
    [
      "hold|holds|held|holding ~2 up",
      "hinder|hinders|hindered|hindering|hindrance|hamper*|impede*",
    ],
    { c: 0.65 },
  ),
  ...neg("block|blocks|blocked|blocking|blocker", { c: 0.55 }),
  ...neg(
    "stop|stops|stopped|stopping|prevent|prevents|prevented ~2 from ~2 work|working|doing|getting|using|sending|opening|accessing",
    { c: 0.6 },
  ),
  ...neg(["can|could not ~1 do ~1 my|our|the job|jobs|work", "unable to ~1 work|do"], { c: 0.65 }),
  ...neg("delay|delays|delayed|delaying", { c: 0.55 }),
  ...neg(
    [
      "wait|waits|waited|waiting ~3 days|weeks|ages|forever|hours|months|week|day",
      "long|endless|ages ~1 wait|waits|waiting",
    ],
    { c: 0.65 },
  ),
  ...neg(
    [
      "take|takes|took|taking ~3 ages|forever|weeks|days|months",
      "ages|forever to ~2 fix|respond|reply|sort|answer|get|come",
    ],
    { c: 0.6 },
  ),
  ...neg(
    [
      "hard|difficult|impossible|tricky|nightmare to ~2 reach|contact|find|get|catch|pin|approach",
      "never ~2 get|got hold of",
      "can|could not|never ~2 {reach|find|catch|contact|get through to} ~1 {them|anyone|someone|anybody|him|her|it_dept|security|the team|the helpdesk|a person|a human}",
      "{trying|try|tried} to {get hold of|reach|contact|catch}",
    ],
    { c: 0.75, d: 0.3 },
  ),
  ...neg(["when|if ~4 get|catch hold of", "when|if ~4 reach|find|catch them"], { c: 0.55, d: 0.4 }),
  ...neg("never|rarely|seldom|not ~2 {around|available|there when|in the office|at their desk}", {
    c: 0.6,
    d: 0.55,
  }),
  ...neg("clash|clashes|clashing|clashed|friction|frictions|tension|tensions|feud*", { c: 0.8 }),
  ...neg("conflict|conflicts|conflicting|contradict*", { c: 0.7 }),
  ...neg("argue|argues|argued|arguing|argument|arguments|bicker*|squabbl*", { c: 0.7 }),
  ...neg("fight|fights|fighting|fought|battle|battles|battling|warfare|struggle|struggles|tug", {
    c: 0.65,
  }),
  ...neg(
    ["at odds|loggerheads|war", "butt|butting heads", "head to head", "on different pages|sides"],
    { c: 0.8 },
  ),
  ...neg("power struggle|struggles|games|game|play|plays", { c: 0.65, p: 0.6 }),
  ...neg(["misunderstand*", "misunderstood", "crossed wires", "talk|talking past each other"], {
    c: 0.6,
    n: 0.3,
  }),
  ...neg(
    "not|never understand|get|appreciate|grasp ~3 job|jobs|work|needs|need|business|deadlines|pressure|pressures|workflow|workload|role|day|targets|task|tasks|reality|realities|context|clients|customers|patients|process|processes",
    { c: 0.7 },
  ),
  ...neg(
    "no|little idea|clue|understanding ~3 {what we|how we|our job|our work|we do|our needs|the business|what i do|my job}",
    { c: 0.65, d: 0.2 },
  ),
  ...neg("unrealistic|impractical|unworkable|unreasonable|inflexible|rigid|overzealous", {
    c: 0.6,
  }),
  ...neg(
    "too|overly|far|ridiculously|so strict|restrictive|harsh|rigid|cautious|paranoid|controlling|heavy",
    { c: 0.6 },
  ),
  ...neg("{heavy handed|draconian|overkill|over the top|excessive|overbearing|over zealous}", {
    c: 0.6,
  }),
  ...neg(
    "stupid|silly|ridiculous|pointless|petty|absurd|crazy|insane|daft|idiotic|mad|bonkers|annoying|endless|constant|useless|nonsensical ~2 rule|rules|policy|policies|restriction|restrictions|requirement|requirements|password|passwords|process|procedure|procedures|hoops|checks|popups|change|changes|training|forms|lockouts",
    { c: 0.7 },
  ),
  ...neg("{red tape|bureaucracy|bureaucratic|jump through hoops|hoops to jump}", { c: 0.6 }),
  ...neg(
    "{workaround|workarounds|work around|get around|getting around|got around|bypass|bypasses|bypassed|bypassing|circumvent*|shadow it}",
    { c: 0.5 },
  ),
  ...neg(
    "kill|kills|killing|hurt|hurts|ruin|ruins|hit|hits|drain|drains|tank ~2 productivity|efficiency|output|momentum",
    { c: 0.7 },
  ),
  ...neg(
    [
      "say|says|said|saying no ~2 everything|anything|every",
      "default ~2 no",
      "department of no",
      "answer is always no",
      "computer says no",
    ],
    { c: 0.7, p: 0.3 },
  ),
  ...neg("lock|locks|locked|locking ~2 out", { c: 0.55 }),
  ...neg(
    "{logs me out|logged me out|logs us out|logged out|kicks me out|kicked out|kicks us out|times out|timed out|keeps crashing|keeps freezing}",
    { c: 0.5 },
  ),
  ...neg(
    "{nothing to do with|no relation to|divorced from|no bearing on} ~2 {how we|what we|the way we|reality|real work|our work|the job|the real}",
    { c: 0.65, d: 0.3 },
  ),
  ...neg(
    "{ridiculous|absurd|crazy|insane|nuts|madness|daft|laughable|farcical|a farce|pointless}",
    { c: 0.4 },
  ),
  ...neg(
    "{still nothing|still waiting|still no|still not|still haven't|still hasn't|still have not|still has not|still don't have|still no answer|still no reply}",
    { c: 0.6 },
  ),
  ...neg(
    "{twice as long|three times as long|takes longer|much longer|slower|extra work|more work|double the work|wastes time|wasted time|waste our time|wastes our time|waste of our time|time consuming|time-consuming|eats time|eats into}",
    { c: 0.55 },
  ),
  ...neg(
    "{black hole|into the void|into the ether|disappear|disappears|disappeared|vanish|vanishes|vanished|never to be seen|lost in the system}",
    { c: 0.55, d: 0.4 },
  ),
  ...neg(
    "{keep changing|keeps changing|kept changing|constantly changing|always changing|change every|changes every|changed every|moving goalposts|move the goalposts|moved the goalposts}",
    { c: 0.5 },
  ),
  ...neg(
    "{never|nothing|nobody|no one} ~2 {fix|fixes|fixed|sort|sorts|sorted|solve|solves|solved|resolve|resolved|gets fixed|gets sorted|gets done|get fixed|get sorted}",
    { c: 0.6 },
  ),
  ...neg(
    "{when|if} ~2 {bother|bothered|can be bothered|eventually|finally|get round to|get around to|ever}",
    { c: 0.55, d: 0.35 },
  ),
  ...neg(
    "{nothing ever changes|nothing changes|nothing happens|nothing ever happens|goes nowhere|go nowhere|went nowhere|going nowhere|falls on deaf ears|fell on deaf ears|deaf ears|futile|what's the point|no point}",
    { c: 0.45, f: 0.5 },
  ),
  ...neg(
    "more important than ~2 {patient|patients|care|customers|clients|work|our work|the business|people|getting work done|the job|service|sales}",
    { c: 0.6 },
  ),
  ...neg(
    "{cost centre|cost center|necessary evil|grudge purchase|tick box exercise|box ticking exercise}",
    { c: 0.45, p: 0.3 },
  ),
  ...neg("{chocolate teapot|chocolate fireguard|ashtray on a motorbike|waste of space}", {
    c: 0.55,
  }),
  ...neg("{eye rolling|eye-rolling|rolling eyes|eyes rolling}", { c: 0.45, n: 0.45 }),
  ...neg(
    "{tense|tension|frosty atmosphere|bad atmosphere|strained|fraught|rocky|stormy|prickly|testy|uneasy truce|love hate|love-hate}",
    { c: 0.65, f: 0.3 },
  ),
  ...neg(
    "{oh great|oh joy|oh good|oh wonderful|oh brilliant|oh lovely|oh fantastic|just what i needed|just what we needed|just what i need|just what we need|yet another|here we go again|what a surprise|surprise surprise|how lovely|how nice|how helpful|how kind|great another|brilliant another}",
    { f: 0.5, c: 0.5 },
  ),
  ...neg(
    "{grind to a halt|grinds to a halt|ground to a halt|grinding to a halt|stuck|get stuck|gets stuck|got stuck|bogged down|tied up in|in limbo|held up for|on hold for}",
    { c: 0.6 },
  ),
  ...neg(
    "{forbidden|banned|ban|bans|not allowed|prohibited|off limits|off-limits|blacklisted|disallowed|vetoed|no exceptions|full stop}",
    { c: 0.5, p: 0.45 },
  ),
  ...neg(
    "{locked down|lockdown|so locked|too locked|tied down|hands tied|handcuffed|hamstrung|straitjacket}",
    { c: 0.5, p: 0.45 },
  ),
  ...neg(
    "{twelve steps|ten steps|so many steps|too many steps|extra steps|hoops|fifteen steps|endless steps|so many clicks|too many clicks|ten clicks}",
    { c: 0.5 },
  ),
  ...neg("how long ~3 {take|takes|took|taking}", { c: 0.5 }),
  ...neg("{for months|for weeks|for ages|for days on end|months later|weeks later}", { c: 0.4 }),
  ...neg(
    "{close|closes|closed|closing} ~2 {ticket|tickets|the ticket|my ticket|the call|the case}",
    { c: 0.45 },
  ),
  ...neg(
    "{like|as if} ~2 {ever|would ever|'d ever} ~2 {answer|reply|respond|help|listen|come|explain|fix|call back|pick up|get back}",
    { c: 0.55, n: 0.5 },
  ),
  ...neg(
    "{brick wall|talking to a wall|banging my head|banging our heads|head against a wall|head against a brick wall}",
    { n: 0.6, c: 0.45 },
  ),
  ...neg(
    "{yeah right|yeah, right|as if|like that will happen|like that'll happen|fat chance|good luck with that}",
    { f: 0.3, c: 0.3 },
  ),
  ...neg(
    "{endless rows|constant rows|a row with|rows with|had a row|blazing row|falling out|fallen out|fell out|falling-out|bust-up|bust up|run-in|run-ins|run in with|at each other's throats|working against us|work against us|works against us|against us|pulling teeth|like pulling teeth|an uphill}",
    { c: 0.7 },
  ),
  ...neg(
    "{sit idle|sat idle|sitting idle|twiddling|twiddle our thumbs|twiddle my thumbs|can't work|cannot work|unable to work|can't get on|cannot get on}",
    { c: 0.55 },
  ),
  ...neg(
    "{never worked|doesn't work|does not work|didn't work|never works|not working|stopped working|barely works|rarely works}",
    { c: 0.45 },
  ),
  ...neg(
    "{too busy|always busy|so busy|busy to help|no time for us|never have time|never any time|no time for me|never got time|not enough time for us}",
    { c: 0.55, d: 0.25 },
  ),
  ...neg(
    "{cancelled|canceled|cancel|cancels|postponed|rescheduled|stood up} ~3 {all the time|again|every time|repeatedly|constantly|at the last minute}",
    { c: 0.45 },
  ),
  ...neg(
    "{can't even|cannot even|can not even|not even allowed|won't even let|will not even let|don't even let}",
    { c: 0.55 },
  ),
  ...neg("{unhelpf*|unhelpfull|unhelpfulness|not helpful|not very helpful|less than helpful}", {
    c: 0.65,
  }),
  ...neg(
    "nag|nags|nagged|nagging|pester*|badger*|hound|hounds|hounded|hounding|chase|chases|chasing|chased",
    { c: 0.5, n: 0.2 },
  ),
  ...neg("overrule|overrules|overruled|override|overrides|overrode|overridden|veto|vetoed", {
    c: 0.5,
    p: 0.5,
  }),
  ...neg("disagree|disagrees|disagreed|disagreement|disagreements|dispute|disputes", { c: 0.65 }),
  ...neg("{push back|pushback|resist|resists|resisted|resistance}", { c: 0.55 }),
];
