import type { RawExample } from "./types.js";

/** Part 2 of 4 of VOICES_AP; see voices-ap.ts. */
export const VOICES_AP_2: readonly RawExample[] = [
  ["Some of the office still think 'password1' is clever.", "blame:emp"],
  ["i locked my own account three times this week, totally my doing", "blame:self"],
  [
    "The security team banned personal phones on the shop floor without a single conversation with us, and now half the pickers can't see their shift messages.",
    "power conflict",
  ],
  ["I'm not frightened of them, I just find them a little intense.", ""],
  ["No, they're not rude, they're just not there.", "distance"],
  [
    "Their answer to everything is 'raise a ticket', even when you're standing right in front of them.",
    "comm",
  ],
  [
    "The patching schedule is a nightmare, though that's the software vendor's fault more than anyone's here.",
    "",
  ],
  [
    "I'm scared stiff of getting a phishing test wrong again and having my name circulated.",
    "feel power",
  ],
  ["We have a good working relationship; disagreements get sorted over a cup of tea.", ""],
  ["Honestly, the devs here think security rules are for other people.", "blame:emp"],
  [
    "They stopped replying to my emails after I questioned one of their decisions.",
    "distance power",
  ],
  ["Yeah the new laptop setup is slick, props to the IT crew.", ""],
  ["I've given up asking; I just use my personal cloud storage now.", "distance"],
  ["The audit left our team feeling scrutinised and, frankly, a bit humiliated.", "feel power"],
  [
    "I think people would report more if reporting didn't feel like confessing to a crime.",
    "power distance",
  ],
  ["Users are the problem, plain and simple; the tech is fine.", "blame:emp"],
  ["Our IT lead explains things brilliantly, it's the vendor's manuals that are awful.", ""],
  ["I find the monthly security email genuinely useful, short and to the point.", ""],
  [
    "they cant even get the wifi working in the meeting room and they want to lecture me about passwords??",
    "blame:sec comm",
  ],
  [
    "We're all a bit scared of the new security chief, and I don't think that's a good sign.",
    "feel",
  ],
  [
    "Our security person wanders round once a week asking if anything's bothering us. It's lovely.",
    "",
  ],
  [
    "I never know if a pop-up is real or one of their tests, and it's doing my head in.",
    "feel power",
  ],
  [
    "Honestly, I'm the weak spot in this office; I forget every password they give me.",
    "blame:self",
  ],
  ["The rules are strict but I can see why, given what happened to the firm next door.", ""],
  ["It's a one-way street: they tell, we obey.", "power comm"],
  ["I'd say relations are good. Not warm, but good.", ""],
  [
    "They call it 'least privilege'. I call it not being allowed to change my own desktop wallpaper.",
    "conflict",
  ],
  [
    "A lot of our people just don't think before they click, and I'm including myself.",
    "blame:emp blame:self",
  ],
  ["Never had a problem. Never really had any contact either, come to think of it.", "distance"],
  [
    "It's intimidating to ask anything when the answer always starts with 'As I explained before...'.",
    "feel comm",
  ],
  ["Our IT firm sends monthly reports full of graphs and I skip every single one.", "distance"],
  ["Honestly, I don't think they're incompetent, just badly understaffed.", ""],
  [
    "The day the ransomware hit, they were the calmest people in the building and I was so grateful.",
    "",
  ],
  [
    "Every single request gets bounced back with 'not approved', no reason given.",
    "conflict comm power",
  ],
  [
    "I avoid the second floor because that's where IT sits and they always want a 'quick word'.",
    "distance",
  ],
  ["I'm ashamed to say I fell for the fake invoice scam last year.", "blame:self feel"],
  [
    "They're approachable enough, though I only really hear from them when my computer breaks.",
    "comm",
  ],
  [
    "The help desk is outsourced to another time zone, so by the time they answer I've already fixed it myself.",
    "conflict distance",
  ],
  ["I don't think our staff are careless at all; they're just never given the time to learn.", ""],
  ["Security is basically a rumor in this building.", "distance"],
  ["Thanks for the 7 a.m. email saying the system goes down at 7:15, really helpful.", "comm feel"],
  [
    "Our CFO refuses MFA because it's 'annoying', and guess who'll be called in when his account gets taken over.",
    "blame:emp",
  ],
  [
    "The new security manager actually asked us what slows us down. First time anyone's done that.",
    "",
  ],
  [
    "I've been on edge about data protection ever since that training; they scared the life out of us.",
    "feel",
  ],
  ["Hand on heart, I'd trust them with my own bank details.", ""],
  [
    "You're not allowed to question the IT director, he decides and that's that, and it drives me up the wall.",
    "power feel",
  ],
  ["They're not the enemy, though some days it feels a bit like it.", "conflict"],
  ["i never know who to email so i just don't", "distance"],
  [
    "The owner treats me like his personal tech support, right down to fixing his kids' tablets.",
    "power",
  ],
  ["Our IT person is patient, kind, and permanently buried under other people's requests.", ""],
  [
    "It's demoralising to work all weekend fending off an attack and have nobody even notice.",
    "feel",
  ],
  ["They've never once explained anything without making me feel slow.", "comm feel"],
  ["We had our disagreements about cloud storage, but we hashed it out and it's fine now.", ""],
  ["Our accounts team opens every attachment like it's a birthday present.", "blame:emp"],
  [
    "The security rules make onboarding a new client take twice as long as it should, and when I complain I get three paragraphs of abbreviations back.",
    "conflict comm",
  ],
  [
    "Our security advisor talks in riddles, 'zero trust' this and 'attack surface' that, and I just smile and nod.",
    "comm",
  ],
  [
    "They've got admin access to everything, including my inbox, and that doesn't sit well with me.",
    "power feel",
  ],
  ["I'd describe our IT contractor as invisible, in the best possible way.", ""],
  [
    "When I owned up to a mistake they were kind about it, which makes me more likely to report the next one.",
    "",
  ],
  ["I have to beg, literally beg, for a second monitor. It's humiliating.", "power feel"],
  ["Not a fan of how they talk to the warehouse lads, like they're thick.", "comm power"],
  ["I blame myself for the data leak, I sent the spreadsheet to the wrong Sarah.", "blame:self"],
  ["Their answers are short, but they're right, so I can't really complain.", ""],
  [
    "It's hard to care about security when nobody explains what's actually at stake.",
    "comm distance",
  ],
  ["The IT team are wizards and I mean that sincerely.", ""],
  [
    "The IT team are wizards, in that nobody ever sees them and they speak in spells.",
    "distance comm",
  ],
  [
    "We made a point of putting the security analyst on the social committee, and it's changed everything.",
    "",
  ],
  [
    "The blocked-sites list seems totally random and there's no way to ask for an exception.",
    "conflict power",
  ],
  ["Every time I raise a concern with management I'm told security is 'an IT thing'.", "distance"],
  ["I'm not bothered by the monitoring, I've got nothing to hide.", ""],
  [
    "Sometimes I feel like the only person in this company who cares about security.",
    "feel blame:emp",
  ],
  ["The printer is possessed, but that's not on the IT lot, they've tried everything.", ""],
  [
    "They used to lock you out after two wrong passwords; now it's five tries and far less stressful.",
    "",
  ],
  [
    "Got a very stern email about 'unauthorised software' for installing a calculator app.",
    "comm power",
  ],
  ["They're good at what they do, just not great at telling anyone about it.", "comm"],
  ["Our receptionist is more security-aware than half the directors.", "blame:emp"],
  ["I messed up the backup rota and we lost a week of work, that's on me.", "blame:self"],
  ["We get on fine, the security team and us, no real issues to report.", ""],
  ["The only time IT talks to me is to tell me I've done something wrong.", "comm power"],
  [
    "I'd love to know who actually approves these policies, because it's certainly not anyone who does my job.",
    "power distance",
  ],
  [
    "Security has become the department of no, and people have simply stopped asking.",
    "conflict distance",
  ],
  [
    "Our IT partner holds quarterly sessions where anyone can ask anything, and they're always packed.",
    "",
  ],
  ["i feel so thick when they explain stuff", "feel"],
  ["Our staff bypass the VPN because it's slow, and I can't say I blame them.", "distance"],
  [
    "There's no hostility, it's just that security and the rest of the business live on different planets.",
    "distance",
  ],
  ["Don't get me wrong, I like them, but the wait for a replacement laptop is absurd.", "conflict"],
  [
    "I was worried they'd judge me for not knowing what two-factor meant, but they were really kind.",
    "",
  ],
  [
    "The CEO told me to 'stop scaring people' when I flagged a serious vulnerability. I was livid.",
    "power feel",
  ],
  [
    "Everyone's too scared of the IT manager to admit when they've clicked something.",
    "feel distance",
  ],
  ["Our IT crew is tiny and overworked but they never, ever make you feel like a bother.", ""],
  ["Our IT guy talks in acronyms. Mostly three-letter ones. Sometimes four.", "comm"],
  ["The quarterly access review feels like being audited by a stranger.", "power distance"],
  [
    "My team has basically given up on IT and pays a freelancer for anything urgent, because they never fix it first time.",
    "distance blame:sec",
  ],
  ["They patched everything over the holidays and nobody lost a minute of work. Impressive.", ""],
  ["I just think our security people are a bit too pleased with themselves.", "power"],
  ["Our users are great at spotting phishing now; reporting rates have tripled.", ""],
  ["I admit I've shared my login with a temp before. Not proud of it.", "blame:self"],
  ["It's hard to feel part of the same company when IT sits behind a locked door.", "distance"],
  [
    "Our contractor's lovely but gets fed up with me asking the same questions, and honestly that's my fault, I never write anything down.",
    "feel blame:self",
  ],
  [
    "Whoever designed the password policy has clearly never had to type one on a phone.",
    "conflict",
  ],
  [
    "Having to justify every software request to someone who's never done my job is exhausting.",
    "power feel conflict",
  ],
  ["I can't fault the team; response times have improved massively since last year.", ""],
  [
    "The policy emails are so vague I can't tell whether they even apply to me, so I've stopped reading them.",
    "comm distance",
  ],
  [
    "They're always there when you need them, which is more than I can say for the coffee machine.",
    "",
  ],
  ["Apparently I'm a 'high-risk user' now because I travel a lot. Cheers for that.", "power feel"],
  ["People here honestly believe antivirus makes them invincible.", "blame:emp"],
  ["We invited IT to our away day and they came and joined in. Nice change.", ""],
  ["i dont mind IT but i do mind the 45 minute hold music", "conflict"],
  [
    "I was the one who turned off the antivirus because it was slowing me down; my bad.",
    "blame:self",
  ],
  [
    "I really like our security trainer, she makes it funny and never makes anyone feel picked on.",
    "",
  ],
  [
    "We lost a contract because security wouldn't let us use the client's file-sharing platform.",
    "conflict blame:sec",
  ],
  [
    "Every conversation with them seems to end in an argument about something, and I'm sick of it.",
    "conflict feel",
  ],
  ["They're not unhelpful, just impossible to pin down.", "conflict"],
  [
    "I think people are afraid that owning up to a problem will get them into trouble.",
    "feel power",
  ],
  ["There's no us-and-them here; the security lead sits right next to sales.", ""],
  ["Frankly our managers are the worst for ignoring security advice.", "blame:emp"],
  [
    "I'd like to say we communicate well with IT, but honestly we don't communicate at all.",
    "distance",
  ],
  ["They always ask before they take over my screen, which I appreciate.", ""],
  ["Mate, the tech is fine, the people running it are the issue.", "blame:sec"],
  [
    "The tech is the issue, honestly; the people running it do their best with what they've got.",
    "",
  ],
  ["Our security bloke's a bit blunt, but you always know where you stand with him.", ""],
  [
    "We found out our emails were being scanned from a footnote in the staff handbook.",
    "comm power",
  ],
  [
    "I'm never sure if I'm allowed to charge my phone off the laptop, and I'm too embarrassed to ask.",
    "feel distance",
  ],
  [
    "Security keeps pushing training that's clearly designed for a bank, not a bakery; they've no idea what we actually do here.",
    "conflict distance",
  ],
  ["I feel quite reassured knowing they're keeping an eye on things.", ""],
];
