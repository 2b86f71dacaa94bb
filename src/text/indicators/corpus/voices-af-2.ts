import type { RawExample } from "./types.js";

/** Second part of batch AF (see voices-af.ts). */
export const VOICES_AF_2: readonly RawExample[] = [
  [
    "Clearing the desk every night adds fifteen minutes to my day, unpaid. Nobody upstairs seems to notice.",
    "conflict",
  ],
  [
    "The checklist they leave is full of codes like 'CD-4 breach'. What does that even mean?",
    "comm",
  ],
  [
    "I've been written up twice for the same drawer. The lock's broken and IT won't fix it.",
    "blame:sec power",
  ],
  [
    "(facilities) People treat the clean desk rule as optional until a client sees someone's salary slip lying around.",
    "blame:emp",
  ],
  [
    "The clean desk walkround used to make me nervous. Now it's just part of Friday and nobody fusses.",
    "",
  ],
  [
    "They photographed my desk for the report without asking. That felt like a real overstep.",
    "power",
  ],
  [
    "I just shove everything into a carrier bag under the desk. Technically clear, so they're happy.",
    "conflict",
  ],
  [
    "Head office's clean desk audits mean our branch staff spend Friday tidying instead of serving customers.",
    "conflict",
  ],
  [
    "I'll own it: I left a client file on my desk overnight and the auditor was right to flag it.",
    "blame:self",
  ],
  [
    "The new laptops won't let us install the CAD viewer, and the request form takes ten days.",
    "conflict",
  ],
  ["We have to ask IT before installing a font. Grown adults begging for permission.", "power"],
  [
    "I asked for admin rights to update a printer driver and got a two-paragraph lecture about least privilege.",
    "comm",
  ],
  [
    "The locked-down laptop has been great. Nothing breaks, and if I need something the helpdesk sorts it the same day.",
    "",
  ],
  [
    "The engineers quietly went back to their old personal laptops because the new ones can't run the diagnostics.",
    "conflict",
  ],
  [
    "The new laptops arrived in boxes with a sheet of instructions and a QR code. Nobody from IT came, nobody to ask.",
    "distance comm",
  ],
  [
    "IT's new laptop image broke the scanner, the email signatures and the dictation software in one go.",
    "blame:sec conflict",
  ],
  [
    "They locked the laptops because they think we'll download viruses the moment their backs are turned.",
    "blame:emp",
  ],
  [
    "(IT) We locked the laptops after someone installed a 'free PDF converter' that turned out to be ransomware.",
    "blame:emp",
  ],
  [
    "The software request form asks for a 'business justification'. For a calculator app.",
    "conflict",
  ],
  [
    "I'm useless with new computers. I've rung the helpdesk about the new laptop four times already.",
    "blame:self",
  ],
  [
    "Our charity got donated laptops locked down by a volunteer who then vanished. Nobody knows the admin password.",
    "distance",
  ],
  [
    "The locked-down machines are slow, clunky and break every update. Whoever picked them has never had to use one.",
    "blame:sec",
  ],
  [
    "I had to keep asking for every little thing on the new laptop, like a kid asking for pocket money.",
    "power",
  ],
  [
    "I was annoyed about the lockdown at first, but to be fair the IT team added everything we asked for within a week.",
    "",
  ],
  [
    "The laptops got locked down the week before our busiest season. Nobody thought to check the calendar.",
    "conflict",
  ],
  [
    "The rules on the new laptops are explained in a forty-slide deck. I skimmed it and hoped for the best.",
    "comm",
  ],
  [
    "Our tutors were told the laptops were 'hardened'. Nobody explained what that meant for classroom software.",
    "comm",
  ],
  [
    "Honestly, if they're going to lock everything, they can do the installing. Not my job to chase it.",
    "distance",
  ],
  [
    "(IT manager) The moment we locked the laptops, I became the most hated person in the building.",
    "feel conflict",
  ],
  [
    "Nobody made a fuss about the new laptops. We got a short demo, they're faster, and the bits we need are on there.",
    "",
  ],
  [
    "The phone ban came as a notice pinned by the clocking-in machine. That was the whole consultation.",
    "comm power",
  ],
  [
    "I get why phones aren't allowed in the records room. They explained it with a real case from another practice.",
    "",
  ],
  ["The phone ban makes me anxious. If my mum has another fall, how will anyone tell me?", "feel"],
  ["Funny how the managers still have their phones out. Rules are for the rest of us.", "power"],
  ["We leave phones in lockers now, but half the lads keep a spare in their boot.", "conflict"],
  [
    "Banning phones was the security company's bright idea. They don't run a hotel, and it shows.",
    "blame:sec",
  ],
  [
    "(security) The phone ban is there because someone photographed a patient list and posted it. Staff forced our hand.",
    "blame:emp",
  ],
  [
    "I found out about the phone ban when a supervisor told me to put mine away in front of a customer.",
    "comm power",
  ],
  [
    "Without our phones we can't use the authenticator app, which IT also made compulsory. You couldn't make it up.",
    "conflict blame:sec",
  ],
  ["I'm not fussed about the phone rule. I'd rather not be on it at work anyway.", ""],
  [
    "Phones banned on the farm co-op floor, but the only way to reach the vet is a mobile. Nobody from security has ever been out here.",
    "conflict distance",
  ],
  [
    "It felt like they'd decided we were all thieves. The phone ban was the last straw for a few of us.",
    "feel blame:emp",
  ],
  [
    "(IT) I was overruled on the phone ban. I'd suggested a locker for the sensitive areas only, and nobody wanted to hear it.",
    "power",
  ],
  [
    "I forgot and had my phone in my pocket at the stock count. Got a warning, fair enough, I should have remembered.",
    "blame:self",
  ],
  [
    "The phone rule came with a memo full of phrases like 'data leakage vectors'. We're a garden centre.",
    "comm",
  ],
  [
    "The phone ban was talked through with us first, and we got a landline in the break room for emergencies. Reasonable.",
    "",
  ],
  ["I stopped arguing about the phone ban. No point, they never listen anyway.", "distance power"],
  [
    "The training video was forty minutes of a cartoon hacker and acronyms. I watched it on mute while doing invoices.",
    "comm distance",
  ],
  ["The security videos talk to us like we're seven years old.", "comm"],
  [
    "I actually liked the short training clips; two minutes each, real examples from firms like ours.",
    "",
  ],
  [
    "The videos make everything sound terrifying. Afterwards I was afraid to open attachments for a week.",
    "comm feel",
  ],
  [
    "Nobody from security ever follows up on the videos. You click through, tick the box, forget it.",
    "distance",
  ],
  [
    "I failed the quiz after the video three times. I just can't keep it all in my head.",
    "blame:self",
  ],
  [
    "(IT) We send the training link and half of them skip straight to the quiz. Then they wonder why they get caught.",
    "blame:emp",
  ],
  ["The video was made by people who've never stood behind a pharmacy counter.", "conflict"],
  [
    "Training videos had to be done in our own time. That says everything about how much they value us.",
    "power",
  ],
  ["I leave the video playing in a tab and get on with my work. Nobody checks.", "distance"],
  ["The presenter in the video kept saying 'don't be the weak link'. Charming.", "blame:emp comm"],
  [
    "The video kept going on about 'threat actors' and 'attack surface'. I understood maybe one sentence in five.",
    "comm",
  ],
  [
    "Our IT man sat with the older staff and paused the video to answer questions. That helped a lot.",
    "",
  ],
  [
    "The video implies every breach is somebody in accounts being gullible. I found it a bit insulting.",
    "blame:emp feel",
  ],
  [
    "I watched the training and still feel clueless. I'm probably just too old for this.",
    "blame:self",
  ],
  [
    "Honestly, the training videos don't scare me or bore me. They're short, they're clear, and they're done.",
    "",
  ],
  ["The annual video is the only time security talks to us at all.", "distance comm"],
  [
    "(training vendor) Clients only buy our videos after they've had a breach, never before.",
    "comm",
  ],
  [
    "The quiz marked me wrong for picking 'ask IT', which is what the video told us to do. Whoever wrote it hadn't checked.",
    "blame:sec",
  ],
  [
    "They made the cleaners do the same hour-long video as the finance team. Pointless for them and nobody asked.",
    "conflict power",
  ],
  ["I didn't do the training videos. Security is IT's business, not mine.", "distance"],
  [
    "The video starts with a voice saying 'one careless click can destroy this company'. Very motivating, thanks.",
    "comm blame:emp",
  ],
  [
    "I stopped asking questions after the training because the trainer made me feel like an idiot for not knowing.",
    "feel comm distance",
  ],
  [
    "I wouldn't call the training patronising. It was pitched just right, and the trainer listened.",
    "",
  ],
  [
    "The new badge doors lock me out of the stockroom I've worked in for twelve years. I have to buzz security like a visitor.",
    "power conflict",
  ],
  [
    "Since the badge readers went in, deliveries pile up outside because drivers can't get through.",
    "conflict",
  ],
  [
    "When my badge stopped working, the guard treated me like an intruder in my own office.",
    "power",
  ],
  [
    "The badge system is fine. The facilities guy came round, handed out the cards and showed us how it works.",
    "",
  ],
  ["We prop the fire door with a bin because the badge reader on it never works.", "conflict"],
  [
    "The badge doors were installed over a weekend. Monday morning, a laminated sign. That's how they talk to us.",
    "comm",
  ],
  [
    "I forgot my badge again and had to be signed in by reception. Mortifying, and completely my fault.",
    "feel blame:self",
  ],
  [
    "Security badged every door except their own office, which is always wide open. Typical.",
    "blame:sec",
  ],
  ["Who decides which doors my badge opens? No idea. You find out when it beeps red.", "power"],
  [
    "(security) People hold the door for anyone with a friendly face. The badges are pointless if staff won't use them.",
    "blame:emp",
  ],
  [
    "The badge readers track when we come and go, and I'm not sure who's looking at that.",
    "feel power",
  ],
  [
    "I had a panic the first week when the door wouldn't open and I had a patient waiting.",
    "feel conflict",
  ],
  [
    "The contractor who fitted the badge doors wired half of them backwards. IT just shrugged.",
    "blame:sec",
  ],
  ["I ring a colleague to let me in rather than deal with the security office.", "distance"],
  [
    "They never explained the badge levels, so I still don't know why I can get into the server room but not the kitchen.",
    "comm",
  ],
  [
    "The badge doors make sense for a school. I'm glad they went in, and the head explained it at the staff meeting.",
    "",
  ],
  [
    "My badge fails about once a week and I always assume I've done something wrong with it.",
    "blame:self",
  ],
  [
    "(IT technician) I'm the badge help desk now on top of everything else, and the abuse I get when a door sticks is unbelievable.",
    "feel conflict",
  ],
  [
    "They fitted the badge doors and told nobody the cleaners would need cards too. The offices went uncleaned for a week.",
    "conflict comm",
  ],
  ["Badge in, badge out, badge to the loo. It's less an office than a prison.", "power"],
  [
    "(IT contractor) I set up MFA for a dental practice and they complained for a month. Then a phishing attempt bounced off it and they went quiet.",
    "conflict",
  ],
  [
    "(consultant) Small firms treat us like the tax inspector. We only get called when something's already broken.",
    "power comm",
  ],
  [
    "(IT) Management brought in the phone ban over our heads. We'd advised against it and nobody listened.",
    "power",
  ],
  [
    "(IT) I spent a weekend installing the badge system and got nothing but moaning on Monday.",
    "feel conflict",
  ],
  [
    "(IT admin) I'm the one people shout at when their password expires. I didn't even write the policy.",
    "feel conflict",
  ],
  [
    "(security officer) I'd love to explain the changes in person, but I cover eleven sites on my own.",
    "distance",
  ],
  [
    "(IT) The owners wanted everything locked down yesterday. Nobody ever asks what the users or we think.",
    "power",
  ],
  [
    "(IT) Once I started explaining the changes face to face, the moaning about MFA mostly stopped.",
    "",
  ],
  [
    "(security lead) Honestly, users aren't the problem. Our rules were badly designed and I take responsibility for that.",
    "blame:self",
  ],
  [
    "(IT) We rolled out USB blocking too fast and broke the label printers. That one's on us.",
    "blame:self",
  ],
  [
    "(IT support) Nine times out of ten the 'security problem' is someone who ignored the instructions.",
    "blame:emp",
  ],
  [
    "(security manager) The rules aren't there to annoy anyone; they exist because people kept doing careless things.",
    "blame:emp",
  ],
  [
    "(IT) The staff treat me like a servant who's only there to reset passwords and take the blame.",
    "power",
  ],
  ["(IT) I'm not a cop. I just want people to stop clicking, and to tell me when they do.", ""],
  [
    "(IT) When the monitoring flags something, I'd rather talk to the person than report them. The owners disagree.",
    "power",
  ],
  [
    "(security consultant) Nobody ever thanks you when the badge doors stop a burglary. They remember the day the reader jammed.",
    "feel",
  ],
  [
    "(IT) People go round me to the boss whenever a rule bothers them, and the boss usually caves.",
    "power",
  ],
  [
    "(IT) Frankly, half the office would write their PIN on their badge if we let them.",
    "blame:emp",
  ],
  [
    "(security trainer) People arrive at my sessions expecting a telling-off. Breaking that expectation takes the first twenty minutes.",
    "feel",
  ],
  [
    "(IT) I don't get the blame for the new rules; people here know the insurer demanded them, and they're pretty understanding.",
    "",
  ],
];
