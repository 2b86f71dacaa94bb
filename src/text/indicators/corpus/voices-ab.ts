import type { RawExample } from "./types.js";
import { VOICES_AB_2 } from "./voices-ab-2.js";
import { VOICES_AB_3 } from "./voices-ab-3.js";

/**
 * Spoken interview excerpts, transcribed verbatim with fillers and self-corrections: employees
 * and a few IT people in small firms. Written fresh for Rapport (brief AB).
 */
const VOICES_AB_1: readonly RawExample[] = [
  [
    "Honestly every time an email comes in with an attachment I get that, like, that little knot in my stomach.",
    "feel",
  ],
  [
    "The manager handles the IT contract, um, the company's based in town, they do the laptops and the server.",
    "",
  ],
  [
    "I felt so, like, so stupid. I went bright red, I couldn't look anyone in the eye for about a week.",
    "feel",
  ],
  [
    "I mean, they're not bad people, they're just, they're just not on our floor, ever. Different building, different planet.",
    "distance",
  ],
  [
    "My own silly fault, really, I, um, I plugged in a stick I found in the car park. Curiosity, you know.",
    "blame:self",
  ],
  [
    "I, um, I quite like the security training, actually. It's short, and there's a bit of humour in it.",
    "",
  ],
  ["Who do I ask? Um, Google, mostly. Or my son. He's fourteen.", "distance"],
  [
    "It's always, um, always the same, you get an email with a red banner and it's, like, WARNING, and you've no idea what it means.",
    "comm",
  ],
  [
    "He's, um, he's patient. I'm not a computer person and he's never once rolled his eyes at me.",
    "",
  ],
  [
    "Well, no, actually, I'd say they're pretty approachable. People say they're arrogant but I've, I've not seen it.",
    "",
  ],
  [
    "As the security person here I'm, um, I'm basically ignored until something goes wrong, and then it's all my job.",
    "power",
  ],
  [
    "They review everything, you know. Every app, every, um, browser extension. You're at their mercy, really.",
    "power",
  ],
  [
    "Head office reckons the, um, the shop staff are careless with the tills. That's what they say. Careless.",
    "blame:emp",
  ],
  [
    "Whenever anything goes wrong it's, um, the end user, always the end user, and then there's a new rule to punish all of us.",
    "blame:emp power",
  ],
  [
    "The contractor wiped the wrong drive. The, um, the wrong one. We lost two weeks of orders.",
    "blame:sec",
  ],
  [
    "The tracking system, um, crashed after IT changed something, and we had forty lorries and no manifests. Forty.",
    "blame:sec",
  ],
  [
    "The rules come with, like, a little, um, a short explanation of why. Which helps. You get why it matters.",
    "",
  ],
  [
    "I get, I don't know, jittery, when a patient emails an X-ray. What if it's not them? What if it's, like, a trick?",
    "feel",
  ],
  [
    "At the accountancy they, um, they do a sort of, um, a lecture, every January. Everyone sits there while he reads slides at us.",
    "comm",
  ],
  [
    "Actually they did ask us first, which I, um, I was surprised by. They sent a little survey round before they changed anything.",
    "",
  ],
  [
    "There was a, um, a scam email going round and IT sent a short note with a screenshot. Clear. Useful, actually.",
    "",
  ],
  [
    "Nobody in IT ever asks what, um, what we need. They just turn up with the new system and that's that.",
    "power",
  ],
  [
    "Our technician is, um, shared between four schools. So we see him, what, once a fortnight? If we're lucky.",
    "distance",
  ],
  [
    "You never, you never hear from them unless something's gone wrong. Then it's, oh, can we have a word?",
    "comm",
  ],
  [
    "In the, um, in the surgery the screen times out while I'm charting, with a patient's mouth open. It's ridiculous.",
    "conflict",
  ],
  [
    "That breach, I mean, um, I've got to be honest, it started on my laptop. I opened the thing. That was my mistake.",
    "blame:self",
  ],
  [
    "The school, um, filters everything. I couldn't show the kids a history video because it had the word war in the title.",
    "conflict",
  ],
  [
    "The training was, um, a video. A video and a quiz. That's it. That's the whole relationship.",
    "comm",
  ],
  [
    "We've sort of given up on the official way. Um, we've got a WhatsApp group and we share stuff on there.",
    "conflict distance",
  ],
  ["Honestly, I, um, I can't think of a single bad experience with them. Not one.", ""],
  [
    "Honestly, I'd ring them about anything. They've said, um, no question's too small, and they mean it.",
    "",
  ],
  [
    "The MD keeps saying, um, our people are our biggest risk. I think he means it as a joke. I don't think it is one.",
    "blame:emp",
  ],
  [
    "Um, when I need them, when something's actually urgent, they're nowhere. Voicemail. Always voicemail.",
    "conflict",
  ],
  [
    "It was my own fault, completely, I, um, I'd written the password on a sticky note under the keyboard.",
    "blame:self",
  ],
  [
    "The whole reason we got hit was they hadn't, um, they hadn't patched the server. Months. Months it sat there.",
    "blame:sec",
  ],
  [
    "I don't, um, I don't feel watched or anything. They're quite open about what they monitor and why.",
    "",
  ],
  [
    "I'm a mechanic, not a, um, a computer person. If something goes wrong, it's probably me, let's be honest.",
    "blame:self",
  ],
  [
    "The trust, um, the academy trust decides everything about IT. We're just told. The headteacher's told. Nobody gets a say.",
    "power",
  ],
  [
    "I used to be terrified of the, um, the security audit, but honestly now, now it's fine, they walk you through it.",
    "",
  ],
  [
    "I'm just, like, not a computer person. Never have been. I'm always the one who, um, messes it up.",
    "blame:self",
  ],
  [
    "The way she explains things, um, makes me feel about two inches tall. Every time.",
    "comm feel",
  ],
  ["Um, I'd say the relationship's good. Not perfect, nothing's perfect, but good.", ""],
  [
    "Apparently it's all down to, um, human error. That's what the poster says. Human error. Cheers.",
    "blame:emp",
  ],
  [
    "I'm, like, I'm a liability with this stuff, I really am. Ask anyone in the office, they'll tell you.",
    "blame:self",
  ],
  ["I find it, um, exhausting, honestly, all the hoops. It wears you down after a while.", "feel"],
  [
    "The volunteer coordinator, she does the IT bits, and she's, um, she's so patient. Never made anyone feel small.",
    "",
  ],
  [
    "They talk to you like you're thick. Like, slowly. Really slowly. It winds me up no end.",
    "comm feel",
  ],
  [
    "I'm not, um, I'm not worried about it. I think the systems are fine and people are sensible.",
    "",
  ],
  [
    "When they called me in I just, um, I said sorry, it's me, I'm an idiot, before they'd even said anything.",
    "blame:self",
  ],
  [
    "Endpoint, um, posture, something something. I nodded. I've no idea what he was on about.",
    "comm",
  ],
  [
    "The VPN is so slow we just, um, we email stuff to our personal accounts. I know, I know we shouldn't.",
    "conflict",
  ],
  [
    "I know, like, the jargon puts some people off, but our lot always check you've understood. Always.",
    "",
  ],
  [
    "Tax season, um, is the worst time for the security stuff. They want us to do training in March. March!",
    "conflict",
  ],
  [
    "The report said, what was it, um, inadequate staff vigilance. Which is a fancy way of saying it's our fault.",
    "blame:emp",
  ],
  [
    "The whole till system went down for a day after their, um, their update. On a Saturday. In December.",
    "blame:sec conflict",
  ],
  [
    "The IT side of things is, um, a managed service. They patch things, they monitor things. Pretty standard.",
    "",
  ],
  [
    "We, um, we got hacked because the IT bloke left the default password on the router. The default one. Admin admin.",
    "blame:sec",
  ],
  [
    "Um, if I'm honest the, the printer thing last week, that was me. I'd unplugged it to charge my phone.",
    "blame:self",
  ],
  [
    "Look, in my experience, running IT for a few small firms, people, um, people are just careless with passwords. It's the human side.",
    "blame:emp",
  ],
  [
    "You feel, you know, watched. Like there's someone in a back room reading everything. Which maybe there is.",
    "power",
  ],
  [
    "I've been here six years and I've, um, I've never actually seen the security person. Is there one? I assume so.",
    "distance",
  ],
  ["He used to be a bit, you know, abrupt, but he's, um, he's mellowed. We get on well now.", ""],
  [
    "I thought security would be a nightmare at the law firm, but, um, it's been smooth. Genuinely smooth.",
    "",
  ],
  [
    "Honestly, people go on about IT jargon, but ours don't, um, they don't do that. They speak like normal people.",
    "",
  ],
  [
    "I keep thinking, um, I should've spotted it. The spelling was all wrong. It was obvious, looking back. I'm kicking myself.",
    "blame:self",
  ],
  [
    "Honestly from where I'm sitting, and I do the IT, the cleverest firewall in the world won't save you from, um, whoever in accounts fancies a free voucher.",
    "blame:emp",
  ],
  [
    "The audit, um, basically went desk to desk looking for people's mistakes. Felt like they were hunting for culprits.",
    "blame:emp power",
  ],
  [
    "Well, I was nervous when I started, but they, um, they were kind about it, they said everyone gets these wrong at first.",
    "",
  ],
  [
    "They locked my account without telling me. Just, gone. Found out when I couldn't get in to do the payroll.",
    "power conflict",
  ],
  [
    "Management's line is, um, the staff can't be trusted, so lock everything down. That's literally the strategy.",
    "blame:emp power",
  ],
  [
    "We've got a guy who comes in on Tuesdays. He checks the, um, the server and updates the laptops.",
    "",
  ],
  [
    "No, I don't blame them for the outage. It was the power company. Um, IT got us back up within the hour.",
    "",
  ],
  [
    "At the dental practice it's, um, it's one guy who comes in, and honestly he's great, he explains things in normal words.",
    "",
  ],
  [
    "The new expense system needs, like, um, three logins. Three! I just get my colleague to submit mine.",
    "conflict",
  ],
  [
    "I'm a bit scared of him, to be honest. He sort of, um, he sighs a lot when you ask him stuff.",
    "feel comm",
  ],
  [
    "From the IT desk, honestly, um, it's soul-destroying. You set it all up properly and then someone emails the client list to their Hotmail.",
    "blame:emp feel",
  ],
  [
    "The drivers get a, um, a tablet and they're told, don't touch the settings, don't install anything, don't, don't, don't.",
    "power",
  ],
  [
    "IT think we're all a bit dim, I reckon, so, um, we just don't go to them. Why would you?",
    "blame:emp distance",
  ],
  [
    "Everyone says users are the weakest link. I, um, I think that's nonsense, really, and so does our IT manager.",
    "",
  ],
  [
    "I'm the weak link, I know I am. I'm, um, I'm just a bit ashamed of it really.",
    "blame:self feel",
  ],
  [
    "Head office, um, they control everything. Even the Wi-Fi password for the guests. We have to ring them to change it.",
    "power",
  ],
  ["I get quite, um, resentful, actually, when I see another new rule. Like, what now?", "feel"],
  [
    "I'm in IT and, look, I'll be honest, our drivers are the weakest link. They leave tablets on the dashboard, unlocked.",
    "blame:emp",
  ],
  [
    "Honestly I couldn't tell you who they are. There's a, um, a name on the intranet, I think? Never met him.",
    "distance",
  ],
  [
    "There's posters in the toilets now. About passwords. In the toilets, like, that's how they talk to us.",
    "comm",
  ],
  [
    "On the hotel front desk you've got a queue of guests and the system's asking you to, um, reauthenticate. Again.",
    "conflict",
  ],
  [
    "That one's on me, I'll hold my hand up. I, um, I didn't check the address properly, I just hit send.",
    "blame:self",
  ],
  [
    "They won't let us touch anything, and then, um, they break it themselves. Every time. So who's the risk, really?",
    "blame:sec power",
  ],
  [
    "The IT manager, um, he decides. Whatever he says goes, even over the director sometimes. Nobody argues with him.",
    "power",
  ],
  [
    "The whole fuss about, um, about the new system was their fault, they rushed it in, didn't test it, and we paid for it.",
    "blame:sec conflict",
  ],
  [
    "I was scared of clicking stuff at first, but, um, after the training I'm fine. Much more confident now.",
    "",
  ],
  ["We've got, um, a guide on the intranet with screenshots. It's actually pretty clear.", ""],
  [
    "Security says one thing, the partners say the opposite, and we're sort of, stuck in the middle, you know?",
    "conflict",
  ],
  [
    "The franchise tells us what software, um, what everything. We don't get a vote. We're just the garage.",
    "power",
  ],
  [
    "Our IT company, they, um, they installed the wrong thing on every machine. Every one. And charged us for it.",
    "blame:sec",
  ],
  [
    "I feel awful, like, I really do, because it was my login they used. I keep thinking, I, I let them in.",
    "feel blame:self",
  ],
  [
    "We talk to them quite a lot, um, actually. Weekly, I'd say. There's a, like, a drop-in on Thursdays.",
    "",
  ],
  [
    "The new system, um, lost all the Year 9 grades. Their fault, totally. It was the migration thing they did.",
    "blame:sec",
  ],
  [
    "They sent round, um, a policy document that used the word asset about forty times. I still don't know what an asset is.",
    "comm",
  ],
  [
    "We did a phishing exercise and, um, nobody got told off. They just, like, showed us the clues. It was good.",
    "",
  ],
];

export const VOICES_AB: readonly RawExample[] = [...VOICES_AB_1, ...VOICES_AB_2, ...VOICES_AB_3];
