import type { RawExample } from "./types.js";

/** Family print shops, joiners and other small trades: owners, studio and shop-floor staff, the relatives who keep the computers going. Written fresh for Rapport (brief CH). */
export const VOICES_CH_4: readonly RawExample[] = [
  ["Print shop, family run since 1972. IT is my brother, who also runs the big press.", ""],
  [
    "When the press is running he won't look at the computers, so the office just waits.",
    "conflict",
  ],
  [
    "Artwork files come in from customers and the studio staff open everything without thinking.",
    "blame:emp",
  ],
  ["The studio team check any odd zip file with the IT person first, takes two minutes.", ""],
  [
    "Our IT contractor speaks a different language. I asked about a slow Mac and got a lecture on swap files and RAM.",
    "comm",
  ],
  ["I don't bother him with small stuff, I just restart the RIP and carry on.", "distance"],
  ["Dad looks after the server and he's shown me how to restart it if he's off.", ""],
  ["It's his baby, and we're all a bit scared of upsetting him.", "feel power"],
  ["The studio's much better since my niece took over the IT. She listens.", ""],
  ["She asked us all what slowed us down and actually changed stuff. First time ever.", ""],
  ["No-one in the finishing room uses a computer anyway, so security's never come up.", ""],
  [
    "The new managed print firm locked everything down and you need a code to run a test sheet. In a printers!",
    "conflict blame:sec",
  ],
  [
    "We send everything through personal Dropbox now because the company file transfer is blocked.",
    "conflict",
  ],
  ["I feel daft asking the same question about the VPN every week.", "feel blame:self"],
  [
    "I'm the IT for my dad's joinery firm and honestly the lads will plug in any USB stick they find.",
    "blame:emp",
  ],
  ["I tell them, they nod, they do it again.", "blame:emp distance"],
  ["I raise a problem, he sorts it, we move on. Simple.", ""],
  ["Our IT is a local one-man band. Good bloke. Always answers, always sorts it.", ""],
  [
    "The owner bought cheap laptops without asking anyone and now gets cross with us when they're slow.",
    "conflict power",
  ],
  [
    "I'm frightened of the day our old IT guy retires, nobody else knows how anything works.",
    "feel power",
  ],
  [
    "He's written everything down in a binder, passwords in the safe, so we're covered when he retires.",
    "",
  ],
  ["Every change gets a short email and a quick mention at the morning huddle.", ""],
  [
    "The staff here are great about security, they ask if something looks odd. Really proud of them.",
    "",
  ],
  [
    "Customers email proofs back with viruses attached and somehow that's our fault according to IT.",
    "blame:emp conflict",
  ],
  ["Our press supplier's engineer is more helpful than our actual IT company.", "blame:sec"],
  ["I'd rather stand at the guillotine all day than ring the IT helpline again.", "feel distance"],
  ["They make you feel like you broke it on purpose.", "feel"],
  ["To be fair, sometimes I did break it. Not on purpose.", "blame:self"],
  [
    "When the press controller stopped talking to the studio Macs, the IT firm answered in two minutes, fixed it in ten, and rang back that afternoon to check we were printing. Can't ask more than that.",
    "",
  ],
  [
    "I sometimes think the business would be safer if my mum just didn't use email at all.",
    "blame:emp",
  ],
  ["Mum forwards chain emails to half our customer list. I've given up.", "blame:emp distance"],
  [
    "My brother does the computers and makes every fix feel like a favour I'll have to repay.",
    "power feel",
  ],
  [
    "The boss decides everything about the systems on his own, then complains we don't use them.",
    "power conflict",
  ],
  [
    "We weren't consulted, so nobody uses the new job tracker. Back to the whiteboard.",
    "power distance",
  ],
  ["The whiteboard works fine for a shop our size, to be honest.", ""],
  [
    "Studio manager keeps a list of who's clicked dodgy links. It's on the wall.",
    "power blame:emp",
  ],
  ["I'm on it twice. Not proud.", "blame:self feel"],
  ["We only see IT when there's a crisis, so the sight of them makes everyone tense.", "comm feel"],
  ["The IT company's newsletter is actually readable, one tip a month, no jargon.", ""],
  [
    "Our IT lad came and watched a full print run so he'd understand what we actually do. Made a difference.",
    "",
  ],
  [
    "Nobody knows who's actually responsible for the backups. We assume it's 'the IT people'.",
    "distance",
  ],
  [
    "We found out the backups had been failing for six months on the day we needed one.",
    "blame:sec",
  ],
  ["Devastated. And part of me knows I should've been checking.", "feel blame:self"],
  ["And the IT firm's answer was 'you should have been checking the reports'.", "blame:emp"],
  ["Since then we've had a new firm and they're upfront about everything.", ""],
  [
    "The office staff are perfectly capable, they just like things explained simply, and our IT lad does that.",
    "",
  ],
  [
    "My son-in-law set up our network and now every question turns into a lecture about how we should've done it his way from the start.",
    "comm power",
  ],
  ["Sunday lunch is strictly no printer talk. House rule, and it works.", ""],
  ["We get on fine, me and the IT lad. He's patient, I bring biscuits.", ""],
  [
    "Most of our tech trouble is customer files in the wrong format, nothing to do with anyone here.",
    "",
  ],
  [
    "The security updates restart the RIP mid-job and wreck a run of 2,000 leaflets. IT says 'just schedule it'. When?",
    "conflict blame:sec",
  ],
  ["I've asked three times for the updates to be moved to nights. Nothing.", "conflict blame:sec"],
  ["Honestly I'm scared of the computers. Always feel like I'm one click from disaster.", "feel"],
  [
    "The owner's nephew checks our browser history. Says it's security. Feels like snooping.",
    "power feel",
  ],
  ["Nobody talks to the night shift about any of this.", "distance"],
  [
    "Night shift don't get the emails, don't get the training, don't get asked. We're invisible.",
    "comm power",
  ],
  [
    "Everyone in the print room has their own login and the IT person checks in with us monthly.",
    "",
  ],
  ["We've all got our own accounts and nobody shares. Took a while but everyone's on board.", ""],
  [
    "Mistakes happen and our IT person never makes a drama about it. That's why people actually tell her.",
    "",
  ],
  ["The worst bit is the tone. Every message from IT reads like a telling-off.", "comm feel"],
  ["My dad's answer to any IT problem is 'ring Keith'. Keith is 81.", ""],
  ["Keith is brilliant, mind.", ""],
  ["I'm useless with the admin system. It's not the system, it's me.", "blame:self"],
  [
    "Staff clicking links in emails is the number one risk to this business, full stop.",
    "blame:emp",
  ],
  [
    "The apprentice opened a fake delivery email and took the whole network down for a day.",
    "blame:emp",
  ],
  [
    "Our designer installs free fonts from dodgy sites no matter how often she's told.",
    "blame:emp",
  ],
  ["Then she wonders why her Mac's full of pop-ups.", "blame:emp"],
  [
    "I rang about a frozen screen and got asked for my 'asset tag'. Love, it's the only computer in the shop.",
    "comm conflict",
  ],
  ["They probably think we're simple, and maybe we come across that way.", "power blame:self"],
  [
    "Frustrating, because we lose jobs when the systems are down and nobody upstairs seems to care.",
    "feel distance",
  ],
  [
    "The directors don't use the systems themselves so they've no idea how clunky they are.",
    "distance",
  ],
  [
    "Gets on my nerves, being told to lock my screen when I'm only walking to the guillotine.",
    "feel conflict",
  ],
  ["Honestly nobody's ever been short with me about IT here.", ""],
  ["Not once has my cousin refused to help, even at 10pm.", ""],
  ["But I feel terrible ringing him at 10pm about something I probably caused.", "feel blame:self"],
  [
    "I'd honestly rather lose a whole morning fighting the print queue myself than ask my stepdad to fix it, because he'll sort it in two minutes and then bring it up at every family meal for weeks.",
    "distance feel",
  ],
  ["The IT firm's owner is rude. Just rude. Hangs up on you.", "blame:sec comm"],
  ["We changed supplier because the last lot never turned up when they said. No issues since.", ""],
  [
    "Nobody's said a word to us about security in the four years I've worked here.",
    "comm distance",
  ],
  ["Our IT company sold us a firewall we didn't need and never set it up properly.", "blame:sec"],
  ["I lose sleep over it. Everything we own is on that server.", "feel"],
  ["Guest Wi-Fi password's on the counter for customers, the staff one's separate. Sensible.", ""],
  [
    "The IT guy did a five-minute chat at the start of the Monday meeting. Useful and not preachy.",
    "",
  ],
  [
    "Whenever I raise concerns about the software my father says 'we've always done it this way'.",
    "conflict power",
  ],
  ["The delivery drivers don't have their own logins, they use the foreman's.", ""],
  ["Foreman doesn't care. Says it's quicker.", "distance blame:emp"],
  ["I wouldn't say there's a problem with IT. There's just nobody there.", "distance"],
  ["We all secretly use our phones for the things the office PCs block.", "conflict"],
  ["Mostly it's okay. The odd grumble.", ""],
  [
    "They set up the new proofing portal and didn't bother to show the customer service team. We found out from customers.",
    "comm",
  ],
  ["We get a heads-up before any system change, usually a week before.", ""],
  ["My brother swears at the computer and then at whoever used it last.", "conflict blame:emp"],
  [
    "The tech side here is run by my wife and she's far more organised than me. I'd be lost without her.",
    "",
  ],
  [
    "Asked for a second monitor for artwork, told it's a security risk. A monitor.",
    "conflict blame:sec",
  ],
  [
    "IT say the studio causes every slowdown when it's their own updates eating the bandwidth.",
    "conflict blame:sec",
  ],
  ["We never hear the outcome when we report something. Goes into a void.", "comm distance"],
  ["So people have stopped reporting.", "distance"],
  ["IT guy in our place is lovely but he's so busy you feel bad bothering him.", "feel distance"],
  ["I'm the owner and I'll admit I don't give IT the time it deserves.", "blame:self distance"],
  ["Security courses online are fine, I do them in the van between jobs.", ""],
  ["These online security courses are box-ticking. Click next, click next, done.", "distance"],
  ["My mum does the accounts and she'll ring me in tears if the screen goes blue.", "feel"],
  [
    "Got shouted at for letting a customer use the office PC to print a boarding pass. It was a nice gesture!",
    "conflict feel",
  ],
  [
    "If IT stopped treating every user as a suspect they might get a bit more cooperation.",
    "power conflict",
  ],
  ["My nephew sorted out our email in an afternoon and wrote us a little guide. Brilliant.", ""],
  ["Our IT provider never explains costs, just sends a bill with codes on it.", "comm"],
  [
    "My own fault for never learning it, but I rely on him for absolutely everything.",
    "blame:self power",
  ],
  ["The young ones in the studio roll their eyes when I ask about computers.", "power feel"],
  ["Makes you not want to ask.", "distance feel"],
  ["The IT firm's response to the ransomware scare was calm and quick. I felt looked after.", ""],
  [
    "There's no IT person, just whoever's least busy, and that's usually me, and I usually make it worse.",
    "blame:self",
  ],
  ["Installing anything needs the boss's PIN, and he's out on quotes all day.", "conflict power"],
  [
    "Waited till 6pm for the boss to put his PIN in for a font. Then realised I'd downloaded the wrong one.",
    "conflict blame:self",
  ],
  [
    "To be honest, most breaches in trades firms are staff using rubbish passwords. Ours included.",
    "blame:emp",
  ],
  ["Ours included, and by ours I mean me. Password123.", "blame:self"],
  ["Nobody on the shop floor knows the IT guy's name. He's just 'the computer man'.", "distance"],
  ["I like that our IT lass tells you what she's doing as she goes, you learn something.", ""],
  [
    "The office team get briefed on security stuff; we in the workshop get a laminated sheet.",
    "comm power",
  ],
  [
    "Printers' staff are the worst for passwords. Ours are on Post-its round the monitor.",
    "blame:emp",
  ],
  ["When I complained about the new system I was told to 'embrace change'. Cheers.", "comm power"],
  ["My dad thinks IT people are overpaid button-pushers.", "blame:sec"],
  [
    "We're on our third IT bloke in two years and each one says the last one's setup is a mess.",
    "blame:sec",
  ],
  ["Our IT's good. Honestly. Nothing more to say.", ""],
  [
    "I worry the staff don't tell me about mistakes because they think I'll be angry.",
    "feel distance",
  ],
  ["They're probably right. I do get angry.", "blame:self"],
];
