import type { RawExample } from "./types.js";
import { VOICES_BW_2 } from "./voices-bw-2.js";
import { VOICES_BW_3 } from "./voices-bw-3.js";
import { VOICES_BW_4 } from "./voices-bw-4.js";
import { VOICES_BW_5 } from "./voices-bw-5.js";

/** GP surgery and mixed primary-care staff (receptionists, nurses, practice managers) on IT and security. Written fresh for Rapport (brief BW). */
const FIRST_PART: readonly RawExample[] = [
  [
    "We all log onto the reception PC as 'reception1' because the individual logins kept timing out and patients were queuing out the door.",
    "conflict",
  ],
  [
    "Our practice manager does the computers as well as the rotas, and honestly she's brilliant at both.",
    "",
  ],
  [
    "The IT company only ever emails us when someone's left a smartcard in overnight, and it's always a telling-off.",
    "comm",
  ],
  [
    "i dont report the slow clinical system anymore, they never fix anything anyway",
    "distance blame:sec",
  ],
  [
    "Screens lock after two minutes. Try doing a dressing and coming back to type notes with gloves on.",
    "conflict feel",
  ],
  ["Honestly I'm terrified of clicking the wrong thing and wiping someone's records.", "feel"],
  [
    "I'm hopeless with computers, half the lockouts at our branch are down to me forgetting my password.",
    "blame:self",
  ],
  ["The support desk talk in acronyms. EMIS this, N3 that, HSCN, DSPT... I just nod.", "comm"],
  [
    "Our IT supplier decided to move us onto a new system over a bank holiday without asking a single nurse.",
    "power",
  ],
  ["They're lovely on the phone and always explain things in plain English.", ""],
  [
    "Care staff will click anything that says 'urgent' on it, that's just the reality in this sector.",
    "blame:emp",
  ],
  [
    "The tablets for care notes freeze mid-shift and the helpline is a voicemail.",
    "blame:sec distance",
  ],
  [
    "Practice manager has the admin password and treats it like the crown jewels, we have to ask her to install a printer driver.",
    "power",
  ],
  [
    "We had a cyber training session on Teams last spring and a follow-up in person, which was useful.",
    "",
  ],
  ["Data protection training is every year, ticks the box, fine.", ""],
  [
    "I'm made to feel like a nuisance every time I ring them, they sigh before I've even said what's wrong.",
    "feel power",
  ],
  [
    "Vets' software went down during a surgery list and the supplier's answer was 'have you tried restarting'.",
    "blame:sec comm",
  ],
  [
    "Used to be a nightmare getting hold of anyone, but since we changed provider they pick up within a few rings.",
    "",
  ],
  ["If the system locks me out I just use the other nurse's card, she doesn't mind.", "conflict"],
  [
    "My fault really, I wrote the password on a post-it under the keyboard and got caught in the audit.",
    "blame:self",
  ],
  ["The dispensary staff never lock their screens, it drives me mad.", "blame:emp feel"],
  ["IT sent a policy document, fourteen pages, no summary, sign and return by Friday.", "comm"],
  ["Nobody from the IT firm has ever actually been in the building.", "distance comm"],
  [
    "Honestly it's my own doing, I never read the IT emails and then wonder why things have changed.",
    "blame:self distance",
  ],
  ["They make you look thick for asking how to attach a file.", "feel power"],
  ["The new two-factor thing is a pain but I get why we need it with patient data.", ""],
  [
    "Receptionists are the ones who get phished, every single time, because they open everything.",
    "blame:emp",
  ],
  ["i keep breaking the appointment screen somehow, they must be sick of me", "blame:self feel"],
  [
    "We get told off for sharing logins but there are 6 of us and 3 computers, what do they expect",
    "conflict blame:sec",
  ],
  [
    "Everything goes through the practice manager and she goes through the IT company, so by the time anything gets fixed it's a week later.",
    "distance",
  ],
  ["The IT guy comes in on a Tuesday, has a coffee with us, really easy to talk to.", ""],
  [
    "Clinical system updates happen overnight and we find out the next morning when buttons have moved.",
    "comm power",
  ],
  [
    "Frankly the security rules were written by someone who's never worked a care shift.",
    "conflict blame:sec",
  ],
  [
    "I'd rather muddle through than ring the helpdesk and be put on hold for forty minutes.",
    "distance conflict",
  ],
  [
    "Was anxious about pop-ups after the ransomware scare but the IT team ran a session and I'm much calmer now.",
    "",
  ],
  ["We're just the girls on the front desk to them.", "power"],
  ["Smartcard reader broke, rang them, new one next day. Can't complain.", ""],
  [
    "I admit I'm the one who clicked the fake DHL email last year, still embarrassed about it.",
    "blame:self feel",
  ],
  [
    "The owner's nephew does our IT. He's nice but you can't exactly tell him he's got it wrong.",
    "power",
  ],
  [
    "They point the finger at us for everything: slow network, lost scans, a printer jam. Never their setup.",
    "conflict blame:sec",
  ],
  [
    "Some of the older GPs still share one login for the whole morning surgery and frankly they're the risk, not us.",
    "blame:emp",
  ],
  ["Locked screen policy is fine, you just tap your card.", ""],
  [
    "Got an email saying my account was 'non-compliant' and nothing else. Non-compliant with what??",
    "comm feel",
  ],
  [
    "When the webcam stopped working for video consults I rang IT and it was fixed before my next patient.",
    "",
  ],
  [
    "Pharmacy head office IT are a faceless ticket system, you never talk to the same person twice.",
    "distance comm",
  ],
  [
    "Dr P rang the supplier shouting about the downtime, and now they won't deal with anyone but the practice manager.",
    "conflict",
  ],
  [
    "The new girls on reception give out patient details to anyone who rings claiming to be family, and nobody tells IT.",
    "blame:emp distance",
  ],
  ["Our IT support are very patient with the older carers who are nervous around tablets.", ""],
  [
    "honestly our staff are the biggest risk, they leave the fridge temperature log open on screen for anyone to see",
    "blame:emp",
  ],
  [
    "The practice manager 'does the computers' and when she's on holiday there's a clear sheet of who to ring. Never had a problem.",
    "",
  ],
  [
    "Had an email about a website I looked at on my lunch break. Didn't know they were watching that closely. Creepy.",
    "power feel",
  ],
  [
    "I'm always the one who gets locked out, I think I've got a mental block with passwords.",
    "blame:self",
  ],
  [
    "Rang IT because the card reader didn't work and got a lecture about 'endpoint hygiene'. I still don't know what that means.",
    "comm",
  ],
  [
    "We've got a shared email for the surgery so anyone can read anything, which worries me a bit with safeguarding stuff.",
    "feel",
  ],
  [
    "Whenever the ICB changes the rules our practice manager sits us down and goes through it, no jargon.",
    "",
  ],
  [
    "They rolled out a password manager and ran drop-in sessions for anyone who was stuck. Really well done.",
    "",
  ],
  [
    "It's the nurses who've been here twenty years who won't change their habits, they think passwords are optional.",
    "blame:emp",
  ],
  [
    "I lie awake worrying I've broken GDPR by emailing a discharge letter to the wrong person. I should have double-checked.",
    "feel blame:self",
  ],
  [
    "Physio clinic owner lets us install what we need as long as we check with him first, seems fair.",
    "",
  ],
  ["We're a small vet practice, IT is whoever's least busy that day.", ""],
  [
    "Our outsourced IT firm is useless. Three weeks for a new starter's login.",
    "blame:sec conflict",
  ],
  ["Half the physio team still use 'Password1', IT have told them and told them.", "blame:emp"],
  [
    "Every time the system crashes, the supplier says it's our network, the network guy says it's the supplier, and we're stuck in the middle.",
    "conflict blame:sec",
  ],
  [
    "Good working relationship with our IT lead, she listens and actually changes things when we say it doesn't work.",
    "",
  ],
  [
    "Receptionists get shouted at by patients when the system's down and IT never even hear about it.",
    "distance feel",
  ],
  ["Nice that they come in face to face instead of everything being a video link.", ""],
  [
    "The carers forget to log out of the tablets and the next person writes notes under the wrong name. Nightmare.",
    "blame:emp feel",
  ],
  [
    "Went bright red when the IT consultant laughed at me for not knowing what a browser was.",
    "power feel",
  ],
  [
    "We used to fix things ourselves because nobody came, but the new contract includes site visits and it's night and day.",
    "",
  ],
  ["IT come to a practice meeting every quarter and actually listen.", ""],
  ["Nobody tells you anything until you're in trouble.", "comm"],
  ["the smartcards are a faff but they do the job", ""],
  ["I'm a bit of a dinosaur, I admit it, I need things shown to me three times.", "blame:self"],
  [
    "The head office security team set rules for the pharmacy that make it impossible to check a prescription on the NHS app at the counter.",
    "conflict blame:sec",
  ],
  ["IT's response to us reporting a suspicious email was 'why did you open it then?'", "comm"],
  ["Really appreciate that our IT guy never makes me feel stupid.", ""],
  ["If I'm honest I avoid the IT lady, she's quite sharp with people.", "distance feel"],
  [
    "Locum GPs turn up with no login and we end up letting them use the partner's. Every week.",
    "conflict",
  ],
  [
    "Our care home manager says she's 'not technical' so nobody owns the computer stuff at all.",
    "distance",
  ],
  ["I used to dread phoning the helpline but the new team are much kinder.", ""],
  ["Mostly fine, occasionally slow to answer tickets, nothing major.", ""],
  [
    "We were told to change all passwords in an email at 4:55pm on a Friday. Half of us didn't see it until Monday and were locked out.",
    "comm conflict",
  ],
  [
    "The dentist who owns the practice thinks cyber security is a con to sell us more software.",
    "blame:sec",
  ],
  [
    "Honestly I feel guilty, I know I'm supposed to lock the screen when I leave reception but with the phones going it never happens.",
    "blame:self feel",
  ],
  [
    "They decide what we can and can't install without a conversation. Even a free rota app got blocked.",
    "power conflict",
  ],
  [
    "Embarrassing when a patient's sat there and the screen says 'access denied' in big red letters.",
    "feel",
  ],
  [
    "Practice manager handles all IT, we just tell her and she sorts it. Works well for a small place.",
    "",
  ],
  [
    "Staff are the weak spot and they know it, no amount of training fixes people being rushed.",
    "blame:emp",
  ],
  [
    "I'm the reason the practice had to redo the DSPT submission, I ticked the wrong boxes. Mortified.",
    "blame:self feel",
  ],
  ["When they do ring it's to tell us off about something a locum did.", "comm"],
  [
    "Why do I need to enter my password three times to print one prescription? Nobody can tell me.",
    "conflict comm",
  ],
  [
    "I'm scared to say I don't understand in case they think I shouldn't be working here.",
    "feel power",
  ],
  [
    "The patients' Wi-Fi and our Wi-Fi are the same network. I raised it twice, got nowhere, stopped asking.",
    "distance blame:sec",
  ],
  ["Never had a cross word with our IT people in six years.", ""],
  [
    "Being honest, it's usually me who forgets to take my card out of the reader at lunch.",
    "blame:self",
  ],
  ["They treat us like we're children who can't be trusted with a mouse.", "power feel"],
  [
    "Our physio clinic uses an online booking system and the company behind it are very responsive, no issues.",
    "",
  ],
  ["Security seems designed to make our jobs harder.", "conflict blame:sec"],
  [
    "The remote support guy takes over your screen without a word and you just sit there watching the mouse move.",
    "comm power",
  ],
  ["I would report more stuff if I didn't think I was wasting their time.", "distance feel"],
];

export const VOICES_BW: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BW_2,
  ...VOICES_BW_3,
  ...VOICES_BW_4,
  ...VOICES_BW_5,
];
