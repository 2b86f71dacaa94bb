import type { RawExample } from "./types.js";

/**
 * Middle managers and team leads caught between their staff and the security/IT people, plus
 * some of their staff on the manager's role. Written fresh for Rapport (brief V), part 2 of 3.
 */
export const VOICES_V_2: readonly RawExample[] = [
  [
    "The firm's IT manager explained the phishing test results team by team, with no names. Nobody felt picked on.",
    "",
  ],
  ["I'm not scared of the security team. If anything, they're a bit shy.", ""],
  [
    "The IT desk gives every new starter a twenty-minute chat on day one. Simple and effective.",
    "",
  ],
  ["I can't say I've ever been told off by IT. When something goes wrong, they just fix it.", ""],
  [
    "Our garage's computers are looked after by a local firm; they come in when we call and sort it quickly.",
    "",
  ],
  [
    "We use a password manager now. The IT partner set it up and showed each of us how it works.",
    "",
  ],
  // Blamed from both sides
  [
    "My team thinks I'm on IT's side, and IT thinks I'm too soft on my team. I can't win.",
    "conflict feel",
  ],
  [
    "When something goes wrong, security blames my people and my people blame me for not standing up to security.",
    "blame:emp conflict",
  ],
  [
    'I get the email from IT saying "your department had three incidents this month", as if I clicked them all myself.',
    "blame:emp comm",
  ],
  [
    "Stuck in the middle is an understatement. I get it in the neck from both directions.",
    "conflict feel",
  ],
  [
    "After the ransomware scare, the board wanted to know whose team let it in. I lay awake for nights.",
    "blame:emp feel power",
  ],
  [
    "Being the go-between is exhausting. Nobody thanks you, and both sides think you're working against them.",
    "feel",
  ],
  [
    "My staff see me as IT's police, and IT sees me as the reason the rules don't stick.",
    "conflict",
  ],
  [
    "I'm answerable for my team's security, but I've no say in the rules and no budget. It's a miserable spot to be in.",
    "power feel",
  ],
  [
    'The team calls me "the IT snitch" now that I have to check their screens are locked.',
    "conflict",
  ],
  ["I dread the monthly compliance report. Every red box has my name next to it.", "feel"],
  // Self-blame
  [
    "Maybe I should have pushed the training harder. Some of that incident is on me, I think.",
    "blame:self",
  ],
  [
    "I signed off the exception that let the malware in. That one's on me, plain and simple.",
    "blame:self",
  ],
  [
    "I'm hopeless with computers myself, so I'm hardly the right person to be enforcing any of this.",
    "blame:self",
  ],
  [
    "I forwarded the fake invoice to accounts myself. Felt like an absolute fool in front of my team.",
    "blame:self feel",
  ],
  [
    "If my team doesn't follow the rules, that's a failure of my leadership, not theirs.",
    "blame:self",
  ],
  [
    "I was the one who told them to share the login to save time. I can't really blame them for doing it.",
    "blame:self",
  ],
  ["Truth is I never read the policy properly, so how could I explain it to anyone?", "blame:self"],
  [
    "I let my guard down once and it cost us a week of orders. I still kick myself about it.",
    "blame:self feel",
  ],
  ["I'm a dinosaur with this stuff. My apprentices know more than I do.", "blame:self"],
  [
    "I gave the delivery firm the door code over the phone without checking. My mistake, entirely.",
    "blame:self",
  ],
  ["I'm the weak spot in my own department, and IT knows it.", "blame:self"],
  [
    "I should have said something when I saw people writing passwords on sticky notes. I just didn't.",
    "blame:self",
  ],
  [
    "I'm the one who kept putting off the update. Then the laptop got hit. That's on me.",
    "blame:self",
  ],
  [
    "I feel like an idiot every time I have to ring the helpdesk about the same thing.",
    "blame:self feel",
  ],
  [
    "I'm not technical, and I suspect I make the IT folk's lives harder than they need to be.",
    "blame:self",
  ],
  [
    "I made a mistake with an attachment last year, learned from it, and IT treated it as no big deal.",
    "",
  ],
  [
    "Looking back, the breach started with the spreadsheet I emailed to my personal account. My own silly shortcut.",
    "blame:self",
  ],
  [
    "I'm probably the worst in the office for clicking things. My team lead jokes about it.",
    "blame:self",
  ],
  [
    "It's embarrassing. I manage twenty people and I still can't set up my own two-factor code without help.",
    "blame:self feel",
  ],
  [
    "People assume the manager must be the problem when a team fails an audit. In our case it was a broken config, and IT owned it.",
    "",
  ],
  [
    "Part of me thinks the whole mess was my doing; I signed whatever IT put in front of me without asking a single question.",
    "blame:self",
  ],
  // Blame towards security / IT
  [
    "The IT contractor installs updates at nine on a Monday and wonders why nobody can work.",
    "blame:sec",
  ],
  ["Half our outages are caused by the people meant to be protecting us.", "blame:sec"],
  ["IT broke the shared calendar again. Third time since Easter.", "blame:sec conflict"],
  [
    "I've got more faith in my twelve-year-old sorting the Wi-Fi than our support company.",
    "blame:sec",
  ],
  ["The security team bought an expensive tool and nobody there knows how to use it.", "blame:sec"],
  [
    "They locked out the whole dispatch office on the busiest day of the year. I was livid.",
    "blame:sec feel",
  ],
  ['Every "fix" from IT creates two new problems. It\'s like whack-a-mole.', "blame:sec"],
  ["Our managed service provider couldn't find a virus if it introduced itself.", "blame:sec"],
  [
    "They sent out a phishing test that looked more legitimate than their real emails. Then they wondered why people ignored the real ones.",
    "blame:sec comm",
  ],
  [
    "If security was doing its job, we wouldn't need a poster in the loo reminding us to lock our screens.",
    "blame:sec",
  ],
  [
    "The backup that was supposed to save us hadn't run since June. That's IT's one job.",
    "blame:sec",
  ],
  [
    "They blame us for everything, but the leak came from a server they set up and forgot about.",
    "blame:sec power",
  ],
  ["Ask IT a simple question and you get a shrug and a ticket number.", "blame:sec"],
  [
    "Useless. That's the word my team uses for the helpdesk, and I can't say they're wrong.",
    "blame:sec",
  ],
  ["The new firewall blocks our own supplier portal. Clever.", "blame:sec"],
  [
    "I asked for a new starter's account four times. She sat at an empty desk for three days.",
    "blame:sec",
  ],
  [
    "I'm sick of cleaning up after IT's mistakes and then being asked why my team is behind.",
    "blame:sec feel",
  ],
  [
    "People like to moan that IT is useless, but ours are genuinely good. It's the software that's rubbish.",
    "",
  ],
  ["The audit failed because IT hadn't patched the server they told us was patched.", "blame:sec"],
  [
    "Honestly the biggest security risk in this building is the IT department's change calendar.",
    "blame:sec",
  ],
  [
    "They rolled out the new email filter with no testing and it ate a week of customer orders.",
    "blame:sec conflict",
  ],
  [
    "I've heard colleagues say IT is incompetent. Not my view at all; they're just understaffed.",
    "",
  ],
  [
    "Our IT provider reset everyone's passwords without warning and took the weekend off.",
    "blame:sec",
  ],
  [
    "They can't even keep their own contact list up to date, and they want us to trust them with everything else.",
    "blame:sec",
  ],
  // Staff on the manager's role
  [
    'My manager just forwards the IT emails with "FYI" on top. I doubt he reads them himself.',
    "distance",
  ],
  [
    "Our supervisor is the one who tells us what the IT people actually mean. Without her we'd be lost.",
    "comm",
  ],
  [
    "If my laptop plays up I go to my team lead, not IT. IT would just log a ticket and forget about it.",
    "distance blame:sec",
  ],
  ["Our boss stands up for us when IT gets on its high horse.", "power"],
  [
    "My manager told us to use our personal email if the work one is playing up. So we do.",
    "conflict",
  ],
  [
    "The team leader takes security seriously and it rubs off on us. She talks about it like it matters.",
    "",
  ],
  [
    "I'd rather ask my manager than the IT people. They make me feel like I'm wasting their time.",
    "distance feel",
  ],
  [
    "Our shift manager runs a two-minute security tip every Monday. It's become a bit of a running joke, in a good way.",
    "",
  ],
  ["Security? That's the manager's department. I just do the deliveries.", "distance"],
  [
    "Our supervisor gets hauled in by IT every time someone on the team slips up. We feel bad for her.",
    "power",
  ],
  [
    "The manager told us the rule, then quietly said to ignore it during the rush. Mixed messages.",
    "conflict",
  ],
  ["Not sure our manager even knows who the IT contact is. We certainly don't.", "distance"],
  [
    "My line manager sat me down after I failed the phishing test, said it happens to everyone, and went through the clues with me.",
    "",
  ],
  ["Our team lead has no say in any of it. She's as much on the receiving end as we are.", "power"],
  [
    'Even our own manager calls us "the weak link" when IT is in the room. Probably to keep them happy.',
    "blame:emp",
  ],
  [
    "I feel a bit sorry for our manager. IT never gives her straight answers and she has to face us.",
    "feel",
  ],
  ["The manager deals with IT so I don't have to. Suits me fine.", "distance"],
  [
    "We only hear about security when the manager reads out a warning from IT at the team briefing, usually after someone's messed up.",
    "comm",
  ],
  [
    "Our head of department explained the new login rules so clearly that nobody needed to ask IT a thing.",
    "",
  ],
  [
    "You can see the manager's nervous before the IT audit. That makes us nervous too.",
    "feel power",
  ],
  [
    "If I had a security worry I'd mention it to a colleague first. Neither the manager nor IT would be my first port of call.",
    "distance",
  ],
  [
    'My manager says we\'re "the front door for hackers". Bit rich, seeing as she uses the same password for everything.',
    "blame:emp",
  ],
  [
    "I trust my supervisor on this. If she says an email's fine, it's fine, and if she's not sure, she asks IT.",
    "",
  ],
  // Mixed and longer
  [
    "Oh wonderful, another policy nobody in my department was consulted on, landing the week before the audit. I'll just tell the team to drop everything, shall I?",
    "conflict power feel",
  ],
  [
    "They treat every question from a manager like a challenge to their authority, and answer in acronyms to make sure you know your place.",
    "comm power",
  ],
  [
    "We lost the afternoon's bookings because IT changed the router during opening hours. When I complained, they said we should have read the notice.",
    "conflict blame:sec",
  ],
  [
    "I've stopped raising things with IT. What's the point? Nothing changes and I just end up more wound up.",
    "distance feel",
  ],
  [
    "The security manager told me in so many words that my staff are the threat and I'm there to keep them in line.",
    "power blame:emp",
  ],
  [
    "The quarterly phishing results arrive as a league table of departments. Mine was bottom last time and I've never felt so small.",
    "feel comm",
  ],
  [
    "The IT director signs off every software purchase personally. I had to wait six weeks for a fifteen-pound app.",
    "power",
  ],
  [
    "We've got a workaround for the timesheet system that everyone uses and nobody tells IT about. Easier that way.",
    "conflict distance",
  ],
  [
    "There's a low hum of worry on my team about clicking the wrong thing. Nobody says it out loud, but you can tell.",
    "feel",
  ],
  [
    "My admin staff are frightened of their inboxes. Every strange email is a potential career-ender in their minds.",
    "feel",
  ],
  [
    "I lose sleep over the thought that one wrong click from my team and I'm the one who gets marched upstairs.",
    "feel power",
  ],
  [
    "Security wants every order checked twice. Sales wants it out the door in an hour. I'm the one caught in that crossfire.",
    "conflict",
  ],
  [
    "It's their way or no way. The last time I pushed back, I was copied into an email to my director.",
    "power",
  ],
  [
    "I've had more contact with the IT team's auto-reply than with any actual person there.",
    "comm distance",
  ],
  [
    "Frankly I've given up caring. Whatever they bring in, we'll adapt or ignore it, like always.",
    "feel distance",
  ],
  [
    'The awareness training opens with a slide saying "90% of breaches are caused by people like you". Great way to win the room.',
    "blame:emp comm",
  ],
  [
    "I'm tired of the assumption that because my team are young apprentices they must be reckless with data.",
    "blame:emp feel",
  ],
  [
    "They turned off the scanning-to-email function overnight. No warning, no consultation. My office couldn't send a single contract all day.",
    "power conflict",
  ],
  [
    "They're never around when you need them, and when they finally show up they make things worse.",
    "blame:sec distance",
  ],
  [
    "The tone of their emails makes my staff feel like suspects. Bold capitals, red text, threats of disciplinary action.",
    "comm feel",
  ],
  [
    'Every message from security starts with "It has come to our attention". Nobody reads past that without feeling told off.',
    "comm power",
  ],
  [
    "I'm anxious every time I approve a payment now. What if I've missed something and it's my signature on it?",
    "feel blame:self",
  ],
  [
    "The security people live in their own world. They make the decisions and we find out when something stops working.",
    "power distance",
  ],
  [
    "I was nervous about the security review, but it was more of a chat. They asked what slows my team down and wrote it all down.",
    "",
  ],
  [
    "The previous IT manager was a nightmare to deal with, but the new one has completely turned it round.",
    "",
  ],
  [
    "They introduced a new file-sharing rule by email on a Sunday night. Monday morning my team couldn't open a single drawing.",
    "conflict comm",
  ],
];
