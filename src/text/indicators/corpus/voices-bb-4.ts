import type { RawExample } from "./types.js";

/** Staff of small and medium firms telling short stories about their IT/security people, part 4. Written fresh for Rapport (brief BB). */
export const VOICES_BB_4: readonly RawExample[] = [
  [
    "Our IT guy, Marcus, is great, but when he's on vacation the whole organization basically grinds to a halt. Nobody else knows the passwords to anything.",
    "conflict",
  ],
  [
    "They sent us a color-coded chart explaining the new data classification levels. It was genuinely helpful and I keep it on my desk.",
    "",
  ],
  [
    "I asked a question during the training and the trainer said 'that's a very basic question'. I didn't ask another one.",
    "comm distance",
  ],
  [
    "I got a call from IT saying my computer was sending out spam. I thought I was in huge trouble, but they were calm and just fixed it. Really reassuring.",
    "",
  ],
  [
    "Why does every single thing need a ticket? I just want to know if I can plug in a mouse.",
    "conflict",
  ],
  [
    "Our security people are overcautious to the point of being useless. Every request is a no, and they've never once suggested an alternative.",
    "blame:sec conflict",
  ],
  [
    "I'm embarrassed to admit I still don't really know what two-factor is for. I just do what the app says.",
    "blame:self",
  ],
  [
    "The best thing they did was stop sending scary emails and start doing short chats at team meetings. Way more useful.",
    "",
  ],
  [
    "They changed the wifi password and forgot to tell the warehouse. We found out when all the handheld scanners dropped off at once.",
    "comm conflict",
  ],
  [
    "I think they resent us a bit. We're the ones who make all the noise, and they get the blame when it goes wrong.",
    "feel",
  ],
  [
    "No relationship to speak of. I've been here six months and haven't needed them once.",
    "distance",
  ],
  [
    "When my son was in hospital, they set up my laptop so I could work from the ward. The security lead personally checked the hospital wifi setup was safe. Above and beyond.",
    "",
  ],
  [
    "They gave me a hard time for using my personal email to send a quote. But I only did it because the work email was down and they weren't answering. Which is it?",
    "conflict blame:emp",
  ],
  [
    "I'm in payroll so I get extra checks, extra training, extra everything. I get why, but it does feel a bit like being on probation permanently.",
    "power",
  ],
  [
    "Lovely people. I baked for them at Christmas and they fixed my broken keyboard in exchange. Fair trade.",
    "",
  ],
  [
    "Last year they pushed an update that wiped the settings on every design workstation. Two days of work lost across the studio. Their response was a one-line email: 'Known issue, resolved.'",
    "blame:sec comm",
  ],
  [
    "The only thing I know about our security team is that they exist and they don't like memory sticks.",
    "distance",
  ],
  [
    "I'm honestly scared to raise anything with them in case they look at my computer and find something I didn't know was wrong.",
    "feel distance",
  ],
  [
    "They listen. That's the main thing. I mentioned once that the login screen was slow and next week it was fixed.",
    "",
  ],
  [
    "The IT team are nice but they live in their own bubble. Ask them how the business actually makes money and I doubt they could tell you.",
    "distance",
  ],
  [
    "The security manager treats the rest of us like suspects. Every question about access gets a 'why do you need it?' with a raised eyebrow.",
    "power blame:emp",
  ],
  [
    "After I fell for a scam text, the IT lady gave me a hug and said she'd nearly fallen for the same one. I felt so much better.",
    "",
  ],
  [
    "It's mostly good, but they don't seem to understand that we're on the road all day. Their fixes always assume you're at a desk with a cable.",
    "conflict",
  ],
  [
    "They're a bit like the weather. Things happen, you don't know why, and you just deal with it.",
    "power",
  ],
  [
    "I messaged IT asking for help with my headset before a job interview call. They replied the next day asking if I'd sorted it. I hadn't, and the call went badly.",
    "comm conflict",
  ],
  [
    "The IT guy once told me off in front of a customer for leaving my screen unlocked. He was right, but the timing was awful and I was bright red for the rest of the day.",
    "feel blame:self",
  ],
  [
    "Smooth. We had a new phone system installed last month and I didn't notice any disruption at all.",
    "",
  ],
  [
    "We're a small translation agency and IT is one freelancer who answers emails at midnight. He's good, but you never quite know when you'll hear back.",
    "conflict",
  ],
  ["i dont get why they need to know what websites i visit. its a bit creepy tbh", "power feel"],
  ["Respectful and efficient. No complaints from me or my team.", ""],
  [
    "When the payroll system got locked during an upgrade, IT said it was payroll's fault for not logging out. We'd been told nothing about an upgrade.",
    "blame:emp comm",
  ],
  [
    "They're approachable but they can't seem to fix anything properly. It's always a sticking plaster, and the same thing breaks a week later.",
    "blame:sec",
  ],
  [
    "They set up a 'no stupid questions' channel and actually meant it. I've asked some very stupid questions.",
    "",
  ],
  [
    "We had a break-in attempt on our network last year. The only reason I know is that I overheard the IT guys in the lift. We never got told anything officially.",
    "comm distance",
  ],
  ["I think they try hard. It's the company that doesn't give them enough people.", ""],
  [
    "Our IT manager is obsessed with rules. I once got a written warning for lending my badge to a colleague who'd forgotten hers for ten minutes.",
    "power",
  ],
  [
    "I used to dread IT. Since Ahmed joined, it's a totally different department. He actually smiles.",
    "",
  ],
  [
    "Whenever I raise a concern about the system being slow, they send back graphs showing it's fine. It's not fine, I'm the one sat here waiting.",
    "conflict",
  ],
  [
    "They made a big show of a cybersecurity awareness week with quizzes and prizes. It was actually nice, and I won a mug.",
    "",
  ],
  [
    "The new security rules came from someone at head office who's never set foot in our branch. They don't work for us and nobody asked.",
    "power conflict",
  ],
  [
    "They're very defensive. Any suggestion that something's not working is taken as a personal attack.",
    "conflict",
  ],
  [
    "My team leader won't let us contact IT directly any more, after a colleague kept ringing them about her phone. Now everything's slow because it goes through him.",
    "blame:emp distance",
  ],
  [
    "I wish I was better with the systems. I feel like I'm always the one holding up the team while IT sorts me out.",
    "blame:self feel",
  ],
  [
    "I've had three different IT contacts in two years. Just as you get to know one, they leave.",
    "distance",
  ],
  [
    "The security officer caught a fraud attempt on our supplier payments and then went round each person in finance explaining how he'd spotted it. We all learned something.",
    "",
  ],
  [
    "Honestly? They're a bit of a black box. You send something in, something comes out, and you have no idea what happened in the middle.",
    "power",
  ],
  [
    "Getting a new starter set up takes about three weeks because IT won't do it until every form is signed. The new person sits there reading the handbook.",
    "conflict",
  ],
  [
    "I reported a colleague's laptop being left unlocked at the café and IT treated it really seriously, which I appreciated. They didn't make it a big drama either.",
    "",
  ],
  [
    "They don't explain anything, they just do it. Yesterday my desktop background changed to a security slogan.",
    "comm power",
  ],
  [
    "We have a good laugh with them. They came to our Christmas party last year and everything.",
    "",
  ],
  [
    "I was told by IT that my department is 'the riskiest in the company'. No context, no advice. Just that. We were all a bit stunned.",
    "blame:emp comm",
  ],
  [
    "They're competent and friendly and I never have to wait long. If I had to find a fault, their emails are a bit long-winded.",
    "",
  ],
  [
    "I've stopped telling them when my laptop's playing up. They always want to reinstall everything and I lose a day. I'd rather live with it.",
    "distance",
  ],
  [
    "I think I annoy them, if I'm honest. I ask a lot of questions because I genuinely want to understand, but I can see them glancing at the clock.",
    "feel",
  ],
  [
    "Our IT support is run by a company that also does our phones and photocopiers. They're about as personal as a vending machine.",
    "distance",
  ],
  [
    "They did a brilliant job with the new tills. Came in before opening, tested everything, stayed for the first hour of trade.",
    "",
  ],
  [
    "I got a nasty email from the security team because I'd shared a document with a client using a link. It was in capitals. I'd done it the way my manager showed me.",
    "comm blame:emp",
  ],
  [
    "The IT folks are so busy firefighting that they never have time to actually explain anything. I don't blame them, but it means we're always in the dark.",
    "comm",
  ],
  ["They're brilliant, to be honest. I've worked in bigger places with much worse IT.", ""],
  [
    "Whenever something goes wrong with the network it somehow becomes our fault. We opened too many tabs, we saved files in the wrong place, we didn't restart.",
    "blame:emp",
  ],
  [
    "They put a filter on the email that holds back anything with an attachment from outside. I work in purchasing. I get a hundred invoices a day. You can imagine.",
    "conflict",
  ],
  [
    "They've started coming to our department meeting once a month. It makes a huge difference just having a face to put to the name.",
    "",
  ],
  [
    "I was caught out by their fake phishing email and then had to do a 'remedial' course. The word remedial really got to me. I'm not a naughty schoolkid.",
    "power feel",
  ],
  [
    "They mean well but it's all very one-way. They tell us things; there's no real way to tell them things back.",
    "comm power",
  ],
  ["i love our IT girl she's the best, always fixes stuff fast and never makes u feel dumb", ""],
  [
    "It's my own fault I got locked out. I kept putting off the password change until it expired. They sorted me out, but I felt like a right plonker.",
    "blame:self feel",
  ],
  [
    "The relationship is non-existent. They're a contractor and they only talk to the office manager.",
    "distance",
  ],
  [
    "Someone from IT sat with me for an hour to get my accessibility settings right after my eye surgery. I hadn't even asked; my manager mentioned it to them.",
    "",
  ],
  [
    "They insist on doing updates during the working day because it's 'more secure'. Meanwhile we're trying to run a restaurant.",
    "conflict",
  ],
  [
    "I sometimes think they forget there are real people on the other end of the tickets. The replies are so cold.",
    "comm distance",
  ],
  [
    "When I joined I was given a really clear one-page guide: who to call, what to do if you click something, and a photo of the IT team. Simple, but great.",
    "",
  ],
  [
    "They never come down to the factory floor. The machines run old software and we've been told to 'just leave them', which doesn't fill you with confidence.",
    "distance",
  ],
  [
    "The security guy explained the risk of public wifi by actually showing us how he could see someone's traffic in the café. Terrifying, but brilliant. Completely changed how I work.",
    "",
  ],
  [
    "I feel a bit useless around the technical stuff, and the IT staff being so quick and clever doesn't help. I nod and pretend I understand.",
    "feel blame:self",
  ],
  [
    "My computer was taken away for 'investigation' for a week and nobody would tell me why. It was eventually returned without a word. To this day I don't know what happened.",
    "power comm",
  ],
  [
    "They're pretty laid back, which I like. If you make a mistake, they just fix it and move on.",
    "",
  ],
  [
    "Our security lead sends a monthly email called 'Lessons Learned' that is basically a list of everything staff did wrong. It's demoralising.",
    "blame:emp feel",
  ],
  [
    "We go through IT for anything, even adding a contact to the shared address book. It's like needing a permission slip to breathe.",
    "power conflict",
  ],
  [
    "I raised a ticket about a security concern with our client portal. They closed it without comment. Two months later it was exploited.",
    "blame:sec comm",
  ],
  ["Good. They're patient with the apprentices, which I've seen a lot of IT people not be.", ""],
  [
    "Honestly I just work around them. I've got my own tools, my own backups, and I only call if it's something I can't do.",
    "distance",
  ],
  [
    "They insisted our sales reps use a VPN that drops every five minutes. The reps hate it, and so do I, because I'm the one taking their angry calls.",
    "conflict feel",
  ],
  [
    "The IT manager thanked me in front of the whole office for spotting a phishing email. Made my week, honestly.",
    "",
  ],
  [
    "Is it normal that I've never met anyone from IT? Genuine question. It's been three years.",
    "distance",
  ],
  [
    "They can be brusque, but you learn not to take it personally. Underneath it they care.",
    "comm",
  ],
  [
    "I once spent forty minutes on the phone with IT while the tech tried to explain what a 'DNS cache' was. I just wanted my email to work.",
    "comm",
  ],
  [
    "I had a weird call from someone claiming to be IT and I hung up. I rang the real IT and they said I'd done exactly the right thing. Felt proud of myself.",
    "",
  ],
  [
    "They're very quick to point out what we've done wrong and very slow to fix what they've done wrong.",
    "blame:emp blame:sec",
  ],
  [
    "Since the company grew, the IT people feel further away. It used to be Jim who you could shout to across the room. Now it's a portal.",
    "distance comm",
  ],
  [
    "No complaints at all. Our IT person goes out of her way to explain things and checks back a week later to see if everything's still okay.",
    "",
  ],
  [
    "They rolled out a new rule that we must lock our phones in a box during client audits. Nobody explained, and one of our staff missed a call from her kid's school.",
    "conflict comm",
  ],
  [
    "I feel judged whenever I ask for help, like they're keeping score. Which they might be, there's a dashboard.",
    "feel power",
  ],
  [
    "Our IT team are a couple of brothers who run their own firm. Reliable, honest, and they answer the phone on the second ring.",
    "",
  ],
  [
    "The security people made us do the same training course three times because the system didn't record that we'd finished it. When I complained, they said I should have taken a screenshot.",
    "blame:sec blame:emp",
  ],
  ["I get on fine with them. Not best mates, but I'd trust them with my laptop and my data.", ""],
  [
    "The day after I complained about the VPN, my internet usage report was 'reviewed'. Maybe a coincidence. It didn't feel like one.",
    "power feel",
  ],
  [
    "I genuinely think I'm the reason they added that extra confirmation step on the payments system. Long story. They were kinder about it than I would've been.",
    "blame:self",
  ],
  [
    "When our old server died, the IT guy worked through the night, and in the morning he'd left a note on every desk explaining what happened and what to do. Legend.",
    "",
  ],
  [
    "Sometimes I feel like the IT team would be happiest if nobody ever used a computer. Every change we ask for is a risk, every new tool is a threat.",
    "conflict",
  ],
  [
    "I'd say it's professional but cool. They're fine with me, I'm fine with them, and we don't have much to do with each other beyond that.",
    "distance",
  ],
];
