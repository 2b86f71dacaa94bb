import type { RawExample } from "./types.js";

/** Transcribed interview snippets, retail and care-home staff and their IT/security people, spoken and hesitant. Written fresh for Rapport (brief CZ). */
export const VOICES_CZ_2: readonly RawExample[] = [
  ["Um, no, we've not had any bother with them. Touch wood.", ""],
  [
    "The new till system was forced on us in the busiest week of the year. Nobody asked the shop floor. Typical.",
    "power conflict",
  ],
  [
    "You know when someone explains something really slowly and loudly like you're foreign? That.",
    "comm feel",
  ],
  [
    "I used to hide my mistakes from them. Now I just tell them straight away because they don't make a fuss. Big change.",
    "",
  ],
  [
    "If something breaks I'd rather ask the lad on Saturday shifts, he's into computers. The real IT, I don't know, they feel far away.",
    "distance",
  ],
  ["Honestly I don't think IT are the enemy. It's head office using IT as the stick.", "power"],
  [
    "well they were meant to come tuesday and didnt so we had no rota system for four days and everyone blamed me",
    "conflict blame:sec feel",
  ],
  [
    "The security review found, quote, 'poor user hygiene'. Which is a lovely way of saying we're dirty idiots.",
    "blame:emp feel",
  ],
  [
    "We got new laptops, they're heavy and the battery's rubbish. Nothing to do with the IT guys, they didn't pick them.",
    "",
  ],
  [
    "Um, so I was dead nervous about the face-to-face because I thought it'd be a telling-off, and it really wasn't, she just wanted to know what we needed.",
    "",
  ],
  [
    "I don't know. I feel like we're always on the back foot with them, like we owe them an apology for existing.",
    "power feel",
  ],
  [
    "The thing about Lee is he'll come down to the floor, you know, actually see what we do. Makes a massive difference.",
    "",
  ],
  [
    "They told us we 'failed' the phishing test as a store. As a store. Like we're a naughty class.",
    "power feel blame:emp",
  ],
  [
    "It's weird, cos I've worked here six years and I've never met anyone from security. I think there's a security person? Is there?",
    "distance",
  ],
  ["Honestly, I'm not great with this stuff and I know it. That's on me, not them.", "blame:self"],
  ["They're quick to say no but slow to say anything else, if you get me.", "conflict comm"],
  [
    "So we had a bit of a clash over the CCTV access, um, but we talked it through over lunch and sorted it. It's fine now.",
    "",
  ],
  [
    "I asked why we can't use Dropbox and got a lecture about data sovereignty. I just wanted to share the photos of the fundraiser.",
    "comm conflict",
  ],
  ["Yeah he's good. Gets a bit techy sometimes but he'll stop and say 'sorry, in English'.", ""],
  [
    "It's, um, it's the way they just remote into your screen without asking. Mouse moves on its own. Gives me the creeps.",
    "power feel",
  ],
  ["No, I wouldn't say I'm scared of them at all. I'm scared of the CQC, that's different.", ""],
  [
    "Half our staff don't even read the emails from IT. Can't say I blame them, they're massive.",
    "comm distance",
  ],
  [
    "They're the ones who decide who gets access to what, and you can't argue with it. You just get 'denied'.",
    "power",
  ],
  [
    "I mean he lost the backup. Actually lost it. And then said it was our fault for not logging off.",
    "blame:sec blame:emp conflict",
  ],
  [
    "It was really stressful, the week the system went down. But, like, they were amazing, they came in on the Sunday.",
    "",
  ],
  [
    "Um, I wouldn't really know how to contact them if I'm honest. Is it the helpdesk? Is that them?",
    "distance",
  ],
  [
    "The carers are actually better than the office at spotting dodgy emails. I was surprised, to be fair.",
    "",
  ],
  [
    "They never explain anything, they just do it. Like elves. Really annoying elves.",
    "comm power feel",
  ],
  [
    "Sometimes I think I'm just too old for all this and I'm holding everyone back.",
    "blame:self feel",
  ],
  [
    "We asked for one thing, a shared calendar, and it became a whole 'project'. Six months. For a calendar.",
    "conflict blame:sec",
  ],
  [
    "I used to think security was just, like, paranoid people. Then my friend's shop got hit. So, no, I don't think that now.",
    "",
  ],
  ["It's always by ticket. Always. I've literally never heard his voice.", "comm distance"],
  [
    "He gets really defensive if you say something's not working. Like you're attacking him personally.",
    "conflict",
  ],
  [
    "The new girl cried after the IT call. He wasn't nasty exactly, just... cold. Made her feel like she'd broken the whole network.",
    "feel comm",
  ],
  [
    "Um, we've got a good setup, I think. She comes monthly, we have a list ready, it gets done.",
    "",
  ],
  [
    "I'm not blaming anyone. It's just, like, nobody owns it. So when it breaks it's nobody's job.",
    "distance",
  ],
  [
    "I get it, they're protecting the residents' data. I'd just like to be trusted a bit more, you know, I've been here nineteen years.",
    "power",
  ],
  ["The portal's fine. Not exciting. Does what it says.", ""],
  [
    "ok so honestly? the it guy is the best bit of my week. we do the crossword while the updates run",
    "",
  ],
  [
    "Um, so the X-ray PC, right, it's not allowed on the internet, which, fine, but then nobody told us how we're meant to get the images to the referral vet. So we, er, we email them from our phones.",
    "comm conflict",
  ],
  [
    "I was a bit wary of the IT company at first, I mean, they're a big firm and we're a two-chair practice, but honestly they treat us like we matter.",
    "",
  ],
  [
    "He sort of sighs down the phone. Every time. Before you've even said what's wrong.",
    "feel comm",
  ],
  [
    "It's, er, it's not their fault the imaging software is ancient. The vendor won't update it. They've been chasing it for a year.",
    "",
  ],
  [
    "I'm the practice manager so technically I'm 'the IT contact' and, honestly, I have no idea what I'm doing. They email me things and I just forward them.",
    "blame:self comm",
  ],
  [
    "The nurses share one login on the front desk. I know, I know. I've told them a hundred times. They don't listen.",
    "blame:emp conflict",
  ],
  [
    "So one Friday the booking system just, like, vanished. Phoned the support line, forty minutes on hold, then 'we'll raise a ticket'. We had a waiting room full of dogs.",
    "conflict blame:sec feel",
  ],
  [
    "No, I don't think they look down on us. They're just very... precise. Which is their job, I suppose.",
    "",
  ],
  [
    "I don't really know who does our security. Is it the same people as the phones? I think it might be the same people as the phones.",
    "distance",
  ],
  [
    "I mean, we used to get these scary emails from them, like 'URGENT: breach risk', and everyone panicked. Now they ring first and explain. Much better.",
    "",
  ],
  [
    "Um, you feel a bit like a suspect when they ask for your laptop back for 'inspection'. You know? What do they think I've been doing?",
    "power feel",
  ],
  [
    "honestly the locums are the worst for it, they come in, write the password on the monitor, and leave us to clean up",
    "blame:emp",
  ],
  [
    "I just stopped asking them stuff. It's quicker to ask Jade on reception, she's good with computers.",
    "distance",
  ],
  [
    "It wasn't the nurses' fault, the system told them to click 'allow'. What were they supposed to do?",
    "blame:sec",
  ],
  [
    "So I ended up, um, I ended up crying in the staff room after the data protection training, because they made it sound like one mistake and we'd all be in court.",
    "feel",
  ],
  [
    "She's really good actually. Comes in for the quarterly check, has a chat with everyone, not just the boss.",
    "",
  ],
  [
    "They use all these acronyms. DLP, EDR, whatever. I just nod. I've got a tooth to fill.",
    "comm",
  ],
  [
    "Um, we had a bit of a falling out about the encrypted USBs, I'll be honest, but it got sorted and now I think they're actually quite handy.",
    "",
  ],
  [
    "You can't, like, talk to anyone. It's a form. You fill in the form and the form goes somewhere.",
    "comm distance",
  ],
  [
    "It was my fault, the client data thing. I sent the vaccination reminders to the wrong list. I still think about it.",
    "blame:self feel",
  ],
  [
    "I think the vets think they're above the rules, if I'm being honest. They're the ones with their own laptops and no passcode.",
    "blame:emp conflict",
  ],
  [
    "Ugh, the pop-ups. 'Your administrator has blocked this.' Who's my administrator? I've never met them.",
    "distance power feel",
  ],
  [
    "They're actually, um, very down to earth. I thought they'd be all jargon but no, he explained it with, like, a house and a front door.",
    "",
  ],
  [
    "We're kind of at the mercy of them, really. If they say the software can't be installed, it can't be installed. End of.",
    "power",
  ],
  [
    "I got a bit of a telling-off for using the wrong shared drive. In an email. Copied to the principal. I was mortified.",
    "feel comm power",
  ],
  ["No, I don't avoid IT, I avoid the principal. IT are fine. [laughs]", ""],
  [
    "It's like, they put a rule in and then you find out it breaks the card machine, and they're like, 'oh'. Oh? We've got clients queuing.",
    "conflict blame:sec",
  ],
  [
    "i wouldnt say theyre bad, theyre just not here, you know, theyre in an office two hours away and we're a vet practice in the middle of nowhere",
    "distance",
  ],
  [
    "Honestly I think half of it is I don't want to look thick in front of the young lad. So I don't ask. Which is silly.",
    "feel blame:self distance",
  ],
  [
    "They explained the new password thing in the team meeting and, like, answered every stupid question we had. No eye-rolling.",
    "",
  ],
  [
    "The security bloke talks to the dentists, not to us. We're, like, invisible. Even though we're the ones on the computers all day.",
    "power distance",
  ],
  [
    "Um, I know it sounds daft, but I get a bit of a knot in my stomach when I see their name in my inbox.",
    "feel",
  ],
  [
    "You ask a simple question — can I open this attachment? — and you get 'it depends'. Depends on what?",
    "comm",
  ],
  [
    "Reception are the front line, yeah, and, like, they're good, honestly, they caught a fake invoice last month before I did.",
    "",
  ],
  [
    "We do work around some of it. Like, the session times out every five minutes, so we've got a little trick to keep it awake. Don't tell them.",
    "conflict",
  ],
  [
    "Um, I did feel a bit patronised at the start, like 'now, a password is like a toothbrush', but they've toned it down. It was the first week.",
    "",
  ],
  [
    "They're the experts, I get that, but it'd be nice to be consulted. We're the ones who have to live with the changes.",
    "power",
  ],
  [
    "I mean the nurses are lovely but, honestly, security-wise, they're a nightmare. They'd hand the keys over to anyone with a clipboard.",
    "blame:emp",
  ],
  [
    "So I phoned and said the email looked dodgy and he said 'well done for checking'. Felt like a gold star. Genuinely.",
    "",
  ],
  [
    "You never know if they've actually done anything. Ticket just says 'closed'. No note. Nothing.",
    "comm",
  ],
  [
    "Um, look, I don't blame them, they're stretched, there's two of them for about forty practices.",
    "",
  ],
  [
    "He's never once come into the practice. Not once in three years. I wouldn't know him if he walked in.",
    "distance",
  ],
  ["It was the way he said it. 'Users always do this.' Like we're a species.", "blame:emp feel"],
  [
    "The new rules are actually fine. It's the timing, they brought them in during flu season. Nothing to do with them personally.",
    "",
  ],
  [
    "I think I'm the weak spot, to be honest. I'm the one who always forgets my badge.",
    "blame:self",
  ],
];
