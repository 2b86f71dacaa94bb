import type { RawExample } from "./types.js";

/** Helpdesk and first-line staff on silent departments, repeat callers and being caught in the middle. Written fresh for Rapport (brief CO). */
export const VOICES_CO_3: readonly RawExample[] = [
  ["Most days it's twenty small problems and twenty polite people. Nothing dramatic.", ""],
  [
    "The clinicians treat IT like plumbing, they only notice us when something's leaking.",
    "distance comm",
  ],
  [
    "I never know if I've said too much or too little about an incident, so I mostly say nothing.",
    "comm feel",
  ],
  [
    "We're told the customer's always right, even when he's asking us to switch off his antivirus.",
    "power conflict",
  ],
  [
    "Someone in planning rings most days just to ask if 'the internet's slow today'. Sweet really.",
    "",
  ],
  ["If I'm honest, I don't always understand the fix myself and I bluff it.", "blame:self"],
  ["The CEO once phoned me on a Sunday about his daughter's iPad.", "power"],
  [
    "Every call from the chairman's office goes straight to my boss, I'm not trusted with it.",
    "power feel",
  ],
  [
    "They ask in plain email, we answer in ticket-speak, nobody understands anybody.",
    "comm conflict blame:sec",
  ],
  [
    "Our users in the labs are careful, they report everything. Really good culture over there.",
    "",
  ],
  ["Fixed his laptop, and he told the whole team it had sorted itself out.", "feel"],
  ["If a ticket's vague I ring them, and half the time they don't pick up.", "distance comm"],
  [
    "Staff are brilliant at reporting a broken coffee machine and useless at reporting a dodgy email.",
    "blame:emp",
  ],
  [
    "Our desk rules are a bit daft to be fair, eight mandatory fields to report a stuck key.",
    "blame:sec conflict",
  ],
  ["The office manager there is a pleasure, keeps a list and rings once with everything.", ""],
  ["They blame the computer, the computer blames them, and I'm stuck in the middle.", "conflict"],
  ["Being chained to a phone means I've literally never met the people I help most.", "distance"],
  ["The amount of guilt I carry for an incident that wasn't even mine is ridiculous.", "feel"],
  ["Someone wrote 'IT are clowns' on the whiteboard by our door. Lovely.", "conflict feel"],
  [
    "I used to take every angry call personally. Less so now, I've got better at letting it go.",
    "",
  ],
  [
    "We'd get fewer repeat calls if the engineers actually told users what they'd changed.",
    "comm blame:sec",
  ],
  ["Some of the older partners won't speak to me, only to my manager, because I'm young.", "power"],
  [
    "When the scanner flags someone's machine they think I'm personally spying on them.",
    "conflict",
  ],
  ["I get on with everyone. A bit of patience goes a long way, both directions.", ""],
  [
    "She said 'I pay your wages'. I work for an MSP, she pays my boss, and barely.",
    "power conflict",
  ],
  ["Users install whatever they fancy and then wonder why the laptop's crawling.", "blame:emp"],
  ["There's no feedback loop at all, tickets close and that's the end of it.", "distance comm"],
  ["I got told off for being 'too friendly' on calls. Apparently it takes too long.", "power"],
  [
    "Honestly I'm the one who forgets to update tickets, which is why people keep ringing to chase.",
    "blame:self",
  ],
  [
    "Our biggest client's staff are under so much pressure they take it out on us. I get it, but still.",
    "conflict feel",
  ],
  [
    "Nobody asks us before buying new software, we find out when it won't install.",
    "distance power",
  ],
  ["If your surname's on the building you skip the queue.", "power"],
  ["Took a year, but the sales floor now actually ring us before they do something daft.", ""],
  ["When a call goes badly I assume it's me, even when it obviously isn't.", "blame:self feel"],
  [
    "The security team's warning emails are terrifying. People ring us in a panic because of them.",
    "comm blame:sec feel",
  ],
  ["First people they shout at, last people they thank.", "feel conflict"],
  ["To be fair, since the new manager started we actually get credit when things go right.", ""],
  [
    "Users hide their mistakes because they're scared of us. That's a failure on our side.",
    "distance feel blame:sec",
  ],
  [
    "Clients see the monthly invoice but never the work, so they reckon we do nothing.",
    "distance conflict",
  ],
  [
    "Got a really snotty email calling my fix 'amateur hour', copied to the whole team.",
    "conflict feel comm",
  ],
  ["Most MFA calls are people who skipped the setup email entirely.", "blame:emp"],
  ["I miss the days when I'd wander round with a screwdriver and chat to people.", "distance"],
  [
    "They hang up when they hear it's a callback from the desk, think it's a sales call.",
    "distance",
  ],
  ["I've genuinely never had an abusive caller in this job. Different story at my last place.", ""],
  [
    "The managers who jump the queue are the same ones who complain about response times.",
    "power conflict",
  ],
  ["I'm never in the meetings where they decide the things I have to enforce.", "power distance"],
  ["Some staff call us 'the helpdesk girls', which I don't love.", "power feel"],
  [
    "The practice manager has us in for lunch at least once a term, it's a proper relationship.",
    "",
  ],
  ["People write tickets like riddles.", "comm blame:emp"],
  [
    "I'm so worried about getting it wrong on the VIP line that I make more mistakes.",
    "feel blame:self power",
  ],
  ["We're not allowed to say no to directors, only 'I'll look into it'.", "power"],
  ["The users see the desk as a wall between them and the real IT people.", "distance conflict"],
  [
    "He stormed down to our office because his second monitor was off, then stood over me the whole time.",
    "conflict power",
  ],
  [
    "Audit blames us, we blame the users, the users blame the software. Round and round.",
    "conflict blame:emp",
  ],
  ["It's fine, most people are decent. You just remember the bad ones more.", ""],
  ["A client asked for me by name when they renewed. Lovely feeling.", ""],
  ["I don't chase open tickets with the legal team any more, life's too short.", "distance"],
  [
    "When the CRM crashed the whole sales floor rang at once and every one of them was furious.",
    "conflict feel",
  ],
  [
    "People think 'turn it off and on' is us being lazy. It's the actual fix most of the time.",
    "conflict",
  ],
  [
    "Our incident reports name the desk agent but never the engineer who approved the change.",
    "power blame:sec",
  ],
  ["Sometimes I take the easy way out and close a ticket I know isn't really fixed.", "blame:self"],
  [
    "We're measured on first-call resolution, so I've learned to dodge the hard ones.",
    "distance blame:self",
  ],
  ["The satellite office forget we even exist.", "distance"],
  [
    "Rude callers are rare since we added the 'calls are recorded' message. Funny how that works.",
    "",
  ],
  ["Half of them don't know the difference between the internet and email.", "blame:emp"],
  [
    "Honest answer, I'm a bit scared of the security team myself, they're quite cold.",
    "feel power comm",
  ],
  ["The desk gets blamed for everything from broken chairs to the weather.", "conflict feel"],
  [
    "Users skip the VPN because it's slow and then ring us when the file won't sync.",
    "conflict blame:emp",
  ],
  ["A user once baked me a cake for recovering her late husband's photos.", ""],
  ["I send clear, friendly updates now and people do actually seem to read them.", ""],
  ["Managers never pass on what we announce, so the message dies on their desk.", "comm distance"],
  [
    "Client stakeholders only talk to our account manager, never to us. We're the engine room.",
    "distance power",
  ],
  [
    "I said 'DNS' on a call and the guy just went silent. Should've explained it better.",
    "comm blame:self",
  ],
  ["The one who rings every day is actually my favourite, she's hilarious.", ""],
  ["Feels like whatever we do it's never fast enough.", "feel"],
  [
    "They tell their manager, their manager emails my manager, and I get the ticket last.",
    "comm power distance",
  ],
  [
    "Some users are genuinely frightened of the computer and you go slow with them. I don't mind that.",
    "",
  ],
  [
    "Security policies come down from head office with zero notice and I'm the one defending them.",
    "blame:sec comm power",
  ],
  ["Shouting doesn't make the server reboot any faster, mate.", "conflict"],
  [
    "Our ticket portal is so confusing that people just email me directly, which I completely get.",
    "blame:sec",
  ],
  [
    "Regulars get a bad name but most of them have a genuine recurring fault we've never fixed.",
    "blame:sec",
  ],
  ["The directors think security training is for the minions.", "power blame:emp"],
  ["I'm proud of how we handled the outage, people were actually really nice about it.", ""],
  ["Nobody thinks to mention they're working from Spain for a month.", "distance blame:emp"],
  [
    "Asked him to check the cable and he said 'that's your job'. From two hundred miles away.",
    "conflict",
  ],
  ["The queue board is basically a countdown to someone shouting at me.", "feel"],
  [
    "If the fix needs a reboot half the callers refuse, then ring back the next day.",
    "conflict blame:emp",
  ],
  ["I feel bad for the ones who wait patiently while the loud ones get seen first.", "feel power"],
  ["There's a lot of mutual respect with finance. They're organised, we're quick.", ""],
  [
    "I was the one who okayed that fake supplier call, I should've verified it. Still kicking myself.",
    "blame:self feel",
  ],
  [
    "Staff here ignore us until something breaks, then we're the most important people on earth.",
    "comm distance",
  ],
  ["Contract says four-hour response, clients think it means four minutes.", "conflict"],
  ["We've had a few tricky callers but the team lead always takes over if it gets nasty.", ""],
  ["Being told 'I'll report you' over a password reset is a bit much.", "power conflict"],
  ["the users here just do their own thing, we're not really part of their day", "distance"],
  [
    "They're right to be frustrated honestly, the new ticketing system lost half their history.",
    "blame:sec",
  ],
  [
    "Our regulars in the call centre are mostly students on shifts, cheerful lot, easy to help.",
    "",
  ],
  ["There's a partner who only ever emails one word: 'Fix.'", "comm power"],
  [
    "If a laptop gets nicked from a car, the owner's first worry is whether we'll tell their boss.",
    "feel power",
  ],
  ["Our response times were shocking last year. Much better since we hired two more people.", ""],
  [
    "I keep my head down, answer the calls, go home. I don't get involved with the departments.",
    "distance",
  ],
  [
    "They call the security awareness sessions 'IT detention'. Can't say I blame them, the content's awful.",
    "conflict blame:sec",
  ],
  [
    "I once told a caller to 'just read the email' and it went all the way to HR. Fair enough.",
    "blame:self conflict",
  ],
  ["Not one complaint this quarter from the branches, which feels like a first.", ""],
  [
    "Managers ring on behalf of their teams because the staff are too nervous to call us themselves.",
    "distance feel",
  ],
  ["Some of our users are so careless with shared passwords it's frightening.", "blame:emp feel"],
  [
    "The dread on Monday mornings is real. Everything that broke over the weekend, all at once, all angry.",
    "feel conflict",
  ],
  [
    "We are literally a voice on the phone, most people have no idea what any of us look like.",
    "distance",
  ],
  [
    "The caller apologised for snapping at me the day before. Didn't have to, but I appreciated it.",
    "",
  ],
  ["Honestly I find the chief exec easier than his PA, he's actually quite polite.", ""],
  ["Half the office assume I'm reporting their browsing history to HR.", "conflict"],
  ["I don't think the users are stupid, I think the systems we give them are.", "blame:sec"],
  ["The call got heated and I froze. Should've handed it over sooner.", "blame:self feel"],
  [
    "Whenever a director needs something, the whole queue gets reshuffled without anyone asking us.",
    "power",
  ],
  [
    "We rarely speak to the people in the factory except when their scanner guns die.",
    "distance comm",
  ],
  [
    "Nobody wants to be the one who reported the breach, so nobody reports anything.",
    "distance feel",
  ],
  [
    "The service desk manager takes every complaint at face value and never asks our side.",
    "power feel",
  ],
  ["I enjoy the calls where you teach someone something small and they're chuffed.", ""],
  [
    "They'll forward me a 40-message email chain with 'see below' and nothing else.",
    "comm blame:emp",
  ],
  [
    "Our own change team never tells the desk what's going live, so I'm blindsided by every call.",
    "blame:sec comm",
  ],
  ["We do a quick satisfaction survey after each call and most come back five stars.", ""],
  ["Bit slow some weeks maybe, but people are understanding about it.", ""],
  ["Half the callbacks I miss are because I'm disorganised, not because we're busy.", "blame:self"],
  ["They leave laptops unlocked in the café and then act surprised.", "blame:emp"],
  [
    "The head of sales rang my manager to get me taken off his account after one bad call.",
    "power feel",
  ],
];
