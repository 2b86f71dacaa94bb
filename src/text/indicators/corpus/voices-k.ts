import type { RawExample } from "./types.js";

/**
 * Security and IT practitioners (sole admins, MSP engineers, security officers, data-protection
 * leads, pen testers, compliance, vendors, speakers, trainers) on users and management, and
 * owners/managers on their IT and security people. Written fresh for Rapport (brief K).
 */
export const VOICES_K: readonly RawExample[] = [
  // Short answers
  ["Clickers.", "blame:emp"],
  ["Knackering.", "feel"],
  ["Tickets and silence.", "comm distance"],
  ["They pay, I obey.", "power"],
  ["Strangers, really.", "distance"],
  ["Grown adults who can't lock a screen.", "blame:emp"],
  ["Better than last year.", ""],
  ["Prickly.", "conflict"],
  ["One-way traffic.", "comm"],
  ["Our IT? Useless.", "blame:sec"],
  ["Respectful, I'd say.", ""],

  // Sole IT admins in small firms
  [
    "I'm the IT department, the security team and, on Fridays, the person who descales the kettle.",
    "",
  ],
  [
    "Every quarter I ask the owner for a proper backup budget, and every quarter the answer is 'next quarter'.",
    "power conflict",
  ],
  [
    "I keep the door open and the biscuit tin full, and people pop in to ask about dodgy texts. Beats any policy.",
    "",
  ],
  [
    "I'm not invited to the Monday meeting; I learn about a new client when someone needs an account for them.",
    "distance comm",
  ],
  ["My stomach knots up whenever the finance manager's name lights up my phone.", "feel"],
  [
    "Nobody's fault but mine: I set that admin password in 2017 and never changed it.",
    "blame:self",
  ],
  [
    "They ring me at home on a Sunday because the shared drive is 'being weird', then ignore my emails all week.",
    "comm conflict",
  ],
  ["Whatever I send, the office reads the subject line and hits delete.", "comm distance"],
  ["The women in accounts spot scam invoices faster than I do, to be fair to them.", ""],
  ["I've stopped nagging the MD about his updates. His laptop, his funeral.", "distance"],
  ["I get the impression they think I sit in the back room playing solitaire all day.", "feel"],
  [
    "Nobody from the shop floor comes upstairs to IT unless a supervisor has sent them.",
    "distance",
  ],

  // MSP engineers
  [
    "We hear from the client's staff about twice a year, and both times something has already gone wrong.",
    "comm distance",
  ],
  [
    "The dental receptionist keeps the admin password on a yellow sticky under the keyboard, and the dentist thinks that's fine.",
    "blame:emp",
  ],
  [
    "Contractually I'm a voice on a support line. I've never met most of the people whose data I look after.",
    "distance comm",
  ],
  [
    "When they got hit, the owner's first words to me were 'so what exactly are we paying you for?'",
    "blame:sec conflict",
  ],
  [
    "It was our patch window that left the gap open, I'll hold my hands up; the client's staff did nothing wrong.",
    "blame:self",
  ],
  [
    "We do a fifteen-minute 'ask the engineer' slot at each client's team meeting now, and the questions have got so much sharper.",
    "",
  ],
  [
    "The client's practice manager decides what we're allowed to fix. We're a pair of hands with a login.",
    "power",
  ],
  [
    "The solicitors' partners refuse MFA on principle and we're told, in writing, to carry the risk.",
    "power conflict",
  ],
  [
    "Staff at the estate agency will tap 'approve' on any push prompt just to make their phone stop buzzing.",
    "blame:emp",
  ],
  [
    "I'm sick of eating the blame for outages caused by the client's own bargain-bin hardware.",
    "feel conflict",
  ],
  [
    "Interviewee (MSP engineer) shrugged: 'they click, we clean, that's basically the business model'.",
    "blame:emp",
  ],
  [
    "The first thing we did after the breach was send the client a list of everything his staff had done wrong. Not our finest hour.",
    "blame:emp blame:self comm",
  ],

  // Security officers and heads of security
  [
    "Drop a memory stick marked 'bonuses' in the canteen and I promise you it's in a laptop before lunch.",
    "blame:emp",
  ],
  [
    "Staff will take the shortcut every single time. That's just human nature and I've stopped fighting it.",
    "blame:emp distance",
  ],
  [
    "I took the risk register to the board and the chairman asked whether it could wait for the new financial year.",
    "power",
  ],
  [
    "My reports go up to the exec team and vanish. No questions, no decisions, no reply.",
    "comm distance",
  ],
  ["I'm permanently braced for the phone call that says we've been hit.", "feel"],
  [
    "The warehouse managers nod through the whole briefing and then wedge the fire door open with a bin.",
    "blame:emp",
  ],
  ["If people simply did what the policy says, I might get a holiday this year.", "blame:emp"],
  [
    "We tighten something, they find a way round it, we tighten it again. It's an arms race with our own colleagues.",
    "conflict distance",
  ],
  [
    "I got the blame for the leak even though I'd flagged that exact risk in writing six months before.",
    "blame:sec feel",
  ],
  ["Nobody tells me when someone leaves, so their accounts stay live for months.", "comm distance"],
  [
    "I've never met a nurse who wanted to leak data. I've met plenty whose system made it the quickest option.",
    "",
  ],
  [
    "I started writing 'we missed it' instead of 'you clicked it' and the number of reports doubled in a month.",
    "",
  ],
  [
    "Users are our first line of defence and, around here, usually the first thing to fall over.",
    "blame:emp",
  ],
  [
    "Anyone who fails the phishing test puts a fiver in the charity jar. Morale is not great.",
    "power feel blame:emp",
  ],
  [
    "Give the sales team a written warning for every fake link they click and you'd see them shape up fast.",
    "blame:emp power",
  ],
  [
    "Some days I think I'm the only person in the building who gives this any thought.",
    "feel distance",
  ],
  [
    "The technical director contests every control I propose, usually in front of his own team.",
    "conflict power",
  ],
  ["Projects land on my desk the week before go-live. I'm an afterthought here.", "power"],
  [
    "I've been told to 'stop frightening people' every time I mention ransomware in a meeting.",
    "power conflict",
  ],
  ["I get eight minutes at the end of the quarterly board, straight after lunch.", "power"],
  [
    "Every budget talk ends with 'what's the worst that could happen?' and they never let me answer.",
    "power comm",
  ],
  ["We got on fine until the new chief exec decided IT was a luxury item.", "conflict power"],
  ["It's lonely. I understand the risk, and nobody here wants to hear about it.", "feel distance"],
  ["People only know me as the woman who sends the fake emails.", "distance"],
  [
    "When the board asks who let the attackers in, they look at me, not at the person who cut my budget.",
    "blame:sec power feel",
  ],
  [
    "We read staff email when HR asks us to. Staff don't know, and I'm not comfortable with it.",
    "power feel",
  ],
  [
    "The old security officer shouted at people. The new one asks them questions. Reports have gone through the roof.",
    "",
  ],

  // Data protection leads
  [
    "The marketing team treat the customer database like their own Christmas card list.",
    "blame:emp",
  ],
  [
    "Every subject access request turns into a tug of war with whichever department holds the data.",
    "conflict",
  ],
  [
    "I'm the data protection lady, so people stop talking when I walk into the kitchen.",
    "distance power",
  ],
  ["Staff seem to think GDPR means they can't tell a customer what day it is.", "conflict"],
  [
    "I raised the breach with the directors and was told to keep it quiet until the sale went through.",
    "power conflict",
  ],
  ["HR sends me nothing until a tribunal is looming.", "comm distance"],
  [
    "It's my own doing that nobody comes to me; my first training session was two hours of legislation.",
    "blame:self distance comm",
  ],
  [
    "The carers shred nothing. I've fished care plans out of the recycling more times than I can count.",
    "blame:emp",
  ],
  [
    "I rewrote the privacy notices so a twelve-year-old could follow them, and the questions I get now are actually useful.",
    "",
  ],
  ["The data protection officer at group level only writes to us in clause numbers.", "comm"],

  // Penetration testers
  [
    "Eleven years of social engineering jobs and I've been stopped at reception twice.",
    "blame:emp",
  ],
  [
    "The client's IT team took my report as a personal attack and spent the debrief arguing about severity scores.",
    "conflict",
  ],
  [
    "We found the hole and the IT manager was hauled before the board for it. That's not what a test is for.",
    "blame:sec power",
  ],
  [
    "Most of the 'human failures' in my reports are design failures with a person standing next to them.",
    "",
  ],
  [
    "The receptionist did exactly what her training told her to do, which was be helpful. That's how I got in.",
    "",
  ],
  [
    "Clients want a pass mark, not a conversation. They read the summary and bin the rest.",
    "distance",
  ],
  [
    "I watched an entire sales floor type their credentials into my fake login page inside an hour.",
    "blame:emp",
  ],
  [
    "The MD asked for the names of everyone who fell for the test so he could 'have a word'. I didn't hand them over.",
    "blame:emp power",
  ],
  [
    "I write the report in plain English first and the technical appendix second, and the owners actually read it.",
    "",
  ],

  // Compliance
  ["Audit season is the only time anyone in operations answers my emails.", "comm distance"],
  ["Branch managers think compliance is paperwork I invent to look busy.", "conflict"],
  [
    "I have to sign off every exception, so I'm the villain in every project meeting.",
    "conflict feel",
  ],
  ["People tick 'I have read the policy' about four seconds after opening it.", "blame:emp"],
  [
    "I'm worn out from saying no and then being told I don't understand the business.",
    "feel conflict",
  ],
  [
    "We swapped the annual lecture for short chats in team meetings, and people ask things now.",
    "",
  ],
  [
    "Compliance reports to the same director whose team keeps breaking the rules. Guess how that goes.",
    "power conflict",
  ],
  [
    "The traders' manager admitted the rules made no sense for his desk, so we rewrote them together.",
    "",
  ],
  ["My findings get forwarded to staff with 'see below' and not a word of explanation.", "comm"],

  // Vendors, speakers, trainers
  ["You can patch a server, but nobody has found a patch for Gary in accounts.", "blame:emp"],
  ["The attacker doesn't need a zero-day when he's got your staff.", "blame:emp"],
  ["Technology is the easy bit. People are the mess.", "blame:emp"],
  [
    "At my talks I ask who has ever clicked a phishing link. No hands go up, and every one of them is fibbing.",
    "blame:emp",
  ],
  [
    "Trainer here: the groan when I walk into the room tells you everything about how security has been taught.",
    "feel blame:sec",
  ],
  [
    "I dropped 'humans are the weakest link' from my opening slide. It made audiences defensive and it isn't true.",
    "",
  ],
  [
    "Vendor pitch, word for word: 'we turn your riskiest employees into your strongest asset'.",
    "blame:emp",
  ],
  [
    "A sales engineer at the expo told me to 'assume every user is already compromised'.",
    "blame:emp power",
  ],
  [
    "When I train small firms, the owners always want a list of the 'weak ones' so they can watch them.",
    "blame:emp power",
  ],
  ["Speakers love a story about a daft user. Nobody tells the one about the daft login page.", ""],
  ["We sell good tools; it's the end users who let them down.", "blame:emp"],
  [
    "Awareness training is broken, and we vendors broke it with cartoons and multiple-choice quizzes.",
    "blame:self",
  ],
  [
    "I've run the same course for six years and I'm not sure one habit has changed. Maybe that's on me.",
    "blame:self feel",
  ],
  ["Human error isn't a root cause. It's where the investigation stopped looking.", ""],
  ["Every company has a firewall. Every company also has a Steve.", "blame:emp"],
  [
    "Most security teams I've audited cause half their own incidents with clumsy tooling.",
    "blame:sec",
  ],

  // Interview notes
  [
    "Interviewee (IT manager, haulage) says drivers 'would lend a stranger their tablet for a fiver'.",
    "blame:emp",
  ],
  [
    "Interviewee, sole IT admin at a solicitors', describes the fee earners as 'toddlers with admin rights'.",
    "blame:emp power",
  ],
  [
    "Interviewee says he hears from the partners only on days a fee earner can't get in.",
    "comm distance",
  ],
  [
    "Interviewee became tearful describing the weekend she spent restoring backups on her own after the attack.",
    "feel",
  ],
  ["Interviewee insisted the staff are 'fine, honestly, it's the software that's rubbish'.", ""],
  [
    "Interviewee (compliance) described the sales floor as 'a daily exercise in damage limitation'.",
    "blame:emp",
  ],
  [
    "Interviewee said she feels like the school prefect nobody wants at the party.",
    "feel distance",
  ],
  [
    "Interviewee described management as 'supportive in the meeting and absent afterwards'.",
    "distance",
  ],
  [
    "Interviewee (security officer) says staff now forward anything odd and she thanks every one of them personally.",
    "",
  ],
  [
    "Interviewee, owner of a print shop, says his IT man 'talks like a manual' and he just nods along.",
    "comm",
  ],
  [
    "Interviewee says his team lost the MFA argument and were told to 'stop being difficult'.",
    "power conflict comm",
  ],
  [
    "Interviewee (IT lead, charity) blamed himself for not explaining the new sign-in before it went live.",
    "blame:self comm",
  ],
  [
    "Interviewee says users 'just don't care' and that his reminders go straight in the bin.",
    "blame:emp distance",
  ],
  [
    "Interviewee, a pen tester, said the receptionist who let him in 'did exactly what a good receptionist should'.",
    "",
  ],
  [
    "Interviewee reports an easy, informal relationship with the workshop; they ring her about anything.",
    "",
  ],
  ["Interviewee (owner) called his IT provider 'expensive, slow and usually wrong'.", "blame:sec"],
  ["Interviewee (MSP) calls his clients' staff 'the best alarm system they've got'.", ""],
  [
    "Interviewee, head of IT at a college, says lecturers 'hear a new rule and immediately start negotiating'.",
    "blame:emp conflict",
  ],
  [
    "Interviewee visibly tensed when asked about the CEO and said only 'we don't really speak'.",
    "distance feel",
  ],

  // Owners and managers about their IT and security people
  [
    "Our IT guy is brilliant, but getting a straight answer out of him is like pulling teeth.",
    "comm",
  ],
  [
    "I run a bakery with forty staff and the IT contractor has never asked what we actually do here.",
    "distance",
  ],
  [
    "The security consultant reduced my office manager to tears over a spreadsheet. We didn't renew.",
    "comm feel",
  ],
  [
    "The cyber people talk down to my team and then wonder why nobody tells them anything.",
    "comm distance",
  ],
  [
    "I honestly don't know what our MSP does all month, and I suspect they prefer it that way.",
    "power distance",
  ],
  [
    "Our IT manager is a gatekeeper. Every new tool needs his blessing and he's rarely feeling generous.",
    "power conflict",
  ],
  ["I'm frightened of getting client data wrong and ending up in the local paper.", "feel"],
  ["Frankly the security audit was money down the drain. Lots of red, no help.", "blame:sec"],
  ["My IT lead says no a lot and never says why.", "comm conflict"],
  ["Our head of IT now sits in on the weekly ops meeting and it's made a huge difference.", ""],
  [
    "Truth is, the biggest risk in this firm was me: I refused the two-factor thing for a year because it irritated me.",
    "blame:self",
  ],
  ["Our MSP will put out a fire, but they'll never mention they smelled smoke.", "comm"],
  [
    "The compliance officer sends me forty-page policies with a note saying 'please ensure all staff comply'.",
    "comm",
  ],
  ["The IT firm we had before were cowboys; every account had the same password.", "blame:sec"],
  [
    "Our IT woman is in every team's group chat now and people message her before they click. Best hire we've made.",
    "",
  ],
  [
    "My staff are hopeless with passwords. I've seen 'Summer2024' on three different monitors.",
    "blame:emp",
  ],
  [
    "The reps will give their login to their assistant, their assistant's cousin, anyone really.",
    "blame:emp",
  ],
  ["My managers think security is IT's job, and IT thinks it's mine.", "conflict distance"],
  [
    "As a director I've never sat down with our security person. I probably ought to.",
    "distance blame:self",
  ],
  [
    "I feel held to ransom by the IT contractor; he's the only one who knows the admin passwords.",
    "power feel",
  ],
  [
    "If IT spent less time writing rules and more time fixing the Wi-Fi, we'd all be a lot happier.",
    "blame:sec conflict",
  ],
  [
    "When the IT lad explains a problem, I nod, he nods, and neither of us knows what the other meant.",
    "comm",
  ],
  [
    "I don't trust my own staff near the bank portal, so every payment goes through me.",
    "blame:emp power",
  ],
  ["Our security adviser is an email address. I've never heard his voice.", "distance comm"],
  ["They're quick, polite and they explain things in my language. No complaints.", ""],
  [
    "Our previous security officer set rules nobody could follow and then went on long leave. We're still unpicking it.",
    "blame:sec",
  ],
  [
    "The MSP missed an expired certificate for a month and then billed us for fixing it.",
    "blame:sec",
  ],
  [
    "Head office's cyber lot wouldn't spot a breach if it sent them a calendar invite.",
    "blame:sec",
  ],
  [
    "The outsourced monitoring people sent us three hundred alerts and missed the one that mattered.",
    "blame:sec",
  ],
  [
    "Our IT department is the reason people use personal email. Nothing they give us works.",
    "blame:sec conflict",
  ],
  ["The partners call our IT lead 'the computer girl' in front of clients.", "power comm"],
  [
    "I trust my IT guy completely, which is probably the problem, because I can't check anything he does.",
    "power",
  ],
  [
    "The head office security team announce changes on the intranet, and we hear about them when the tills go down.",
    "comm conflict",
  ],
  [
    "I put off ringing IT support because every call ends with me apologising for existing.",
    "feel distance",
  ],
  [
    "Management wanted keystroke logging on the call centre. I argued them out of it and they listened.",
    "",
  ],

  // IT and security teams owning their part
  ["I'm embarrassed by how long it took us to notice the compromised mailbox.", "blame:self feel"],
  ["We had the alerts. We just didn't look at them. That one's on our team.", "blame:self"],
  [
    "The helpdesk team is burnt out, and it's starting to show in the tone of our replies.",
    "feel comm blame:self",
  ],
  [
    "We wrote our phishing guidance in solid jargon and then moaned that nobody followed it.",
    "blame:self comm",
  ],
  [
    "Staff keep their distance from us, and given how we used to speak to them, that one's on us.",
    "distance blame:self",
  ],
  [
    "I lost my temper with a user over a shared password last week, and I'm not proud of it.",
    "blame:self feel conflict",
  ],
  [
    "If staff think of us as blockers, that's a reputation we put real effort into.",
    "blame:self conflict",
  ],
  [
    "The locked-down laptops were our idea, and they've cost the field team hours every week.",
    "blame:self conflict",
  ],
  [
    "The policy update went out as a ninety-page attachment at four on a Friday. My mistake.",
    "comm blame:self",
  ],

  // Practitioners on management and colleagues: feelings, power, distance, communication
  ["Staff suddenly take phone calls when they see me coming with a laptop.", "distance"],
  [
    "Five years and nobody has said thanks for the backups, but I'll hear about it the day they fail.",
    "feel",
  ],
  [
    "I dread the monthly report to the owner. He's hunting for someone to blame before he's read page one.",
    "feel power",
  ],
  [
    "The finance director signs off my hires and has never once asked what the role is for.",
    "power distance",
  ],
  [
    "Developers route round the security review because it takes three weeks, and I can't really argue.",
    "distance conflict",
  ],
  ["The site lads think I'm from head office and clam up whenever I visit.", "distance power"],
  [
    "They asked me to 'keep it brief and non-technical', then complained my summary lacked detail.",
    "conflict comm",
  ],
  ["Sales think I'm paranoid; I think they're naive. We're both partly right.", "conflict"],
  [
    "The monitoring software makes staff feel watched, and honestly, they are being watched.",
    "power feel",
  ],
  [
    "I get talked over in every project meeting until something breaks, and then mine is the first name called.",
    "power comm",
  ],
  [
    "What gets to me is the resentment: we work nights to keep things running and get called blockers by day.",
    "feel conflict",
  ],
  [
    "I feel like a traffic warden. Everyone resents me and nobody admits they need me.",
    "feel conflict",
  ],
  [
    "Every payroll run since the fake bank-change email last spring, I've felt sick until it clears.",
    "feel",
  ],
  [
    "Each phishing report makes me wince a little; I'm waiting for the one that didn't get reported.",
    "feel",
  ],
  [
    "Seven years of warnings, and the first time anyone listened was after the ransom note.",
    "feel power",
  ],
  ["Our MSP's monthly report is a PDF of graphs with no words in it.", "comm"],
  [
    "I translate everything the pen testers write into normal English before the owner will look at it.",
    "comm",
  ],
  [
    "The managing partner treats me like a butler: summoned when needed, invisible the rest of the time.",
    "power distance",
  ],
  [
    "Users don't report problems. They fix it themselves or pretend it never happened.",
    "distance blame:emp",
  ],
  [
    "I've gone quiet in the leadership meeting. Nobody picks up what I say anyway.",
    "distance power",
  ],
  [
    "I'm shattered. Two of us cover six offices and the owner still thinks we're overstaffed.",
    "feel power",
  ],
  ["The architects argue with every restriction like it's a planning appeal.", "conflict"],
  [
    "My emails go unanswered for days, but if a laptop is slow I get three calls in an hour.",
    "comm conflict",
  ],
  [
    "I'm not allowed to talk to staff directly; everything has to go through their line managers.",
    "power comm distance",
  ],

  // Blame toward staff: sarcasm, resignation, generalisations, punishment talk
  [
    "The warehouse crew would hand over their bank details for a ticket in the meat raffle.",
    "blame:emp",
  ],
  [
    "Bless them, the partners think 'Password1!' is clever because of the exclamation mark.",
    "blame:emp",
  ],
  ["Humans gonna human. You just budget for the mop.", "blame:emp"],
  [
    "You explain it once, twice, ten times. It goes in one ear and out the same ear.",
    "blame:emp feel",
  ],
  [
    "Personally I'd take the laptop off anyone who fails two phishing tests on the trot.",
    "blame:emp power",
  ],
  [
    "Three strikes and your email goes, that's how I'd run it if it were up to me.",
    "blame:emp power",
  ],
  [
    "In my experience users read the first four words of any message and guess the rest.",
    "blame:emp",
  ],
  [
    "If the estate agents read even half of what we send them, we'd have half the incidents.",
    "blame:emp",
  ],
  ["I've accepted it: whatever door I build, someone on the floor will prop it open.", "blame:emp"],
  ["Our people are warm, kind, and not to be trusted within ten feet of a USB port.", "blame:emp"],
  [
    "I watched a director read a bank-change email out loud, say 'looks fine', and pay it.",
    "blame:emp",
  ],
  [
    "We named the phishing wooden spoon after the finance team. They've held it four years running.",
    "blame:emp",
  ],
  [
    "I've given up expecting the reps to keep laptops out of sight in the car. They think it's a dashboard ornament.",
    "blame:emp distance",
  ],
  [
    "Disciplinary for anyone who ignores the clean desk rule. It's the only language some of them understand.",
    "blame:emp power",
  ],
  ["Ninety percent of my job is undoing whatever the users did that morning.", "blame:emp feel"],
  [
    "Every new starter arrives with the password they've used since school, and they'll fight you to keep it.",
    "blame:emp conflict",
  ],
  ["Our staff? Lovely people. Dreadful security.", "blame:emp"],
  [
    "The night shift prop the comms cupboard open for the breeze. I've stopped putting signs up.",
    "blame:emp distance",
  ],
  ["People want security right up until it asks them to do something.", "blame:emp conflict"],
  [
    "No matter how many times we warn them, the call centre reads card numbers out across the floor.",
    "blame:emp feel",
  ],
  [
    "Name and shame works. Put the click rates up by team on the wall and watch them sharpen up.",
    "blame:emp power",
  ],
  ["The trainee accountants could get phished by a pigeon.", "blame:emp"],
  [
    "Training changes nothing. You get the same people making the same mistakes, just with a certificate.",
    "blame:emp feel",
  ],
  [
    "Whenever there's an incident I already know which floor it came from before I open the ticket.",
    "blame:emp",
  ],

  // Rejecting blame, good relationships, neutral descriptions
  ["The user did precisely what the pop-up told her to do. The pop-up was the attack.", ""],
  [
    "When a nurse gets caught by a phish at four in the morning, I look at our mail filtering, not at her.",
    "",
  ],
  [
    "The warehouse team showed us a quicker way to sign in on the scanners, and it's more secure too.",
    "",
  ],
  [
    "We meet the office managers monthly over coffee, and most niggles get sorted before they become tickets.",
    "",
  ],
  ["When staff keep going round a control, I treat it as a bug report on the control.", ""],
  ["The MD comes to our stand-ups now and actually asks questions.", ""],
  [
    "We have an IT policy, a data protection policy and a retention schedule, all reviewed last spring.",
    "",
  ],
  ["Staff report about twenty suspicious emails a week, which tells me they trust us.", ""],
  [
    "I don't buy the 'weakest link' line. Our staff caught the fake supplier long before any of our tools did.",
    "",
  ],
  ["The owner backs me when I need it and challenges me when I'm being precious. Fair enough.", ""],
  ["We outsource the firewall and keep the people side in-house. It suits a firm our size.", ""],
  [
    "It was tense when I started, but there's a champion on every floor now and they talk to me daily.",
    "",
  ],
  ["Our team lead and the sales manager sorted out the file-sharing row over one lunch.", ""],
  [
    "The practice manager and I went through the new rules line by line with the receptionists.",
    "",
  ],
  ["I'd describe things with the workshop as friendly and fairly blunt, which suits me fine.", ""],
  ["People stop me in the corridor with questions all the time. That's the job working.", ""],
  [
    "Our managed service provider does a quarterly review with me: plain English, clear actions.",
    "",
  ],
  ["Nobody gets punished here for clicking. They get a quick chat and a cuppa.", ""],
  [
    "Compliance and operations share a chat channel now, and it's mostly jokes and quick questions.",
    "",
  ],
  ["The people aren't the weak point here. The twenty-year-old accounts package is.", ""],
  [
    "The board approved the backup budget in one meeting once I showed them the bill from the last outage.",
    "",
  ],
  [
    "I set up a no-blame reporting form, and in the first month we had more reports than the whole previous year.",
    "",
  ],
  [
    "Our trainees are brilliant at spotting fake texts, and they've been teaching the rest of us.",
    "",
  ],
  ["As office manager I find our IT contractor patient, even when I ask the same thing twice.", ""],
  ["Security here is mostly invisible, in the good sense.", ""],
  [
    "The pen test went badly for us, but staff took it in good spirits and we fixed the findings together.",
    "",
  ],
  [
    "When it went wrong she didn't need a telling-off. She needed a screen that made it clear what was genuine.",
    "",
  ],
  ["We stopped counting clicks and started counting reports. The whole mood changed.", ""],
  ["Cautious, but friendly.", ""],
  ["We meet the IT lead every fortnight. Short agenda, and it works.", ""],
  [
    "I look after IT for a dental chain and the nurses are honestly my best early-warning system.",
    "",
  ],
  [
    "The head of sales used to fight every control; now he books the awareness session for his new hires himself.",
    "",
  ],
  [
    "Our security officer knows every receptionist by name, and they ring her the second something looks off.",
    "",
  ],
  ["It isn't carelessness. The booking screen puts 'allow' where 'cancel' used to be.", ""],
  ["We agreed the laptop rules with the field engineers before rolling anything out.", ""],
  ["Fine. We get on.", ""],
  [
    "Interviewee (sole IT admin, garden centre) says staff are 'quick to shout when something looks dodgy, which is exactly what I want'.",
    "",
  ],
  [
    "Our MSP rang to warn us about a scam doing the rounds before anyone here had been caught. That's service.",
    "",
  ],
  [
    "The new finance lead asked me to sit in on supplier onboarding. First time anyone's thought of it, and it's a good idea.",
    "",
  ],
  [
    "Staff were the ones who told us the old VPN was misbehaving, and they deserve the credit for it.",
    "",
  ],
];
