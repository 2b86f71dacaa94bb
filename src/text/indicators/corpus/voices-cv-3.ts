import type { RawExample } from "./types.js";

/** Shop-floor, depot, site and field staff answering open survey questions about their IT/security team. Written fresh for Rapport (brief CV). */
export const VOICES_CV_3: readonly RawExample[] = [
  ["The area manager is the go-between. I just do what the emails say.", "distance"],
  [
    "We have a weekly 10 minute call with their team lead. Anything that's annoying us, we say it there. Works well.",
    "",
  ],
  [
    "They don't come out to sites. Everything's remote. Fine most of the time, useless when the problem is the physical kit.",
    "distance blame:sec",
  ],
  ["Only ever by email. Big ones with the company logo that go to everyone.", "comm"],
  [
    "Bad experience: my account got locked on a customer's site and I had to stand in their kitchen for 40 minutes on hold. Embarrassing.",
    "conflict feel",
  ],
  [
    "Someone from security told me off in front of the whole crew for leaving the site office unlocked. Could've pulled me aside. Bit humiliating.",
    "comm feel",
  ],
  ["Honestly can't think of a bad one.", ""],
  [
    "They replaced my cracked laptop the same day so I could keep working on the tender. Lifesaver.",
    "",
  ],
  [
    "Good one was when they actually asked us what would make the site wifi less painful and then did it.",
    "",
  ],
  ["good one: the new password thing where you just use your fingerprint. less faff", ""],
  ["If Kev explains it, yes. If it's the official email, no chance.", "comm"],
  ["Honestly it's fine. They avoid tech words with us.", ""],
  ["The policy doc is 40 pages. Nobody on site has read it. I doubt they expect us to.", "comm"],
  ["I understand it but I don't always understand why.", "comm"],
  [
    "Could be better. Could be worse. Could be a lot better if they picked up the phone after four.",
    "conflict",
  ],
  [
    "Hot and cold. One week they're in our ear every day, then you don't hear from them for months.",
    "distance comm",
  ],
  ["Honestly we just get along. Nobody's stressed about it.", ""],
  ["Us: 'can we have this'. Them: 'no'. Repeat.", "conflict"],
  [
    "They'd say their door's always open. It is, it's just in a building 30 miles away.",
    "distance",
  ],
  ["They'd call it a partnership, probably. I'd call it a one-way street.", "power"],
  ["They'd say it's fine, I'd say it's fine.", ""],
  [
    "I'd guess they'd say we're the site most likely to get them in trouble. We're a bit cowboy with the passwords.",
    "blame:emp",
  ],
  [
    "Good is they're human about it. Bad is that head office keeps adding more hoops and they have to enforce them.",
    "conflict",
  ],
  ["good: they listen. bad: they listen and then nothing changes", "conflict"],
  ["Nothing bad. Nothing much good either. It's just there.", ""],
  [
    "They want us to be secure. We want to get the job done before dark. Sometimes those don't line up.",
    "conflict",
  ],
  ["I'd like to think they see us as colleagues. Most days I think they do.", ""],
  ["They think we're careless. Mostly we're just rushed.", "blame:emp"],
  ["Suspicious. Every leaver gets walked out like they stole something.", "power"],
  ["They see us as grown-ups, which I appreciate.", ""],
  [
    "I reckon they get frustrated with us, the amount of times we've asked for the same reset.",
    "feel blame:emp",
  ],
  ["Helpful. The young lad especially, he'll explain it twice without sighing.", ""],
  ["Not to us on the road. The helpline closes at 6 and half our jobs run till 8.", "conflict"],
  [
    "Kind of. They fix it, but you don't learn anything, they just take over your screen and off they go.",
    "comm power",
  ],
  [
    "Stop the bad guys. Same as the guard at the gate but for computers, and about as chatty.",
    "distance",
  ],
  ["Not a clue. Writing rules maybe, then leaving us to work out what they mean.", "distance comm"],
  [
    "Part of it is keeping the insurers happy I reckon. Since the big audit last year it's been more like they're auditing us than helping us.",
    "power conflict",
  ],
  [
    "They don't, is the short answer. The long answer is they work with the managers and the managers pass it on badly.",
    "distance comm",
  ],
  ["Fine. I ring, they pick up.", ""],
  ["Through the portal. Always the portal. I'd love to just speak to someone.", "comm distance"],
  [
    "They made us change every password on the site PCs the Friday before a bank holiday. Monday morning nobody could log in and the supervisor was on leave. Chaos.",
    "conflict",
  ],
  [
    "They accused our depot of leaking the customer list. Turned out to be a sales guy at HQ. No apology.",
    "blame:emp power conflict",
  ],
  [
    "I once called them a waste of space in a meeting. Regret it now, they've been good since.",
    "blame:self",
  ],
  ["My good one was getting a real person on the phone on a Sunday. Didn't expect it.", ""],
  [
    "They got the GPS trackers working on all 40 vans over one weekend and left a printed sheet in each cab. Class.",
    "",
  ],
  ["The phishing training with the game was actually fun. Our team won.", ""],
  ["Yeah, clear. Short emails, one action, done.", ""],
  ["Sometimes it's like they're speaking a different language. You nod and hope.", "comm"],
  [
    "Nope. I asked three times what 'least privilege' meant for my van login and still don't really get it, felt a right idiot.",
    "comm feel",
  ],
  ["Yes, no jargon with us, they save that for each other.", ""],
  ["Okay. Nothing special.", ""],
  ["We're a bit wary of them, to be honest, like when the boss walks past.", "feel power"],
  ["Friendly. They ask about my kid's football.", ""],
  ["They'd say we're low maintenance. Mostly because we don't bother them.", "distance"],
  ["They'd say the yard is a nightmare. Too many temps, too many shared logins.", "blame:emp"],
  [
    "I think they'd say we're improving. Which tells you what they thought of us before: a bunch of muppets.",
    "blame:emp",
  ],
  ["Good, they're approachable. Bad, there aren't enough of them so you wait.", "conflict"],
  ["good & bad: they're strict. keeps us safe, drives us mad.", "conflict feel"],
  [
    "The good is the new lead actually visits. The bad was the last one who never did, but he's gone.",
    "",
  ],
  ["People say users are the problem. Not here. The problem is the kit is ancient.", ""],
  ["They probably see us as a bit rough round the edges but alright.", ""],
  [
    "I think they're quite fond of us really. They brought cake when we hit a year without an incident.",
    "",
  ],
  ["Indifferent. We're just accounts in a list.", "distance"],
  ["Helpful when they're here. Trouble is they're never here.", "distance conflict"],
  ["I'll be honest, I don't ask them for help. I google it or ask Dave in dispatch.", "distance"],
  [
    "They were great when I started, set everything up. After that you're on your own, nobody checks in.",
    "distance",
  ],
  [
    "The job is compliance. Keep the certificates, pass the audits. Keeping us working is secondary.",
    "conflict",
  ],
  [
    "I think it's risk. Spotting risk, stopping it. Same as our safety officer but with computers.",
    "",
  ],
  ["They pop up on teams when there's an update, otherwise silence.", "comm distance"],
  ["We have a named contact for our region, Priya, and she's brilliant.", ""],
  [
    "Terrible one: they disabled my account the day I came back from sick leave because I'd been 'inactive'. Nobody told my manager either. Took two days to get back in. I cried in the car.",
    "conflict comm feel",
  ],
  ["Bad experience was with the old contractor they used, not our actual team.", ""],
  [
    "The good one: they stood up for us when head office wanted to pin the breach on the depot.",
    "",
  ],
  ["Mostly understandable, they've got better at it.", ""],
  ["They give you a reference number and that's about all you understand.", "comm"],
  ["Chalk and cheese. They're careful, we're fast.", "conflict"],
  ["Neutral. They don't bother me, I don't bother them.", "distance"],
  [
    "They'd say it's one of their better relationships. Our manager makes a point of inviting them to the summer bbq.",
    "",
  ],
  [
    "Good: they've never yelled at anyone. Bad: they've never really talked to anyone either.",
    "distance",
  ],
  ["They look down on us a bit, if I'm honest. Clever people, but they know it.", "power"],
  ["They probably think we're dinosaurs. Some of us are.", "blame:emp"],
  ["Ask me in a year, the new team only started last month.", ""],
  ["very helpfull, fixed the label printer AND the scanner same trip", ""],
];
