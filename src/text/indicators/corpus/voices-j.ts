import type { RawExample } from "./types.js";

/**
 * Employees answering the open questions of an anonymous security-relationship survey, one answer
 * per statement: dental and vet practices, bakeries, removals, solicitors, opticians, museums, gyms,
 * nurseries, buses, printers, recruiters, software shops, parish councils, plumbers, wholesalers.
 * Written fresh for Rapport (brief J).
 */
export const VOICES_J: readonly RawExample[] = [
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
  // What is good and bad about the relationship?
  ["Bad: they only ring when something's broken. Good: when it's broken, they ring.", "comm"],
  ["Good: they're quick. Bad: they're just as quick to blame us.", "blame:emp"],
  ["Good is the people. Bad is the process.", "conflict"],
  ["The good thing is they fix stuff fast. The bad thing, nothing.", ""],
  ["Bad: no say whatsoever in what gets rolled out. Good: it's usually rolled out well.", "power"],
  ["Good: none. Bad: all of it.", "conflict blame:sec"],
  ["Good that we've got someone. Bad that they're in another county.", "distance"],
  ["Bad is the fear. Everybody's frightened of failing the next test email.", "feel"],
  [
    "The good part is the monthly catch-up at the surgery. The bad part is it keeps getting cancelled.",
    "conflict",
  ],
  ["Bad: they talk over you. Good: they do know their stuff.", "comm"],
  ["Good: friendly faces at the Christmas do. Bad: that's the only time we see them.", "distance"],
  ["It's all fine, honestly. No complaints on either side.", ""],
  [
    "Bad is that we work around them rather than with them. Shared logins, personal phones, the lot.",
    "distance",
  ],
  ["Good: they're honest. Bad: they don't trust us an inch.", "power"],
  [
    "The bad is mostly on our side. We ignore the reminders and then moan when things go wrong.",
    "blame:self blame:emp",
  ],
  ["Good: they explain why. Bad: only after we've complained.", "comm conflict"],
  [
    "Good that they're firm about security, bad that they won't bend for a tiny practice with two vets.",
    "conflict",
  ],
  ["bad - everythings done by email. good - they reply to the emails", "comm"],
  ["Good: one less worry for me. Bad: can't think of anything.", ""],
  [
    "Bad is how little they know about what a removal firm does day to day. Good is they're trying to learn.",
    "distance",
  ],
  ["Good: the new lead actually visits. Bad: she's only been once so far.", "distance"],
  // How do security staff feel about employees?
  ["Slow on the uptake, all of us, in their view.", "blame:emp"],
  ["We're something to be put up with, I reckon.", "blame:emp feel"],
  ["Warmly, I think. They always stop for a natter by the kettle.", ""],
  [
    "Each of us is an incident that hasn't happened yet, as far as they're concerned.",
    "blame:emp power",
  ],
  ["Fed up with us. You can hear the sigh before they say hello.", "feel blame:emp"],
  ["We don't cross their minds, I'd guess.", "distance"],
  ["Protective. Like we're their responsibility, in a good way.", ""],
  ["They probably resent us. We're the reason they get called at 2am.", "feel blame:emp"],
  [
    "I'd guess they find the older staff hard work. Can't blame them, I'm one of them.",
    "blame:emp blame:self",
  ],
  ["Suspicious. They treat the temps like shoplifters.", "power blame:emp"],
  ["They don't rate us. You can tell from the tone of the emails.", "blame:emp comm"],
  ["Like we're children who'll eat the crayons.", "power blame:emp"],
  ["Fond, mostly. The ones who've been here a while know everyone by name.", ""],
  [
    "Frustrated, and honestly we earn it. Half the office still writes passwords on Post-its.",
    "feel blame:emp blame:self",
  ],
  ["Polite, but I think deep down we're users to them, not colleagues.", "distance"],
  ["Not sure they feel anything. It's all automated emails.", "comm distance"],
  ["They respect us. When we raised the shift problem they changed the rule within a week.", ""],
  // Mixed answers
  ["They're condescending. I run the accounts for a wholesaler, I'm not a toddler.", "comm power"],
  [
    "Useless. The backups failed for three months and nobody noticed until we needed them.",
    "blame:sec",
  ],
  ["There's always a knot in my stomach that the next scam gets through because of me.", "feel"],
  [
    "We can't install anything, can't change anything, can't even move the desktop icons.",
    "power conflict",
  ],
  ["Every month it's a new hoop. I've stopped jumping.", "conflict distance"],
  [
    "Their MFA rollout at the bus depot was a shambles. Drivers locked out at 5am with nobody to ring.",
    "blame:sec conflict",
  ],
  ["It's exhausting. Monday mornings are a wrestling match with the sign-in.", "feel conflict"],
  [
    "They decided nursery staff can't use phones for photos any more. Fine, but then give us a tablet.",
    "conflict power",
  ],
  ["My own fault I fell for the fake parcel text, I was rushing between clients.", "blame:self"],
  ["I just click OK on whatever pops up and get on with the day.", "distance"],
  [
    "Nobody told us the Wi-Fi password had changed. The whole gym found out when the class music cut out.",
    "comm conflict",
  ],
  ["I don't report things any more. Last time it turned into an inquisition.", "distance power"],
  ["They're lovely, but I'd never dare question one of their decisions.", "power"],
  ["The security guy at our software house is smart, funny and patient. Ten out of ten.", ""],
  [
    "We're developers, and they still treat us like we'll break something if we touch it.",
    "power blame:emp",
  ],
  [
    "Whoever wrote the rules has never had to get a boiler signed off on a customer's doorstep.",
    "distance conflict",
  ],
  ["I feel guilty every time I ask for help because they're so stretched.", "feel"],
  [
    "They sent a 'final warning' to the whole surgery about one door left propped open. Very dramatic.",
    "comm blame:emp",
  ],
  ["Pretty good overall. Not perfect, nothing ever is.", ""],
  ["Hand on heart, not one of them has ever been sniffy with me.", ""],
  ["Fair, not cold. They just don't do small talk.", ""],
  ["Nobody's ever blamed me for anything, even when I probably deserved it.", ""],
  [
    "It was a rocky start with the new MSP, but they've come in every fortnight since spring and it's much better now.",
    "",
  ],
  ["The tills are ancient, but that's down to the owner being tight, not IT.", ""],
  ["Low maintenance both ways. I ask for little and I get it.", ""],
  ["They save the jargon for each other. With us it's plain words.", ""],
  [
    "I'm not intimidated. I used to be, before our manager started joining the calls with them.",
    "",
  ],
  ["The phishing training was short and actually funny. Didn't mind it a bit.", ""],
  ["They answered on a Sunday when the opticians' booking page went down. That's service.", ""],
  ["Businesslike. No drama either way.", ""],
  ["Neither good nor bad, just there.", ""],
  [
    "We don't really need them. It's a twelve-person software shop and we all know what we're doing.",
    "",
  ],
  ["Their newsletter is genuinely readable, which I never expected from security.", ""],
  ["They can read our Teams chats and we can't even see our own login history.", "power"],
  ["Audits are for the secretaries. Partners somehow never get one.", "power"],
  ["You can't argue. Whatever compliance says, goes.", "power"],
  [
    "They spot-check the removal men's phones for the tracking app. Nobody checks the office.",
    "power",
  ],
  [
    "Every blocked website means writing a justification, like a kid writing lines in detention.",
    "power conflict",
  ],
  ["There's a sense of being watched for the first mistake.", "power feel"],
  ["Decisions get made at head office and the bakeries just get a memo.", "power comm"],
  ["All we ever get is a red banner across the intranet.", "comm"],
  ["Security emails me for one reason: I've messed up.", "comm"],
  ["The tone is pure primary school assembly.", "comm power"],
  ["I asked what 'conditional access' meant and got a link to Microsoft's website.", "comm"],
  [
    "The announcements go on the staffroom noticeboard, which nobody has looked at since 2019.",
    "comm",
  ],
  ["Annoyed, mainly. And a bit hurt that nobody thanked us for spotting the scam.", "feel"],
  ["I dread the yearly audit. Lose sleep over it.", "feel"],
  ["Disappointing. I expected more from a firm we pay that much.", "feel blame:sec"],
  [
    "Nights worry me. If the system falls over at 3am, there's no name on any list.",
    "feel distance",
  ],
  ["Every rule they bring in costs us ten minutes a patient.", "conflict"],
  ["We argue about the shared mailbox every single week.", "conflict"],
  ["Do it all their way and the first removal van leaves at lunchtime.", "conflict"],
  [
    "They won't let us email CVs to clients, and clients won't touch their portal. Stuck in the middle.",
    "conflict",
  ],
  ["My son sorts my laptop out. Simpler.", "distance"],
  ["Problems get sorted quietly in our team. IT would only make a meal of it.", "distance"],
  ["Whatever. As long as the card machine works I don't care.", "distance"],
  ["There's a bloke in a polo shirt who comes in sometimes. I think he's IT?", "distance"],
  [
    "They're the reason the website was down for two days. Expired domain. Basic stuff.",
    "blame:sec",
  ],
  ["Our last outage was their update. Our one before that was their update too.", "blame:sec"],
  [
    "Incompetent, frankly. They set up the new scanner so it emailed documents to the wrong address for a month.",
    "blame:sec",
  ],
  [
    "Security? They left the admin password on a sticky note behind the server cabinet.",
    "blame:sec",
  ],
  ["Passwords are my weak spot, I hold my hands up.", "blame:self"],
  ["Our team are the messy ones. We leave laptops unlocked all the time.", "blame:self blame:emp"],
  [
    "I'm the reason we all had the training, to be honest. I sent the payroll file to the wrong Sarah.",
    "blame:self",
  ],
  [
    "Some of the lads on the vans share the tablet PIN with anyone who asks. Security have a point there.",
    "blame:emp",
  ],
  [
    "The receptionists leave the practice system logged in all day. That's not IT's fault.",
    "blame:emp",
  ],
  [
    "My colleagues treat the phishing test like a joke, then wonder why we keep getting training.",
    "blame:emp",
  ],
  [
    "Our gym front desk hands the door code to anyone who says they've forgotten theirs.",
    "blame:emp",
  ],
  ["Yes.", ""],
  // More feelings and power
  [
    "Not helpful, no, and it's demoralising. You feel stupid before you've even finished explaining.",
    "feel",
  ],
  ["Nervous. I always think I'm about to be told off.", "feel"],
  [
    "A negative one? The week I thought I'd caused the breach. Couldn't eat. Turned out it wasn't even me.",
    "feel",
  ],
  ["They make me feel old and slow, if I'm honest.", "feel"],
  ["Bad: I'm on edge every time an email from them lands.", "feel"],
  ["They'd describe me as someone who panics. Which I do, around them.", "feel"],
  ["Fed up. Same fault with the scanner for a year and we're still waiting.", "feel conflict"],
  ["Exhausting to deal with. Every conversation turns into a fight.", "feel conflict"],
  [
    "Resentful, both ways. They think we're a drain, we think they're a handbrake.",
    "feel conflict blame:emp blame:sec",
  ],
  [
    "The receptionists have been properly rattled since the last audit. Two of them were in tears.",
    "feel power",
  ],
  [
    "It's soul-destroying to do everything right and still get the 'reminder' email with everyone else.",
    "feel comm",
  ],
  ["Ashamed, when they traced the spreadsheet of passwords back to me.", "feel blame:self"],
  [
    "A bit bitter, honestly. We caught the fake supplier email, not them, and they took the credit.",
    "feel",
  ],
  [
    "Stressed. If the dispatch system goes down I've got forty buses on the road and nobody to call.",
    "feel conflict",
  ],
  ["They feel sorry for us, I think, which is somehow worse.", "feel"],
  ["Went beetroot when my name came up as a 'clicker' in front of the whole branch.", "feel comm"],
  ["Worn down. I've stopped raising the printer issue because what's the point.", "feel distance"],
  [
    "The apprentices are terrified of them. They'd rather sit with a broken laptop than ring.",
    "feel distance",
  ],
  ["Uneasy. You never know what that new software is recording.", "feel power"],
  [
    "Irritated, because the same question gets a different answer depending on who picks up.",
    "feel conflict",
  ],
  [
    "It winds me up. They change the rules without a word and act surprised when we get them wrong.",
    "feel comm",
  ],
  [
    "Underappreciated. Nobody from IT has ever said thanks for the dodgy emails we forward.",
    "feel",
  ],
  ["Even a USB keyboard needs their sign-off.", "power"],
  [
    "A positive? They let me keep admin rights on my dev machine after I begged for a month.",
    "power conflict",
  ],
  ["They'd call us 'their users'. Like we belong to them.", "power"],
];
