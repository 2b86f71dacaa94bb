import type { RawExample } from "./types.js";

/** Office and operations staff at logistics, wholesale and manufacturing firms, second survey wave across all six questions. Written fresh for Rapport (brief CJ). */
export const VOICES_CJ_4: readonly RawExample[] = [
  // Q (wave 2): "How would you describe your contact with the IT / security people?"
  ["Very good. Our IT guy used to drive forklifts here so he gets it.", ""],
  ["They're hopeless, I've given up expecting anything back from them.", "blame:sec distance"],
  ["Decent. Quick on Teams, usually within ten minutes.", ""],
  [
    "Mostly fine, though I'm a bit of a pain for them, always ringing about the same printer.",
    "blame:self",
  ],
  [
    "I hardly speak to them, and when I do it's because someone in the yard has done something daft again.",
    "blame:emp",
  ],
  [
    "The helpdesk guy is lovely, but the security side I've never met, not once in six years.",
    "distance",
  ],
  ["They blame whatever breaks on 'user error'. Convenient.", "blame:sec"],
  ["Easy-going, no issues.", ""],
  [
    "I get on well with them. It's my colleagues who cause them grief, to be honest, always sharing screens with customers.",
    "blame:emp",
  ],
  ["Professional and quick, I've nothing bad to say.", ""],
  ["Mostly my fault when we talk, I'm the one who locks myself out.", "blame:self"],
  [
    "They're slow, arrogant and they never own up when it's their update that broke the label printers.",
    "blame:sec power",
  ],
  [
    "Good relationship. We have a quarterly review with the IT provider and they actually listen.",
    "",
  ],
  [
    "Honestly the problem isn't IT, it's our older staff who refuse to learn anything new.",
    "blame:emp",
  ],
  ["I'm a bit embarrassed how often I need them.", "feel blame:self"],
  ["They're alright. Not chatty, but they get it done.", ""],
  [
    "They're clueless about our ERP and make out it's our fault when it crashes.",
    "blame:sec conflict",
  ],
  ["Good, they've got a lot more visible since the move to the new site.", ""],
  ["Okay-ish. I'm no good with computers so I probably try their patience.", "blame:self"],
  ["I never hear from them and that's probably a good sign.", ""],

  // Q (wave 2): "What, if anything, stops you from reporting something suspicious?"
  ["I report straight away, our team leader made it normal.", ""],
  [
    "I'd feel like an idiot admitting I clicked it, so honestly I'd probably keep quiet.",
    "feel blame:self distance",
  ],
  [
    "Nothing stops me, but most of the lads on the dock wouldn't bother, they couldn't care less.",
    "blame:emp distance",
  ],
  ["Last time it took them two weeks to look at it, so why rush.", "blame:sec distance"],
  ["Nothing, really. It's a short form and someone calls back.", ""],
  [
    "Honestly I'm not sure I'd recognise something suspicious, I'm not the sharpest with this stuff.",
    "blame:self",
  ],
  ["The helpdesk loses half the tickets anyway.", "blame:sec"],
  ["Nothing. I reported a fake supplier bank change last month and they were really grateful.", ""],
  [
    "People here cover for each other rather than report, it's the culture on the shop floor.",
    "blame:emp distance",
  ],
  ["I'm scared I caused it, so I hesitate.", "feel blame:self"],
  ["They don't fix anything you report, they just close it.", "blame:sec"],
  ["Nothing stops me. I know exactly who to ring.", ""],
  ["Staff in the office think it's somebody else's problem, always.", "blame:emp distance"],
  ["I'd probably report it, I'm just forgetful. That's on me.", "blame:self"],
  [
    "The system for it is so clunky, clearly designed by people who never use it.",
    "blame:sec conflict",
  ],
  ["No obstacles, it's encouraged here.", ""],
  [
    "Fear of looking incompetent, I'm already the one everyone makes the IT jokes about.",
    "feel blame:self",
  ],
  [
    "Our warehouse team don't even know what counts as suspicious, they'd never think to report.",
    "blame:emp",
  ],
  ["Nothing, except maybe I second-guess myself a little.", ""],
  ["Pride, a bit. Nobody wants to be the one who fell for it.", "feel"],
  ["If I'm honest we'd all rather hide it than deal with the security lot.", "feel distance"],

  // Q (wave 2): "How are security rules and policies explained to you?"
  ["With a short demo at the team meeting. Works for me.", ""],
  ["Badly, by a department that clearly can't write for normal people.", "comm blame:sec"],
  ["The rules are explained fine, most people just ignore them.", "blame:emp"],
  ["There's a laminated card by each PC. Simple.", ""],
  ["I probably got it explained and forgot, I'm awful at that.", "blame:self"],
  ["Properly. They took time and answered questions, no rush.", ""],
  [
    "They explain things once, then act surprised nobody remembers a 50-page policy.",
    "blame:sec comm",
  ],
  [
    "It gets explained, but the shift lads just nod and carry on doing what they like.",
    "blame:emp",
  ],
  ["Honestly very well, the new security officer is great at it.", ""],
  ["I read the guidance but I'm a slow learner with tech, it takes me a few goes.", "blame:self"],
  ["We get told at onboarding and then there's a yearly refresher. Pretty standard.", ""],
  ["IT couldn't explain their way out of a paper bag.", "blame:sec comm"],
  ["The explanations are ok, the problem's me, I zone out.", "blame:self"],
  ["Through a monthly bulletin from the ops manager, which is decent.", ""],
  [
    "Explained by email, which the production floor never sees because they don't have email.",
    "comm distance",
  ],
  ["They do explain, but people here think rules are for other people.", "blame:emp"],
  ["Fairly well, I can't complain.", ""],
  ["It's not IT's fault, we never turn up to the sessions.", "blame:emp distance"],
  ["There was a good talk from someone from the police cyber unit. People listened for once.", ""],
  [
    "Rules get explained after the fact, once the damage is done, and then somehow it's our fault.",
    "comm blame:sec",
  ],

  // Q (wave 2): "Who decides on the security rules and tools that affect your work?"
  ["The IT manager with the directors, and they consult the team leads first.", ""],
  [
    "IT, and honestly they're bad at it, half their decisions get reversed a month later.",
    "blame:sec",
  ],
  [
    "They decide because frankly most of us can't be trusted with admin rights, me included.",
    "blame:emp blame:self",
  ],
  ["The board signs off, IT recommends. Seems fine.", ""],
  [
    "Decided by someone who clearly hates spreadsheets, judging by the macro ban.",
    "blame:sec conflict",
  ],
  [
    "Not sure, but I trust whoever it is more than I'd trust myself, I'm hopeless with this.",
    "blame:self",
  ],
  ["A small group including our shift manager, so the warehouse does get a voice.", ""],
  [
    "IT decide. Which is right, because some people here would turn off the antivirus to make the PC faster.",
    "blame:emp",
  ],
  ["Head office. We do get a chance to feed back through our manager.", ""],
  ["Whoever it is keeps buying tools that don't talk to our WMS. Waste of money.", "blame:sec"],
  ["The external IT company, and they're decent at explaining decisions.", ""],
  [
    "It's mostly driven by what went wrong last time, usually someone in accounts clicking something.",
    "blame:emp",
  ],
  ["I don't know, and I'd only mess it up if they asked me.", "blame:self distance"],
  ["The operations director signs off, and he knows the floor well.", ""],
  ["They decide things in a bubble and we find the holes.", "blame:sec conflict"],
  ["The owner decides, but he listens to the staff more than people think.", ""],
  [
    "Honestly IT decide, and after the year we had with staff falling for scam emails, fair play.",
    "blame:emp",
  ],
  ["IT and compliance between them. I'm happy to leave it there.", ""],
  ["Don't know, but whoever chose the new password rules got it badly wrong.", "blame:sec"],
  ["Security lead, jointly with department heads. Pretty collaborative.", ""],
  [
    "I'd like a say, but realistically I'd be the one asking for fewer rules because I can never remember them.",
    "blame:self",
  ],

  // Q (wave 2): "How do security warnings and alerts make you feel?"
  ["Fine. They're rare and they're relevant.", ""],
  ["Guilty, I always think I've done something I shouldn't have.", "feel blame:self"],
  ["Alerts are fine, it's colleagues ignoring them that worries me.", "blame:emp feel"],
  ["Neutral. It's just part of the job now.", ""],
  ["Annoyed at myself, usually I've been careless.", "feel blame:self"],
  ["Like IT are trying to catch me out rather than help.", "feel blame:sec"],
  ["Grateful. One stopped me paying a fake invoice last year.", ""],
  ["A bit silly, because I usually triggered it myself.", "feel blame:self"],
  ["Irritated, they're badly configured and flag half our customers' emails.", "feel blame:sec"],
  ["They keep me on my toes, that's all.", ""],
  [
    "Worried for the company, to be honest, because I see how people here react to them. They don't.",
    "feel blame:emp",
  ],
  ["Mostly fine now they've cut down how many they send.", ""],
  [
    "I feel responsible, I'm supposed to know better as team lead and I still get caught.",
    "feel blame:self",
  ],
  ["Nothing really. They're clear enough.", ""],
  [
    "Resentful. Their tool broke, but the message made it sound like I'd done it.",
    "feel blame:sec",
  ],
  ["Like the cleverest people in the building think I'm the dumbest.", "feel power"],
  ["They're reasonable, and the IT team follow up politely.", ""],
  [
    "Honestly, unimpressed, they're full of spelling mistakes, no wonder people think they're scams.",
    "blame:sec comm",
  ],
  ["Reminded to be careful. Which is fair, people here get sloppy.", "blame:emp"],
  ["Alert, in a good way.", ""],
  ["Stressed, because I know I'm usually the cause.", "feel blame:self"],

  // Q (wave 2): "What would help improve things between you and the IT / security team?"
  ["More of what we've got: the IT lead walking round and chatting.", ""],
  ["Me taking the training seriously instead of clicking through it.", "blame:self"],
  ["Staff learning to think before they click. No amount of IT can fix that.", "blame:emp"],
  ["An IT team that tests things before inflicting them on us.", "blame:sec conflict"],
  ["A short session for new starters in their first week.", ""],
  [
    "Making team leaders answerable for their people's security, because right now the floor staff just don't care.",
    "blame:emp distance",
  ],
  ["Somebody in IT who answers emails within a day would be a miracle.", "blame:sec"],
  ["Keep the monthly tips email, it's genuinely good.", ""],
  ["Honestly I need to slow down, I rush and click things.", "blame:self"],
  ["Replacing the helpdesk supplier. They're the weak point, not us.", "blame:sec"],
  ["Not a lot, it's pretty good here.", ""],
  ["Less jargon, and maybe admitting when they got it wrong.", "comm blame:sec"],
  ["I'd like a one-to-one, I'm embarrassed to ask in the group sessions.", "feel"],
  ["Colleagues who stop sharing their logins with temps. That's the real issue.", "blame:emp"],
  [
    "Probably more confidence on my part, I avoid them because I feel daft.",
    "feel blame:self distance",
  ],
  ["An open door. They're already pretty good at that.", ""],
  [
    "If the office staff bothered reading the guidance we wouldn't need half these warnings.",
    "blame:emp",
  ],
  ["For them to take ownership. Every outage is somehow 'a user issue'.", "blame:sec"],
  ["Joint planning before big changes, like they did for the scanner rollout, that went well.", ""],
  ["Honestly, nothing, our lot are great.", ""],
  ["I think I'm the problem more than them, I need to stop putting off the updates.", "blame:self"],
];
