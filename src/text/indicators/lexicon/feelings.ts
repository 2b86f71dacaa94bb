import { type CueEntry, neg } from "./cue.js";

/** Fear, worry, frustration, disappointment about the other side. */
export const FEELINGS: CueEntry[] = [
  ...neg(
    "fear|fears|feared|fearful|afraid|scared|scary|frighten*|terrif*|dread|dreads|dreaded|dreading|panic*|petrified",
    { f: 0.8 },
  ),
  ...neg(
    "{anxious|anxiety|anxieties|nervous|nerves|worried|worry|worries|worrying|stress|stressed|stressful|stresses|uneasy|unease|jittery|jumpy|on edge}",
    { f: 0.75 },
  ),
  ...neg("frustrat*|frustat*|frusterat*|infuriat*|exasperat*|maddening", { f: 0.85, c: 0.55 }),
  ...neg("annoy|annoyed|annoying|annoyance|irritat*|irk|irks|irked|grate|grates|bug|bugs|niggle*", {
    f: 0.7,
    c: 0.5,
  }),
  ...neg(
    "{anger|angry|furious|livid|fuming|rage|raging|enraged|outraged|seething|cross with|mad at|pissed|hacked off|cheesed off|ticked|incensed}",
    { f: 0.85 },
  ),
  ...neg(
    "{drive me mad|drives me mad|drove me mad|drives me crazy|drive me crazy|drives me nuts|drives me up the wall|drive me up the wall|drives me insane|doing my head in|does my head in|gets on my nerves|get on my nerves|gets my goat|winds me up|wind me up|wound me up}",
    { f: 0.85 },
  ),
  ...neg(
    "{fed up|sick of|tired of|sick and tired|had enough|had it with|at the end of my tether|at my wits end|wits' end|losing patience|lost patience|running out of patience}",
    { f: 0.8, c: 0.4 },
  ),
  ...neg(
    "{hate|hates|hated|hating|loathe|loathes|despise|despises|detest|detests|can not stand|can't stand|cannot stand|dislike|dislikes|disliked}",
    { f: 0.8 },
  ),
  ...neg(
    "upset|upsetting|distress|distressed|distressing|hurt|hurtful|wounded|offended|offensive|insulted|insulting",
    { f: 0.75 },
  ),
  ...neg(
    "{disappoint*|let down|let us down|let me down|letdown|disillusion*|underwhelm*|dismay*}",
    { f: 0.8 },
  ),
  ...neg(
    "{resent*|bitter|bitterness|grudge|grudges|sour|soured|souring|animosity|hostility|ill feeling|bad blood|ill will}",
    { f: 0.8, c: 0.3 },
  ),
  ...neg(
    "demoralis*|demoraliz*|demotivat*|dispirit*|discourag*|dishearten*|deflat*|crushed|defeated|despair*|miserable|misery|depress*",
    { f: 0.75 },
  ),
  ...neg("{ashamed|shameful|guilt|guilty|sheepish|mortified|self-conscious|self conscious}", {
    f: 0.7,
  }),
  ...neg("{shame|shamed|shaming}", { f: 0.5 }),
  ...neg(
    "{feel|feels|felt|feeling} ~2 {stupid|dumb|thick|silly|useless|small|inadequate|incompetent|like an idiot|like a fool|an idiot|a fool|foolish|ignorant|inferior|worthless|a nuisance|a burden|a pest|bad|awful|terrible|rubbish|judged|watched|guilty|picked on|singled out|exposed|vulnerable|unsafe|uncomfortable|on edge|unwelcome|like a criminal|like a suspect|like a child}",
    { f: 0.7 },
  ),
  ...neg(
    "{sinking feeling|bad feeling|knot in my stomach|heart sinks|heart sank|stomach drops|stomach drop|cold sweat|keeps me up at night|keep me up at night|lose sleep|losing sleep|lost sleep|sleepless}",
    { f: 0.75 },
  ),
  ...neg(
    "{unsettl*|uncomfortable|discomfort|awkward|on tenterhooks|walking on eggshells|walk on eggshells|eggshells|paranoid|paranoia|spooked|rattled|shaken}",
    { f: 0.6 },
  ),
  ...neg(
    "{distrust|mistrust|distrustful|untrusting|wary|leery|sceptical|skeptical|cynical|cynicism|suspicious of them|suspicious of it|suspicious of security|suspicious of us|suspicious of staff|suspicious of everyone}",
    { f: 0.65, d: 0.2 },
  ),
  ...neg(
    "{wearing me down|wears me down|wearing us down|grinding me down|getting me down|gets me down|get me down|getting us down|gets us down|ground down}",
    { f: 0.7 },
  ),
  ...neg("{unnerving|unnerved|creepy|creeped out|invasive|intrusive|intrusion|big brotherish}", {
    f: 0.6,
    p: 0.35,
  }),
  ...neg(
    "{exhaust*|draining|drained|weary|wearying|tiring|burnt out|burned out|burnout|worn out|worn down}",
    { f: 0.55 },
  ),
  ...neg("sad|sadly|unhappy|gloomy|glum|fed|dread", { f: 0.6 }),
  ...neg(
    "{grr|grrr|ugh|argh|aargh|sigh|ffs|for crying out loud|for goodness sake|for god's sake|give me strength|why oh why|seriously\\?}",
    { f: 0.55, c: 0.2 },
  ),
  ...neg(
    "{nightmare|horrible|horrendous|awful|terrible|dreadful|appalling|atrocious|abysmal|shocking|a joke|laughable|pathetic}",
    { f: 0.45, c: 0.25 },
  ),
  ...neg(
    "{at a loss|feel lost|felt lost|helpless|out of my depth|overwhelmed|overwhelming|bewildered}",
    { f: 0.5 },
  ),
  ...neg(
    "{pain in the neck|pain in the backside|pain in the bum|pain in the arse|pain in the butt|pain in the ass|a pain|royal pain|such a pain}",
    { f: 0.35, c: 0.35 },
  ),
  ...neg(
    "{pain in the neck|pain in the backside|pain in the bum|pain in the arse|pain in the butt|pain in the ass|a royal pain}",
    { b: 0.55 },
    "resolve",
  ),
  ...neg(
    "{thanks for nothing|cheers for nothing|thanks a bunch|thanks a lot|cheers it_dept|thanks it_dept|nice one it_dept|well done it_dept}",
    { f: 0.6, b: 0.5 },
    "resolve_adj",
  ),
  ...neg(
    "{judge|judges|judging|judged|judgemental|judgmental|judgement|scrutinise|scrutinize|scrutinised|scrutinized|under the microscope}",
    { p: 0.45, f: 0.4 },
  ),
  ...neg(
    "{sacked|fired|be disciplined|lose my job|losing my job|lose our jobs|get in trouble|got in trouble|getting in trouble|in trouble|disciplinary|formal warning|written warning|final warning|reported to hr|sent to hr|hauled into|hauled in front}",
    { p: 0.5, f: 0.5 },
  ),
  ...neg(
    "{walking on|tiptoe|tiptoeing|tip-toe|creep around|creeping around|afraid to ask|scared to ask|too scared|too afraid|daren't|dare not|dare to ask|worried about asking|nervous about asking}",
    { f: 0.7, p: 0.45 },
  ),
  ...neg(
    "{nerve wracking|nerve-wracking|nervewracking|nervy|daunting|overwhelming|intimidating|unnerving}",
    { f: 0.7 },
  ),
  ...neg("{concerned|concerns|concern} ~2 {about|that|for}", { f: 0.45 }),
  ...neg("{under pressure|pressured|on the spot|put on the spot|vulnerable|exposed|insecure}", {
    f: 0.45,
  }),
  ...neg("{not happy|unhappy|not pleased|displeased|not impressed|unimpressed|not amused}", {
    f: 0.65,
    c: 0.3,
  }),
  ...neg(
    "{dreading|dread|fearing|fear of|afraid of|scared of|worried about|worried that|anxious about|nervous about}",
    { f: 0.8 },
  ),
  ...neg(
    "{scared to admit|afraid to admit|afraid to report|scared to report|scared to tell|afraid to tell|frightened to admit|too scared to|too afraid to|afraid of admitting}",
    { f: 0.8, p: 0.45 },
  ),
  ...neg(
    "{in front of} ~2 {team|colleagues|everyone|the office|my manager|others|people|the whole|my boss|customers}",
    { p: 0.45, f: 0.45 },
  ),
  ...neg("{call you in|called in|call me in|called me in|calls you in|call us in|called us in}", {
    p: 0.4,
    f: 0.3,
  }),
  ...neg("scare|scares", { f: 0.4 }),
];
