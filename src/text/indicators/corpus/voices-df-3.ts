import type { RawExample } from "./types.js";

/** Very small firms whose security is an outside IT provider, the owner's relative or one overworked admin: owners, office managers and employees. Written fresh for Rapport (brief DF). */
export const VOICES_DF_3: readonly RawExample[] = [
  [
    "The admin and I have a standing ten-minute chat every Friday about anything that's come up.",
    "",
  ],
  [
    "I told the lads they could take the laptops to the pub quiz. Looking back, I'm as guilty as they are.",
    "blame:emp blame:self",
  ],
  ["Couldn't care less about cybersecurity as long as the card machine works.", "distance"],
  [
    "We're only allowed to use the laptops they supply, on the software they choose, on the days they choose to update. It's their office really, not mine.",
    "power",
  ],
  [
    "The owner pays for the IT contract and we never have any trouble, so I've no opinion really.",
    "",
  ],
  [
    "It's six of one, half a dozen of the other. Our staff are sloppy and the provider doesn't check anything either.",
    "blame:emp blame:sec",
  ],
  ['Our lot think "security" means locking the van.', "blame:emp"],
  [
    "I'm not great with computers, I'll admit, but the IT chap is patient and never makes me feel daft.",
    "",
  ],
  [
    "The VPN drops every twenty minutes so I just do the drawings at home on my own laptop and email them over.",
    "conflict",
  ],
  [
    "I've given up asking the team to update their phones. I just do it myself while they're at lunch.",
    "power blame:emp",
  ],
  [
    "I'm the only admin for thirty people and the owner overrules me every time I say no to something.",
    "power",
  ],
  ["The IT lot are a joke, and I'm sick of paying for a joke.", "feel blame:sec"],
  [
    "Between me forgetting to log out and the lads sharing logins, we're not exactly Fort Knox.",
    "blame:emp blame:self",
  ],
  ['He just says "trust me, it\'s for security" and does what he wants.', "comm power"],
  [
    'As the owner I set the tone, and the tone was "security can wait". That was my mistake.',
    "blame:self",
  ],
  [
    "I ignored the provider's emails for months because I assumed they were sales pitches. Silly of me.",
    "distance blame:self",
  ],
  [
    "Our accountant's son did the network, then moved to Australia. Now nobody here knows the password to our own router.",
    "power",
  ],
  ["I ring, I get a person, they fix it. What more do you want?", ""],
  ["I was worried about the move to the cloud, but they held our hand through it.", ""],
  ["We see the IT bloke about as often as the window cleaner. Less, actually.", "distance"],
  [
    "Every time I ring them I apologise three times before I get to the problem. I just assume I've broken it.",
    "feel blame:self",
  ],
  ["Our guy's brilliant, I'm told. Never actually met him.", "distance"],
  ["They answered my one-line question with a three-page PDF.", "comm"],
  [
    "We had a phishing test in March, four of us fell for it, and Priya walked us through what to look for. Useful session actually.",
    "",
  ],
  [
    "Nobody there has ever been snooty with me about not knowing the lingo, and I'm not techy at all.",
    "",
  ],
  ["The IT bloke's coming Thursday to look at the slow PC. Tea and biscuits on standby.", ""],
  ["Hacked? Us? We had a close call in June, but the alert worked and nothing was lost.", ""],
  ["The quarterly report is twenty pages of graphs and acronyms. I bin it.", "comm distance"],
  [
    "I'm ashamed to say I lost the work phone twice in a month. The IT lad was nice about it, which somehow made it worse.",
    "feel blame:self",
  ],
  ["Most of the time the problem turns out to be their own remote tool.", "blame:sec"],
  [
    "The admin's wife had a baby so he was off for two weeks, and his cover was just as helpful.",
    "",
  ],
  [
    'Every message about the new rules says "for your protection". Protection from what? I still can\'t open client files.',
    "conflict comm",
  ],
  [
    "We're an eight-person architects' practice and for years our \"IT department\" was whichever partner was least busy. Two years ago we signed up with a local provider and the difference is night and day: regular check-ins, proper backups, and someone who actually explains things in plain language.",
    "",
  ],
  [
    "We gave the IT firm our busy season dates. They scheduled the migration for the middle of them anyway.",
    "conflict",
  ],
  [
    "I don't love spending money on IT, nobody does, but the monthly fee is less than one lost day of trading.",
    "",
  ],
  [
    'I get a knot in my stomach every time the screen says "contact your administrator", because the administrator is a man who never answers.',
    "conflict feel",
  ],
  [
    "I'm tired of defending our IT company to the staff. They really are as bad as everyone says.",
    "feel blame:sec",
  ],
  ["They decide. We find out.", "comm power"],
  [
    "Bit embarrassing, but I still don't know how to use the shared drive and I'm too shy to ask again.",
    "feel distance",
  ],
  [
    "They can lock me out of my own business from their office in Swindon. Think about that.",
    "power",
  ],
  [
    "They send a short summary each month of what they've done. Most months it's \"nothing to report\", which is what I want.",
    "",
  ],
  [
    "I find it stressful ringing them because I never know if I'll get the nice one or the other one.",
    "feel",
  ],
  [
    'Every email from the IT company reads like a legal threat. "Non-compliance detected." I just panic.',
    "comm feel",
  ],
  ["They're a bit slow over the holidays, but they warn us in advance.", ""],
  [
    "It's two o'clock, I've been waiting since nine for a callback, and the whole office is stood around. I'm beyond annoyed.",
    "conflict feel",
  ],
  [
    "It was the tone of it. Like I'd done something criminal by opening an attachment from a client.",
    "comm feel",
  ],
  [
    "The security settings block the camera on the laptop, so I do client video calls from my own phone in the car park.",
    "conflict",
  ],
  ["Let's face it, I'm the weak link here. I know it, IT knows it.", "blame:self"],
  [
    "The security chap explained phishing using examples from our own inbox, which made it click for everyone.",
    "",
  ],
  [
    "Bluntly, they're useless, and I'm embarrassed I recommended them to the other shops on the street.",
    "feel blame:sec",
  ],
  [
    "They're all remote now. Used to have a bloke who came in, now it's a portal and a chatbot.",
    "comm distance",
  ],
  [
    "I forward everything to my home email because it's easier, and yes, that's exactly how we got caught last time.",
    "blame:self",
  ],
  [
    "We all did the online training over a couple of lunches. Short videos, a quiz, a certificate. Fine.",
    "",
  ],
  [
    "Every time the phone rings and it's the IT company, my stomach drops, because it's never good news.",
    "comm feel",
  ],
  [
    "I dread the monthly call with the IT people. I never understand a word and just say yes to everything.",
    "comm feel",
  ],
  ["The test phishing emails they send are sneaky, but the follow-up is friendly and short.", ""],
  [
    "I don't mind the monitoring on the work phones, it's in the contract and they were upfront about it.",
    "",
  ],
  [
    "When the accountant's email got spoofed, our IT lady spotted it before any of us had paid anything.",
    "",
  ],
  ["I'm probably why the IT guy drinks. I break something weekly.", "blame:self"],
  [
    "They turned off macros across the whole office. No warning, no explanation, and our quoting sheet runs on macros.",
    "conflict comm power",
  ],
  [
    'The biggest risk in this office is Maureen and her habit of clicking "enable content" on everything.',
    "blame:emp",
  ],
  [
    "The IT contract was signed before I joined. I've no clue what's in it or who they are.",
    "distance",
  ],
  ["Never met them, never needed to, never wanted to.", "distance"],
  [
    "We're a tiny team and the owner reads everyone's emails \"for security\". Nobody says anything because he signs the wages.",
    "power",
  ],
  [
    "We've got a little laminated card by the phone: who to call, what to say, what not to click. Very handy.",
    "",
  ],
  [
    "We both dropped the ball. I didn't renew the domain, they didn't remind me, and the website vanished.",
    "blame:sec blame:self",
  ],
  [
    "It'd be nice if they came in person once in a while instead of just emailing.",
    "comm distance",
  ],
  ["The IT guy leaves sticky notes with tips on our monitors. Corny, but they work.", ""],
  ['Their "quick guide" to the new system was forty pages.', "comm"],
  [
    "I'm disappointed in them, honestly. We trusted them with client data and they lost a laptop full of it.",
    "feel blame:sec",
  ],
  [
    'We had a scare with a spoofed email from "the bank". I rang IT, they confirmed it was fake, done.',
    "",
  ],
  [
    "If anyone's responsible for our sloppy backups, it's me. I kept saying we'd sort it after the busy season.",
    "blame:self",
  ],
  ["If I had a problem with the IT, I'd just ring them. Haven't had to yet.", ""],
  [
    "We're all to blame, me first. Nobody here takes it seriously.",
    "distance blame:emp blame:self",
  ],
  [
    'Twelve hundred quid for a "security audit" that told us to update Windows. Cheers.',
    "blame:sec",
  ],
  ["The owner's husband does the IT on Sundays. Not glamorous, but it works.", ""],
  [
    "Warned the office about the fake courier texts on Monday. Three of them clicked on Tuesday.",
    "blame:emp",
  ],
  [
    "If I'd just rung them when I first saw the weird email, none of this would've happened.",
    "blame:self",
  ],
  [
    "We're meant to log faults through a portal. Nobody knows the login, so nobody logs faults.",
    "conflict distance",
  ],
  [
    'I got a message that just said "Do NOT open attachments from the bank today." Which bank? Why? Still no idea.',
    "comm",
  ],
  ["They took our security worries seriously when we started doing online orders.", ""],
  ["Our office junior would hand over the server if someone asked nicely enough.", "blame:emp"],
  [
    "I held up the whole office for a morning because I forgot my authenticator phone at home.",
    "blame:self",
  ],
  [
    "If they ever have to say no to something, they give us an alternative. That's been my experience anyway.",
    "",
  ],
];
