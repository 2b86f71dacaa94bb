import type { RawExample } from "./types.js";

/** Transcribed interview snippets, retail and care-home staff and their IT/security people, spoken and hesitant. Written fresh for Rapport (brief CZ). */
export const VOICES_CZ_5: readonly RawExample[] = [
  [
    "Trustees don't listen to IT. IT don't listen to staff. Staff don't listen to anyone. It's a lovely circle.",
    "conflict",
  ],
  [
    "Um, no, I'm not annoyed with them. I was, back when the email kept crashing. But they fixed it and they kept us updated the whole time.",
    "",
  ],
  ["It's like, they hold all the keys and we just knock on the door and hope.", "power"],
  ["He's blunt, yeah, but at least you know where you are. I prefer that to waffle.", ""],
  [
    "Um, I'll admit I've been a bit sniffy about security in the past. Thought it was box-ticking. I was wrong.",
    "blame:self",
  ],
  [
    "They're very quick to point the finger at the shops. 'The shops didn't follow procedure.' Nobody gave the shops the procedure!",
    "blame:emp comm",
  ],
  ["honestly i couldnt pick them out of a lineup", "distance"],
  [
    "Our IT is one guy and he's overworked and, um, it shows. He's a bit snappy. Not his fault.",
    "conflict",
  ],
  ["We get told to 'be vigilant'. Vigilant about what? Give me an example.", "comm"],
  [
    "I think there's some fear, yeah. People don't want to be the one who let the hackers in. So they just don't touch anything.",
    "feel",
  ],
  [
    "He's our 'compliance' person and he walks round with a clipboard like a traffic warden. People scatter.",
    "power distance",
  ],
  [
    "The monthly catch-up with IT is honestly one of the better meetings we have. Short, useful, biscuits.",
    "",
  ],
  [
    "I had to chase them about the donor database for a month, which, um, as you can imagine, I wasn't thrilled about.",
    "conflict feel",
  ],
  ["They're good people, but they're not people people, if you know what I mean.", "comm"],
  [
    "It's a bit of a cliché but I really think, like, the users are the last line of defence, not the weakest link. We just need backing.",
    "",
  ],
  [
    "I mean, they spent ages on the new firewall and then the sales director just turned it off because it slowed his VPN.",
    "conflict blame:emp",
  ],
  [
    "I don't know what they do all day, honestly. I'm sure it's important. I just never see any of it.",
    "distance",
  ],
  [
    "um yeah there was a bit of a stand-off about the remote access thing. we won in the end. they weren't happy.",
    "conflict",
  ],
  ["No, I'd never hide anything from IT. Why would I? They're on my side.", ""],
  [
    "Honestly the scariest bit was the email from the security team with 'investigation' in the subject line. Turned out it was a routine check. Still.",
    "feel comm",
  ],
  [
    "They explain things in a way that makes sense to us, like comparing the backup to the petty cash tin. I liked that.",
    "",
  ],
  [
    "They sort of treat the charity side as amateurs. Like, 'oh, you're just volunteers'. We run a food bank with a thousand families.",
    "power feel",
  ],
  [
    "Um, I wouldn't say they're obstructive. More like, over-careful. Which I get. But it slows everything down.",
    "conflict",
  ],
  [
    "We never really had a problem with IT. The problem was always the old software, and that's gone now.",
    "",
  ],
  [
    "He's nice but he never follows up. You tell him something's broken, he says 'leave it with me', and that's the last you hear.",
    "comm blame:sec",
  ],
  [
    "I get really flustered when the remote support guy takes over my screen. I can feel him watching me type.",
    "feel power",
  ],
  ["It's my own fault I got locked out. Seven wrong passwords. I just kept trying.", "blame:self"],
  ["We've got a security person? Since when? Oh. Huh.", "distance"],
  [
    "Um, how do I put this. The IT company we pay, they're, er, they're not great. Everything takes a week and half of it comes back wrong.",
    "blame:sec conflict",
  ],
  [
    "From my side, yeah, it's hard. I'm the only IT person for three care homes and staff only ever ring me when they're already furious.",
    "conflict feel",
  ],
  [
    "At first I thought he was a bit cold, you know, but now I think he's just careful. He's actually got a really dry sense of humour.",
    "",
  ],
  ["They talk down to us. Not all of them. But enough.", "comm"],
  [
    "They don't talk down to us. I want to say that, because people assume IT are snobs and ours aren't.",
    "",
  ],
  [
    "I mean, I'm a dental nurse. Why am I being trusted with encryption keys? And why is it my fault when it goes wrong?",
    "power feel",
  ],
  [
    "honestly i think the problem is the IT firm doesnt actually know how a vet practice works. they set it up like an office",
    "blame:sec conflict",
  ],
  [
    "Um, I remember the day the ransomware note came up on the reception screen. I thought I'd done it. I hadn't, as it turned out, but I was shaking.",
    "feel",
  ],
  ["They're pretty approachable, I'd say. You can just wander over. Nobody minds.", ""],
  [
    "We only ever see the security people when they're, like, investigating something. So when they walk in, everyone goes quiet.",
    "distance feel power",
  ],
  [
    "I'm the one who set up the filters, so if the staff are annoyed about blocked sites, well, that's me, I'm the villain. I get it.",
    "conflict",
  ],
  [
    "So, um, I put a ticket in about the scanner, and the reply was 'please provide the asset ID'. I don't know what an asset ID is. I just closed the ticket.",
    "comm distance",
  ],
  [
    "Honestly our staff are pretty savvy. I've run three test phishes and barely anyone clicked. Makes my job easier.",
    "",
  ],
  [
    "It's not that the rules are bad. It's that they come from someone who's never done a night shift.",
    "conflict distance",
  ],
  [
    "I mean, I do feel sorry for them, they get shouted at all day. But they also don't help themselves, they're quite, um, curt.",
    "comm",
  ],
  [
    "They've had the same broken process for years. We keep telling them. Nothing changes. I've given up, basically.",
    "blame:sec feel distance",
  ],
  [
    "To be honest I kind of like the new rule about locking screens. Makes me feel professional.",
    "",
  ],
  [
    "Um, with security, I sort of feel like a child being told to wash my hands. Which, like, yes, I know.",
    "power feel",
  ],
  [
    "I said the wrong thing in the all-staff meeting, something like 'security's just there to say no', and the security lead was in the room. Awkward.",
    "conflict feel",
  ],
  [
    "Honestly, I think my staff are more careful than I am. I'm the one who clicks things at midnight.",
    "blame:self",
  ],
  [
    "No, there's no tension. I mean, we joke that she's the password police, but it's affectionate.",
    "",
  ],
  [
    "The IT contractor treats our charity like a side hustle. Turns up when he fancies. Doesn't answer Fridays.",
    "blame:sec conflict distance",
  ],
  [
    "Um, I used to get really cross about the VPN, every morning, like a ritual, but they fixed whatever it was and I've not thought about it since.",
    "",
  ],
  [
    "You know what it is? They make you feel like a nuisance for asking. So people stop asking.",
    "feel distance",
  ],
  [
    "From where I sit, the receptionists are the ones at risk and nobody's given them any training. That's a management failure, not theirs.",
    "",
  ],
  [
    "I was told 'don't worry about it, it's above your pay grade'. About my own login.",
    "power comm",
  ],
  [
    "The tech lad is honestly a lifesaver. I'd have quit without him, the first month on the new booking system.",
    "",
  ],
  [
    "I mean, our security is, like, one guy who does it on Fridays in between fixing the phones. So you can imagine.",
    "blame:sec",
  ],
  [
    "Um, the warehouse staff think I'm spying on them because I manage the cameras. I'm not. I've told them. They don't believe me.",
    "conflict power",
  ],
  [
    "I sort of keep my head down, you know. Don't rock the boat with IT. They can make your life hard if they want.",
    "power distance feel",
  ],
  ["Honestly, I think they're doing their best with what they've got, which isn't much.", ""],
  [
    "It's, um, every message is in capitals. URGENT. ACTION REQUIRED. After a while you just tune it out.",
    "comm distance",
  ],
  [
    "They used to come round every quarter. Then Covid. Now they never come. It's all screens.",
    "distance comm",
  ],
  [
    "I'm really bad at this. Really bad. I get that the rules are there for people like me.",
    "blame:self",
  ],
  [
    "I had a bit of an argument with the IT manager last week, if I'm honest. About the shared mailbox. We're fine now, we had a coffee.",
    "",
  ],
  [
    "So they wiped my phone. Remotely. Because I reported it lost. Nobody said that would happen. All my baby photos.",
    "comm feel power",
  ],
  [
    "i dont know if this counts but i always feel like im being graded when i talk to them",
    "feel power",
  ],
  [
    "They've got this thing where you're 'assigned' to someone and the someone changes every week. There's no continuity, you know?",
    "distance comm",
  ],
  [
    "Honestly the carers do more for security than anyone. They're the ones who notice strangers in the building.",
    "",
  ],
  [
    "The security policy's, what, sixty pages? And they want us to sign that we've read it. Nobody's read it. They know nobody's read it.",
    "comm conflict",
  ],
  [
    "Um, he's not rude, he's, um, what's the word... dismissive. You say your problem and he says 'that shouldn't happen'. Well, it did.",
    "comm conflict",
  ],
  [
    "Look, people click things. That's human. My job is to make sure it doesn't matter when they do.",
    "",
  ],
  [
    "Look, people click things. Every single time. You could put a flashing sign on it saying 'virus' and they'd click it.",
    "blame:emp",
  ],
  ["I feel like they forget we exist until the audit comes round.", "distance"],
  [
    "I feel like they forget we exist until the audit comes round, and then suddenly we're their best friends.",
    "distance comm",
  ],
  [
    "She's the first IT person who's ever asked me how my day was. Honestly, that's the whole review.",
    "",
  ],
  [
    "The thing that gets me is they never admit when it's them. Always the user, always the browser, always something.",
    "blame:sec blame:emp feel",
  ],
  [
    "Um, well, I was nervous, cos I'd been told he was strict, but he was actually really reassuring about the breach. Said we'd handled it well.",
    "",
  ],
  [
    "we arent allowed to touch the server cupboard. or the router. or the printer settings. feels like living in someone elses house",
    "power feel",
  ],
  [
    "I mean, I think I'm partly to blame. I never told them the new till was causing problems. I just moaned to the others.",
    "blame:self distance",
  ],
  [
    "He does this thing where he answers a different question to the one you asked. Every time.",
    "comm",
  ],
  [
    "It's like a one-way street. They tell us things. We don't get to tell them things.",
    "comm power",
  ],
  ["No, I wouldn't go to them with a mistake. Not after what happened to Lisa.", "distance feel"],
  [
    "What happened to Lisa? Um. She reported she'd clicked a link and got a formal warning. So now nobody reports anything.",
    "power conflict",
  ],
  [
    "Our practice manager is brilliant with the IT people, she sort of translates for us both ways.",
    "",
  ],
  [
    "Honestly? I'm the security person and I feel like the staff just see me as an obstacle. I'm on their side, I promise.",
    "conflict feel",
  ],
];
