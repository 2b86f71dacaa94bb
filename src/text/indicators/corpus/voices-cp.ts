import type { RawExample } from "./types.js";
import { VOICES_CP_2 } from "./voices-cp-2.js";
import { VOICES_CP_3 } from "./voices-cp-3.js";
import { VOICES_CP_4 } from "./voices-cp-4.js";

/** Information-security and data-protection officers in small law, accountancy and consultancy firms. Written fresh for Rapport (brief CP). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The senior partner forwards me every dodgy email with 'is this real?' and honestly I love that.",
    "",
  ],
  ["Partners think the clean desk policy is for the secretaries, not them.", "conflict blame:emp"],
  [
    "I wrote a 40-page information security policy and I'd bet money nobody got past page two.",
    "distance",
  ],
  ["Fee-earners see MFA as me personally wasting six minutes of their billable day.", "conflict"],
  ["our practice manager is brilliant, she chases the training completions so I don't have to", ""],
  [
    "Honestly I'm the weak point, I'm one person covering GDPR, IT and facilities and things slip.",
    "blame:self",
  ],
  ["Nobody reports anything until the client rings up angry.", "distance"],
  [
    "When the conveyancing team got the fake bank details email they didn't tell me for two days, they were scared of getting told off.",
    "distance feel",
  ],
  [
    "I only hear from the partners when something's gone wrong or there's an audit coming.",
    "comm distance",
  ],
  [
    "The MSP we pay sends tickets back closed with 'resolved' and no explanation. Staff hate it, and frankly so do I.",
    "comm blame:sec feel",
  ],
  ["Training went well this year, short videos, people actually asked questions afterwards.", ""],
  ["half the trainees think DPO stands for the person who says no", "conflict"],
  ["I'm fed up being the office killjoy.", "feel"],
  [
    "Some of the older partners won't do the e-learning, full stop, and there's nothing I can do about it because they own the firm.",
    "power blame:emp",
  ],
  [
    "Misdirected email last month; the paralegal came straight to me and we filled in the breach log together. That's what I want.",
    "",
  ],
  [
    "I probably talk too much in acronyms. SPF, DKIM, DMARC, and their eyes glaze over.",
    "comm blame:self",
  ],
  ["Reception treat me like a visiting inspector.", "power"],
  ["The accounts team will click anything that says HMRC on it.", "blame:emp"],
  ["There's a lot of trust here. People tell me when they've messed up.", ""],
  ["I send the monthly security tip and get zero replies, not one, ever.", "comm distance"],
  [
    "The GPs we share the building with see data protection as admin, not their job.",
    "distance blame:emp",
  ],
  [
    "It makes me anxious every tax season, everyone's rushing and that's exactly when they slip.",
    "feel blame:emp",
  ],
  [
    "Our old IT guy set everyone up as local admin and walked off. We're still cleaning up after him.",
    "blame:sec",
  ],
  ["Staff do come to me, though usually only when they're locked out.", "comm"],
  ["The partners set the budget and I find out what I've got from the Christmas email.", "power"],
  ["It's a good firm to do compliance in, people are sensible.", ""],
  [
    "Consultants forward client files to their Gmail to work on the train, because our VPN is, admittedly, rubbish.",
    "conflict blame:sec",
  ],
  ["I feel like a nag. Every all-staff email from me is a telling-off.", "feel comm"],
  ["Mostly fine, really.", ""],
  [
    "I don't get invited to the partners' meeting, I get the minutes, if I'm lucky.",
    "power distance",
  ],
  [
    "Nobody reads the acceptable use policy. They tick the box on day one and that's it.",
    "distance",
  ],
  [
    "They think security is my problem and I think it's everyone's, so we argue about it every quarter.",
    "conflict",
  ],
  ["If I'm honest, our password rules were stupid and I'm the one who set them.", "blame:self"],
  ["The clinic manager backs me every time, which makes all the difference.", ""],
  [
    "Fee earners get past the data loss warning by clicking 'override' without reading a word of it",
    "blame:emp",
  ],
  ["I don't want people scared of me but I think the receptionists are.", "feel power"],
  [
    "The phishing simulation caught three partners and they were furious with me rather than with the email.",
    "conflict feel",
  ],
  [
    "Support staff are great at reporting stuff, genuinely quicker off the mark than I am sometimes.",
    "",
  ],
  ["I've stopped explaining why, I just tell them what to do now. Saves time.", "comm power"],
  ["The IT contractor comes in once a month and always does a lap of the office to say hello.", ""],
  [
    "Lost laptop in a taxi, the associate rang me from the pavement. Encrypted, reported within ten minutes, no drama.",
    "",
  ],
  ["Why do I always find out about new software after they've signed the contract??", "distance"],
  ["Partners treat me like the photocopier repair man.", "power"],
  [
    "They do the training, they pass the quiz, they still send the wrong spreadsheet to the wrong client.",
    "blame:emp",
  ],
  [
    "I think I made the breach reporting form too complicated, so people just don't bother.",
    "blame:self distance",
  ],
  ["It's nice when the trainees ask me stuff at lunch, feels like I'm part of the team.", ""],
  ["The managing partner says 'just make it work' and then won't fund anything.", "power"],
  ["honestly they avoid me in the corridor during audit month lol", "distance"],
  ["Whenever I explain a risk, the partners hear 'cost'.", "conflict"],
  [
    "Practitioners who work from home use the managed iPads without fuss. Smoother than I expected.",
    "",
  ],
  ["Our outsourced helpdesk is polite and fixes things fast, staff rate them well.", ""],
  ["Email outage was Microsoft's fault and I still got the angry calls.", "conflict"],
  [
    "Every incident turns into a hunt for who clicked, and that's on me, I set that tone early on.",
    "blame:self",
  ],
  ["Tried a lunch and learn in March. Full room, good questions, doing another in the autumn.", ""],
  ["The accountants speak their language and I speak mine and there's no translator.", "comm"],
  [
    "I'm not sure they'd tell me if they clicked something. That worries me a lot.",
    "distance feel",
  ],
  ["We've got a good rhythm now, quarterly check-ins with each team.", ""],
  [
    "The previous DPO used to name people who failed the phishing test at the staff meeting. Trust took a year to rebuild, but it's there now.",
    "",
  ],
  ["I'm always the bad guy.", "feel"],
  [
    "Partners approve things by email without reading, then deny they ever agreed",
    "conflict blame:emp",
  ],
  [
    "The nurses at the occupational health side are brilliant with confidentiality, it's drilled into them.",
    "",
  ],
  [
    "The firewall rules I inherited block half the legit sites and people have given up asking me to fix them.",
    "blame:sec distance",
  ],
  ["When I ask for ten minutes at the team meeting I get squeezed in after AOB.", "power"],
  ["the tech is fine, the people are the problem", "blame:emp"],
  ["I have to get a partner to countersign every policy change, even a typo fix.", "power"],
  ["Clients trust us with their data and I think the staff genuinely get that.", ""],
  [
    "Staff screenshot records to WhatsApp because the case system's too slow. I get why, and I hate it.",
    "conflict feel",
  ],
  ["Nobody's ever rude to me, they just never think of me.", "distance"],
  ["I explain it plainly now, no jargon, and it works much better than my old slide decks.", ""],
  [
    "I used to write policies like legislation. Nobody read them. Now they're one page and people do.",
    "",
  ],
  ["The partners like me fine and, to be fair, they do listen when it matters.", ""],
  ["If a partner wants an exception, they get an exception. That's the reality.", "power"],
  [
    "My messages go out headed 'Compliance Notice' and I know people dread seeing them.",
    "comm feel",
  ],
  ["I'm rubbish at chasing people, so half the firm is overdue on their training.", "blame:self"],
  ["The juniors ask a lot of questions, which is exactly what I want.", ""],
  [
    "Team of one versus forty-two fee earners who all think they're the exception.",
    "conflict blame:emp",
  ],
  ["I felt sick when the ransomware alert came in on a Friday night.", "feel"],
  [
    "The MSP take three days to answer a password reset so staff write them on post-its.",
    "blame:sec conflict",
  ],
  [
    "Great with the practice manager, but the two founding partners won't give me the time of day.",
    "distance",
  ],
  [
    "I haven't done a walk-round of the office in months, I just sit behind the ticket queue.",
    "distance blame:self",
  ],
  ["Staff trust IT here. They'll wander over and just ask.", ""],
  ["They nod along in training and then do the exact opposite on Monday.", "blame:emp"],
  ["Being the compliance person at a law firm is lonely, genuinely.", "feel distance"],
  [
    "I'd rather they report a false alarm ten times than miss one real one, and they know that.",
    "",
  ],
  [
    "Our helpdesk provider talks to staff like they're idiots, and then staff stop calling.",
    "comm power blame:sec distance",
  ],
  ["Tax manager told me to my face that security was 'not his department'.", "distance"],
  [
    "The annual training is a box-ticking video and I'm embarrassed I still use it.",
    "feel blame:self",
  ],
  ["Clinicians just want the system to work and I respect that.", ""],
  [
    "I'm always the last to know when someone leaves, so their accounts stay open for weeks.",
    "comm",
  ],
  ["Partners can't be made to do anything. You persuade or you wait.", "power"],
  ["I think they see me as the person who makes their phones annoying.", "conflict"],
  [
    "Incident last spring: paralegal clicked, reported in two minutes, we reset, done. Proud of her.",
    "",
  ],
  [
    "Policy updates go out as a one-paragraph summary with a link, and people seem to read the summary at least.",
    "",
  ],
  [
    "my biggest worry is the partner who uses his personal Hotmail for client stuff and won't stop",
    "feel blame:emp conflict",
  ],
  ["I know I come across as cold in emails. I'm working on it.", "comm blame:self"],
  ["Everyone's very polite about security until it costs them a minute.", "conflict"],
  [
    "We switched to a fixed-fee IT contract so staff can ring as often as they like. Calls doubled, incidents halved.",
    "",
  ],
  ["I don't have any authority, just a job title.", "power"],
  ["They're not careless, they're busy. There's a difference.", ""],
  [
    "The receptionist told me she was afraid to admit she'd clicked because of what happened to the last person.",
    "feel power distance",
  ],
  ["The audit partner and I have a standing coffee on Tuesdays. Sounds small, matters a lot.", ""],
  ["Quarterly refresher takes fifteen minutes and people actually seem to like it.", ""],
  [
    "Our last pen test report was so technical I couldn't present it to the partners.",
    "comm blame:sec",
  ],
  ["Staff think the encrypted email portal was designed to punish them.", "conflict"],
  [
    "Completely lost my temper at a fee earner about USB sticks. Not my finest moment.",
    "blame:self conflict feel",
  ],
  ["Managers overrule me whenever a client deadline is involved, which is always.", "power"],
  ["I get on well with most of them. Couple of grumps, nothing serious.", ""],
  ["If there's ever a breach, the partners will look at me first, I know they will.", "feel power"],
  [
    "The satellite office used to feel cut off but we do a video call every fortnight now and it's fine.",
    "",
  ],
  [
    "the one time i asked the accounts team about their shared password they all went quiet and changed the subject",
    "distance",
  ],
  [
    "They're adults, they're professionals. I don't treat them like kids, and they don't act like kids.",
    "",
  ],
  [
    "Half our problems come from me rolling things out without asking anyone first.",
    "blame:self power",
  ],
  ["The clinic staff go to the software vendor directly and skip me entirely.", "distance"],
  ["Security's not a dirty word here, and that took years.", ""],
  ["Every new starter gets twenty minutes with me face to face. Best thing I ever did.", ""],
  [
    "The consultants travel constantly, but they message me from airports if anything looks off. No complaints.",
    "",
  ],
  ["The partners see the breach register as me collecting evidence against them.", "conflict"],
  [
    "Our cyber insurance questionnaire got filled in by a partner who didn't ask me a single question.",
    "power",
  ],
  [
    "The Friday afternoon payment fraud is on me, I should have pushed the call-back rule harder.",
    "blame:self",
  ],
  [
    "Support staff ask me about everything, even printer toner, and honestly I'd rather that than silence.",
    "",
  ],
  ["Our IT lot are slow, but they're honest and they explain things.", ""],
  ["Nobody thanks you when nothing happens.", "feel"],
];

export const VOICES_CP: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CP_2,
  ...VOICES_CP_3,
  ...VOICES_CP_4,
];
