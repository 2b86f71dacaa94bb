import type { RawExample } from "./types.js";

/** Transcribed interview snippets, retail and care-home staff and their IT/security people, spoken and hesitant. Written fresh for Rapport (brief CZ). */
export const VOICES_CZ_4: readonly RawExample[] = [
  [
    "I do feel like I'm constantly asking for permission. To do my actual job. Which they hired me for.",
    "power feel",
  ],
  [
    "honestly the fundraising team are a nightmare, no offence, they'll download any app that promises more donations",
    "blame:emp",
  ],
  [
    "We're, um, a five-person reseller and the MD does the security himself, so, I mean, you don't really argue with the MD.",
    "power",
  ],
  [
    "Sorry, I'm going to be a bit blunt: they're not very good. Things break, stay broken, and then they blame the user.",
    "blame:sec blame:emp",
  ],
  [
    "It's genuinely nice, actually. She sits in on our team meeting once a month and just listens. No slides.",
    "",
  ],
  [
    "I wouldn't know who to ask, to be honest. I've been here since March. Nobody's said.",
    "distance comm",
  ],
  [
    "Um, I was a bit, I don't know, embarrassed, when I had to admit I'd used the same password for everything. But he was fine about it.",
    "feel blame:self",
  ],
  [
    "They send out these newsletters. 'Cyber Corner.' Nobody reads them. I don't read them. Sorry.",
    "comm distance",
  ],
  [
    "I mean the thing is we're all techy here, it's an IT firm, but security still feels like this separate kingdom.",
    "distance power",
  ],
  [
    "If you ask a question in the security channel you get a thumbs-up emoji and then nothing. Like, was that a yes?",
    "comm",
  ],
  [
    "We used to have a volunteer who'd get really stressed about the laptops, but Jen spent an afternoon with her and, yeah, she's much happier.",
    "",
  ],
  [
    "It's the tone, mostly. Like, 'as previously communicated'. That's passive-aggressive, that is.",
    "comm feel",
  ],
  [
    "Um, I'll put my hand up, I'm the one who plugged in the free USB from the trade show. In my defence, it had a nice logo.",
    "blame:self",
  ],
  [
    "They locked down the shared drive and now the trustees can't get the board papers. And guess who the trustees shout at? Me.",
    "conflict feel",
  ],
  [
    "I wouldn't say there's any tension, no. We get on. Bit of banter. He supports Villa, I don't, that's the worst of it.",
    "",
  ],
  [
    "Our security lead is great on paper but in person he's, like, a wall. You say something and it just bounces off.",
    "comm conflict",
  ],
  [
    "I get that they need to vet the suppliers. But the charity shop can't wait six weeks for a new card machine.",
    "conflict",
  ],
  [
    "It was my first week and I got an email saying I'd breached policy. I didn't even know there was a policy. I was terrified.",
    "feel comm",
  ],
  [
    "So there's the engineers and there's the security bloke, and the engineers basically ignore him. It's a bit sad, actually.",
    "distance",
  ],
  [
    "Um, the thing that works, honestly, is he's human. He'll say 'I don't know, let me find out'. I trust that.",
    "",
  ],
  [
    "Users are the problem. I'm sorry, but they are. I can build the best setup in the world and someone'll email the donor list to their Gmail.",
    "blame:emp",
  ],
  [
    "I mean, I'm the CEO, and I still feel a bit nervous around our IT contractor. He knows things about our systems I don't. That's odd, isn't it?",
    "feel power",
  ],
  [
    "They never come to the shops. Not once. Thirty-odd charity shops and IT have seen maybe two.",
    "distance",
  ],
  [
    "I wouldn't say users are the weakest link. I'd say we, the IT side, made it really easy to get it wrong.",
    "blame:sec",
  ],
  [
    "Honestly it's fine. We had one row about the sales laptops, but that was two years ago. Water under the bridge.",
    "",
  ],
  [
    "um so every time i ask for something its 'raise it in the portal' and the portal is, like, forty drop-downs",
    "comm conflict",
  ],
  [
    "He actually apologised. For the outage. In person. I don't think anyone's ever done that here.",
    "",
  ],
  [
    "There's a kind of, um, secret society vibe. Like, only the security team know the real rules.",
    "power comm",
  ],
  [
    "I used to think the volunteers were careless, but honestly I think they were just never shown properly. That's on us.",
    "blame:self",
  ],
  [
    "They make decisions in their little meeting and we get an email afterwards. There's no, like, asking us.",
    "power comm",
  ],
  ["I'm not frightened of them. I'm frustrated with them. There's a difference.", "feel"],
  [
    "Um, look, I don't know. Maybe I'm just old-fashioned but I'd rather pick up the phone than fill in a ticket, and they don't do phones.",
    "comm",
  ],
  [
    "The sales guys bypass everything. Personal Dropbox, WhatsApp for quotes, the lot. And the MD lets them because they bring in the money.",
    "conflict blame:emp power",
  ],
  [
    "It's fine, we sort it ourselves mostly. I wouldn't bother IT with little things. They've got enough on.",
    "distance",
  ],
  [
    "She explained it really simply, like, 'the lock's only as good as who you give the key to'. Stuck with me.",
    "",
  ],
  [
    "To be honest, the relationship's quite good now. It was rough when the new CEO brought in all the rules, but we've settled.",
    "",
  ],
  [
    "Um, the security audit felt like, I don't know, an interrogation. Why did you do this, why did you click that. I'm a fundraiser.",
    "power feel",
  ],
  [
    "They keep saying 'it's for your protection' but it feels more like it's for their protection, you know?",
    "power conflict",
  ],
  [
    "I got a call from him at half nine at night about my laptop not updating. I was in the bath.",
    "conflict",
  ],
  [
    "I'm the one volunteers ring when the laptop won't work, and I'm not IT. I'm the coordinator. But IT never answer them.",
    "conflict blame:sec distance",
  ],
  [
    "Honestly? Our IT manager is one of the kindest people in the building. She remembers everyone's birthday.",
    "",
  ],
  [
    "Um, I've never felt talked down to. He's quite the opposite, he asks me stuff about the donors, like he's interested.",
    "",
  ],
  [
    "We had this whole incident where a trustee's email got hacked and, like, everyone was pointing fingers. IT said the trustee, trustee said IT.",
    "conflict blame:emp blame:sec",
  ],
  [
    "I feel a bit like a naughty schoolkid when they do the spot checks on our desks. Clear desk policy, is it.",
    "power feel",
  ],
  [
    "Not their fault. The laptops we buy are the cheapest ones going. We're a charity. You get what you pay for.",
    "",
  ],
  [
    "It's a small team so, um, if you fall out with the security guy, you've fallen out with the entire security department.",
    "power",
  ],
  [
    "Honestly I'm a bit scared to tell them about the spreadsheet. The one with all the bank details. On my desktop.",
    "feel",
  ],
  [
    "I mean, they gave a talk at the away day and it was just, like, bullet points of doom. Everyone came out more confused.",
    "comm",
  ],
  [
    "We've got a rule that nobody can install anything. Except the engineers. Who install everything. Bit of a double standard.",
    "conflict power",
  ],
  [
    "um im probably the worst offender honestly, i forward stuff to my personal email all the time so i can work on the train",
    "blame:self conflict",
  ],
  [
    "The security side here don't really understand what we sell. They block the very demo sites we need to show customers.",
    "conflict blame:sec",
  ],
  [
    "I'd say we're quite close, actually. Small office. We have lunch together. He's just Matt.",
    "",
  ],
  [
    "You only hear from them when there's a problem. Never 'well done' or 'thanks for reporting that'. Just problems.",
    "comm distance",
  ],
  [
    "Um, she made me feel really stupid, if I'm honest. Not in what she said, in how she said it. Very slow. Very loud.",
    "feel comm",
  ],
  [
    "I think IT sort of decide what's 'important' and it's never the same as what we think is important.",
    "power conflict",
  ],
  [
    "We've got, like, a volunteer IT guy, retired engineer, absolutely brilliant, does it for the love of it.",
    "",
  ],
  [
    "I did ask them once why we couldn't use our own phones for the two-factor thing and got an answer I honestly did not understand.",
    "comm",
  ],
  ["It's 'computer says no' basically. And the computer is a bloke called Steve.", "power"],
  ["I used to avoid him, yeah. Not now. Now we're on the five-a-side team together.", ""],
  [
    "Um, the worry for me is I'm the only one who knows the admin password and if I get hit by a bus, that's it, charity's locked out.",
    "",
  ],
  [
    "They treat a typo in a ticket like a crime. You spell the asset tag wrong and it's bounced back.",
    "conflict power",
  ],
  [
    "Honestly the new starter training's great. They even do a bit on 'it's OK to ask', which, you know, matters.",
    "",
  ],
  [
    "I'm not sure they like us much, to be honest. The sales floor's loud and they're, like, quiet types. Different worlds.",
    "distance feel",
  ],
  [
    "He'll fix it, sure, but you'll get a little lecture with it. Like a side of guilt.",
    "comm feel",
  ],
  [
    "Um, if I'm really honest I think the shop managers are the problem, not IT. They just don't make it a priority.",
    "blame:emp",
  ],
  [
    "There's no, like, face to it. Security's just a mailbox. security@. That's who they are.",
    "distance comm",
  ],
  [
    "Honestly, he was great when I got scammed. Didn't make me feel bad at all. Just fixed it and showed me what to look for.",
    "",
  ],
  [
    "So we asked, as a team, to have a proper meeting about the new rules, and they said they'd 'circulate a document'. That was in June.",
    "comm conflict",
  ],
  [
    "I'm a bit in awe of them, if I'm honest. They know so much. It's a bit intimidating.",
    "feel power",
  ],
  ["Um, funnily enough, no, I don't think we blame each other. We all know it's the budget.", ""],
  [
    "I don't think IT get enough credit, actually. People only notice them when things go wrong.",
    "distance",
  ],
  ["It's like they're protecting the systems from us. Not for us. From us.", "power blame:emp"],
  ["Look, I know I'm rubbish with passwords. Everybody knows. It's a running joke.", "blame:self"],
  [
    "the engineers do their own thing and then act surprised when security get cross. its like watching two cats",
    "conflict",
  ],
  [
    "She takes the time, you know? Like, she'll sit with you. That's rare in IT, in my experience.",
    "",
  ],
  [
    "Our helpdesk is outsourced to somewhere I couldn't point to on a map. You get a different person every time.",
    "distance comm",
  ],
  [
    "Um, I feel like if I raised a concern it'd just get, like, filed. Noted. Never actioned.",
    "comm power",
  ],
  [
    "We've started doing a 'blame-free' thing when someone clicks a bad link. Honestly, it's made a huge difference, people actually report now.",
    "",
  ],
  [
    "I'd rather do it wrong on my own than do it right with them breathing down my neck.",
    "distance conflict",
  ],
  ["It's not a them-and-us thing here. It's more a 'who's got time' thing. Nobody's got time.", ""],
  [
    "They moved the whole office to a new email system over a weekend and nobody told the volunteers. Monday was chaos.",
    "comm conflict",
  ],
  [
    "I mean he's clever, really clever, but he can't explain anything to save his life. It's all in his head.",
    "comm",
  ],
  [
    "I'll be honest, it's a bit humiliating having to ask for a password reset from a twenty-year-old who clearly thinks you're a dinosaur.",
    "feel power",
  ],
  ["Our security guy's very chill, which is good, because I'm very not chill.", ""],
];
