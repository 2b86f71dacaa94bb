import type { RawExample } from "./types.js";

/** Hard cases from any voice: negation, contrast, hedges, irony, rhetorical questions, reported speech, past against present, complaints that are not about the relationship. Written fresh for Rapport (brief DE). */
export const VOICES_DE_4: readonly RawExample[] = [
  [
    "Apparently they can remotely take over my screen whenever they want. Nobody asked me if that was okay.",
    "power",
  ],
  ["They asked permission before taking over my screen, which I appreciated.", ""],
  [
    "It's creepy when the cursor just starts moving on its own because someone in IT decided to have a look.",
    "feel power",
  ],
  ["I've worked here three years and couldn't tell you which floor IT is on.", "distance"],
  ["They're just sort of there.", "distance"],
  ["I'd say we get on fine. Not close, not bad.", ""],
  ["We're not close. They do their thing, we do ours.", "distance"],
  ["I wouldn't say we're close, but I know who to call and they're always helpful.", ""],
  ['Their idea of "urgent" and ours are two very different things.', "conflict"],
  [
    "We flagged the payroll bug as urgent; they logged it as low priority. Staff went unpaid for a week.",
    "conflict",
  ],
  ["Staff went unpaid because IT sat on a ticket. I'm still furious about it.", "blame:sec feel"],
  [
    "Staff went unpaid because the bank's batch failed, not our IT, who actually helped sort it.",
    "",
  ],
  ["I should've flagged it sooner; I sat on it for a day thinking it'd fix itself.", "blame:self"],
  [
    'I\'m not proud of it, but I rolled my eyes so hard when the "cyber awareness" quiz popped up again.',
    "feel",
  ],
  ["The cyber awareness quiz was short and actually taught me something about QR codes.", ""],
  ["The cyber awareness quiz has questions nobody outside IT could answer.", "comm"],
  ["They've decided we're too dim to choose our own browsers.", "power"],
  ["Their tone says, very clearly, that we're too dim to be trusted with a browser.", "comm power"],
  ['Every outage this year traces back to one of their "improvements".', "blame:sec"],
  [
    "The new web filter flags our own company website as suspicious. You couldn't make it up.",
    "conflict",
  ],
  ["The web filter flagged our site for a day; they fixed it within hours of us reporting it.", ""],
  ["Honestly? They scare me a bit.", "feel"],
  ["They feel like the police: they watch, they judge, and you can't argue.", "power"],
  ["I'm not afraid of them at all; they're just people doing a job.", ""],
  [
    "If I'm honest, I avoid the IT corridor. Less chance of being roped into something.",
    "distance",
  ],
  [
    "I avoid the IT corridor because last time I got a lecture about my screensaver, and I'm still cross about it.",
    "feel distance",
  ],
  ["Last time I passed their desk I got an unprompted lecture about my screensaver.", "comm"],
  [
    "Staff leave screens unlocked and then act shocked when someone sends a prank email from them.",
    "blame:emp",
  ],
  ["Someone sent a prank email from my unlocked screen, and honestly it was funny.", ""],
  ["Fair enough, it was my unlocked screen; I had it coming.", "blame:self"],
  [
    "The lock screen kicks in after ninety seconds. Try reading a contract in ninety seconds.",
    "conflict",
  ],
  [
    "Ninety seconds before the screen locks. I'm sorry, but it makes me want to throw the laptop out of the window.",
    "conflict feel",
  ],
  ["Whatever we say at the staff survey, IT does exactly what it planned anyway.", "power"],
  ["They actually changed the lock-screen timer after the staff survey. They do listen.", ""],
  ["If they'd told us the migration was this weekend, we could have planned around it.", "comm"],
  ["They told us about the migration a month in advance and sent reminders. Perfect.", ""],
  ["The migration lost three years of my notes. Thanks, IT.", "blame:sec"],
  ["I still get a cold sweat thinking about the migration weekend they sprang on us.", "feel comm"],
  ["They're a name on the intranet. I couldn't pick them out of a crowd.", "distance"],
  [
    "Our team stopped logging tickets months ago. If we need software, we buy it on the company card; if something breaks, Jas fixes it; and if it's really bad, we ring the supplier directly rather than going anywhere near IT.",
    "conflict distance",
  ],
  [
    "We only ever hear from them when something's on fire, and otherwise they may as well not exist.",
    "distance comm",
  ],
  [
    "Security locked the shared mailbox mid-tender and it took them two days to notice the ticket. Thanks for nothing.",
    "conflict blame:sec",
  ],
  [
    "Honestly, talking to them makes me so uneasy that I'll ask anyone else first.",
    "feel distance",
  ],
  [
    "I don't bother with the helpdesk anymore. They never fix anything, so why would I?",
    "distance blame:sec",
  ],
  ["I don't bother the helpdesk with small stuff, but when I do call they're great.", ""],
  [
    "I get so wound up when my account gets locked during a client call. Third time this month.",
    "conflict feel",
  ],
  [
    'There\'s no face, no name, just "the Security Team" at the bottom of a cold email.',
    "comm distance",
  ],
  [
    "They sit somewhere upstairs making decisions about our tools, and we never meet them.",
    "power distance",
  ],
  [
    "We're told our job is to keep the company safe, but in practice the staff ignore our emails, the execs undercut us whenever a rule is inconvenient for them, and we get about as much say in the big decisions as the office plants.",
    "blame:emp power",
  ],
  [
    "I'm a security engineer, and I'm honestly tired of cleaning up after people who think it won't happen to them: they click the link, ignore the warning, approve the push notification at midnight, and then ring us in a panic wanting it fixed before their boss hears.",
    "blame:emp feel",
  ],
  ["The new starter pack included a short welcome from the security team. Nice touch.", ""],
  ["Funnily enough, the security lead plays five-a-side with our department on Wednesdays.", ""],
  ["They were honest about the breach and told us exactly what data was involved.", ""],
  ["No news from IT is good news, in my experience.", ""],
  ["Honestly it's fine. Boring, but fine.", ""],
  ["I wouldn't call them friends, but they're easy to work with.", ""],
  ["No strong feelings either way.", ""],
  ["It isn't the fastest service, but they're honest about when they'll get to you.", ""],
  ["The rules are strict, but they're the same rules my last three employers had.", ""],
  ["Mostly they leave us alone, and when we need them they show up.", ""],
  ["The security awareness week had free doughnuts and a decent talk on scams.", ""],
  ["My printer jams constantly, but that's a twenty-year-old printer for you.", ""],
  ["Someone keeps stealing my yoghurt from the fridge. Not an IT issue, just a rant.", ""],
  [
    "Every quarter the sales team finds a new way round the rules, and every quarter we close it.",
    "conflict blame:emp",
  ],
  [
    "I felt like such a fool after falling for the test phish. I'm the kind of person they make these for.",
    "feel blame:self",
  ],
  [
    'They replied "working as intended" and closed it. I just stared at the screen, deflated.',
    "comm feel",
  ],
  [
    "Nobody could tell us why the shared drive was read-only, and the deadline was that afternoon.",
    "conflict comm",
  ],
  ["If the security team says no, it's no, even if the whole project stalls.", "power conflict"],
  [
    "The security team hides behind policy so they never have to take responsibility for anything.",
    "blame:sec power",
  ],
  [
    "I'm a bit ashamed to say I've never once opened their newsletter. It just doesn't feel like my business.",
    "distance feel",
  ],
  [
    'They send instructions, never questions. It\'s never "what do you need?", always "you must".',
    "comm power",
  ],
  [
    "We've given up on the official video tool and run everything through a personal account now.",
    "conflict distance",
  ],
  ["It makes me uneasy that a team I've never met can read my mail.", "feel power"],
  ["I've never met them, yet they can read my mail. Odd, isn't it?", "distance power"],
  [
    "The badge readers failed again and we stood outside for forty minutes in the rain. I'm done being patient with facilities and IT.",
    "conflict feel blame:sec",
  ],
  [
    "The badge readers failed, but security had someone at the door within ten minutes letting people in.",
    "",
  ],
  [
    "We wrote the guidance in plain English, no jargon, and still half the firm ignored it.",
    "blame:emp comm",
  ],
  [
    "Some days it feels pointless; the same people fall for the same tricks every quarter.",
    "blame:emp feel",
  ],
  [
    "Our requests go into a queue, get prioritised by people who don't understand our work, and come back refused.",
    "conflict power",
  ],
  ['The rejection just said "does not meet policy". Which policy? Which part?', "comm conflict"],
  [
    "The rejection explained exactly which policy clause applied and who to talk to about an exception.",
    "",
  ],
  ["I think they're called Infosec? Or Cyber? Either way, never dealt with them.", "distance"],
  [
    "Nobody on my team has spoken to the security people in the two years I've been here.",
    "distance",
  ],
  [
    "Probably my fault for not asking, but I had no idea they could track my location on the company phone.",
    "blame:self power",
  ],
];
