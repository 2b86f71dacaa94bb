import type { RawExample } from "./types.js";

/** Home-visit care workers and kitchen staff on the phones, tills, care app and the people behind them. Written fresh for Rapport (brief AT, part 3). */
export const VOICES_AT_3: readonly RawExample[] = [
  [
    "I'm in someone's front room trying to log the visit and the app wants my password again. Gloves on. Client waiting.",
    "conflict",
  ],
  [
    "The care app times out if you're with a client longer than twenty minutes. Which is every client.",
    "conflict",
  ],
  ["IT? We have a number. I've never rung it.", "distance"],
  ["I've rung the number. Nobody picked up. So I stopped ringing.", "distance conflict"],
  ["The IT lady comes in once a month. She's lovely, very patient with us oldies.", ""],
  ["I'm terrified I'll lose the phone with all the clients' details on it.", "feel"],
  [
    "Someone from head office told us off for writing key safe codes in our notes. Where else would we keep them?",
    "conflict power",
  ],
  ["Key safe codes used to be in a group chat. Now they're in the app. Better, honestly.", ""],
  [
    "App crashed with a client's medication list open. Rang IT and got told to 'clear the cache'. Clear the what?",
    "comm conflict",
  ],
  ["It's not the IT people's fault, the signal out in the villages is terrible.", ""],
  [
    "They don't understand we're driving between visits with ten minutes to spare. No time for a 'quick update'.",
    "conflict",
  ],
  ["I'm rubbish with tech, I always have to ask the younger carers.", "blame:self"],
  ["The young ones are worse, they share their logins all the time.", "blame:emp"],
  ["Nobody ever asked the carers what we need from the app. Office decided.", "power"],
  [
    "A man from the software side came to our team meeting and actually asked us. First time. Felt listened to.",
    "",
  ],
  [
    "They emailed saying never use personal phones. Then the work phones broke and they said use your own.",
    "conflict blame:sec",
  ],
  [
    "I feel watched. The app tracks where we are all day and the office can see if we're late.",
    "power feel",
  ],
  ["GPS tracking doesn't bother me. If something happened to me they'd know where I was.", ""],
  ["The office can see everything, we can see nothing. That's the deal.", "power"],
  ["I don't like to bother them, they've got proper problems to deal with.", "distance"],
  ["If I'm honest I'm a bit scared of them. They know so much and I know nothing.", "feel power"],
  ["There's a lad in IT who always says 'there's no stupid questions'. Then sighs.", "comm power"],
  [
    "Locked out at 7am with four visits before nine. IT doesn't answer till half eight. Stressful doesn't cover it.",
    "conflict feel",
  ],
  [
    "I got locked out and my client's daughter fixed it for me. She works in computers.",
    "distance",
  ],
  [
    "Password rules are mad. Capital, number, symbol, new one every month. I've run out of grandkids.",
    "conflict",
  ],
  ["They're really good actually. When my phone got nicked they locked it within the hour.", ""],
  [
    "Felt like a criminal when the phone went missing, all the forms and the questions.",
    "feel power",
  ],
  [
    "I cried the first time the app lost my notes in a client's house. Now I write on paper and type it up later.",
    "feel distance",
  ],
  ["Paper's faster. Don't tell IT.", "distance"],
  ["Never thought about who runs it. It just works, mostly.", "distance"],
  [
    "We're carers, not computer people. It shouldn't take three logins to record a cup of tea.",
    "conflict",
  ],
  ["The office calls them 'the systems team'. I picture five men in a basement.", "distance"],
  ["They explain things in a way I actually understand. Rare, that.", ""],
  [
    "They ran the password training during the lunchtime calls, so not one carer could go.",
    "conflict",
  ],
  [
    "Whoever designed the app has never done a home visit in their life, that's obvious.",
    "blame:sec",
  ],
  ["To be fair, it's better than the old system.", ""],
  [
    "Why does the app need my fingerprint AND a PIN AND a code? I'm putting someone's socks on.",
    "conflict",
  ],
  ["Nobody tells us when things change. The buttons just move overnight.", "comm"],
  [
    "Got a text at 11pm saying 'mandatory security update, action required'. Thought it was a scam. It wasn't. Gave me a proper fright.",
    "comm feel",
  ],
  ["So embarrassed when the client's son saw the app frozen on his mum's records.", "feel"],
  [
    "Manager says IT can check who looked at which client. Makes sense, but it makes me nervous.",
    "feel power",
  ],
  ["The helpline is great. Can't remember ever waiting long.", ""],
  ["I'm the one who always forgets the PIN. They must hate me.", "blame:self feel"],
  ["They've the patience of a saint with me, honestly.", ""],
  [
    "The man on the phone talked so fast with so many words I didn't know that I just said yes to everything.",
    "comm",
  ],
  ["Half the time I don't report problems, I just work round them.", "distance"],
  [
    "I don't know if the new rules are from IT or the council or the inspectors. Someone decides, we do it.",
    "power",
  ],
  ["Our IT person is also our rota person and our payroll person. Poor woman.", ""],
  ["Kitchen. The till has a login. That's as far as IT goes for us.", ""],
  [
    "Chef shares his till login with everyone because he can't be bothered. IT went mad.",
    "blame:emp",
  ],
  [
    "The ordering tablet is covered in grease and nobody's allowed to wipe it in case it breaks. IT's rule.",
    "conflict",
  ],
  [
    "IT came in during service to update the tills. During service. On a Saturday.",
    "conflict blame:sec",
  ],
  ["Honestly the tills just work. Whoever does it, cheers.", ""],
  [
    "Card machine went down on a Friday night and we couldn't reach anyone till Monday. Cash only. Lost a fortune.",
    "conflict",
  ],
  ["We're told not to write the wifi password on the wall. It's on the wall.", "distance"],
  ["Kitchen porter here. What's IT?", "distance"],
  ["Pass screens are good since they changed them. Big buttons, no passwords.", ""],
  ["Each of us has a PIN for the till. Mine's 1234. I know.", "blame:self"],
  [
    "Manager gets an email from IT every week telling us off about something. We never see the IT people themselves.",
    "comm distance",
  ],
  [
    "They sent a security quiz to the kitchen tablet. We did it together on a fag break and got full marks.",
    "",
  ],
  [
    "They treat the kitchen like a bunch of kids. 'Don't touch the router.' We weren't going to.",
    "power",
  ],
  [
    "Sous chef unplugged the router to charge his phone. Lost orders for an hour. That's on us.",
    "blame:emp",
  ],
  ["I'm always scared I'll hit the wrong button and wipe the whole day's orders.", "feel"],
  ["They're fine, just talk a bit too computery for me.", "comm"],
  [
    "Asked IT if we could have music on the kitchen tablet. Told it's a 'security risk'. Sure it is.",
    "conflict",
  ],
  ["I didn't even know we had IT people until I read this question.", "distance"],
  ["they are sound, fixed the ticket printer in like 2 mins", ""],
  [
    "Kitchen ticket printer dies every night and every morning someone from IT asks 'have you tried restarting it'.",
    "conflict comm",
  ],
  ["Nobody asks the kitchen. Ever.", "power"],
  ["Head chef deals with all that. I just cook.", ""],
  [
    "The new system logs everything we do on the tills. Feels like they think we're nicking.",
    "power feel",
  ],
  ["Some people were nicking, to be fair. That's why they brought it in.", "blame:emp"],
  ["The IT guy's a legend, he comes in for his lunch and fixes stuff while he eats.", ""],
  [
    "Bit intimidating, the IT manager. Walks in, no hello, fiddles with the box, leaves.",
    "feel power",
  ],
  ["I'd rather burn my hand than ring the helpdesk.", "distance feel"],
  [
    "Rang the helpdesk, they were lovely, turned out I'd turned the screen brightness right down myself.",
    "blame:self",
  ],
  [
    "New password policy landed in the middle of the Christmas rush. Nobody could get into the till. Queue out the door. Worst night of my life.",
    "conflict feel",
  ],
  [
    "The till logs you out every thirty seconds, which is great security and rubbish for cooking.",
    "conflict",
  ],
  [
    "Wish they'd come and watch one service before they decide how the tablets work.",
    "distance power",
  ],
  ["I'm useless with passwords, I reset mine every time I'm back from holiday.", "blame:self"],
  ["It's a kitchen, we've bigger fires to put out. Literally.", ""],
  ["IT's answer to a broken till was a link to a PDF. I'm covered in flour.", "comm conflict"],
  [
    "The supplier portal needs a code texted to head chef's phone. He's on holiday in Spain.",
    "conflict",
  ],
  ["Genuinely no idea who I'd tell if I got a dodgy email. Nobody's said.", "distance comm"],
  [
    "We used to have a nightmare with the tills, they replaced the lot last year and it's been fine since.",
    "",
  ],
  ["Ask the manager. I'm on the fryer.", ""],
  [
    "Got told off by email for checking my shifts on the office computer. Where else am I meant to check them?",
    "power conflict",
  ],
  ["The rules are fine, I just wish they'd put them on one page instead of eight emails.", "comm"],
  [
    "It's always the kitchen that gets blamed when the network goes down. It's never the kitchen. Drives us mad.",
    "conflict feel",
  ],
  [
    "Last time the network went down it was the kitchen. Someone plugged the slushie machine into the wrong socket.",
    "blame:emp",
  ],
  ["They say every login is 'for our protection'. Feels more like it's for theirs.", "power"],
  [
    "The IT woman rang me at home to check I was okay after my account got hacked. Didn't have to do that.",
    "",
  ],
  [
    "Email said 'your device is non-compliant'. Didn't know what it meant, still don't, phone still works.",
    "comm",
  ],
  ["The security training was forty-five minutes of slides. Unpaid, in our own time.", "conflict"],
  ["They talk down to us, like carers can't be trusted to understand a password.", "comm power"],
  ["Not once have they been rude to me. Busy, yes. Rude, no.", ""],
  ["They always seem to be in a meeting.", "conflict"],
  ["Felt silly asking how to turn the Bluetooth on, but she didn't make me feel silly. Nice.", ""],
  ["I'm scared to say I don't understand, so I nod and ask my colleague after.", "feel distance"],
  [
    "There's a poster in the office about phishing with a cartoon fish. That's my whole relationship with IT.",
    "comm distance",
  ],
  [
    "We get texts from 'IT Support' and nobody knows if they're real or a scam. Funny, that.",
    "comm",
  ],
  [
    "The carers' tablet at the office is always logged in as whoever used it last. Nobody bothers.",
    "blame:emp",
  ],
  ["I'm sure they're good at what they do. I just don't know what they do.", "distance"],
  ["They're there if you need them. I rarely need them.", ""],
  [
    "I have to get the tablet password from the office every morning because it changes. Why?",
    "conflict",
  ],
  [
    "I don't mind the rules, it's the lecture that comes with every rule that gets me.",
    "comm feel",
  ],
  ["hate the app hate the phone hate the passwords love my clients", "feel conflict"],
  [
    "Bit rich asking us to do 'cyber training' when we don't even get paid for travel time.",
    "conflict feel",
  ],
  ["Can't fault the support line, they stay on till it's working.", ""],
  ["The support line sounds like it's in a different timezone. Always a bit sleepy.", ""],
  ["One of them said 'PEBKAC' and laughed. I looked it up later. Charming.", "comm feel"],
  [
    "Our IT person visits each team once a quarter and asks what's annoying us. Usually she fixes it.",
    "",
  ],
  ["I'm not a computer person but they never make me feel like that's a problem.", ""],
  ["The app's improved loads since they listened to the carers' feedback.", ""],
  [
    "Till PINs are personal now, and honestly it's better, no rows about who rang what through.",
    "",
  ],
  [
    "The help line gave me a reference number and rang me back exactly when they said they would.",
    "",
  ],
  ["They're in the background, doing whatever they do. Seems to work.", ""],
  ["Head chef rings them if something's up and it gets sorted. That's all I need to know.", ""],
  ["They sent a short video about scam texts, two minutes long, actually useful.", ""],
  [
    "We get a text when there's maintenance planned, usually the day before. Good enough for me.",
    "",
  ],
  ["Lovely lad on the helpdesk, calls everyone 'boss'.", ""],
  [
    "Nobody from IT has ever set foot in the kitchen. They send rules by email and expect us to read them between covers.",
    "distance comm",
  ],
];
