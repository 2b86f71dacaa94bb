import type { RawBlameExample } from "./types.js";

/** Security practitioners, consultants and IT staff on social media: sarcasm, memes in words, jokes at users' or vendors' expense, sincere defences of staff. Written fresh for Rapport (brief ZO). */
export const FRESH_ZO_4: readonly RawBlameExample[] = [
  [
    'Panellist on ransomware: "Most of our clients got hit through an exposed remote desktop or an unpatched firewall. Email was a distant third."',
    false,
  ],
  [
    'Asked the speaker how she measures security culture. She said: "How fast a user tells us they\'ve made a mistake." Stealing that.',
    false,
  ],
  [
    "A speaker told the room that training staff is like teaching goldfish to file taxes. It got a laugh and, I suspect, a few converts.",
    true,
  ],
  [
    "A speaker compared annual awareness training to one dental visit a year with no brushing in between. Fair, and the fault is in the programme design.",
    false,
  ],
  [
    "The pharma rep next to me at the meetup said his sales team treats the security policy as optional reading, and from what I've seen of sales teams, he's right.",
    true,
  ],
  [
    'Q&A question I loved: "How many of your own policies could your security team pass a quiz on?" Nervous laughter along the whole row of CISOs.',
    false,
  ],
  [
    "At every conference someone tells the story of the CEO who fell for the gift card scam, and every time it's a different CEO. That's the real trend.",
    true,
  ],
  [
    "At every conference someone tells the gift card scam story. Nobody mentions that the CEO's calendar was public and the email format was guessable.",
    false,
  ],
  [
    'Heard on a security podcast: "Developers will always pick the fastest path, and the fastest path is usually the insecure one." The host agreed enthusiastically.',
    true,
  ],
  [
    "Heard on a security podcast: \"If the secure path isn't also the fastest path for developers, you've designed the platform wrong.\" The host agreed.",
    false,
  ],
  [
    "Every awareness vendor keynote: slides about human error. Every incident response keynote: slides about unpatched appliances. Draw your own conclusions.",
    false,
  ],
  [
    'Ransomware negotiator on a panel: "In almost every case I\'ve handled, someone in the company made it easy. Not the IT guy. Someone in the company."',
    true,
  ],
  [
    "Ransomware negotiator on a panel said some groups now run customer-service chat portals with FAQs. The professionalism is the scary part.",
    false,
  ],
  [
    'Talk slide, white text on black: "Your firewall blocks ten million threats a day. Sharon in HR lets one in."',
    true,
  ],
  [
    'Talk slide I\'d like to see: "Your firewall blocks ten million threats a day. The one that gets through was engineered to fool any human who looks at it."',
    false,
  ],
  [
    'The auditor asked whether our incident response plan had been tested. I said yes, last year. He wrote "yes". The test was a meeting.',
    false,
  ],
  [
    'Meme going round the security Discord: a bank vault door, three feet thick, wedged open with a chair. Caption: "accounts team on a hot day".',
    true,
  ],
  [
    'Meme going round the security Discord: a knight in full armour labelled "our compliance certificate", standing proudly in a field while the castle behind him burns.',
    false,
  ],
  [
    "Conference chat about hybrid work: everyone agreed the real risk isn't the home router, it's the person using it to print confidential files at the library.",
    true,
  ],
  [
    "Conference chat about hybrid work turned into a debate over whether error-prone VPN clients do more harm than good. No consensus, good beer.",
    false,
  ],
  [
    "A keynote argued that insider threat is overrated for SMBs and showed the data. First time I've seen that argued with numbers on stage.",
    false,
  ],
  [
    'Q&A: "Do you think users can ever be trusted to spot phishing?" Speaker: "Some of them. Not the ones who need to."',
    true,
  ],
  [
    'Q&A: "Can staff be trusted to spot phishing?" Speaker: "They spot plenty. The question is whether your user reporting button does anything when they press it."',
    false,
  ],
  [
    "One speaker said the quiet part out loud: most small firms are one bored receptionist away from a breach.",
    true,
  ],
  [
    "One speaker showed that the median small-firm breach involved a server nobody on the current IT team knew existed.",
    false,
  ],
  [
    'Workshop takeaway: when a user makes a mistake, the first question should be "what did the system let them do?", not "who was it?".',
    false,
  ],
  [
    'Ex-pentester on stage: "I\'ve never needed more than a clipboard to get into a law office, because the staff will hold any door for anyone carrying one."',
    true,
  ],
  [
    'Ex-pentester on stage: "I\'ve never needed more than a clipboard to get into a law office, because not one office I tested had a visitor sign-in process anyone owned."',
    false,
  ],
  [
    'Every vendor threat report this year has a "human element" chart. None of them define it the same way, and all of them sell training.',
    false,
  ],
  [
    'Somebody at the conference asked what the single most effective security control is. The answer was "unplugging the people". I laughed harder than I should have.',
    true,
  ],
  [
    "Panel asked what they'd do with a spare ten thousand for a 30-person firm. Answers: hardware keys, offline backups, and paying someone to read the logs.",
    false,
  ],
  [
    'Consultant life: you write a 60-page report, and the client\'s operations manager emails it unencrypted to his personal account so he can "read it on the beach".',
    true,
  ],
  [
    "Consultant life: you write a 60-page report and the client reads only the executive summary. So now I write the summary first and make it count.",
    false,
  ],
  [
    'Every time I hear "our people are our greatest asset" followed by "and our biggest risk" on the same slide, I think we should pick one.',
    false,
  ],
  [
    'Regional hospital CIO on the panel: "The clinical staff think IT exists to slow them down, and they act like it."',
    true,
  ],
  [
    'Regional hospital CIO on the panel: "Clinical staff see IT as something that slows them down, and frankly we earned that. We made user logins slow."',
    false,
  ],
  [
    'The school district speaker said teachers give the admin password to pupils "so they can fix the projector". The audience groaned in unison.',
    true,
  ],
  [
    "The school district speaker said their main risk is a single IT tech covering eleven schools. Nobody groaned. Everyone nodded.",
    false,
  ],
  [
    "Asked a roundtable of MSP owners what their number one support issue is. Unanimous answer, in various words: the clients' users.",
    true,
  ],
  [
    "Roundtable takeaway: MSPs are drowning in tool sprawl. One owner counted 23 consoles for a team of six technicians.",
    false,
  ],
  [
    'Hot mic moment: a vendor rep says "our detection rates are mostly marketing", thinking the stream was off. It wasn\'t.',
    false,
  ],
  [
    "Compliance frameworks are great at asking whether a policy exists and terrible at asking whether any employee can actually follow it.",
    false,
  ],
  [
    "The most underrated skill in security isn't technical. It's being someone users aren't afraid to tell when they've messed up.",
    false,
  ],
  [
    'Comment under a conference video: "Great talk, but you can spend millions on tools and the cleaner will still prop the fire door open for a smoke break."',
    true,
  ],
  [
    'Comment under a conference video: "The cleaner props the fire door because the badge schedule locks them out after 10pm. That\'s a config error, not a character flaw."',
    false,
  ],
  [
    "Panel on AI risk: everyone worried about rogue models; the one practitioner on stage said the real risk is staff pasting client contracts into free chatbots. She's right.",
    true,
  ],
  [
    "Panel on AI risk: the practitioner on stage said staff paste contracts into free chatbots because the firm never provided a sanctioned one. Give them a safe option.",
    false,
  ],
  [
    "You haven't lived until you've watched a managing director insist to a pentester that his password \"can't be guessed\" while it's up on the projector.",
    true,
  ],
  [
    "Gave a talk on user-centred security and the first question was whether I'm \"soft on users\". No. I'm hard on bad design.",
    false,
  ],
  [
    'Meme: two Spider-Men pointing at each other, labelled "IT" and "security", while a third, labelled "accounts payable", quietly slips out of the room holding the phishing email.',
    true,
  ],
  [
    'Meme: a man labelled "security team" pointing at a butterfly labelled "the user who clicked", asking "is this the root cause?" The butterfly is a missing DMARC record.',
    false,
  ],
  [
    "Most insider incidents I've investigated at small firms were accidents caused by permissions nobody ever trimmed. The fix is boring and it works.",
    false,
  ],
  [
    'Speaker asked who\'d had a staff member fall for a fake CEO email. Every hand went up. Her verdict: "Because staff will always believe the boss."',
    true,
  ],
  [
    'Speaker asked who\'d had a staff member fall for a fake CEO email. Every hand went up. Then: "Who needs a second approver before any employee can pay a new supplier?" Barely any.',
    false,
  ],
  [
    'Pentest readout to a client: "Your network was fine. We got in through your marketing coordinator, who gave us her password for a fake LinkedIn survey."',
    true,
  ],
  [
    'Pentest readout to a client: "Your employees did well. Two reported our pretext call within an hour. The gap was that nobody knew what to do with the report."',
    false,
  ],
  [
    'A CISO on a panel said, with a straight face, that his hardest security project was "getting the board to stop forwarding things".',
    true,
  ],
  [
    'A CISO on a panel said his hardest project was getting the board to understand that "cyber" isn\'t one line item you tick once a year.',
    false,
  ],
  [
    "Sincere question to the industry: if the same mistake happens in every company, is it really one employee's fault?",
    false,
  ],
  [
    "Every audit finds the same thing: the locks work, the logs work, and the people leave the keys in the door.",
    true,
  ],
  [
    "Every audit finds the same thing: a policy written in 2017 that references systems the company no longer runs.",
    false,
  ],
  [
    "An employee who clicks and reports is worth ten who never click and never report. Measure the right thing.",
    false,
  ],
  [
    'Keynote closing line: "The attacker only has to be lucky once. Your employees only have to be unlucky once, and they\'re very, very good at it."',
    true,
  ],
  ["Users. It's always users.", true],
  ["Accounts clicked it. Of course accounts clicked it.", true],
  ["Blame the design, not the clicker.", false],
  ["Patch the VPN first. Always.", false],
  ["Never underestimate a bored intern with admin rights.", true],
  ["Same mistake in every department? That's your system talking.", false],
  ["The call is coming from inside the building. It's Keith from accounts again.", true],
  [
    "I have a firewall, an EDR, a SIEM and a mail gateway, and I still lie awake worrying about the one guy in dispatch who answers every survey email.",
    true,
  ],
  [
    "The biggest threat to our company is a well-meaning employee with a deadline and an inbox.",
    true,
  ],
  [
    'Unpopular opinion: the phrase "human error" should be banned from post-incident reports until someone has actually read the logs.',
    false,
  ],
  [
    "Rhetorical question for the timeline: why do we keep building systems where one click by a tired employee is enough to lose everything?",
    false,
  ],
  [
    "Rhetorical question for the timeline: why does every new starter assume the company laptop doubles as their personal gaming rig?",
    true,
  ],
  [
    "Our insurer's questionnaire asks whether we train users annually. It does not ask whether our backups work. Priorities.",
    false,
  ],
  [
    "Confession: I clicked our own phishing simulation. I wrote it. I'm taking the afternoon off to reflect.",
    false,
  ],
  [
    "Small accountancy firm IT here. Every January one of the partners emails a client's tax return to the wrong client. Every single January.",
    true,
  ],
  [
    "Tax season phishing spikes every year because the lures match real deadlines perfectly. Criminals read the calendar too.",
    false,
  ],
  [
    "Trying to explain two-factor to our board is like explaining colour to a brick wall. A very well-paid brick wall.",
    true,
  ],
  [
    'Explaining two-factor to our board went fine once I stopped saying "authentication" and started saying "a second lock on your bank account". My jargon was the barrier.',
    false,
  ],
  [
    "Manufacturing IT: the line supervisors have taped the HMI password to the HMI. Seven sites. Same tape, I think.",
    true,
  ],
  [
    "OT security in one sentence: the safety system is older than most of the engineers, and the vendor went bust in 2009.",
    false,
  ],
  [
    "The teachers at our school think a strong password is one the pupils can't spell. Then they read it aloud in class.",
    true,
  ],
];
