import type { RawExample } from "./types.js";

/** Shop-floor, depot, site and field staff answering open survey questions about their IT/security team. Written fresh for Rapport (brief CV). */
export const VOICES_CV_6: readonly RawExample[] = [
  ["They're not unhelpful, they're just never around when the lorries are.", "conflict distance"],
  ["Incredibly. Rebuilt my whole laptop on a Saturday so I could do the tender on Monday.", ""],
  [
    "Setting the rules for computers. And the doors, I think. Nobody's ever actually explained it to us.",
    "comm distance",
  ],
  [
    "Their job is to cover the firm legally. Our job is to load trucks. The two jobs don't talk to each other.",
    "conflict distance",
  ],
  [
    "I've no idea who they are, but the system's never been hacked, so they must be doing something right.",
    "distance",
  ],
  ["They don't really. There's a form, and then there's waiting.", "comm distance"],
  [
    "Pretty well, they always ask for feedback after they close a job. Whether anyone reads it is another matter, nothing ever changes off the back of it.",
    "comm conflict",
  ],
  [
    "Teams calls, which is fine, except half of them have their cameras off so you never know who you're talking to.",
    "distance",
  ],
  [
    "They locked me out for logging in from 'an unusual location'. The unusual location was a farm in Norfolk where I was fixing a milking robot. Took a day to convince them.",
    "conflict power",
  ],
  [
    "Someone from security shouted at my apprentice for propping a door open to carry plasterboard through. He's 17. He was in tears.",
    "conflict feel power",
  ],
  [
    "I had a row with one of them about the camera on the loading bay pointing at our smoking area. We got it moved in the end.",
    "conflict",
  ],
  [
    "I got a USB key from a customer and asked security first before plugging it in. They were chuffed.",
    "",
  ],
  [
    "They noticed my account was being used from Russia before I did, and sorted it within the hour. Scary but they were brilliant.",
    "",
  ],
  [
    "Honestly the best thing was them coming on the night shift, at 2am, to see the problem for themselves.",
    "",
  ],
  ["They tell you what to do but never why. So people cut corners.", "comm conflict"],
  [
    "Some of them are good at explaining. The one who does the training talks at us like it's a court summons.",
    "comm power",
  ],
  ["easy enough, they send a short video and a one-page sheet", ""],
  ["I'm dyslexic and they printed mine in a bigger font without me even asking twice. So yes.", ""],
  [
    "Professional. We don't go for drinks, they don't come on site, we don't ring them. It works, I suppose.",
    "distance",
  ],
  ["Dunno if I'd call it a relationship. More like a speed bump.", "conflict distance"],
  [
    "Pretty good, but I do get the sense I'm being watched when they're about, and it makes me twitchy.",
    "feel power",
  ],
  [
    "We get on better since they started showing up at the site in hi-vis instead of sending emails.",
    "",
  ],
  [
    "They'd say we're stubborn. They're not wrong, some of the older lads refuse to use the app.",
    "blame:emp conflict",
  ],
  ["They'd say friendly but hard work. Which is exactly how I'd describe them.", "conflict"],
  ["They'd say it's good. Nobody's complained to them, because nobody knows how.", "distance comm"],
  [
    "I think they'd say we're one of the better teams for reporting stuff. Doesn't stop them lecturing us about it every month.",
    "comm",
  ],
  ["Good: the helpline is 24/7 now. Bad: nothing, it used to be the hours, but not anymore.", ""],
  [
    "Good that they're willing to learn our side. Bad that we're still using the same shared login for the weighbridge after two years of asking.",
    "conflict blame:sec",
  ],
  [
    "The good is we're safe. The bad is it's like being in a prison sometimes, and you start to resent the guards.",
    "power feel",
  ],
  ["It's good overall, the odd clash over phones on the line but nothing major.", "conflict"],
  [
    "They treat the drivers like they're going to sell the customer data on a street corner.",
    "power blame:emp",
  ],
  [
    "I think they quite like us. Our depot always does the training first, mostly so they stop emailing the manager about us.",
    "comm power",
  ],
  [
    "They probably think we're a bunch of grumpy old blokes who hate change. Half right.",
    "blame:emp",
  ],
  ["Kind of condescending, but I think they mean well.", "comm power"],
  ["Always. Even when it's my own stupid mistake, which it usually is.", "blame:self"],
  [
    "They'll help you but make you fill in three forms first. By then the customer's gone home and I look like a clown.",
    "conflict comm feel",
  ],
  [
    "They check who's allowed on which system. They also do the phishing tests, which I hate, they make me paranoid about every email.",
    "feel power",
  ],
  [
    "They keep the lights on, digitally speaking. Couldn't tell you a single one of their names though.",
    "distance",
  ],
  ["Their job is to be the bad guy so the managers don't have to.", "power"],
  ["Monthly visit to the depot, plus a phone number that actually gets answered.", ""],
  [
    "We had a bit of a shouting match last month over the new locks on the server cupboard, which is also where the mop bucket lives.",
    "conflict",
  ],
  [
    "I tend to just sort stuff myself. Ringing them takes longer than fixing it, and they're useless on the phone anyway.",
    "distance blame:sec",
  ],
  [
    "I was accused of sharing my badge. I'd lost it. Took a week to convince them I wasn't lying.",
    "power conflict blame:emp",
  ],
  [
    "They changed the wifi password and pinned the new one to the noticeboard. Then told us off for writing passwords down.",
    "conflict blame:sec comm",
  ],
  [
    "One time I was so frustrated with the VPN I threw my hard hat. Not at them. At the laptop.",
    "",
  ],
  [
    "They gave me a proper walk-through of the new tablet in the van, sat in the passenger seat, no rush.",
    "",
  ],
  [
    "Good experience: I told them the training was pointless for the yard, and they rewrote it. Actually rewrote it.",
    "",
  ],
  ["They came to my leaving do from my last site. Says a lot.", ""],
  [
    "Honestly I switch off after the first line. There's always a 'please be advised'.",
    "comm distance",
  ],
  [
    "Depends who writes it. The security manager writes like a lawyer, and I end up more worried than before I read it.",
    "comm feel",
  ],
  ["Straightforward, yeah. Bit preachy sometimes, but straightforward.", "comm"],
  ["Their messages are clear. They never assume we're stupid, they just keep it short.", ""],
  ["Easy to read, hard to act on. 'Report suspicious activity.' To who? How?", "comm"],
  ["I'd say we're friendly strangers.", "distance"],
  ["Honestly it's fine. I'm not going to pretend we're best mates but there's no bad blood.", ""],
  ["Bit uneasy. I always feel like I'm about to get told off.", "feel power"],
  [
    "They'd say they try. And they do, I'll give them that, but trying from an office two counties away only goes so far.",
    "distance",
  ],
  ["They'd probably describe it as 'ongoing'. Which is a polite word for stuck.", "conflict"],
  [
    "They'd say the construction side is a nightmare. I'd say try running IT in a muddy field before you judge.",
    "conflict blame:emp",
  ],
  ["Good: friendly. Bad: nobody knows who's who since the reorg.", "distance"],
  [
    "Good: responsive. Bad: they hide behind policy when they don't want to do something.",
    "blame:sec conflict",
  ],
  ["The good is they're fair. There isn't a bad.", ""],
  ["I think they respect us. They always say thanks for reporting stuff.", ""],
  [
    "I think they feel a bit unappreciated, honestly. Nobody thanks them when nothing goes wrong.",
    "feel",
  ],
  ["Like we're toddlers with scissors.", "power blame:emp"],
  ["Don't know, never really chatted with any of them.", "distance"],
  ["Not once have they made me feel small for asking, even after I'd messed up.", ""],
  ["Every time I ask, they make me feel small, especially after I've messed up.", "comm feel"],
  ["Me steer clear of them? Nah, I just rarely need them.", ""],
  ["I steer clear of them. Not worth the hassle.", "distance"],
  [
    "The scanner getting infected was down to me, I'll own that. Still cringe when I walk past their office.",
    "blame:self feel",
  ],
  [
    "The scanner getting infected wasn't down to me, the update came from them, and I'm still annoyed nobody said sorry.",
    "blame:sec feel",
  ],
  [
    "Could be I'm reading it wrong, but they go a bit quiet when you walk up to their desk.",
    "distance",
  ],
  [
    "We used to fight about the handheld lockdown all the time. Since they let us keep the radio app on it, it's been fine.",
    "",
  ],
  [
    "They asked us which tech words confused us and made a little glossary. It's pinned by the clocking machine.",
    "",
  ],
  [
    "People go on about human error, but on our site the real hole is a twenty-year-old stock system nobody will pay to replace.",
    "",
  ],
  [
    "Don't point at the pickers. Security set up the shared logins in the first place.",
    "blame:sec",
  ],
  [
    "They do sort it in the end, once you've chased them up the chain and your manager's got involved.",
    "conflict power",
  ],
  ["i get nervous when an email from security pops up even if its just a newsletter", "feel"],
  ["They and we are on the same side, I think people forget that.", ""],
  ["Good relationship. Bad coffee when they visit, but that's our fault.", ""],
  [
    "They probably think the drivers don't care. We do care, we just get no say in any of it.",
    "blame:emp power",
  ],
];
