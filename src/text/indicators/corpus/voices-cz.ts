import type { RawExample } from "./types.js";
import { VOICES_CZ_2 } from "./voices-cz-2.js";
import { VOICES_CZ_3 } from "./voices-cz-3.js";
import { VOICES_CZ_4 } from "./voices-cz-4.js";
import { VOICES_CZ_5 } from "./voices-cz-5.js";
import { VOICES_CZ_6 } from "./voices-cz-6.js";

/** Transcribed interview snippets, retail and care-home staff and their IT/security people, spoken and hesitant. Written fresh for Rapport (brief CZ). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Um, so when I started on the tills I was honestly scared of the IT bloke, like properly scared, but now, I mean, he's just Gary, you know? He comes in, has a cuppa, sorts the card machine.",
    "",
  ],
  [
    "They're a bit short with you, well, not short, just rushed I suppose. You ring and you feel like you're interrupting something more important.",
    "feel",
  ],
  [
    "I mean, the only time we hear from head office IT is when something's gone wrong. Like, an email in capitals. That's it.",
    "comm distance",
  ],
  [
    "No, no, I don't avoid them. Why would I? If the scanner's playing up I just message Priya and she's on it.",
    "",
  ],
  [
    "So the story is, um, I clicked this link about a parcel, right, and the whole back office went down for a day. That was me. I still feel sick thinking about it.",
    "blame:self feel",
  ],
  [
    "You know, they sort of talk to you like you're five. 'Now, what did we say about passwords?' I'm fifty-three.",
    "comm power",
  ],
  [
    "honestly the care staff will click anything. anything. had one open a zip called invoice dot exe on the nurses station pc",
    "blame:emp",
  ],
  [
    "I wouldn't say they're being difficult, it's more, um, the rules don't fit a care home. You can't lock a screen every two minutes when you're mid medication round.",
    "conflict",
  ],
  [
    "We used to have proper rows about the shared login on the tills. Now everyone's got their own card and, yeah, it's fine, no drama.",
    "",
  ],
  [
    "Who's our IT person? Um. I genuinely don't know. Somebody in Leeds? There's a number on the fridge.",
    "distance",
  ],
  [
    "They've never once made me feel stupid, which, I mean, with me and computers, that's saying something.",
    "",
  ],
  ["I just, I don't ring them anymore. I google it, I fix it, or I leave it. Easier.", "distance"],
  [
    "It's like, you put a ticket in and then nothing. Nothing. Three weeks later it's closed, 'resolved'. Resolved how?",
    "comm conflict",
  ],
  [
    "Maybe it's just me, but the security lady seems sort of, um, above it all? Like she decides things and we find out after.",
    "power",
  ],
  [
    "I mean they're brilliant, they really are, but you have to catch them, you know, they're only in on Tuesdays and if it's a Wednesday you're stuck.",
    "conflict",
  ],
  [
    "Families ask for the wifi password, carers give it out, and then I'm the bad guy for changing it. Every month, same argument.",
    "conflict",
  ],
  [
    "The email just said 'please ensure MFA compliance by Friday' and that was it. Nobody on the floor knew what MFA even was.",
    "comm",
  ],
  [
    "To be fair to them, it wasn't IT's fault, it was the supplier's. They were on the phone to them all afternoon for us.",
    "",
  ],
  [
    "I was a bit embarrassed, to be honest, asking how to unlock my account for the third time, but he just laughed and said it happens to everyone.",
    "feel",
  ],
  ["It's their system, their rules. We just sort of... live in it. Nobody asks us.", "power"],
  [
    "I don't think staff are the weakest link, no. I think the weakest link is a twelve-year-old PC running the rota. Sorry, but it is.",
    "",
  ],
  [
    "We had a session about jargon, actually, the IT lads sat down with us, and they've stopped saying 'endpoint' every five seconds. Which is nice.",
    "",
  ],
  [
    "Look, I've said it before, they're useless. Two days to reset a password. Two days, in a shop, with no till login.",
    "blame:sec conflict",
  ],
  [
    "Um, I get anxious every time there's one of those test phishing emails, cos what if I fail it and they tell my manager?",
    "feel power",
  ],
  [
    "They do check, like, what websites we go on. Which, fine, I suppose, but it does feel a bit like being watched, you know?",
    "power feel",
  ],
  [
    "I couldn't tell you the last time anyone from IT actually came to the home. It's all the portal now.",
    "distance comm",
  ],
  [
    "First few months I thought they were a bit snooty, honestly, but no, that was me being defensive. They're lovely.",
    "blame:self",
  ],
  [
    "like i said to the manager, im not being funny but if they want us on the new system they could actually show us it",
    "comm conflict",
  ],
  [
    "So the guy from the IT company comes in, doesn't say hello, goes straight to the server cupboard, leaves. That's the relationship, really.",
    "distance",
  ],
  [
    "It's not that I'm scared of them. I'm scared of breaking something and then having to tell them.",
    "feel",
  ],
  ["Nah, they're fine. Bit quiet. They do their thing, we do ours.", "distance"],
  [
    "Honestly the card reader being slow isn't their fault, it's the broadband round here. Cornwall, you know.",
    "",
  ],
  [
    "I had to ask permission to install the label printer driver. A label printer. Waited four days for someone to remote in.",
    "power conflict",
  ],
  [
    "You know what, I've stopped blaming the girls on the floor. If they're writing passwords on post-its it's because we gave them nine passwords.",
    "conflict blame:sec",
  ],
  [
    "He's, um, he's really patient. Like, he'll explain the same thing twice without that sigh, you know the sigh.",
    "",
  ],
  [
    "I think, I mean, the problem is half the carers are agency and they don't care, they'll share logins, they'll leave the tablet in the lounge, whatever.",
    "blame:emp conflict",
  ],
  [
    "Sorry, I'm rambling. Basically: I feel thick around them. Always have. Even when they're being nice.",
    "feel",
  ],
  [
    "At the start it was all, you know, 'don't do this, don't do that', but now Sam actually explains why and it makes sense.",
    "",
  ],
  [
    "If I'm honest I just wait till my daughter visits and she sorts my work phone. I wouldn't bother them with it.",
    "distance",
  ],
  [
    "They locked the stockroom laptop and didn't tell anyone. We found out on a Saturday with a delivery waiting.",
    "comm conflict power",
  ],
  ["Security? We're twelve people and a dog. Security is whoever's nearest the router.", ""],
  [
    "I wouldn't call it a bad relationship. It's not really a relationship at all. We don't, like, interact.",
    "distance",
  ],
  [
    "He said, and I quote, 'the user is always the problem'. In front of the whole team. Lovely.",
    "blame:emp feel",
  ],
  [
    "Um, so I used to think the new password rules were just them being awkward, but then we got that ransomware scare at the other branch and, yeah, I get it now.",
    "",
  ],
  [
    "What annoys me is being told off by email. Copy in the area manager and everything. Just come and talk to me.",
    "feel comm",
  ],
  [
    "I'm not sure whose job it even is. I think the owner's nephew does it? Sort of on the side?",
    "distance",
  ],
  [
    "No, he's never talked down to me, not once. If anything I talk down to myself, ha.",
    "blame:self",
  ],
  [
    "They're not bad people. They're just, like, not in the same world as us. We're wiping bums and they're talking about firewalls.",
    "distance",
  ],
  [
    "It felt a bit like being called to the headteacher's office, honestly, when they pulled me in about the USB stick.",
    "power feel",
  ],
  [
    "I'll be honest, I broke the rule. I used my own phone for the rota app because the work one was dead. I know, I know.",
    "conflict blame:self",
  ],
  [
    "Our IT guy is brilliant. Calls me 'boss', remembers my kids' names. I'd trust him with anything.",
    "",
  ],
  [
    "You send them a question and you get back a link to a forty-page policy. Like, thanks?",
    "comm",
  ],
  [
    "i dont really know why we need two logins for the same till but nobody ever said so i just do it",
    "comm",
  ],
  [
    "It's better than it was. Used to be you couldn't get hold of anyone. Now there's a WhatsApp group and they answer in, like, ten minutes.",
    "",
  ],
  [
    "Honestly? I think they see us as idiots. Not in so many words. But you can tell.",
    "power feel",
  ],
  [
    "The nurses moan about the password changes but, I mean, they'd moan about anything. I've stopped listening.",
    "blame:emp distance",
  ],
  [
    "I didn't want to look stupid, so I didn't ask, and then I set the whole thing up wrong. Classic me.",
    "blame:self feel",
  ],
  [
    "So the audit lady comes, right, clipboard, doesn't say a word to the carers, just ticks stuff, and we all felt like we'd done something wrong.",
    "power feel comm",
  ],
  ["He's not arrogant. People think he is because he's quiet. He's just shy.", ""],
  [
    "Um, it's frustrating, because the door codes change and nobody tells night staff. So you're stood outside at ten pm in the rain.",
    "feel comm conflict",
  ],
  ["We don't have IT as such. The manager does the passwords and I do the printer.", ""],
  [
    "Like, they made it so you can't plug anything into the computers. Fine. But the hearing loop for Mrs B needs USB. So now what?",
    "conflict",
  ],
  ["I'll be fair, the training was good. Short, no waffle, actual examples from shops.", ""],
  [
    "I think they think we're stealing. That's why all the tracking on the tills. It's horrible, to be honest.",
    "power feel",
  ],
  [
    "Sorry, what was the question? Oh, IT. Um, I mean, we never see them, so I don't really have an opinion.",
    "distance",
  ],
  [
    "The thing is, it's always 'the staff did this, the staff did that'. Never 'our system was confusing'.",
    "blame:emp",
  ],
  [
    "I used to dread Monday mornings because of the IT meeting. Now it's fortnightly and, honestly, it's quite chill.",
    "",
  ],
  [
    "We sort of work round him, if that makes sense. Like, if we need a new starter set up we do it ourselves and tell him later.",
    "conflict distance",
  ],
  ["Oh, she's lovely. Terrifying, but lovely. [laughs] No, she's fine.", ""],
  [
    "He fixed it in two minutes and I felt like such a muppet for sitting on it for a week.",
    "feel blame:self",
  ],
  [
    "Um, the jargon, yeah. Like 'have you cleared your cache'. Cleared my what? I run a charity shop.",
    "comm feel",
  ],
  [
    "Nobody ever explained the new rule about personal phones on the floor. It just appeared on a laminated sign.",
    "comm",
  ],
  ["Nah, I'm not intimidated. Should I be? He's about twenty-two.", ""],
  [
    "They did a proper walk-round, asked each of us what got in the way. First time anyone's asked, to be fair.",
    "",
  ],
  [
    "It's us against them, a bit, I'll be honest. They say no, we find a way round, they find out, they say no louder.",
    "conflict",
  ],
  [
    "So, um, story: I got an email from 'the CEO' asking for gift cards. I nearly did it. I'd actually gone to the shop. Mortifying.",
    "feel blame:self",
  ],
  ["I don't mind the rules. I mind not being told the reason. There's a difference.", "comm"],
  [
    "Security here's a bit of a black box, you know. Things just change overnight and you don't know who did it or why.",
    "power comm",
  ],
  [
    "Like, genuinely, I think the tech side do a great job. It's the budget that's the problem, not them.",
    "",
  ],
  [
    "my manager gets told off by them and then she takes it out on us, so, yeah, it all rolls downhill",
    "power conflict feel",
  ],
  [
    "I mean, you can't blame the carers for using the easy way, can you? They've got fifteen residents and one tablet.",
    "conflict",
  ],
  ["He's never rude. He's just never there. Which I suppose is a different problem.", "distance"],
  [
    "I'm the one who keeps getting locked out, so I suppose I'm the problem, really. They must be sick of me.",
    "blame:self feel",
  ],
  [
    "They speak a different language, honestly. I nod along and then ask Kelly afterwards what he meant.",
    "comm distance",
  ],
];

export const VOICES_CZ: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CZ_2,
  ...VOICES_CZ_3,
  ...VOICES_CZ_4,
  ...VOICES_CZ_5,
  ...VOICES_CZ_6,
];
