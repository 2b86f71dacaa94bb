import type { RawExample } from "./types.js";

/** IT and security staff in the public and voluntary sector on contact with staff and explaining the rules. Written fresh for Rapport (brief BE, part 2). */
export const VOICES_BE_2: readonly RawExample[] = [
  ["I see most staff maybe once a term, at the training day, and that's it.", "distance"],
  [
    "I do a walk round every Monday morning. Ten minutes, say hello, catch the little problems before they're tickets.",
    "",
  ],
  [
    "Contact is almost all tickets. I'd like more, but there are only so many hours.",
    "comm distance",
  ],
  ["The only time the partners talk to me is when something's gone badly wrong.", "comm"],
  [
    "I have a five-minute slot in the Monday briefing. People actually listen, which surprised me.",
    "",
  ],
  [
    "When I explain why we block USB sticks they nod, and then bring one in the next day.",
    "blame:emp",
  ],
  [
    "I try to explain rules with stories rather than policies. 'This happened to a school down the road' lands much better.",
    "",
  ],
  [
    "I send out a monthly newsletter. I'd be amazed if more than three people open it.",
    "comm distance",
  ],
  [
    "Honestly I probably use too many acronyms. I catch myself saying SSO and EDR and seeing blank faces.",
    "comm blame:self",
  ],
  [
    "Explaining rules? I don't get the chance. Policies go out from head office with no discussion.",
    "comm power",
  ],
  [
    "I've stopped explaining. I just enforce it through the system and let them moan.",
    "distance power",
  ],
  ["The receptionists ring me direct, which I love, it's so much quicker than tickets.", ""],
  [
    "Most contact is through the practice manager, so I don't really know the clinicians at all.",
    "distance",
  ],
  [
    "I'll sit with someone for twenty minutes to show them why, rather than send a policy link.",
    "",
  ],
  [
    "People don't read anything longer than two lines, so I've learned to write like a text message.",
    "",
  ],
  [
    "I sent an email about the new password rules and got eleven replies asking what the new password rules were.",
    "blame:emp comm",
  ],
  [
    "There's no time in the school day for me to talk to teachers. They're in lessons, I'm fixing things, we pass in the corridor.",
    "distance",
  ],
  [
    "I do a drop-in every Thursday afternoon at the council offices. Three or four people come, and they're the ones who need it.",
    "",
  ],
  [
    "When I say 'because the insurer requires it' they accept it. When I say 'because it's safer' they argue.",
    "conflict",
  ],
  [
    "I don't think anyone here would come to me if they'd clicked something bad. They'd just hope. Too scared, I reckon.",
    "distance feel",
  ],
  ["i mostly talk to people over chat. face to face is rare. works fine tbh", ""],
  ["Contact is pretty constant, I'm in and out of classrooms all day.", ""],
  ["They only ever email me at 4:55 on a Friday.", "comm"],
  [
    "I try to explain the why but I can see their eyes glaze over by the second sentence.",
    "comm distance",
  ],
  [
    "Rules come down from the council's corporate IT and I'm the one who has to sell them. I don't always agree with them either.",
    "power",
  ],
  [
    "I explain it in terms of their own stuff — 'you wouldn't leave the tenant files on the bus' — and it clicks.",
    "",
  ],
  ["My explanations are probably too technical. I get that feedback a lot.", "comm blame:self"],
  [
    "I tell them what and why in the same sentence. 'Lock your screen, because patients can see it from the desk.'",
    "",
  ],
  [
    "We've no budget for face-to-face training, so it's an online module and a poster in the kitchen.",
    "comm",
  ],
  [
    "I get pulled aside in the car park more than I get tickets. I don't mind, it means they trust me.",
    "",
  ],
  ["There's one teacher who emails me in capitals every time the board freezes.", "comm feel"],
  [
    "When I've tried to explain the rules in staff meetings I get cut off because 'we're running over'.",
    "power comm",
  ],
  ["Explaining is easy. Getting them to remember is the hard bit.", ""],
  ["They say I make it sound scary. I think it is scary.", "conflict"],
  ["I probably lecture people. My partner says I do it at home too.", "comm blame:self"],
  ["I honestly can't remember the last time a GP asked me anything.", "distance"],
  [
    "We have a shared inbox for IT and it's a black hole — I feel bad about that.",
    "blame:self feel",
  ],
  [
    "I use the same line every time: the rule isn't there because I don't trust you, it's there because I don't trust the internet.",
    "",
  ],
  [
    "They ask me to 'just whitelist it' like it's a button I'm refusing to press out of spite.",
    "conflict blame:sec",
  ],
  ["Contact is fine. Could be more, could be less.", ""],
  [
    "By the time I hear about a problem, it's been going on for a week and everyone's been working round it.",
    "distance comm",
  ],
  ["I've tried explaining phishing with real examples from our own inbox. Works a treat.", ""],
  ["The volunteers never met me. They get a laminated sheet.", "distance comm"],
  [
    "Outreach staff are on the road so it's phone calls, usually from a car park with one bar of signal.",
    "",
  ],
  [
    "Rules? I explain them once, badly, and then people ask the office manager instead.",
    "blame:self distance",
  ],
  [
    "They think the rules change every week. They don't, but the messaging's been poor, I'll admit.",
    "comm blame:self",
  ],
  [
    "I do a quick demo at every new starter induction. It's the best half hour I spend all month.",
    "",
  ],
  [
    "Staff don't know what days I'm in, so they sit on problems for a week waiting for me to wander past.",
    "distance",
  ],
  [
    "I can explain a rule three ways and someone will still say 'but why can't I just use my home email'. I want to scream.",
    "conflict feel",
  ],
  ["People appreciate being told honestly when something's a pain and we're doing it anyway.", ""],
  [
    "Everything goes through the business manager, so by the time it reaches me it's been through three rounds of Chinese whispers.",
    "comm distance",
  ],
  ["I talk to the admin team every day. The teaching staff, almost never.", "distance"],
  [
    "I don't explain the rules. Nobody asked me to. Policies arrive from the trust.",
    "distance power",
  ],
  ["Our data protection training is a 40-minute video nobody watches to the end.", "distance comm"],
  [
    "I was told I come across as condescending when I explain things. That stung, but they had a point.",
    "comm feel blame:self",
  ],
  ["Plain English, short sentences, no blame. That's my rule for any email I send.", ""],
  ["They want a yes or no. I give them a paragraph. We're working on it.", "comm"],
  ["I'd describe contact as reactive, sadly. Broken thing, call, fix, silence.", "comm distance"],
  [
    "Whenever I explain the clear desk rule at the surgery the nurses look at me like I've insulted their mum.",
    "conflict feel",
  ],
  [
    "I make a point of saying thank you when someone reports a phishing email, even if it's a false alarm.",
    "",
  ],
  ["I explain it, the head nods, then tells staff it's optional.", "conflict power"],
  [
    "Half my time is answering the same question about the VPN. I've written a guide. Nobody reads the guide. I could cry.",
    "blame:emp feel",
  ],
  [
    "I've got a good relationship with the office staff because I'm there every day. The field staff, I've never met half of them.",
    "distance",
  ],
  ["Contact is weekly at least with every team, through the champions we set up.", ""],
  ["I sound like a broken record. Lock your screen. Lock your screen. Lock your screen.", "feel"],
  [
    "People get defensive if I explain a rule after they've broken it, so I try to do it before.",
    "",
  ],
  ["It's all emails and posters. I'd love to do proper sessions but there's never a slot.", "comm"],
  [
    "Nobody comes to the drop-in. Not one person, four weeks running. I sit there like a lemon.",
    "distance feel",
  ],
  [
    "I explain things at the level of 'would you leave your front door open'. Nobody's ever said I'm patronizing.",
    "",
  ],
  ["They'd rather phone their nephew than ring me.", "distance"],
  [
    "My messages are too long and too late, if I'm honest. Usually after the thing has already happened.",
    "comm blame:self",
  ],
  [
    "The clinical staff won't engage with anything that isn't on the clinical system, so emails from me just vanish.",
    "distance comm",
  ],
  ["I answer the phone. That's genuinely the thing people thank me for most.", ""],
  [
    "Explaining the rules to councillors is like herding cats who all think they're the mayor.",
    "conflict power",
  ],
  ["I think I'm pretty approachable. People seem to feel they can pop in.", ""],
  ["Users don't want to understand, they want it to go away.", "distance"],
  [
    "I've learned not to say 'policy'. I say 'here's what we do and here's why'. Far fewer arguments.",
    "",
  ],
  ["Contact's basically zero unless they need a password reset.", "comm distance"],
  ["They don't tell me when people leave, so accounts sit open for months.", "comm"],
  [
    "I try to remember that 'because security' isn't an answer. When I say it, it's just me being lazy.",
    "blame:self",
  ],
  ["The reaction when I explain a rule is usually 'oh, that makes sense', to be fair.", ""],
  [
    "Nobody's ever explained to them why, so of course they think it's pointless. That's partly on me.",
    "blame:self comm",
  ],
  [
    "Face to face? Once a year at the all-staff day, in a ten-minute slot after lunch when everyone's half asleep.",
    "distance comm",
  ],
  ["If I put anything in writing they think they're in trouble.", "feel power"],
  ["I do little two-minute videos now. Loads better than emails.", ""],
  [
    "It's a small practice, I'm in the back office, everyone walks past my door. Contact's constant.",
    "",
  ],
  ["Teachers switch off the second I say 'compliance'.", "distance"],
  ["The IT policy is 28 pages. I wrote it. I wouldn't read it either.", "comm blame:self"],
  ["They come to me when they're stuck, and I think that's the right amount honestly.", ""],
  ["I'm not good at small talk so I probably seem standoffish.", "blame:self distance"],
  ["Whenever I explain something I get 'can't you just do it for me'.", "power"],
  ["Contact is through a ticketing system they all hate. I'm not keen on it either.", "comm feel"],
  ["I ask them what gets in their way before I change anything. Makes a huge difference.", ""],
  ["People tell me things in the corridor and then get annoyed I didn't log it.", "conflict feel"],
  [
    "I find it hard to explain why without scaring people, so I probably under-explain.",
    "comm blame:self",
  ],
  ["They're very receptive when I take the time. It's finding the time.", ""],
  [
    "One of the deputy heads said my emails read like a telling-off. I reread them. They do.",
    "comm blame:self",
  ],
  [
    "Because I'm contracted in two days a week, they save everything up and ambush me the minute I walk in.",
    "",
  ],
  [
    "I've given up explaining the password rules to the board. They just get me to reset theirs.",
    "distance power",
  ],
  ["Nobody knows the rules exist until they hit one.", "comm conflict"],
  ["The team leaders pass on what I say and they do it better than I would.", ""],
  ["I hate doing the annual training. Everyone resents being there and so do I.", "feel"],
  [
    "I explain the rules at induction but three months later it's mostly gone. That's just how memory works.",
    "",
  ],
  [
    "There's no way for them to reach me except the helpdesk form, and it's a rubbish form.",
    "comm distance",
  ],
  ["I tend to over-explain because I'm nervous they'll think I'm making it up.", "feel comm"],
  ["The practice nurses are the easiest to explain things to. They get risk.", ""],
  ["They don't know if I'm in or out most days because I move between sites.", "distance"],
  [
    "Getting ten minutes with the whole staff is like getting an audience with the Pope.",
    "distance power",
  ],
  ["I keep things light. A bit of humour, no shaming. People respond to that.", ""],
  [
    "They'd never tell me if they'd shared a password. Why would they? It'd just mean a lecture.",
    "distance comm",
  ],
  [
    "Explaining encryption to a room of sixty-year-old trustees is a skill I did not know I'd need.",
    "",
  ],
  ["They've heard 'think before you click' so often it means nothing.", "comm"],
  ["i text the office manager, she tells everyone, job done", ""],
  [
    "I tried a quiz in the staff meeting. The head cut it for time after two questions. Felt about two inches tall.",
    "power feel",
  ],
  [
    "When the rules make sense for their job, they follow them. When they don't, they don't. Can't argue with that.",
    "",
  ],
  ["Honestly I find the teachers intimidating in a group. One to one I'm fine.", "feel"],
  ["Contact's decent. Could do with more from the satellite offices.", ""],
  ["They assume every email from me is a phishing test, which is sort of a win.", ""],
  ["No one reads the acceptable use policy, they just tick the box.", "distance"],
  ["I explain. They argue. I explain again. They do it anyway. Every September.", "conflict"],
  ["The admin staff come to me with ideas now, not just problems.", ""],
  ["Contact? Mostly them shouting across the office 'is the internet down?'", "comm"],
  ["I try not to say no. I say 'not like that, let's find a way'.", ""],
  [
    "They think I'm hiding behind the rules to get out of doing any actual work.",
    "conflict blame:sec",
  ],
  [
    "Nobody here has ever asked what my job actually involves. Bit deflating, really.",
    "distance feel",
  ],
];
