import type { RawExample } from "./types.js";

/** Staff of small and medium firms telling short stories about their IT/security people, part 3. Written fresh for Rapport (brief BB). */
export const VOICES_BB_3: readonly RawExample[] = [
  [
    "At the brewery our IT is a part-timer who comes in on Tuesdays. One Tuesday he found the bottling line's PC was running something ancient and spent his whole day making it safe. Didn't even ask for thanks.",
    "",
  ],
  [
    "I work front desk at a hotel and we're told to never share the guest wifi password in writing. Nobody explained why, and guests get cross with us, not with IT.",
    "conflict comm",
  ],
  [
    "The recruitment software kept crashing and IT's official line was that we were 'using it wrong'. Took a month and a vendor call before they admitted it was a known bug.",
    "blame:emp blame:sec",
  ],
  [
    "I've had a good experience overall. They explained the new MFA thing twice without getting impatient.",
    "",
  ],
  [
    "They sent a text at 6am telling me my password had expired. I was on annual leave. I spent my holiday morning on the phone trying to get back in for a client question.",
    "comm conflict",
  ],
  [
    "I'm a florist, I barely use a computer, and our IT bloke treats me like I'm his nan. Which to be fair, I might as well be.",
    "power blame:self",
  ],
  [
    "I honestly don't know if we have a security person. Maybe it's the same guy who fixes the printer?",
    "distance",
  ],
  [
    "The estate agency's IT firm upgraded everyone's laptops over a weekend. Monday morning, every desk had a sticky note with our new login and a friendly 'shout if stuck'. Smoothest change we've had.",
    "",
  ],
  [
    "They always ask 'what did you click?' first, like it's a given that I've done something. Sometimes the system is just broken.",
    "blame:emp",
  ],
  [
    "They're really good at their jobs but not very good with people. You'll get the fix, just don't expect a hello.",
    "comm",
  ],
  [
    "I've been told off twice for propping open the server room door in summer because it's the only room with air con. Fair enough, really, I knew the rule.",
    "blame:self",
  ],
  [
    "Our vet clinic's IT people are excellent. When the X-ray software stopped talking to the records system they got both vendors on a call and sorted it in an afternoon.",
    "",
  ],
  [
    "It's like they work for a different company. They never come to our socials, never come to our floor. I know their ticket portal better than their faces.",
    "distance",
  ],
  [
    "I had a row with the IT manager over blocked YouTube. I use it for training videos on the machinery. He said 'find another way'. So I watch them at home on my own time.",
    "conflict distance",
  ],
  [
    "I felt really let down when my request for a new laptop was refused, even though mine takes ten minutes to boot. The reason given was 'budget'. Then the directors all got new ones.",
    "feel power",
  ],
  [
    "Very positive. Our security lady explains scams using stories about her own gran getting phoned up. Everyone remembers them.",
    "",
  ],
  [
    "The tech who came out to fix my machine was on his phone the whole time and barely spoke. Problem fixed, but I felt like furniture.",
    "comm feel",
  ],
  [
    "I'm the problem, honestly. I click on things. I've been caught by three phishing tests this year and they've been very patient.",
    "blame:self",
  ],
  [
    "They introduced a rule that all files go through their secure transfer thing, which nobody at our clients' end knows how to use. So we're back to sending things on WeTransfer and hoping nobody checks.",
    "conflict distance",
  ],
  ["It's a neutral relationship. Nothing special, nothing bad.", ""],
  [
    "The last security review treated our small office like a bank. Pages of findings, red boxes everywhere, and no practical advice. I came out feeling like we'd all failed an exam.",
    "feel power",
  ],
  [
    "Our IT guy's emails are so short they're almost rude. 'Done.' 'No.' 'Restart.' I've learned not to take it personally.",
    "comm",
  ],
  [
    "I had a lovely experience when my grandmother's funeral photos got stuck on my work phone. Zainab from IT stayed after hours to help me transfer them, no questions asked.",
    "",
  ],
  [
    "I feel bad, because I know they're stretched, but sometimes I don't report slow systems because I don't want to add to the pile.",
    "distance feel",
  ],
  [
    "They insisted on installing monitoring software on our personal phones if we wanted work email. I said no thanks and now I only check email at my desk, which slows everyone down.",
    "power conflict",
  ],
  [
    "The IT company we use are decent. One call and someone usually rings back within the hour.",
    "",
  ],
  [
    "Our security person is basically a rumour. Policies appear with his name at the bottom but I've never seen him in the office.",
    "distance power",
  ],
  [
    "They ran a mock fire drill for a cyber attack and it was genuinely fun. Everyone got a role and a badge. Felt like a team thing, not a telling-off.",
    "",
  ],
  [
    "They shut down my email account because they thought it was compromised. They were probably right, but they didn't tell me for two hours. I thought I'd been sacked.",
    "comm feel",
  ],
  [
    "Over the years it's been up and down. At the moment it's good; a couple of years ago I'd have given you a very different answer.",
    "",
  ],
  [
    "It's just annoying that every request needs a form, an approval, and a justification. It's a £20 mouse.",
    "conflict feel",
  ],
  [
    "I think they see themselves as the gatekeepers and us as the barbarians at the gate. You can feel it in how they write.",
    "power blame:emp",
  ],
  [
    "Our IT lead, Kofi, noticed a pattern in the phishing emails hitting our accounts team and briefed them in person. He didn't single anyone out. Proper leadership.",
    "",
  ],
  [
    "When I reported that a customer's card details had been emailed to the wrong person, they made me feel like a criminal. It wasn't even me who sent it, I just noticed it.",
    "feel blame:emp",
  ],
  [
    "They're good, but you have to know how to ask. If you describe the problem wrong, you end up in a loop of 'can you clarify'.",
    "conflict",
  ],
  [
    "I'm nervous about the new AI tool policy because I've been using one for months and nobody told us it wasn't allowed until this week.",
    "feel comm",
  ],
  [
    "The support team have been brilliant with our older volunteers at the charity. They printed big-font guides and did one-to-one sessions.",
    "",
  ],
  [
    "We pay an IT firm, and I think they just run a script and send the invoice. Every problem we raise, they blame our broadband.",
    "blame:sec",
  ],
  [
    "They finally gave me the access I'd asked for after a month, but then sent an email to my manager asking whether I 'really needed it'. Like I was trying to steal something.",
    "power",
  ],
  [
    "It's friendly enough. I know the IT guys from the pub quiz, so I just message them directly. Probably not the official route.",
    "",
  ],
  [
    "My first week, I accidentally triggered the security alarm on the file server by copying a big folder. They were lovely about it and just explained how to do it properly. Honestly a nice welcome.",
    "",
  ],
  [
    "The IT contractor is an hour's drive away and only comes in for emergencies. Anything else, we muddle along.",
    "distance",
  ],
  [
    "I asked to use my own laptop for a week while mine was repaired and they refused, without offering a spare. So I just didn't work properly for a week.",
    "conflict",
  ],
  [
    "They always make you feel like you've interrupted something important. I've started batching my questions into one email a month.",
    "feel distance",
  ],
  [
    "The security team handled my mistake with real class. I'd sent a spreadsheet with staff salaries to the whole company. They recalled it, calmed me down, and never mentioned it again.",
    "blame:self",
  ],
  ["Decent. Could be quicker on the phones but they're always polite.", ""],
  [
    "They lock everything down and then wonder why people find workarounds. I've seen folk in the design team running a whole second network off a 4G router.",
    "conflict distance",
  ],
  [
    "It's awkward. They only come in when something's gone wrong, so seeing them walk over makes my stomach drop.",
    "comm feel",
  ],
  [
    "The IT guy is brilliant with computers and hopeless at explaining. I've learned to just hand him the laptop and go get a tea.",
    "comm",
  ],
  [
    "Our engineering firm's IT is run by a woman who used to be a site engineer. She totally gets what we need in the field. Best IT person I've worked with.",
    "",
  ],
  [
    "There's a sense they judge us by how many tickets we raise. I've heard them joke about 'frequent flyers'. I'm probably one.",
    "power blame:emp",
  ],
  [
    "I wrote to them asking for a simple explanation of why we had to stop using memory sticks. I got back a link to an ISO standard.",
    "comm",
  ],
  [
    "They're great. If I'm honest, better than I deserve, given how often I break things.",
    "blame:self",
  ],
  [
    "The day our website got defaced, the IT lead called an all-staff meeting, explained exactly what had happened and what they'd changed. No buzzwords, no blame. I trusted them more after that.",
    "",
  ],
  [
    "I'm fed up with being the translator between the sales team and IT. Both sides think the other are idiots.",
    "conflict feel",
  ],
  ["they're fine!! fixed my outlook in like 5 min last week", ""],
  [
    "Every time the system is down, I have to phone them, and every time it's a different person who has no idea about the last call. I have to tell the whole story from the start.",
    "conflict",
  ],
  [
    "When I started managing the team, the IT manager took time to explain what I needed to know about access and data. I didn't feel out of my depth, which I really appreciated.",
    "",
  ],
  [
    "I feel watched. They installed something that records keystrokes for 'quality' and nobody asked our opinion.",
    "power feel",
  ],
  [
    "The security team printed a poster of the 'top offenders' for phishing clicks, with initials. Mine was on it. I took it down when nobody was looking.",
    "blame:emp power",
  ],
  [
    "I don't know what they do and they don't seem to know what I do. We nod at each other in the lift.",
    "distance",
  ],
  [
    "They set up our new office in three days, cables tidy, wifi working, everyone's desk ready. I didn't think that was possible.",
    "",
  ],
  [
    "I asked IT for help migrating my old emails and was told it's 'not supported'. Then a colleague showed me how to do it in five minutes. I don't think they even tried.",
    "blame:sec",
  ],
  [
    "I was really anxious about the audit, but the IT person walked me through what they'd be looking at and what to say. Made it so much less scary.",
    "",
  ],
  [
    "When we had the data breach, they held a meeting and said 'someone' had used a weak password. Everyone looked round the room. It felt like a witch hunt.",
    "blame:emp feel",
  ],
  ["They're reachable, polite, and they don't waste your time. That's all I ask.", ""],
  [
    "The IT team works nine to five but our shifts go round the clock. The night staff basically have no IT support at all, we just leave notes.",
    "conflict distance",
  ],
  [
    "I think they do a decent job considering nobody tells them anything either. Management forgets to mention new starters until the day they arrive.",
    "",
  ],
  [
    "I had to explain three times to different people that I couldn't access the payroll system. Each one asked if I'd 'tried my password'. Yes.",
    "conflict",
  ],
  ["I'm happy with them. When they make a mistake, they own it, which you don't see often.", ""],
  [
    "Our IT guy is great but I can't shake the feeling he's laughing at me behind my back. Maybe I'm paranoid.",
    "feel",
  ],
  [
    "They want us to report every suspicious email, then they never reply. So I've stopped. It's like shouting into a well.",
    "comm distance",
  ],
  [
    "I don't think the IT folk realise how intimidating they can be. All that 'access denied' and red warning screens. It feels like being told off by a machine.",
    "feel power",
  ],
  [
    "It's honestly one of the better relationships in the business. We joke, we complain, and we get stuff done.",
    "",
  ],
  [
    "I made a mess of the client database import and they had to work all weekend to fix it. I still feel guilty every time I see them.",
    "blame:self feel",
  ],
  [
    "It's a struggle getting anything approved. I asked for a standard tool every accountant uses and it's been 'under security review' since February.",
    "conflict",
  ],
  [
    "They ran a survey asking how we felt about IT and then nothing happened. No results, no changes. Bit pointless.",
    "comm feel",
  ],
  [
    "Our IT manager is very proper, always in a tie, very formal. I was put off at first, but he's actually really kind once you talk to him.",
    "",
  ],
  [
    "I get treated like I'm a security risk because I'm the only one who works remotely. Extra checks, extra questions, extra forms.",
    "power blame:emp",
  ],
  [
    "The software they chose for timesheets is awful and they won't admit it. Everyone hates it, IT included, I reckon.",
    "blame:sec",
  ],
  [
    "I'm not sure there's a relationship. There's a phone number on a sticker on my monitor, and that's it.",
    "distance",
  ],
  [
    "They did a great job of getting us onto the new cloud system. A few teething problems, but they were there for every one.",
    "",
  ],
  [
    "When the office was broken into, they reacted quickly and kept us informed. Only gripe is that they used words like 'exfiltration' that half of us had to look up.",
    "comm",
  ],
  [
    "Nobody dares ask the security lead anything in meetings. He answers questions with questions and makes you feel slow.",
    "comm feel",
  ],
  [
    "Not really a negative, but I wish they'd come down to the shop floor sometimes. They'd understand our problems better.",
    "distance",
  ],
  [
    "My experience with IT has been almost entirely positive. The only issue was a long wait once during a holiday period, which is understandable.",
    "",
  ],
  [
    "I was accused of downloading something dodgy. Turned out it was a Windows update. Nobody said sorry.",
    "blame:emp",
  ],
  [
    "Communication's improved massively since they started a weekly update email. Short, plain, and it tells you what's changing before it changes.",
    "",
  ],
  [
    "I dread ringing the helpdesk. They put you on hold, then ask you to raise a ticket, then the ticket gets closed.",
    "feel conflict",
  ],
  [
    "I'm afraid I just ignore most of what they send. Too many emails, too much doom, and most of it doesn't apply to us in the kitchen.",
    "distance comm",
  ],
  [
    "Our new security person is young and keen and a bit preachy, but she means well and she's very approachable.",
    "comm",
  ],
  [
    "I asked IT to help me set up a shared calendar for our team and the guy set it up and then showed me how to do it myself next time. Teach a man to fish, I suppose.",
    "",
  ],
  [
    "They gave the whole company a lecture on data protection after one person in marketing lost a USB stick. Felt like detention for something I didn't do.",
    "comm power",
  ],
  [
    "Mixed. Great people, terrible at telling us what's going on. I found out about the new email system from a client.",
    "comm",
  ],
  [
    "I just fix my own stuff now. I'm fairly handy, and it's quicker than waiting two days for a callback.",
    "distance",
  ],
  [
    "They made me feel like an idiot once, years ago, and I've never quite got over it. I know they're different people now.",
    "feel",
  ],
  [
    "The IT lads are always up for a chat, and when our till went down at Christmas one of them came in on his day off.",
    "",
  ],
  [
    "It's us versus them, honestly. They think we're sloppy, we think they're paranoid. Nobody's entirely wrong.",
    "conflict blame:emp",
  ],
  [
    "I get a bit nervous around them, like going to the dentist. They're nice, but you never know what they'll find.",
    "feel",
  ],
  [
    "Positive: they respond fast. Negative: they respond fast with a template that doesn't answer the question.",
    "comm",
  ],
];
