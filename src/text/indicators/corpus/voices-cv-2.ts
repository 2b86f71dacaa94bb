import type { RawExample } from "./types.js";

/** Shop-floor, depot, site and field staff answering open survey questions about their IT/security team. Written fresh for Rapport (brief CV). */
export const VOICES_CV_2: readonly RawExample[] = [
  [
    "They'd say we need hand-holding. I'd say they need to come and try scanning 900 cartons an hour on a scanner that freezes.",
    "conflict power",
  ],
  [
    "The good is they're knowledgeable. The bad is they know it and make sure you know it.",
    "power comm",
  ],
  ["Good: no hassle. Bad: nothing springs to mind.", ""],
  [
    "Mixed. The new guy's great, the old boss used to bark at anyone who asked a question. He's gone now thankfully.",
    "",
  ],
  ["I think they see us as the main threat to be honest. Not the hackers. Us.", "blame:emp power"],
  ["they probably dont think about us at all", "distance"],
  [
    "I genuinely think they care. The head of security did a shift on the line last year to see what we deal with.",
    "",
  ],
  ["Helpful but you need the patience of a saint to get through to a human.", "conflict"],
  [
    "When I had the problem with the van's GPS login, they sorted it remote while I was parked up. Very helpful.",
    "",
  ],
  ["Yes. No complaints.", ""],
  [
    "I used to think their job was just saying no. Now I get that they're stopping the same thing that took down the haulier we use.",
    "",
  ],
  ["To watch us. That's what the cameras and the logging is for isn't it.", "power"],
  ["Not sure. Something with servers in another building I think.", "distance"],
  ["They don't. We work, they audit.", "power distance"],
  [
    "Pretty well, if you're in the office. If a site changes its kit we let them know and it's weeks before anyone turns up.",
    "conflict distance",
  ],
  ["Through our supervisor. I've never spoken to security directly in 6 years here.", "distance"],
  [
    "Bad experience? Being made to redo the security course because I 'failed' it on a phone with a cracked screen. Wasted two hours of my shift.",
    "conflict",
  ],
  [
    "They blocked the supplier portal we use to order rebar and it took 4 days to unblock. Site stood still. Furious.",
    "conflict feel blame:sec",
  ],
  [
    "Nothing bad with me personally. My brother-in-law on the other shift got marched off the floor over a USB stick though, and the lads haven't trusted them since.",
    "power conflict",
  ],
  [
    "Good experience: they sent the new starter a welcome video explaining the badge, wifi and who to call. Simple, worked.",
    "",
  ],
  ["honestly every interaction's been good. quick, friendly, done.", ""],
  [
    "I was scared to tell them I'd clicked a link. When I finally did, they just said thanks for telling us and sorted it. Relief.",
    "feel",
  ],
  ["Mostly. Sometimes they explain things like we should already know.", "comm"],
  ["Easy to understand if you're one of them.", "comm"],
  ["They're really good at just telling you what to do, step one step two. No lecture.", ""],
  ["Polite. Formal. We don't really mix.", "distance"],
  [
    "Honestly a bit tense since they made us badge in and out of the cage area. Seems like they don't trust us.",
    "conflict power",
  ],
  [
    "We're mates with the local IT guy, less so with the security team at head office. Never met them.",
    "distance",
  ],
  [
    "They'd say it's 'improving'. They use that word a lot, mostly in emails about what we've done wrong.",
    "comm blame:emp",
  ],
  ["Probably that we moan too much. We do moan.", "blame:emp"],
  ["They'd say us lot are the reason they have a job.", "blame:emp"],
  ["Good: reliable. Bad: the rules come without reasons.", "comm"],
  [
    "Good that someone is looking out for it. Bad that when something goes wrong it's always us who get pointed at, never the crap software.",
    "blame:emp conflict",
  ],
  [
    "Good they're local. Bad, there's only two of them for four sites, so good luck getting one on a Friday.",
    "conflict",
  ],
  ["Don't think they dislike us. Don't think they think about us much either.", "distance"],
  [
    "They treat the office staff like adults and the warehouse like kids. That's how it looks from here.",
    "power",
  ],
  ["I think they're genuinely fond of the night shift. We send them doughnuts at christmas.", ""],
  ["they think we're all thick probably", "blame:emp"],
  ["Warm. They've got a tough job and they don't take it out on us.", ""],
  [
    "Helpful, yes, though I do feel a bit stupid asking them things sometimes. That's on me, not them.",
    "feel blame:self",
  ],
  [
    "They're like the fire brigade. They only turn up when something's already burning.",
    "comm distance",
  ],
  ["Face to face when they can, teams call when they can't. Works for me.", ""],
  ["yes helpful. sometimes slow but helpful", ""],
  [
    "They helped me get my laptop back after it got nicked from the van, and didn't make me feel like a criminal about it.",
    "",
  ],
  ["Only if you catch them in a good mood. Otherwise it's 'raise a ticket'.", "conflict comm"],
  [
    "I'm a site engineer so I'm out most days. When I do need them they're okay, but I tend to sort stuff myself.",
    "distance",
  ],
  [
    "Guarding the crown jewels. Drawings, tenders, that kind of thing. Judging by the access we get, we're who they're guarding them from.",
    "power blame:emp",
  ],
  [
    "Policing us basically. Which laptops, which USB, which apps. Like working with a chaperone.",
    "power",
  ],
  [
    "I don't know what security does vs what IT does. It's all one big department to me.",
    "distance",
  ],
  [
    "They check our permissions once a quarter and ping us if something's off. That's the only time we hear from them, and it always reads like an accusation.",
    "comm power",
  ],
  ["We only ever hear from them when we've done something wrong. Never a hello.", "comm distance"],
  [
    "They sit down with the foremen at the start of each job to go over what the site laptops need. Sensible.",
    "",
  ],
  [
    "Had to hand over my personal phone so they could check the work app. Felt really uncomfortable about it, like they could see everything.",
    "feel power",
  ],
  [
    "I left the site tablet unlocked in the canteen and somebody posted rubbish on the group chat from it. Totally my fault. They reset it, no drama.",
    "blame:self",
  ],
  [
    "They rolled out a new login on the day of a concrete pour. Nobody could open the delivery app. I still don't know who decided that.",
    "conflict power",
  ],
  [
    "The bad one: I got a formal warning for sharing a login with my apprentice so he could clock in. I didn't know it was against the rules. Nobody ever told us.",
    "comm power",
  ],
  [
    "Good: the lady from security helped me set up the kids' tablet at home when I asked at lunch. Didn't have to.",
    "",
  ],
  [
    "They showed us how to spot the fake delivery notes people send. Actually useful, I caught one the next week.",
    "",
  ],
  [
    "One time they helped a customer site get their wifi working so I could finish a boiler service. Above and beyond.",
    "",
  ],
  ["Mostly yes. Some of the longer emails lose me halfway.", "comm"],
  [
    "They talk to us like we're five. 'Do NOT click links.' Thanks, I hadn't thought of that.",
    "comm power",
  ],
  ["Yes very clear, they even did a version in Romanian for the night gang.", ""],
  ["The instructions are fine. It's the why that's missing.", "comm"],
  [
    "Its ok. I dont really have much to do with them, they're in the office and I'm on the road.",
    "distance",
  ],
  ["Strained. Since the laptop audit nobody on the tools trusts them.", "conflict"],
  ["Like parents and teenagers, they make the rules and we sneak around them.", "power conflict"],
  ["They'd say we're good. We don't give them much trouble.", ""],
  ["They'd say we're the ones who lose all the kit.", "blame:emp"],
  ["No clue how they'd describe it, I doubt they'd know our names.", "distance"],
  [
    "They'd probably say it's a struggle getting us to do anything, and I wouldn't argue.",
    "conflict blame:emp",
  ],
  [
    "The good is they respond fast. The bad is the answer's usually a no, with no explanation.",
    "conflict comm",
  ],
  [
    "Good: they trust us with admin on the diagnostic laptops. Bad: they've told us, in that tone, they'll take it off us the minute someone slips up.",
    "power comm",
  ],
  [
    "Good side, when it works it works. Bad side, when it doesnt you're on your own out in the sticks with no signal and no number to ring.",
    "conflict distance",
  ],
  ["They see us as a liability I think. Constantly.", "blame:emp"],
  ["I think they like the field lads. We're the ones who actually report the weird stuff.", ""],
  ["Don't know, I reckon they think we're all a bit dim.", "blame:emp"],
  [
    "I think they're a bit scared of us to be honest, the warehouse can be a loud place and they're quiet types.",
    "feel",
  ],
  ["Helpful! Got my email sorted on my phone in 5 min", ""],
  [
    "Not helpful. Been waiting since March for access to the drawings folder.",
    "conflict blame:sec",
  ],
  [
    "Helpful, but I have to go through my manager first, then a form, then wait. By then I've found another way.",
    "conflict",
  ],
  [
    "I assume they're the ones who make the phishing test emails. So, professional tricksters. Hard to trust someone whose job is catching you out.",
    "power feel",
  ],
  ["No idea. Genuinely no idea.", "distance"],
  [
    "Protect the client data, we hold a lot of alarm codes for the maintenance contracts. Fair enough, but the ranting emails when someone leaves a job sheet on the dashboard get everyone's back up.",
    "conflict comm",
  ],
];
