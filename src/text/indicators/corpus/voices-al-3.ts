import type { RawExample } from "./types.js";

/** Part 3 of brief AL: partners and junior staff at small firms describing their IT and security support. */
export const VOICES_AL_3: readonly RawExample[] = [
  [
    "As a partner I value that they tell me straight when something's a risk, without dressing it up.",
    "",
  ],
  [
    "I asked what 'conditional access' meant and got a link to a forty-page vendor whitepaper.",
    "comm",
  ],
  ["They're always very busy. Too busy for us, most of the time.", "distance conflict"],
  [
    "The first week here I was locked out four times and nobody explained the rules. I thought I'd be sacked.",
    "feel comm",
  ],
  [
    "Our IT firm is a two-man band and they genuinely care about us. They know the kids' names.",
    "",
  ],
  [
    "We only see them when there's a disaster. Never for a chat, never to check in.",
    "distance comm",
  ],
  ["It's not their fault the software's rubbish, they're doing their best with it.", ""],
  [
    "Honestly the IT contractor is a bully. He makes the juniors feel small.",
    "power feel blame:sec",
  ],
  [
    "The security policy was sent round with a short video explaining the main points. Painless.",
    "",
  ],
  [
    "I've learned to work around most of the restrictions. You have to in this job.",
    "distance conflict",
  ],
  [
    "Sorted my email on my phone in two minutes flat, and he didn't make me feel like a dinosaur.",
    "",
  ],
  ["Why do they need to see my browsing history? I'm an architect, not a suspect.", "power feel"],
  [
    "The new MFA thing drives me up the wall, my phone's never to hand when I need it.",
    "feel conflict",
  ],
  ["I'm sure they're very good at what they do, and they've always been pleasant to me.", ""],
  ["We get on. They're part of the team really, come to the Christmas do and everything.", ""],
  ["My manager says I'm 'a liability with technology', which, fair.", "blame:self"],
  [
    "They patch things in the middle of the working day and act surprised when we complain.",
    "conflict",
  ],
  ["Communication from them is mostly passive-aggressive reminders.", "comm feel"],
  ["The guy they send is different most times, but they all seem to have read the notes.", ""],
  [
    "When we were hacked last spring, they didn't point fingers at anyone. They just fixed it and explained how.",
    "",
  ],
  [
    "I once asked a simple question and got a reply that started with 'As previously communicated'. Ouch.",
    "comm feel",
  ],
  [
    "Look, people here reuse passwords and open random attachments. IT can only do so much.",
    "blame:emp",
  ],
  [
    "Got told my request 'wasn't a priority'. Client was waiting on me, so it was a priority to me.",
    "conflict feel",
  ],
  ["No drama with our IT. Which is exactly how I like it.", ""],
  [
    "There's a sort of us-and-them thing between the fee earners and the IT side.",
    "distance conflict",
  ],
  ["The support line's hold music is my nemesis.", "conflict feel"],
  ["they fixed my email in like 5 mins, legends", ""],
  [
    "We have no input whatsoever into which systems we use. It's decided somewhere above our heads.",
    "power",
  ],
  [
    "They used to be a nightmare, now we've got a proper account manager who checks in monthly. Much better.",
    "",
  ],
  [
    "I think they resent the fact that designers need different laptops to everyone else.",
    "conflict feel",
  ],
  ["The IT lead speaks to us like we're children who've broken a toy.", "power comm"],
  ["It's all tickets. I've never actually heard a human voice from them.", "comm distance"],
  [
    "I got so flustered when the screen went blue in front of a client. IT were great though, talked me through it.",
    "",
  ],
  ["They keep records of every mistake we make, I'm sure of it.", "power feel"],
  ["Helpful? Yes. Quick? Rarely.", ""],
  [
    "Honestly I think our outsourced provider is out of its depth. Every fix creates two new problems.",
    "blame:sec",
  ],
  [
    "I always feel like I'm being tested when I talk to them. Like there's a right answer I'm supposed to know.",
    "feel power",
  ],
  [
    "They were really good at explaining why we can't use personal email for client files. Made sense once they'd said it.",
    "",
  ],
  [
    "Our recruitment CRM keeps getting blocked by their firewall and it takes forever to get it unblocked.",
    "conflict",
  ],
  [
    "To be fair, I've never bothered to learn how any of it works. I just shout for help.",
    "blame:self",
  ],
  ["They don't talk to us, they send notices. Very formal, very cold.", "comm distance"],
  [
    "Being at a small firm, we can't afford a great IT company, so we get what we pay for.",
    "blame:sec",
  ],
  ["The whole 'clear desk' crusade makes me feel like I'm in detention.", "power feel"],
  ["Solid. Dependable. Nothing more to say.", ""],
  ["If I had a pound for every time they said 'that's a user error'...", "blame:emp feel"],
  [
    "I don't ring them any more. I ask Jess in accounts, she knows more than they do.",
    "distance blame:sec",
  ],
  [
    "They brought in a rule that you can't plug in a USB stick, and half our site photos come on USB sticks.",
    "conflict",
  ],
  ["He explains things without making it sound like rocket science, which is rare.", ""],
  ["You only get a nice tone from them if you're a director.", "power comm"],
  [
    "I'm not very techy, so I'm always a bit nervous I'll get told off for something I didn't know.",
    "feel power",
  ],
  [
    "The IT firm presented to the partners but not to us. We found out about the changes from the partners' PA.",
    "comm power",
  ],
  ["It's fine. I mean I don't think about them much.", ""],
  [
    "We had a falling out over the laptop refresh. They picked models none of us wanted and wouldn't budge.",
    "conflict power",
  ],
  [
    "It's the juniors who cause most of the trouble, bless them, clicking on everything.",
    "blame:emp",
  ],
  ["Whenever there's a problem, their first question is what did YOU do.", "blame:emp feel"],
  ["I honestly think they're the best supplier we have.", ""],
  [
    "By the time their warning about the fake e-signature emails went out, three of us had already clicked.",
    "comm",
  ],
  ["I'm sure he's a nice man but he talks at you, not to you.", "comm"],
  ["There's no way of knowing if they've even looked at your ticket.", "comm distance"],
  [
    "We're in a friendly rhythm with them, a quick call each Monday to go over anything outstanding.",
    "",
  ],
  ["The worst bit is feeling like a nuisance for needing them at all.", "feel"],
  ["Security here is a bunch of rules handed down from on high with no explanation.", "power comm"],
  [
    "Ours is really approachable. I'd go to him with anything, even stuff I'm embarrassed about.",
    "",
  ],
  [
    "It took them two weeks to give our new starter a login. She sat there reading the staff handbook for a fortnight.",
    "blame:sec conflict",
  ],
  ["I feel a bit guilty that I never do the refresher courses.", "feel blame:self"],
  ["Sometimes it feels like they're the ones running the firm, not the partners.", "power"],
  ["Meh. They're there when you need them, mostly.", ""],
  [
    "They seem to think the biggest threat to this firm is the people who work in it.",
    "blame:emp power",
  ],
  [
    "I raised a concern about a suspicious email and heard nothing back. Was it fine? Did I do the right thing? No idea.",
    "comm feel",
  ],
  ["i avoid the IT guy in the kitchen ngl", "distance"],
  [
    "Working with them on the office move was a pleasure. Organised, calm, and they listened to our wish list.",
    "",
  ],
  [
    "They rolled out the new VPN on the day of the year-end close. Who plans that?",
    "conflict blame:sec",
  ],
  ["When I ask a question they answer a different, more complicated question.", "comm"],
  [
    "Our IT partner actually visits, sits in the office, sees how we work. That makes a difference.",
    "",
  ],
  ["We're too small to matter to them. We get the B team.", "power distance"],
  [
    "I felt humiliated when they read out the phishing test results at the staff meeting.",
    "feel power",
  ],
  [
    "Occasionally patronising, but they've got a lot of patience with us, I'll give them that.",
    "comm",
  ],
  ["There's no one to complain to about them. The contract's signed and that's that.", "power"],
  ["The way they handled the data breach made me trust them more, not less.", ""],
  ["Getting a straight answer out of them is like pulling teeth.", "comm conflict"],
  [
    "Our agency runs on freelancers and IT won't give them any access, so we end up emailing files around, which is probably worse.",
    "conflict distance",
  ],
  ["I think they find us hard work too, to be fair. We never read their emails.", "blame:emp"],
  ["They're good. I trust them with the client data, and I don't say that lightly.", ""],
  [
    "Our IT provider is a small company in Reading. They've looked after us for about ten years.",
    "",
  ],
  [
    "They talk in tickets and SLAs. I talk in clients and deadlines. We don't meet in the middle.",
    "comm conflict",
  ],
  [
    "The password rules are ridiculous. Sixteen characters, changed every month, and I'm supposed to remember it.",
    "conflict feel",
  ],
  ["Every time I ring I'm bracing myself for the 'have you read the guide' sigh.", "feel comm"],
  [
    "The IT woman was so reassuring when I confessed I'd sent a file to the wrong client. No judgement at all.",
    "",
  ],
  ["I really don't like the idea of them being able to see everything on my screen.", "feel power"],
  ["They fixed it, then it broke again, then they fixed it again. Billed us twice.", "blame:sec"],
  ["They make the technical calls, we make the business ones. Seems sensible.", ""],
  ["Hard to say, I've only needed them once, and that went fine.", ""],
  ["Considering we're a tiny practice, we get an amazing level of service.", ""],
  ["I'm scared stiff of being the one who causes a breach. It keeps me up some nights.", "feel"],
  ["They leave the office without a word, so you never know if it's fixed.", "comm distance"],
  ["Our marketing team are, frankly, a security nightmare. IT has my sympathy.", "blame:emp"],
  ["Polite, quick, no fuss. I'd give them nine out of ten.", ""],
  ["Their emails read like legal disclaimers, and I'm a lawyer.", "comm"],
  ["They simply won't accept that our work needs some flexibility.", "conflict"],
  [
    "I had a lovely chat with the tech who came to install the new screens. Turns out he's into architecture too.",
    "",
  ],
  [
    "We bypass the shared drive and use our own folders. Theirs is too slow and they won't fix it.",
    "distance conflict blame:sec",
  ],
  ["Honestly, I don't think they'd notice if we all vanished.", "distance feel"],
  [
    "When I got the CEO fraud email, they thanked me for reporting it. Small thing, but it meant a lot.",
    "",
  ],
  ["You ask for help and get a form to fill in.", "comm distance"],
  ["Me and computers don't mix. I'm the first to admit it.", "blame:self"],
  ["They've clearly been told to say no by default.", "conflict power"],
  ["Being new, I wasn't sure who to ask, but everyone pointed me to Sam and he's been a star.", ""],
  [
    "They got very defensive when I suggested the backup might not be working. Turns out it wasn't.",
    "conflict blame:sec",
  ],
  ["There's a lot of eye-rolling on both sides, I'd say.", "conflict feel"],
  [
    "It's a bit of a mystery what they actually do all month, apart from send the bill.",
    "distance blame:sec",
  ],
  ["They have been nothing but helpful since day one.", ""],
  ["I'm a bit annoyed they never ask us what we need before buying stuff.", "feel power"],
  [
    "I reckon they think estate agents are a bit thick, and some days they're not wrong.",
    "power blame:emp",
  ],
  ["The office gets on with them. No strong feelings either way.", ""],
  ["I appreciate that they don't bombard us with emails. When they do write, it matters.", ""],
  ["Every conversation turns into a sales pitch for a new product.", "comm conflict"],
  ["I'm ashamed to say I fell for the fake parcel text. Twice.", "feel blame:self"],
  ["Quite an old-fashioned relationship, really. We call, they come, they go.", ""],
  [
    "They shut down my account while I was on holiday because of 'inactivity'. Came back to chaos.",
    "conflict comm",
  ],
  ["Not exactly warm, but I've never had a bad word from them.", ""],
];
