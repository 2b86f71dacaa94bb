import type { RawExample } from "./types.js";
import { VOICES_AJ_2 } from "./voices-aj-2.js";
import { VOICES_AJ_3 } from "./voices-aj-3.js";

/**
 * Staff and volunteers of schools, nurseries, charities, sports clubs, museums and community
 * centres answering open questions about their security/IT staff.
 * Written fresh for Rapport (brief AJ).
 */
const FIRST_PART: readonly RawExample[] = [
  [
    "Yes, very. The technician at our primary school always pops into the classroom rather than just sending an email.",
    "",
  ],
  [
    "Helpful in theory, but by the time they answer a ticket the lesson I needed the projector for is long over.",
    "conflict",
  ],
  [
    "Not really. The trust's IT team covers eleven schools and we get someone on a Thursday afternoon if we're lucky.",
    "conflict distance",
  ],
  [
    "Helpful? They set up the new Wi-Fi at the nursery and nobody's tablet has connected properly since.",
    "blame:sec",
  ],
  [
    "Our museum's IT contractor is patient and answers the phone, which is more than I can say for most suppliers.",
    "",
  ],
  [
    "I'd say helpful, but I always feel a bit of a nuisance ringing them, as if I'm wasting their time.",
    "feel",
  ],
  [
    "Couldn't tell you. I've volunteered at the club for three years and never once needed them or met them.",
    "distance",
  ],
  ["They are helpful because they don't make you feel daft for asking the same thing twice.", ""],
  ["They're helpful once you decode what they've written. Half the reply is acronyms.", "comm"],
  [
    "Helpful only if the head approves it first. They won't touch anything for us classroom staff without sign-off from above.",
    "power",
  ],
  [
    "The IT manager told us at a briefing that they'd have more time to help if staff stopped ringing about things they could google.",
    "blame:emp",
  ],
  [
    "Mostly yes. The charity's volunteer IT person set up our donor database and trained all three of us.",
    "",
  ],
  [
    "Not helpful at all when the filtering blocks the very websites I need for the Year 9 history topic.",
    "conflict",
  ],
  [
    "Honestly they cause more problems than they solve. Every update they push breaks the registers.",
    "blame:sec",
  ],
  [
    "I dread having to ask them anything because I'm useless with computers and I know it shows.",
    "feel blame:self",
  ],
  ["The IT lady at the community centre is lovely and will sit with you until it works.", ""],
  ["They look after the laptops, the Wi-Fi, the backups and the door entry system.", ""],
  [
    "As far as I know they manage the email accounts and the safeguarding software on the pupil devices.",
    "",
  ],
  ["No idea what they actually do. They exist somewhere at head office, I assume.", "distance"],
  ["I genuinely don't know who they are. Someone from the council, maybe?", "distance"],
  [
    "They decide what we're allowed to install, what sites we can see, what we can plug in. Nobody asks us.",
    "power",
  ],
  [
    "Mainly they change the password policy and then disappear while everything falls over.",
    "blame:sec",
  ],
  [
    "They do the museum's ticketing system, the CCTV and the collection database, and they do it well.",
    "",
  ],
  ["Something with servers. It's not really my area, I just coach the under-12s.", "distance"],
  [
    "They police our laptops. Everything we do on them is logged and someone at the trust reads it.",
    "power",
  ],
  ["A company comes in twice a term to patch things and check the firewall.", ""],
  [
    "Whatever they do, the only time we hear about it is when a warning email goes round telling us off.",
    "comm",
  ],
  [
    "They come across as a bit above it all, as if the rest of us are just here to get in their way.",
    "power",
  ],
  ["Calm, organised, friendly. You never feel rushed.", ""],
  ["Very formal. Everything goes through the portal, you never talk to an actual person.", "comm"],
  ["They come across as cold and it puts me on edge every time I have to deal with them.", "feel"],
  ["Approachable. The technician eats lunch in the staffroom with us, which helps a lot.", ""],
  [
    "They work to their schedule, not ours. Updates at ten to nine on a Monday, just as registration starts.",
    "conflict",
  ],
  ["Like gatekeepers. You have to justify yourself to get anything, even a new mouse.", "power"],
  [
    "They talk like a manual. I asked a simple question about the printer and got a lecture about network protocols.",
    "comm",
  ],
  [
    "They come across as people who genuinely care about the children's safety online, which I respect.",
    "",
  ],
  [
    'Bossy. The emails are all "you must" and "staff are required to", never a please or a why.',
    "power comm",
  ],
  ["Hard to say how they work, we only ever see them at the start of September.", "distance"],
  ["The impression they give is that teachers are a liability to be managed.", "blame:emp"],
  ["They come across as a bit shy, honestly, but once you get talking they're really helpful.", ""],
  [
    "I clicked a dodgy link in a fake invoice email and was mortified. I felt I'd let the whole charity down.",
    "feel blame:self",
  ],
  [
    'After the phishing test I got an email, copied to my manager, saying I had "failed". I was humiliated.',
    "power feel",
  ],
  [
    "They locked my account in the middle of parents' evening because my password had expired. Brilliant timing.",
    "conflict",
  ],
  [
    "They lost two years of the club's membership records during a migration and nobody at their end seemed bothered.",
    "blame:sec",
  ],
  ["The first I heard of the new two-step login was a poster in the staff toilets.", "comm"],
  [
    "When the virus got in, the email to all staff basically said it was our fault for not paying attention.",
    "blame:emp comm",
  ],
  [
    "I needed to show a film to the reception class and it took three weeks of back and forth to get it unblocked.",
    "conflict",
  ],
  [
    "I was in tears after the laptop wiped itself. Nobody could tell me if the children's observations were gone.",
    "feel",
  ],
  [
    'They took my laptop away for a "review". I had no say in it and no idea what they were looking for.',
    "power",
  ],
  ["Negative experience? I'd need to have some contact with them first.", "distance"],
  [
    "Their so-called upgrade meant the museum tills didn't work on the busiest Saturday of the summer.",
    "blame:sec",
  ],
  [
    "I wanted to use my own tablet for the nursery photos and was told no, flat out. Annoying, because theirs barely works.",
    "conflict feel",
  ],
  [
    "The trainer at the security session said staff were the biggest risk in the building. Lovely to hear.",
    "blame:emp",
  ],
  [
    'They told me my device was "non-compliant with the MDM baseline". I still don\'t know what that means.',
    "comm",
  ],
  ["No negative experiences at all, really.", ""],
  [
    "None that I can think of. When something's gone wrong it's usually been the supplier, not them.",
    "",
  ],
  [
    "Mine was my own doing: I gave my password to someone pretending to be from the bank. Stupid of me.",
    "blame:self",
  ],
  [
    "It was unsettling. They took over my screen remotely without warning while I was writing a report.",
    "feel power",
  ],
  ["When the office flooded, they had us working from the church hall by lunchtime.", ""],
  [
    "He recovered a whole term's worth of planning I thought I'd deleted. I could have hugged him.",
    "",
  ],
  ["The technician showed me how to spot a scam email without making me feel silly.", ""],
  [
    "Honestly I used to be terrified of the IT office, but the new manager has changed all that.",
    "",
  ],
  [
    "They gave a talk at the volunteers' evening that was actually fun, with examples from real clubs.",
    "",
  ],
  [
    "Positive: they rang me back within ten minutes on a Saturday when the club website was hacked.",
    "",
  ],
  ["Can't think of one. I sort most things out myself with a bit of trial and error.", "distance"],
  [
    "Positive experience? Not really, I usually just ask the deputy head, she knows the systems better anyway.",
    "distance",
  ],
  [
    "They set up the new laptops for the learning support team and labelled everything clearly. Small thing but it mattered.",
    "",
  ],
  [
    "When I reported a suspicious email they thanked me rather than making me feel like I'd caused a problem.",
    "",
  ],
  [
    "The one good experience was spoiled by having to wait a week for it. Still a bit sore about that.",
    "conflict feel",
  ],
  ["Not very. They write as if we all have computing degrees.", "comm"],
  [
    "Very understandable. The head of IT writes a one-page newsletter in plain English every half term.",
    "",
  ],
  ["Their guidance document is twenty-six pages long and I gave up on page three.", "comm"],
  [
    'The messages are so alarming I end up more anxious than informed. Everything is a "critical threat".',
    "comm feel",
  ],
  ["Mostly clear. When they do use a technical term they explain it, which I appreciate.", ""],
  ["Somewhere between baffling and impenetrable. Lots of three-letter abbreviations.", "comm"],
  [
    "I probably don't understand them because I'm not very techy. That's on me, not them.",
    "blame:self",
  ],
  ["They never use jargon with me. They know I'm the receptionist and pitch it right.", ""],
  [
    "The instructions for the new login contradicted each other. One email said use the app, the next said don't.",
    "comm",
  ],
  ["Understandable if you're a robot.", "comm"],
  [
    'They send rules rather than explanations. "Do this by Friday", with no reason given.',
    "comm power",
  ],
  [
    "Their written stuff is fine. It's what the trust sends that's hard to follow, not our technician.",
    "",
  ],
  [
    "I get the gist, but only after reading it twice and asking the office manager to translate.",
    "comm",
  ],
  ["There isn't one. They're a name at the bottom of an email.", "distance"],
  ["Good. Friendly, relaxed, we have a laugh.", ""],
  ["It's like being a tenant with a landlord who holds all the keys.", "power"],
  [
    "Strained. We want to get on with teaching and they keep adding hoops to jump through.",
    "conflict",
  ],
  ["Wary. I don't trust them not to be reading our messages.", "feel"],
  ["Distant but polite. We nod at each other at the Christmas do.", "distance"],
  ["A tug of war, and they always win.", "conflict power"],
  ["I'd say it's a partnership. They ask us before they change anything.", ""],
  ["Tense. I brace myself every time an email from them lands.", "feel"],
  ["One-sided. We do the work, they mess up the systems and we pick up the pieces.", "blame:sec"],
  ["Nonexistent, if I'm honest, and I'm not bothered either way.", "distance"],
  ["Better than it was. The new team is much more approachable.", ""],
  ["Master and servant, and we're not the master.", "power"],
  ["Professional and respectful on both sides.", ""],
  ["They'd say we're a bunch of technophobes who'd click on anything.", "blame:emp"],
  ["They'd probably say we're a good bunch who ask sensible questions. I hope so, anyway.", ""],
  ["Probably that the nursery staff are the ones who keep getting them into trouble.", "blame:emp"],
  ["I don't think they'd have any view. They don't know who I am.", "distance"],
  ["They'd describe us as a headache, I think. Something to be put up with.", "blame:emp"],
  ["They'd say it's fine, because they get to make all the decisions.", "power"],
  ["They'd say we're always trying to get round the rules. Which, to be fair, we are.", "conflict"],
  ["They'd say friendly. We bring them biscuits.", ""],
  ["They'd probably say they keep us well informed, but it's all automated emails.", "comm"],
  ["\"Users\", that's what they call us, like we're the problem to be solved.", "blame:emp"],
  ["Good side: they know their stuff. Bad side: none really, maybe the parking.", ""],
  [
    "Bad side is that every new rule slows us down, and nobody weighs that against the risk.",
    "conflict",
  ],
  ["Good: they leave us alone. Bad: they leave us alone.", "distance"],
  ["The bad side is that you only hear from them when you've been caught out.", "comm"],
  [
    "Bad: the whole thing makes me jumpy. I hover over every link for ages in case it's a trap.",
    "feel",
  ],
  [
    "The good side is that I feel safe. Our data is looked after and I never have to think about it.",
    "",
  ],
  [
    "Bad side: you're at their mercy. If they decide your account looks suspicious, you're locked out until they say otherwise.",
    "power",
  ],
  ["Bad side: they are not very competent. It took four visits to fix one printer.", "blame:sec"],
  ["Good: quick, kind, clear. Bad: they're only part-time, which isn't their fault.", ""],
  ["They think teaching assistants are the weak spot.", "blame:emp"],
  ["I think they like us. They always say the office team are the easiest to support.", ""],
  ["I think they see us as people who should do what we're told.", "power"],
  [
    "They probably think volunteers are a risk they'd rather not have on the system at all.",
    "blame:emp",
  ],
  ["I doubt they think about us at all.", "distance"],
  ["I suspect they find us exasperating, and honestly the feeling is mutual.", "feel"],
  [
    "They see us as careless. After one lost USB stick the whole centre was treated like suspects.",
    "blame:emp power",
  ],
  ["They respect us, I think. They know we're busy and they work around us.", ""],
  [
    "Patronised, probably. They explain things to us as though we were in reception class ourselves.",
    "comm",
  ],
  [
    "I'm the weak link in our office, no question. I still write my passwords on a sticky note.",
    "blame:self",
  ],
  [
    "Whenever the system goes wrong I assume I've pressed something I shouldn't have.",
    "blame:self",
  ],
  [
    "I'm so bad at this stuff that I'm embarrassed to call them. It's always something I've done.",
    "blame:self feel",
  ],
  [
    "The museum had that ransomware scare because of an attachment I opened. That's on my conscience.",
    "blame:self",
  ],
  [
    "To be fair to them, most of my problems are self-inflicted. I forget my password every holiday.",
    "blame:self",
  ],
  [
    "I'm sixty-three and a volunteer. The computer and I have never got on, and that's my shortcoming, not theirs.",
    "blame:self",
  ],
  [
    "Honestly, the fault is usually at my end. I ignore the update reminders for weeks.",
    "blame:self",
  ],
  [
    "I messed up a permission setting and lost my admin rights for the club website. Fair enough, I suppose.",
    "blame:self",
  ],
  [
    "I was the one who emailed the whole parents' list without hiding the addresses. I still cringe.",
    "blame:self feel",
  ],
  [
    "I used to think every problem was my fault, but they showed me most of it was a setup issue.",
    "",
  ],
  ["They never make you feel it was your fault. They just fix it and show you what happened.", ""],
  [
    "My own carelessness, mostly. I leave the laptop logged in on the reception desk.",
    "blame:self",
  ],
  ["I'm a dinosaur with technology. The IT people must despair of me.", "blame:self"],
  [
    "I got the club's email onto a spam list by signing up to something dodgy. My bad.",
    "blame:self",
  ],
];

export const VOICES_AJ: readonly RawExample[] = [...FIRST_PART, ...VOICES_AJ_2, ...VOICES_AJ_3];
