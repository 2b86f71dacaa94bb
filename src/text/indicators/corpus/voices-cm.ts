import type { RawExample } from "./types.js";
import { VOICES_CM_2 } from "./voices-cm-2.js";
import { VOICES_CM_3 } from "./voices-cm-3.js";
import { VOICES_CM_4 } from "./voices-cm-4.js";

/** IT technicians and network managers in primary and secondary schools and academy trusts, on teachers, office staff and school leaders. Written fresh for Rapport (brief CM). */
const FIRST_PART: readonly RawExample[] = [
  ["Teachers only come find me when the projector's dead five minutes before a lesson.", "comm"],
  [
    "Honestly the staff at our primary are lovely, they bring me cake when I fix the smartboards.",
    "",
  ],
  [
    "Staff used to think I could read their email whenever I liked. We did a session on it and that myth's gone.",
    "",
  ],
  [
    "I rolled out MFA over half term without telling anyone properly and that's on me, Monday was carnage.",
    "blame:self",
  ],
  ["The head signs contracts for new software and I find out when the invoice lands.", "power"],
  ['Year 6 teachers will click literally any link that says "urgent from Ofsted".', "blame:emp"],
  ["Our business manager checks in with me every Friday, ten minutes, really helps.", ""],
  [
    "I dread September, every single year, because every new teacher arrives wanting admin rights on their laptop and when I say no they take it personally, like I've accused them of something, and it sours the whole autumn term.",
    "feel conflict",
  ],
  [
    "Staff don't see the web filter as me stopping them teaching anymore, they know who to ask to unblock.",
    "",
  ],
  ['They call me "the IT boy" in the staffroom. I\'m 34.', "power"],
  [
    "The trust's central IT team block things without a word to us on site, so I'm the one standing in the staffroom taking the grief from teachers when their favourite website vanishes overnight.",
    "blame:sec comm conflict",
  ],
  ["Nobody reports phishing here. I find out when the account's already sending spam.", "distance"],
  ["Post-its. Under. Every. Keyboard.", "blame:emp"],
  [
    "I probably do use too much jargon when I explain things to the office staff, I'm working on it.",
    "blame:self comm",
  ],
  ["Deputy head is great, she actually asks what I think before buying kit.", ""],
  [
    "ticket system? they just shout down the corridor. and tbh the portal is rubbish",
    "conflict blame:sec",
  ],
  ["I'm on my own for three schools so I'm basically a rumour at the other two.", "distance"],
  [
    "When I explain why USB sticks are blocked their eyes glaze over. I'm clearly not explaining it right.",
    "blame:self",
  ],
  ["The office ladies are brilliant, they log everything properly and say thanks.", ""],
  [
    "Some of the older teachers are scared of me, I think. They apologise before they even say what's wrong.",
    "feel power",
  ],
  [
    "Head wanted the filter turned off completely for one lesson on planning a trip, I offered to unblock the specific sites instead, and she went straight over my head to the trust and got it done anyway.",
    "conflict power",
  ],
  [
    "Spent the afternoon on a supply teacher who'd been given someone else's login by the office.",
    "blame:emp",
  ],
  ["We do a quick tech tip in the Monday briefing now. Staff actually seem to like it.", ""],
  ["I never get told when staff leave so their accounts stay live for months.", "distance"],
  ["i feel like a servant tbh. fix this, fix that, never a hello", "power feel comm"],
  ["The SENCo and I sat down and sorted the laptop loans together, good partnership.", ""],
  ["Teachers tell me straight away when a chromebook breaks. No cupboard of shame here.", ""],
  [
    "Our cyber security training is a 40-minute video nobody watches. I wouldn't either to be fair.",
    "blame:sec",
  ],
  ["The bursar questions every IT purchase, which is her job, and she's fair about it.", ""],
  ["Quiet term. No complaints.", ""],
  ["Getting staff to lock their screens is like herding cats.", "blame:emp"],
  [
    "When I say no to a new app because of data protection, staff accept it. They know I'll find an alternative.",
    "",
  ],
  [
    "I've stopped going to the staffroom at lunch, I just get cornered with phone problems.",
    "distance",
  ],
  ["honestly the teachers are fine, its the leadership who never tell me anything", "comm"],
  [
    "The emails I send about updates are probably too technical, I can see why no one reads them.",
    "blame:self comm",
  ],
  ["Mrs P in reception sends me a thank-you card every Christmas. Small things.", ""],
  [
    "Password change day used to mean a queue at my door. Since we went to passphrases, barely a murmur.",
    "",
  ],
  ["Staff treat the helpdesk form as optional and then complain it took long.", "blame:emp"],
  [
    "I'm embarrassed, I missed the expired certificate and the whole school was offline for a morning.",
    "blame:self feel",
  ],
  ["Head teacher talks to me like I'm one of the pupils.", "power comm"],
  ["we get on well, they know where to find me, i know who's likley to ring", ""],
  [
    "There's an unwritten rule that you don't bother the IT guy with small things, which means I never hear about small things until they're big.",
    "distance",
  ],
  [
    "The trust's security policy bans half the apps teachers need for SEN kids. Absolutely daft and I'm the one enforcing it.",
    "blame:sec conflict feel",
  ],
  ["PE department asked before buying their own tablets, which I appreciated.", ""],
  ["Sometimes I think they forget I'm in the building at all.", "distance feel"],
  ["Some staff genuinely believe turning it off and on again is me fobbing them off.", "conflict"],
  ["Staff were told about the new phishing test by the head in plain English, went down fine.", ""],
  [
    "The Year 10 team shared the exam board login in a WhatsApp group. Of course they did.",
    "blame:emp",
  ],
  ["I'm not great at the people side, I'll admit. I'd rather fix it than chat.", "blame:self"],
  [
    "When Microsoft pushes a dodgy update, staff know it's not us. They just ask when it'll be sorted.",
    "",
  ],
  [
    "The governors want a cyber report every term but nobody's ever asked me to present it.",
    "power",
  ],
  ["Lovely school, reasonable people. If I say something's not safe they listen.", ""],
  [
    'Our filtering provider\'s block page is pure jargon, teachers send me screenshots asking what "category 47" means.',
    "blame:sec comm",
  ],
  [
    "A teacher cried in my office because she thought she'd got the school hacked. She hadn't. Awful that she was that scared to tell me.",
    "feel power",
  ],
  [
    "I won't lie, sometimes I just reset it myself and don't bother explaining anymore. Lazy of me.",
    "distance blame:self",
  ],
  [
    "They ask, I fix, no one says thanks and no one asks how I am. It's a vending machine relationship.",
    "power distance",
  ],
  [
    "Senior leadership decided to go BYOD for sixth form over a coffee. I found out from a student.",
    "power comm",
  ],
  ["Staff are getting better at forwarding dodgy emails. Had twelve last week, all correctly.", ""],
  [
    "Half the maths department has the same password, it's the department name and the year.",
    "blame:emp",
  ],
  ["I keep my door open and the kettle on. Works better than any policy.", ""],
  [
    "Honestly I hate doing the phishing sims, teachers feel tricked and trust me less after.",
    "feel conflict",
  ],
  ["Basically the computing lead's PA.", "power"],
  ["They never read the IT newsletter, so I stopped writing it.", "distance"],
  [
    "It was tense when we brought in the new laptop policy but it's settled down, people get it now.",
    "",
  ],
  [
    "Office manager rings me on my day off about the franking machine. It's not even IT.",
    "conflict",
  ],
  [
    "I'm a bit of a grump in the mornings and I know staff avoid me till break.",
    "blame:self distance",
  ],
  [
    'teachers email me "its broken" with no detail and get cross when i ask which room',
    "comm conflict",
  ],
  [
    "Staff assume the cameras in the corridor are me spying on them. Not my system, not my job.",
    "conflict distance",
  ],
  [
    "the trust IT lot never pick up the phone, I end up fixing their stuff to keep the teachers off my back",
    "blame:sec conflict",
  ],
  ["I'd say we're a good team. They're patient, I'm quick.", ""],
  [
    "Getting teachers to do the GDPR refresher is impossible, they say they haven't got time and honestly they haven't.",
    "conflict",
  ],
  ["I'm not the bad guy here. Staff understand why I say no, mostly.", ""],
  [
    'We have a "digital champion" in each department now, so I actually hear about problems early.',
    "",
  ],
  ["Caretaker gets more respect than IT round here.", "power"],
  ["A teacher plugged in a USB she found in the car park. In 2024.", "blame:emp"],
  [
    "My fault really, I locked down the student laptops so hard the teachers couldn't use the apps they'd planned lessons around.",
    "blame:self conflict",
  ],
  ["Teachers log tickets properly now, even the ones who swore they never would.", ""],
  ["They only email me in capitals.", "comm"],
  [
    "The head and I meet fortnightly. She doesn't get the tech but she trusts me, which is what matters.",
    "",
  ],
  [
    "I used to get shouted at weekly over the printers. New managed print contract sorted that, everyone's calm now.",
    "",
  ],
  [
    "Supply staff are a nightmare for security. Nobody trains them, nobody tells them anything.",
    "blame:emp",
  ],
  [
    "Our MAT's security team write policies for a bank, not a primary school with forty staff.",
    "blame:sec",
  ],
  [
    "Nobody asked the IT department before the new reading app went live. It talks to a server in who knows where.",
    "power",
  ],
  [
    "The music teacher refuses to use the school email, everything goes through her gmail.",
    "blame:emp",
  ],
  ["I get on better with the kids than the staff. To the staff I'm just the fix-it man.", "power"],
  ["They don't expect me to know everything, they're good about what's IT and what isn't.", ""],
  [
    "Honestly I'm worried, the staff just don't care about cyber. One click and we're the next school on the news.",
    "feel blame:emp",
  ],
  [
    "I write a one-page plain-English summary before any change now. Complaints dropped right off.",
    "",
  ],
  [
    "I'm a bit useless, to be fair. One tech, 900 kids, 80 staff, and I can't get round everyone.",
    "blame:self feel",
  ],
  [
    'The assistant head keeps a list of "IT failures" for SLT meetings. I\'m never invited to respond.',
    "power conflict",
  ],
  [
    "Staff never say when a laptop's been dropped, I find out from the cracked screen in the repair pile.",
    "distance",
  ],
  ["Most teachers are grand, honestly. Even the grumpy ones say thanks eventually.", ""],
  [
    "the office send me passwords by email in plain text and get offended when I mention it",
    "blame:emp conflict",
  ],
  [
    "Been here eleven years now and I know every teacher's kids' names, who takes sugar, who panics when the projector flickers. It's like family, honestly, and they treat me like part of it.",
    "",
  ],
  [
    "I'm not allowed in SLT meetings, but I'm held responsible for every decision that comes out of them.",
    "power conflict",
  ],
  [
    "I dont do face to face much, it's all through the ticket queue, which suits me but i think they hate it",
    "comm distance",
  ],
  [
    "Teachers are embarrassed asking basic stuff so they google it and make it worse.",
    "feel distance",
  ],
  [
    "The trust rolled out a new MDM profile to every staff iPad overnight and didn't tell the site techs, so when forty teachers came to me at 8am asking why their apps had vanished I had no answer and looked like an idiot.",
    "blame:sec feel comm",
  ],
  [
    "Our staff are curious about security, which is lovely. They ask proper questions in training.",
    "",
  ],
  ['"Computer says no" is what the Year 3 team call me. Funny at first.', "conflict feel"],
  [
    "Teachers hate the fact I can see their browsing history, even though I never look.",
    "feel power",
  ],
  [
    "I should probably visit the annexe more. I only go when something breaks.",
    "blame:self distance",
  ],
  ['If I say "DNS" in a staff meeting I lose the room.', "comm"],
  [
    "Being the only techie means I decide a lot without asking anyone. I know that's not ideal.",
    "power blame:self",
  ],
  ['When the heating broke they rang me. To them I\'m just "the man who fixes stuff".', "power"],
  [
    'Lovely head, but she forwards me every scam email with "is this real??" at 10pm. Better than clicking it.',
    "",
  ],
  [
    "Nobody here thinks security is me being paranoid. They've seen what happened to the school down the road.",
    "",
  ],
  [
    "No teacher has ever told me cyber training is a waste of time. They grumble about the timing, that's all.",
    "",
  ],
  ["Never any acknowledgement from the leadership team, just the next job.", "comm feel"],
  [
    "Reception staff weren't happy when I took away their shared login, but they came round within a week.",
    "",
  ],
  [
    "We had a ransomware scare and the staff were brilliant. Reported it in minutes, followed instructions.",
    "",
  ],
  [
    "I've given up on getting the English department to use OneDrive properly, they email files to themselves.",
    "blame:emp",
  ],
  [
    "I'm the only one who understands the network and that's a risk, I know. Should've documented it years ago.",
    "blame:self",
  ],
  [
    "No face-to-face with the trust's cyber people ever. Just policies landing in my inbox.",
    "comm distance",
  ],
  ["Staff grumble about the 15-minute screen lock but they've stopped asking me to remove it.", ""],
  [
    "They're fine with me personally. It's the trust's IT department they can't stand, and honestly neither can I.",
    "blame:sec conflict",
  ],
  ["Professional no-sayer, me.", "conflict"],
  [
    "The head calls me in, tells me what she's already decided, and asks if I'm \"on board\".",
    "power",
  ],
  ["I ran a drop-in session after school on phone security and twenty staff came. Chuffed.", ""],
  [
    'Teachers don\'t trust the backups. They keep copies of everything on a USB "just in case".',
    "conflict",
  ],
  [
    "I'm too blunt in emails, a teacher said I made her feel stupid. Fair point.",
    "blame:self comm",
  ],
  ["Everyone's polite, nobody's interested.", "distance"],
  ["Honestly the staff here are sharp. Half of them spot phishing quicker than I do.", ""],
  [
    "Why do they always wait till Friday afternoon to tell me the exam software's not installed.",
    "conflict",
  ],
  ["Staff are fine; the trust's cyber team is what makes my job hard.", "blame:sec"],
];

export const VOICES_CM: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CM_2,
  ...VOICES_CM_3,
  ...VOICES_CM_4,
];
