import type { RawExample } from "./types.js";

/** Employees of schools, councils, libraries and charities answering the survey's open questions about their IT and security staff. Written fresh for Rapport (brief DA). */
export const VOICES_DA_5: readonly RawExample[] = [
  ["Their emails have got shorter and friendlier over the last year or so.", ""],
  [
    "Supply teachers can't log in for the first three days, so they teach with no register and no slides.",
    "conflict",
  ],
  ["Haven't spoken to anyone from IT in the four years I've been here.", "distance"],
  [
    "Relationship? There isn't one really. They're at County Hall and we're out in the depot.",
    "distance",
  ],
  [
    "When I started at the library I had no idea how anything worked, and the IT officer spent a good hour with me going through the catalogue, the self-issue machines, the public PC booking software and even the phones, then sent me a one-page summary so I wouldn't forget. I still have it pinned up.",
    "",
  ],
  ["We're monitored for 'productivity' now, which nobody asked for.", "power"],
  ["Honestly, dealing with them is exhausting.", "feel"],
  [
    "The planning team lost a day's work because the shared drive was 'migrated' with no warning.",
    "conflict blame:sec",
  ],
  ["Our trustees are a nightmare for security. Personal Gmail for everything.", "blame:emp"],
  ["Their messages used to be gibberish. Now they include a plain-English summary.", ""],
  [
    "There's no one to talk to; you leave a message and get an email three days later.",
    "conflict distance",
  ],
  ["They sent a short video about spotting scam emails which was actually quite good.", ""],
  [
    "Most of my IT problems are caused by me trying to fix things I shouldn't, because waiting for a technician takes days.",
    "blame:self conflict",
  ],
  [
    "I don't think about them unless something breaks, and I suspect they don't think about us at all.",
    "distance",
  ],
  [
    "Security staff are the ones who feel powerless here, they raise things and the council just doesn't fund them.",
    "power",
  ],
  ["The positive experience was when Priya stayed late to recover my thesis draft.", ""],
  [
    "The head of IT sends round 'user error' statistics as if to prove we're the problem.",
    "blame:emp comm",
  ],
  [
    "Every email is monitored, and it makes me careful about what I write, even to friends in the office.",
    "power feel",
  ],
  [
    "We're dependent on them for absolutely everything, even changing the photo on the library website, and they take their sweet time about it.",
    "power conflict",
  ],
  [
    "I panic when the 'your account will be suspended' emails come, I can never tell if they're real or a test.",
    "feel comm",
  ],
  ["A decent relationship, and we're always happy to hear from them.", ""],
  ["Staff are the weakest point, no question, and most of them would admit it.", "blame:emp"],
  ["They made a point of learning the names of everyone in the library.", ""],
  [
    "I have no idea whether we're even supposed to report suspicious emails, or to whom.",
    "distance",
  ],
  [
    "Every new piece of software has to go through a 'security review' that takes months, and by the time it's approved the grant that paid for it has run out, so we've stopped suggesting new tools and just use free stuff on our own phones.",
    "conflict distance",
  ],
  [
    "Our ward clerks can't open attachments from the hospital because IT blocked the file type, and they won't unblock it.",
    "conflict blame:sec",
  ],
  [
    "Exam season last summer, the invigilation laptops needed updating and IT wanted to do it during the actual exams. Cue a row in the corridor between our exams officer and the network manager, in front of half of Year 11, and it nearly happened again this May.",
    "conflict",
  ],
  [
    "They're the reason our referrals went missing for a week, and we had to phone every family to apologise, which was awful.",
    "blame:sec feel",
  ],
  ["Negative experience: a long wait on hold once. Otherwise fine.", ""],
  [
    "The staff monitoring software was installed under the heading of 'security', but it's really about watching us.",
    "power",
  ],
  [
    "Frustrating to wait four days to get a new starter onto the till system. They just stand there.",
    "conflict feel",
  ],
  ["If I had a problem I'd just ring them, they're usually fine.", ""],
  ["No contact unless we've done something wrong.", "comm"],
  ["I'd say they see us as colleagues.", ""],
  [
    "I just ask the younger teachers when something goes wrong; the technicians leave me feeling like an idiot.",
    "distance feel",
  ],
  ["They'd probably say the librarians are the ones who actually read the instructions.", ""],
  ["The MFA rollout was well explained and they gave us three weeks' warning.", ""],
  [
    "Every time they push an update the interactive whiteboards stop working. IT broke it, again.",
    "blame:sec",
  ],
  ["I've never had a problem with them.", ""],
  ["A lot of it's on me, I never read their emails properly.", "blame:self"],
  ["Everything's centralised now, the library branches have zero say.", "power"],
  ["I avoid them if I can, they make me feel like I'm wasting their time.", "distance feel"],
  [
    "The office manager shares her login with anyone who asks, and she's been told repeatedly.",
    "blame:emp",
  ],
  ["They're a small team and they're stretched, but they've never once been rude.", ""],
  [
    "I'm a bit resentful that we do all the extra training and nothing changes on their side.",
    "feel",
  ],
  ["The cyber essentials certification meant big changes, but IT walked us through it.", ""],
  [
    "I dread the annual data protection quiz they send round, it makes me feel stupid every time.",
    "feel",
  ],
  ["You have to grovel to get anything unblocked.", "power feel"],
  ["I was furious when a parent hacked the class blog, but IT locked it down in minutes.", ""],
  [
    "Being told to 'justify the business need' for a spell checker made me feel about twelve.",
    "power feel",
  ],
  ["Communication is clear. Sometimes there's too much of it, but I'd rather that.", ""],
  ["Complicated systems, straightforward people.", ""],
  [
    "They're happy to come to our evening volunteer meetings, which is more than most departments do.",
    "",
  ],
  [
    "We keep asking for a simple guide to the new MFA and they keep telling us it's 'intuitive'.",
    "conflict comm",
  ],
  [
    "I had to hand over my phone to have something installed on it and never got told what.",
    "power comm",
  ],
  [
    "The trust locked the pupils' iPads down so tightly that the coding club apps won't open.",
    "conflict",
  ],
  ["They hold a short cyber tip at every staff briefing, thirty seconds, and it works.", ""],
  ["Honestly, a good team. No complaints from me.", ""],
  ["The new handbook has a page on who to ring for what, and it's been helpful.", ""],
  [
    "They talk to us like we're children. 'Please do NOT share your password' in capital letters, every week.",
    "comm power",
  ],
  ["I'd rate their messages a two out of ten for understandability.", "comm"],
  ["I keep my distance, honestly, they're not the friendliest.", "distance"],
  [
    "I did get the laptop stolen from my car, so I can't really complain about the new rules.",
    "blame:self",
  ],
  [
    "The technicians swap over every couple of years, which means you're always getting to know someone new.",
    "",
  ],
  ["I had to google half the words in their email about the server move.", "comm"],
  ["I don't think they look down on us at all.", ""],
  [
    "Security staff here get overruled all the time because the councillors want things done their way.",
    "power",
  ],
  ["They made the decision to move everything to the cloud and told us afterwards.", "power comm"],
  [
    "We argue about the same thing every year: they want the Chromebooks locked down, we want the kids to be able to use them, and every year they win because they hold the admin passwords.",
    "conflict power",
  ],
  ["They explain things as if we already know what a 'domain' is.", "comm"],
  [
    "I suppose they'd say we're not very technical, and that's just true, but they never seem bothered by it.",
    "",
  ],
  [
    "Security want us to lock our screens every time we stand up, but I'm on a reception desk with a queue of residents, so frankly most of us don't, and then we get snotty reminders with the lock-screen shortcut in bold as if we'd never heard of it.",
    "conflict comm",
  ],
  ["It's a call centre, not a relationship.", "distance"],
  [
    "Decisions are made at the trust's head office, and none of us has ever been there or met the people making them.",
    "power distance",
  ],
  ["I suppose the most negative thing is the wait for new kit, but that's money, not them.", ""],
  [
    "I clicked the fake phishing link in the training test and felt like an absolute idiot, my own fault really.",
    "feel blame:self",
  ],
  ["The tone of their emails makes me feel told off before I've read them.", "feel comm"],
  ["How do they feel about employees? I think they genuinely like helping.", ""],
  ["Helpful. Quick. Polite.", ""],
  ["Our charity's IT is one contractor, Gary, and he's great.", ""],
  ["Not warm exactly, but professional, and that's fine by me.", ""],
  [
    "It's embarrassing, honestly, how many of my team fell for the fake parcel text.",
    "blame:emp feel",
  ],
  [
    "As a volunteer I'm not allowed to install anything, not even a PDF reader, I have to ask permission for everything.",
    "power",
  ],
  [
    "We fight every budget round over whether security training comes out of our training days.",
    "conflict",
  ],
];
