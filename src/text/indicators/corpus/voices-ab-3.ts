import type { RawExample } from "./types.js";

/** Third part of batch AB (see voices-ab.ts). */
export const VOICES_AB_3: readonly RawExample[] = [
  [
    "Our IT partner does the, um, the antivirus, the email filtering, that kind of thing. And the phones.",
    "",
  ],
  [
    "I'm rubbish with it, honestly. I'm a PE teacher. I, um, I locked myself out three times in one week.",
    "blame:self",
  ],
  [
    "You ask them something and then, um, nothing. Days. You chase, nothing. You can't get hold of anyone.",
    "conflict",
  ],
  [
    "I'm not, um, I'm not one for worrying. I lock my screen, I use the password thing. Job done.",
    "",
  ],
  [
    "I'm hopeless, I'm, like, honestly I'm probably the reason they write the rules in capital letters.",
    "blame:self",
  ],
  [
    "We had a, um, a meeting where they asked what annoyed us about the systems, and then they actually changed stuff.",
    "",
  ],
  [
    "He always says, um, it's very simple really, which, honestly, is the most patronising sentence in English.",
    "comm",
  ],
  [
    "It's, um, it's a two-way thing here. We tell them what's awkward and they tell us what's risky. Works well.",
    "",
  ],
  [
    "The trustees, um, they've sort of said the volunteers are the risk. Which, okay, maybe, but it stings a bit.",
    "blame:emp",
  ],
  [
    "They only, um, they only phone when I've, like, tripped some alarm. Never just to say hello or how's it going.",
    "comm",
  ],
  [
    "At the law firm, um, it's an IT policy, you sign it, you don't question it. Nobody explains why.",
    "power comm",
  ],
  [
    "Useless, honestly. So we've, um, we've stopped ringing them. We just sort stuff out amongst ourselves now.",
    "blame:sec distance",
  ],
  [
    "Honestly it, um, wears me out. The constant, like, is this safe, is that safe. Exhausting.",
    "feel",
  ],
  [
    "It's so annoying, like, I'm trying to serve a customer and the screen locks, and I've got to, um, type it all in again.",
    "conflict feel",
  ],
  [
    "It's, um, security versus sales, basically. Sales want it fast, security want it locked, and nobody budges.",
    "conflict",
  ],
  [
    "They're meant to be the experts and, um, they got caught by the same scam email as the rest of us. Come on.",
    "blame:sec",
  ],
  [
    "The partners keep saying the juniors will, um, will fall for anything. It's, like, constantly, the juniors, the juniors.",
    "blame:emp",
  ],
  [
    "It does my head in, honestly, the number of passwords. I've got, like, fifteen. Fifteen. For a garage.",
    "feel",
  ],
  [
    "I left the van unlocked with the tablet on the seat. Um, yeah. Can't blame anyone for that but me.",
    "blame:self",
  ],
  [
    "It was a mistake, sure, but nobody, um, nobody made it a big deal. We learned from it and moved on.",
    "",
  ],
  [
    "It's, um, infuriating, because it was their backup that didn't work, and they acted like it was bad luck.",
    "blame:sec feel",
  ],
  [
    "Every time they touch something, like, something else stops working. Every single time, I'm not exaggerating.",
    "blame:sec",
  ],
  [
    "They do the, um, the backups every night and there's a firewall thing. That's about all I know about it.",
    "",
  ],
  [
    "Security? Um, I mean, we're a charity, we don't really, like, do that. There's no one. We just sort of hope.",
    "distance",
  ],
  [
    "I just ring the helpdesk, and, um, yeah, they're quick. Really quick, actually. No complaints there.",
    "",
  ],
  ["It's not, um, it's not a problem at all, honestly. I know who to ring and they ring back.", ""],
  [
    "It's not them, really, it's, um, me. I don't read the emails. I should. I don't.",
    "blame:self",
  ],
  [
    "It drives me up the wall, I mean, properly up the wall, the amount of times I've had to reset the same thing.",
    "feel",
  ],
  [
    "He explained it like I'm, I'm five. Like, do you know what an email is? Yes. Yes, I do. I'm fifty-two, not five.",
    "comm",
  ],
  [
    "Head office IT, um, pushed an update that wiped the booking system on a Friday night. Friday. Full house.",
    "blame:sec",
  ],
  [
    "I wasn't worried, to be honest. They'd, um, they'd told us exactly what to do if it happened, so we did it.",
    "",
  ],
  [
    "They think we're the, um, the weak spot. They've said it. In a meeting. Out loud.",
    "blame:emp",
  ],
  [
    "The, um, the training video opened with, like, a cartoon of an office worker being an idiot. Really? That's us, is it?",
    "blame:emp comm",
  ],
  ["Never had a problem with them, um, no. Not once in eight years.", ""],
  ["Um, I'd go to the IT person, yeah. She's just down the corridor. Door's always open.", ""],
  [
    "I still feel bad about it, honestly, I was the one who gave my password to that, um, that fake helpdesk call.",
    "blame:self feel",
  ],
  [
    "The nurses, bless them, they'll, um, they'll share a login like it's a biscuit. That's the real risk here, the staff.",
    "blame:emp",
  ],
  [
    "I've never, um, met them. There's a helpdesk number and an email. That's all I know.",
    "distance",
  ],
  [
    "The funder wants all this, um, compliance stuff and it takes hours and hours away from actually helping people.",
    "conflict",
  ],
  [
    "I gave the, um, the guest's details over the phone to someone pretending to be them. My mistake. Completely mine.",
    "blame:self",
  ],
  [
    "It's a small place so, um, IT is just the boss's nephew, no, sorry, it's a local firm now. They're fine. Reliable.",
    "",
  ],
  [
    "I'm honestly, um, dreading the next phishing test. I failed the last one and I've been on edge since.",
    "feel",
  ],
  [
    "So I clicked it, right, the invoice thing, and, yeah. That was me. That was all me.",
    "blame:self",
  ],
  [
    "I don't trust them, not really. Not after last year. They said it was fixed and it, well, it wasn't.",
    "feel blame:sec",
  ],
  [
    "Embarrassing, honestly. I, um, I was the one who failed the phishing test. In front of the whole team, well, the whole team found out.",
    "blame:self feel",
  ],
  [
    "Every, um, every problem we've had this year has started with something IT did. Every single one.",
    "blame:sec",
  ],
  [
    "There was this, um, fear, early on, that they'd be snooping, but they've been completely transparent. It's gone now.",
    "",
  ],
  [
    "They asked us, um, before they changed the rota system. Actually asked. Which I appreciated.",
    "",
  ],
  [
    "Nobody here, um, nobody thinks the staff are stupid. It's a really respectful place, actually.",
    "",
  ],
  [
    "They can, you know, read our emails, check everything. We can't check them. It's a bit one way, isn't it?",
    "power",
  ],
  [
    "Um, at the hotel, IT is head office, and they're, they're good. Quick on the phone, sort it remotely.",
    "",
  ],
  [
    "The, um, the security reviews come back with, like, a wall of CVE numbers and no context. Just numbers.",
    "comm",
  ],
  ["They're, like, they're part of the team, really. Come to the Christmas do and everything.", ""],
  [
    "They can, um, just wipe your phone. Remotely. Your own phone, if it's got work email on. That's, that's a lot of power.",
    "power",
  ],
  [
    "Um, I suppose they're, they're quite friendly. I had a question about my phone and he sorted it in five minutes.",
    "",
  ],
  [
    "They reckon the warehouse lads are a, um, a security hazard, and the lads reckon IT are in the way. So, you know. Stalemate.",
    "blame:emp conflict",
  ],
  [
    "I was worried I'd get, um, a written warning, honestly. For a phishing email. That's how it felt.",
    "power feel",
  ],
  ["The two-factor thing, um, I was a bit sceptical, but it's quick. Takes two seconds.", ""],
  [
    "Honestly, the drivers, we're on the road, we, um, we don't even know there's an IT department. It's just, like, a phone number.",
    "distance",
  ],
  [
    "They explained why we can't use USB sticks any more and, um, it made sense. I didn't mind at all.",
    "",
  ],
  [
    "The, what's it called, the two-factor thing, it logs me out mid-consultation, so I've, well, I've found ways round it.",
    "conflict",
  ],
  [
    "It's all tickets. You raise a ticket, you get a ticket number, you get a, um, an automated reply. There's no human.",
    "comm",
  ],
  [
    "I'm a bit, um, dozy with all this, if I'm honest. I forget to lock my screen like every day.",
    "blame:self",
  ],
  [
    "It's, um, the bakeries, we've got eleven shops, and the IT woman visits all of them. Knows everybody. It's a good setup.",
    "",
  ],
  [
    "I'm a bit, um, on edge with it all, if I'm honest. I'm always thinking what if that one's the fake one.",
    "feel",
  ],
  [
    "I was mortified. I sent a, um, a contract to the wrong person. I couldn't sleep. I just, I kept replaying it.",
    "feel",
  ],
  [
    "It's a bit hurtful, I mean, that they clearly think we're all, um, you know, clueless. Some of us aren't.",
    "blame:emp feel",
  ],
  [
    "The rules are written for an office. We're a farm co-op. Half of us are in a tractor, you know, it just doesn't fit.",
    "conflict",
  ],
  [
    "IT broke the email again. Again! That's the third time this, um, this quarter. What are we paying them for?",
    "blame:sec",
  ],
  ["I don't think of them as, um, gatekeepers, no. More like, I don't know, helpers.", ""],
  [
    "Our IT partner, um, sends a little newsletter, it's actually, it's quite funny, plain English, I actually read it.",
    "",
  ],
  [
    "It takes, like, three weeks to get a new starter set up, so the new girl just sat there. Three weeks. Doing nothing.",
    "conflict",
  ],
  [
    "They called me into the office, like a headmaster thing, you know, and went through my browsing history line by line.",
    "power",
  ],
  [
    "They keep saying devs are reckless. Reckless! We're the ones who, um, who found the bug in the first place.",
    "blame:emp",
  ],
  [
    "I didn't report it. I know, I know. I just, um, changed the password myself and got on with it, didn't want the fuss.",
    "distance",
  ],
  [
    "The warning emails are, like, so dramatic, um, all caps and red, I end up more scared than informed.",
    "comm feel",
  ],
  [
    "You have to, like, change your password every month, so, um, everybody just adds a number on the end. Everybody.",
    "conflict",
  ],
  [
    "I, um, I genuinely don't know who's on the security team. We've got three hundred people, could be anyone.",
    "distance",
  ],
  [
    "It's, um, it's their way or no way. You put in a request and they just say no. No reason. Just no.",
    "power",
  ],
  [
    "The new rules came as a PDF. Thirty-odd pages. I mean, who's, who's reading that, honestly?",
    "comm",
  ],
  [
    "They're sort of an invisible, um, invisible force. Things change overnight and you never see who did it.",
    "power distance",
  ],
  ["I feel, um, fairly safe, honestly. They've done a good job setting things up.", ""],
  [
    "We're, um, we're sort of the servants, aren't we. Fix this, fix that, and never a thank you. It does grate.",
    "feel power",
  ],
  [
    "Our technician is brilliant. He's, um, he's got time for everyone. Even the kids like him.",
    "",
  ],
  [
    "If something's up I ask, um, I ask the girl on reception, she's good with computers. I wouldn't bother IT.",
    "distance",
  ],
  [
    "They slowed everything down and, um, nothing's actually safer. It's just slower. That's all they've achieved.",
    "conflict blame:sec",
  ],
  [
    "I couldn't tell you, honestly, what they do all day. Never, um, never crossed paths.",
    "distance",
  ],
  [
    "I'm, I'm tired, to be honest. We tell them and tell them and they still, they still plug in random USB sticks.",
    "feel blame:emp",
  ],
  [
    "Our IT lad, he's a sweetheart, um, never once made me feel daft for asking something basic.",
    "",
  ],
  [
    "At the software house everyone's, um, everyone's a bit techy, so security's just, like, it's normal. We all talk about it.",
    "",
  ],
  ["There's no them and us here, um, really. We're twenty people. Everyone knows everyone.", ""],
  [
    "Um, the laptop got nicked from the car, and I rang IT and they were just, um, calm. Totally calm. Sorted it in an hour.",
    "",
  ],
  [
    "I'm, um, I'm terrible with passwords. Terrible. I use the same one for everything, I know, it's my own doing.",
    "blame:self",
  ],
  [
    "They said the phishing test wasn't about catching anyone out, and, um, to be fair, it wasn't. Nobody got named.",
    "",
  ],
  ["The security lead, um, comes to our retros. She's one of us, really. Sits with the devs.", ""],
  [
    "I wouldn't ring them, no. I'd feel like I'm, you know, bothering them. I'd rather sort it on my own.",
    "feel distance",
  ],
  [
    "It was, honestly it was nobody's fault, the supplier got hacked, and IT were brilliant about it, kept us posted every day.",
    "",
  ],
  [
    "It's all email. I've never, um, never actually heard his voice. Couldn't pick him out of a line-up.",
    "comm distance",
  ],
  [
    "Speaking from, um, from the IT side, honestly nine times out of ten it's the user. Just is.",
    "blame:emp",
  ],
  [
    "I'm fed up, honestly, of, um, being treated like a suspect. Like they expect me to leak something any minute.",
    "blame:emp feel",
  ],
];
