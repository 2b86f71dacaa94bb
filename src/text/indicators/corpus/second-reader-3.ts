import type { RawExample } from "./types.js";

/** Part 3 of 3 of SECOND_READER; see second-reader.ts. */
export const SECOND_READER_3: readonly RawExample[] = [
  [
    "The training video was forty minutes of a cartoon hacker and acronyms. I watched it on mute while doing invoices.",
    "comm distance",
  ],
  ["Clean desk checks are done by the office manager on the last Friday of the month.", ""],
  [
    "Our IT guy could easily hide behind jargon. He doesn't, and I think that's why people trust him.",
    "",
  ],
  [
    "I don't think the security staff see us as the problem. They see the attackers as the problem, which is correct.",
    "",
  ],
  [
    "The security awareness course assumes we're all idiots, which is odd given they hired us for our judgement.",
    "comm blame:emp",
  ],
  ["They rang round to warn us about a fake invoice going about, which was thoughtful.", ""],
  ["Filling in the buyer's security forms makes me feel thick, to be honest.", "feel"],
  ["I feel useless. I know what needs doing and I'm not allowed to do it.", "feel power"],
  [
    "The weak spot in this firm isn't the firewall, it's whoever opens attachments in the packing department.",
    "blame:emp",
  ],
  ["security always says no, sales always says yes, guess who wins", "conflict power"],
  ["I feel like an idiot every time I have to ring the helpdesk about the same thing.", "feel"],
  [
    "I let a stranger tailgate through the badge door last month. I still kick myself.",
    "feel blame:self",
  ],
  [
    "I keep replaying it. My mistake, my click, and now everyone has to suffer the new rules.",
    "feel blame:self",
  ],
  ["Honestly we feel like an afterthought, and a slightly annoying one.", "feel power"],
  [
    "Our own department caused last month's outage, no use pretending otherwise. We pushed an update on a Friday afternoon.",
    "blame:self",
  ],
  [
    "Apparently drivers lose phones like they lose sunglasses. That's what the transport manager told IT, anyway.",
    "blame:emp",
  ],
  ["It's me, really. I keep putting off the updates he tells me to do.", "blame:self"],
  [
    "The IT contractor installs updates at nine on a Monday and wonders why nobody can work.",
    "conflict blame:sec",
  ],
  [
    "We're told not to use messaging apps with sources, but the approved one doesn't work on the sources' phones. So reporters use whatever works and say nothing.",
    "conflict",
  ],
  ['Farm coop clerk: "I\'d need a dictionary to read their emails."', "comm"],
  ["IT broke the email again lmao", "blame:sec"],
  ["They seem exasperated with us most of the time.", "feel"],
  ["Is there anything the IT provider hasn't managed to break this year?", "blame:sec"],
  [
    "The trustees, um, they've sort of said the volunteers are the risk. Which, okay, maybe, but it stings a bit.",
    "feel blame:emp",
  ],
  ["Gruff, but fair. You get used to it.", ""],
  [
    "The cleaners leave the office unlocked, then everyone wonders why stuff goes walkabout.",
    "blame:emp",
  ],
  [
    "I rolled out the new password rules far too fast. People struggled, and that's on me.",
    "blame:self",
  ],
  ["Not very. They assume we know what a VPN is and most of us don't.", "comm"],
  ["It's my own fault I never understood the rules; I didn't read a word.", "blame:self"],
  ["the lad in IT is arrogant, makes u wait then does it in 2 sec rolling his eyes", "comm power"],
  ["The video on two-step login was short and funny and didn't make anyone feel dim.", ""],
  [
    "The clean desk policy came from the insurer, passed down by IT, and none of them ever set foot in our workshop.",
    "power distance",
  ],
  [
    "IT broke the email again. Again! That's the third time this, um, this quarter. What are we paying them for?",
    "feel blame:sec",
  ],
  [
    "They'd say they keep us in the loop. The loop is a monthly PDF nobody can open on a phone.",
    "comm",
  ],
  [
    "The volunteer coordinator, she does the IT bits, and she's, um, she's so patient. Never made anyone feel small.",
    "",
  ],
  [
    "Online shop owner hates that the payment provider can freeze the account at any moment, no warning.",
    "feel power",
  ],
  ["I'm tired of all of it.", "feel"],
  ["Nobody here gets punished for reporting a mistake. We'd much rather know.", ""],
  ["Not sure our manager even knows who the IT contact is. We certainly don't.", "distance"],
  ["They seem a bit nervous around the directors and a bit bossy with the rest of us.", "power"],
  ["I'm the bottleneck. Everything waits for me and I'm too slow.", "blame:self"],
  ["I reckon it's my own fault for not reading the guide properly.", "blame:self"],
  ["Fine. They're helpful.", ""],
  ["I handle the patient records; the practice manager handles access rights.", ""],
  [
    "The manager told us the rule, then quietly said to ignore it during the rush. Mixed messages.",
    "conflict comm",
  ],
  [
    "I keep my head down, I, um, I just avoid the whole thing. If it's not broken I don't go near them.",
    "distance",
  ],
  ["Mostly email contact, but that suits me fine, and they'll come over if I ask.", ""],
  [
    "The extra checks since the invoice fraud have slowed accounts payable to a crawl. Late fees are piling up.",
    "conflict",
  ],
  ["Keep forgetting my PIN. That's on me.", "blame:self"],
  ["Till login is my staff number and a PIN.", ""],
  [
    "My line manager warned me that if I report another suspicious email that turns out to be nothing, it goes on my record. Now I say nothing.",
    "power distance",
  ],
  [
    "It's disheartening to spend a month on a policy and find it in the recycling bin.",
    "feel distance",
  ],
  [
    "I was worried they'd clamp down on everything. They didn't; they changed three things and explained why.",
    "",
  ],
  [
    "Being audited by IT sounded alarming, but it was a friendly half-hour review with some useful tips.",
    "",
  ],
  ['Garage owner: the IT guy is "one of the lads", comes round for a brew and sorts things.', ""],
  [
    "Half of what the IT firm says goes straight over my head, and I'm too proud to ask. My failing, really.",
    "comm blame:self",
  ],
  [
    "I couldn't tell you the name of a single person at the IT firm. It's just a ticket number to me.",
    "distance",
  ],
  [
    'It gets my back up when the IT consultant talks about "educating" my staff, as though they\'re the problem to be fixed.',
    "feel blame:emp",
  ],
  ["IT technician is fed up with being the one people only ring when it's broken.", "comm feel"],
  ["The security lady rang to say well done for reporting the fake invoice. Made my week.", ""],
  ["I'm too embarrassed to ring them, so I ask my daughter.", "feel distance"],
  ['Warehouse picker: "They watch everything we do on the scanners. Like prison."', "power"],
  [
    "When something breaks we ask the woman in accounts who's good with computers. We don't bother the IT chap.",
    "distance",
  ],
  ["Normal working relationship, nothing special.", ""],
  ["Overworked and underappreciated, probably, and they'd have a point.", "feel"],
  ["My fault the ransomware got in. I plugged in my son's memory stick.", "blame:self"],
  ["The night staff at the hotel have probably never seen anyone from IT in person.", "distance"],
  [
    "I felt really stupid after clicking a fake invoice, but they made it clear it could have happened to anyone and I don't feel that way now.",
    "",
  ],
  ['The printer\'s been "on the list" for four months. Honestly.', "conflict"],
  [
    "Um, when I need them, when something's actually urgent, they're nowhere. Voicemail. Always voicemail.",
    "conflict",
  ],
  [
    "I'm the sort who writes passwords on the back of the calendar, so I can't really complain about the rules.",
    "blame:self",
  ],
  [
    "The outsourced helpdesk couldn't configure a shared mailbox for three weeks. I'm not convinced they could configure a toaster.",
    "blame:sec",
  ],
  ["weekly", ""],
  ["no blame culture here, if u click something u just tell them and its fine", ""],
  [
    "The board thinks the IT department is a black hole that swallows money and produces nothing.",
    "blame:sec",
  ],
  ["they ask us before changing anything, which i appreciate", ""],
  ["Nine out of ten breaches start with a user doing something they shouldn't.", "blame:emp"],
  [
    "The so-called expert spent an hour on my laptop and left it worse than he found it.",
    "blame:sec",
  ],
  ["Warehouse lead: the team helped choose the new scanner login method.", ""],
  [
    "When I click one of the practice emails, I get a short page explaining what I missed. No drama.",
    "",
  ],
  [
    "Even after the incident, the directors only half listened. They wanted a quick fix, not a change.",
    "power",
  ],
  [
    "The previous IT manager gave everyone admin accounts. We're still cleaning up after him.",
    "blame:sec",
  ],
  ["I'm nervous every time I take the work laptop home now. What if it goes too?", "feel"],
  ["They blame us for sharing the login, but they never gave us our own.", "blame:emp blame:sec"],
  [
    "Head office writes it, IT enforces it, and I'm told to make it stick. At no point does anyone ask the people doing the work.",
    "power",
  ],
  ["No.", ""],
  [
    "Honestly the IT firm we use, um, they haven't a clue. I've fixed more things than they have, and I'm a receptionist.",
    "blame:sec",
  ],
  ["vpn so slow i just email stuff to my gmail n work from there", "conflict"],
  [
    "My boss checks in with me every Monday, whether or not anything's wrong. It makes a real difference.",
    "",
  ],
  ["Passwords are kept in a shared vault that IT set up last autumn.", ""],
  [
    "(facilities) People treat the clean desk rule as optional until a client sees someone's salary slip lying around.",
    "blame:emp",
  ],
  ["we just muddle through on our own", "distance"],
  ["It's infuriating. They lock the accounts and then go home.", "conflict feel"],
  ["Sorry IT, the coffee on the keyboard was me.", "blame:self"],
  ["We don't really have a relationship with the staff. We have a ticket queue.", "comm distance"],
  ["I was the one who paid the fake invoice. I should have known better.", "blame:self"],
  [
    "I'm not worried about our staff. I'm worried about our suppliers, and that's a different conversation.",
    "",
  ],
  [
    "When the rules were explained properly, nobody minded them. Nobody is frightened of IT here.",
    "",
  ],
  ["Our designer workstations allow plugin installs from an approved list that IT maintains.", ""],
  [
    "Our one real breach was down to them. An old server left open that nobody had checked in years.",
    "blame:sec",
  ],
  ["Scared I'll get sacked if I click the wrong link.", "feel power"],
  ["Fondly, I hope! We bring them cake.", ""],
  ["We have to ask IT before installing a font. Grown adults begging for permission.", "power"],
  ["IT contractor looks after the backups, the firewall and new starters' laptops.", ""],
  ["Staff are careless with USB sticks, there's no other word for it.", "blame:emp"],
  [
    "Says the partners settle everything about IT among themselves; the admin team just gets told afterwards.",
    "power",
  ],
  ["I'd say the IT side and us get on well.", ""],
  [
    "Honestly the relationship would be fine if I wasn't so scatterbrained with logins.",
    "blame:self",
  ],
  [
    "The depot IT chap rang me back within ten minutes while I was parked up in a lay-by. Sorted in five.",
    "",
  ],
  ["It's usually their side that breaks, not ours.", "blame:sec"],
  ['Sales rep: "I wouldn\'t call it conflict. We disagree on the VPN and sort it out."', ""],
  ["Not their fault, mine. I still write my password on the back of my hand.", "blame:self"],
  [
    "(IT admin) I'm the one people shout at when their password expires. I didn't even write the policy.",
    "conflict blame:sec",
  ],
  ["My password was the one they got in with. Easy to guess, I admit.", "blame:self"],
  [
    "The training was, um, a video. A video and a quiz. That's it. That's the whole relationship.",
    "comm distance",
  ],
  [
    "I lose sleep over the thought that one wrong click from my team and I'm the one who gets marched upstairs.",
    "feel power",
  ],
  ["They'd describe us as busy. We'd describe them as busy. Nobody's fault.", ""],
  ["People fix their own problems with whatever they find online and never tell us.", "distance"],
  [
    "I always feel I've missed something important after reading their emails, which keeps me on edge.",
    "comm feel",
  ],
  [
    'Managing director admits he has no clue about security and leaves it all to IT, "which is probably my fault".',
    "blame:self distance",
  ],
];
