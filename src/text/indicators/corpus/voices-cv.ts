import type { RawExample } from "./types.js";
import { VOICES_CV_2 } from "./voices-cv-2.js";
import { VOICES_CV_3 } from "./voices-cv-3.js";
import { VOICES_CV_4 } from "./voices-cv-4.js";
import { VOICES_CV_5 } from "./voices-cv-5.js";
import { VOICES_CV_6 } from "./voices-cv-6.js";

/** Shop-floor, depot, site and field staff answering open survey questions about their IT/security team. Written fresh for Rapport (brief CV). */
const FIRST_PART: readonly RawExample[] = [
  ["Yeah they're helpful. Fixed my scanner gun in ten minutes.", ""],
  [
    "helpful enough when you can actually get hold of them, which on nights is never",
    "conflict distance",
  ],
  [
    "Honestly? Not really. Every time I ask for something the answer is no and a link to a policy.",
    "conflict comm blame:sec",
  ],
  [
    "Keep the hackers out and the systems running I guess. Not that they'd explain it to the likes of us.",
    "comm power",
  ],
  [
    "Their job is to stop us doing things, as far as I can tell from the loading dock.",
    "conflict blame:sec",
  ],
  ["no idea what they do all day tbh, never met one", "distance"],
  ["Mostly through the ticket portal. You put it in and wait. And wait.", "comm conflict"],
  [
    "Darren from IT comes round the site office every other Tuesday and asks if anything's bugging us. Good system.",
    "",
  ],
  [
    "They don't really work with us, they work on us. Rules come down, we follow them.",
    "power comm",
  ],
  [
    "Got locked out of the route planner at 5am because my password expired, nobody answered the phone till 8. Three trucks sat in the yard.",
    "conflict",
  ],
  [
    "I clicked a test phishing email and got enrolled in a training like I was in detention. Felt about two inches tall.",
    "feel power",
  ],
  [
    "the worst was when they wiped my tablet in the field without telling me. lost a whole days inspection photos",
    "conflict comm power",
  ],
  [
    "When our CNC controller got hit with that ransomware thing, the security lady stayed til midnight with us. Couldn't fault her.",
    "",
  ],
  [
    "Good one: a guy walked me through setting up the authenticator app on my phone, slow and patient, no eye rolling.",
    "",
  ],
  [
    "can't think of a good one. cant think of a bad one either, we just dont deal with them",
    "distance",
  ],
  ["Half of it goes over my head. Endpoint this, MFA that.", "comm"],
  ["Yes, they put it in plain English now. Used to be all acronyms.", ""],
  ["The emails are long and I dont read them, sorry", "comm distance"],
  ["Fine. Professional. We don't need each other much.", "distance"],
  ["Like a driver and a speed camera.", "power conflict"],
  ["Pretty good actually, I'd have a pint with most of them.", ""],
  [
    "They'd probably say we're a headache. Fair enough, some of the lads leave passwords on post-its on the forklift.",
    "blame:emp",
  ],
  ["They'd say it's fine, because they never hear from us.", "distance"],
  ["Probably as 'users'. That's about it, we're numbers on a screen to them.", "distance power"],
  [
    "Good: they're quick on the phone. Bad: the phone is only manned 9 to 5 and we run three shifts.",
    "conflict",
  ],
  ["good thing is they leave us alone. bad thing is they leave us alone", "distance"],
  [
    "Good that they take it seriously. Bad that they treat every warehouse picker like a potential thief.",
    "power",
  ],
  ["I think they like us fine, they're always friendly in the canteen.", ""],
  [
    "They think we're idiots who'd open an attachment from a prince in Nigeria. Maybe some of us are.",
    "blame:emp",
  ],
  [
    "Probably a bit fed up with us if I'm honest, we call them for everything including the printer.",
    "feel blame:emp",
  ],
  [
    "Yes very helpful, specially Marek, he speaks Polish too so the night crew can ask him things.",
    "",
  ],
  [
    "They help if it's on their list. Anything on site, like the gate cameras, is 'not our area' and we get bounced around.",
    "conflict blame:sec",
  ],
  ["helpfull yes", ""],
  [
    "I suppose they're meant to protect the company data. Not sure what data a welder has though, and nobody's ever bothered to tell us.",
    "comm distance",
  ],
  ["To make our life harder and tick boxes for the auditors.", "conflict blame:sec"],
  [
    "They look after the network, firewalls, all that. And they do the training videos we have to watch each year, same video, same smug voice-over.",
    "comm power",
  ],
  ["They send a mass email, we ignore it, they send a sterner one.", "comm distance"],
  ["Well they don't, really. The site manager deals with them, we just get told.", "distance"],
  [
    "We have a WhatsApp group with the IT guy for the depot, super handy, he answers within the hour most days.",
    "",
  ],
  [
    "I'd rather restart the handheld five times than call them. The last time they made me feel thick for asking.",
    "distance feel comm",
  ],
  [
    "Bad experience was my own doing, I plugged a USB stick I found in the car park into the office PC. They were decent about it.",
    "blame:self",
  ],
  [
    "They confiscated my phone charger cable at the gate because of 'data risk'. A charger cable!",
    "conflict power",
  ],
  [
    "the time the whole wms went down and they had it back in 40 min, and kept us posted every 10. proper job",
    "",
  ],
  [
    "Good experience, one of the analysts came out to the quarry to see how we actually use the tablets. Asked loads of questions, took notes.",
    "",
  ],
  [
    "Sometimes. When they write the instructions themselves it's clear, when it comes from head office it's gobbledygook.",
    "comm",
  ],
  [
    "no. i asked what 'conditional access' meant and got a 4 paragraph reply with more words i dont know",
    "comm",
  ],
  [
    "Clear as day. Short steps with pictures, which helps for the lads whose English isn't great.",
    "",
  ],
  ["Us and them, a bit. They sit in the glass office, we're on the shop floor.", "distance"],
  ["Good. They know me by name and I know them.", ""],
  [
    "It's like having a landlord. You only hear from him when the rent's due or something's broken.",
    "comm distance",
  ],
  [
    "They'd say we're hard work. We'd say the same about them, so at least it's mutual.",
    "conflict",
  ],
  [
    "I reckon they'd call it good. They're always saying the depot's one of the better sites. Shame they only ever say it in the quarterly newsletter.",
    "comm distance",
  ],
  ["They'd probably say we don't listen. And we don't, not really.", "conflict blame:emp"],
  [
    "Good bit: the new badge system works. Bad bit: nobody asked us where the readers should go, so one is behind a pallet rack.",
    "conflict power",
  ],
  ["Nothing bad really. Maybe they could come out to site a bit more.", "distance"],
  ["Good: they're fair. Bad: slow. Like, really slow.", "conflict blame:sec"],
  ["I think they feel sorry for us having to work on 15 year old terminals.", ""],
  ["Dunno how they feel. Never asked. Never really talked to one.", "distance"],
  [
    "They think we're a security risk on legs. You can see it in how they write the emails, all warnings and capital letters.",
    "blame:emp comm power",
  ],
  ["Respect, I think. They know the floor is where the money's made.", ""],
  ["Super helpful. I'm 58 and not techy and they never made me feel daft.", ""],
  ["they r ok", ""],
  ["Helpful to the office people. Us drivers are an afterthought.", "distance"],
  ["Gatekeepers. Everything has to go through them and they decide if you get it.", "power"],
  ["Honestly I thought IT and security were the same people until this survey.", "distance"],
  [
    "They stop us getting hacked, fair play. I just wish they didn't treat every one of us like we're the hacker.",
    "power blame:emp",
  ],
  [
    "We email, they reply, usually with a link to the intranet instead of an answer. Gets on my wick.",
    "comm feel",
  ],
  [
    "Always at arm's length. You fill out the form, the form goes into the void, something happens eventually.",
    "comm distance power",
  ],
  [
    "They came and sat in on our toolbox talk on a Monday morning, explained the phishing stuff in five minutes flat, everyone got it.",
    "",
  ],
  [
    "Got a call from security asking why I logged in from Spain. I was in Spain, on holiday, checking the rota. Felt like being interrogated.",
    "power",
  ],
  [
    "My bad experience was me forgetting my password four times in one week. They were patient, the problem was between the chair and the keyboard, i.e. me.",
    "blame:self",
  ],
  [
    "I once shouted at one of them down the phone. Wasn't his fault, the payroll system was down and I was stressed. Apologised after.",
    "conflict feel blame:self",
  ],
  [
    "Lad from security spotted a dodgy invoice email I nearly paid and rang me straight away. Saved us 12 grand.",
    "",
  ],
  [
    "They set up the tablets for the new fitters so they were ready day one. Never had that before.",
    "",
  ],
  ["Got a thank-you email from them for reporting a phish. Small thing but nice.", ""],
  [
    "Not easy. The password rules changed three times this year and each time the email made it sound like we'd done something wrong.",
    "comm blame:emp",
  ],
  ["its ok if you read it twice", ""],
  ["They use words like 'exfiltration' in a memo to forklift drivers. Come on.", "comm"],
  [
    "we get on. i make them a brew when they come to the yard, which is about twice a year",
    "distance",
  ],
  ["Bit like school. They're the teachers with the red pen.", "power"],
  ["There isn't one really. I couldn't pick them out of a line-up.", "distance"],
  ["They'd say 'the warehouse keeps breaking things'. Which, to be fair, we do.", "blame:emp"],
  ["Same as me I hope, that it's easygoing.", ""],
];

export const VOICES_CV: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CV_2,
  ...VOICES_CV_3,
  ...VOICES_CV_4,
  ...VOICES_CV_5,
  ...VOICES_CV_6,
];
