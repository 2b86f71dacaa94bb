import type { RawExample } from "./types.js";

/** Security and IT staff on employees, managers and their own position: survey answers, interview quotes, workshop remarks. Written fresh for Rapport (brief EB). */
export const VOICES_EB_2: readonly RawExample[] = [
  [
    "Staff at the plant don't have email, so we put posters up by the clocking-in machines. Works better than you'd think.",
    "",
  ],
  [
    "I'm pretty sure the nurses think IT is a room full of people who've never seen a patient.",
    "distance",
  ],
  [
    "And to be fair, most of us haven't. Not one of us has ever shadowed a ward shift.",
    "distance blame:self",
  ],
  [
    "I had to tell the head of surgery his password was in a breach dump. He was lovely about it, actually.",
    "",
  ],
  [
    "The board wants zero risk on a budget that wouldn't buy a second-hand car. I'm patching with string and sticky tape.",
    "conflict feel",
  ],
  [
    "Users shouldn't need to understand certificates. Our job is to design things so they never have to.",
    "",
  ],
  [
    "We did design it wrong. The certificate warning on the intranet has been there two years and everyone just clicks through it.",
    "conflict blame:self",
  ],
  [
    "People avoid the service desk because we close tickets without checking the fix actually worked.",
    "distance blame:self",
  ],
  ["I don't always get thanked, but the lab managers make a point of it. Nice bunch.", ""],
  [
    "Managers ring me directly to skip the queue. Then their team sees it and decides the queue is for mugs.",
    "conflict power",
  ],
  [
    "I'm just one person. When the head phones me at 9pm about the slides for parents' evening, I can't really say no.",
    "power",
  ],
  [
    "As a contractor I'm not invited to the Christmas do, not on the org chart, nothing. I'm basically the invisible IT fairy.",
    "distance",
  ],
  [
    "Folks in admin are brilliant at reporting stuff. One of them spotted a dodgy supplier bank-detail change before I did.",
    "",
  ],
  [
    'We send the quarterly "security posture" deck to all staff. Forty slides of heat maps. I wouldn\'t read it either.',
    "comm blame:self",
  ],
  [
    "Security is everyone's job, in theory. In practice it's mine, and people are quite happy to keep it that way.",
    "distance",
  ],
  [
    'The finance director asked in a meeting why we "need" a security person at all. Stung a bit, if I\'m honest.',
    "feel",
  ],
  [
    "When people do call, they apologise for bothering me. I hate that. That's not how I want to be seen.",
    "feel",
  ],
  [
    "Three people in sales share one Salesforce login. I've told them, their manager's told them, nobody cares.",
    "conflict blame:emp",
  ],
  [
    "My team rolled out the new laptops without showing anyone how BitLocker recovery works. The first week was chaos and that's on us.",
    "blame:self",
  ],
  [
    "People think we read their emails. We don't, we haven't got the time, but I understand why they'd assume it.",
    "power",
  ],
  [
    "We do monitor web traffic, and it's in the handbook, but I doubt anyone realises how much we can actually see.",
    "power",
  ],
  [
    "The new starter pack includes a sit-down with me. Ten minutes, a coffee, who I am and how to reach me.",
    "",
  ],
  ["I sometimes think the staff see me as some kind of hall monitor.", "power"],
  [
    "The architects want thirty plugins in Revit, all unsigned. I say no to most and they say I'm blocking deadlines. We're both right.",
    "conflict",
  ],
  [
    'i dont mind the tickets, it\'s the "URGENT!!!" ones that turn out to be a wallpaper change that wind me up',
    "feel",
  ],
  [
    "Whenever I suggest a workshop, HR says people haven't got time. So they get an email instead, and ignore it.",
    "distance",
  ],
  [
    "Our MSP's ticket system is a black hole. We log things and hear nothing for days.",
    "comm blame:sec",
  ],
  [
    "A warehouse supervisor told me he'd rather lose a pallet than lose an afternoon to my training. Fair point, it was far too long.",
    "conflict blame:self",
  ],
  ["Nobody comes to the drop-in clinic. Literally nobody, three weeks running.", "distance"],
  ["I moved the drop-in to the canteen at lunchtime and suddenly there's a queue.", ""],
  [
    "IT staff get treated like furniture here. You're only noticed when you're in the way.",
    "power distance",
  ],
  ["I genuinely like the people here. The tech is a mess but the people are great.", ""],
  ['Our CEO forwards me every suspicious email with "is this ok?" I\'m glad he asks.', ""],
  [
    "Our CEO forwards every suspicious email to the entire company asking if it's ok. Which rather defeats the point.",
    "blame:emp",
  ],
  [
    "I don't trust the devs with prod access. Not because they're bad people; they just don't think about it.",
    "blame:emp",
  ],
  [
    "We had to justify the EDR budget to a room of department heads who clearly thought we were making the threats up.",
    "conflict power",
  ],
  [
    "I spend more time writing explanations for why we said no than actually securing anything.",
    "conflict",
  ],
  [
    "Site managers ring from a muddy portacabin with a smashed tablet and a great sense of humour. Best users I've got.",
    "",
  ],
  [
    "The solicitors want everything on their phones and nothing that slows them down. Billable hours beat security every time.",
    "conflict",
  ],
  ["I've given up explaining. I just enforce it now.", "comm power"],
  ['My manager told me to "stop scaring people" in my emails. She was right.', "comm blame:self"],
  ['The pharmacists call me "the computer man". I\'ve worked here four years.', "distance"],
  [
    "A new nurse asked me how to report a lost badge and thanked me for the quick answer. Made my day.",
    "",
  ],
  [
    "I'm frightened of what the research group have got running under their desks, and they won't let me look.",
    "conflict feel",
  ],
  [
    'Every "quick question" in the corridor is a twenty-minute problem, but I\'d rather that than silence.',
    "",
  ],
  [
    "We bought a fortune's worth of awareness videos and then made people watch them in their lunch break. Of course they resented it.",
    "feel power blame:self",
  ],
  ["I think we're seen as competent but grumpy.", "comm"],
  [
    "We don't really have a relationship with the overseas offices. I've never met anyone in Manila.",
    "distance",
  ],
  [
    "Getting the accounts team to lock their screens took two years. Now they nag each other about it. Love it.",
    "",
  ],
  [
    "Some of my team talk about users like they're a virus. I shut that down whenever I hear it.",
    "",
  ],
  [
    "In the last outage the CEO's PA got better information from the news than from us. Embarrassing.",
    "comm blame:self",
  ],
  [
    "Our acceptable-use policy is fourteen pages of legalese. I wrote half of it.",
    "comm blame:self",
  ],
  [
    "People imagine security as some dark room full of hackers watching them. It's me and a Dell in a cupboard.",
    "power",
  ],
  [
    'The retail managers are great until stocktake week, then every single control is "in the way".',
    "conflict",
  ],
  [
    "When people fall for the simulated phish, I never name them. It's a learning thing, not a gotcha.",
    "",
  ],
  [
    "We named and shamed people in the phishing results once. Worst decision we ever made; trust went through the floor.",
    "blame:self",
  ],
  [
    "I dread Monday mornings because of the backlog of angry emails from the weekend shift.",
    "conflict feel",
  ],
  [
    "The weekend shift can't reach anyone in IT from Friday at six. I'd be angry too.",
    "conflict feel",
  ],
  [
    "Users lie on tickets. \"I didn't click anything.\" Yes you did, I've got the logs.",
    "blame:emp",
  ],
  ["I feel like a bouncer sometimes, not an engineer.", "power"],
  [
    "The lab technicians keep a laminated sheet of shared passwords on the fridge. I found it during a fire drill.",
    "conflict",
  ],
  [
    "We get invited to the leadership offsite now. Two years ago we were an afterthought, now we're on the agenda.",
    "",
  ],
  [
    "The sysadmins don't talk to the security team, and the security team don't talk to anyone.",
    "distance",
  ],
  [
    "I'm not sure anyone on the floor knows we even have a security team. To them it's all just \"IT\".",
    "distance",
  ],
  ["That's partly our fault. We never introduced ourselves.", "distance blame:self"],
  [
    "The senior consultants expect the helpdesk to drop everything for them. Juniors wait in the queue like everyone else.",
    "power",
  ],
  [
    'People are getting better. The number of "I clicked it, sorry" calls has gone up, which is exactly right.',
    "",
  ],
  ["We rolled out MFA in March. Bumpy week, then fine.", ""],
  [
    "We rolled out MFA in March and I'm still getting calls from drivers who can't get a code in the dead zones on the M6.",
    "conflict",
  ],
  [
    "i'm the IT guy, the security guy, the AV guy and the guy who fixes the coffee machine. never boring",
    "",
  ],
  [
    "Honestly I think I'm too soft. I let exceptions slide because I don't want the argument.",
    "blame:self",
  ],
  [
    "The practice owner overrules me on anything that costs money, then blames me when something goes wrong.",
    "conflict power blame:emp",
  ],
  ["I don't expect anyone to love the security team. A bit of respect would be nice.", "feel"],
  ["Most incidents we see are honest mistakes by tired people, not carelessness.", ""],
  [
    "I'm always the last to know about new hires. HR sends the request the morning they start.",
    "conflict distance",
  ],
  ["We send plain-text tips now, three lines max. Replies went from zero to a handful a week.", ""],
  [
    'Workshop sticky note: "We are seen as the department of no." Lots of nodding around the table.',
    "conflict",
  ],
  [
    "I run security for a 300-person firm with a team of two. We don't have time for relationships, and that's a problem I need to fix.",
    "distance blame:self",
  ],
  [
    "CISO here. The best thing I did this year was ask the department heads what annoys them about us. The list was long, and fair.",
    "blame:self",
  ],
  ["Our clients' staff only know us as a phone number and a ticket reference.", "distance"],
  [
    "I like being on site at the dental practices. You get to know the receptionists and they tell you what's really going on.",
    "",
  ],
  [
    "Group IT in Frankfurt pushes policies down to us without a word of context, and then I have to stand in front of staff and pretend I agree.",
    "comm power",
  ],
  ["Users aren't the problem. Clunky processes are, and we can change processes.", ""],
  [
    'The sales director calls security "the handbrake". He says it with a smile, but he means it.',
    "conflict",
  ],
];
