import type { RawExample } from "./types.js";

/**
 * Middle managers and team leads caught between their staff and the security/IT people, plus
 * some of their staff on the manager's role. Written fresh for Rapport (brief V), part 3 of 3.
 */
export const VOICES_V_3: readonly RawExample[] = [
  ["There's a real mood of resentment on the floor whenever a new restriction comes in.", "feel"],
  [
    "Honestly, security isn't something my team thinks about. It's a box someone else ticks.",
    "distance",
  ],
  [
    "My staff keep a notebook of passwords in the drawer, because the rules make them change every month. I pretend not to see it.",
    "conflict",
  ],
  [
    "If IT says a system's going offline, it's going offline. Doesn't matter that it's the last day of the tax year.",
    "power",
  ],
  [
    'There\'s a list of "repeat offenders" from the phishing tests that goes to HR. Two of mine are on it.',
    "blame:emp power",
  ],
  [
    "Trying to get my team to care about security while IT makes it harder every month. It's soul-destroying.",
    "conflict feel",
  ],
  // Short ones
  ["We're just told, always.", "power"],
  ["Rules first, customers second, apparently.", "conflict"],
  ["Never seen them, not once.", "distance"],
  ["Jargon, top to bottom.", "comm"],
  ["It's all exhausting, frankly.", "feel"],
  ["IT broke it. Again.", "blame:sec"],
  ["My fault, I'm afraid.", "blame:self"],
  ['"Users are the problem." Heard it a hundred times.', "blame:emp"],
  ["They're great people, honestly.", ""],
  ["No complaints here, really.", ""],
  ["It slows everything down.", "conflict"],
  ["Big brother with a helpdesk.", "power"],
  ["Not my department, mate.", "distance"],
  ["Makes me anxious, all of it.", "feel"],
  ["Tickets, never actual people.", "comm"],
  ["I'm the weak spot.", "blame:self"],
  ["Clueless, the lot of them.", "blame:sec"],
  ["Our IT person is a gem.", ""],
  // Retail, hospitality, school, charity, etc.
  [
    "At the hotel, reception needs the guest system unlocked all day. IT keeps setting it to time out after five minutes.",
    "conflict",
  ],
  [
    "The school's IT technician decided pupils' laptops would be locked down for exams. Nobody told the heads of year until the morning of the exam.",
    "conflict power",
  ],
  [
    "The charity's IT volunteer keeps saying the older volunteers are a liability. They've been running the shop for fifteen years.",
    "blame:emp",
  ],
  [
    'The dental practice got a letter from the IT supplier about "data protection impact assessments". The receptionists thought we were being fined.',
    "comm",
  ],
  [
    "The bakery managers are on edge about the new card terminals. Nobody's quite sure what they're meant to do if one goes funny.",
    "feel",
  ],
  [
    "In the logistics yard, nobody's sure who to call about the scanners. We usually ask whoever's been here longest.",
    "distance",
  ],
  [
    "The accountancy's IT firm set up the new file server with everyone able to see payroll. Took a junior to spot it.",
    "blame:sec",
  ],
  [
    "At the farm cooperative, the IT rules are set by the board's nephew. You don't argue with the board's nephew.",
    "power",
  ],
  [
    "The law office's new document system asks for a password every time you open a file. The partners have taken to leaving it logged in on a spare machine.",
    "conflict",
  ],
  [
    "According to our software house's security lead, testers are \"the ones who'll eventually get us breached\". Lovely team spirit.",
    "blame:emp",
  ],
  [
    "The garage's computer chap is a retired mechanic's son. Knows the work, knows the people, sorts things without fuss.",
    "",
  ],
  [
    "At the school, the network manager comes to staff briefings once a term and answers questions. Teachers appreciate it.",
    "",
  ],
  [
    "As head of the finance team I approved the fake supplier change. I still feel sick thinking about it.",
    "feel blame:self",
  ],
  [
    "In the warehouse, the scanners log out every ten minutes for security. My pickers lose a good hour a shift to it.",
    "conflict",
  ],
  [
    "The charity's IT is outsourced. All we ever get is a monthly PDF nobody opens.",
    "comm distance",
  ],
  [
    "The restaurant group's IT audit felt like a police raid. The kitchen staff thought they were going to be sacked.",
    "power feel",
  ],
  [
    'The IT contractor told our practice manager the nurses were "careless with patient data". Based on nothing, as far as I can see.',
    "blame:emp",
  ],
  [
    "Our hotel's booking system went down for six hours because the IT company forgot to renew a certificate.",
    "blame:sec",
  ],
  [
    "The teaching assistants don't even have an IT login half the time. They just borrow a teacher's.",
    "distance",
  ],
  [
    "The accountants need to send big files to clients. IT blocked the file-sharing sites and offered nothing instead, so people use memory sticks.",
    "conflict",
  ],
  [
    "The logistics firm's security bulletin came with a glossary. A glossary! For a bulletin!",
    "comm",
  ],
  [
    "In the bakery chain, the area managers got a plain-English card with five security basics. Stuck on every till.",
    "",
  ],
  // More mixed
  [
    "I'm a department head and I still need permission from a junior technician to install a calculator.",
    "power",
  ],
  ["They hold all the keys. Literally and figuratively.", "power"],
  [
    'The IT lead once told me, very slowly, that "these things are above your pay grade". I\'ve not forgotten.',
    "power comm",
  ],
  ["It's like they're the landlord and we're tenants who might trash the place.", "power"],
  ["It irritates me no end that a three-line fix takes a three-week process.", "feel"],
  ["My patience with the whole security circus ran out about a year ago.", "feel"],
  [
    "I can't trust what IT tells me any more. Twice now they've said something was fixed when it wasn't.",
    "feel blame:sec",
  ],
  [
    "There's a nervousness in the office now; people hover over every link before clicking.",
    "feel",
  ],
  ["Honestly it wears you down, being told to do things with no idea why.", "feel"],
  [
    "Their warnings are so doom-laden that one of my older staff refuses to open email at all now.",
    "feel comm",
  ],
  ["I leave it to IT. If they want something from my team, they know where we are.", "distance"],
  [
    "My staff sort most computer problems among themselves. Calling IT is the last resort.",
    "distance",
  ],
  [
    "We don't bother reporting issues now. It's quicker to fix them ourselves than wait for IT.",
    "distance blame:sec",
  ],
  ["I've no idea what the security team does all day, and I've been here eight years.", "distance"],
  ["Security is just background noise to my lot. They've got orders to fill.", "distance"],
  [
    "We feel like outsiders to the whole security thing. It's done to us, not with us.",
    "distance feel",
  ],
  [
    "The MD's line is that if we get hacked, it'll be because someone in the office was lazy.",
    "blame:emp",
  ],
  [
    'IT\'s monthly summary has a section called "user mistakes". There\'s never a section called "our mistakes".',
    "blame:emp",
  ],
  [
    "Whenever there's an incident, I get the feeling IT has already decided it was one of us.",
    "blame:emp feel",
  ],
  [
    "Our IT consultant likes to say that you can't patch stupid. He says it in front of the staff.",
    "blame:emp",
  ],
  [
    "They've labelled the customer service team a \"soft target\". I'd like to see them handle forty calls an hour.",
    "blame:emp",
  ],
  [
    "I was told to sit in on my team's calls to make sure nobody gives out account details. As if they're children.",
    "blame:emp power",
  ],
  [
    "One of my supervisors genuinely believes that security would be fine if we just hired smarter people.",
    "blame:emp",
  ],
  [
    "When we discussed the incident, IT said straight away that blaming individuals gets you nowhere. Refreshing.",
    "",
  ],
  [
    "I hear a lot about humans being the weakest link. In our shop, it's the ancient till software, and everyone knows it.",
    "",
  ],
  [
    'The word "blame" never came up in the review. We talked about what to change, and we changed it.',
    "",
  ],
  [
    "Every project I run hits a wall when it reaches security review. It's become the bit everyone plans around.",
    "conflict",
  ],
  ["I sometimes think security's main job is to stop us doing ours.", "conflict"],
  [
    "We had to cancel a client demo because the new laptop policy locked the presentation software.",
    "conflict",
  ],
  [
    "My team needed remote access for the flood week. IT refused, so we took the files home on paper. Safer? I doubt it.",
    "conflict power",
  ],
  ['They never ring. Never pop by. Just emails with "URGENT" in the subject line.', "comm"],
  ['Their messages assume you know what a "hash" is. My team know what a hash brown is.', "comm"],
  [
    "The security newsletter is all warnings and no help. You finish it knowing what to fear but not what to do.",
    "comm",
  ],
  [
    'I asked a question during the IT briefing and got a reply that started "As I already explained".',
    "comm power",
  ],
  [
    "The security lead is careful with words; I've never once needed a dictionary to read her updates.",
    "",
  ],
  [
    "There used to be a lot of finger-pointing, but not since we started doing joint reviews with IT.",
    "",
  ],
  ["I'm not worried about the audit. IT will help us get ready, like last year.", ""],
  [
    "Our IT technician came down to the packing floor to see why people were disabling the screen lock. Then she changed the settings.",
    "",
  ],
  ["I'd say the relationship with IT is good. Not perfect, but good.", ""],
  ["Security's just part of the job now, the same as locking the front door at night.", ""],
  ["The IT team at our distribution centre are friendly and around. You see them at lunch.", ""],
  ['There\'s no "us and them" here. The security guy sits two desks from me.', ""],
  [
    "The team leaders and IT agreed the new rules together. It took longer, but nobody's working round them.",
    "",
  ],
  [
    "Sometimes I think I'm the reason my team doesn't take it seriously. I'm not exactly setting an example.",
    "blame:self",
  ],
  [
    "I'll admit it: I share my password with my deputy when I'm on leave. Bad habit, I know.",
    "blame:self",
  ],
  ["I'm the one who clicked the link in the end. The boss, of all people.", "blame:self"],
  [
    "Not my proudest moment, plugging in a USB stick I found in the car park. I still cringe.",
    "blame:self feel",
  ],
  [
    "I'm rubbish at remembering the rules, so I can't exactly lecture my team on them.",
    "blame:self",
  ],
  [
    "I've never really made the effort to get to know the IT people. That's my failing more than theirs.",
    "blame:self distance",
  ],
  [
    "The security software on our tills crashes every time we scan a loyalty card. Whoever chose it should be made to work a Saturday.",
    "blame:sec",
  ],
  ["IT's idea of a solution is turning it off and on and closing the ticket.", "blame:sec"],
  [
    "We had a breach last year because IT left an old admin account active. They still haven't admitted it.",
    "blame:sec",
  ],
  [
    "IT caused the outage and then sent round a memo reminding staff to report problems promptly.",
    "blame:sec power",
  ],
  [
    "Between the helpdesk and the outsourced provider, nobody seems to know what they're doing.",
    "blame:sec",
  ],
  ['The printer\'s been "on the list" for four months. Honestly.', "blame:sec"],
  [
    "IT changed the shared drive permissions without checking and half my team lost access to their own work.",
    "blame:sec conflict",
  ],
  // Contrasted and negated
  [
    "I was told to expect an IT department that talks down to managers. Couldn't have been further from the truth.",
    "",
  ],
  [
    "Our security lead never uses jargon with the warehouse crew. She just shows them on the scanner.",
    "",
  ],
  [
    "Some managers call their staff the weakest link. I think that's lazy, and I've told them so.",
    "",
  ],
  [
    "I used to be terrified of the security audit. These days it's a routine morning with coffee.",
    "",
  ],
  [
    "Nobody got blamed for the phishing incident. We looked at why the email looked convincing and moved on.",
    "",
  ],
  [
    "I'm not frustrated with IT at all. They've been responsive every time I've asked for something.",
    "",
  ],
  [
    "It's never a problem getting hold of our IT support. They answer within the hour, usually sooner.",
    "",
  ],
  ["My team isn't careless. And to be fair to IT, they've never suggested they are.", ""],
  ["Being in the middle isn't as bad as people make out. Both sides are reasonable here.", ""],
  ["There's no sense of being policed. The security people feel like colleagues.", ""],
  [
    "A few years ago IT was a bit of a closed shop, but not any more; they come to our planning days.",
    "",
  ],
  [
    "I'm not embarrassed to ask IT a silly question. They've made it clear there's no such thing.",
    "",
  ],
  [
    "I've heard horror stories about security teams overruling everyone. Ours asks first, every time.",
    "",
  ],
  [
    "Honestly, I don't worry about clicking the wrong thing now. There's a report button and someone always gets back to me.",
    "",
  ],
  ["The old contractor was hopeless, but the firm we use now is excellent.", ""],
  [
    "Our IT guy could easily hide behind jargon. He doesn't, and I think that's why people trust him.",
    "",
  ],
  [
    "I asked my team whether they felt IT treated them as the problem. To my relief, they said no.",
    "",
  ],
  [
    "The security manager came to our stand-up, listened for twenty minutes and said almost nothing. Then she fixed three of our gripes.",
    "",
  ],
  [
    "When the rules clash with what the line needs, I ring the IT lead and we sort out a compromise, usually the same day.",
    "",
  ],
  [
    "People expect the school's IT technician to be grumpy. She's the most helpful person on staff.",
    "",
  ],
  [
    "My staff take the security training seriously; it's short, practical and written by someone who's clearly worked on a shop floor.",
    "",
  ],
  [
    "I keep a list of my team's security questions, and the IT lead answers them at our monthly catch-up.",
    "",
  ],
  [
    "Credit where it's due: the IT team admitted the outage was their slip and explained how they'd stop it happening again.",
    "",
  ],
];
