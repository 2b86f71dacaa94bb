import type { RawExample } from "./types.js";

/** Transcribed interview snippets, retail and care-home staff and their IT/security people, spoken and hesitant. Written fresh for Rapport (brief CZ). */
export const VOICES_CZ_6: readonly RawExample[] = [
  [
    "Um, the rule about visitors signing in on the tablet, nobody does it. Everyone just waves them through. IT don't check. Nobody checks.",
    "conflict",
  ],
  [
    "They're a bit precious about their systems, if I'm honest. Like it's their baby and we're going to drop it.",
    "power blame:emp",
  ],
  [
    "The upgrade went really smoothly. They warned us, they explained, they stayed late. Textbook.",
    "",
  ],
  [
    "Um, I think I annoy them, if I'm honest. I'm always the one with the weird problem.",
    "blame:self feel",
  ],
  [
    "They make you sit a quiz after every training and if you fail it goes to your manager. It's school, basically.",
    "power",
  ],
  [
    "I don't really think about them to be honest. Not in a bad way. They just aren't part of my day.",
    "distance",
  ],
  [
    "If it's a choice between waiting for IT and getting the prescriptions out, I'm getting the prescriptions out. I'll use whatever computer works.",
    "conflict",
  ],
  [
    "Um, they're more like, sort of, distant relatives? You know they're family, you see them at Christmas.",
    "distance",
  ],
  [
    "Oh god, the password rules. Fourteen characters, a symbol, change it every month, can't reuse. Of course people write it down.",
    "conflict feel",
  ],
  [
    "I think the old IT guy was just burnt out, to be honest. That's why he was short with everyone. The new one's lovely.",
    "",
  ],
  [
    "So when they brought in the new door fobs they sent a video. A video. With subtitles in legal language. Just show us how the door works.",
    "comm",
  ],
  [
    "They once closed my ticket because I didn't reply within 24 hours. I was on leave.",
    "conflict blame:sec",
  ],
  [
    "No, I'm not scared of him. I'm scared of his spreadsheets. [laughs] He tracks everything.",
    "power",
  ],
  [
    "honestly if the security team vanished tomorrow i dont think anyone on the shop floor would notice for a month",
    "distance",
  ],
  [
    "It did feel a bit like they'd gone over my head, yeah. Went straight to the owner about my laptop instead of asking me.",
    "power feel comm",
  ],
  ["He's great at the fixing part. It's the talking part he struggles with.", "comm"],
  [
    "Um, people are scared of IT here, I think, because the last person used to shout. It's a hangover.",
    "feel",
  ],
  ["I don't blame the staff at all. If I had their workload I'd skip the training too.", ""],
  [
    "I'm sorry but the staff here are lazy about security. They want everything easy and they complain about every extra step.",
    "blame:emp conflict",
  ],
  ["I'd say it's, um, a respectful relationship. We don't always agree but nobody pulls rank.", ""],
  [
    "They sent an email about 'anomalous behaviour on your account' and I spent the whole evening thinking I was getting sacked.",
    "feel comm",
  ],
  [
    "Honestly, they do listen. I said the timeout was too short for the dispensary and they changed it that week.",
    "",
  ],
  [
    "It's hard to be honest with them, you know? Cos they're the ones who report back to the owner.",
    "power distance",
  ],
  [
    "The IT firm sold us a system we didn't need and then charged us to fix it. That's how I see it.",
    "blame:sec",
  ],
  [
    "I don't mind that they're strict. I mind that they're strict with us and not with the partners.",
    "power conflict",
  ],
  [
    "Um, yeah, we call it 'the black hole', the helpdesk. Stuff goes in, nothing comes out.",
    "comm blame:sec",
  ],
  [
    "I've worked in bigger places where you'd never see IT. Here she's on the same corridor. Makes a world of difference.",
    "",
  ],
  [
    "He just says 'it's fine' and walks off. Is it fine? I don't know. I'm not allowed to know.",
    "comm power",
  ],
  [
    "I get a bit anxious about the remote wipe thing, to be honest. What if they wipe it by mistake?",
    "feel power",
  ],
  [
    "The volunteers are amazing, honestly. They've got less training than anyone and they're the first to say 'this looks dodgy'.",
    "",
  ],
  [
    "I guess the honest answer is we've never needed them much. So there's no relationship, really. Good or bad.",
    "distance",
  ],
  [
    "Um, he made a joke about me being a 'technophobe' in front of the vets. I laughed. I didn't find it funny.",
    "feel comm",
  ],
  [
    "Sorry, I don't want to sound ungrateful. They fixed my laptop. It's just the way they made me feel about breaking it.",
    "feel",
  ],
  [
    "Honestly I'd say security here is a bit for show. They do the posters and the quiz but nobody actually checks anything.",
    "blame:sec",
  ],
  [
    "They were honestly brilliant the day we got hacked. Calm, clear, told us exactly what to do. No blame.",
    "",
  ],
  [
    "Um, we don't do anything without asking them first. Like, even changing the desktop background. It's a bit much.",
    "power",
  ],
  [
    "I think IT would say we're a nightmare and we'd say they're a nightmare and we're probably both right.",
    "conflict blame:emp blame:sec",
  ],
  [
    "Um, I kept the problem to myself for, like, a month. I didn't want to bother them. Then it got worse. My bad.",
    "distance blame:self",
  ],
  [
    "It's all done through head office and head office is four hundred miles away. We're just a dot on their map.",
    "distance power",
  ],
  [
    "I wouldn't say they're unapproachable. I'd say I'm un-approaching. [laughs] I just don't go.",
    "distance blame:self",
  ],
  [
    "She sends out a little summary after every incident. Plain English. What happened, what we did, what you should do. Love it.",
    "",
  ],
  [
    "I feel like I have to justify myself every time I need access to something. Like I'm on trial.",
    "power feel",
  ],
  [
    "Um, they said the new system would be 'intuitive'. It's not. And when I said so I got told to 'engage with the training'.",
    "comm conflict",
  ],
  [
    "Yeah, so, um, I'm the security lead, and honestly the biggest issue isn't the staff, it's me not explaining things well enough.",
    "blame:self",
  ],
  ["Honestly, I don't have any complaints. Boring answer, sorry.", ""],
  [
    "We're kind of scared of them, but also they're scared of us? Like, they never come out of their office.",
    "feel distance",
  ],
  [
    "They did a proper job on the new Wi-Fi. Even the garden's got signal now. The residents love it.",
    "",
  ],
  [
    "The last 'consultation' with IT was a survey with three options, all of which were yes.",
    "power comm",
  ],
  [
    "I mean, I understand why they locked it down. I just wish they'd done it with us, not to us.",
    "power",
  ],
  [
    "My worry is that I'll miss something and the whole practice gets fined. And it'll be, you know, the nurse's fault.",
    "feel blame:emp",
  ],
  [
    "If you ring before ten they're not in, after four they're gone, and in between they're 'on a call'.",
    "conflict distance",
  ],
  [
    "I used to feel really out of my depth. Now I'm one of the 'cyber champions'. Never thought I'd say that.",
    "",
  ],
  ["They don't explain the why, so people don't care about the what. Simple as that.", "comm"],
  [
    "Um, yeah, it got heated. I said they were making my job impossible, he said I was making his job impossible. We were both right, probably.",
    "conflict",
  ],
  [
    "honestly the tech side here is solid. i have nothing bad to say. they even fixed my home printer once",
    "",
  ],
  [
    "So many acronyms. I asked once what one meant and he looked at me like I'd asked what a computer was.",
    "comm feel power",
  ],
  [
    "I feel like the staff here see IT as, like, a utility. Like water. You only think about it when it stops.",
    "distance",
  ],
  [
    "Um, I'll admit I bypassed the screen lock. It was locking during consultations. I told them afterwards, at least.",
    "conflict blame:self",
  ],
  [
    "They insisted on a new laptop for everyone and then didn't install the software we actually use. So we're back on the old ones.",
    "blame:sec conflict",
  ],
  [
    "It's a funny relationship. They need us to follow the rules. We need them to keep the tills running. Neither side says thank you.",
    "distance",
  ],
  [
    "He's very patient. Explained the phishing thing to my mum, who volunteers here, three times, with a smile each time.",
    "",
  ],
  [
    "Um, I guess the word is 'untouchable'. Like, nobody can question them. Not even the directors.",
    "power",
  ],
  [
    "I think we're all a bit scared of doing something wrong. Not scared of them, exactly. Scared of the consequences.",
    "feel",
  ],
  [
    "The portal does work, to be fair. I prefer it to ringing, actually. I'm not a phone person.",
    "",
  ],
  [
    "Nobody ever told me who to report a suspicious email to. I just delete them and hope for the best.",
    "comm distance",
  ],
  [
    "The security training was done by an outside company and it was, um, all about big banks. Nothing to do with a dental surgery.",
    "comm",
  ],
  ["They come in, they tell us off, they leave. That's the visit.", "comm power distance"],
  [
    "It's improved, definitely. There was a time I'd dread opening their emails. Now they're quite friendly, almost chatty.",
    "",
  ],
  ["Um, the staff think I'm being paranoid. Maybe I am. But someone has to be.", "conflict"],
  [
    "I'd rather not say too much, um, but let's just say the IT partner isn't someone I'd call if I had a choice.",
    "blame:sec",
  ],
  [
    "Honestly, I'm the weak link. I'm the one who keeps the login on a sticky note under the keyboard.",
    "blame:self conflict",
  ],
  [
    "I've never felt talked down to, no. If anything they over-explain. Which I prefer to the opposite.",
    "",
  ],
  [
    "The only contact we get is the monthly 'your compliance score' email with a red number. Feels like a report card.",
    "comm power feel",
  ],
  ["Um, we're a tiny vet practice. Three of us. The IT is whoever's least busy. Usually me.", ""],
  ["They've started asking us before changing things. Took a while, but we got there.", ""],
  [
    "I just find the whole thing exhausting, to be honest. Every week there's a new thing we're doing wrong.",
    "feel blame:emp",
  ],
  [
    "It's not them versus us. It's us versus the scammers. At least that's how Mark puts it, and I like that.",
    "",
  ],
  [
    "Um, I asked the IT firm three times for a copy of our backup policy and got three different answers. I don't think they know themselves.",
    "blame:sec comm",
  ],
  [
    "I'll be honest, it's a lot friendlier since they stopped doing everything by email and started popping in on Thursdays.",
    "",
  ],
  [
    "Half the time I don't even know if a thing is IT's job or the landlord's. The door entry system, for instance. Nobody claims it.",
    "distance",
  ],
];
