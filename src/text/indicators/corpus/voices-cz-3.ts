import type { RawExample } from "./types.js";

/** Transcribed interview snippets, retail and care-home staff and their IT/security people, spoken and hesitant. Written fresh for Rapport (brief CZ). */
export const VOICES_CZ_3: readonly RawExample[] = [
  [
    "they blocked youtube. which, fine, but we use youtube for the client videos about dental hygiene. nobody asked.",
    "conflict power",
  ],
  [
    "Honestly, I'm scared of them. Not of them as people, of what they can see. They can see everything, can't they?",
    "feel power",
  ],
  [
    "It used to be awful, I'll be honest. Like, proper shouting matches with the old provider. New lot are great.",
    "",
  ],
  [
    "There's this sort of 'us and them' thing. They're the clever ones and we're the ones who break stuff.",
    "power blame:emp",
  ],
  [
    "Um, he does explain things, but, like, too much? I asked if I could print and got a ten-minute thing about drivers.",
    "comm",
  ],
  [
    "I don't think the staff are careless, I think they're tired. You can't do a twelve-hour surgery day and spot every scam.",
    "",
  ],
  [
    "They came in, they changed the Wi-Fi, they left. Nobody could get online. Nobody told us the new password. Brilliant.",
    "comm conflict blame:sec",
  ],
  ["My manager says I overthink it and she's probably right. They're not out to get me.", ""],
  [
    "If I'm stuck I ring my brother-in-law. He's not IT, exactly, but he's better than waiting for a ticket.",
    "distance conflict",
  ],
  [
    "It's a bit like asking permission from a parent, honestly. 'Can I have admin rights?' 'No.' 'Why?' 'Because.'",
    "power comm",
  ],
  ["She's quite formal, like, very by-the-book, but she's fair. You know where you stand.", ""],
  [
    "I feel stupid every time, I'll be honest. Even when it's a genuine problem. It's the tone.",
    "feel comm",
  ],
  [
    "So we had the pen test — is that what it's called? — and they told the whole practice who'd clicked the link. By name.",
    "power feel blame:emp",
  ],
  [
    "We don't have 'security staff'. We have Barry. Barry comes on the first Monday of the month.",
    "",
  ],
  [
    "Um, I know it's important. I do. I just wish they'd stop treating it like it's the only important thing. We've got animals bleeding out.",
    "conflict",
  ],
  [
    "The problem, honestly, is the software company, not our IT. Our IT are stuck in the middle like us.",
    "",
  ],
  [
    "They just don't get what it's like on the floor. They've never seen a Saturday morning here. Never.",
    "distance conflict",
  ],
  [
    "I'll admit I used to just ignore their emails. Sort of blanked them. Now I read them, they're shorter.",
    "",
  ],
  [
    "I get so wound up when they say 'have you tried turning it off and on'. Yes. Obviously. I'm not an idiot.",
    "feel comm",
  ],
  [
    "I mean they did fix it. Eventually. After I'd chased four times. So, yeah, they fixed it.",
    "conflict",
  ],
  [
    "He kind of talks at you, not to you. And then he's gone before you can ask anything.",
    "comm distance",
  ],
  [
    "I mean, I'm not gonna pretend I'm good at this. I've had my email hacked twice. Both times my fault.",
    "blame:self",
  ],
  [
    "Practice meetings are actually good now, IT come on the call for ten minutes and we can just ask stuff.",
    "",
  ],
  [
    "They put cameras in the dispensary. For drug security, they said. But it's, like, pointed at our desks.",
    "power feel",
  ],
  [
    "No one ever says thank you to them, to be fair. We only ring when it's broken. I feel a bit bad about that.",
    "distance comm",
  ],
  [
    "We had a vet who wouldn't use MFA. Just refused. Said it was beneath him. IT had to go to the owner.",
    "conflict blame:emp power",
  ],
  [
    "It's not that they're rude, it's, um... it's that you're just a ticket number. You're not a person to them.",
    "comm distance",
  ],
  [
    "Honestly I was expecting to hate the new system but they did a drop-in, bacon rolls and all, and it was fine.",
    "",
  ],
  [
    "They changed the backup and didn't tell us, and then when the server died we found out there wasn't one. That's on them.",
    "blame:sec comm",
  ],
  ["Um, I don't really think about IT. It just works. Which I suppose means they're good?", ""],
  [
    "There's a bit of a culture of, like, hiding it if you've clicked something. Cos people got shouted at before.",
    "feel distance",
  ],
  [
    "I asked for a second screen and had to fill in a form justifying it. A form. For a screen.",
    "power conflict",
  ],
  [
    "I suppose I was a bit rude to him when the system went down. I was stressed. I did apologise after.",
    "blame:self",
  ],
  [
    "I mean he's nice enough but I just don't understand a word he says. It's all bits and bytes.",
    "comm",
  ],
  [
    "Um, worry, yeah. Mainly about the client records. If something leaked it'd be my head, not theirs.",
    "feel power",
  ],
  ["They're quite open, actually. If they make a mistake they say so. That's rare.", ""],
  [
    "They set the rules and then break them themselves. The IT guy's got his password on a sticky note, I've seen it.",
    "conflict blame:sec",
  ],
  [
    "Honestly, the receptionists are the sharpest people in the building. IT should listen to them more.",
    "power",
  ],
  [
    "Um, what can I say. We don't talk. They don't talk to us. It's fine. It's just how it is.",
    "distance",
  ],
  [
    "The thing that really got me was being told off for something the system did automatically. I didn't even touch it.",
    "feel conflict",
  ],
  [
    "I quite like the monthly email actually. Short, one tip, sometimes a cartoon. Proper human.",
    "",
  ],
  [
    "They sort of, um, assume we're going to mess up. You can feel it. Every instruction's got, like, three warnings.",
    "power comm",
  ],
  [
    "Dentists don't read emails. That's just a fact. IT need to learn that and stop sending them.",
    "comm",
  ],
  [
    "I think we're a bit of an afterthought for them. Small practice, small bill. The big clients get the attention.",
    "power distance",
  ],
  [
    "honestly the new lad is so much better than the old one. the old one used to make me feel about two inches tall",
    "",
  ],
  [
    "They won't let us use the cloud thing for the anaesthetic charts but they won't give us anything else either. So, paper. In 2024.",
    "conflict blame:sec",
  ],
  [
    "We had a good chat, me and the security woman, about why the old way was risky. Changed my mind, actually.",
    "",
  ],
  [
    "I mean, is it annoying? Yeah. Is it their fault? No. It's the insurers making them do it.",
    "feel",
  ],
  [
    "Um, there was a bit where I thought I'd lost the laptop with all the records on it and I just... I couldn't breathe. Turned out it was in the boot.",
    "feel",
  ],
  ["They don't trust us. Simple as. Every little thing has to go through them.", "power"],
  [
    "I've given up trying to explain what we need. They just hear 'vet' and think we want a pet shop website.",
    "conflict comm",
  ],
  [
    "So I said, 'can you just tell me yes or no', and he went off on this whole thing about risk appetite. Risk appetite!",
    "comm feel",
  ],
  [
    "Um, we're very lucky, I think. Our IT person is the owner's wife and she's brilliant. Very patient.",
    "",
  ],
  ["I don't know anyone in IT by name. I know the email address. That's about it.", "distance"],
  [
    "It's always our fault, never the system's. Always 'user error'. I'm sick of hearing 'user error'.",
    "feel blame:emp",
  ],
  [
    "To be honest I quite like that they're strict. Makes me feel like the patient data's safe.",
    "",
  ],
  [
    "We were told to do the cyber course by Friday or our logins would be suspended. That's not a request, is it.",
    "power comm",
  ],
  [
    "Um, nobody talks about it, but half the nurses have the booking system on their personal phones. Because the work tablets don't work.",
    "conflict",
  ],
  [
    "He's a lovely man, just hopeless. Bless him. Took three visits to fix the printer.",
    "blame:sec",
  ],
  [
    "I used to be petrified of getting something wrong on the system. Now I know Sophie'll just help me, no judgement.",
    "",
  ],
  [
    "They never explain why. It's 'for security reasons'. That's the whole explanation. Every time.",
    "comm",
  ],
  [
    "We found out about the new rule from a patient. A patient! She'd read about it in the newsletter before we had.",
    "comm distance feel",
  ],
  [
    "I'm not going to lie, I'm a bit of a liability with tech. I'd rather they just did it for me.",
    "blame:self",
  ],
  [
    "Honestly? It's a good relationship. We argue sometimes but that's normal, right? They listen.",
    "",
  ],
  [
    "The practice owner treats the IT lad like a servant, if I'm honest. 'Fix this, fix that, why isn't it done.' Poor kid.",
    "power",
  ],
  [
    "So I reported the phishing email, like they said, and then nobody ever got back to me. Was it real? Did I do right? No idea.",
    "comm",
  ],
  [
    "Um, I would say they're approachable. It's more that I'm not very approachable about computers, if that makes sense.",
    "",
  ],
  [
    "Security kept blocking the lab results portal and nobody could say why. We had to phone results through. For weeks.",
    "conflict comm blame:sec",
  ],
  [
    "I think of them as, like, the people in the basement. You know they exist. You never see them.",
    "distance",
  ],
  ["My worry is that one day I'll make a mistake and they'll make an example of me.", "feel power"],
  [
    "The induction was really good. They showed us what a scam text looks like with real ones from clients. Really useful.",
    "",
  ],
  [
    "We fight about it, yeah. Well, not fight. Disagree. A lot. Mostly about passwords.",
    "conflict",
  ],
  [
    "I wouldn't say we're close but I wouldn't say we're distant either. They're just there when we need them.",
    "",
  ],
  [
    "um i guess my honest answer is i dont really think theyre on our side. theyre on the insurers side",
    "power distance",
  ],
  [
    "We've got a great system now: I keep a notebook of little IT things and when she comes in we go through it together.",
    "",
  ],
  [
    "He told me the breach was because of 'a weak password'. My password. He didn't say it nastily but I felt awful.",
    "feel blame:self",
  ],
  [
    "So, um, funny thing is, we sell security products, right, and our own security guy is the one person nobody here talks to.",
    "distance",
  ],
  [
    "I'm the security person, for my sins. And, honestly, the sales team treat me like I'm the fun police. Which, fair, sometimes I am.",
    "conflict",
  ],
  [
    "Our volunteers are mostly retired and, I mean, they're wonderful, but they'll tell anyone their password if they sound polite.",
    "blame:emp",
  ],
  [
    "No, I wouldn't say they're unhelpful. Slow, yeah. But not unhelpful. There's a difference.",
    "conflict",
  ],
  [
    "The warehouse lads don't really, like, see IT as part of the company. IT's upstairs. We're downstairs.",
    "distance",
  ],
  [
    "I mean, at first the MFA thing drove me mad, I was on the phone to them every day, but now it's just, you know, muscle memory.",
    "",
  ],
  [
    "He won't just tell you. He'll ask you questions until you work it out yourself. Which is great when you've got time. I never have time.",
    "conflict comm",
  ],
  [
    "Um, I used to sort of resent the security checks on donor data, like, we're a charity, who'd hack us? Then we got hit. So.",
    "",
  ],
];
