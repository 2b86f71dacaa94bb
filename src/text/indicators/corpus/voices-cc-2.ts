import type { RawExample } from "./types.js";

/** IT helpdesk staff, sysadmins and one-person IT departments in small firms (part 2). Written fresh for Rapport (brief CC). */
export const VOICES_CC_2: readonly RawExample[] = [
  [
    "I'm the IT department, the facilities department and when she's off, the receptionist. Nobody asked if I minded.",
    "power",
  ],
  ["Our staff are honestly pretty sharp about phishing now, they forward me the weird ones.", ""],
  ["Out-of-hours calls are rare and always genuine emergencies.", ""],
  ["People notice when I'm off, in a good way. Lots of 'welcome back' when I return.", ""],
  [
    "Every new rule gets announced by me in an email that nobody asked for and nobody reads.",
    "comm distance",
  ],
  ["The owner's son has admin on everything and nobody can tell him no, least of all me.", "power"],
  [
    "I came from a big corporate and brought way too much process with me. Small firm, didn't need it. My mistake.",
    "blame:self",
  ],
  [
    "Users just want things to work, fair enough. My job is to make the secure way the easy way.",
    "",
  ],
  ["people think security is my job and theirs is to ignore it", "distance blame:emp"],
  [
    "I've had staff cry on the phone because they thought they'd be sacked for clicking a link. We need to be less scary.",
    "power blame:sec",
  ],
  ["Management backs me in public and undermines me in private.", "power"],
  [
    "The contractors we used before me set up the firewall wrong and left no notes. Still finding their mess.",
    "blame:sec",
  ],
  ["Honest answer? I like most of them. A few are hard work.", ""],
  ["nobody reports lost phones. i find out when the phone bill comes in", "distance"],
  ["I talk in acronyms when I'm stressed. People switch off.", "comm blame:self"],
  [
    "My line manager is the finance director and doesn't understand a word I say, so nothing gets approved.",
    "power comm",
  ],
  [
    "They set up their own Dropbox because our file share was too slow. Fair enough really.",
    "conflict blame:sec",
  ],
  [
    "A few people refuse to use the password manager and keep a spreadsheet called passwords.xlsx on the desktop.",
    "blame:emp conflict",
  ],
  ["The security audit was fine and people were cooperative. Good year.", ""],
  ["I hate being the bad guy. That's most of this job.", "feel"],
  ["The helpdesk queue is where good intentions go to die", "feel"],
  ["Staff avoid the IT corner like we're contagious.", "distance"],
  ["They'll say 'I'm not techy' as if that's a reason not to lock their screen.", "blame:emp"],
  [
    "I'm reachable on Teams all day but people still prefer to walk up and chat, which I don't mind.",
    "",
  ],
  [
    "Nobody consulted me about moving to the new CRM. I found out when the invoice arrived.",
    "power comm",
  ],
  [
    "The MSP's engineers are polite enough but they never explain anything to our staff, just remote in and leave.",
    "comm blame:sec",
  ],
  ["I'm always braced for the next disaster. Can't switch off.", "feel"],
  [
    "I should have documented more. When I was off for two weeks nobody could do anything.",
    "blame:self power",
  ],
  ["Exceptions are rare and they're written down, with a date they expire.", ""],
  ["To be fair to them, the rules change so often even I lose track.", "blame:sec"],
  [
    "The partners just want IT to be cheap and invisible, they don't want to hear about it.",
    "distance",
  ],
  [
    "We have a proper security champion in each team now. Communication's way better than it was.",
    "",
  ],
  [
    "when something breaks they email my boss, not me, then he forwards it to me with 'urgent??'",
    "distance comm",
  ],
  [
    "I'm embarrassed how long the email outage lasted. I told everyone it'd be an hour. It was two days.",
    "blame:self feel",
  ],
  ["People assume IT is just a cost. That's the whole relationship.", "power"],
  ["The dev team think security reviews are me being precious.", "conflict"],
  ["i send screenshots with arrows now. no more jargon. its going much better", ""],
  ["users are the problem nine times out of ten. the tenth time it's a user too.", "blame:emp"],
  ["Half my week is resetting passwords people forgot over the weekend.", "blame:emp"],
  [
    "The board reads my quarterly report. I know because they ask awkward questions, which I like.",
    "",
  ],
  [
    "I tend to just fix things when no one's around rather than explain them. Probably not healthy.",
    "distance blame:self",
  ],
  [
    "Our own team is terrible at answering the phone. I'd moan too if I were them.",
    "blame:sec distance",
  ],
  [
    "The practice manager wanted a shared login at reception, we talked it through and went with quick-switch accounts instead.",
    "",
  ],
  ["They trust me. It took time, lots of small favours, and never making anyone feel stupid.", ""],
  [
    "I'm anxious about every email I send to all-staff, they take things the wrong way so easily",
    "feel comm",
  ],
  ["Requests come in through the form and people wait their turn, nobody pulls rank.", ""],
  [
    "There's no regular catch-up with anyone, I'm just here until something breaks.",
    "distance comm",
  ],
  [
    "We block too much by default and people lose hours waiting for us to whitelist sites.",
    "blame:sec conflict",
  ],
  ["Nobody follows the clean desk policy, including the people who wrote it.", "blame:emp"],
  ["The owner's very supportive. If I say we need it, we get it.", ""],
  [
    "Yeah, I've snapped at people who were just asking a normal question. Bad days.",
    "blame:self feel",
  ],
  [
    "Lots of 'can you just' requests. Can you just give me admin. Can you just turn off the antivirus.",
    "conflict",
  ],
  ["i get the feeling they think IT is a black box that just says no", "power"],
  [
    "Telling a director his home PC caused the problem was awkward, but he thanked me for being straight with him.",
    "",
  ],
  [
    "Staff are honestly great at telling me when something's off. Best early warning system I've got.",
    "",
  ],
  ["Hard to build a relationship when you're 3 sites and one of me.", "distance"],
  [
    "We send scary warnings about 'disciplinary action' for security breaches. No wonder people hide mistakes.",
    "blame:sec distance",
  ],
  ["I hate the annual training as much as they do, I just have to enforce it.", "feel blame:sec"],
  [
    "They never tell me about new starters until the morning they arrive expecting a laptop.",
    "comm conflict",
  ],
  ["No friction really. We're a small team and everyone knows everyone.", ""],
  ["Our IT decisions are made on evidence. The loudest voice doesn't win.", ""],
  [
    "i come in at 6 so i can work before anyone can find me, the interruptions are constant",
    "distance feel",
  ],
  ["my title is IT manager and I do get to manage things, budget included", ""],
  [
    "The bookkeeper won't let me near her PC, says she doesn't trust IT people.",
    "distance conflict",
  ],
  [
    "I think people see me as the fun police and honestly I've earned that reputation.",
    "blame:self conflict",
  ],
  [
    "Our security dashboards are useless. Thousands of alerts, nothing actionable.",
    "blame:sec feel",
  ],
  ["I ran a lunch-and-learn on scams, half the office turned up. Really good questions.", ""],
  [
    "Requests come by email, WhatsApp, sticky notes on my monitor and shouting across the office.",
    "comm",
  ],
  [
    "people assume i'm judging them when they ask basic stuff. i'm not, but i can see why they'd think so",
    "power blame:self",
  ],
  [
    "Nobody tells me anything until it's a crisis, then it's my fault it's a crisis.",
    "comm conflict feel",
  ],
  ["There's a proper on-call rota with the MSP so I get my weekends back.", ""],
  [
    "Staff are polite but keep me at arm's length. I'm not part of the team in their eyes.",
    "distance feel",
  ],
  [
    "Every time I roll something out someone from the partners' office asks why they weren't consulted, and honestly fair point.",
    "power blame:self",
  ],
  [
    "Accounts payable paid a fake invoice and the first I heard of it was from the bank.",
    "distance",
  ],
  ["I feel secure in the job. Mistakes get talked about, not punished.", ""],
  ["Good rapport overall, we joke around a lot.", ""],
  [
    "Honestly, our security vendor's 'training' videos are so cheesy that people laugh at them rather than learn.",
    "blame:sec",
  ],
  [
    "The MD forwards me every LinkedIn article about hackers with 'are we safe?' and nothing else.",
    "comm",
  ],
  ["I never know who to go to for a decision. Everyone says 'ask someone else'.", "distance"],
  ["Everyone uses my name, it's a small place. They're good people.", ""],
  ["Users never read error messages. They just click OK until it goes away.", "blame:emp"],
  [
    "I'll be honest, I'm burnt out and it probably shows in how I talk to people.",
    "feel blame:self comm",
  ],
  [
    "The security policy is twenty pages. I wrote it. Nobody's read it. Including, some days, me.",
    "blame:self distance",
  ],
  [
    "A couple of people go straight to the MSP behind my back because they think I'm slow.",
    "distance conflict",
  ],
  [
    "Since we started the monthly newsletter with real examples, reports of dodgy emails have doubled.",
    "",
  ],
  [
    "I'm on the social committee, bizarrely. It's helped people see me as a person and not a helpdesk.",
    "",
  ],
  [
    "head office security team sends directives with no explanation and I'm left to defend them locally",
    "comm blame:sec power",
  ],
  [
    "The moment I mention security in a meeting, the room goes quiet and people check their phones.",
    "distance",
  ],
  [
    "I'm ashamed of how long it took me to notice the mailbox rule that was forwarding everything out.",
    "blame:self feel",
  ],
  ["People are mostly understanding when things go down. They know it's just me.", ""],
  [
    "They say it's 'only a test' about the phishing sim and get defensive when they fail.",
    "conflict blame:emp",
  ],
  ["The owner checks with me before agreeing to any new app staff ask for.", ""],
  ["i used to take it personally when people got angry. now i just dont care", "distance"],
  ["Our patching is behind and it's my responsibility. No excuse.", "blame:self"],
  [
    "The reception team can't tell me what's wrong, just that 'it's doing the thing again'.",
    "comm",
  ],
  [
    "When I get it wrong, they tell me, and when they get it wrong, they tell me. That's how it should be.",
    "",
  ],
  ["The boss gets that security costs money and time and he's fine with that.", ""],
  [
    "Architects hate anything that slows their CAD files down, which is basically every security tool we own.",
    "conflict",
  ],
  ["They forward me chain emails asking if they're real, which is sweet really.", ""],
  [
    "I'm the last to find out about everything. Office moves, new hires, redundancies.",
    "comm distance",
  ],
  ["I don't trust the staff with anything more than basic user rights. Would you?", "blame:emp"],
  ["Our helpdesk runs entirely by email and nobody's ever met us in person.", "distance comm"],
  [
    "I don't feel isolated. I'm in a WhatsApp group with IT people from other local firms and the staff here are friendly.",
    "",
  ],
  ["I got overruled on the USB ban because the CFO likes his memory sticks.", "power"],
  ["I think they think I'm a bit of a grump. They're not wrong.", "blame:self"],
  ["Clear escalation path, decent budget, supportive director. Genuinely a good setup.", ""],
  ["A colleague disabled the antivirus to install a game and then lied about it.", "blame:emp"],
  ["The main thing I'd change is being brought in at the start of projects, not the end.", "power"],
  [
    "We've become an IT department that only sends warnings. I don't know how we got here.",
    "comm blame:sec",
  ],
  ["staff just dont care about security. its always someone elses problem", "distance blame:emp"],
  ["When I had a family emergency, the boss told me to switch my phone off and not worry.", ""],
  ["I've gotten better at saying 'good question' instead of sighing.", ""],
  [
    "Honestly the last outage was my own config error and I still feel sick thinking about it.",
    "blame:self feel",
  ],
  ["Changes get signed off within a day by the ops director, no fuss.", ""],
  [
    "Nobody calls the helpdesk anymore, they just message whoever they know in IT directly. Breaks everything.",
    "conflict",
  ],
  ["People feel they can ask me anything, and I like that.", ""],
  [
    "The new intranet security page is full of words like 'exfiltration'. I wrote it. Rewriting it.",
    "comm blame:self",
  ],
  [
    "Some of the older staff are terrified of the computer and apologise every time they ring.",
    "power",
  ],
  ["I can't remember the last time someone said thank you instead of 'finally'.", "feel"],
  [
    "The auditors demand controls that make zero sense for a 12-person office, and I have to enforce them.",
    "blame:sec power",
  ],
  [
    "My relationship with staff is fine. My relationship with the budget holder is not.",
    "conflict power",
  ],
  ["sometimes I'm the problem. I rush, I don't explain, I assume they know.", "blame:self comm"],
  ["They'll put up with a slow laptop for months rather than ask me to look at it.", "distance"],
  [
    "Everyone shares their passwords with their assistant and sees nothing wrong with it.",
    "blame:emp",
  ],
  ["We had a rough patch after the breach but we rebuilt trust with regular briefings.", ""],
];
