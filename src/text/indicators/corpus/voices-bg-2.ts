import type { RawExample } from "./types.js";

/** Hospitality and leisure staff on how IT comes across and their bad and good experiences (brief BG, part 2). */
export const VOICES_BG_2: readonly RawExample[] = [
  ["They come across as decent people who know their stuff.", ""],
  ["Bit full of themselves. They explain things like you're five.", "power comm"],
  ["Polite on email, never seen them in person.", "comm distance"],
  ["Honestly they seem a bit scared of us. They come in, mumble something, leave.", "distance"],
  ["Warm, actually. Jen always asks how the season's going.", ""],
  [
    "Like traffic wardens. Nobody's pleased to see them and they've always got their little notebook out.",
    "power feel",
  ],
  ["They come across as knowing a lot and assuming we know a lot too.", "comm"],
  [
    "Our booking system was down for the whole bank holiday Saturday and the emergency number went to voicemail.",
    "conflict",
  ],
  [
    "I clicked a dodgy link once and they made me redo the training in the staff room while everyone watched. Mortifying.",
    "feel power",
  ],
  [
    "The worst was when they changed the wifi password on the morning of a wedding and nobody told the venue team.",
    "comm conflict",
  ],
  [
    "They wiped my laptop without asking and I lost a whole season's worth of tour notes.",
    "power blame:sec",
  ],
  ["Can't think of a bad one really.", ""],
  [
    "I rang about the card machine and got a lecture about writing PINs on post-its. I hadn't.",
    "comm blame:emp",
  ],
  [
    "They accused me of giving my login to a temp. I didn't, she watched me type it. Still got a warning.",
    "power blame:emp",
  ],
  [
    "They were an hour late for a projector fault during a sold-out screening and we had to refund the lot.",
    "conflict blame:sec",
  ],
  [
    "Negative? The time the new firewall blocked the caterers' invoicing site and we couldn't pay anyone for a week.",
    "conflict",
  ],
  [
    "We had a ransomware scare and they were brilliant, but afterwards everyone got treated like a suspect.",
    "power",
  ],
  [
    "Waited four days for a new starter's login, so she worked the bar on mine. Which then got me in trouble.",
    "conflict power",
  ],
  ["Not a bad experience as such, just a fair bit of waiting around.", ""],
  [
    "They gave a talk at the staff meeting that was basically 'you lot are the risk'. Nice.",
    "blame:emp comm feel",
  ],
  ["Worst part was being told off in an email copied to the whole team.", "comm power feel"],
  [
    "A guest said the wifi was down, I logged a ticket, it got closed as 'resolved'. It wasn't.",
    "comm blame:sec",
  ],
  ["I can't remember a bad one. They've always been decent with me.", ""],
  [
    "They ignored three emails about the car park barrier and then asked why we hadn't reported it.",
    "distance conflict",
  ],
  [
    "My negative experience was mostly my own doing. I'd set the password to the name of the pub.",
    "blame:self",
  ],
  [
    "The only time I got properly cross was when they rebooted the server in the middle of lunch service.",
    "feel conflict",
  ],
  [
    "Got locked out before the early shift and couldn't clock anyone in. Nobody at IT picked up till nine.",
    "conflict",
  ],
  [
    "They put a monitoring app on our work phones and wouldn't say what it could see.",
    "power comm",
  ],
  [
    "When our Facebook page got hacked, Ali had it back in a day and talked me through it calmly.",
    "",
  ],
  [
    "They came in at six in the morning so the new tills were ready before breakfast. Above and beyond.",
    "",
  ],
  [
    "They gave the guides a card reader app but no training, so when it failed on a coach in Wales I looked a right idiot in front of forty tourists.",
    "comm feel",
  ],
  [
    "They spotted a login from abroad on my account and froze everything without a word. I found out when I couldn't open the rota, then got the third degree.",
    "power comm",
  ],
  [
    "She sat with me for half an hour and showed me the booking system properly. Nobody else ever had.",
    "",
  ],
  [
    "When my email got phished they didn't make me feel bad, they just fixed it and showed me how to spot the next one.",
    "",
  ],
  ["Positive? Hmm. They brought biscuits once.", ""],
  [
    "The new card terminals arrived with no warning and no one to show us, so we spent a Friday night taking cash and apologising.",
    "comm conflict",
  ],
  [
    "The one positive is they're honest when they've messed up. Which is often, and meanwhile the bar's on cash only.",
    "blame:sec conflict",
  ],
  ["When the alarm system went haywire at 3am they came out. At 3am. Respect.", ""],
  ["Positive experience... can't think of one off hand, to be honest.", ""],
  ["They got the photos back off the club's old laptop for the centenary book. Made my year.", ""],
  [
    "positive - fixed the projector in screen 2 in like 10 mins during the trailers, nobody in the audience noticed",
    "",
  ],
  [
    "They trained the seasonal staff on scam calls and one of the girls caught one the very next week.",
    "",
  ],
  ["They're nice people, it's just I never know who I'm supposed to ask.", "distance"],
  ["Honestly they come across like they'd rather not deal with us at all.", "distance"],
  ["Smug. That's the word.", "power"],
  [
    "Pretty straightforward with the managers. With us it's more like being told off by a head teacher.",
    "power comm",
  ],
  ["They seem helpful but I always get the sense they think we're a bit thick.", "blame:emp"],
  ["Nervous, the young one. Sweet though.", ""],
  ["On the phone they're great, in person a bit awkward.", ""],
  ["Stern. I wouldn't want to get on the wrong side of them.", "power feel"],
  [
    "Got shouted at for plugging my phone charger into the office PC. Like I was twelve.",
    "comm power",
  ],
  [
    "they wiped the bar ipad and all the cocktail specs went with it. cheers lads",
    "blame:sec feel",
  ],
  [
    "We had an audit and they made it sound like we'd been doing everything wrong for years. Maybe we had, but still.",
    "power feel",
  ],
  ["Bad experience? Not really. One slow ticket, that's it.", ""],
  [
    "There was a mix-up over who renews the website certificate. They said us, we'd never heard of it, and the site went down on our busiest weekend.",
    "conflict comm",
  ],
  [
    "They changed the door key system and half the rooms wouldn't open, with guests arriving. Stressful doesn't cover it.",
    "feel blame:sec",
  ],
  [
    "I felt properly stupid when they had to explain the same thing three times. My own fault, I wasn't listening.",
    "feel blame:self",
  ],
  [
    "They told the manager I'd been on job sites on the work computer. I hadn't, it was a pop-up.",
    "power",
  ],
  [
    "Positive? They fixed the tills on New Year's Eve. Negative? It was their update that broke them at eight that night.",
    "blame:sec conflict",
  ],
  [
    "Good experience? Not really. The move to online bookings was dumped on us over a weekend with a PDF and a 'good luck'.",
    "comm conflict",
  ],
  [
    "He remembered my name when he came back after a year. Small thing, but it meant something.",
    "",
  ],
  ["Patient. Extremely patient.", ""],
  ["They never talk down to anyone, which I can't say for the last lot.", ""],
  ["Comes across a bit robotic. Script, script, script.", "comm"],
  ["Like they're always judging how messy the office is.", "power"],
  [
    "First time I met them they made a joke about 'user error' and everyone laughed except me.",
    "blame:emp feel",
  ],
  [
    "The club's member list got emailed to the wrong person and they went quiet on us for days.",
    "comm distance",
  ],
  [
    "They wouldn't set up guest wifi for a conference because of 'policy' and the client walked.",
    "conflict",
  ],
  [
    "They kept saying it was our network, we kept saying it was theirs. Went on for a month.",
    "conflict",
  ],
  [
    "My worst moment was my own. I left the office unlocked and someone used the PC. They were decent about it.",
    "blame:self",
  ],
  [
    "They blamed the bar staff for a virus that came in through the manager's email. Never apologised either. Still sore about it.",
    "blame:emp feel",
  ],
  ["They made us sign a form saying we'd read the policy. Nobody's read the policy.", "distance"],
  ["The CCTV wasn't recording for two weeks and nobody in IT noticed till we asked.", "blame:sec"],
  [
    "Not a bad experience with them personally, more with the rules they're made to follow.",
    "conflict",
  ],
  [
    "My daughter's birthday photos were on a broken work phone and they went out of their way to save them.",
    "",
  ],
  ["When we had the phishing attack they kept us updated every hour. Clear and calm.", ""],
  [
    "They gave us a proper induction for once. A printed sheet, who to call, what to do. Lovely.",
    "",
  ],
  [
    "The best bit was when they admitted their update broke the tills and just sorted it, no excuses.",
    "",
  ],
  [
    "When the cinema website got hacked they had it back up in an evening and explained exactly what happened.",
    "",
  ],
  [
    "The good one was when they finally came out to the park in person. We'd only ever emailed before, and it made a real difference.",
    "",
  ],
  [
    "They gave the ground staff a tablet with no case and no instructions, then had a go at them when it got rained on.",
    "comm blame:emp",
  ],
  ["I wouldn't say I've had a good experience, just an absence of bad ones.", ""],
  [
    "Straight talking. Tells you if you've done something daft but doesn't make a song and dance about it.",
    "",
  ],
  ["Bit of a know-all. Nice enough, but a know-all.", "power"],
  ["They seem stressed all the time, which makes me not want to add to it.", "distance"],
  ["Quite cliquey. They stick together in the back office with the door shut.", "distance"],
  ["They're like bouncers for the computers. You can't get in without their say-so.", "power"],
  ["Reserved. Not unfriendly.", ""],
  ["When they visit it feels like an inspection.", "power feel"],
  [
    "They reset my password and then emailed the new one to my work account. Which I couldn't get into.",
    "blame:sec",
  ],
  [
    "I asked for a second screen at the box office and they sent me a form six pages long.",
    "conflict",
  ],
  [
    "They rolled out two-step login for tour guides who are halfway up a hill with no signal. Brilliant planning.",
    "conflict blame:sec",
  ],
  [
    "I sent a question and got a reply three weeks later, after I'd sorted it myself.",
    "comm distance",
  ],
  [
    "My worst was getting told off, in front of a guest, for something the previous manager had set up. Humiliating.",
    "power feel",
  ],
  [
    "They put the venue wifi password on a poster in the foyer, then told us off for sharing it.",
    "blame:sec power",
  ],
  [
    "My phone went missing with work email on it and I was terrified to tell them. They were fine in the end.",
    "feel",
  ],
  ["They put a sticker on every till with the number to call. Simple, but it helps.", ""],
  [
    "They put the bar staff on one shared tablet login so we don't have to remember ten passwords. Genius.",
    "",
  ],
  ["A good one: they came to the Christmas do and were a right laugh.", ""],
  [
    "They set up the live stream for the cup final so the away fans could watch. Brilliant job.",
    "",
  ],
  ["They fixed it. Which was nice. Took a month.", "blame:sec"],
  ["The tech side's fine, the attitude not so much. Bit superior.", "power"],
  ["Helpful, quick, and they actually say thanks when you report something.", ""],
  ["He comes across as one of us. Used to work behind a bar himself.", ""],
  ["Awkward. You can tell he'd rather be in the server cupboard.", "distance"],
  [
    "Posh. They talk to the owner like a mate and to us like furniture. Drives me mad.",
    "power feel",
  ],
  [
    "We got hit by a fake invoice and they made out it was my fault, when it came through the boss's account.",
    "blame:emp feel",
  ],
  [
    "They couldn't fix the sound system in the function room, then charged us for the call-out. Still fuming.",
    "blame:sec feel",
  ],
  [
    "Had a right row with one of them about USB sticks. I needed the DJ's playlist and he wouldn't budge.",
    "conflict",
  ],
  ["Pretty rubbish the first year, but to be fair they've improved loads since.", ""],
  [
    "They were lovely when I cried because I thought I'd deleted the whole booking diary. I hadn't.",
    "feel",
  ],
  [
    "Best experience was when they came and watched how we actually work before changing anything.",
    "",
  ],
  [
    "He once stayed till two in the morning to get the event streaming working. Never forgot that.",
    "",
  ],
  ["Positive, when they quietly fixed my mistake and didn't make a thing of it with the boss.", ""],
  ["Nothing springs to mind either way. They're just there.", ""],
  [
    "They set up the check-in kiosk in the lobby and explained it to every shift, even the night porters.",
    "",
  ],
  ["They caught a fake booking scam before the money left the account. Saved us thousands.", ""],
  [
    "They even helped when my personal Instagram got hacked, and that's not a work thing at all.",
    "",
  ],
  [
    "When the power cut took the server down they were here within the hour. Really appreciated it.",
    "",
  ],
  ["They let me sit in while they redid the network so I'd understand it. Learned loads.", ""],
  ["Not overly chatty, but they're not there to chat, are they.", ""],
  ["They came across as condescending at first but they've softened a lot.", ""],
  ["The phone manner's a bit brisk but I don't take it personally.", "comm"],
  ["The club lost the fixture list because they 'tidied up' the shared drive.", "blame:sec"],
  ["Really kind. Came in when my mum was ill to cover the setup I was meant to do.", ""],
];
