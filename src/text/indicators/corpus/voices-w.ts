import type { RawExample } from "./types.js";
import { VOICES_W_2 } from "./voices-w-2.js";

/**
 * Batch W: employees, IT/security staff, vendors and practitioners from small firms of many
 * kinds, weighted to hard cases (negation, contrast, hedges, past vs present, conditionals,
 * questions, reported views, irony, idioms). Written fresh for Rapport (brief W).
 */
const FIRST_PART: readonly RawExample[] = [
  // hedges, negation, contrast and past vs present
  [
    "Friendly enough on the phone, but I only hear from them when a password is about to expire.",
    "comm",
  ],
  ["I wouldn't say distant exactly, but I couldn't name a single person in that team.", "distance"],
  [
    "It's not that they don't care about us, I think they genuinely do; there are just two of them covering three hotels, a spa and the conference centre, so I don't expect them everywhere at once.",
    "",
  ],
  ["I used to feel talked down to by the network guys; not since the new lead came in.", ""],
  ["If they ever lectured me like a schoolboy I'd take it straight to the partners.", ""],
  [
    "Nobody at the bakery is scared of the IT contractor, he usually stays for a coffee and a chat.",
    "",
  ],
  [
    "My line manager reckons the warehouse lads will click on anything with a picture of a car on it. I think that's unfair, most of them are more careful than he is.",
    "blame:emp",
  ],
  ["Raising anything with our security consultant is like talking to a brick wall.", "conflict"],
  [
    "The security people live in an ivory tower at head office; they decide what the branches need from a spreadsheet, and I doubt any of them has ever stood behind a till on a Saturday.",
    "power distance",
  ],
  [
    "Why is it that the only time the IT desk rings me is when my laptop has flagged something?",
    "comm",
  ],
  [
    "Some speaker at a trade fair said humans are always the weakest link; nobody in our office buys that.",
    "",
  ],
  [
    "I'm not frightened of dodgy links any more, the workshop showed us exactly what to look for.",
    "",
  ],
  ["They aren't unhelpful, just impossible to pin down when you actually need them.", "conflict"],
  ["I used to dread their visits. These days we have a proper laugh.", ""],
  ["Not that I mind the new rules, but nobody bothered to tell us why they changed.", "comm"],
  ["I wouldn't call it a relationship, really. We exist, they exist.", "distance"],
  [
    "It's hardly a war zone, but there's a bit of tension whenever they roll out something new.",
    "conflict",
  ],
  ["To be fair, they never make you feel daft for asking.", ""],
  ["I'd hardly call them arrogant; if anything they're a bit shy.", ""],
  ["It's not as if they ignore us, they answer within the hour most days.", ""],
  [
    "They were a nightmare to deal with under the old contract. The new firm is a different story.",
    "",
  ],
  [
    "Back when I started at the practice, the IT people felt like strict headmasters marching round with clipboards. Now it's a different crew, and it's more like having a neighbour you can knock on.",
    "",
  ],
  [
    "I'm not saying they're useless, I'm saying nobody tells them what the kitchen actually needs.",
    "distance",
  ],
  ["There's no blame culture here, you own up, they help, and that's the end of it.", ""],
  [
    "Apparently some firms treat staff as the problem. Thankfully that's not how it works at our practice.",
    "",
  ],
  [
    "The jargon used to lose me completely; the new newsletter is in plain English and I actually read it.",
    "",
  ],
  [
    "I'm not anxious about security, I'm anxious about the stock count, which is a different thing entirely.",
    "",
  ],
  ["You'd think they'd hate being interrupted, but they always seem pleased when we ring.", ""],
  ["Never once felt judged by them, even when I wiped the shared drive by accident.", ""],
  ["They're decent people. Still, I've no idea what they actually do all day.", "distance"],
  ["Sort of friendly, sort of distant, hard to say really.", "distance"],
  [
    "I suppose the policy makes sense on paper; on a Saturday with forty covers it just slows everything down.",
    "conflict",
  ],
  ["They mean well, but the training felt like being told off for an hour.", "comm"],
  ["Lovely bloke, but he speaks fluent acronym and I speak fluent payroll.", "comm"],
  [
    "Maybe I'm a bit on edge about it, maybe not, I just don't like the red banners on external emails.",
    "feel",
  ],
  // questions
  ["Who do I contact if I lose my work phone?", ""],
  ["Why does every message from security have to sound like a final warning?", "comm"],
  ["Does anyone actually know who looks after our firewall?", "distance"],
  ["What are we supposed to do when the card machine asks for an admin password?", ""],
  ["Would it kill them to come down to the depot once a year?", "distance"],
  [
    "Do they think we've got nothing better to do than reset passwords every thirty days?",
    "conflict",
  ],
  ["How am I meant to know which emails are fake when even the real ones look dodgy?", "feel comm"],
  [
    "Who decided we can't use our own phones for the rota app, and did anyone ask the nurses?",
    "power",
  ],
  [
    "Why would I bother reporting a weird email when all I get back is a form letter?",
    "comm distance",
  ],
  ["Can someone explain why the scanner needs a separate password from everything else?", ""],
  [
    "What's the point of asking them? By the time they answer I've sorted it myself.",
    "distance conflict",
  ],
  // irony, sarcasm, understatement, idioms
  [
    "Oh brilliant, another compulsory phishing module right in the middle of the month-end close.",
    "conflict",
  ],
  [
    "Marvellous, the new policy runs to forty pages and nobody from the shop floor was asked.",
    "conflict power",
  ],
  ["Our relationship with IT is, shall we say, not a love story.", "conflict"],
  ["They're not exactly known for their bedside manner.", "comm"],
  [
    "Let's just say the security team and the sales team don't go for drinks together.",
    "conflict distance",
  ],
  ["The IT firm is about as easy to reach as the Pope.", "conflict"],
  ["Getting a software request approved is a bit like applying for a visa.", "power conflict"],
  ["I'm sure the new password rules are very clever. I just can't log in.", "conflict"],
  ["Security here is a closed shop, you get what you're given.", "power"],
  ["They move in mysterious ways, our IT overlords.", "power"],
  ["The IT office might as well be on the moon for all we see of them.", "distance"],
  ["They treat every question like it's a personal attack on their network.", "conflict"],
  ["The rules change more often than the weather, and nobody tells us.", "comm"],
  ["Ah yes, the famous tech support, where tickets go to die.", "blame:sec"],
  ["Our IT bloke could not organise a piss-up in a brewery, never mind a network.", "blame:sec"],
  ["The security team could give lessons in how to make people feel small.", "comm feel"],
  [
    "I'm sure they're a perfectly nice bunch in their natural habitat, the server room.",
    "distance",
  ],
  // employees, plain statements across firms
  ["The contractor set up the firewall and runs the nightly backups for the surgery.", ""],
  [
    "On the packing line we all use the supervisor's login, because getting each of us our own account meant a form, a manager's signature and a two-week wait, and the orders don't wait.",
    "conflict",
  ],
  [
    "The two-factor codes go to our phones, and we're not allowed phones on the factory floor.",
    "conflict",
  ],
  [
    "Security always beats getting orders out, even when a lorry is sitting at the gate.",
    "conflict",
  ],
  [
    "The rules were written for an office, not for a hotel reception at two in the morning.",
    "conflict",
  ],
  [
    "Our dentists leave the X-ray workstation logged in all day because the timeout interrupts treatment.",
    "conflict",
  ],
  ["Whenever they tighten something, somebody has found a way round it by lunch.", "conflict"],
  ["Good luck reaching anyone in IT after four o'clock.", "conflict"],
  [
    "The encryption step adds ten minutes to every file transfer, so half the team uses personal email instead.",
    "conflict",
  ],
  [
    "The new badge readers jam when it's cold, so the yard gate just stays propped open now.",
    "conflict",
  ],
  ["Honestly, security is mostly something that stands between me and my deadline.", "conflict"],
  ["We ask for one thing, they hear another, and what arrives suits nobody.", "conflict"],
  ["Half of their newsletter is abbreviations. MFA, SSO, EDR, I gave up reading it.", "comm"],
  ["Their idea of communication is a laminated poster in the staff kitchen.", "comm"],
  ["He explained the breach in such a patronising tone that I stopped listening.", "comm"],
  [
    "I've never actually met anyone from the security firm, it's all tickets and auto-replies.",
    "comm distance",
  ],
  [
    'The warning said my mailbox would be "terminated" and I had no idea whether it was real or a test.',
    "comm",
  ],
  ["They talk to us like we're five.", "comm"],
  ["All the contact we have with them is when the audit turns something up.", "comm"],
  [
    "I read the policy three times and still couldn't tell you what counts as confidential.",
    "comm",
  ],
  ["Getting a message from them feels like getting a letter from the tax office.", "comm feel"],
  ["You ask a simple question and get a lecture on zero trust architecture.", "comm"],
  ["Could they not just come down and show us, instead of sending another PDF?", "comm"],
  ["The chap from IT sighs loudly before he answers anything.", "comm"],
  [
    "Their emails read like legal notices, full of clauses and references to appendix this and section that, so by now nobody in the kitchen even opens them; we wait for the head chef to tell us.",
    "comm distance",
  ],
  ["I asked what a VPN was and got a look like I'd asked what a kettle was.", "comm"],
  ["Every time a link looks slightly odd I freeze and don't know what to do.", "feel"],
  ["I'm so fed up with being locked out of the stock system every other morning.", "feel conflict"],
  ["It drives me up the wall that the card terminal logs itself out mid-sale.", "feel conflict"],
  ["I felt really stupid when they showed me I'd fallen for the fake parcel email.", "feel"],
  ["Their last reply left me quite disheartened, to be honest.", "feel"],
  ["After the way they handled the incident I'm wary of asking them anything.", "feel distance"],
  ["There's a fair bit of resentment on the night shift about the new bag checks.", "feel"],
  [
    "It was a letdown that nobody from IT turned up to the staff day they promised to join.",
    "feel distance",
  ],
  ["I get a knot in my stomach whenever one of those suspicious login warnings pops up.", "feel"],
  ["I'm terrified I'll be the one who lets ransomware into the practice.", "feel"],
  ["I feel a bit embarrassed asking them the same thing twice.", "feel"],
  [
    "To be honest I don't trust them with our client files since they lost a laptop last spring.",
    "feel blame:sec",
  ],
  [
    "It's exhausting, having to prove you are who you say you are five times a day.",
    "feel conflict",
  ],
  [
    "We're at their mercy; if they don't approve the update the machines just sit there idle.",
    "power",
  ],
  ["They behave like a security police, walking round checking whose screen is unlocked.", "power"],
  ["Nobody asked the drivers before putting trackers and lockouts on the vans.", "power"],
  ["I feel like a suspect every time I request access to the client folder.", "power feel"],
  ["Get your password wrong three times and your manager gets an email about it.", "power"],
  ["People are scared they'll be disciplined if they own up to clicking a bad link.", "power feel"],
  [
    "They hold all the keys, quite literally; we can't even add a printer without their say-so.",
    "power",
  ],
  ["Head office security decides and we get told. That's how it's always been.", "power"],
  [
    "You feel like you're asking permission from a higher authority for the simplest thing.",
    "power",
  ],
  ["The school's IT provider changes settings remotely and never says what or why.", "power comm"],
  [
    "Security here is an invisible hand, things just stop working and you don't know who to ask.",
    "power distance",
  ],
  ["Our opinion on the new system was requested after it had already been bought.", "power"],
  ["I've worked here six years and couldn't pick the IT manager out of a line-up.", "distance"],
  ["We fix our own problems in the workshop; ringing the IT firm is a last resort.", "distance"],
  ["Security isn't really something the kitchen team thinks about.", "distance"],
  ["I just ask whoever's on reception, they know more than the helpdesk.", "distance"],
  ["Cyber stuff is for the people upstairs, not for a cashier like me.", "distance"],
  ["Not my problem, I'm just here to fix cars.", "distance"],
  [
    "I switched off halfway through the induction video, to be honest; it was all hackers and databases, and as a volunteer sorting donations on a Tuesday it didn't feel like it had anything to do with me.",
    "distance",
  ],
  ["We never see them. A name on an email signature, that's all.", "distance"],
  ["The IT firm is useless, every fix creates two new problems.", "blame:sec"],
  ["Down again. Thanks, IT.", "blame:sec"],
  ["They couldn't secure a garden shed.", "blame:sec"],
  ["Whoever set up the Wi-Fi here clearly had no idea what they were doing.", "blame:sec"],
  ["Our data went missing because the contractor left the backup drive in his car.", "blame:sec"],
  ["If IT did their job properly we wouldn't need half these rules.", "blame:sec"],
  [
    "IT broke the booking system again with their Friday update, third time this year.",
    "blame:sec",
  ],
  ["The tills crashed on Black Friday, and that was entirely the provider's doing.", "blame:sec"],
  ["It's always the same: they change something, we pick up the pieces.", "blame:sec conflict"],
  [
    "The security consultant billed us for a report that any intern could have written.",
    "blame:sec",
  ],
  ["Their incompetence cost us two days of bookings in peak season.", "blame:sec"],
  ["Sorry, I'm hopeless with computers, I'm sure it was something I did.", "blame:self"],
  ["It was my fault the invoices leaked, I sent them to the wrong address.", "blame:self"],
  [
    "Honestly I'm the weak spot in this office, I reuse the same password everywhere.",
    "blame:self",
  ],
  ["I'm the problem, not the system. I just can't remember passwords.", "blame:self"],
  ["That breach? Entirely on me, I clicked it without thinking.", "blame:self"],
  [
    "I'm a bit of a dinosaur with tech; I probably cause them more grief than anyone.",
    "blame:self",
  ],
  ["I always assume it's my own stupidity when the system won't let me in.", "blame:self"],
  ["I know I'm the weak link here, I write my passwords on a sticky note.", "blame:self"],
  ["It's probably me. It's usually me.", "blame:self"],
  ["I should have checked the sender, I know, I know.", "blame:self"],
  [
    "I'm the reason everyone had to change their passwords last month, because I typed mine into a fake login page, and I still feel sick whenever someone brings it up.",
    "blame:self feel",
  ],
  ["I'm embarrassingly bad at this stuff and I'm sure they know it.", "blame:self feel"],
  [
    "Every time something goes wrong with the booking system I assume I've broken it.",
    "blame:self",
  ],
];

export const VOICES_W: readonly RawExample[] = [...FIRST_PART, ...VOICES_W_2];
