import type { RawExample } from "./types.js";
import { VOICES_CK_2 } from "./voices-ck-2.js";
import { VOICES_CK_3 } from "./voices-ck-3.js";
import { VOICES_CK_4 } from "./voices-ck-4.js";

/** Owners, directors and senior managers of small and medium firms on their IT/security people and their staff's relationship with them. Written fresh for Rapport (brief CK). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our IT manager blocked the sales team's file-sharing app the week before our biggest pitch, and nobody asked me first.",
    "conflict power",
  ],
  [
    "I sign off the security budget every year and couldn't tell you what half of it buys. That's on me, really.",
    "blame:self",
  ],
  ["Our IT lead explains things to me like a normal human being. Rare and appreciated.", ""],
  ["Staff will click on anything with a logo on it, I've watched them do it.", "blame:emp"],
  [
    "The monthly security report is forty pages of acronyms. I read the first page and file it.",
    "comm distance",
  ],
  [
    "Honestly the contractor holds every password we have and I'd be stuffed if he walked.",
    "power feel",
  ],
  ["we had a phishing scare in march, handled brilliantly, everyone knew who to call", ""],
  ["My team treat the IT guys like traffic wardens.", "conflict"],
  ["I only hear from security when there's been an incident or an invoice.", "comm"],
  [
    "Frankly our IT people are a cost centre whose main product is the word no.",
    "blame:sec conflict",
  ],
  [
    "I was the one who clicked the fake courier link. As the MD. Still cringe about it.",
    "blame:self feel",
  ],
  [
    "Every quarter he sits down with me for twenty minutes, plain English, what's changed, what he needs. Couldn't ask for more.",
    "",
  ],
  [
    "Nobody in the office reports the dodgy emails anymore, they just delete them and get on.",
    "distance",
  ],
  ["The new password policy nearly caused a walkout in accounts.", "conflict"],
  [
    "I don't feel I can overrule IT even when I think they're wrong. They make very sure I know it's their area.",
    "power",
  ],
  ["Our sysadmin speaks to the admin staff like they're six years old.", "comm power"],
  ["Works fine for us, no complaints.", ""],
  [
    "I lie awake worrying we're one click from losing the lot, and the staff just don't take it seriously.",
    "feel blame:emp",
  ],
  [
    "Half my staff have never actually met our IT support. It's all tickets to a desk somewhere in another city.",
    "distance comm",
  ],
  [
    "Security wanted twelve grand for a firewall and couldn't explain why in words I understood, so I said no.",
    "comm conflict",
  ],
  ["Probably my fault we're exposed, I never made security a board-level thing.", "blame:self"],
  ["the IT team can be a bit slow sometimes but they always get there in the end", ""],
  [
    "When the ransomware hit, IT went silent for two days. No updates. I was frightened out of my wits.",
    "comm feel",
  ],
  ["Staff go round the VPN because it's painfully slow and IT won't fix it.", "conflict blame:sec"],
  ["I genuinely trust our IT manager more than my accountant.", ""],
  ["they never explain anything, just send a ticket number and close it", "comm"],
  [
    "Our warehouse lads think security is something that happens to other people.",
    "blame:emp distance",
  ],
  [
    "I keep our outsourced IT at arm's length, I don't really want to know the details.",
    "distance",
  ],
  ["Every time I ask a simple question I get a lecture on zero trust architecture.", "comm feel"],
  ["Security are the department of 'have you raised a ticket'.", "comm blame:sec"],
  [
    "It's a bit humiliating when the 24-year-old IT lad has to walk me through logging into my own email.",
    "feel power",
  ],
  ["Our staff don't trust IT and IT doesn't trust our staff. It's a stalemate.", "conflict"],
  ["Used to dread the IT audit, now it's actually a useful conversation.", ""],
  [
    "I'm annoyed we pay a retainer and still wait three days for a password reset.",
    "feel blame:sec",
  ],
  [
    "People here hide their mistakes from IT because they're scared of getting a telling-off.",
    "feel distance",
  ],
  ["Users are the weak point, always have been, always will be.", "blame:emp"],
  [
    "I get a red-amber-green dashboard each month. It's always amber. Nobody can tell me why.",
    "comm",
  ],
  [
    "My office manager has basically become the IT department because nobody wants to deal with the actual one.",
    "distance",
  ],
  ["Our MSP are friendly, answer the phone, and turn up when we need them.", ""],
  ["I approved the budget cut that left us without proper backups. I'll own that.", "blame:self"],
  [
    "The IT director has more say over how my staff work than I do, and I own the company.",
    "power",
  ],
  [
    "Got a stern email from security about my 'risky behaviour' for forwarding a file to my own Gmail. Felt like a naughty schoolboy.",
    "comm feel power",
  ],
  ["Staff keep writing passwords on post-its. I've given up asking.", "blame:emp distance"],
  ["Our security consultant is never condescending, even when my questions are daft.", ""],
  ["the only time i speak to IT is when something's on fire", "comm distance"],
  [
    "Our developers and our security person argue constantly and I'm stuck refereeing.",
    "conflict feel",
  ],
  [
    "I feel a bit stupid in meetings with our IT provider, like I should already know what they're on about.",
    "feel power",
  ],
  [
    "Quite frankly IT have made it harder for my team to do their jobs, not easier.",
    "blame:sec conflict",
  ],
  ["I'm not technical and I'm completely at the mercy of whatever our IT bloke says.", "power"],
  [
    "When we had the invoice fraud attempt, our bookkeeper spotted it and IT backed her up brilliantly.",
    "",
  ],
  ["my staff moan about multi factor every single day", "conflict feel"],
  ["They speak in CVE numbers. I run a bakery chain.", "comm"],
  ["I've stopped passing on complaints to IT, nothing ever changes.", "distance"],
  [
    "Honestly, I think our people are too careless with data, and I'm not sure training will fix it.",
    "blame:emp",
  ],
  [
    "Nobody's sure who actually decides what software we're allowed. Some faceless policy somewhere.",
    "power",
  ],
  ["I'd like IT to come to the Monday meeting once in a while, they never do.", "distance"],
  [
    "The pen test report came back and I'm embarrassed to admit I didn't understand a word.",
    "comm feel",
  ],
  ["Good people. Don't always agree with them but they listen.", ""],
  ["Our IT firm treats every request from us like an imposition.", "power blame:sec"],
  [
    "I exempted myself from two-factor because it annoyed me. Then my account got compromised. My own stupid fault.",
    "blame:self",
  ],
  ["Staff feel policed rather than supported, and I can't say they're wrong.", "feel power"],
  ["Lots of eye-rolling from IT whenever sales ask for anything.", "conflict comm"],
  [
    "We had a laptop stolen from a car and it was sorted within the day, remote wiped, no fuss.",
    "",
  ],
  ["I'm the weak link here, not my staff. I reuse passwords everywhere.", "blame:self"],
  ["the helpdesk guy is nice enough but I can never get hold of him", "conflict"],
  ["I'm fed up with being told no without any alternative offered.", "feel conflict"],
  ["Our IT team don't understand the business, they understand servers.", "blame:sec"],
  [
    "Some of our older staff are genuinely frightened of the computer, and our IT person doesn't help by sighing at them.",
    "feel comm",
  ],
  ["I honestly couldn't name anyone in our security team.", "distance"],
  [
    "Decisions about our systems get made somewhere above my head at the MSP and I just get told after.",
    "power comm",
  ],
  [
    "Budget for security? I give them what they ask for, they know better than me and they've earned it.",
    "",
  ],
  [
    "Our receptionist forwarded a scam to the whole company asking if it was real. Bless her. Still, better than clicking.",
    "",
  ],
  [
    "I'm constantly worried the IT lad will leave and take all the knowledge with him.",
    "feel power",
  ],
  [
    "they've never once explained to me why we need all these updates, they just happen at the worst moment",
    "comm conflict",
  ],
  ["Emails from IT are all caps and exclamation marks. DO NOT. MUST. IMMEDIATELY.", "comm"],
  [
    "We run a tight ship, IT and the floor staff chat every day, it's not an us-and-them thing.",
    "",
  ],
  [
    "If I'm honest I avoid the IT manager because every conversation ends up being about what we're doing wrong.",
    "distance comm",
  ],
  ["My staff would rather text me a photo of an error than talk to IT.", "distance"],
  ["IT blocked YouTube and now marketing can't do their jobs. Genius.", "conflict blame:sec"],
  ["It frustrates me no end that I have to beg for admin rights on my own laptop.", "feel power"],
  ["I should have listened when he warned us about the old server. He was right.", "blame:self"],
  ["Security briefings here are delivered like a police caution.", "comm power"],
  ["The IT company send a report every month but nobody ever talks us through it.", "comm"],
  [
    "Our designers install whatever they like and then blame IT when it breaks.",
    "blame:emp conflict",
  ],
  [
    "I'm frankly sick of the attitude from our outsourced support. They think we're idiots.",
    "feel power blame:sec",
  ],
  ["Our sysadmin is the most patient person in the building.", ""],
  ["Nobody here thinks security is their problem, they think it's IT's.", "distance blame:emp"],
  [
    "I signed a contract with an IT firm I don't understand, for services I can't describe. Whose fault is that? Mine.",
    "blame:self",
  ],
  ["The tension between ops and IT has got worse since the breach.", "conflict"],
  ["our IT is just my brother in law on weekends, which works well enough for a shop our size", ""],
  ["They never come to the office. Everything is remote, everything is a portal.", "comm distance"],
  ["I'll admit I was sceptical but the new security lead has won the staff over.", ""],
  ["The helpdesk tell my staff to 'read the policy' instead of helping them.", "comm blame:sec"],
  ["i get nervous every time IT schedule a call, it's never good news", "feel comm"],
  ["Our IT guy acts like he's doing us a favour by turning up.", "power blame:sec"],
  ["The staff are lazy about updates, they just keep hitting remind me later.", "blame:emp"],
  ["I had to find out about our data breach from a customer. Not from IT.", "comm feel blame:sec"],
  ["Honestly a bit embarrassed I don't know how our backups work.", "feel blame:self"],
  [
    "We tried a shared chat channel with IT so people could ask quick questions and it's been a hit.",
    "",
  ],
  ["The rule is no personal devices, full stop, and IT won't even discuss it.", "conflict power"],
  [
    "I'm paying for a security service that feels like it's working for someone else.",
    "power blame:sec",
  ],
  ["Our staff see IT as the people who take things away.", "conflict"],
  [
    "Half the team ignores the training videos, they just leave them running on mute.",
    "blame:emp distance",
  ],
  ["Our IT bloke's brilliant but he's a closed book. Nobody knows what he actually does.", "power"],
  ["There was a row in the kitchen about the new clean-desk policy.", "conflict"],
  ["It's my job to back IT up in front of the staff and I haven't been doing it.", "blame:self"],
  ["If I ask our MSP for a plain-English summary I get a longer technical one.", "comm"],
  ["I'd like to trust our IT team more, but I've been burned before.", "feel"],
  [
    "the accounts team just work on their personal laptops now cos the work ones are so locked down",
    "conflict",
  ],
  [
    "Response times are good, invoices are fair, and they explain their reasoning. Happy customer.",
    "",
  ],
  [
    "I was mortified when IT showed the whole management team my phishing-test result.",
    "feel power",
  ],
  [
    "Our people are too trusting. Someone rings claiming to be the bank and they'll read out anything.",
    "blame:emp",
  ],
  [
    "I keep meaning to sit down with IT and understand our risks properly. Never get round to it.",
    "blame:self distance",
  ],
  ["No face time with them at all. It's chatbot first, human never.", "comm distance"],
  [
    "They refused to let us trial a new CRM and then bought one themselves six months later.",
    "conflict power",
  ],
  [
    "Honestly, the security team are an invisible force that decides things and we find out when stuff stops working.",
    "power",
  ],
  [
    "I've told IT to stop cc'ing me on every alert, I can't make sense of them anyway.",
    "comm distance",
  ],
  ["staff shouldn't have to be scared of the IT department, but ours are", "feel power"],
  [
    "Our new hire from the bank was amazed at how relaxed our IT setup is. Took it as a compliment.",
    "",
  ],
  [
    "I expect IT to tell me about risks before they happen, not after. Doesn't happen.",
    "comm blame:sec",
  ],
  ["The IT manager and the finance director haven't spoken civilly in months.", "conflict"],
  ["Security training was actually fun this year, people were talking about it at lunch.", ""],
  ["Our staff are the problem, not the tech. The tech's fine.", "blame:emp"],
];

export const VOICES_CK: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CK_2,
  ...VOICES_CK_3,
  ...VOICES_CK_4,
];
