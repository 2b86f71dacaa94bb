import type { RawExample } from "./types.js";

/** Second part of batch AB (see voices-ab.ts). */
export const VOICES_AB_2: readonly RawExample[] = [
  [
    "The security team signed off on a, um, a config that took the whole staging environment down. And then blamed us.",
    "blame:sec",
  ],
  [
    "I, um, I just don't rate them. They promised the new tills would be faster and they're slower. Maddening.",
    "blame:sec feel",
  ],
  ["IT here is, um, two people and a cupboard full of cables. They're lovely, both of them.", ""],
  [
    "The, um, the IT contractor, he's useless. Took him three visits to set up one printer. Three.",
    "blame:sec",
  ],
  [
    "I'm the IT person and I'll say it, um, most breaches start with someone downstairs opening something daft.",
    "blame:emp",
  ],
  [
    "Security here is, well, they're part of every standup, so it's, um, it doesn't feel like us and them. It just doesn't.",
    "",
  ],
  [
    "I'm sure it's me doing something wrong, um, but the system throws me out every ten minutes and I can't get any work done.",
    "blame:self conflict",
  ],
  [
    "I find it, um, humiliating, honestly, having to ask permission to install a text editor. I'm a senior developer.",
    "feel power",
  ],
  [
    "When I started they gave me a, um, a proper induction. Half an hour with the IT person, face to face.",
    "",
  ],
  [
    "They don't, look, they don't know what we do here. They've never been out on the shop floor, never once.",
    "conflict distance",
  ],
  [
    "I keep my head down, I, um, I just avoid the whole thing. If it's not broken I don't go near them.",
    "distance",
  ],
  [
    "We sort it out between ourselves, mostly. There's a guy in dispatch who knows computers, we just ask him.",
    "distance",
  ],
  [
    "I'm sick of it, honestly, sick of the, um, hoops. I just want to do my job and go home.",
    "conflict feel",
  ],
  [
    "They're, you know, they're the gatekeepers. You want a bit of software, you beg. You literally beg.",
    "power",
  ],
  [
    "Before, um, before the new manager it was a bit fraught, but now it's honestly fine. Much better.",
    "",
  ],
  [
    "They, um, they've got these monitoring tools now, because, quote, we can't trust the staff. Lovely.",
    "power blame:emp",
  ],
  [
    "At the dental practice it's all, um, pretty simple. The software company does updates at night.",
    "",
  ],
  [
    "Um, the IT guy, he's, well, he's fine, I mean he always picks up, you know, even on a Saturday once.",
    "",
  ],
  [
    "I, um, I'm not scared of them any more. I was, when I started, but they've been really decent, actually.",
    "",
  ],
  [
    "They look at us like we're, um, like toddlers who'll stick a fork in the socket the minute they turn round.",
    "blame:emp",
  ],
  [
    "The security guy, um, walks round every few weeks, just says hi, asks if anything's bugging you. It's nice.",
    "",
  ],
  [
    "It's always, um, it's always something with them. Printer, Wi-Fi, the shared drive. They fix one thing, they break two.",
    "blame:sec",
  ],
  ["Look, I, uh, I don't really think about them. Not my department, is it?", "distance"],
  [
    "They send these, um, bulletins that nobody understands, and then get cross when nobody follows them.",
    "comm conflict",
  ],
  [
    "He explained it, sort of, but it was all, um, ports and protocols, and I was like, mate, I do the accounts.",
    "comm",
  ],
  [
    "The garage, um, the diagnostic laptop won't connect because IT locked down the USB ports. So I can't diagnose the car.",
    "conflict",
  ],
  ["Our IT is, um, is a bloke in a van, basically. Comes once a month, if that.", "distance"],
  ["When my laptop died, um, they had a spare ready by lunchtime. Quick as anything.", ""],
  [
    "There's no conversation. It's just, um, here's the new rule, effective immediately. Like a decree.",
    "comm power",
  ],
  [
    "I was, honestly, gutted, after the card thing. I felt like I'd let the whole hotel down. Really gutted.",
    "feel",
  ],
  [
    "The school's technician, um, does the laptops, the projectors, the Wi-Fi. And the printers, mostly the printers.",
    "",
  ],
  [
    "After the breach the, uh, the email that went round basically said staff carelessness. Staff. Meaning us, obviously.",
    "blame:emp",
  ],
  [
    "Housekeeping never, um, we never deal with IT. It's, like, a reception thing. Not us.",
    "distance",
  ],
  [
    "Every email from security sort of, um, hints that we've done something wrong. Reminder: do not click links. Yes. Thanks.",
    "blame:emp comm",
  ],
  [
    "The so-called security update basically, um, bricked the laptops the morning of the big pitch. Thanks, IT.",
    "blame:sec conflict",
  ],
  [
    "They set up the, um, the new email and half the messages went to spam for a month. Cracking job, lads.",
    "blame:sec",
  ],
  [
    "They're just, um, a portal, really. You fill in a form. You never talk to a human being.",
    "comm distance",
  ],
  [
    "The security team, well, it's two people, they're really good, um, they did a lunch session and it was actually fun.",
    "",
  ],
  ["I ring, she answers, it gets fixed. Um, that's it really. That's the whole story.", ""],
  [
    "Speaking as IT, um, I don't think the staff are the problem. Give people decent tools and they use them.",
    "",
  ],
  [
    "I'm the one who always breaks stuff. My, um, my colleagues call me the virus. Fair enough, really.",
    "blame:self",
  ],
  [
    "No, the IT manager is, she's actually, she sits in on our team meeting once a month. Which is, um, nice. You know her.",
    "",
  ],
  [
    "The rules come as, um, an email from head office, in bold, with no, like, no explanation of why. Just, do this.",
    "comm",
  ],
  [
    "Not my problem, is it? Um, I just make the bread. Someone else can worry about the computers.",
    "distance",
  ],
  [
    "I'm useless at it, so, um, I just leave all that to the younger ones. I don't go near it.",
    "blame:self distance",
  ],
  [
    "They're sort of, like, the police, aren't they? You only hear from them when you've, um, done something.",
    "power comm",
  ],
  ["They send a, um, a monthly update with what's changed. Short. Bullet points. I read it.", ""],
  [
    "I don't know who looks after it. The, um, the office manager maybe? Or someone external? No idea, to be honest.",
    "distance",
  ],
  [
    "She's, um, she's really good at explaining. No jargon, no lecturing. Just, here's what to do.",
    "",
  ],
  [
    "At the charity we're, um, all volunteers mostly, and I'm scared of getting it wrong with the donor data. Really scared.",
    "feel",
  ],
  [
    "He talks in, like, acronyms, MFA this, SSO that, and I'm just nodding, you know, nodding along.",
    "comm",
  ],
  [
    "They blocked Dropbox and didn't, um, didn't give us anything else, so how are we meant to send files to clients?",
    "conflict power",
  ],
  [
    "The farm co-op shares an IT person with, um, two other co-ops. She's great. Comes out to the yard and everything.",
    "",
  ],
  [
    "I've sort of, um, lost faith in them, if I'm honest. They don't seem to know what they're doing half the time.",
    "blame:sec feel",
  ],
  [
    "We, the IT side I mean, we get overruled constantly. The director wants it, the director gets it, security or no security.",
    "power",
  ],
  [
    "When the ransomware thing happened I was, I mean I was shaking, I genuinely thought I'd be sacked on the spot.",
    "feel power",
  ],
  [
    "They're never around when you need them, so, um, we just muddle through. Ask whoever's nearest.",
    "distance conflict",
  ],
  [
    "I don't, um, I don't care, really. As long as the computer turns on in the morning I'm happy.",
    "distance",
  ],
  [
    "I'm in the bakery at four in the morning. Security? Um, I've never, I've never spoken to anyone about it. Ever.",
    "distance",
  ],
  [
    "Our IT provider, honestly, they're a joke. We had the wrong client files on the wrong server for a month, um, their mistake.",
    "blame:sec",
  ],
  [
    "I'd sooner, um, just struggle on than ring them. They make you feel like an idiot. So I don't.",
    "feel distance",
  ],
  [
    "I feel like a dinosaur, like, um, I'm holding everyone back because I can't work the new login.",
    "blame:self feel",
  ],
  [
    "Apparently the, um, the front desk girls are the, like, the soft target. That's the phrase the consultant used.",
    "blame:emp",
  ],
  [
    "The security lead blocks every, um, every new library we want to use, so we're waiting days to ship something simple.",
    "conflict",
  ],
  ["He, um, he never lectures. He just sort of shows you, and then leaves you to it.", ""],
  [
    "There's this, um, fear, you know, that if you report something you'll get, like, a black mark against you.",
    "feel power",
  ],
  [
    "Who do I ask? Um, my brother-in-law. He's, like, in computers. I wouldn't know who else to ask.",
    "distance",
  ],
  [
    "In the warehouse, um, the scanners log you out after two minutes, so the lads just tape the, well, they've got a workaround.",
    "conflict",
  ],
  [
    "Honestly I'm probably, um, the biggest risk in this office. I'd click on anything, me.",
    "blame:self",
  ],
  ["It puts me off, um, asking, because I feel a bit of a fool. So I just don't.", "feel distance"],
  [
    "Some people blame IT for everything but, um, honestly, they've been solid for us. No complaints.",
    "",
  ],
  [
    "It's a bit, um, intimidating, the way they can just lock you out. You don't know if you've done something.",
    "power feel",
  ],
  [
    "We got a, um, a laminated sheet. Stuck on the wall by the ovens. That was the training. A laminated sheet.",
    "comm",
  ],
  [
    "It's stressful, like, if the machine goes down I'm, um, I'm panicking because there's a queue out the door.",
    "feel",
  ],
  [
    "I thought I'd be in trouble, um, when I reported it, but they thanked me. Actually thanked me.",
    "",
  ],
  [
    "Nobody consulted us. It just, it appeared one Monday. New laptop rules, take it or leave it.",
    "power",
  ],
  [
    "No, I wouldn't say there's any blame, um, culture. If you mess up, you tell them, and they just help.",
    "",
  ],
  [
    "Some people say we're the weakest link. I don't buy that, um, I think most of us are pretty careful, actually.",
    "",
  ],
  [
    "I'll admit I'm, um, I'm a disaster with tech. My granddaughter sets up my phone.",
    "blame:self",
  ],
  [
    "I used to think they were, um, the police, you know, but they're actually, they're really relaxed.",
    "",
  ],
  [
    "The accountancy uses, um, a cloud system now. IT set it up over a weekend. Nobody noticed the change.",
    "",
  ],
  [
    "He said, and I quote, um, users are the problem, not the technology. To our faces. At the all-hands.",
    "blame:emp",
  ],
  [
    "From our side, you know, speaking as IT, the users are, um, they'll click anything. Anything at all. It's exhausting.",
    "blame:emp",
  ],
  [
    "The partners hate it, the, um, the encryption thing, because it slows down sending documents to clients. They're constantly moaning.",
    "conflict",
  ],
  [
    "I feel, um, anxious about it, the pupil data. I keep thinking what if I leave my laptop in the staff room.",
    "feel",
  ],
  [
    "She's lovely actually, she came down and sat with me, showed me the whole password manager thing, no rush at all.",
    "",
  ],
  [
    "The dentist, the owner I mean, she handles all that. I just, um, I stay out of it. Not my thing.",
    "distance",
  ],
  [
    "I just, um, don't feel part of it. It's their thing. The security thing. We're outside it.",
    "distance feel",
  ],
  [
    "The card machine needs, like, an update every other week and it's always, always at the busiest time. Always.",
    "conflict",
  ],
  [
    "Our security guy, um, he's the one who opened the dodgy attachment last year. The security guy! So, you know.",
    "blame:sec",
  ],
  [
    "To be fair they never talk down to me. Never. Even when I've asked something really basic.",
    "",
  ],
  [
    "The new password rules came in last month. Um, longer passwords, and you use a manager app. Fair enough.",
    "",
  ],
  [
    "They're, um, they're not very good, are they? I mean, I don't want to be rude, but, they're not.",
    "blame:sec",
  ],
  [
    "They never make you feel stupid. Never. Even when I, um, when I deleted the whole shared folder that time.",
    "",
  ],
  [
    "Honestly, um, I'd never call them useless. They've got a tiny budget and they do wonders with it.",
    "",
  ],
  [
    "Um, they're good. They're good. There was a problem last spring and they had it fixed before lunch. No drama.",
    "",
  ],
  [
    "They broke it and then sent an email saying, um, we are aware of an issue. Aware! You caused it!",
    "blame:sec comm",
  ],
  [
    "They're not, um, they're not arrogant at all. Probably the least arrogant people in the building.",
    "",
  ],
  [
    "They decide it all upstairs and then we just get, like, a memo. Nobody asked us. Nobody ever asks us.",
    "power comm",
  ],
  ["Half of them couldn't, um, couldn't fix a printer if their life depended on it.", "blame:sec"],
  [
    "Honestly the IT firm we use, um, they haven't a clue. I've fixed more things than they have, and I'm a receptionist.",
    "blame:sec",
  ],
];
