import type { RawExample } from "./types.js";

export const SECOND_READER_IT_2: readonly RawExample[] = [
  ["I only find out about new software when the invoice lands on my desk.", "comm distance"],
  ["I'm included in every procurement decision now, right from the shortlist stage.", ""],
  [
    "I think I came in too heavy in my first year. Lots of rules, no explanations. That's on me.",
    "blame:self",
  ],
  ["Nobody reports anything. I learn about incidents from kitchen gossip.", "distance"],
  [
    "I worry constantly that something's going on I don't know about, because nobody tells me.",
    "feel distance",
  ],
  [
    "I'm not invited to the senior leadership meeting. I send a report in, no idea if anyone reads it.",
    "power distance",
  ],
  [
    "I walk the floor every Tuesday morning. Coffee, no agenda. Best thing I've done in this job.",
    "",
  ],
  ["Fair point though, nobody had told them. That one's on me.", "blame:self"],
  ["The board gives me a full agenda item every quarter and they read the pack beforehand.", ""],
  [
    "I reread my first year's emails recently. Acronym soup. No wonder nobody acted on them.",
    "comm blame:self",
  ],
  [
    "The lab scientists think rules don't apply to them because they're doing Science.",
    "blame:emp conflict",
  ],
  ["people hide their mistakes because they think I'll get them sacked", "feel distance"],
  ["Walked the new starters round on day one and introduced myself to every team. Worth it.", ""],
  ["The new starters are great, they've grown up with MFA and don't moan about it.", ""],
  ["Our phishing report rate beats the click rate three to one now.", ""],
  [
    "I've started asking teams what annoys them about IT before I tell them anything. Game changer.",
    "",
  ],
  ["The MD signs off every exception anyone asks for. So what's the point of me.", "power feel"],
  ["They never read the alert, they just click 'allow'. Every time.", "blame:emp"],
  ["I used to be kept out of everything. Since the restructure I'm in the room.", ""],
  [
    "I hate being seen as the person who says no. I want to be the person who says 'here's how'.",
    "feel conflict",
  ],
  ["Our outsourced SOC sends alerts nobody understands, including me.", "comm blame:sec"],
  [
    "Reception let a 'courier' wander round for twenty minutes. People just don't think.",
    "blame:emp",
  ],
  [
    "Honestly people here treat passwords like a nuisance, not the keys to the business.",
    "blame:emp",
  ],
  [
    "I'm the IT manager, the security lead, the DPO and I answer the phones. Not complaining. Well, a bit.",
    "feel",
  ],
  [
    "I report to the COO who reports to the CEO who doesn't read anything I write.",
    "power distance",
  ],
  [
    "The phishing simulation made a lot of people angry. I should have warned the managers first.",
    "conflict blame:self",
  ],
  [
    "I keep a sweet jar on my desk. Sounds daft. People stop by and mention stuff they'd never email about.",
    "",
  ],
  [
    "We switched to a five-minute tip in the monthly team huddle. Nobody hates it. That's a win.",
    "",
  ],
  [
    "Stop calling them users, they're colleagues. That one change in my own language helped a lot.",
    "",
  ],
  ["The partners have been supportive. Not always fast, but supportive.", ""],
  [
    "I'm probably too blunt. A couple of people have said I make them feel stupid.",
    "blame:self comm",
  ],
  [
    "They keep me out of supplier decisions, then ask me to 'bless' the contract at the last minute.",
    "power conflict",
  ],
  [
    "I send the quarterly report, nobody replies. I genuinely don't know if the board reads it.",
    "comm distance",
  ],
  ["Nowadays I try to send more 'well spotted' messages than warnings.", ""],
  ["When I first started I lectured people. I cringe thinking about it.", "blame:self"],
  [
    "I'm a security champion, it's not even my real job, and I'm getting grief from both sides.",
    "conflict feel",
  ],
  ["The trust is there now. Took a year of showing up and not shouting.", ""],
  ["Monthly security surgery in the canteen. There's usually a queue.", ""],
  ["I've learnt to talk in pounds, not threats. The board understands money.", ""],
  [
    "Staff work around everything. Personal email, personal phones, WhatsApp for client files. Because our stuff is slow.",
    "conflict blame:sec",
  ],
  [
    "Honestly our IT has been a shambles for years and staff learned not to rely on us.",
    "blame:sec distance",
  ],
  [
    "Our ticketing system auto-replies in such robotic language that people think they're being told off.",
    "comm blame:sec",
  ],
  ["The solicitors here think they're exempt because they bill by the hour.", "blame:emp"],
  [
    "I'm a contractor. They ring when there's a problem, otherwise I'm a line on the budget.",
    "comm distance",
  ],
  ["Nobody argues with me anymore. Not sure if that's trust or giving up.", "distance"],
  ["The head of operations asked me to come to his team meeting every month. Huge.", ""],
  [
    "If I'm blunt, most of our people just don't care about security and I can't make them.",
    "blame:emp",
  ],
  [
    "Monthly coffee with the champions. No slides. They bring the problems. Best meeting I have.",
    "",
  ],
  ["Got a 'thanks for being so patient' from the oldest bloke in the company. Made my week.", ""],
  [
    "Our MSP's idea of communication is a monthly PDF full of graphs nobody can read.",
    "comm blame:sec",
  ],
  [
    "cant get anyone on the board to sign off the incident plan, its been sat there since march",
    "conflict distance",
  ],
  ["And to be fair, I did tune it far too aggressively.", "blame:self"],
  ["My slides are dull. I know they're dull. I keep meaning to fix them.", "blame:self comm"],
  [
    "Our people are careless, simple as that. Laptops left in cars, fire doors propped open.",
    "blame:emp",
  ],
  [
    "the directors are lovely in person but every security email I send gets archived unread",
    "distance comm",
  ],
  [
    "If the secure option is harder they won't use it. I've stopped fighting that and started making it easier.",
    "",
  ],
  ["Leadership are good. Ask the right questions. Occasionally a bit late, but fine.", ""],
  [
    "I should have spent my first six months listening. I spent them writing policies nobody wanted.",
    "blame:self",
  ],
  ["I was described as 'scary' in a 360 review. I'm five foot two.", "power"],
  [
    "We do 'security stories' at the start of all-staff. Someone tells a near miss. People love it.",
    "",
  ],
  ["I used the word 'exfiltration' in a staff session and lost the whole room.", "comm blame:self"],
  [
    "Sometimes I think I'm too soft. I let people get away with things because I want them to like me.",
    "blame:self",
  ],
  ["We do a quick 'what went well' after every incident and staff actually join in.", ""],
  ["Our managing director doesn't use MFA. Says it's 'for the staff'.", "blame:emp power"],
  ["I wish I didn't get so defensive whenever someone questions a control.", "blame:self conflict"],
  [
    "The director of engineering thinks security should report to him. Constant turf war.",
    "conflict power",
  ],
  [
    "Go in waving policies and you lose them. Go in asking what's annoying them and you win them.",
    "",
  ],
  [
    "Our third-party IT support were brilliant during the migration. Kept everyone updated constantly.",
    "",
  ],
  [
    "I understand why. The last person who owned up to a mistake here got hauled in front of the directors.",
    "feel power",
  ],
  [
    "Morale in IT is low and staff can tell. We're not exactly welcoming right now.",
    "feel distance blame:sec",
  ],
  ["I'm invited to leadership meetings now. Took a near miss, but I'm in.", ""],
  ["I'm too quick to assume the worst about people. I know that about myself.", "blame:self"],
  [
    "Got asked to 'just quickly' check a supplier's security the day before the contract was signed. Again.",
    "conflict power",
  ],
  [
    "Our awareness vendor's content is patronising. Cartoon hackers, for grown adults.",
    "comm blame:sec",
  ],
  ["Tried to bring in a clear desk policy. The partners laughed and carried on.", "conflict power"],
  ["The staff here are sharp. They caught a fake Microsoft login page before our filters did.", ""],
  ["I feel like I'm always apologising for decisions I didn't make.", "power feel"],
  [
    "People are scared to admit they've clicked, because of how management react, not me.",
    "feel power",
  ],
  ["The FD and I get on brilliantly these days. We talk numbers, not threats.", ""],
  [
    "I've been sidelined since the new COO arrived. Meetings I used to attend just stopped inviting me.",
    "power distance",
  ],
  ["The champions pick the topic for each month's session. Turnout doubled.", ""],
  ["IT here have a reputation for being rude, and honestly it's earned.", "blame:sec comm"],
  [
    "It's a constant fight to get five minutes with the leadership team, and I'm supposed to be on it.",
    "conflict power",
  ],
  [
    "why is it always IT's fault when someone leaves their laptop on a train",
    "conflict feel blame:emp",
  ],
  ["The security champions meet monthly and honestly they've become friends.", ""],
  [
    "The board rang me when the supplier breach hit the news, to ask if we were affected. Proper engagement.",
    "",
  ],
  ["Senior staff go round me to the MSP to get things unblocked.", "power distance"],
  [
    "I don't speak their language. I say 'endpoint', they say 'laptop'. I'm trying.",
    "comm blame:self",
  ],
  ["I'd love to know how many incidents never reach me. I suspect it's a lot.", "distance"],
  [
    "We're 60 people and I'm the whole security department plus half of IT. Nobody upstairs finds that odd.",
    "feel",
  ],
  ["I love this job on the days people come to me first. Those days are getting more common.", ""],
  [
    "The in-house IT team never documented anything, so every fix takes three times as long and staff blame me.",
    "blame:sec conflict",
  ],
  [
    "Maybe the silence is my fault. I never really made the effort to know people outside IT.",
    "blame:self distance",
  ],
  ["I'm told about data breaches by our clients before our own staff tell me.", "distance"],
  [
    "I hate that my phishing tests are probably the main reason some people dislike me.",
    "feel conflict",
  ],
  [
    "We lost a good developer partly because we were so rigid about tooling. That's on us.",
    "blame:sec conflict",
  ],
  ["I honestly think I make people nervous and I don't know how to fix it.", "feel power"],
  [
    "The MD told me to 'stop sending scary emails' to staff. So now I send nothing.",
    "power distance",
  ],
  ["I'd call it a good relationship with a couple of grumpy exceptions.", ""],
  [
    "The warehouse staff said nobody had ever asked them about security. So I did. They had loads of ideas.",
    "",
  ],
];
