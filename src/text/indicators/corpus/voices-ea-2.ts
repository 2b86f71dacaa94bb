import type { RawExample } from "./types.js";

/** Employees of small and medium firms answering the relationship survey's open questions. Written fresh for Rapport (brief EA). */
export const VOICES_EA_2: readonly RawExample[] = [
  [
    "Helpful, but I'm always nervous ringing them because I know they'll ask what I clicked.",
    "feel power",
  ],
  ["Helpful, though I always feel like I'm wasting their time.", "feel"],
  ["Making sure nobody steals the client files. We're solicitors, so that matters a lot.", ""],
  ["Setting the rules, then checking we follow them.", "power"],
  ["I genuinely don't know what they do all day. We never see them.", "distance blame:sec"],
  ["updates, antivirus, the VPN, new starters & leavers", ""],
  ["I think they monitor our emails? Nobody's ever actually said.", "power comm"],
  [
    "Protecting the code repos and the build servers, plus handling the SOC 2 questionnaires for customers.",
    "",
  ],
  ["From what I can see, sending out fake phishing emails to catch us out.", "power"],
  ["Very process-driven, which I like, you know where you stand.", ""],
  ["Top-down. They decide, we find out afterwards.", "power comm"],
  ["Honestly they seem overworked. It's two people covering sixty of us across three sites.", ""],
  ["Last-minute. The new VPN was announced the Friday before it went live.", "comm power"],
  [
    "Friendly and hands-on, they'll come down to the factory floor and look at the machine themselves.",
    "",
  ],
  ["Like auditors. They come in, tick boxes, leave.", "distance power"],
  [
    "cowboy-ish. things get fixed but nobody writes anything down and then the next guy has no clue",
    "blame:sec",
  ],
  [
    "I reported a suspicious email and was told 'just delete it, we're busy'. So next time I didn't bother reporting.",
    "comm distance",
  ],
  [
    "They blocked Dropbox overnight. Half our clients send drawings through Dropbox. I had to beg to get it back for one project.",
    "conflict power",
  ],
  [
    "My account got disabled while I was on maternity leave and it took two weeks to get back in. Nobody told me why.",
    "conflict comm",
  ],
  [
    "Being named in the all-staff email as someone who failed the phishing test. I know I messed up but there was no need for that.",
    "blame:self feel power",
  ],
  [
    "A warehouse temp plugged a cable he found in the car park into a PC, honestly, and IT went into lockdown mode for everyone for a week. I get why, but we all paid for one person being daft.",
    "blame:emp conflict",
  ],
  [
    "They accused me of installing something dodgy. Turned out it was their own update that broke it. Never got an apology.",
    "blame:sec power feel",
  ],
  [
    "The scanners at the distribution centre kept logging out every five minutes because of a 'security timeout'. Drivers were queuing out the door. IT said it was working as intended.",
    "conflict comm",
  ],
  ["They came in on a Sunday when our Wi-Fi died the day before a big fundraiser.", ""],
  ["Got a new laptop set up before my first day, everything ready. Great first impression.", ""],
  [
    "When the ransomware thing hit the practice next door, they came round and checked all our machines without being asked.",
    "",
  ],
  [
    "The one time I really needed them they were brilliant. The rest of the time I don't think about them much.",
    "",
  ],
  [
    "Kieran spent an hour with me going through my email settings and never once made me feel daft.",
    "",
  ],
  ["Hmm. I guess when they fixed my email? Nothing stands out.", ""],
  [
    "I forwarded a dodgy invoice to them fully expecting a telling-off and they thanked me. That changed how I see them.",
    "",
  ],
  ["Mostly understandable. Sometimes a bit techy.", "comm"],
  [
    "They're good at the in-person stuff. The written policies though, forget it, 30 pages of legalese.",
    "comm",
  ],
  ["Very clear. Every change comes with a short video.", ""],
  [
    "I get the words but not the why. 'Don't use USB sticks.' Okay, but our CNC machines only take USB sticks??",
    "comm conflict",
  ],
  ["Their emails all look like phishing emails themselves, which is ironic", "comm"],
  [
    "fine if you're techy. the rest of the office just deletes them unread, which I suppose is our problem",
    "comm distance blame:self",
  ],
  ["Distant. They're a voice on the phone from Leeds.", "distance"],
  ["We rely on them completely and they know it.", "power"],
  ["Good. I'd call them colleagues, not 'IT'.", ""],
  ["Tense since the audit. Everyone's a bit on edge around them now.", "feel conflict"],
  ["Like a parent and a teenager. They set curfews, we sneak out.", "power conflict"],
  ["I don't really have one. My manager deals with them.", "distance"],
  [
    "Decent. They joke about us clicking everything and we joke about them turning it off and on again.",
    "",
  ],
  ["'High maintenance', I'd bet. Which, fair.", "blame:self"],
  ["I think they'd call it good, we pay on time and don't shout at them.", ""],
  ["Probably that we ignore their emails. We do.", "distance blame:self"],
  ["They'd describe it as one-way: they tell, we ignore.", "comm distance"],
  [
    "A bit of a headache, I imagine. We're a small charity and we're forever asking them for favours we can't pay for.",
    "blame:self",
  ],
  ["Don't know, never asked them.", "distance"],
  [
    "They listen. When we said the 90-day password change was driving people mad, they dropped it.",
    "",
  ],
  ["They're local. Five minutes down the road.", ""],
  [
    "What's good? They're patient with the paralegals who, let's face it, forward every chain email going.",
    "blame:emp",
  ],
  ["Good thing is they've never lost any of our data, touch wood.", ""],
  [
    "They treat the dentists and the receptionists exactly the same, which isn't true of everyone here.",
    "",
  ],
  ["They've got a sense of humour about it all.", ""],
  [
    "We don't know who's responsible for what. Is it the outsourced lot or Dave in accounts who 'does computers'?",
    "distance",
  ],
  [
    "Everything needs a ticket, even a two-second question. So people just don't ask.",
    "conflict distance",
  ],
  ["The lectures. Every meeting they're invited to turns into a lecture about passwords.", "comm"],
  [
    "They're quick to blame us but when their backup failed it was 'a vendor issue'.",
    "blame:sec power",
  ],
  ["That we only hear from them when it's bad news.", "comm"],
  [
    "The MFA prompts. Ten times a day on the shop floor with gloves on is not practical.",
    "conflict",
  ],
  ["Bad is a strong word. Maybe they could visit more.", "distance"],
  ["They think we're the weakest link, they've literally said it in training.", "power blame:emp"],
  ["I think they respect us. They always ask before touching our machines.", ""],
  ["Honestly? Like babysitters.", "power"],
  [
    "Probably frustrated. We keep doing the things they've asked us not to, me included.",
    "blame:emp blame:self feel",
  ],
  ["They probably don't think about us much, to be fair.", "distance"],
  ["Like we're customers. Polite and a bit distant.", "distance"],
  ["They like us, I think, we're one of the few offices that actually finishes the training.", ""],
  [
    "We're a 25-person software house and the security lead decided, without consulting any of the devs, that all laptops would run a monitoring agent that logs every process. It slowed builds to a crawl. When we complained we were told we 'didn't understand the threat landscape'. Several of us now build on personal machines, which is obviously worse.",
    "conflict power comm blame:sec",
  ],
  [
    "I'd say warm. Our IT person, Anneke, has been here longer than most of the partners and knows everyone's kids' names. If she says don't open it, you don't open it.",
    "",
  ],
  [
    "What's bad is that nobody on the shop floor knows who to call. There's a number on a sticker on one of the PCs but it's half peeled off. So people ask me, I'm the supervisor, and I end up googling it myself.",
    "distance",
  ],
  ["Thorough. Annoyingly thorough sometimes, but I'd rather that.", ""],
  ["Ten out of ten, no notes.", ""],
  ["They're helpful in the sense that things do get fixed eventually.", "conflict"],
  [
    "I run a branch of an estate agency and I'd say very helpful. The lettings software is a nightmare and they know it inside out.",
    "",
  ],
  ["Useless. Sorry but they are.", "blame:sec"],
  ["Helpful, patient, never rushes you.", ""],
  ["they help but they make it clear they've got better things to do", "comm feel"],
  [
    "If I'm honest I don't ask them for help. I ask Marcus in dispatch, he's good with computers.",
    "distance",
  ],
  [
    "It's hit and miss. Good with hardware, no clue about our practice management software.",
    "blame:sec",
  ],
  ["Keep hackers out. Make sure patient data is safe. Tell us off when we mess up.", "power"],
  [
    "Cleaning up after people who open every attachment, mainly. And then lecturing the rest of us about it.",
    "blame:emp comm",
  ],
  ["Honestly I think their main job is compliance paperwork for the insurers.", ""],
];
