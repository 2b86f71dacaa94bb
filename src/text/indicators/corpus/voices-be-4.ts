import type { RawExample } from "./types.js";

/** IT and security staff in schools, councils, charities, housing and GP practices on mistakes and on what goes well. Written fresh for Rapport (brief BE, part 4). */
export const VOICES_BE_4: readonly RawExample[] = [
  [
    "When someone clicks a bad link I make a point of thanking them for telling me. The telling is the important bit.",
    "",
  ],
  ["After the invoice fraud the office manager was in tears. I felt awful for her.", "feel"],
  [
    "The finance team got named and shamed in a meeting after the last incident. I argued against it and lost.",
    "power conflict",
  ],
  ["People hide mistakes here. I find out weeks later from the logs.", "distance comm"],
  [
    "I made a mess of a migration last summer, completely my fault, and told everyone straight away. They were really kind about it.",
    "blame:self",
  ],
  ["There's no blame culture here, which makes my job so much easier.", ""],
  [
    "After the breach the first question from the board was 'whose fault was it'. Not 'what happened'.",
    "power",
  ],
  [
    "Whenever something goes wrong it's the user, in my experience. Nine times out of ten.",
    "blame:emp",
  ],
  [
    "The receptionist who reported the fake health authority email got a shout-out in the practice meeting. Next week we had three more reports.",
    "",
  ],
  [
    "I get the feeling staff think they'll be disciplined if they admit to clicking something. They won't be.",
    "feel power",
  ],
  [
    "It was my fault. I left a test account open and it got used. I still think about it.",
    "blame:self feel",
  ],
  [
    "The teacher who lost the unencrypted laptop was so embarrassed she avoided me for a month.",
    "feel distance",
  ],
  [
    "After a mistake I sit down with the person, work out what happened, and we fix the process. No names in the report.",
    "",
  ],
  [
    "Mistakes get swept under the carpet. Nobody tells me until it's too late to do anything.",
    "comm distance",
  ],
  [
    "The council made a big fuss about a clerk who sent a spreadsheet to the wrong person. Disciplinary and everything. Now nobody reports anything.",
    "power distance",
  ],
  [
    "When the email filter went wrong on my watch, the head just laughed and said 'we've all been there'.",
    "",
  ],
  [
    "If they make a mistake they usually own up quickly. I think because I don't make a big deal of it.",
    "",
  ],
  ["Users repeat the same mistakes no matter how many times it's explained.", "blame:emp"],
  [
    "I'm proud that people come to me within minutes now if they think they've clicked something.",
    "",
  ],
  [
    "A housing officer emailed a tenant's file to the wrong tenant and the whole office treated her like a criminal. I hated that.",
    "feel",
  ],
  [
    "The phishing tests went badly the first time. Second time, click rate halved. Third time, people were competing to report it.",
    "",
  ],
  ["I think some managers use the phishing results as a stick.", "power"],
  [
    "After a mistake I get the 'how could you let this happen' email from the CEO. Every time.",
    "blame:sec comm",
  ],
  [
    "What goes well? People look out for each other. Someone'll shout 'don't open that one' across the office.",
    "",
  ],
  ["I should have caught it. Our filtering was set up badly and that was me.", "blame:self"],
  [
    "The worst bit after any incident is the silence. Nobody wants to talk about it, so nobody learns.",
    "distance",
  ],
  [
    "The GP who forwarded patient data to his personal email was furious when I raised it. Furious with me, not himself.",
    "conflict feel",
  ],
  ["We do a 'no-blame' five-minute debrief after anything goes wrong. It's been brilliant.", ""],
  ["Every incident here comes back to someone not reading something.", "blame:emp"],
  [
    "i cant relax in the holidays because someone will be logging in from hotel wifi somewhere",
    "feel",
  ],
  [
    "The deputy who clicked the ransomware link was lovely about it afterwards. We're closer now, oddly.",
    "",
  ],
  [
    "I'm not great at the follow-up after an incident. I fix it and move on and probably don't explain enough.",
    "blame:self comm",
  ],
  [
    "Staff panic. They switch the laptop off and on again twenty times before they call me.",
    "feel distance",
  ],
  ["What works well is the reception team. They've become my eyes and ears.", ""],
  [
    "After the data breach, leadership wanted someone sacked and it was very nearly me.",
    "blame:sec power",
  ],
  [
    "I give a small box of chocolates to whoever reports the most phish each term. Silly but it works.",
    "",
  ],
  [
    "Whenever I make a mistake the whole school hears about it in the staffroom by lunchtime.",
    "power",
  ],
  ["Honestly I think the people I support are a credit. They ask, they report, they care.", ""],
  [
    "One lad on the maintenance team plugged a USB stick into his work laptop. Found it in the car park. Unbelievable.",
    "blame:emp",
  ],
  ["After mistakes I try to remember I've clicked on dodgy things too.", ""],
  [
    "The team leaders now come to me with 'I think I've done something stupid', which is exactly what I want.",
    "",
  ],
  ["Nobody ever tells me when things go well. Only when they break.", "comm"],
  [
    "When I lock an account after a suspicious login, staff act like I've punished them.",
    "conflict power",
  ],
  ["I'm probably too hard on people after mistakes. I'm trying to be better.", "blame:self"],
  [
    "The new starter who reported her own mistake on day two got a thank-you card from me. She still has it on her desk.",
    "",
  ],
  [
    "When something goes wrong, the blame always rolls downhill to me or to whoever's most junior.",
    "power blame:sec",
  ],
  ["Small wins: the staff now ask 'is this legit?' before opening attachments.", ""],
  [
    "After the last phishing incident the trust put out a statement naming the school. The staff were mortified.",
    "feel power",
  ],
  ["Most mistakes here are honest ones by busy people. I treat them that way.", ""],
  ["Some of these people shouldn't be allowed near a keyboard, frankly.", "blame:emp"],
  [
    "The best thing about this job is when someone who was scared of computers starts showing others how to do things.",
    "",
  ],
  [
    "Mistakes get reported to me by the office gossip rather than the person who made them.",
    "distance",
  ],
  ["When it's my mistake I say so in the all-staff email. Models the behaviour, I think.", ""],
  ["I lie awake after incidents going over what I could have done differently.", "feel blame:self"],
  [
    "The outsourced provider before me left everything wide open and the staff still think that was me.",
    "blame:sec",
  ],
  [
    "The surgery had a scare with a fake supplier email and everyone pulled together. Proudest day in the job.",
    "",
  ],
  ["It's always 'the computer did it'. Never 'I did it'.", "blame:emp"],
  ["I worry they don't tell me things because they think I'll be cross.", "feel distance"],
  [
    "I run a quick 'what went right' at the end of every term as well as what went wrong. Staff like it.",
    "",
  ],
  [
    "After a laptop went missing the head wanted to search everyone's bags. I had to talk him down.",
    "power",
  ],
  [
    "The handful who keep making the same mistake, I've honestly given up on.",
    "distance blame:emp",
  ],
  ["The teaching assistants have become real security champions without me even asking.", ""],
  [
    "When a volunteer lost a phone with case notes on it, the charity handled it beautifully. Calm, quick, no scapegoat.",
    "",
  ],
  ["Nobody trusts IT after the server outage last year. I still get jokes about it.", "blame:sec"],
  ["I feel like a disappointed parent every time a phishing test goes out.", "feel power"],
  ["Things go well when I get out from behind the desk. Simple as that.", ""],
  ["I've had grown adults nearly in tears over a password reset. The fear is real.", "feel"],
  [
    "The partners made the receptionist apologise to the whole practice for a phishing click. I was livid.",
    "power feel",
  ],
  [
    "What's going well? Honestly, the relationship with the office staff. They trust me, I trust them.",
    "",
  ],
  [
    "If I'm honest I sometimes enjoy catching people out in the phishing sims. Not my finest quality.",
    "blame:self power",
  ],
  [
    "Mistakes? We all make them. I made one last month and the business manager covered for me.",
    "",
  ],
  ["The kids are better at spotting scams than half the staff.", "blame:emp"],
  ["No one's ever been disciplined for a security mistake here and I'd fight it if they were.", ""],
  [
    "After an incident I have to write a report for the board that nobody reads, then get grilled on it anyway.",
    "power distance",
  ],
  [
    "We turned a near miss into a five-minute story at the staff briefing. Now everyone knows what a fake invoice looks like.",
    "",
  ],
  [
    "Whenever there's a problem the staff go to the supplier direct instead of me. Then I find out when the bill comes.",
    "distance comm",
  ],
  ["My own mistakes scare me more than theirs. I've got admin rights everywhere.", "feel"],
  [
    "The tech champions scheme has been a massive win. Each department has someone I can talk to.",
    "",
  ],
  [
    "Staff who make mistakes don't come back to me afterwards. They find someone else to ask.",
    "distance",
  ],
  [
    "I think I overreacted when the head of PE shared his password. I went in too hard and he's been frosty since.",
    "blame:self conflict",
  ],
  [
    "honestly the best bit is when someone says 'I reported it, was that right?' and I get to say yes",
    "",
  ],
  [
    "The board only take an interest after something's gone wrong, and then it's all about who.",
    "comm power",
  ],
  [
    "I'm lucky, the practice is small, so when something goes wrong we just talk about it over a brew.",
    "",
  ],
  [
    "When staff get it wrong they get defensive and start picking holes in everything IT does.",
    "conflict blame:sec",
  ],
  [
    "We had a ransomware scare that turned out to be nothing. The staff response was textbook. I was so chuffed.",
    "",
  ],
  ["Half of them don't even know they've made a mistake, that's the scary part.", "blame:emp feel"],
  ["I used to shout. I don't any more. Things are a lot better since.", ""],
  ["Our incident process is basically me, panicking, at 7am.", "feel"],
  ["The admin team have started catching things before they reach me, which is the dream.", ""],
  [
    "Staff think I'm keeping a list of everyone who failed the phishing test. I'm not, but I get why they think it.",
    "power",
  ],
  [
    "After the breach, the councillors wanted the name of whoever clicked. I refused. Not a popular decision.",
    "power conflict",
  ],
  ["We celebrate reporting, not perfection. Slowly it's sinking in.", ""],
  [
    "If something goes wrong it's my neck on the line, regardless of who clicked.",
    "blame:sec power",
  ],
  ["Teachers are good at owning mistakes, honestly better than most offices I've worked in.", ""],
  ["I can't keep cleaning up after people who won't listen.", "blame:emp feel"],
  [
    "When our volunteer coordinator fell for a gift card scam she told me within the hour. I couldn't have asked for more.",
    "",
  ],
  [
    "I still feel guilty about the data we lost when the storage box died. I should have pushed harder for proper backups.",
    "feel blame:self",
  ],
  [
    "The partners never admit a mistake. The receptionists apologise for everything, including things that weren't their fault.",
    "power",
  ],
  [
    "People here have become genuinely curious about security. They bring me articles they've read.",
    "",
  ],
  [
    "I'm the one who gets the 2am phone call, and I'm the one who gets asked why it happened in the morning.",
    "power blame:sec",
  ],
  ["Every incident ends with the same conclusion: someone didn't follow the process.", "blame:emp"],
  ["The bit that goes well is the one-to-one stuff. Sitting next to someone and showing them.", ""],
  [
    "I think staff see a mistake as a personal failing, so they'd rather bodge it than tell me.",
    "distance feel",
  ],
  [
    "After the email mix-up, the housing manager came down and thanked me for how I handled it. Didn't expect that.",
    "",
  ],
  [
    "I'm a one-man band, so if I get something wrong there's no one to catch it. That keeps me up at night.",
    "feel",
  ],
  ["Mistakes are almost always the same three people. Every time.", "blame:emp"],
  [
    "What goes well is our relationship with the caretakers and site staff. They tell me everything.",
    "",
  ],
  [
    "The head of finance hasn't spoken to me since I flagged her spreadsheet going to the wrong address.",
    "distance conflict",
  ],
  [
    "After someone makes a mistake I go out of my way to be normal with them the next day. It matters.",
    "",
  ],
  ["They're quick to report now. It used to take days.", ""],
  [
    "Some of the clinicians think the rules stop at the consulting room door. Then act surprised when something leaks.",
    "blame:emp power",
  ],
  [
    "I hate the phishing simulations. They make people feel tricked and they make me the villain.",
    "feel conflict",
  ],
  [
    "Our charity's been through two scares and came out better each time. Staff really rallied.",
    "",
  ],
  ["I blame myself for half the stuff that goes wrong. Probably more than I should.", "blame:self"],
  ["I've heard I'm 'scary to tell things to'. Not what I'm going for.", "feel"],
  [
    "The fact that nobody's been hit by anything serious in four years says a lot about the people here.",
    "",
  ],
  [
    "Once someone's been caught by a phishing test, they avoid me for weeks out of sheer embarrassment.",
    "distance feel",
  ],
  ["When I get it wrong the staff are far more forgiving than leadership.", "power"],
  ["We had our first ever clean audit last year. I bought cakes for the whole office.", ""],
  ["I genuinely don't know how to make them care. I've tried everything.", "distance feel"],
  ["Mistakes get a shrug. Nobody's bothered, which is almost worse than a fuss.", "distance"],
  [
    "What goes well: the kids love the online safety lessons and take them home to their parents.",
    "",
  ],
  [
    "I made a big thing of one teacher's mistake early on and I regret it. She never trusted me after.",
    "blame:self distance",
  ],
  ["Overall? Good people, improving habits, not enough time. I'll take it.", ""],
  ["They're my colleagues, not my problem. I try to remember that on bad days.", ""],
];
