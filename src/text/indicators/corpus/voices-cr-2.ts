import type { RawExample } from "./types.js";

/** Admin and support staff answering survey questions on how rules are explained and their say in decisions. Written fresh for Rapport (brief CR). */
export const VOICES_CR_2: readonly RawExample[] = [
  // Q3: How are the security rules explained to you?
  ["A slideshow on induction day and nothing since. I've been here six years.", "comm distance"],
  [
    "Online module every year. Click, click, click, quiz. Couldn't tell you a single thing from it.",
    "distance",
  ],
  [
    "They explain things in plain English with examples from our own department, which really helps.",
    "",
  ],
  ["Policy documents on the intranet written like legal contracts. Nobody reads them.", "comm"],
  ["We get a short email when something changes. Clear and to the point.", ""],
  [
    "Honestly they're not explained. They just appear. One day you can't print in colour, no reason given.",
    "comm power",
  ],
  [
    "The rules are explained as threats. Do this or you'll be reported to your manager.",
    "power comm feel",
  ],
  ["The trainer last spring was brilliant, made it funny and relevant to payroll fraud.", ""],
  ["They used the word 'exfiltration' in an all-staff email. To a team of receptionists.", "comm"],
  [
    "I get that the rules are there for a reason, I just wish someone had told me the reason.",
    "comm",
  ],
  [
    "New password policy announced at 4.55pm on a Friday in a one-line email. Monday morning, forty people locked out.",
    "comm conflict",
  ],
  ["Our manager goes through them in team meetings and asks IT along if we've got questions.", ""],
  ["They assume we know it all already. I don't, and I'm too embarrassed to say so.", "comm feel"],
  [
    "The e-learning's fine but I always get the quiz wrong at least twice. Not great with that sort of thing.",
    "blame:self",
  ],
  ["Explained? We just get told off afterwards when we get it wrong.", "comm power"],
  ["Clear rules, posters by the printers, short videos. Can't fault it really.", ""],
  [
    "The rules make sense on paper but not on reception. We can't lock the screen every time someone walks up to the desk.",
    "conflict",
  ],
  [
    "The way they explain things you'd think we were all trying to leak the company's secrets.",
    "blame:emp feel",
  ],
  [
    "It's a video of a man in a hoodie typing in the dark. Very dramatic, no practical use whatsoever.",
    "comm",
  ],
  ["Used to be a nightmare of PDFs but they've redone it as short quizzes. Much better now.", ""],
  ["I nod along in the training and forget it all by lunch. That's on me.", "blame:self"],
  [
    "The explanations come with a tone. Like we ought to know this already and they're disappointed in us.",
    "comm power feel",
  ],
  ["Not explained. Imposed.", "power comm"],
  [
    "Our HR director insisted they come and explain the data rules to us properly, and they did. Very useful session.",
    "",
  ],
  [
    "The guidance contradicts itself. One page says use your personal phone for the codes, another says never.",
    "comm conflict",
  ],
  ["nobody explains anything, you learn the rules by breaking them", "comm"],
  ["If you ask why, you get 'because it's policy'. End of discussion.", "power comm"],
  [
    "The facilities rules and the IT rules were written by people who have never spoken to each other.",
    "conflict",
  ],
  ["I'm sure it's all explained somewhere. I've just never looked.", "distance"],
  [
    "They put everything in a 'security hub' on the intranet that nobody can find.",
    "comm blame:sec",
  ],
  ["clear enough tbh", ""],
  ["I find the rules a bit overwhelming and I worry I'm breaking one without knowing.", "feel"],
  [
    "Explanations are fine. There are just so many rules that following them all slows everything down.",
    "conflict",
  ],
  [
    "They explained why we can't send payslips to personal email, with real examples of what went wrong elsewhere. Made total sense.",
    "",
  ],
  [
    "They talk to us like children. 'Remember, never share your password!' I'm 54.",
    "comm power feel",
  ],
  [
    "The people who write the rules have never worked a reception desk in their lives.",
    "blame:sec distance",
  ],
  [
    "I don't think they're explained badly, I just don't pay enough attention. My fault.",
    "blame:self",
  ],
  [
    "Mostly through the annual training, which I do with the sound off while answering emails.",
    "distance",
  ],
  [
    "Half the staff don't read anything IT sends, so no wonder they keep getting it wrong.",
    "blame:emp",
  ],
  ["Good. Short friendly messages, usually with a bit of humour in them.", ""],
  [
    "There's an assumption that we know what 'classification levels' are. I doubt anyone in admin does.",
    "comm",
  ],
  [
    "Rules get explained to managers and managers are supposed to cascade. Mine never has.",
    "comm distance",
  ],
  [
    "I had it all explained one to one when I started because I asked. Took ten minutes, very kind.",
    "",
  ],

  // Q4: Are you involved in decisions about security or the tools you use?
  ["No. Things are decided and we're informed after the fact.", "power comm"],
  ["Not at all, which is odd, because we're the ones using the systems all day.", "power"],
  [
    "Yes, they piloted the new expenses app with our team and changed things based on what we said.",
    "",
  ],
  [
    "They asked the PAs which video-call setup worked best for the boardroom and went with our pick.",
    "",
  ],
  ["There's a user group I could join but I haven't bothered.", "distance"],
  ["They picked the new HR platform without asking HR. Let that sink in.", "power blame:sec"],
  [
    "I was asked for feedback once. Filled in the survey, never heard another word.",
    "comm distance",
  ],
  ["Our office manager sits on the IT steering group and passes on our views. Seems to work.", ""],
  ["I wouldn't want to be involved, to be honest. Not my area.", "distance"],
  [
    "Decisions come down from on high. We're the last to know and the first to get it in the neck when it goes wrong.",
    "power blame:emp feel",
  ],
  [
    "Procurement buys the kit but IT decides what we're allowed to buy. We get no say on the spec.",
    "power conflict",
  ],
  [
    "They asked reception what we needed from the new visitor system and most of it made it in.",
    "",
  ],
  ["Involved? I find out when the supplier rings to say the install is tomorrow.", "comm power"],
  ["Why would they ask me? I'm just admin.", "power feel"],
  ["We had a workshop about the new door system. Facilities finally had a voice.", ""],
  ["They consult, but in the sense of telling us what's already been decided.", "power comm"],
  ["I don't mind not being involved as long as things work, and they mostly do.", ""],
  [
    "I tried to give input on the file-sharing rules and was told it was 'a technical matter'.",
    "power comm",
  ],
  [
    "They never ask us and then they're surprised when nobody uses the thing they built.",
    "blame:sec distance",
  ],
  ["No and I don't want to be, there's enough on my plate.", "distance"],
  ["Sometimes. They ran a vote on which password manager to use. Small thing, but nice.", ""],
  [
    "They decided we'd all need a code on our phones to log in, and half the part-time payroll staff don't have work phones.",
    "power conflict",
  ],
  ["No involvement. We are told. We comply. That's the relationship.", "power"],
  [
    "I suggested a simpler way to approve invoices and security shot it down without explaining why.",
    "power comm conflict",
  ],
  ["Not involved, and fine with that. I trust them to get on with it.", ""],
  ["They'd never ask staff, they think we'd just want everything unlocked.", "blame:emp power"],
  ["I feel a bit left out, honestly. Like our opinion doesn't count.", "feel power"],
  ["I'd like to be asked. We know where the workarounds happen and why.", "power"],
  ["Occasionally, when something affects the whole building. Otherwise no.", ""],
  ["I'm not techy enough to have an opinion worth hearing, so no.", "blame:self"],
  [
    "They brought in a new system over Easter and didn't even tell the PAs, who manage every director's diary.",
    "comm power",
  ],
  ["We're involved in the sense that we test things after they've broken them.", "blame:sec"],
  ["I get why they can't ask everyone, it'd take forever. Happy enough.", ""],
  [
    "I used to sit on the working group but gave up. Meetings were all jargon and nothing changed.",
    "distance comm",
  ],
  [
    "The security manager runs it like his own little kingdom. Nobody else gets a say.",
    "power blame:sec",
  ],
  [
    "I'd love to help but I'd probably just slow them down, I don't understand half of it.",
    "blame:self",
  ],
  [
    "Zero consultation on the shared inbox rules and now we've got three different ways of working in one team.",
    "conflict power",
  ],
  ["HR gets asked about anything involving personal data, which is right.", ""],
  [
    "We raised concerns about the badge readers before they went in. Ignored. Now the queue at reception is out the door every morning.",
    "power conflict blame:sec",
  ],
  ["not involved. dont care much either tbh", "distance"],
  ["My boss is involved. I hear about it second-hand, usually garbled.", "distance comm"],
  [
    "We weren't consulted, and when it didn't work we were told we weren't using it properly.",
    "power blame:emp",
  ],
  ["They do ask, to be fair. Whether they listen is another thing, but they ask.", ""],

  // Q4b: How would you describe the IT and security team to a new colleague?
  ["Helpful, if you catch them on a good day.", ""],
  ["Nice people, but they speak a different language.", "comm"],
  ["I'd tell them to keep their head down and not ask too many questions.", "distance power feel"],
  ["Brilliant. Go to them early, they'd rather know.", ""],
  ["The department of No.", "blame:sec conflict"],
  [
    "They're the ones who fixed the heating controls when facilities couldn't. Handy people to know.",
    "",
  ],
  ["Friendly bunch, always make time for you.", ""],
  [
    "Don't take it personally when they're short with you, they're like that with everyone.",
    "comm",
  ],
  ["Calm. Whenever something's gone wrong they've been the calmest people in the room.", ""],
  ["Good, but don't expect a quick answer on a Friday afternoon.", ""],
  [
    "They think we're all one click away from disaster, and to be fair some of us are.",
    "blame:emp",
  ],
  ["Be nice to them, because they can make your life very difficult.", "power"],
  ["Approachable. Genuinely. I was nervous at first but they're fine.", ""],
  ["Like traffic wardens. You only notice them when you're getting a ticket.", "comm power"],
  ["I'd warn them I'm the worst person to ask. I'm a walking IT incident.", "blame:self"],
  ["They're alright. I just never see them.", "distance"],
  ["Overworked, I think. There's two of them for 150 people.", ""],
  ["A bit up themselves. Love a bit of jargon to make you feel slow.", "comm power feel"],
  ["They mean well but have no idea what our jobs actually involve.", "distance conflict"],
  ["Honestly one of the better teams in the building.", ""],
  [
    "Don't bother with them, ask Sandra in accounts, she knows more than IT does.",
    "blame:sec distance",
  ],
  ["The old lot were awful. The new lot are patient and explain things properly.", ""],
  ["They're the reason it takes three logins to open a spreadsheet.", "blame:sec conflict"],
  [
    "They're fine. It's the rest of us who are the problem really. People here click on anything.",
    "blame:emp",
  ],
  ["Efficient, keeps to themselves, does the job. That's about all I can say.", "distance"],
  ["Scary. I know they're not really, but that's how it feels.", "feel"],
  ["I'd describe them as the people I apologise to a lot.", "blame:self"],

  // Q4c: When you raise a concern, do you feel it is taken seriously?
  ["Yes. I flagged that the post room door didn't lock and it was fixed that week.", ""],
  ["Only if a director raises the same thing. Then suddenly it's a priority.", "power"],
  ["I raised it three times. Nothing. So I stopped raising it.", "distance blame:sec"],
  ["Mostly yes, though it can take a while to hear back.", ""],
  ["I get the feeling they think admin staff overreact to everything.", "blame:emp feel"],
  [
    "I don't raise concerns. I'm always worried I've misunderstood and I'll look daft.",
    "feel blame:self",
  ],
  ["they listen politely and then do exactly what they were going to do anyway", "power comm"],
  [
    "Yes, and they explain what they've done about it, which is more than most departments manage.",
    "",
  ],
  [
    "My concern about candidate CVs sitting in a shared folder was brushed off as 'not a security issue'. It is.",
    "conflict power",
  ],
  ["Hard to say. I never find out what happened to it.", "comm"],
  ["Seriously, yes. Quickly, no.", ""],
  ["It goes into a form and dies there.", "blame:sec distance"],
];
