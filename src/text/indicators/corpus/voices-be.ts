import type { RawExample } from "./types.js";
import { VOICES_BE_2 } from "./voices-be-2.js";
import { VOICES_BE_3 } from "./voices-be-3.js";
import { VOICES_BE_4 } from "./voices-be-4.js";

/** IT and security staff in schools, small councils, charities, housing associations and GP practices describing the people they serve. Written fresh for Rapport (brief BE). */
const FIRST_PART: readonly RawExample[] = [
  ["Mostly lovely people who just want the projector to work.", ""],
  [
    "Teachers are brilliant at teaching and have absolutely no time for anything I ask of them, which wears me down.",
    "conflict feel",
  ],
  [
    "To most of them I'm the printer man and they only ring when it's jammed. That's it, that's the job description.",
    "power comm",
  ],
  [
    "Half the staffroom genuinely believes I set the password expiry to annoy them personally.",
    "conflict blame:sec",
  ],
  [
    "The receptionists at the surgery are sharp, they flag dodgy emails before I even see them.",
    "",
  ],
  [
    "Councillors are the worst for it. They click everything, then forward it to me asking if it was real. Drives me up the wall.",
    "blame:emp feel",
  ],
  ["I cover three sites so for most staff I'm basically an email address.", "distance comm"],
  ["Volunteers come and go so fast I've stopped trying to train them properly.", "distance"],
  ["good bunch. bit chaotic. wouldn't swap them", ""],
  ["They think IT is a cost centre that says no.", "conflict"],
  [
    "The housing officers are out on visits all day so I rarely see them, but when I do they're friendly enough.",
    "distance",
  ],
  ["Some of the older partners still print their emails. I've made my peace with it.", ""],
  [
    "I'd describe them as trusting. Too trusting, if I'm honest — they'll hand their password to anyone who sounds official.",
    "blame:emp",
  ],
  ["They're not stupid, they're busy. People forget that.", ""],
  ["The bursar calls me 'the IT boy' and I'm forty-three. It grates.", "power feel"],
  ["Staff generally see us as helpful, if a bit mysterious.", ""],
  [
    "To the nurses I'm the person who makes their smartcard stop working, and they let me know it, loudly.",
    "blame:sec conflict",
  ],
  ["I get on well with the admin team, we have a laugh.", ""],
  [
    "Every single time I bring in two-factor there's a revolt in the staffroom and I end up dreading it.",
    "conflict feel",
  ],
  ["They don't know what I do all day and I think some of them resent my salary.", "distance feel"],
  ["Trustees see cyber as my problem, not theirs.", "distance"],
  ["People here are kind. They bring me cake when I fix things. Small charity life.", ""],
  [
    "I'd say 80% are fine, 15% need handholding and 5% will be the reason we get breached.",
    "blame:emp",
  ],
  ["They think security is me being paranoid.", "conflict"],
  [
    "The planning team are always polite but they quietly do their own thing with cloud storage.",
    "distance",
  ],
  ["nobody reads the emails I send. nobody.", "comm distance"],
  ["They see me as someone to go to, which I take as a compliment.", ""],
  [
    "The head treats me like a servant, to be blunt — 'just sort it' and off he goes.",
    "power comm",
  ],
  [
    "Admin staff at the practice are nervous around computers, they apologize before they've even told me the problem.",
    "feel",
  ],
  ["I'm probably too blunt with them, that's on me.", "blame:self comm"],
  ["Honestly most of them are more careful than I expected.", ""],
  [
    "Tenants' data everywhere, on desktops, in personal inboxes. The housing officers just don't think.",
    "blame:emp",
  ],
  ["Staff see IT as the people who stop them doing things.", "conflict"],
  [
    "I think they see IT as a black box. Things happen, they don't know why, they don't ask.",
    "distance power",
  ],
  ["Some of the teachers are genuinely great with tech, better than me at some stuff.", ""],
  ["It's us and them, sadly.", "distance feel"],
  [
    "The practice manager is great, the GPs not so much — they think rules are for other people.",
    "conflict power",
  ],
  ["Describe them? Overworked, underpaid, and fed up to the back teeth with logging in.", "feel"],
  ["They call me when it's broken and never otherwise.", "comm distance"],
  ["I quite like that they just message me on the chat app, it's informal and quick.", ""],
  ["They're scared of me, a bit. I'm working on that.", "feel"],
  [
    "The council staff are nice but there's a real sense that IT is something done to them — nobody asks them, nobody explains.",
    "power comm",
  ],
  [
    "fundraisers want everything on their phones yesterday and I'm the bad guy for saying wait, which honestly gets me down",
    "conflict feel",
  ],
  ["Pupils are honestly less of a risk than some of the staff.", "blame:emp"],
  ["Lots of goodwill. Not a lot of understanding of why we do things, but goodwill.", ""],
  ["I'm seen as the fun police.", "conflict"],
  ["They think I can read their emails. I can't, and I wouldn't want to.", "power"],
  ["Most people just want to be told what to click. I get that.", ""],
  ["They're afraid of getting it wrong, so they don't tell me when they do.", "feel distance"],
  [
    "Our CEO introduces me as 'our tech wizard', which is sweet, but it also means nobody has a clue what I actually do.",
    "distance",
  ],
  ["I'd say they're respectful. Occasionally impatient at the start of term, but that's fair.", ""],
  ["The reaction to any change is 'why are you making my life harder'.", "conflict blame:sec"],
  ["Some of them think I'm there to spy on them, which makes me feel rubbish.", "power feel"],
  [
    "The governors are lovely but honestly clueless — one used his grandson's email for board papers.",
    "blame:emp",
  ],
  ["People here are very patient with me, more than I deserve sometimes.", "blame:self"],
  [
    "They see IT as a helpdesk, not as anything to do with keeping residents' data safe.",
    "conflict",
  ],
  ["I think they trust me. That took three years.", ""],
  ["Doctors treat IT like plumbing — only noticed when it backs up.", "comm distance"],
  ["Teaching assistants are my best allies, they actually report stuff.", ""],
  [
    "There are about five people who generate 90% of my tickets and they know who they are.",
    "blame:emp",
  ],
  ["They'd rather ask the person at the next desk than ask me.", "distance"],
  ["Honestly? They probably think I'm a bit of a jobsworth.", "conflict blame:sec"],
  [
    "Very mixed. The finance team get it, the outreach workers think passwords are a personal insult.",
    "conflict",
  ],
  ["i like them. they like me. we get on.", ""],
  [
    "They think the web filtering is me being a killjoy, not a safeguarding requirement.",
    "conflict",
  ],
  ["I'm constantly worried one of them will wire money to a fake supplier.", "feel blame:emp"],
  ["When I started they called me 'the new IT guy' for two years.", "distance"],
  ["The clerk to the council is brilliant, she asks before she does anything.", ""],
  [
    "They see me as a nuisance until something breaks, then I'm their best friend.",
    "conflict comm",
  ],
  [
    "Staff here are great at saying yes in training and then doing the exact opposite.",
    "blame:emp",
  ],
  ["I'm not sure they'd know who to call if I was off sick.", "distance"],
  [
    "Grateful, mostly. A couple of the partners treat me like their personal tech butler though.",
    "power",
  ],
  ["I think they find me intimidating, which I never intended.", "feel"],
  ["People at the housing association actually ask good questions about security now.", ""],
  [
    "They treat the security training as a box-ticking chore, and to be fair some of it is.",
    "distance",
  ],
  [
    "The SLT think I'm being dramatic whenever I mention ransomware, and that's the end of the conversation.",
    "conflict power",
  ],
  ["Can't complain. People are decent.", ""],
  [
    "They used to say I spoke a foreign language. I've learned to drop the acronyms and it's much better now.",
    "",
  ],
  ["Most staff don't see cyber as part of their job at all.", "distance"],
  [
    "There's a perception that IT is slow and useless. There's one of me for four hundred people.",
    "blame:sec",
  ],
  ["They're a lovely lot, they just can't be trusted with a USB stick.", "blame:emp"],
  ["I avoid the staffroom at lunch because it turns into a free helpdesk.", "distance power"],
  ["The caretaker is the only one who asks me how I am. It's a lonely job.", "distance feel"],
  [
    "Nurses are very process-driven, so once they know the rule they follow it. Easiest group I support.",
    "",
  ],
  [
    "They assume I'm judging them when they ask a basic question, and they go bright red. I'm really not judging.",
    "power feel",
  ],
  [
    "Youth workers at the charity are brilliant with people and hopeless with passwords.",
    "blame:emp",
  ],
  ["I'd call them reluctant participants.", "distance"],
  ["The phrase I hear most is 'sorry to bother you'. I wish they'd bother me more.", "distance"],
  ["They think I've got admin rights to their lives.", "power"],
  ["The finance lady is ace. She rang me about a suspicious invoice before paying it.", ""],
  ["Staff view us as a necessary evil.", "conflict"],
  [
    "If I'm honest, I think they'd rather not have to think about any of it, and I can't say I blame them.",
    "distance",
  ],
  [
    "The parish clerks I support are mostly retired volunteers doing their best on ancient laptops.",
    "",
  ],
  [
    "Every click is my fault apparently. Wifi's slow? IT. Kettle's broken? Probably IT.",
    "blame:sec feel",
  ],
  ["They're much better than they were after the phishing test last year.", ""],
  ["Some departments I never hear from. I genuinely don't know if that's good or bad.", "distance"],
  [
    "The estates team see me as a blocker. I see them as the reason we have twenty unpatched boiler controllers on the network.",
    "conflict blame:emp",
  ],
  ["I think staff like that I'm approachable. I keep the door open, literally.", ""],
  ["They roll their eyes when I mention data protection. Every time.", "conflict feel"],
  ["GPs are clever people who somehow can't remember to lock their screens.", "blame:emp"],
  ["Staff think IT are a bunch of nerds in a cupboard. We are, to be fair.", ""],
  ["I feel like a nag, constantly chasing people to finish their training.", "feel"],
  ["Nobody outside the office team has a clue who I am.", "distance"],
  ["Staff are more security-aware than they get credit for.", ""],
  ["They see the rules as mine, like I invented GDPR to spite them.", "conflict blame:sec"],
  [
    "The older volunteers are terrified of breaking something, so they won't touch anything without ringing me first.",
    "feel power",
  ],
  [
    "The head of maths asked me if I could just turn off the firewall for one lesson. That sums it up.",
    "conflict",
  ],
  ["I'd rather they asked daft questions than guessed. I tell them that often.", ""],
  [
    "Our housing officers share logins because it's quicker, and nothing I say changes that. I've more or less stopped saying it.",
    "blame:emp distance",
  ],
  ["They trust us. They just don't think about us.", "distance"],
  [
    "I'm always the last to know when someone new starts, so they sit there for a day with no login.",
    "comm",
  ],
  [
    "They think I'm paid to be available 24/7 and get snippy if I don't answer at ten at night.",
    "power conflict",
  ],
  ["The reception team have my mobile number and I've never once regretted it.", ""],
  ["I'm treated like the school's tech support for their home printers too.", "power"],
  ["I'd say there's mutual respect. Not much mutual understanding, but respect.", ""],
  ["Sometimes I think they see me as the enemy, honestly.", "conflict"],
  ["a few of them are brilliant and a few are a liability", "blame:emp"],
  ["They phone me in a panic as if the building's on fire.", "feel"],
  ["Staff see me as part of the furniture, in a good way.", ""],
  ["The trustees don't know my name. The CEO does, on a good day.", "distance"],
  ["They probably think I overcomplicate things. Maybe I do.", "blame:self comm"],
  ["I think people see IT as 'the ones who say it's on the intranet'.", "comm"],
  [
    "Practice staff get so embarrassed when they've locked themselves out, it's quite sad really.",
    "feel",
  ],
  ["Most of them wouldn't recognise me if I walked past them in town.", "distance"],
  ["Real people, real jobs, and IT is about tenth on their list. Totally reasonable.", ""],
];

export const VOICES_BE: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BE_2,
  ...VOICES_BE_3,
  ...VOICES_BE_4,
];
