import type { RawExample } from "./types.js";
import { VOICES_CO_2 } from "./voices-co-2.js";
import { VOICES_CO_3 } from "./voices-co-3.js";
import { VOICES_CO_4 } from "./voices-co-4.js";

/** First-line support and service-desk staff on their callers: regulars, VIPs, thanks and abuse. Written fresh for Rapport (brief CO). */
const FIRST_PART: readonly RawExample[] = [
  ["Same five people ring us every single morning, I could recite their extensions.", ""],
  [
    "Margaret in accounts calls about the printer twice a week and she's an absolute gem, brings us mince pies every December.",
    "",
  ],
  [
    "Some of them will click literally anything with a link in it and then ring us in a panic.",
    "blame:emp",
  ],
  [
    "The warehouse never calls. We only hear something's broken when their manager kicks off about it weeks later.",
    "distance comm",
  ],
  [
    "Directors don't log tickets, they just appear at my desk and expect me to drop everything.",
    "power conflict",
  ],
  ["I genuinely dread the phone going after four on a Friday.", "feel"],
  ["called a useless idiot twice today. before lunch.", "conflict feel"],
  [
    "If a phishing mail gets through it's us that get hauled in, never the person who typed their password into it.",
    "feel power blame:emp",
  ],
  [
    "Half my calls are 'it's not working' and nothing else, no error, no which system, nothing.",
    "comm blame:emp",
  ],
  ["Had a woman ring back just to say thanks for sorting her email. Made my week.", ""],
  [
    "The Leeds office probably can't stand us and that's partly on me, I was really short with them during the migration.",
    "blame:self conflict",
  ],
  ["To most of the building we're just the people who say no.", "conflict"],
  [
    "We send maintenance notices days ahead, nobody reads them, then they ring up fuming when it goes down.",
    "distance conflict blame:emp",
  ],
  ["Most callers are patient and polite, to be fair to them.", ""],
  ["The finance director's PA rings on his behalf and somehow his ticket is always P1.", "power"],
  [
    "I've stopped asking people to log a ticket because they just hang up on me.",
    "distance conflict",
  ],
  ["You can practically hear them rolling their eyes when you ask them to restart it.", "conflict"],
  ["Some days I feel like a butler with a headset.", "power feel"],
  [
    "We used to get screamed at weekly, since the self-service portal went in it's been pretty calm.",
    "",
  ],
  ["I'm scared to close a ticket in case it comes back and it's my name on it.", "feel"],
  ["The sales team are a good bunch, they explain properly and always say cheers.", ""],
  [
    "There's one guy in legal who emails in all caps and cc's my manager every time.",
    "conflict power comm",
  ],
  ["Nobody tells us about new starters until they're sat there with no login.", "comm distance"],
  ["Users are the weakest link, we all know it, we just can't say it on the phone.", "blame:emp"],
  [
    "I'll be honest, sometimes I use jargon on purpose just to end the call quicker.",
    "blame:self comm",
  ],
  ["Our regulars know my name and I know their kids' names, it's nice.", ""],
  [
    "Second line sit on escalations for a week and I'm the one who gets shouted at for it.",
    "blame:sec feel conflict",
  ],
  [
    "The accounts team never call, they just put up with it. Found one PC that had been blue-screening since March.",
    "distance",
  ],
  ["Managers ringing up with 'do you know who I am' is a weekly thing.", "power conflict"],
  [
    "When it goes wrong the first question from above is always which of us touched it.",
    "feel power",
  ],
  ["Couple of grumpy calls a week, nothing I can't handle.", ""],
  [
    "I feel thick when the engineers explain what actually broke, so I just read it out to the user word for word.",
    "comm feel",
  ],
  [
    "The new security rules mean I tell people no about twenty times a day and they take it out on me.",
    "conflict blame:sec feel",
  ],
  ["The MD logs tickets like everyone else, which sets a good example for the rest.", ""],
  ["Priority goes on impact, not job title. Mostly.", ""],
  ["The ones who never call worry me more than the ones who call every day.", "distance feel"],
  [
    "He swore at me, then asked for my name so he could complain. I just sat there shaking.",
    "conflict feel power",
  ],
  ["We get a thank-you card from the nursery staff every summer.", ""],
  [
    "I reset the wrong user's MFA and she was locked out for a whole day because of me.",
    "blame:self feel",
  ],
  ["They think we're sitting around playing games all day.", "conflict"],
  [
    "People just don't read error messages. They screenshot them and send them over without reading a word.",
    "blame:emp",
  ],
  ["Our own security team never explains the why, so I can't explain it either.", "comm blame:sec"],
  [
    "Can't remember the last time anyone rang just to ask advice. It's only ever when something's on fire.",
    "comm distance",
  ],
  [
    "nice bloke from logistics always starts with 'no rush mate' which makes a massive difference",
    "",
  ],
  ["we're invisible until the wifi drops", "comm distance"],
  [
    "Partners here treat the service desk like a personal concierge, home printers included.",
    "power",
  ],
  [
    "The director jumped the queue again and three people waiting on payroll access had to wait longer.",
    "power conflict",
  ],
  [
    "Walk rounds every Tuesday, people grab us for the little stuff they'd never bother logging.",
    "",
  ],
  ["I shouldn't say it but I'm terrified of the CEO's assistant.", "feel power"],
  ["Tickets that just say 'urgent!!!!' and nothing else.", "comm blame:emp"],
  [
    "Honestly we're probably half the problem, our knowledge base is years out of date.",
    "blame:sec",
  ],
  ["They never report the weird emails, they just delete them and carry on.", "distance blame:emp"],
  [
    "I don't mind the regulars at all, the repeat calls are usually our fault for not fixing it properly first time.",
    "blame:sec",
  ],
  [
    "One woman rang in tears because she thought she'd broken the whole network. She hadn't.",
    "feel",
  ],
  ["A good chunk of our users are genuinely great, clear, patient, grateful.", ""],
  [
    "After the ransomware scare everyone was scared to ring us in case they got in trouble.",
    "feel distance",
  ],
  [
    "The shouting's not the worst bit, it's the silence when they just stop bothering to call.",
    "distance feel",
  ],
  ["I can't push back on a partner, I'd be gone by Friday.", "power feel"],
  ["Some people speak to us like we're the furniture.", "power"],
  [
    "Most complaints land on the desk even though we don't set a single one of the policies.",
    "power conflict",
  ],
  ["Password resets take about two minutes once we've verified the caller.", ""],
  ["Phone lines open 8 till 6, after that it goes through to on-call.", ""],
  ["I'm never blamed when stuff goes wrong here, my team lead always backs us.", ""],
  [
    "The site managers don't trust us and I don't blame them, we've let them down a lot.",
    "blame:sec conflict",
  ],
  ["User rang 14 times in one day. Fourteen.", "feel"],
  ["Honestly the thank-yous keep me going.", ""],
  ["They assume we can see their screen through the phone.", "conflict blame:emp"],
  [
    "I missed the bit in the ticket about it being the payroll server and it cost them a day, that one's on me.",
    "blame:self",
  ],
  ["Nobody outside IT has a clue what we actually do all day.", "distance"],
  [
    "The engineers write their fix notes in pure gobbledegook and then I have to translate it for the caller.",
    "comm",
  ],
  ["Some of them are lovely on the phone and then slate us in the staff survey.", "conflict feel"],
  ["Whenever there's an outage I get this knot in my stomach waiting for the first call.", "feel"],
  [
    "Used to be dreadful with the estates team, they'd shout at whoever answered, but since we started a monthly catch-up it's really friendly.",
    "",
  ],
  [
    "Most people don't ring, they ask Dave from sales who 'knows computers' and then we fix whatever Dave did.",
    "distance blame:emp",
  ],
  ["Head of ops rings my personal mobile directly, even when I'm on leave.", "power conflict"],
  ["I'm just a name on an email signature to most of them.", "distance"],
  ["I keep it simple on the phone, no acronyms, and people seem to appreciate that.", ""],
  [
    "If I escalate I look useless, if I don't and it goes wrong I'm blamed. Can't win.",
    "feel power",
  ],
  [
    "The sheer number of people with their password on a sticky note under the keyboard.",
    "blame:emp",
  ],
  [
    "One of the regulars sends me a little 'sorted, thanks!' every time. Small thing, means a lot.",
    "",
  ],
  [
    "Security makes the rules upstairs and we take the flak downstairs.",
    "power blame:sec conflict",
  ],
  ["Got told I was 'just the helpdesk' when I asked for the asset tag.", "power"],
  [
    "They call in, I ask one question, and they go 'I don't know, you're the IT person'.",
    "conflict",
  ],
  [
    "I hate saying no to people, so I've definitely bent rules I shouldn't have.",
    "blame:self feel",
  ],
  ["Customer service floor are brilliant to deal with, they log everything properly.", ""],
  ["Everything's urgent when it's a manager.", "power"],
  ["We had a lad in marketing who'd reinstall stuff himself rather than ask us.", "distance"],
  [
    "We never see the people we support, it's all phone and tickets, I couldn't pick most of them out of a line-up.",
    "distance comm",
  ],
  ["a thank you email from the office manager, cc'd my boss. nice touch", ""],
  [
    "the abuse on the phone is worse since everyone went hybrid, people are braver when they can't see you",
    "conflict feel",
  ],
  [
    "I'll admit I panicked and gave her the wrong advice, she lost an afternoon of work over it.",
    "blame:self",
  ],
  [
    "They never listen to what I actually say, they hear 'restart' and switch off.",
    "comm conflict",
  ],
  [
    "Half the tickets get closed with 'never mind, sorted it myself', no idea what they did.",
    "distance",
  ],
  ["Pressure to close calls fast means I rush people and they can tell.", "power feel"],
  ["I wouldn't say there's any friction really, the regulars are a laugh.", ""],
  [
    "Our escalation process is a black hole, I tell callers 'someone will be in touch' and I don't believe it myself.",
    "blame:sec comm",
  ],
  [
    "Ask the partners to verify their identity and they act like you've accused them of fraud.",
    "conflict power",
  ],
  ["There's a few who are rude but I'd say 95 percent are fine.", ""],
  [
    "Nobody ever tells us when they're leaving, so accounts just sit there live for months.",
    "distance blame:emp",
  ],
  ["I'm scared that one day I'll be the one who let an attacker in with a password reset.", "feel"],
  ["Callers get more patient when you talk them through what you're doing. Lesson learned.", ""],
  ["They expect answers in seconds but don't tell you anything useful.", "conflict comm"],
  [
    "He wanted admin rights 'because I'm a director' and got properly nasty when I said no.",
    "power conflict",
  ],
  ["Our team's never in the office party photos, we're down in the basement.", "distance"],
  [
    "You do fifty good calls and the one bad one is what gets mentioned in your review.",
    "feel power",
  ],
  ["If a call goes badly I replay it all evening and beat myself up about it.", "feel blame:self"],
  [
    "Old boss used to blame us for every outage, new one actually looks into it first. Much better.",
    "",
  ],
  [
    "Users forward the phishing test to all their colleagues asking if it's real. Every single time.",
    "blame:emp",
  ],
  [
    "I don't really know the people in the other building at all. Never been over there.",
    "distance",
  ],
  ["Tried a 'coffee with IT' morning once. Three people came, two of them were IT.", "distance"],
  ["I can fix the problem but I can't fix how rude some of them are.", "conflict"],
  [
    "Being on the desk is basically apologising all day for decisions I didn't make.",
    "power feel blame:sec",
  ],
  ["honestly cant fault the people in payroll, patient as anything even at month end", ""],
  ["A caller told me my accent made it hard to trust what I was saying.", "power feel conflict"],
  [
    "We're told to be 'customer facing' but the only face they see is an auto-reply.",
    "comm distance blame:sec",
  ],
  ["The regulars aren't a nuisance, they're basically our unofficial testers.", ""],
  [
    "I blanked on a simple question while the MD was on the line and I still cringe.",
    "blame:self feel power",
  ],
  ["Nobody in the studio rings, they just tweet about how bad the wifi is.", "distance conflict"],
  ["No real issues with the callers, the problems are all kit.", ""],
  ["If something's wrong, it's IT. If it works, it's nothing.", "comm feel"],
  ["Our callers at the primary school are the nicest people I've ever supported.", ""],
  ["It's never been a 'them and us' thing here, we sit right next to the admin team.", ""],
  [
    "I picked the wrong priority on a server ticket and it sat there overnight. Totally my mistake.",
    "blame:self",
  ],
  ["Our team never follows up, we fix the symptom and move on.", "blame:sec"],
  ["The only time the floor managers email us is to forward a complaint.", "comm"],
];

export const VOICES_CO: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CO_2,
  ...VOICES_CO_3,
  ...VOICES_CO_4,
];
