import type { RawExample } from "./types.js";
import { VOICES_J_2 } from "./voices-j-2.js";

/**
 * Employees answering the open questions of an anonymous security-relationship survey, one answer
 * per statement: dental and vet practices, bakeries, removals, solicitors, opticians, museums, gyms,
 * nurseries, buses, printers, recruiters, software shops, parish councils, plumbers, wholesalers.
 * Written fresh for Rapport (brief J).
 * Continued in voices-j-2.ts (one file per few hundred lines).
 */
const FIRST: readonly RawExample[] = [
  // Are the security staff helpful?
  ["Yes. Our IT lad sorted the X-ray PC in twenty minutes flat and explained what he'd done.", ""],
  [
    "Not really. You log a ticket about the appointment system and it sits there till patients are queuing out the door.",
    "conflict",
  ],
  [
    "Helpful if you can find them. The practice uses a firm in Leeds and I've never had the same person twice.",
    "distance conflict",
  ],
  [
    "Depends who picks up. One of them is lovely, the other makes you feel like you've wasted his whole morning.",
    "feel comm",
  ],
  [
    "No, because they don't know what a bakery needs. They locked the ordering tablet at 4am and nobody answers till nine.",
    "conflict distance",
  ],
  ["They're helpful in the sense that a locked door is helpful.", "conflict blame:sec"],
  [
    "Very. The vet software crashed halfway through the surgery list and the MSP stayed on the phone until it was back.",
    "",
  ],
  [
    "Helpful? They're never here. We're a removals firm, the crews are out all day, and IT is an email address.",
    "distance comm",
  ],
  ["I'd say yes, but I've only needed them once.", ""],
  [
    "Honestly no. I asked for help with a dodgy email and got sent a link to a forty-page policy.",
    "comm conflict",
  ],
  ["Sort of. They fix things but you come away feeling like an idiot for asking.", "feel comm"],
  [
    "Not to us. The membership system belongs to head office and their security people won't talk to franchise staff.",
    "distance power",
  ],
  ["Never needed them, so I couldn't say.", ""],
  [
    "They were great when my laptop got nicked from the van. No lecture, just a new one by Tuesday.",
    "",
  ],
  ["helpful yes, quick no. takes a week to get a new starter logged in at the nursery", "conflict"],
  [
    "They mean well, but they're hopeless with anything that isn't Windows, and half our print studio runs on Macs.",
    "blame:sec conflict",
  ],
  [
    "Not helpful, no. At the solicitors they're the reason we can't email a client a bundle over 10MB.",
    "conflict blame:sec",
  ],
  [
    "Yes, and I think that's because she used to work on the optician's counter herself, so she gets it.",
    "",
  ],
  ["Yeah they're alright.", ""],
  ["Helpful to the managers. The rest of us join a queue.", "power conflict"],
  // What do security staff do here?
  ["No idea, genuinely.", "distance"],
  ["Send emails about passwords, as far as I can tell.", "comm distance"],
  [
    "They watch the cameras and the logins. Mostly the logins, going by who gets called into the office.",
    "power",
  ],
  [
    "At the museum they do the alarms and the CCTV and now apparently the computers too. Same two blokes.",
    "",
  ],
  ["Patch things, back things up, tell us off.", "comm"],
  [
    "They check incoming mail for anything dodgy and quarantine it. Works fine most of the time.",
    "",
  ],
  [
    "Something with firewalls. They did a presentation once but it was wall-to-wall acronyms.",
    "comm distance",
  ],
  [
    "Audits. Twice a year they turn up with a clipboard and go through everyone's drawers.",
    "power",
  ],
  [
    "The parish council doesn't have security staff. The clerk's son does the laptop when he visits.",
    "",
  ],
  ["They decide which websites we can see. Nobody asked us what we need.", "power"],
  [
    "Our MSP looks after the servers and the backups. I only know because it's on the invoice.",
    "distance",
  ],
  ["Whatever it is, they do it somewhere else.", "distance"],
  [
    "They run the door entry and the depot PCs. The drivers only see them when a swipe card stops working.",
    "comm",
  ],
  ["Keep the candidate database locked down, which it needs to be, we hold thousands of CVs.", ""],
  ["As far as I can tell, they approve or refuse things. Mostly refuse.", "power conflict"],
  // How do they work?
  ["Tickets. Everything is a ticket, even a two-second question.", "comm conflict"],
  ["Remotely. Four years here and I've never seen one of them in the flesh.", "distance"],
  ["Quietly and well, I think. You don't notice them, which is the point.", ""],
  ["They come in on Thursdays and walk round asking if anyone has anything. Really handy.", ""],
  ["By email, from a no-reply address.", "comm distance"],
  ["Slowly, and on their schedule, not ours.", "conflict power"],
  ["They do it all on their own and mention it later, sometimes.", "comm power"],
  [
    "It's one man at the wholesaler's head office doing everything. He's run ragged and you can hear it on the phone.",
    "",
  ],
  [
    "Through a portal that needs its own password, which I always forget, so I don't bother.",
    "distance conflict",
  ],
  ["In bursts. Nothing for months, then a flurry of new rules in one week.", "comm conflict"],
  [
    "There's a lot of monitoring. Apparently they can see every keystroke on the reception PC.",
    "power",
  ],
  ["Reactive. You hear nothing until it breaks.", "comm"],
  [
    "Properly, to be fair. There's a rota, someone always answers, and they ring back when they say they will.",
    "",
  ],
  ["By the book, even when the book makes no sense for a nursery with twelve staff.", "conflict"],
  [
    "we never really see how they work, stuff just changes on our computers overnight",
    "distance comm",
  ],
  ["They work for head office, not for us. Big difference.", "distance power"],
  ["Too few of them for the work, but they're trying.", ""],
  [
    "They've got a checklist and they stick to it whether or not it fits the job in front of them.",
    "conflict",
  ],
  ["Closed doors. Decisions get made and we find out when something stops working.", "power comm"],
  ["Fine. There's a number, you ring it, it gets sorted.", ""],
  // A negative experience?
  [
    "I reported a phishing email and was told I should have spotted it sooner. Haven't reported one since.",
    "comm distance blame:emp",
  ],
  [
    "They wiped my work phone remotely because I'd missed an update. Lost every photo of the jobs I'd priced that week. Gutted.",
    "conflict power feel",
  ],
  [
    "Getting marched through a breach interview like a suspect, over one misaddressed letter.",
    "power feel",
  ],
  [
    "The whole bakery was offline on Good Friday because of a certificate they forgot to renew.",
    "blame:sec conflict",
  ],
  ["He snapped at my colleague in front of a patient. I was mortified for her.", "comm feel"],
  ["Nothing major. A few slow replies.", ""],
  [
    "I got locked out in the middle of a completion and had to ring the other side's solicitor to apologise. Humiliating.",
    "feel conflict",
  ],
  ["Not really a negative one, no.", ""],
  [
    "When I asked why Zoom was banned the answer was 'because we said so', just in more words.",
    "power comm",
  ],
  [
    "They phoned my manager instead of me about a USB stick. I found out second hand.",
    "power comm",
  ],
  [
    "All the removal crews failed the test email and the report called us 'high-risk users'. We lift wardrobes for a living. Bit insulting, honestly.",
    "blame:emp feel",
  ],
  [
    "When they took the museum's booking site down for maintenance on a bank holiday weekend.",
    "conflict",
  ],
  [
    "I clicked a fake invoice link. My fault completely, and they were kind about it, so nothing negative really.",
    "blame:self",
  ],
  [
    "Asking a simple question and being told it's 'not something you need to worry about, love'.",
    "power comm",
  ],
  [
    "I waited three days for a reset and had to borrow a colleague's login to get payroll out.",
    "conflict distance",
  ],
  [
    "They put monitoring software on the gym reception PC and told nobody. We found it by accident.",
    "power comm",
  ],
  [
    "the new IT company deleted our shared drive shortcuts and it took a week to find everything. no apology",
    "blame:sec conflict",
  ],
  [
    "Honestly, the worst thing was my own doing. I left the surgery laptop on the bus.",
    "blame:self",
  ],
  [
    "A telling-off by email, copied to the practice manager, for forwarding a rota to my personal address.",
    "comm power",
  ],
  [
    "They locked the nursery parents' app down so tightly that half the parents gave up on it.",
    "conflict",
  ],
  ["Can't think of one.", ""],
  [
    "I rang about a frozen till on a Saturday and got a voicemail saying office hours are Monday to Friday. I was fuming.",
    "conflict distance feel",
  ],
  // A positive experience?
  [
    "When the ransomware scare came round, Priya from IT came down to the shop floor and talked us all through it. Felt looked after.",
    "",
  ],
  [
    "They got the back-office printer printing from the laptops at last. Small thing, made my year.",
    "",
  ],
  [
    "The day the optician's till was hacked they had us trading again by lunch. Couldn't fault them.",
    "",
  ],
  [
    "They ran a short session in the depot canteen with tea, biscuits and no jargon. More of that please.",
    "",
  ],
  [
    "One of them stayed late to recover the vet records after a crash. I still owe him a bottle of wine.",
    "",
  ],
  [
    "Their new password manager is easier than what we had. First time a security change has made my life simpler.",
    "",
  ],
  [
    "When I admitted I'd clicked a link, nobody made a fuss. They fixed it and thanked me for saying.",
    "",
  ],
  ["I suppose it was positive that they came at all, after six weeks.", "conflict"],
  [
    "The MSP sent someone to the parish hall to set up the councillors' email properly. Very patient with the older members.",
    "",
  ],
  [
    "When a fake candidate scammed one of our recruiters they handled it discreetly and nobody was named and shamed.",
    "",
  ],
  ["They once explained two-factor to me with a front door and two keys. Finally got it.", ""],
  ["Honestly the only positive is that they leave us alone.", "distance"],
  [
    "The plumbing firm's IT bloke rang me back on a Saturday to get the job sheet app going. Above and beyond.",
    "",
  ],
  [
    "Our new starter induction now includes half an hour with IT. Lovely to put faces to names.",
    "",
  ],
  [
    "They fought head office to get the drivers a simpler sign-in. Proper on our side for once.",
    "",
  ],
  // Is what they tell you understandable?
  ["No. It reads like the small print on a phone contract.", "comm"],
  ["Mostly, yeah.", ""],
  ["Not a word. 'Your endpoint is non-compliant.' What endpoint? Which end?", "comm"],
  ["When they say it out loud, yes. When they write it down, no chance.", "comm"],
  ["Clear enough, they write like normal people.", ""],
  ["I skim it. Nobody in the kitchen reads past the subject line.", "distance blame:emp"],
  [
    "Understandable, yes. Relevant, not always. Half of it is meant for office staff and we're in a warehouse.",
    "distance",
  ],
  [
    "Their emails are so full of capitals and warnings that I get anxious just opening them.",
    "comm feel",
  ],
  ["i dont understand most of it and im too embarrassed to ask", "comm feel distance"],
  ["They've got better. The new guy puts a one-line summary at the top, which I love.", ""],
  ["Not really, and I don't think they want it to be. Keeps them important.", "comm power"],
  [
    "It's understandable, but it's always a scolding. 'Once again staff have failed to...'",
    "comm blame:emp",
  ],
  ["My eyes glaze over, I'll be honest. That's on me, not them.", "blame:self distance"],
  ["Only once the practice manager has translated it into English for us.", "comm"],
  ["They send it as PDFs that won't open on the tablets, so I couldn't tell you.", "comm conflict"],
  ["Plain English, short, and they tell you why. No complaints.", ""],
  ["It's understandable. There's just so much of it that I've stopped reading.", "comm distance"],
  ["Sometimes. The bits about fines frighten me more than they help.", "feel"],
  ["Clear as mud.", "comm"],
  ["Yes, though sometimes I need to ask twice, and they never mind.", ""],
  // How would you describe your relationship with them?
  ["Non-existent.", "distance"],
  ["Friendly. I know their kids' names.", ""],
  ["Like being on probation forever.", "power"],
  ["Polite but cold.", "distance"],
  ["Strained, since the laptop audit.", "conflict"],
  ["Transactional. I need something, I ask, I wait.", "distance"],
  ["Good, I'd say. They've always had time for me.", ""],
  ["One-sided. Rules arrive, we comply, nobody asks how it's going.", "power"],
  ["We don't have one, really. I couldn't name anyone in IT.", "distance"],
  ["Wary on both sides.", "conflict feel"],
  ["Like dealing with the council, and I work for the council.", "distance"],
  ["Fine when things work, tense when they don't, and things often don't.", "conflict"],
  ["Landlord and tenant, basically. They own the kit, we just rent a login.", "power"],
  ["I avoid them. Easier to ask Dave in dispatch, he's good with computers.", "distance"],
  [
    "Really good. One of our dental nurses is married to the IT contractor, so it's basically family.",
    "",
  ],
  ["Frosty, since they took the USB ports off the studio Macs without asking.", "conflict power"],
  ["Respectful. They know servers, I know the gym floor, and that works.", ""],
  ["Every phone call, I catch myself apologising before I've said what's wrong.", "feel"],
  ["It's like having a smoke alarm you never get to meet.", "distance"],
  ["Patchy. Some good days, but mostly I keep my head down.", "distance"],
  ["Intimidated, if I'm honest. The lead has a way of looking at you.", "feel"],
  ["Ghosts.", "distance"],
  ["Bossy.", "power"],
  ["Grumpy but good.", ""],
  // How would they describe you?
  ["A weak spot.", "blame:emp"],
  ["A nuisance who rings too often.", "blame:emp"],
  ["Us lot in the warehouse? A liability, they'd say.", "blame:emp"],
  [
    "Probably 'the dentist who can't remember her password'. Fair, to be honest.",
    "blame:emp blame:self",
  ],
  ["They wouldn't. They don't know who I am.", "distance"],
  ["As one of the good ones, I hope. I always report the dodgy emails.", ""],
  [
    "Difficult, probably. I push back when their rules stop us getting furniture out on time.",
    "conflict",
  ],
  ["As a ticket number.", "distance"],
  [
    "'The recruiters who click everything.' They've said as much at the quarterly meeting.",
    "blame:emp comm",
  ],
  ["Friendly, I'd imagine. We have a laugh when they're in.", ""],
  ["Ignorant, probably, and they wouldn't be far wrong.", "blame:emp blame:self"],
  ["As kids who need watching.", "power blame:emp"],
  ["Annoying, because I ask a lot of questions. But they always answer them.", ""],
  ["A risk to be managed, going by the training videos.", "blame:emp"],
  ["They'd say the bus drivers never read anything, and to be fair most of us don't.", "blame:emp"],
  ["A decent user who forgets the odd thing. Fair enough.", ""],
  ["At the nursery we're 'the ones who lose things', I gather.", "blame:emp"],
  ["A pest, probably. I'm always on at them about the slow login.", "conflict"],
  ["They'd describe the whole print floor as a lost cause.", "blame:emp"],
  ["No idea. I've never spoken to one.", "distance"],
  ["As a headcount, I suspect.", "distance"],
  [
    "Careless. I left a patient list on the printer once and they've never let me forget it.",
    "blame:emp blame:self",
  ],
  ["Reliable, I hope. I've never given them any bother.", ""],
];

export const VOICES_J: readonly RawExample[] = [...FIRST, ...VOICES_J_2];
