import type { RawExample } from "./types.js";

/** IT and security staff in small firms chatting among themselves about the employees they support (team chat). Written fresh for Rapport (brief CU). */
export const VOICES_CU_4: readonly RawExample[] = [
  [
    "We show up twice a year, change some things, and disappear. Of course the staff don't trust us.",
    "distance blame:sec",
  ],
  [
    "I used to think users were the weakest link. Then I started sitting with them for a day and watched what our tools made them do.",
    "blame:sec",
  ],
  ["Users aren't the weakest link. Our onboarding is. Nobody showed them anything.", "blame:sec"],
  [
    "Say what you like, but the one who wired fifty grand to a fake supplier was a person, not a firewall.",
    "blame:emp",
  ],
  [
    "At one client the staff call us 'the men in the van'. They've no idea what any of us are called.",
    "distance",
  ],
  [
    "I've had a client's finance manager cry on the phone because she thought she'd be sacked for clicking a link.",
    "feel",
  ],
  [
    "That call changed how I talk to people after an incident. First sentence is always 'you did the right thing telling us'.",
    "",
  ],
  [
    "We're the plumbers of the office. Nobody thinks about us until water's coming through the ceiling.",
    "distance comm",
  ],
  [
    "Honestly the best thing I did last year was stop sending newsletters and start doing lunch-and-learns with sandwiches.",
    "",
  ],
  [
    "Lunch-and-learns only work if the boss lets people come. At two of my clients he won't release them from the phones.",
    "power",
  ],
  [
    "Every small firm has a 'Steve from accounts' who's 'good with computers' and has quietly become the real IT department.",
    "distance",
  ],
  [
    "Steve from accounts disabled the antivirus because it slowed down his spreadsheets. He was very proud of this.",
    "blame:emp conflict",
  ],
  [
    "You want to know what shadow IT is in a twelve-person firm? It's everything, because nobody ever asked us.",
    "conflict distance",
  ],
  [
    "I'm a contractor, so when the owner says jump, I ask which client he'd like me to drop to make room.",
    "power",
  ],
  [
    "The dependency goes both ways. They can't run without us and we can't do anything without their sign-off.",
    "power",
  ],
  [
    "Small firms are brilliant in one way: if the owner decides security matters, the whole place changes in a week.",
    "",
  ],
  ["I've stopped using the word 'compliance' with clients. It just makes them defensive.", "comm"],
  [
    "People glaze over the moment you say 'multi-factor'. Call it the code on your phone and suddenly it's fine.",
    "comm",
  ],
  ["We get treated like a utility. Nobody says thank you to the electricity.", "power"],
  [
    "If I'm honest, a lot of the friction is my fault. I'm not patient on the phone and people pick up on it.",
    "blame:self conflict",
  ],
  [
    "I was the classic grumpy sysadmin for years. It took a manager sitting me down to show me how that landed with people.",
    "blame:self",
  ],
  [
    "The people at my firms aren't careless. They're doing three jobs and security is the fourth.",
    "",
  ],
  [
    "Careless is the nice word for some of them. I had one leave a laptop on a train twice in a month.",
    "blame:emp",
  ],
  ["Most of what I do all day is translate. Vendor speak into English, English into tickets.", ""],
  [
    "When a security person says 'we need to talk', staff hear 'you're in trouble'. We built that reputation ourselves.",
    "feel power blame:sec",
  ],
  [
    "I run a little security forum for our clients' office managers every quarter. It's the most useful thing we do.",
    "",
  ],
  [
    "Half my job is being told 'it was working yesterday' by someone who installed four toolbars last night.",
    "blame:emp",
  ],
  [
    "The architects were convinced we were reading their files. We weren't, but we never explained what we could see, so why wouldn't they think it.",
    "power comm blame:sec",
  ],
  [
    "One client's staff avoid the server room like it's haunted. Which is fine until the UPS starts beeping and nobody tells us for a week.",
    "distance",
  ],
  [
    "You can't secure a firm where the MD writes his password on the whiteboard 'so the team can help'.",
    "blame:emp",
  ],
  [
    "The MD writes it on the whiteboard because we never set up delegated access for his PA. I put that on us.",
    "blame:sec",
  ],
  [
    "I've been the only IT person at a 60-person firm for six years and I still get called 'the IT guy' in meetings I'm sitting in.",
    "distance power",
  ],
  [
    "There's an invisible line between 'the business' and 'IT' in most firms I've worked at. We're on the wrong side of it.",
    "distance power",
  ],
  [
    "When the whole client base hates a change, it's usually because we announced it instead of asking.",
    "comm conflict blame:sec",
  ],
  [
    "A practice manager told me she doesn't ring us because she hates 'sounding thick'. That stuck with me.",
    "feel distance",
  ],
  [
    "Another client's bookkeeper says our helpline makes her nervous, which is mad, because she's sharper than most of my colleagues.",
    "feel",
  ],
  [
    "The MD at one client asked if I could 'keep an eye' on a particular employee's emails. I declined. He wasn't pleased.",
    "power conflict",
  ],
  [
    "I won't do surveillance for bosses. Being trusted by the staff is worth more than keeping one contract.",
    "",
  ],
  [
    "Honestly, some clients' staff are amazing. A warehouse team I support reports every weird text they get.",
    "",
  ],
  [
    "The difference between my good clients and bad ones isn't the staff. It's whether the owner ever talks to us.",
    "power",
  ],
  [
    "We lost a client last year. Their feedback: 'we never knew who you were'. Brutal, and accurate.",
    "distance blame:sec",
  ],
  [
    "We're told we're 'too technical' in every review. Then we're told we're 'not technical enough' when something breaks.",
    "comm conflict",
  ],
  [
    "The honest truth is most staff don't think about security at all, and I don't think that's their job to fix.",
    "",
  ],
  [
    "I'd love to be part of the conversation before they buy the software, not after it's been running for a year.",
    "distance conflict",
  ],
  [
    "Half the security incidents at my clients come from one or two people. Everyone else is fine.",
    "blame:emp",
  ],
  [
    "Whenever I hear 'we had a user do something stupid', I ask who set up the system so that stupid was that easy.",
    "blame:sec",
  ],
  [
    "I still get a knot in my stomach when a particular client's name comes up on my phone.",
    "feel",
  ],
  [
    "The client's office manager used to ring me in a panic every week. Now she rings to tell me about her holiday. Took two years.",
    "",
  ],
  [
    "We had a running joke at my last job about the 'Tuesday clicker'. Looking back, we should have just helped the bloke.",
    "blame:emp blame:sec",
  ],
  [
    "In a firm of twenty people you can't hide behind a ticket system. You see the person you annoyed at the coffee machine.",
    "",
  ],
  [
    "We hide behind the ticket system because it's easier than talking to people. I'm as guilty as anyone.",
    "distance comm blame:self",
  ],
  ["I've had staff thank me for blocking a site. Never expected that.", ""],
  [
    "Some owners see security spend as a tax we impose on them. Every conversation starts from suspicion.",
    "conflict",
  ],
  [
    "I don't think clients are against security. They're against being surprised by it.",
    "conflict comm",
  ],
  [
    "A lot of my clients' staff have been burned by a previous IT firm who treated them like idiots. We inherit that.",
    "feel blame:sec",
  ],
  [
    "There's a salon I look after where the staff actually text me memes. Best client relationship I have.",
    "",
  ],
  [
    "The board listened politely to my risk presentation and then spent the budget on a new reception desk.",
    "power",
  ],
  [
    "I'm fine being a servant to the business. I'm not fine being a servant to one person's moods.",
    "power feel",
  ],
  ["My clients are mostly lovely, they just have zero idea what I do all day.", "distance"],
  [
    "At one firm, the rule is 'don't bother IT'. The owner made it. So nobody reports anything until it's a disaster.",
    "distance power",
  ],
  ["Users will click on anything. Not a criticism, just a fact of life.", "blame:emp"],
  [
    "If your phishing sim catches people, you've measured your sim. If they report it, you've measured your relationship.",
    "",
  ],
  [
    "I spent a whole year building rules nobody understood and wondering why nobody followed them.",
    "blame:self comm",
  ],
  [
    "The clients who push back hardest are usually the ones who've never had an incident. They think we're crying wolf.",
    "conflict",
  ],
  [
    "The pushback from the sales teams is relentless. Every control is 'costing us deals'.",
    "conflict feel",
  ],
  [
    "Sales pushback is fair sometimes. We once blocked LinkedIn for the entire sales floor. Genius move.",
    "conflict blame:sec",
  ],
  [
    "I get hired by the owner and the staff see me as his spy. Hard to build anything from there.",
    "power distance",
  ],
  ["Most people at my clients are decent with security. It's the processes that leak.", ""],
  [
    "What gets me is the shrug. 'Oh, I just reuse the same password everywhere'. Shrug.",
    "blame:emp feel",
  ],
  [
    "Honestly? I find it hard not to get frustrated with people, and I know that's on me, not them.",
    "feel blame:self",
  ],
  [
    "We talk about 'the users' as if they're a different species. They're accountants and nurses and drivers.",
    "blame:sec",
  ],
  [
    "One client has a sign in the break room: 'IT is not your mum'. I didn't put it there, I promise.",
    "conflict",
  ],
  [
    "The worst part of MSP life is that the contract says 'remote support only'. I never meet most of the people I help.",
    "distance",
  ],
  [
    "Remote only is fine for most fixes. But when someone's scared they've caused a breach, a voice on a call isn't enough.",
    "feel distance",
  ],
  [
    "The staff at my biggest client have started inviting me to their Christmas do. That's when I knew we'd turned a corner.",
    "",
  ],
  ["You know the office manager is the real boss when the MD asks her to ask us.", "power"],
  [
    "I've been in meetings where the owner says 'just do whatever IT says' and then overrides us the next day.",
    "power conflict",
  ],
  [
    "Half the time the owner thinks we're overcharging and the other half he's ringing at 10pm asking for miracles.",
    "power conflict",
  ],
  [
    "Whatever we set up, someone in the firm has found a way round it by Friday. I've stopped being surprised.",
    "conflict",
  ],
  [
    "When they find a way round it, that's free user research. I write it down and fix the control.",
    "",
  ],
  [
    "I've worked with people who genuinely enjoy catching users out. I've made it clear that's not how my team works.",
    "blame:sec",
  ],
  [
    "Our clients' staff mostly see us through one screen: the 'access denied' box. That's the relationship.",
    "distance comm",
  ],
  ["People don't read error messages. They read 'IT says no'.", "comm conflict"],
  [
    "You can tell which firms have had a bad experience. The staff go quiet as soon as you walk in.",
    "feel distance",
  ],
];
