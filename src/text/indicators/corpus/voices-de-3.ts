import type { RawExample } from "./types.js";

/** Hard cases from any voice: negation, contrast, hedges, irony, rhetorical questions, reported speech, past against present, complaints that are not about the relationship. Written fresh for Rapport (brief DE). */
export const VOICES_DE_3: readonly RawExample[] = [
  [
    "The university's central IT? Never met them. Our department has a postdoc who knows computers.",
    "distance",
  ],
  ["The postdoc who handles our lab PCs is brilliant, to be fair to the department.", ""],
  [
    "Academics will share their login with a visiting professor without a second thought.",
    "blame:emp",
  ],
  [
    "From where I sit in the security office, it's dispiriting how many lecturers think they're above the rules.",
    "feel blame:emp",
  ],
  [
    "The professors outrank us, so when they say no to multi-factor, that's the end of it.",
    "power",
  ],
  ["They post updates on an intranet page nobody can find.", "comm"],
  ["Hotel reception runs fine; the booking system's slow on Mondays but it always has been.", ""],
  [
    "Front desk staff share one login because setting up individual accounts takes the IT company a fortnight.",
    "conflict",
  ],
  ["Our IT is outsourced; I've never spoken to them and wouldn't know how to.", "distance"],
  ["Outsourced IT, yes, but they answer the phone and they know our setup.", ""],
  ["The outsourced IT firm is useless. They reboot it and close the ticket.", "blame:sec"],
  [
    "They reply to every question with a knowledge-base article that answers a different question.",
    "comm",
  ],
  ["I get this knot in my stomach whenever there's a message from the security mailbox.", "feel"],
  ["I got a message from the security mailbox and it was just a reminder. No drama.", ""],
  [
    "On site we can't even charge our phones on the work laptops; someone in an office decided that.",
    "power",
  ],
  [
    "Half the site managers hotspot off their personal phones now, because the cabin network blocks the drawings portal every time the subcontractor updates a file, and by the time a ticket gets looked at the concrete's already been poured.",
    "conflict",
  ],
  ["Site staff leave tablets in unlocked vans. We lose about one a month.", "blame:emp"],
  ["The site cabin's freezing and the kettle's broken, but the network's fine.", ""],
  ["We're out on site; IT is something that happens back at the office.", "distance"],
  [
    'They sent a memo telling site managers to "exercise appropriate vigilance". Thanks, very helpful, from people who\'ve never seen a building site.',
    "comm power",
  ],
  ["The new tablets for site are brilliant and IT set them up before we even asked.", ""],
  [
    "To be honest, the lost tablet was me. I left it on the roof of the van and drove off.",
    "blame:self",
  ],
  [
    "Cabin crew get handed a new app every couple of years and told to use it from Monday. Nobody ever comes on board to see how we work, nobody asks what we need at thirty-seven thousand feet, and nobody checks afterwards whether it helped.",
    "power distance",
  ],
  [
    "The crew app won't sync on the aircraft Wi-Fi, so we write things on paper and type them up later.",
    "conflict",
  ],
  ["The crew app is clunky, but the people who built it listened when we complained.", ""],
  [
    "I feel patronised every time I do the mandatory security module. Same cartoon hacker every year.",
    "feel",
  ],
  [
    'The mandatory module is pure jargon: "exfiltration vectors", "threat surface". For cabin crew.',
    "comm",
  ],
  [
    "They're so obsessed with threats that they've forgotten people have jobs to do.",
    "blame:sec conflict",
  ],
  [
    'Oh, I love a good 2 a.m. "your password expires in 1 day" email. Really sets the tone.',
    "comm",
  ],
  ["Oh yes, very secure. So secure that nobody can actually use it.", "blame:sec conflict"],
  [
    "Well done, team, you've made it impossible to open an attachment. The hackers must be terrified, and so are our customers.",
    "conflict blame:sec",
  ],
  ["Well done, team, the migration went without a hitch. Genuinely impressed.", ""],
  ["Who signed off the new monitoring software? Not anyone who has to live with it.", "power"],
  [
    "When did anyone here last have a proper conversation with IT? I honestly can't remember.",
    "distance",
  ],
  ["When did I last have a problem with IT? Can't remember, which says it all.", ""],
  ["Isn't it tiring being made to feel guilty for every pop-up you click?", "feel"],
  [
    "Our CISO likes to say the problem sits between the chair and the keyboard, and looking at last month's incidents, she has a point.",
    "blame:emp",
  ],
  ["My team lead says their emails are unreadable, and I'd have to agree.", "comm"],
  [
    "My friend in payroll says they read everyone's emails. I don't know if it's true but I believe it.",
    "power",
  ],
  ["My friend in payroll swears they're the nicest team in the building.", ""],
  [
    "It used to be fine, honestly; you'd ring Gary, he'd sort it, job done. Since the new CISO arrived with her frameworks and her approval boards, every request turns into a battle that drags on for weeks.",
    "conflict",
  ],
  ["Used to be a battle for every request; since the new CISO arrived it's much smoother.", ""],
  [
    "We used to have a security person on our floor. Now there's nobody, and we've sort of stopped thinking about it.",
    "distance",
  ],
  [
    "We used to have no idea who they were; now they hold drop-in sessions every Thursday and I go most weeks.",
    "",
  ],
  ["At my last job IT asked what we needed. Here they tell us what we're getting.", "power"],
  [
    "At my last job, a logistics firm in Rotterdam, you'd wait weeks for anything, the helpdesk was in another time zone and tickets simply vanished. Compared with that, this place is luxury: someone picks up, knows your name and actually follows through.",
    "",
  ],
  ["Compared with my last company, the messages here are positively frosty.", "comm"],
  ["At least at my old place, when IT broke something they'd admit it.", "blame:sec"],
  ["They're always quick to help and never make you feel silly.", ""],
  ["Always quick to help, never quick to explain.", "comm"],
  ["Efficient, I'll give them that. I still feel like a nuisance every time I ring.", "feel"],
  [
    "They're very good at their jobs, and they know it, and they make sure you know it too.",
    "power",
  ],
  ["Nice enough people, but the systems they choose are rubbish.", "blame:sec"],
  ["Nice people, decent systems, no complaints from me.", ""],
  ["My laptop takes nine minutes to boot. It's ancient, and it's on the replacement list.", ""],
  ["The heating in the east wing is broken again and everyone's in coats.", ""],
  ["Parking is a nightmare since they built the new block.", ""],
  ["The monitors are tiny, but that's a budget decision, not theirs.", ""],
  ["I hate Mondays, but that has nothing to do with IT.", ""],
  ["My commute's doubled since the bridge closed.", ""],
  [
    "Security blocked the conference room screen-share five minutes before the board presentation.",
    "conflict",
  ],
  [
    "Five minutes before the board meeting the screen-share got blocked. Mortifying, and entirely down to them.",
    "feel blame:sec",
  ],
  [
    "Okay, the board-meeting thing was my fault, I hadn't installed the update they asked me to.",
    "blame:self",
  ],
  ["I'm not blaming anyone; these things happen with technology.", ""],
  ["Not our concern, really. Security's something the tech people deal with.", "distance"],
  ["I fix most things myself. Turn it off and on, look on a forum, done.", "distance"],
  [
    "I fix small things myself and call them for anything serious, which feels like the right balance.",
    "",
  ],
  [
    "I was honestly hurt when they reported my team to our director over a misconfigured shared folder.",
    "feel power",
  ],
  ["They went over our heads to the director instead of just talking to us.", "power"],
  ["They could have had a quick word. Instead it was an email with the director in copy.", "comm"],
  [
    "A quick word at my desk would have sorted it in two minutes. Instead they copied the director into a formal email, my whole team got hauled into a meeting about 'data handling failures', and weeks later I'm still raw about the way it was done.",
    "conflict comm power feel",
  ],
  ["There's no way to tell which of their emails matter and which are just noise.", "comm"],
  ["Their emails are short and tell me exactly what to do. I like that.", ""],
  ['Too many warnings. By the tenth "be vigilant" I\'ve stopped reading.', "comm"],
  ["I've filtered the security mailbox into a folder I never open.", "distance"],
  [
    "Users filter our warnings straight into a folder and then wonder why they got phished.",
    "blame:emp",
  ],
  [
    "It's maddening to spend a week writing a clear advisory and watch it get a four percent open rate.",
    "feel power",
  ],
  [
    "I've been in security here for nine years. We raise the risk, we write it up properly, management signs a form accepting it, and then when it inevitably goes wrong we're the ones standing in front of the auditors explaining the breach.",
    "power",
  ],
  [
    "Management ignores every risk we flag, and then the staff ignore whatever gets through.",
    "power blame:emp",
  ],
  [
    "Honestly, users are careless and the security team is useless, so what do you expect?",
    "blame:emp blame:sec",
  ],
  ["Sales and security have been at war over the CRM permissions since spring.", "conflict"],
  [
    "I don't hate them, but I do get irritated when they answer a yes-or-no question with a paragraph.",
    "feel",
  ],
  ["Asked a yes-or-no question and got three paragraphs and a diagram.", "comm"],
  ["I asked a simple question and got a simple answer. Refreshing.", ""],
];
