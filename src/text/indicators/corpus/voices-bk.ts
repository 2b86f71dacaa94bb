import type { RawExample } from "./types.js";
import { VOICES_BK_2 } from "./voices-bk-2.js";
import { VOICES_BK_3 } from "./voices-bk-3.js";
import { VOICES_BK_4 } from "./voices-bk-4.js";

/** Staff at small and medium publishing, media, architecture, engineering-design, printing and packaging firms, answering an anonymous survey about their IT-security people. Written fresh for Rapport (brief BK). */
const FIRST_PART: readonly RawExample[] = [
  [
    "They're helpful, mostly. When the RIP server went down before a print run, Tomasz was there within ten minutes.",
    "",
  ],
  ["Helpful? Depends on the day and whether you catch them before lunch.", "conflict"],
  [
    "Not really helpful. Every request to install a font manager turns into a three-week saga.",
    "conflict",
  ],
  ["Honestly I don't know what they do all day.", "distance"],
  [
    "They keep the servers running, handle the backups, set up our laptops and send round the phishing tests.",
    "",
  ],
  ["They come across as calm and a bit nerdy, in a good way.", ""],
  [
    "Bad experience: our whole layout folder got quarantined the night before the magazine went to print and nobody answered the phone.",
    "conflict",
  ],
  [
    "Good experience: I clicked a dodgy link, owned up straight away and Priya just said thanks for telling us and sorted it.",
    "",
  ],
  ["Their emails read like they were written for other IT people.", "comm"],
  ["I understand maybe half of what they write. The other half is acronyms.", "comm"],
  ["A working relationship. Polite, friendly enough, does the job.", ""],
  ["They'd probably say we're the ones who keep clicking on things.", "blame:emp"],
  ["They'd say the relationship is great, because nobody complains to their face.", "distance"],
  [
    "The architects here just work around them. If something's blocked we send it from our phones.",
    "distance conflict",
  ],
  ["they blocked wetransfer. how are we supposed to send 4gb of renders to a client??", "conflict"],
  [
    "I always feel a bit thick asking them anything. They make it obvious I should know already.",
    "feel comm",
  ],
  ["Mark explains things properly and never makes you feel daft for asking.", ""],
  [
    "We only hear from them when there's been a breach somewhere or they're about to make us change all our passwords.",
    "comm",
  ],
  ["Helpful, yes. Lightning fast, no. But they get there.", ""],
  ["I'm honestly the worst at this stuff, they must dread my tickets.", "blame:self"],
  [
    "They decided overnight that nobody could use USB sticks. Half our print clients still bring artwork in on sticks. No one asked us.",
    "conflict power",
  ],
  ["It feels like being watched by someone you've never met.", "power distance"],
  ["They're a team of two and they do a lot for the size of the place.", ""],
  [
    "The guy who looks after security is also the guy who fixes the plotter, so we see him a lot. He's fine.",
    "",
  ],
  ["Communication is clear enough. Short emails, what to do, by when.", ""],
  ["The monthly newsletter from IT goes straight in the bin, I'm afraid.", "distance"],
  ["Relationship? Cat and mouse. They lock things down, we find a way round.", "conflict distance"],
  [
    "I think they see us as a risk to be managed rather than as colleagues. We only hear from them when we're being told off.",
    "blame:emp comm",
  ],
  [
    "Our editors are permanently up against deadlines and the last thing they need is a pop-up forcing a restart.",
    "conflict",
  ],
  [
    "Forced restart mid-export. Lost an hour of video rendering last Tuesday. Still annoyed.",
    "conflict feel",
  ],
  ["I never know who to contact. Is it the helpdesk, the external company, or Steve?", "distance"],
  [
    "The external firm that does our security is faceless. A ticket number, and a reply two days later.",
    "comm distance",
  ],
  [
    "I was embarrassed when I failed the phishing test and apparently my name went to my manager.",
    "feel power",
  ],
  [
    "The phishing test results get shared department by department, nobody is named, which I think is fair.",
    "",
  ],
  ["They're very good at saying no and not very good at saying why.", "conflict comm"],
  ["When they say no they usually offer an alternative, which I appreciate.", ""],
  ["Some of them are a bit smug, to be honest. Makes you not want to ask.", "power distance"],
  ["They're not smug at all, which surprised me after my last job.", ""],
  ["Honestly I'd be lost without them. I'm useless with anything beyond InDesign.", "blame:self"],
  [
    "Positive: they set up the VPN on my laptop before I went out to a building site for a week. Worked first time.",
    "",
  ],
  [
    "Negative: I got locked out of my account on a site visit with no signal and no way to reset it, so I spent the day drawing on paper. Furious.",
    "conflict feel",
  ],
  ["i dont really have any contact with them tbh", "distance"],
  [
    "They come across like nightclub bouncers. Polite until you want something they don't like.",
    "power conflict",
  ],
  ["It's a bit like being back at school. You get told off if you do it wrong.", "power comm"],
  [
    "Most of what they send is understandable, except when they start going on about certificates and tokens.",
    "comm",
  ],
  ["They'd describe us as sensible people, mostly. I think they trust us.", ""],
  ["They'd say we're a nightmare. They might have a point.", "blame:emp blame:self"],
  ["Our MD deals with them directly, the rest of us just get the outcome.", "power distance"],
  ["They replaced the file server and the shared drive is so much faster now. Good job.", ""],
  ["They used to take ages to answer but since they hired Jo it's night and day.", ""],
  [
    "Their incompetence cost us a client. The proofing portal was down for two days and nobody could tell us why.",
    "blame:sec conflict comm",
  ],
  ["If I'm honest I avoid them. Easier to ask Dave in the studio, he knows computers.", "distance"],
  [
    "I feel like I'm bothering them whenever I log something. So half the time I don't.",
    "feel distance",
  ],
  ["They always say there's no such thing as a stupid question, and they actually mean it.", ""],
  [
    "The password rules are ridiculous. Sixteen characters, changed every sixty days. Everyone writes them on post-its.",
    "conflict",
  ],
  ["the new mfa thing is actually ok once you get used to it", ""],
  [
    "I didn't understand the email about the new policy at all, so I just ignored it.",
    "comm distance",
  ],
  ["Hard to say, I've been here a year and never actually spoken to one of them.", "distance comm"],
  ["They're the people who say no to plugins.", "conflict"],
  [
    "Lovely people. Just wish they understood that our Revit models are never going to fit under a 10MB attachment limit.",
    "conflict",
  ],
  ["They know we're on deadline most days, so they schedule updates for Friday evenings.", ""],
  [
    "Every time something goes wrong it's somehow our fault in their eyes. It's demoralising.",
    "blame:emp feel",
  ],
  ["I got a proper lecture for plugging my phone into the work Mac to charge it.", "comm power"],
  ["They work remotely for the most part, so it's Teams or nothing. Works fine though.", ""],
  ["We have a security guy? News to me.", "distance"],
  ["I'm a bit scared of them, if I'm honest. They can see everything we do.", "feel power"],
  [
    "They told us they monitor traffic but they've been clear they're not reading our emails. I believe them.",
    "",
  ],
  [
    "The way they talk to the lads on the print floor is different to how they talk to the designers. The press operators get talked down to.",
    "comm power",
  ],
  ["They fixed the colour-management workstation that the supplier couldn't. Legends.", ""],
  ["Helpful when you can find them.", "conflict"],
  [
    "They're never around on the night shift, and that's when the presses run.",
    "conflict distance",
  ],
  ["The relationship is pretty good. We have a laugh, they come to Friday drinks.", ""],
  ["Would they describe it as good? Probably, they don't hear the moaning.", "distance"],
  ["We moan about them, they moan about us. Standard.", "conflict"],
  [
    "They don't get that a newsroom can't stop for a twenty minute update at five o'clock.",
    "conflict",
  ],
  ["Frankly the security bloke is a jobsworth.", "blame:sec conflict"],
  [
    "When I started they sat down with me for an hour and went through everything. Really appreciated that.",
    "",
  ],
  [
    "I did feel stupid when they showed me how many passwords I'd reused, but they were nice about it.",
    "feel",
  ],
  ["I'm probably their worst nightmare, I click on everything.", "blame:self"],
  ["No idea what they'd say. We never talk.", "distance"],
  [
    "Oh they're super helpful. If by helpful you mean sending a 30-page PDF on acceptable use.",
    "comm blame:sec",
  ],
  ["The alerts they send are clear: what happened, what you need to do, and who to call.", ""],
  ["Their warnings come after the fact. We found out about the email scam from a client.", "comm"],
  [
    "Printing's a trade where people have been doing it thirty years, then some 25-year-old tells you the old Mac can't drive the imagesetter anymore. Goes down about how you'd expect.",
    "conflict",
  ],
  [
    "They explained why the old prepress Mac had to come off the network and offered to keep it running offline. Fair enough.",
    "",
  ],
  ["I don't report things anymore. Last time I did, nothing happened.", "distance"],
  [
    "I reported a weird email and got a reply within the hour saying well spotted. Made my day.",
    "",
  ],
  ["They treat us like kids. Can't even change the desktop wallpaper.", "power conflict"],
  ["Locked down, but I understand why. We handle unpublished manuscripts.", ""],
  [
    "The rules around manuscripts make sense but the way they were announced was awful, a one-line email, effective immediately.",
    "comm",
  ],
  ["Decent enough. They don't bother me and I don't bother them.", "distance"],
  ["It's a one-way street. They tell us things, we're never asked.", "power comm"],
  [
    "They did a survey before changing the file-sharing setup, and actually changed things based on what we said.",
    "",
  ],
  [
    "Our engineers think the security team are paranoid and the security team think our engineers are reckless. Both are a bit right.",
    "conflict blame:emp",
  ],
  ["Mostly I just feel sorry for them, they're clearly stretched.", ""],
  [
    "The outsourced lot seem to think a design studio works the same as an accountant's office. They've never set foot in here.",
    "conflict distance",
  ],
  ["Rarely see them. I couldn't pick them out of a line-up.", "distance"],
  ["They're patient with the older staff who struggle, which I like.", ""],
  ["They've got a weird habit of answering a question with a link to a policy document.", "comm"],
  [
    "The constant warnings about hackers make me anxious. I worry I'll be the one who lets them in.",
    "feel",
  ],
  ["I like that they don't try to scare us. Just plain advice.", ""],
  [
    "Their training video was full of phrases like 'lateral movement' and nobody had a clue.",
    "comm",
  ],
  [
    "They're essential, I'd say. We had ransomware at my last place and I never want to go through that again.",
    "",
  ],
  ["The security person treats me like an idiot because I'm a Mac user.", "power comm"],
  [
    "Whenever I ask for admin rights to install a font I get a lecture about malware.",
    "comm conflict",
  ],
  ["I'm not sure they'd call it a relationship at all. We're just users to them.", "distance"],
  ["Bit of a black box. Decisions come down from somewhere.", "power distance"],
  ["They bring biscuits to the training sessions, which helps.", ""],
  ["Our guy is honest when he doesn't know something, which I respect more than bluffing.", ""],
  [
    "They get irritated if you phone instead of raising a ticket. So you don't phone.",
    "comm distance",
  ],
  ["Tickets only. Even if you're sitting ten metres away.", "comm distance"],
  [
    "I once waited four days for a password reset. In a deadline week. Lost the plot a bit.",
    "conflict feel",
  ],
  [
    "Better than it was. There was a rough patch after the new firewall broke our FTP uploads to the printers, but they sorted it.",
    "",
  ],
  [
    "They'd describe themselves as the last line of defence. We'd describe them as the people who break the printer drivers.",
    "conflict blame:sec",
  ],
  [
    "I think they feel undervalued, honestly. People only notice them when something breaks.",
    "comm",
  ],
  ["Can't complain.", ""],
  ["Mixed. Good people, terrible timing on the updates.", "conflict"],
  [
    "My fault entirely, but I lost a laptop on the train and they were brilliant about it.",
    "blame:self",
  ],
];

export const VOICES_BK: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BK_2,
  ...VOICES_BK_3,
  ...VOICES_BK_4,
];
